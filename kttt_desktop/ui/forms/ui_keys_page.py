# Generated from forms/keys_page.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'keys_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_KeysForm(object):
    def setupUi(self, KeysForm):
        if not KeysForm.objectName():
            KeysForm.setObjectName(u"KeysForm")
        KeysForm.resize(960, 640)
        self.form_layout = QVBoxLayout(KeysForm)
        self.form_layout.setObjectName(u"form_layout")
        self.own_group = QGroupBox(KeysForm)
        self.own_group.setObjectName(u"own_group")
        self.own_layout = QVBoxLayout(self.own_group)
        self.own_layout.setObjectName(u"own_layout")
        self.own_intro = QLabel(self.own_group)
        self.own_intro.setObjectName(u"own_intro")
        self.own_intro.setWordWrap(True)

        self.own_layout.addWidget(self.own_intro)

        self.own_fingerprint = QLabel(self.own_group)
        self.own_fingerprint.setObjectName(u"own_fingerprint")
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.own_layout.addWidget(self.own_fingerprint)

        self.own_buttons = QHBoxLayout()
        self.own_buttons.setObjectName(u"own_buttons")
        self.export_key = QPushButton(self.own_group)
        self.export_key.setObjectName(u"export_key")

        self.own_buttons.addWidget(self.export_key)

        self.own_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.own_buttons.addItem(self.own_spacer)


        self.own_layout.addLayout(self.own_buttons)


        self.form_layout.addWidget(self.own_group)

        self.registered_group = QGroupBox(KeysForm)
        self.registered_group.setObjectName(u"registered_group")
        self.registered_layout = QVBoxLayout(self.registered_group)
        self.registered_layout.setObjectName(u"registered_layout")
        self.keys_table = QTableView(self.registered_group)
        self.keys_table.setObjectName(u"keys_table")

        self.registered_layout.addWidget(self.keys_table)

        self.revoke_layout = QHBoxLayout()
        self.revoke_layout.setObjectName(u"revoke_layout")
        self.reason_label = QLabel(self.registered_group)
        self.reason_label.setObjectName(u"reason_label")

        self.revoke_layout.addWidget(self.reason_label)

        self.revoke_reason = QLineEdit(self.registered_group)
        self.revoke_reason.setObjectName(u"revoke_reason")

        self.revoke_layout.addWidget(self.revoke_reason)

        self.revoke_key = QPushButton(self.registered_group)
        self.revoke_key.setObjectName(u"revoke_key")

        self.revoke_layout.addWidget(self.revoke_key)


        self.registered_layout.addLayout(self.revoke_layout)

        self.register_intro = QLabel(self.registered_group)
        self.register_intro.setObjectName(u"register_intro")
        self.register_intro.setWordWrap(True)

        self.registered_layout.addWidget(self.register_intro)

        self.register_layout = QHBoxLayout()
        self.register_layout.setObjectName(u"register_layout")
        self.choose_key_file = QPushButton(self.registered_group)
        self.choose_key_file.setObjectName(u"choose_key_file")

        self.register_layout.addWidget(self.choose_key_file)

        self.key_file = QLabel(self.registered_group)
        self.key_file.setObjectName(u"key_file")
        self.key_file.setWordWrap(True)

        self.register_layout.addWidget(self.key_file)


        self.registered_layout.addLayout(self.register_layout)

        self.confirm_layout = QHBoxLayout()
        self.confirm_layout.setObjectName(u"confirm_layout")
        self.fingerprint_label = QLabel(self.registered_group)
        self.fingerprint_label.setObjectName(u"fingerprint_label")

        self.confirm_layout.addWidget(self.fingerprint_label)

        self.fingerprint = QLineEdit(self.registered_group)
        self.fingerprint.setObjectName(u"fingerprint")

        self.confirm_layout.addWidget(self.fingerprint)

        self.register_key = QPushButton(self.registered_group)
        self.register_key.setObjectName(u"register_key")

        self.confirm_layout.addWidget(self.register_key)


        self.registered_layout.addLayout(self.confirm_layout)


        self.form_layout.addWidget(self.registered_group)

        self.status = QLabel(KeysForm)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.form_layout.addWidget(self.status)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.revoke_reason)
        self.fingerprint_label.setBuddy(self.fingerprint)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeysForm)

        QMetaObject.connectSlotsByName(KeysForm)
    # setupUi

    def retranslateUi(self, KeysForm):
        KeysForm.setWindowTitle(QCoreApplication.translate("KeysForm", u"Ch\u1eef k\u00fd s\u1ed1", None))
        self.own_group.setTitle(QCoreApplication.translate("KeysForm", u"Kh\u00f3a k\u00fd c\u1ee7a c\u01a1 quan n\u00e0y", None))
        self.own_intro.setText(QCoreApplication.translate("KeysForm", u"M\u1ed7i b\u00e1o c\u00e1o Excel g\u1eedi l\u00ean \u0111\u01b0\u1ee3c k\u00fd b\u1eb1ng kh\u00f3a ri\u00eang c\u1ee7a c\u01a1 quan, l\u01b0u tr\u00ean m\u00e1y n\u00e0y c\u1ea1nh c\u01a1 s\u1edf d\u1eef li\u1ec7u. G\u1eedi kh\u00f3a c\u00f4ng khai l\u00ean t\u1ec9nh m\u1ed9t l\u1ea7n, r\u1ed3i \u0111\u1ecdc d\u1ea5u v\u00e2n tay d\u01b0\u1edbi \u0111\u00e2y cho c\u00e1n b\u1ed9 c\u1ee7a t\u1ec9nh qua \u0111i\u1ec7n tho\u1ea1i \u0111\u1ec3 h\u1ecd \u0111\u0103ng k\u00fd.", None))
        self.own_fingerprint.setText("")
        self.export_key.setText(QCoreApplication.translate("KeysForm", u"&Xu\u1ea5t kh\u00f3a c\u00f4ng khai\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_key.setToolTip(QCoreApplication.translate("KeysForm", u"Ghi kh\u00f3a c\u00f4ng khai c\u1ee7a c\u01a1 quan ra t\u1ec7p \u0111\u1ec3 g\u1eedi l\u00ean t\u1ec9nh", None))
#endif // QT_CONFIG(tooltip)
        self.registered_group.setTitle(QCoreApplication.translate("KeysForm", u"Kh\u00f3a c\u1ee7a c\u00e1c \u0111\u01a1n v\u1ecb \u0111\u00e3 \u0111\u0103ng k\u00fd (d\u00f9ng \u0111\u1ec3 x\u00e1c th\u1ef1c b\u00e1o c\u00e1o khi t\u1ed5ng h\u1ee3p)", None))
        self.reason_label.setText(QCoreApplication.translate("KeysForm", u"L\u00fd do thu h\u1ed3i:", None))
        self.revoke_reason.setPlaceholderText(QCoreApplication.translate("KeysForm", u"v\u00ed d\u1ee5: \u0111\u01a1n v\u1ecb \u0111\u1ed5i m\u00e1y, m\u1ea5t m\u00e1y", None))
        self.revoke_key.setText(QCoreApplication.translate("KeysForm", u"&Thu h\u1ed3i kh\u00f3a \u0111ang ch\u1ecdn\u2026", None))
        self.register_intro.setText(QCoreApplication.translate("KeysForm", u"\u0110\u0103ng k\u00fd kh\u00f3a c\u1ee7a m\u1ed9t \u0111\u01a1n v\u1ecb: ch\u1ecdn t\u1ec7p kh\u00f3a c\u00f4ng khai \u0111\u01a1n v\u1ecb g\u1eedi l\u00ean, g\u00f5 d\u1ea5u v\u00e2n tay c\u00e1n b\u1ed9 c\u1ee7a \u0111\u01a1n v\u1ecb \u0111\u1ecdc qua \u0111i\u1ec7n tho\u1ea1i, r\u1ed3i b\u1ea5m \u0110\u0103ng k\u00fd. Kh\u00f3a ch\u1ec9 \u0111\u01b0\u1ee3c \u0111\u0103ng k\u00fd khi hai d\u1ea5u v\u00e2n tay tr\u00f9ng nhau.", None))
        self.choose_key_file.setText(QCoreApplication.translate("KeysForm", u"&Ch\u1ecdn t\u1ec7p kh\u00f3a\u2026", None))
        self.key_file.setText(QCoreApplication.translate("KeysForm", u"Ch\u01b0a ch\u1ecdn t\u1ec7p.", None))
        self.fingerprint_label.setText(QCoreApplication.translate("KeysForm", u"D\u1ea5u v\u00e2n tay \u0111\u1ecdc qua \u0111i\u1ec7n tho\u1ea1i:", None))
        self.fingerprint.setPlaceholderText(QCoreApplication.translate("KeysForm", u"24 ch\u1eef s\u1ed1, v\u00ed d\u1ee5 1234 5678 9012 3456 7890 1234", None))
        self.register_key.setText(QCoreApplication.translate("KeysForm", u"\u0110\u0103ng &k\u00fd", None))
        self.status.setText("")
    # retranslateUi

