# Generated from forms/manager_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manager_form.ui'
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

from kttt_desktop.ui.registers.widgets import (CccdEdit, DateEdit, EnumCombo, PhoneEdit,
    SearchCombo)

class Ui_ManagerForm(object):
    def setupUi(self, ManagerForm):
        if not ManagerForm.objectName():
            ManagerForm.setObjectName(u"ManagerForm")
        ManagerForm.resize(460, 420)
        self.fields_layout = QFormLayout(ManagerForm)
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisation_id_label = QLabel(ManagerForm)
        self.organisation_id_label.setObjectName(u"organisation_id_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_id_label)

        self.organisation_id = SearchCombo(ManagerForm)
        self.organisation_id.setObjectName(u"organisation_id")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_id)

        self.organisation_id_error = QLabel(ManagerForm)
        self.organisation_id_error.setObjectName(u"organisation_id_error")
        self.organisation_id_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_id_error)

        self.full_name_label = QLabel(ManagerForm)
        self.full_name_label.setObjectName(u"full_name_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name = QLineEdit(ManagerForm)
        self.full_name.setObjectName(u"full_name")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.full_name_error = QLabel(ManagerForm)
        self.full_name_error.setObjectName(u"full_name_error")
        self.full_name_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.full_name_error)

        self.birth_date_label = QLabel(ManagerForm)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date = DateEdit(ManagerForm)
        self.birth_date.setObjectName(u"birth_date")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birth_date)

        self.birth_date_error = QLabel(ManagerForm)
        self.birth_date_error.setObjectName(u"birth_date_error")
        self.birth_date_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birth_date_error)

        self.gender_label = QLabel(ManagerForm)
        self.gender_label.setObjectName(u"gender_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender = EnumCombo(ManagerForm)
        self.gender.setObjectName(u"gender")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.gender)

        self.gender_error = QLabel(ManagerForm)
        self.gender_error.setObjectName(u"gender_error")
        self.gender_error.setWordWrap(True)

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.gender_error)

        self.cccd_label = QLabel(ManagerForm)
        self.cccd_label.setObjectName(u"cccd_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.cccd_label)

        self.cccd = CccdEdit(ManagerForm)
        self.cccd.setObjectName(u"cccd")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.cccd)

        self.cccd_error = QLabel(ManagerForm)
        self.cccd_error.setObjectName(u"cccd_error")
        self.cccd_error.setWordWrap(True)

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.cccd_error)

        self.phone_label = QLabel(ManagerForm)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = PhoneEdit(ManagerForm)
        self.phone.setObjectName(u"phone")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phone_error = QLabel(ManagerForm)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setWordWrap(True)

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phone_error)

        self.training_level_label = QLabel(ManagerForm)
        self.training_level_label.setObjectName(u"training_level_label")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.training_level_label)

        self.training_level = EnumCombo(ManagerForm)
        self.training_level.setObjectName(u"training_level")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.training_level)

        self.training_level_error = QLabel(ManagerForm)
        self.training_level_error.setObjectName(u"training_level_error")
        self.training_level_error.setWordWrap(True)

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.training_level_error)

        self.note_label = QLabel(ManagerForm)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(ManagerForm)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 70))

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.note)

        self.note_error = QLabel(ManagerForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setWordWrap(True)

        self.fields_layout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.note_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fields_layout.setItem(16, QFormLayout.ItemRole.SpanningRole, self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.organisation_id_label.setBuddy(self.organisation_id)
        self.full_name_label.setBuddy(self.full_name)
        self.birth_date_label.setBuddy(self.birth_date)
        self.gender_label.setBuddy(self.gender)
        self.cccd_label.setBuddy(self.cccd)
        self.phone_label.setBuddy(self.phone)
        self.training_level_label.setBuddy(self.training_level)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation_id, self.full_name)
        QWidget.setTabOrder(self.full_name, self.birth_date)
        QWidget.setTabOrder(self.birth_date, self.gender)
        QWidget.setTabOrder(self.gender, self.cccd)
        QWidget.setTabOrder(self.cccd, self.phone)
        QWidget.setTabOrder(self.phone, self.training_level)
        QWidget.setTabOrder(self.training_level, self.note)

        self.retranslateUi(ManagerForm)

        QMetaObject.connectSlotsByName(ManagerForm)
    # setupUi

    def retranslateUi(self, ManagerForm):
        ManagerForm.setWindowTitle(QCoreApplication.translate("ManagerForm", u"C\u00e1n b\u1ed9", None))
        self.organisation_id_label.setText(QCoreApplication.translate("ManagerForm", u"T\u1ed5 &ch\u1ee9c (*):", None))
#if QT_CONFIG(tooltip)
        self.organisation_id.setToolTip(QCoreApplication.translate("ManagerForm", u"G\u00f5 m\u1ed9t ph\u1ea7n t\u00ean t\u1ed5 ch\u1ee9c (kh\u00f4ng c\u1ea7n d\u1ea5u) r\u1ed3i ch\u1ecdn trong danh s\u00e1ch.", None))
#endif // QT_CONFIG(tooltip)
        self.full_name_label.setText(QCoreApplication.translate("ManagerForm", u"H\u1ecd v\u00e0 t\u00ea&n (*):", None))
        self.full_name.setPlaceholderText(QCoreApplication.translate("ManagerForm", u"V\u00ed d\u1ee5: Ho\u00e0ng Th\u1ecb Lan", None))
        self.birth_date_label.setText(QCoreApplication.translate("ManagerForm", u"Ng\u00e0y &sinh:", None))
#if QT_CONFIG(tooltip)
        self.birth_date.setToolTip(QCoreApplication.translate("ManagerForm", u"Ng\u00e0y sinh d\u1ea1ng ng\u00e0y/th\u00e1ng/n\u0103m; ch\u1ec9 bi\u1ebft n\u0103m sinh th\u00ec g\u00f5 n\u0103m (v\u00ed d\u1ee5 1975).", None))
#endif // QT_CONFIG(tooltip)
        self.gender_label.setText(QCoreApplication.translate("ManagerForm", u"&Gi\u1edbi t\u00ednh:", None))
        self.cccd_label.setText(QCoreApplication.translate("ManagerForm", u"S\u1ed1 CCC&D:", None))
        self.cccd.setPlaceholderText(QCoreApplication.translate("ManagerForm", u"12 ch\u1eef s\u1ed1", None))
        self.phone_label.setText(QCoreApplication.translate("ManagerForm", u"\u0110i\u1ec7n th&o\u1ea1i:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("ManagerForm", u"V\u00ed d\u1ee5: 0912 345 678", None))
        self.training_level_label.setText(QCoreApplication.translate("ManagerForm", u"T&r\u00ecnh \u0111\u1ed9 (*):", None))
#if QT_CONFIG(tooltip)
        self.training_level.setToolTip(QCoreApplication.translate("ManagerForm", u"Tr\u00ecnh \u0111\u1ed9 \u0111\u00e0o t\u1ea1o cao nh\u1ea5t c\u1ee7a c\u00e1n b\u1ed9 (d\u00f9ng cho ch\u1ec9 ti\u00eau c\u00e1n b\u1ed9 \u0111\u01b0\u1ee3c \u0111\u00e0o t\u1ea1o).", None))
#endif // QT_CONFIG(tooltip)
        self.note_label.setText(QCoreApplication.translate("ManagerForm", u"Gh&i ch\u00fa:", None))
    # retranslateUi

