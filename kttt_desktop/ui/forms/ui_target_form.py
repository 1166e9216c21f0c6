# Generated from forms/target_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'target_form.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_TargetForm(object):
    def setupUi(self, TargetForm):
        if not TargetForm.objectName():
            TargetForm.setObjectName(u"TargetForm")
        TargetForm.resize(640, 520)
        self.dialog_layout = QVBoxLayout(TargetForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.year_label = QLabel(TargetForm)
        self.year_label.setObjectName(u"year_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year = QSpinBox(TargetForm)
        self.year.setObjectName(u"year")
        self.year.setMaximumSize(QSize(100, 16777215))
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year)

        self.year_error = QLabel(TargetForm)
        self.year_error.setObjectName(u"year_error")
        self.year_error.setWordWrap(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.year_error)

        self.indicator_label = QLabel(TargetForm)
        self.indicator_label.setObjectName(u"indicator_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.indicator_label)

        self.indicator = QLineEdit(TargetForm)
        self.indicator.setObjectName(u"indicator")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.indicator)

        self.indicator_choices = QListWidget(TargetForm)
        self.indicator_choices.setObjectName(u"indicator_choices")
        self.indicator_choices.setMinimumSize(QSize(0, 140))

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.indicator_choices)

        self.indicator_chosen = QLabel(TargetForm)
        self.indicator_chosen.setObjectName(u"indicator_chosen")
        self.indicator_chosen.setWordWrap(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.indicator_chosen)

        self.indicator_error = QLabel(TargetForm)
        self.indicator_error.setObjectName(u"indicator_error")
        self.indicator_error.setWordWrap(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.indicator_error)

        self.comparator_label = QLabel(TargetForm)
        self.comparator_label.setObjectName(u"comparator_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.comparator_label)

        self.comparator = QComboBox(TargetForm)
        self.comparator.setObjectName(u"comparator")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.comparator)

        self.goal_label = QLabel(TargetForm)
        self.goal_label.setObjectName(u"goal_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.goal_label)

        self.goal_layout = QHBoxLayout()
        self.goal_layout.setObjectName(u"goal_layout")
        self.value = QLineEdit(TargetForm)
        self.value.setObjectName(u"value")

        self.goal_layout.addWidget(self.value)

        self.max_value_label = QLabel(TargetForm)
        self.max_value_label.setObjectName(u"max_value_label")

        self.goal_layout.addWidget(self.max_value_label)

        self.max_value = QLineEdit(TargetForm)
        self.max_value.setObjectName(u"max_value")

        self.goal_layout.addWidget(self.max_value)

        self.value_unit = QLabel(TargetForm)
        self.value_unit.setObjectName(u"value_unit")

        self.goal_layout.addWidget(self.value_unit)

        self.tolerance_pct_label = QLabel(TargetForm)
        self.tolerance_pct_label.setObjectName(u"tolerance_pct_label")

        self.goal_layout.addWidget(self.tolerance_pct_label)

        self.tolerance_pct = QLineEdit(TargetForm)
        self.tolerance_pct.setObjectName(u"tolerance_pct")
        self.tolerance_pct.setMaximumSize(QSize(60, 16777215))

        self.goal_layout.addWidget(self.tolerance_pct)

        self.tolerance_pct_unit = QLabel(TargetForm)
        self.tolerance_pct_unit.setObjectName(u"tolerance_pct_unit")

        self.goal_layout.addWidget(self.tolerance_pct_unit)

        self.goal_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goal_layout.addItem(self.goal_spacer)


        self.fields.setLayout(7, QFormLayout.ItemRole.FieldRole, self.goal_layout)

        self.value_error = QLabel(TargetForm)
        self.value_error.setObjectName(u"value_error")
        self.value_error.setWordWrap(True)

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.value_error)

        self.max_value_error = QLabel(TargetForm)
        self.max_value_error.setObjectName(u"max_value_error")
        self.max_value_error.setWordWrap(True)

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.max_value_error)

        self.tolerance_pct_error = QLabel(TargetForm)
        self.tolerance_pct_error.setObjectName(u"tolerance_pct_error")
        self.tolerance_pct_error.setWordWrap(True)

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.tolerance_pct_error)

        self.basis_label = QLabel(TargetForm)
        self.basis_label.setObjectName(u"basis_label")

        self.fields.setWidget(11, QFormLayout.ItemRole.LabelRole, self.basis_label)

        self.basis = QLineEdit(TargetForm)
        self.basis.setObjectName(u"basis")

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.basis)

        self.basis_error = QLabel(TargetForm)
        self.basis_error.setObjectName(u"basis_error")
        self.basis_error.setWordWrap(True)

        self.fields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.basis_error)

        self.note_label = QLabel(TargetForm)
        self.note_label.setObjectName(u"note_label")

        self.fields.setWidget(13, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(TargetForm)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 70))
        self.note.setTabChangesFocus(True)

        self.fields.setWidget(13, QFormLayout.ItemRole.FieldRole, self.note)


        self.dialog_layout.addLayout(self.fields)

        self.form_error = QLabel(TargetForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.buttons = QDialogButtonBox(TargetForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year)
        self.indicator_label.setBuddy(self.indicator)
        self.comparator_label.setBuddy(self.comparator)
        self.goal_label.setBuddy(self.value)
        self.basis_label.setBuddy(self.basis)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year, self.indicator)
        QWidget.setTabOrder(self.indicator, self.indicator_choices)
        QWidget.setTabOrder(self.indicator_choices, self.comparator)
        QWidget.setTabOrder(self.comparator, self.value)
        QWidget.setTabOrder(self.value, self.max_value)
        QWidget.setTabOrder(self.max_value, self.tolerance_pct)
        QWidget.setTabOrder(self.tolerance_pct, self.basis)
        QWidget.setTabOrder(self.basis, self.note)

        self.retranslateUi(TargetForm)

        QMetaObject.connectSlotsByName(TargetForm)
    # setupUi

    def retranslateUi(self, TargetForm):
        TargetForm.setWindowTitle(QCoreApplication.translate("TargetForm", u"Ch\u1ec9 ti\u00eau k\u1ebf ho\u1ea1ch", None))
        self.year_label.setText(QCoreApplication.translate("TargetForm", u"&N\u0103m:", None))
        self.indicator_label.setText(QCoreApplication.translate("TargetForm", u"&Ch\u1ec9 ti\u00eau (*):", None))
        self.indicator.setPlaceholderText(QCoreApplication.translate("TargetForm", u"G\u00f5 v\u00e0i ch\u1eef trong t\u00ean ch\u1ec9 ti\u00eau, kh\u00f4ng c\u1ea7n d\u1ea5u (v\u00ed d\u1ee5: so htx)", None))
        self.comparator_label.setText(QCoreApplication.translate("TargetForm", u"C\u00e1ch &so s\u00e1nh:", None))
        self.goal_label.setText(QCoreApplication.translate("TargetForm", u"&M\u1ee5c ti\u00eau (*):", None))
#if QT_CONFIG(tooltip)
        self.value.setToolTip(QCoreApplication.translate("TargetForm", u"Vi\u1ebft s\u1ed1 theo ki\u1ec3u Vi\u1ec7t Nam: 60.500 ho\u1eb7c 35,5.", None))
#endif // QT_CONFIG(tooltip)
        self.max_value_label.setText(QCoreApplication.translate("TargetForm", u"\u0111\u1ebfn", None))
        self.tolerance_pct_label.setText(QCoreApplication.translate("TargetForm", u"sai s\u1ed1 cho ph\u00e9p \u00b1", None))
        self.tolerance_pct_unit.setText(QCoreApplication.translate("TargetForm", u"%", None))
        self.basis_label.setText(QCoreApplication.translate("TargetForm", u"C\u0103n &c\u1ee9:", None))
        self.basis.setPlaceholderText(QCoreApplication.translate("TargetForm", u"V\u00ed d\u1ee5: KH 248/KH-UBND ng\u00e0y 14/10/2022", None))
        self.note_label.setText(QCoreApplication.translate("TargetForm", u"&Ghi ch\u00fa:", None))
    # retranslateUi

