# Generated from forms/organisation_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from kttt_desktop.ui.registers.widgets import (DateEdit, EnumCombo, IntEdit, MoneyEdit,
    PhoneEdit, SearchCombo, TaxCodeEdit)

class Ui_OrganisationForm(object):
    def setupUi(self, OrganisationForm):
        if not OrganisationForm.objectName():
            OrganisationForm.setObjectName(u"OrganisationForm")
        OrganisationForm.resize(520, 640)
        self.form_layout = QVBoxLayout(OrganisationForm)
        self.form_layout.setObjectName(u"form_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.kind_label = QLabel(OrganisationForm)
        self.kind_label.setObjectName(u"kind_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = EnumCombo(OrganisationForm)
        self.kind.setObjectName(u"kind")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.kind_error = QLabel(OrganisationForm)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_error)

        self.name_label = QLabel(OrganisationForm)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(OrganisationForm)
        self.name.setObjectName(u"name")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_error = QLabel(OrganisationForm)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.code_label = QLabel(OrganisationForm)
        self.code_label.setObjectName(u"code_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code = TaxCodeEdit(OrganisationForm)
        self.code.setObjectName(u"code")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.code)

        self.code_error = QLabel(OrganisationForm)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.code_error)

        self.commune_code_label = QLabel(OrganisationForm)
        self.commune_code_label.setObjectName(u"commune_code_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.commune_code_label)

        self.commune_code = SearchCombo(OrganisationForm)
        self.commune_code.setObjectName(u"commune_code")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.commune_code)

        self.commune_code_error = QLabel(OrganisationForm)
        self.commune_code_error.setObjectName(u"commune_code_error")
        self.commune_code_error.setWordWrap(True)

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.commune_code_error)

        self.address_label = QLabel(OrganisationForm)
        self.address_label.setObjectName(u"address_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(OrganisationForm)
        self.address.setObjectName(u"address")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.address)

        self.address_error = QLabel(OrganisationForm)
        self.address_error.setObjectName(u"address_error")
        self.address_error.setWordWrap(True)

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.address_error)

        self.sector_label = QLabel(OrganisationForm)
        self.sector_label.setObjectName(u"sector_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector = EnumCombo(OrganisationForm)
        self.sector.setObjectName(u"sector")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.sector)

        self.sector_error = QLabel(OrganisationForm)
        self.sector_error.setObjectName(u"sector_error")
        self.sector_error.setWordWrap(True)

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.sector_error)

        self.established_on_label = QLabel(OrganisationForm)
        self.established_on_label.setObjectName(u"established_on_label")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.established_on_label)

        self.established_on = DateEdit(OrganisationForm)
        self.established_on.setObjectName(u"established_on")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.established_on)

        self.established_on_error = QLabel(OrganisationForm)
        self.established_on_error.setObjectName(u"established_on_error")
        self.established_on_error.setWordWrap(True)

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.established_on_error)

        self.dissolved_on_label = QLabel(OrganisationForm)
        self.dissolved_on_label.setObjectName(u"dissolved_on_label")

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.dissolved_on_label)

        self.dissolved_on = DateEdit(OrganisationForm)
        self.dissolved_on.setObjectName(u"dissolved_on")

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.dissolved_on)

        self.dissolved_on_error = QLabel(OrganisationForm)
        self.dissolved_on_error.setObjectName(u"dissolved_on_error")
        self.dissolved_on_error.setWordWrap(True)

        self.fields_layout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.dissolved_on_error)

        self.charter_capital_label = QLabel(OrganisationForm)
        self.charter_capital_label.setObjectName(u"charter_capital_label")

        self.fields_layout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.charter_capital_label)

        self.charter_capital = MoneyEdit(OrganisationForm)
        self.charter_capital.setObjectName(u"charter_capital")

        self.fields_layout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.charter_capital)

        self.charter_capital_error = QLabel(OrganisationForm)
        self.charter_capital_error.setObjectName(u"charter_capital_error")
        self.charter_capital_error.setWordWrap(True)

        self.fields_layout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.charter_capital_error)

        self.representative_label = QLabel(OrganisationForm)
        self.representative_label.setObjectName(u"representative_label")

        self.fields_layout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.representative_label)

        self.representative = QLineEdit(OrganisationForm)
        self.representative.setObjectName(u"representative")

        self.fields_layout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.representative)

        self.representative_error = QLabel(OrganisationForm)
        self.representative_error.setObjectName(u"representative_error")
        self.representative_error.setWordWrap(True)

        self.fields_layout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.representative_error)

        self.phone_label = QLabel(OrganisationForm)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.setWidget(20, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = PhoneEdit(OrganisationForm)
        self.phone.setObjectName(u"phone")

        self.fields_layout.setWidget(20, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phone_error = QLabel(OrganisationForm)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setWordWrap(True)

        self.fields_layout.setWidget(21, QFormLayout.ItemRole.FieldRole, self.phone_error)

        self.value_chain_row = QHBoxLayout()
        self.value_chain_row.setObjectName(u"value_chain_row")
        self.value_chain = QCheckBox(OrganisationForm)
        self.value_chain.setObjectName(u"value_chain")

        self.value_chain_row.addWidget(self.value_chain)

        self.value_chain_year = IntEdit(OrganisationForm)
        self.value_chain_year.setObjectName(u"value_chain_year")

        self.value_chain_row.addWidget(self.value_chain_year)


        self.fields_layout.setLayout(22, QFormLayout.ItemRole.FieldRole, self.value_chain_row)

        self.value_chain_error = QLabel(OrganisationForm)
        self.value_chain_error.setObjectName(u"value_chain_error")
        self.value_chain_error.setWordWrap(True)

        self.fields_layout.setWidget(23, QFormLayout.ItemRole.FieldRole, self.value_chain_error)

        self.value_chain_year_error = QLabel(OrganisationForm)
        self.value_chain_year_error.setObjectName(u"value_chain_year_error")
        self.value_chain_year_error.setWordWrap(True)

        self.fields_layout.setWidget(24, QFormLayout.ItemRole.FieldRole, self.value_chain_year_error)

        self.high_tech_row = QHBoxLayout()
        self.high_tech_row.setObjectName(u"high_tech_row")
        self.high_tech = QCheckBox(OrganisationForm)
        self.high_tech.setObjectName(u"high_tech")

        self.high_tech_row.addWidget(self.high_tech)

        self.high_tech_year = IntEdit(OrganisationForm)
        self.high_tech_year.setObjectName(u"high_tech_year")

        self.high_tech_row.addWidget(self.high_tech_year)


        self.fields_layout.setLayout(25, QFormLayout.ItemRole.FieldRole, self.high_tech_row)

        self.high_tech_error = QLabel(OrganisationForm)
        self.high_tech_error.setObjectName(u"high_tech_error")
        self.high_tech_error.setWordWrap(True)

        self.fields_layout.setWidget(26, QFormLayout.ItemRole.FieldRole, self.high_tech_error)

        self.high_tech_year_error = QLabel(OrganisationForm)
        self.high_tech_year_error.setObjectName(u"high_tech_year_error")
        self.high_tech_year_error.setWordWrap(True)

        self.fields_layout.setWidget(27, QFormLayout.ItemRole.FieldRole, self.high_tech_year_error)

        self.digital_row = QHBoxLayout()
        self.digital_row.setObjectName(u"digital_row")
        self.digital = QCheckBox(OrganisationForm)
        self.digital.setObjectName(u"digital")

        self.digital_row.addWidget(self.digital)

        self.digital_year = IntEdit(OrganisationForm)
        self.digital_year.setObjectName(u"digital_year")

        self.digital_row.addWidget(self.digital_year)


        self.fields_layout.setLayout(28, QFormLayout.ItemRole.FieldRole, self.digital_row)

        self.digital_error = QLabel(OrganisationForm)
        self.digital_error.setObjectName(u"digital_error")
        self.digital_error.setWordWrap(True)

        self.fields_layout.setWidget(29, QFormLayout.ItemRole.FieldRole, self.digital_error)

        self.digital_year_error = QLabel(OrganisationForm)
        self.digital_year_error.setObjectName(u"digital_year_error")
        self.digital_year_error.setWordWrap(True)

        self.fields_layout.setWidget(30, QFormLayout.ItemRole.FieldRole, self.digital_year_error)

        self.note_label = QLabel(OrganisationForm)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.setWidget(31, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(OrganisationForm)
        self.note.setObjectName(u"note")

        self.fields_layout.setWidget(31, QFormLayout.ItemRole.FieldRole, self.note)

        self.note_error = QLabel(OrganisationForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setWordWrap(True)

        self.fields_layout.setWidget(32, QFormLayout.ItemRole.FieldRole, self.note_error)


        self.form_layout.addLayout(self.fields_layout)

        self.suspensions_group = QGroupBox(OrganisationForm)
        self.suspensions_group.setObjectName(u"suspensions_group")
        self.suspensions_layout = QVBoxLayout(self.suspensions_group)
        self.suspensions_layout.setObjectName(u"suspensions_layout")

        self.form_layout.addWidget(self.suspensions_group)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.name_label.setBuddy(self.name)
        self.code_label.setBuddy(self.code)
        self.commune_code_label.setBuddy(self.commune_code)
        self.address_label.setBuddy(self.address)
        self.sector_label.setBuddy(self.sector)
        self.established_on_label.setBuddy(self.established_on)
        self.dissolved_on_label.setBuddy(self.dissolved_on)
        self.charter_capital_label.setBuddy(self.charter_capital)
        self.representative_label.setBuddy(self.representative)
        self.phone_label.setBuddy(self.phone)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.name)
        QWidget.setTabOrder(self.name, self.code)
        QWidget.setTabOrder(self.code, self.commune_code)
        QWidget.setTabOrder(self.commune_code, self.address)
        QWidget.setTabOrder(self.address, self.sector)
        QWidget.setTabOrder(self.sector, self.established_on)
        QWidget.setTabOrder(self.established_on, self.dissolved_on)
        QWidget.setTabOrder(self.dissolved_on, self.charter_capital)
        QWidget.setTabOrder(self.charter_capital, self.representative)
        QWidget.setTabOrder(self.representative, self.phone)
        QWidget.setTabOrder(self.phone, self.value_chain)
        QWidget.setTabOrder(self.value_chain, self.value_chain_year)
        QWidget.setTabOrder(self.value_chain_year, self.high_tech)
        QWidget.setTabOrder(self.high_tech, self.high_tech_year)
        QWidget.setTabOrder(self.high_tech_year, self.digital)
        QWidget.setTabOrder(self.digital, self.digital_year)
        QWidget.setTabOrder(self.digital_year, self.note)

        self.retranslateUi(OrganisationForm)

        QMetaObject.connectSlotsByName(OrganisationForm)
    # setupUi

    def retranslateUi(self, OrganisationForm):
        OrganisationForm.setWindowTitle(QCoreApplication.translate("OrganisationForm", u"T\u1ed5 ch\u1ee9c", None))
        self.kind_label.setText(QCoreApplication.translate("OrganisationForm", u"&Lo\u1ea1i h\u00ecnh (*):", None))
        self.name_label.setText(QCoreApplication.translate("OrganisationForm", u"&T\u00ean (*):", None))
        self.name.setPlaceholderText(QCoreApplication.translate("OrganisationForm", u"V\u00ed d\u1ee5: H\u1ee3p t\u00e1c x\u00e3 N\u00f4ng nghi\u1ec7p \u0110\u1ed3ng T\u00e2m", None))
        self.code_label.setText(QCoreApplication.translate("OrganisationForm", u"&M\u00e3 s\u1ed1 (MST):", None))
        self.code.setPlaceholderText(QCoreApplication.translate("OrganisationForm", u"10 ch\u1eef s\u1ed1; t\u1ed5 h\u1ee3p t\u00e1c c\u00f3 th\u1ec3 \u0111\u1ec3 tr\u1ed1ng", None))
        self.commune_code_label.setText(QCoreApplication.translate("OrganisationForm", u"&X\u00e3, ph\u01b0\u1eddng (*):", None))
        self.address_label.setText(QCoreApplication.translate("OrganisationForm", u"\u0110\u1ecb&a ch\u1ec9:", None))
        self.sector_label.setText(QCoreApplication.translate("OrganisationForm", u"L\u0129nh &v\u1ef1c (*):", None))
        self.established_on_label.setText(QCoreApplication.translate("OrganisationForm", u"Ng\u00e0y th\u00e0nh l\u1ead&p (*):", None))
        self.dissolved_on_label.setText(QCoreApplication.translate("OrganisationForm", u"Ng\u00e0y &gi\u1ea3i th\u1ec3:", None))
        self.charter_capital_label.setText(QCoreApplication.translate("OrganisationForm", u"V\u1ed1n \u0111i\u1ec1&u l\u1ec7 (tri\u1ec7u \u0111\u1ed3ng):", None))
        self.representative_label.setText(QCoreApplication.translate("OrganisationForm", u"Ng\u01b0\u1eddi \u0111\u1ea1i &di\u1ec7n:", None))
        self.phone_label.setText(QCoreApplication.translate("OrganisationForm", u"\u0110i\u1ec7n t&ho\u1ea1i:", None))
        self.value_chain.setText(QCoreApplication.translate("OrganisationForm", u"Tham gia &chu\u1ed7i gi\u00e1 tr\u1ecb, t\u1eeb n\u0103m", None))
        self.value_chain_year.setPlaceholderText(QCoreApplication.translate("OrganisationForm", u"n\u0103m", None))
        self.high_tech.setText(QCoreApplication.translate("OrganisationForm", u"\u1ee8ng d\u1ee5ng c\u00f4ng ngh\u1ec7 ca&o, t\u1eeb n\u0103m", None))
        self.high_tech_year.setPlaceholderText(QCoreApplication.translate("OrganisationForm", u"n\u0103m", None))
        self.digital.setText(QCoreApplication.translate("OrganisationForm", u"Chuy\u1ec3n \u0111\u1ed5i &s\u1ed1, t\u1eeb n\u0103m", None))
        self.digital_year.setPlaceholderText(QCoreApplication.translate("OrganisationForm", u"n\u0103m", None))
        self.note_label.setText(QCoreApplication.translate("OrganisationForm", u"Gh&i ch\u00fa:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("OrganisationForm", u"Enter \u1edf \u00f4 n\u00e0y \u0111\u1ec3 l\u01b0u", None))
        self.suspensions_group.setTitle(QCoreApplication.translate("OrganisationForm", u"T\u1ea1m ng\u1eebng ho\u1ea1t \u0111\u1ed9ng", None))
    # retranslateUi

