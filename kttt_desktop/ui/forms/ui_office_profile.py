# Generated from forms/office_profile.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_profile.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from kttt_desktop.ui.registers.widgets import SearchCombo

class Ui_OfficeProfileForm(object):
    def setupUi(self, OfficeProfileForm):
        if not OfficeProfileForm.objectName():
            OfficeProfileForm.setObjectName(u"OfficeProfileForm")
        OfficeProfileForm.resize(900, 560)
        self.form_layout = QVBoxLayout(OfficeProfileForm)
        self.form_layout.setObjectName(u"form_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.details_group = QGroupBox(OfficeProfileForm)
        self.details_group.setObjectName(u"details_group")
        self.details_group_layout = QVBoxLayout(self.details_group)
        self.details_group_layout.setObjectName(u"details_group_layout")
        self.details_layout = QFormLayout()
        self.details_layout.setObjectName(u"details_layout")
        self.details_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.details_group)
        self.name_label.setObjectName(u"name_label")

        self.details_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.details_group)
        self.name.setObjectName(u"name")

        self.details_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_error = QLabel(self.details_group)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)

        self.details_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.superior_body_label = QLabel(self.details_group)
        self.superior_body_label.setObjectName(u"superior_body_label")

        self.details_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.superior_body_label)

        self.superior_body = QLineEdit(self.details_group)
        self.superior_body.setObjectName(u"superior_body")

        self.details_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.superior_body)

        self.place_name_label = QLabel(self.details_group)
        self.place_name_label.setObjectName(u"place_name_label")

        self.details_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.place_name_label)

        self.place_name = QLineEdit(self.details_group)
        self.place_name.setObjectName(u"place_name")

        self.details_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place_name)

        self.doc_symbol_label = QLabel(self.details_group)
        self.doc_symbol_label.setObjectName(u"doc_symbol_label")

        self.details_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.doc_symbol_label)

        self.doc_symbol = QLineEdit(self.details_group)
        self.doc_symbol.setObjectName(u"doc_symbol")

        self.details_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.doc_symbol)

        self.signer_authority_label = QLabel(self.details_group)
        self.signer_authority_label.setObjectName(u"signer_authority_label")

        self.details_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.signer_authority_label)

        self.signer_authority = QLineEdit(self.details_group)
        self.signer_authority.setObjectName(u"signer_authority")

        self.details_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signer_authority)

        self.signer_title_label = QLabel(self.details_group)
        self.signer_title_label.setObjectName(u"signer_title_label")

        self.details_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.signer_title_label)

        self.signer_title = QLineEdit(self.details_group)
        self.signer_title.setObjectName(u"signer_title")

        self.details_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.signer_title)

        self.signer_name_label = QLabel(self.details_group)
        self.signer_name_label.setObjectName(u"signer_name_label")

        self.details_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signer_name_label)

        self.signer_name = QLineEdit(self.details_group)
        self.signer_name.setObjectName(u"signer_name")

        self.details_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signer_name)

        self.preparer_name_label = QLabel(self.details_group)
        self.preparer_name_label.setObjectName(u"preparer_name_label")

        self.details_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.preparer_name_label)

        self.preparer_name = QLineEdit(self.details_group)
        self.preparer_name.setObjectName(u"preparer_name")

        self.details_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.preparer_name)

        self.recipients_label = QLabel(self.details_group)
        self.recipients_label.setObjectName(u"recipients_label")

        self.details_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.recipients_label)

        self.recipients = QPlainTextEdit(self.details_group)
        self.recipients.setObjectName(u"recipients")
        self.recipients.setMaximumSize(QSize(16777215, 120))
        self.recipients.setTabChangesFocus(True)

        self.details_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.recipients)


        self.details_group_layout.addLayout(self.details_layout)

        self.details_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.details_group_layout.addItem(self.details_spacer)


        self.columns_layout.addWidget(self.details_group)

        self.area_group = QGroupBox(OfficeProfileForm)
        self.area_group.setObjectName(u"area_group")
        self.area_layout = QVBoxLayout(self.area_group)
        self.area_layout.setObjectName(u"area_layout")
        self.province_layout = QFormLayout()
        self.province_layout.setObjectName(u"province_layout")
        self.province_code_label = QLabel(self.area_group)
        self.province_code_label.setObjectName(u"province_code_label")

        self.province_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.province_code_label)

        self.province_code = SearchCombo(self.area_group)
        self.province_code.setObjectName(u"province_code")
        self.province_code.setMaxVisibleItems(20)

        self.province_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.province_code)

        self.province_code_error = QLabel(self.area_group)
        self.province_code_error.setObjectName(u"province_code_error")
        self.province_code_error.setWordWrap(True)

        self.province_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.province_code_error)


        self.area_layout.addLayout(self.province_layout)

        self.area_filter = QLineEdit(self.area_group)
        self.area_filter.setObjectName(u"area_filter")
        self.area_filter.setClearButtonEnabled(True)

        self.area_layout.addWidget(self.area_filter)

        self.area = QListView(self.area_group)
        self.area.setObjectName(u"area")
        self.area.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.area.setUniformItemSizes(True)
        self.area.setSpacing(1)

        self.area_layout.addWidget(self.area)

        self.area_buttons_layout = QHBoxLayout()
        self.area_buttons_layout.setObjectName(u"area_buttons_layout")
        self.select_all = QPushButton(self.area_group)
        self.select_all.setObjectName(u"select_all")

        self.area_buttons_layout.addWidget(self.select_all)

        self.select_none = QPushButton(self.area_group)
        self.select_none.setObjectName(u"select_none")

        self.area_buttons_layout.addWidget(self.select_none)

        self.area_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.area_buttons_layout.addItem(self.area_buttons_spacer)

        self.area_count = QLabel(self.area_group)
        self.area_count.setObjectName(u"area_count")

        self.area_buttons_layout.addWidget(self.area_count)


        self.area_layout.addLayout(self.area_buttons_layout)

        self.area_error = QLabel(self.area_group)
        self.area_error.setObjectName(u"area_error")
        self.area_error.setWordWrap(True)

        self.area_layout.addWidget(self.area_error)


        self.columns_layout.addWidget(self.area_group)

        self.columns_layout.setStretch(0, 3)
        self.columns_layout.setStretch(1, 2)

        self.form_layout.addLayout(self.columns_layout)

        self.form_error = QLabel(OfficeProfileForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)

        self.form_layout.addWidget(self.form_error)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.superior_body_label.setBuddy(self.superior_body)
        self.place_name_label.setBuddy(self.place_name)
        self.doc_symbol_label.setBuddy(self.doc_symbol)
        self.signer_authority_label.setBuddy(self.signer_authority)
        self.signer_title_label.setBuddy(self.signer_title)
        self.signer_name_label.setBuddy(self.signer_name)
        self.preparer_name_label.setBuddy(self.preparer_name)
        self.recipients_label.setBuddy(self.recipients)
        self.province_code_label.setBuddy(self.province_code)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.superior_body)
        QWidget.setTabOrder(self.superior_body, self.place_name)
        QWidget.setTabOrder(self.place_name, self.doc_symbol)
        QWidget.setTabOrder(self.doc_symbol, self.signer_authority)
        QWidget.setTabOrder(self.signer_authority, self.signer_title)
        QWidget.setTabOrder(self.signer_title, self.signer_name)
        QWidget.setTabOrder(self.signer_name, self.preparer_name)
        QWidget.setTabOrder(self.preparer_name, self.recipients)
        QWidget.setTabOrder(self.recipients, self.province_code)
        QWidget.setTabOrder(self.province_code, self.area_filter)
        QWidget.setTabOrder(self.area_filter, self.area)
        QWidget.setTabOrder(self.area, self.select_all)
        QWidget.setTabOrder(self.select_all, self.select_none)

        self.retranslateUi(OfficeProfileForm)

        QMetaObject.connectSlotsByName(OfficeProfileForm)
    # setupUi

    def retranslateUi(self, OfficeProfileForm):
        OfficeProfileForm.setWindowTitle(QCoreApplication.translate("OfficeProfileForm", u"Th\u00f4ng tin c\u01a1 quan", None))
        self.details_group.setTitle(QCoreApplication.translate("OfficeProfileForm", u"C\u01a1 quan v\u00e0 ng\u01b0\u1eddi k\u00fd b\u00e1o c\u00e1o", None))
        self.name_label.setText(QCoreApplication.translate("OfficeProfileForm", u"&T\u00ean c\u01a1 quan (*):", None))
        self.name.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"V\u00ed d\u1ee5: Ph\u00f2ng Kinh t\u1ebf x\u00e3 B\u00ecnh Li\u00eau", None))
        self.superior_body_label.setText(QCoreApplication.translate("OfficeProfileForm", u"C\u01a1 quan &c\u1ea5p tr\u00ean:", None))
        self.superior_body.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"V\u00ed d\u1ee5: UBND X\u00c3 B\u00ccNH LI\u00caU", None))
        self.place_name_label.setText(QCoreApplication.translate("OfficeProfileForm", u"\u0110\u1ecba &danh:", None))
#if QT_CONFIG(tooltip)
        self.place_name.setToolTip(QCoreApplication.translate("OfficeProfileForm", u"\u0110\u1ecba danh ghi \u1edf d\u00f2ng ng\u00e0y th\u00e1ng c\u1ee7a b\u00e1o c\u00e1o, v\u00ed d\u1ee5 \u201cB\u00ecnh Li\u00eau, ng\u00e0y 05 th\u00e1ng 02 n\u0103m 2026\u201d.", None))
#endif // QT_CONFIG(tooltip)
        self.place_name.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"V\u00ed d\u1ee5: B\u00ecnh Li\u00eau", None))
        self.doc_symbol_label.setText(QCoreApplication.translate("OfficeProfileForm", u"&K\u00fd hi\u1ec7u v\u0103n b\u1ea3n:", None))
#if QT_CONFIG(tooltip)
        self.doc_symbol.setToolTip(QCoreApplication.translate("OfficeProfileForm", u"Ph\u1ea7n k\u00fd hi\u1ec7u sau s\u1ed1 c\u1ee7a b\u00e1o c\u00e1o: \u201cS\u1ed1: \u2026/BC-UBND\u201d.", None))
#endif // QT_CONFIG(tooltip)
        self.doc_symbol.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"BC-UBND", None))
        self.signer_authority_label.setText(QCoreApplication.translate("OfficeProfileForm", u"Th\u1ea9m &quy\u1ec1n k\u00fd:", None))
        self.signer_authority.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"V\u00ed d\u1ee5: KT. TR\u01af\u1edeNG PH\u00d2NG", None))
        self.signer_title_label.setText(QCoreApplication.translate("OfficeProfileForm", u"C&h\u1ee9c v\u1ee5 ng\u01b0\u1eddi k\u00fd:", None))
        self.signer_title.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"V\u00ed d\u1ee5: PH\u00d3 TR\u01af\u1edeNG PH\u00d2NG", None))
        self.signer_name_label.setText(QCoreApplication.translate("OfficeProfileForm", u"&Ng\u01b0\u1eddi k\u00fd:", None))
        self.preparer_name_label.setText(QCoreApplication.translate("OfficeProfileForm", u"Ng\u01b0\u1eddi &l\u1eadp bi\u1ec3u:", None))
        self.recipients_label.setText(QCoreApplication.translate("OfficeProfileForm", u"N\u01a1i nh\u1eadn:", None))
        self.recipients.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"M\u1ed7i n\u01a1i nh\u1eadn m\u1ed9t d\u00f2ng, v\u00ed d\u1ee5:\n"
"- UBND t\u1ec9nh;\n"
"- L\u01b0u: VT.", None))
        self.area_group.setTitle(QCoreApplication.translate("OfficeProfileForm", u"\u0110\u1ecba b\u00e0n qu\u1ea3n l\u00fd (*)", None))
        self.province_code_label.setText(QCoreApplication.translate("OfficeProfileForm", u"T&\u1ec9nh, th\u00e0nh ph\u1ed1:", None))
        self.area_filter.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"T\u00ecm x\u00e3, ph\u01b0\u1eddng (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)\u2026", None))
#if QT_CONFIG(tooltip)
        self.area.setToolTip(QCoreApplication.translate("OfficeProfileForm", u"\u0110\u00e1nh d\u1ea5u c\u00e1c x\u00e3, ph\u01b0\u1eddng thu\u1ed9c \u0111\u1ecba b\u00e0n c\u1ee7a c\u01a1 quan.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.select_all.setToolTip(QCoreApplication.translate("OfficeProfileForm", u"Ch\u1ecdn t\u1ea5t c\u1ea3 c\u00e1c x\u00e3, ph\u01b0\u1eddng \u0111ang hi\u1ec7n trong danh s\u00e1ch.", None))
#endif // QT_CONFIG(tooltip)
        self.select_all.setText(QCoreApplication.translate("OfficeProfileForm", u"Ch\u1ecdn t\u1ea5t c\u1ea3", None))
#if QT_CONFIG(tooltip)
        self.select_none.setToolTip(QCoreApplication.translate("OfficeProfileForm", u"B\u1ecf ch\u1ecdn c\u00e1c x\u00e3, ph\u01b0\u1eddng \u0111ang hi\u1ec7n trong danh s\u00e1ch.", None))
#endif // QT_CONFIG(tooltip)
        self.select_none.setText(QCoreApplication.translate("OfficeProfileForm", u"B\u1ecf ch\u1ecdn", None))
    # retranslateUi

