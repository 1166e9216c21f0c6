# Generated from forms/manual_value_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manual_value_form.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from kttt_desktop.ui.period_picker import PeriodPicker

class Ui_ManualValueForm(object):
    def setupUi(self, ManualValueForm):
        if not ManualValueForm.objectName():
            ManualValueForm.setObjectName(u"ManualValueForm")
        ManualValueForm.resize(560, 260)
        self.dialog_layout = QVBoxLayout(ManualValueForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.indicator_label = QLabel(ManualValueForm)
        self.indicator_label.setObjectName(u"indicator_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.indicator_label)

        self.indicator_name = QLabel(ManualValueForm)
        self.indicator_name.setObjectName(u"indicator_name")
        self.indicator_name.setWordWrap(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.indicator_name)

        self.period_label = QLabel(ManualValueForm)
        self.period_label.setObjectName(u"period_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period = PeriodPicker(ManualValueForm)
        self.period.setObjectName(u"period")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.period)

        self.period_error = QLabel(ManualValueForm)
        self.period_error.setObjectName(u"period_error")
        self.period_error.setWordWrap(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.period_error)

        self.value_label = QLabel(ManualValueForm)
        self.value_label.setObjectName(u"value_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.value_label)

        self.value_layout = QHBoxLayout()
        self.value_layout.setObjectName(u"value_layout")
        self.value = QLineEdit(ManualValueForm)
        self.value.setObjectName(u"value")

        self.value_layout.addWidget(self.value)

        self.value_unit = QLabel(ManualValueForm)
        self.value_unit.setObjectName(u"value_unit")

        self.value_layout.addWidget(self.value_unit)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.value_layout)

        self.value_error = QLabel(ManualValueForm)
        self.value_error.setObjectName(u"value_error")
        self.value_error.setWordWrap(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.value_error)

        self.source_label = QLabel(ManualValueForm)
        self.source_label.setObjectName(u"source_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QLineEdit(ManualValueForm)
        self.source.setObjectName(u"source")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.source)

        self.source_error = QLabel(ManualValueForm)
        self.source_error.setObjectName(u"source_error")
        self.source_error.setWordWrap(True)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.source_error)


        self.dialog_layout.addLayout(self.fields)

        self.form_error = QLabel(ManualValueForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.buttons = QDialogButtonBox(ManualValueForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.value_label.setBuddy(self.value)
        self.source_label.setBuddy(self.source)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.period, self.value)
        QWidget.setTabOrder(self.value, self.source)

        self.retranslateUi(ManualValueForm)

        QMetaObject.connectSlotsByName(ManualValueForm)
    # setupUi

    def retranslateUi(self, ManualValueForm):
        ManualValueForm.setWindowTitle(QCoreApplication.translate("ManualValueForm", u"Gi\u00e1 tr\u1ecb ch\u1ec9 ti\u00eau t\u1ef1 theo d\u00f5i", None))
        self.indicator_label.setText(QCoreApplication.translate("ManualValueForm", u"Ch\u1ec9 ti\u00eau:", None))
        self.period_label.setText(QCoreApplication.translate("ManualValueForm", u"&K\u1ef3:", None))
        self.value_label.setText(QCoreApplication.translate("ManualValueForm", u"&Gi\u00e1 tr\u1ecb:", None))
        self.value.setPlaceholderText(QCoreApplication.translate("ManualValueForm", u"\u0110\u1ec3 tr\u1ed1ng \u0111\u1ec3 x\u00f3a gi\u00e1 tr\u1ecb c\u1ee7a k\u1ef3 n\u00e0y", None))
        self.source_label.setText(QCoreApplication.translate("ManualValueForm", u"&Ngu\u1ed3n s\u1ed1 li\u1ec7u:", None))
        self.source.setPlaceholderText(QCoreApplication.translate("ManualValueForm", u"V\u00ed d\u1ee5: C\u1ee5c Th\u1ed1ng k\u00ea t\u1ec9nh, b\u00e1o c\u00e1o ng\u00e0y 05/10/2025", None))
    # retranslateUi

