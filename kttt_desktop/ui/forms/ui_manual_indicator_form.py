# Generated from forms/manual_indicator_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manual_indicator_form.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ManualIndicatorForm(object):
    def setupUi(self, ManualIndicatorForm):
        if not ManualIndicatorForm.objectName():
            ManualIndicatorForm.setObjectName(u"ManualIndicatorForm")
        ManualIndicatorForm.resize(520, 240)
        self.dialog_layout = QVBoxLayout(ManualIndicatorForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(ManualIndicatorForm)
        self.name_label.setObjectName(u"name_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(ManualIndicatorForm)
        self.name.setObjectName(u"name")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_error = QLabel(ManualIndicatorForm)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.unit_label = QLabel(ManualIndicatorForm)
        self.unit_label.setObjectName(u"unit_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit = QLineEdit(ManualIndicatorForm)
        self.unit.setObjectName(u"unit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unit)

        self.unit_error = QLabel(ManualIndicatorForm)
        self.unit_error.setObjectName(u"unit_error")
        self.unit_error.setWordWrap(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unit_error)

        self.slug_label = QLabel(ManualIndicatorForm)
        self.slug_label.setObjectName(u"slug_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.slug_label)

        self.slug = QLineEdit(ManualIndicatorForm)
        self.slug.setObjectName(u"slug")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.slug)

        self.slug_error = QLabel(ManualIndicatorForm)
        self.slug_error.setObjectName(u"slug_error")
        self.slug_error.setWordWrap(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.slug_error)


        self.dialog_layout.addLayout(self.fields)

        self.form_error = QLabel(ManualIndicatorForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.buttons = QDialogButtonBox(ManualIndicatorForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.unit_label.setBuddy(self.unit)
        self.slug_label.setBuddy(self.slug)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.unit)
        QWidget.setTabOrder(self.unit, self.slug)

        self.retranslateUi(ManualIndicatorForm)

        QMetaObject.connectSlotsByName(ManualIndicatorForm)
    # setupUi

    def retranslateUi(self, ManualIndicatorForm):
        ManualIndicatorForm.setWindowTitle(QCoreApplication.translate("ManualIndicatorForm", u"Ch\u1ec9 ti\u00eau t\u1ef1 theo d\u00f5i", None))
        self.name_label.setText(QCoreApplication.translate("ManualIndicatorForm", u"&T\u00ean ch\u1ec9 ti\u00eau (*):", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ManualIndicatorForm", u"V\u00ed d\u1ee5: T\u1ef7 tr\u1ecdng \u0111\u00f3ng g\u00f3p c\u1ee7a KTTT v\u00e0o GRDP", None))
        self.unit_label.setText(QCoreApplication.translate("ManualIndicatorForm", u"\u0110\u01a1n &v\u1ecb t\u00ednh:", None))
        self.unit.setPlaceholderText(QCoreApplication.translate("ManualIndicatorForm", u"V\u00ed d\u1ee5: %", None))
        self.slug_label.setText(QCoreApplication.translate("ManualIndicatorForm", u"&M\u00e3:", None))
#if QT_CONFIG(tooltip)
        self.slug.setToolTip(QCoreApplication.translate("ManualIndicatorForm", u"M\u00e3 d\u00f9ng trong t\u1ec7p b\u00e1o c\u00e1o g\u1eedi l\u00ean: ch\u1eef th\u01b0\u1eddng kh\u00f4ng d\u1ea5u, ch\u1eef s\u1ed1 v\u00e0 d\u1ea5u g\u1ea1ch d\u01b0\u1edbi; t\u1ef1 \u0111\u1eb7t theo t\u00ean.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

