# Generated from forms/exchange_page.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGroupBox, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExchangeForm(object):
    def setupUi(self, ExchangeForm):
        if not ExchangeForm.objectName():
            ExchangeForm.setObjectName(u"ExchangeForm")
        ExchangeForm.resize(820, 560)
        self.main_layout = QVBoxLayout(ExchangeForm)
        self.main_layout.setObjectName(u"main_layout")
        self.import_group = QGroupBox(ExchangeForm)
        self.import_group.setObjectName(u"import_group")
        self.import_layout = QVBoxLayout(self.import_group)
        self.import_layout.setObjectName(u"import_layout")
        self.import_hint = QLabel(self.import_group)
        self.import_hint.setObjectName(u"import_hint")
        self.import_hint.setWordWrap(True)

        self.import_layout.addWidget(self.import_hint)

        self.import_buttons = QHBoxLayout()
        self.import_buttons.setObjectName(u"import_buttons")
        self.import_button = QPushButton(self.import_group)
        self.import_button.setObjectName(u"import_button")

        self.import_buttons.addWidget(self.import_button)

        self.import_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.import_buttons.addItem(self.import_spacer)


        self.import_layout.addLayout(self.import_buttons)


        self.main_layout.addWidget(self.import_group)

        self.template_group = QGroupBox(ExchangeForm)
        self.template_group.setObjectName(u"template_group")
        self.template_layout = QVBoxLayout(self.template_group)
        self.template_layout.setObjectName(u"template_layout")
        self.template_hint = QLabel(self.template_group)
        self.template_hint.setObjectName(u"template_hint")
        self.template_hint.setWordWrap(True)

        self.template_layout.addWidget(self.template_hint)

        self.template_buttons = QHBoxLayout()
        self.template_buttons.setObjectName(u"template_buttons")
        self.template_button = QPushButton(self.template_group)
        self.template_button.setObjectName(u"template_button")

        self.template_buttons.addWidget(self.template_button)

        self.template_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.template_buttons.addItem(self.template_spacer)


        self.template_layout.addLayout(self.template_buttons)


        self.main_layout.addWidget(self.template_group)

        self.dump_group = QGroupBox(ExchangeForm)
        self.dump_group.setObjectName(u"dump_group")
        self.dump_layout = QVBoxLayout(self.dump_group)
        self.dump_layout.setObjectName(u"dump_layout")
        self.dump_hint = QLabel(self.dump_group)
        self.dump_hint.setObjectName(u"dump_hint")
        self.dump_hint.setWordWrap(True)

        self.dump_layout.addWidget(self.dump_hint)

        self.personal_data = QCheckBox(self.dump_group)
        self.personal_data.setObjectName(u"personal_data")

        self.dump_layout.addWidget(self.personal_data)

        self.dump_buttons = QHBoxLayout()
        self.dump_buttons.setObjectName(u"dump_buttons")
        self.dump_button = QPushButton(self.dump_group)
        self.dump_button.setObjectName(u"dump_button")

        self.dump_buttons.addWidget(self.dump_button)

        self.dump_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dump_buttons.addItem(self.dump_spacer)


        self.dump_layout.addLayout(self.dump_buttons)


        self.main_layout.addWidget(self.dump_group)

        self.progress = QProgressBar(ExchangeForm)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.main_layout.addWidget(self.progress)

        self.status = QLabel(ExchangeForm)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status)

        self.bottom_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)


        self.retranslateUi(ExchangeForm)

        QMetaObject.connectSlotsByName(ExchangeForm)
    # setupUi

    def retranslateUi(self, ExchangeForm):
        ExchangeForm.setWindowTitle(QCoreApplication.translate("ExchangeForm", u"Nh\u1eadp / Xu\u1ea5t", None))
        self.import_group.setTitle(QCoreApplication.translate("ExchangeForm", u"Nh\u1eadp s\u1ed5 \u0111\u0103ng k\u00fd t\u1eeb b\u1ea3ng t\u00ednh", None))
        self.import_hint.setText(QCoreApplication.translate("ExchangeForm", u"Nh\u1eadp t\u1ed5 ch\u1ee9c, th\u00e0nh vi\u00ean, c\u00e1n b\u1ed9, \u0111\u00e0o t\u1ea1o, s\u1ea3n ph\u1ea9m OCOP, x\u1ebfp lo\u1ea1i, s\u1ed1 li\u1ec7u v\u00e0 ch\u1ec9 ti\u00eau t\u1eeb t\u1ec7p Excel (.xlsx, .xls, .xlsb), LibreOffice (.ods) ho\u1eb7c .csv. Ch\u01b0\u01a1ng tr\u00ecnh ki\u1ec3m tra c\u1ea3 t\u1ec7p tr\u01b0\u1edbc v\u00e0 cho xem s\u1ebd th\u00eam, s\u1eeda nh\u1eefng g\u00ec; t\u1ec7p c\u00f3 l\u1ed7i th\u00ec kh\u00f4ng c\u00f3 g\u00ec \u0111\u01b0\u1ee3c ghi. Nh\u1eadp l\u1ea1i c\u00f9ng m\u1ed9t t\u1ec7p kh\u00f4ng t\u1ea1o b\u1ea3n ghi tr\u00f9ng.", None))
        self.import_button.setText(QCoreApplication.translate("ExchangeForm", u"&Nh\u1eadp t\u1eeb b\u1ea3ng t\u00ednh\u2026", None))
        self.template_group.setTitle(QCoreApplication.translate("ExchangeForm", u"M\u1eabu nh\u1eadp li\u1ec7u", None))
        self.template_hint.setText(QCoreApplication.translate("ExchangeForm", u"B\u1ea3ng t\u00ednh tr\u1ed1ng c\u00f3 s\u1eb5n c\u00e1c trang, t\u00ean c\u1ed9t, danh s\u00e1ch \u0111\u1ec3 ch\u1ecdn, m\u1ed9t d\u00f2ng v\u00ed d\u1ee5 m\u1ed7i trang v\u00e0 trang h\u01b0\u1edbng d\u1eabn gi\u1ea3i th\u00edch t\u1eebng c\u1ed9t.", None))
        self.template_button.setText(QCoreApplication.translate("ExchangeForm", u"T\u1ea3i &m\u1eabu nh\u1eadp li\u1ec7u\u2026", None))
        self.dump_group.setTitle(QCoreApplication.translate("ExchangeForm", u"Xu\u1ea5t to\u00e0n b\u1ed9 s\u1ed5 \u0111\u0103ng k\u00fd", None))
        self.dump_hint.setText(QCoreApplication.translate("ExchangeForm", u"Ghi m\u1ecdi s\u1ed5 ra m\u1ed9t b\u1ea3ng t\u00ednh theo m\u1eabu nh\u1eadp li\u1ec7u, \u0111\u1ec3 g\u1eedi \u0111i ho\u1eb7c nh\u1eadp v\u00e0o ch\u01b0\u01a1ng tr\u00ecnh \u1edf n\u01a1i kh\u00e1c.", None))
        self.personal_data.setText(QCoreApplication.translate("ExchangeForm", u"K\u00e8m d\u1eef li\u1ec7u &c\u00e1 nh\u00e2n (s\u1ed1 CCCD, \u0111i\u1ec7n tho\u1ea1i, ng\u00e0y sinh, \u0111\u1ecba ch\u1ec9)", None))
        self.dump_button.setText(QCoreApplication.translate("ExchangeForm", u"&Xu\u1ea5t to\u00e0n b\u1ed9 s\u1ed5 \u0111\u0103ng k\u00fd\u2026", None))
    # retranslateUi

