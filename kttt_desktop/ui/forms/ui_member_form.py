# Generated from forms/member_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from kttt_desktop.ui.registers.widgets import (CccdEdit, DateEdit, EnumCombo, MoneyEdit,
    PhoneEdit, SearchCombo)

class Ui_MemberForm(object):
    def setupUi(self, MemberForm):
        if not MemberForm.objectName():
            MemberForm.setObjectName(u"MemberForm")
        MemberForm.resize(520, 640)
        self.form_layout = QVBoxLayout(MemberForm)
        self.form_layout.setObjectName(u"form_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.organisation_id_label = QLabel(MemberForm)
        self.organisation_id_label.setObjectName(u"organisation_id_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_id_label)

        self.organisation_id = SearchCombo(MemberForm)
        self.organisation_id.setObjectName(u"organisation_id")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_id)

        self.organisation_id_error = QLabel(MemberForm)
        self.organisation_id_error.setObjectName(u"organisation_id_error")
        self.organisation_id_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_id_error)

        self.full_name_label = QLabel(MemberForm)
        self.full_name_label.setObjectName(u"full_name_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name = QLineEdit(MemberForm)
        self.full_name.setObjectName(u"full_name")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.full_name_error = QLabel(MemberForm)
        self.full_name_error.setObjectName(u"full_name_error")
        self.full_name_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.full_name_error)

        self.birth_date_label = QLabel(MemberForm)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date = DateEdit(MemberForm)
        self.birth_date.setObjectName(u"birth_date")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birth_date)

        self.birth_date_error = QLabel(MemberForm)
        self.birth_date_error.setObjectName(u"birth_date_error")
        self.birth_date_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birth_date_error)

        self.gender_label = QLabel(MemberForm)
        self.gender_label.setObjectName(u"gender_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender = EnumCombo(MemberForm)
        self.gender.setObjectName(u"gender")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.gender)

        self.gender_error = QLabel(MemberForm)
        self.gender_error.setObjectName(u"gender_error")
        self.gender_error.setWordWrap(True)

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.gender_error)

        self.ethnicity_label = QLabel(MemberForm)
        self.ethnicity_label.setObjectName(u"ethnicity_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ethnicity_label)

        self.ethnicity = QLineEdit(MemberForm)
        self.ethnicity.setObjectName(u"ethnicity")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ethnicity)

        self.ethnicity_error = QLabel(MemberForm)
        self.ethnicity_error.setObjectName(u"ethnicity_error")
        self.ethnicity_error.setWordWrap(True)

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ethnicity_error)

        self.cccd_label = QLabel(MemberForm)
        self.cccd_label.setObjectName(u"cccd_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.cccd_label)

        self.cccd = CccdEdit(MemberForm)
        self.cccd.setObjectName(u"cccd")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.cccd)

        self.cccd_error = QLabel(MemberForm)
        self.cccd_error.setObjectName(u"cccd_error")
        self.cccd_error.setWordWrap(True)

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.cccd_error)

        self.phone_label = QLabel(MemberForm)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = PhoneEdit(MemberForm)
        self.phone.setObjectName(u"phone")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phone_error = QLabel(MemberForm)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setWordWrap(True)

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.phone_error)

        self.member_type_label = QLabel(MemberForm)
        self.member_type_label.setObjectName(u"member_type_label")

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.member_type_label)

        self.member_type = EnumCombo(MemberForm)
        self.member_type.setObjectName(u"member_type")

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.member_type)

        self.member_type_error = QLabel(MemberForm)
        self.member_type_error.setObjectName(u"member_type_error")
        self.member_type_error.setWordWrap(True)

        self.fields_layout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.member_type_error)

        self.member_kind_label = QLabel(MemberForm)
        self.member_kind_label.setObjectName(u"member_kind_label")

        self.fields_layout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.member_kind_label)

        self.member_kind = EnumCombo(MemberForm)
        self.member_kind.setObjectName(u"member_kind")

        self.fields_layout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.member_kind)

        self.member_kind_error = QLabel(MemberForm)
        self.member_kind_error.setObjectName(u"member_kind_error")
        self.member_kind_error.setWordWrap(True)

        self.fields_layout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.member_kind_error)

        self.official_subtype_label = QLabel(MemberForm)
        self.official_subtype_label.setObjectName(u"official_subtype_label")

        self.fields_layout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.official_subtype_label)

        self.official_subtype = EnumCombo(MemberForm)
        self.official_subtype.setObjectName(u"official_subtype")

        self.fields_layout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.official_subtype)

        self.official_subtype_error = QLabel(MemberForm)
        self.official_subtype_error.setObjectName(u"official_subtype_error")
        self.official_subtype_error.setWordWrap(True)

        self.fields_layout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.official_subtype_error)

        self.member_organisation_id_label = QLabel(MemberForm)
        self.member_organisation_id_label.setObjectName(u"member_organisation_id_label")

        self.fields_layout.setWidget(20, QFormLayout.ItemRole.LabelRole, self.member_organisation_id_label)

        self.member_organisation_id = SearchCombo(MemberForm)
        self.member_organisation_id.setObjectName(u"member_organisation_id")

        self.fields_layout.setWidget(20, QFormLayout.ItemRole.FieldRole, self.member_organisation_id)

        self.member_organisation_id_error = QLabel(MemberForm)
        self.member_organisation_id_error.setObjectName(u"member_organisation_id_error")
        self.member_organisation_id_error.setWordWrap(True)

        self.fields_layout.setWidget(21, QFormLayout.ItemRole.FieldRole, self.member_organisation_id_error)

        self.joined_on_label = QLabel(MemberForm)
        self.joined_on_label.setObjectName(u"joined_on_label")

        self.fields_layout.setWidget(22, QFormLayout.ItemRole.LabelRole, self.joined_on_label)

        self.joined_on = DateEdit(MemberForm)
        self.joined_on.setObjectName(u"joined_on")

        self.fields_layout.setWidget(22, QFormLayout.ItemRole.FieldRole, self.joined_on)

        self.joined_on_error = QLabel(MemberForm)
        self.joined_on_error.setObjectName(u"joined_on_error")
        self.joined_on_error.setWordWrap(True)

        self.fields_layout.setWidget(23, QFormLayout.ItemRole.FieldRole, self.joined_on_error)

        self.left_on_label = QLabel(MemberForm)
        self.left_on_label.setObjectName(u"left_on_label")

        self.fields_layout.setWidget(24, QFormLayout.ItemRole.LabelRole, self.left_on_label)

        self.left_on = DateEdit(MemberForm)
        self.left_on.setObjectName(u"left_on")

        self.fields_layout.setWidget(24, QFormLayout.ItemRole.FieldRole, self.left_on)

        self.left_on_error = QLabel(MemberForm)
        self.left_on_error.setObjectName(u"left_on_error")
        self.left_on_error.setWordWrap(True)

        self.fields_layout.setWidget(25, QFormLayout.ItemRole.FieldRole, self.left_on_error)

        self.capital_contribution_label = QLabel(MemberForm)
        self.capital_contribution_label.setObjectName(u"capital_contribution_label")

        self.fields_layout.setWidget(26, QFormLayout.ItemRole.LabelRole, self.capital_contribution_label)

        self.capital_contribution = MoneyEdit(MemberForm)
        self.capital_contribution.setObjectName(u"capital_contribution")

        self.fields_layout.setWidget(26, QFormLayout.ItemRole.FieldRole, self.capital_contribution)

        self.capital_contribution_error = QLabel(MemberForm)
        self.capital_contribution_error.setObjectName(u"capital_contribution_error")
        self.capital_contribution_error.setWordWrap(True)

        self.fields_layout.setWidget(27, QFormLayout.ItemRole.FieldRole, self.capital_contribution_error)

        self.is_worker = QCheckBox(MemberForm)
        self.is_worker.setObjectName(u"is_worker")

        self.fields_layout.setWidget(28, QFormLayout.ItemRole.FieldRole, self.is_worker)

        self.is_worker_error = QLabel(MemberForm)
        self.is_worker_error.setObjectName(u"is_worker_error")
        self.is_worker_error.setWordWrap(True)

        self.fields_layout.setWidget(29, QFormLayout.ItemRole.FieldRole, self.is_worker_error)

        self.address_label = QLabel(MemberForm)
        self.address_label.setObjectName(u"address_label")

        self.fields_layout.setWidget(30, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(MemberForm)
        self.address.setObjectName(u"address")

        self.fields_layout.setWidget(30, QFormLayout.ItemRole.FieldRole, self.address)

        self.address_error = QLabel(MemberForm)
        self.address_error.setObjectName(u"address_error")
        self.address_error.setWordWrap(True)

        self.fields_layout.setWidget(31, QFormLayout.ItemRole.FieldRole, self.address_error)

        self.note_label = QLabel(MemberForm)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.setWidget(32, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(MemberForm)
        self.note.setObjectName(u"note")

        self.fields_layout.setWidget(32, QFormLayout.ItemRole.FieldRole, self.note)

        self.note_error = QLabel(MemberForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setWordWrap(True)

        self.fields_layout.setWidget(33, QFormLayout.ItemRole.FieldRole, self.note_error)


        self.form_layout.addLayout(self.fields_layout)

#if QT_CONFIG(shortcut)
        self.organisation_id_label.setBuddy(self.organisation_id)
        self.full_name_label.setBuddy(self.full_name)
        self.birth_date_label.setBuddy(self.birth_date)
        self.gender_label.setBuddy(self.gender)
        self.ethnicity_label.setBuddy(self.ethnicity)
        self.cccd_label.setBuddy(self.cccd)
        self.phone_label.setBuddy(self.phone)
        self.member_type_label.setBuddy(self.member_type)
        self.member_kind_label.setBuddy(self.member_kind)
        self.official_subtype_label.setBuddy(self.official_subtype)
        self.member_organisation_id_label.setBuddy(self.member_organisation_id)
        self.joined_on_label.setBuddy(self.joined_on)
        self.left_on_label.setBuddy(self.left_on)
        self.capital_contribution_label.setBuddy(self.capital_contribution)
        self.address_label.setBuddy(self.address)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation_id, self.full_name)
        QWidget.setTabOrder(self.full_name, self.birth_date)
        QWidget.setTabOrder(self.birth_date, self.gender)
        QWidget.setTabOrder(self.gender, self.ethnicity)
        QWidget.setTabOrder(self.ethnicity, self.cccd)
        QWidget.setTabOrder(self.cccd, self.phone)
        QWidget.setTabOrder(self.phone, self.member_type)
        QWidget.setTabOrder(self.member_type, self.member_kind)
        QWidget.setTabOrder(self.member_kind, self.official_subtype)
        QWidget.setTabOrder(self.official_subtype, self.member_organisation_id)
        QWidget.setTabOrder(self.member_organisation_id, self.joined_on)
        QWidget.setTabOrder(self.joined_on, self.left_on)
        QWidget.setTabOrder(self.left_on, self.capital_contribution)
        QWidget.setTabOrder(self.capital_contribution, self.is_worker)
        QWidget.setTabOrder(self.is_worker, self.address)
        QWidget.setTabOrder(self.address, self.note)

        self.retranslateUi(MemberForm)

        QMetaObject.connectSlotsByName(MemberForm)
    # setupUi

    def retranslateUi(self, MemberForm):
        MemberForm.setWindowTitle(QCoreApplication.translate("MemberForm", u"Th\u00e0nh vi\u00ean", None))
        self.organisation_id_label.setText(QCoreApplication.translate("MemberForm", u"&T\u1ed5 ch\u1ee9c (*):", None))
        self.full_name_label.setText(QCoreApplication.translate("MemberForm", u"&H\u1ecd v\u00e0 t\u00ean (*):", None))
        self.full_name.setPlaceholderText(QCoreApplication.translate("MemberForm", u"H\u1ed9 gia \u0111\u00ecnh: t\u00ean ch\u1ee7 h\u1ed9; ph\u00e1p nh\u00e2n: t\u00ean t\u1ed5 ch\u1ee9c", None))
        self.birth_date_label.setText(QCoreApplication.translate("MemberForm", u"Ng\u00e0y &sinh:", None))
        self.gender_label.setText(QCoreApplication.translate("MemberForm", u"&Gi\u1edbi t\u00ednh:", None))
        self.ethnicity_label.setText(QCoreApplication.translate("MemberForm", u"&D\u00e2n t\u1ed9c:", None))
        self.ethnicity.setPlaceholderText(QCoreApplication.translate("MemberForm", u"V\u00ed d\u1ee5: Kinh, T\u00e0y, N\u00f9ng", None))
        self.cccd_label.setText(QCoreApplication.translate("MemberForm", u"S\u1ed1 &CCCD:", None))
        self.cccd.setPlaceholderText(QCoreApplication.translate("MemberForm", u"12 ch\u1eef s\u1ed1", None))
        self.phone_label.setText(QCoreApplication.translate("MemberForm", u"\u0110i\u1ec7n t&ho\u1ea1i:", None))
        self.member_type_label.setText(QCoreApplication.translate("MemberForm", u"\u0110\u1ed1i t\u01b0\u1ee3n&g (*):", None))
        self.member_kind_label.setText(QCoreApplication.translate("MemberForm", u"&Lo\u1ea1i th\u00e0nh vi\u00ean (*):", None))
        self.official_subtype_label.setText(QCoreApplication.translate("MemberForm", u"H\u00ecnh th\u1ee9&c:", None))
        self.member_organisation_id_label.setText(QCoreApplication.translate("MemberForm", u"HTX th\u00e0nh &vi\u00ean:", None))
        self.joined_on_label.setText(QCoreApplication.translate("MemberForm", u"Ng\u00e0y v\u00e0&o (*):", None))
        self.left_on_label.setText(QCoreApplication.translate("MemberForm", u"Ng\u00e0y &ra:", None))
        self.capital_contribution_label.setText(QCoreApplication.translate("MemberForm", u"V\u1ed1n g\u00f3p (tri\u1ec7u \u0111\u1ed3&ng):", None))
        self.is_worker.setText(QCoreApplication.translate("MemberForm", u"L\u00e0 lao \u0111\u1ed9ng th\u01b0\u1eddng &xuy\u00ean c\u1ee7a t\u1ed5 ch\u1ee9c", None))
        self.address_label.setText(QCoreApplication.translate("MemberForm", u"\u0110\u1ecb&a ch\u1ec9:", None))
        self.note_label.setText(QCoreApplication.translate("MemberForm", u"Gh&i ch\u00fa:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("MemberForm", u"Enter \u1edf \u00f4 n\u00e0y \u0111\u1ec3 l\u01b0u", None))
    # retranslateUi

