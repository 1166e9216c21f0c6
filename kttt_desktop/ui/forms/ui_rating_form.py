# Generated from forms/rating_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rating_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QWidget)

from kttt_desktop.ui.registers.widgets import (EnumCombo, IntEdit, NumberEdit, SearchCombo)

class Ui_RatingForm(object):
    def setupUi(self, RatingForm):
        if not RatingForm.objectName():
            RatingForm.setObjectName(u"RatingForm")
        RatingForm.resize(460, 420)
        self.fields_layout = QFormLayout(RatingForm)
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisation_id_label = QLabel(RatingForm)
        self.organisation_id_label.setObjectName(u"organisation_id_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_id_label)

        self.organisation_id = SearchCombo(RatingForm)
        self.organisation_id.setObjectName(u"organisation_id")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_id)

        self.organisation_id_error = QLabel(RatingForm)
        self.organisation_id_error.setObjectName(u"organisation_id_error")
        self.organisation_id_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_id_error)

        self.year_label = QLabel(RatingForm)
        self.year_label.setObjectName(u"year_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year = IntEdit(RatingForm)
        self.year.setObjectName(u"year")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.year)

        self.year_error = QLabel(RatingForm)
        self.year_error.setObjectName(u"year_error")
        self.year_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.year_error)

        self.scheme_label = QLabel(RatingForm)
        self.scheme_label.setObjectName(u"scheme_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scheme_label)

        self.scheme = QComboBox(RatingForm)
        self.scheme.setObjectName(u"scheme")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scheme)

        self.scheme_error = QLabel(RatingForm)
        self.scheme_error.setObjectName(u"scheme_error")
        self.scheme_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.scheme_error)

        self.score_label = QLabel(RatingForm)
        self.score_label.setObjectName(u"score_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.score_label)

        self.score = NumberEdit(RatingForm)
        self.score.setObjectName(u"score")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.score)

        self.score_error = QLabel(RatingForm)
        self.score_error.setObjectName(u"score_error")
        self.score_error.setWordWrap(True)

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.score_error)

        self.rating_class_label = QLabel(RatingForm)
        self.rating_class_label.setObjectName(u"rating_class_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.rating_class_label)

        self.rating_class = EnumCombo(RatingForm)
        self.rating_class.setObjectName(u"rating_class")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.rating_class)

        self.rating_class_error = QLabel(RatingForm)
        self.rating_class_error.setObjectName(u"rating_class_error")
        self.rating_class_error.setWordWrap(True)

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.rating_class_error)

        self.advice = QLabel(RatingForm)
        self.advice.setObjectName(u"advice")
        self.advice.setWordWrap(True)

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.advice)

        self.apply_advice = QPushButton(RatingForm)
        self.apply_advice.setObjectName(u"apply_advice")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.apply_advice)

        self.note_label = QLabel(RatingForm)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(RatingForm)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 70))

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.note)

        self.note_error = QLabel(RatingForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setWordWrap(True)

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.note_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fields_layout.setItem(14, QFormLayout.ItemRole.SpanningRole, self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.organisation_id_label.setBuddy(self.organisation_id)
        self.year_label.setBuddy(self.year)
        self.scheme_label.setBuddy(self.scheme)
        self.score_label.setBuddy(self.score)
        self.rating_class_label.setBuddy(self.rating_class)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation_id, self.year)
        QWidget.setTabOrder(self.year, self.scheme)
        QWidget.setTabOrder(self.scheme, self.score)
        QWidget.setTabOrder(self.score, self.rating_class)
        QWidget.setTabOrder(self.rating_class, self.apply_advice)
        QWidget.setTabOrder(self.apply_advice, self.note)

        self.retranslateUi(RatingForm)

        QMetaObject.connectSlotsByName(RatingForm)
    # setupUi

    def retranslateUi(self, RatingForm):
        RatingForm.setWindowTitle(QCoreApplication.translate("RatingForm", u"X\u1ebfp lo\u1ea1i", None))
        self.organisation_id_label.setText(QCoreApplication.translate("RatingForm", u"T\u1ed5 &ch\u1ee9c (*):", None))
#if QT_CONFIG(tooltip)
        self.organisation_id.setToolTip(QCoreApplication.translate("RatingForm", u"G\u00f5 m\u1ed9t ph\u1ea7n t\u00ean t\u1ed5 ch\u1ee9c (kh\u00f4ng c\u1ea7n d\u1ea5u) r\u1ed3i ch\u1ecdn trong danh s\u00e1ch.", None))
#endif // QT_CONFIG(tooltip)
        self.year_label.setText(QCoreApplication.translate("RatingForm", u"&N\u0103m (*):", None))
        self.year.setPlaceholderText(QCoreApplication.translate("RatingForm", u"V\u00ed d\u1ee5: 2025", None))
        self.scheme_label.setText(QCoreApplication.translate("RatingForm", u"&B\u1ed9 ti\u00eau ch\u00ed:", None))
        self.score_label.setText(QCoreApplication.translate("RatingForm", u"\u0110i\u1ec3&m:", None))
        self.score.setPlaceholderText(QCoreApplication.translate("RatingForm", u"0\u2013100", None))
        self.rating_class_label.setText(QCoreApplication.translate("RatingForm", u"X\u1ebfp l&o\u1ea1i (*):", None))
        self.apply_advice.setText(QCoreApplication.translate("RatingForm", u"&D\u00f9ng x\u1ebfp lo\u1ea1i g\u1ee3i \u00fd", None))
        self.note_label.setText(QCoreApplication.translate("RatingForm", u"Gh&i ch\u00fa:", None))
    # retranslateUi

