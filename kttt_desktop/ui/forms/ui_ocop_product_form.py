# Generated from forms/ocop_product_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ocop_product_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QWidget)

from kttt_desktop.ui.registers.widgets import (DateEdit, EnumCombo, NumberEdit, SearchCombo)

class Ui_OcopProductForm(object):
    def setupUi(self, OcopProductForm):
        if not OcopProductForm.objectName():
            OcopProductForm.setObjectName(u"OcopProductForm")
        OcopProductForm.resize(460, 420)
        self.fields_layout = QFormLayout(OcopProductForm)
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisation_id_label = QLabel(OcopProductForm)
        self.organisation_id_label.setObjectName(u"organisation_id_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_id_label)

        self.organisation_id = SearchCombo(OcopProductForm)
        self.organisation_id.setObjectName(u"organisation_id")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_id)

        self.organisation_id_error = QLabel(OcopProductForm)
        self.organisation_id_error.setObjectName(u"organisation_id_error")
        self.organisation_id_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_id_error)

        self.name_label = QLabel(OcopProductForm)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(OcopProductForm)
        self.name.setObjectName(u"name")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_error = QLabel(OcopProductForm)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.product_group_label = QLabel(OcopProductForm)
        self.product_group_label.setObjectName(u"product_group_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.product_group_label)

        self.product_group = EnumCombo(OcopProductForm)
        self.product_group.setObjectName(u"product_group")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.product_group)

        self.product_group_error = QLabel(OcopProductForm)
        self.product_group_error.setObjectName(u"product_group_error")
        self.product_group_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.product_group_error)

        self.stars_label = QLabel(OcopProductForm)
        self.stars_label.setObjectName(u"stars_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.stars_label)

        self.stars = EnumCombo(OcopProductForm)
        self.stars.setObjectName(u"stars")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.stars)

        self.stars_error = QLabel(OcopProductForm)
        self.stars_error.setObjectName(u"stars_error")
        self.stars_error.setWordWrap(True)

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stars_error)

        self.score_label = QLabel(OcopProductForm)
        self.score_label.setObjectName(u"score_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.score_label)

        self.score = NumberEdit(OcopProductForm)
        self.score.setObjectName(u"score")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.score)

        self.score_error = QLabel(OcopProductForm)
        self.score_error.setObjectName(u"score_error")
        self.score_error.setWordWrap(True)

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.score_error)

        self.decision_no_label = QLabel(OcopProductForm)
        self.decision_no_label.setObjectName(u"decision_no_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.decision_no_label)

        self.decision_no = QLineEdit(OcopProductForm)
        self.decision_no.setObjectName(u"decision_no")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.decision_no)

        self.decision_no_error = QLabel(OcopProductForm)
        self.decision_no_error.setObjectName(u"decision_no_error")
        self.decision_no_error.setWordWrap(True)

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.decision_no_error)

        self.decision_date_label = QLabel(OcopProductForm)
        self.decision_date_label.setObjectName(u"decision_date_label")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.decision_date_label)

        self.decision_date = DateEdit(OcopProductForm)
        self.decision_date.setObjectName(u"decision_date")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.decision_date)

        self.decision_date_error = QLabel(OcopProductForm)
        self.decision_date_error.setObjectName(u"decision_date_error")
        self.decision_date_error.setWordWrap(True)

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.decision_date_error)

        self.level_label = QLabel(OcopProductForm)
        self.level_label.setObjectName(u"level_label")

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.level = EnumCombo(OcopProductForm)
        self.level.setObjectName(u"level")

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.level)

        self.level_error = QLabel(OcopProductForm)
        self.level_error.setObjectName(u"level_error")
        self.level_error.setWordWrap(True)

        self.fields_layout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.level_error)

        self.expires_on_label = QLabel(OcopProductForm)
        self.expires_on_label.setObjectName(u"expires_on_label")

        self.fields_layout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.expires_on_label)

        self.expires_on = DateEdit(OcopProductForm)
        self.expires_on.setObjectName(u"expires_on")

        self.fields_layout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.expires_on)

        self.expires_on_error = QLabel(OcopProductForm)
        self.expires_on_error.setObjectName(u"expires_on_error")
        self.expires_on_error.setWordWrap(True)

        self.fields_layout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.expires_on_error)

        self.note_label = QLabel(OcopProductForm)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(OcopProductForm)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 70))

        self.fields_layout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.note)

        self.note_error = QLabel(OcopProductForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setWordWrap(True)

        self.fields_layout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.note_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fields_layout.setItem(20, QFormLayout.ItemRole.SpanningRole, self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.organisation_id_label.setBuddy(self.organisation_id)
        self.name_label.setBuddy(self.name)
        self.product_group_label.setBuddy(self.product_group)
        self.stars_label.setBuddy(self.stars)
        self.score_label.setBuddy(self.score)
        self.decision_no_label.setBuddy(self.decision_no)
        self.decision_date_label.setBuddy(self.decision_date)
        self.level_label.setBuddy(self.level)
        self.expires_on_label.setBuddy(self.expires_on)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation_id, self.name)
        QWidget.setTabOrder(self.name, self.product_group)
        QWidget.setTabOrder(self.product_group, self.stars)
        QWidget.setTabOrder(self.stars, self.score)
        QWidget.setTabOrder(self.score, self.decision_no)
        QWidget.setTabOrder(self.decision_no, self.decision_date)
        QWidget.setTabOrder(self.decision_date, self.level)
        QWidget.setTabOrder(self.level, self.expires_on)
        QWidget.setTabOrder(self.expires_on, self.note)

        self.retranslateUi(OcopProductForm)

        QMetaObject.connectSlotsByName(OcopProductForm)
    # setupUi

    def retranslateUi(self, OcopProductForm):
        OcopProductForm.setWindowTitle(QCoreApplication.translate("OcopProductForm", u"S\u1ea3n ph\u1ea9m OCOP", None))
        self.organisation_id_label.setText(QCoreApplication.translate("OcopProductForm", u"T\u1ed5 &ch\u1ee9c (*):", None))
#if QT_CONFIG(tooltip)
        self.organisation_id.setToolTip(QCoreApplication.translate("OcopProductForm", u"G\u00f5 m\u1ed9t ph\u1ea7n t\u00ean t\u1ed5 ch\u1ee9c (kh\u00f4ng c\u1ea7n d\u1ea5u) r\u1ed3i ch\u1ecdn trong danh s\u00e1ch.", None))
#endif // QT_CONFIG(tooltip)
        self.name_label.setText(QCoreApplication.translate("OcopProductForm", u"T\u00ean &s\u1ea3n ph\u1ea9m (*):", None))
        self.name.setPlaceholderText(QCoreApplication.translate("OcopProductForm", u"V\u00ed d\u1ee5: Ch\u00e8 B\u00ecnh Li\u00eau", None))
        self.product_group_label.setText(QCoreApplication.translate("OcopProductForm", u"&Nh\u00f3m s\u1ea3n ph\u1ea9m (*):", None))
        self.stars_label.setText(QCoreApplication.translate("OcopProductForm", u"S\u1ed1 s&ao (*):", None))
        self.score_label.setText(QCoreApplication.translate("OcopProductForm", u"\u0110i\u1ec3&m:", None))
        self.score.setPlaceholderText(QCoreApplication.translate("OcopProductForm", u"0\u2013100", None))
        self.decision_no_label.setText(QCoreApplication.translate("OcopProductForm", u"S\u1ed1 &quy\u1ebft \u0111\u1ecbnh:", None))
        self.decision_no.setPlaceholderText(QCoreApplication.translate("OcopProductForm", u"V\u00ed d\u1ee5: 1234/Q\u0110-UBND", None))
        self.decision_date_label.setText(QCoreApplication.translate("OcopProductForm", u"Ng\u00e0&y quy\u1ebft \u0111\u1ecbnh (*):", None))
        self.level_label.setText(QCoreApplication.translate("OcopProductForm", u"C\u1ea5&p c\u00f4ng nh\u1eadn:", None))
        self.expires_on_label.setText(QCoreApplication.translate("OcopProductForm", u"N&g\u00e0y h\u1ebft h\u1ea1n:", None))
#if QT_CONFIG(tooltip)
        self.expires_on.setToolTip(QCoreApplication.translate("OcopProductForm", u"\u0110\u1ec3 tr\u1ed1ng: 36 th\u00e1ng sau ng\u00e0y quy\u1ebft \u0111\u1ecbnh.", None))
#endif // QT_CONFIG(tooltip)
        self.note_label.setText(QCoreApplication.translate("OcopProductForm", u"Gh&i ch\u00fa:", None))
    # retranslateUi

