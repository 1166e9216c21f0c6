# Generated from forms/findings.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'findings.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QToolButton, QVBoxLayout, QWidget)

from kttt_desktop.ui.registers.widgets import DateEdit

class Ui_FindingsForm(object):
    def setupUi(self, FindingsForm):
        if not FindingsForm.objectName():
            FindingsForm.setObjectName(u"FindingsForm")
        FindingsForm.resize(1000, 640)
        self.form_layout = QVBoxLayout(FindingsForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.run_layout = QHBoxLayout()
        self.run_layout.setObjectName(u"run_layout")
        self.summary = QLabel(FindingsForm)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.run_layout.addWidget(self.summary)

        self.on_label = QLabel(FindingsForm)
        self.on_label.setObjectName(u"on_label")

        self.run_layout.addWidget(self.on_label)

        self.on = DateEdit(FindingsForm)
        self.on.setObjectName(u"on")
        self.on.setMaximumSize(QSize(150, 16777215))

        self.run_layout.addWidget(self.on)

        self.run = QPushButton(FindingsForm)
        self.run.setObjectName(u"run")

        self.run_layout.addWidget(self.run)

        self.run_layout.setStretch(0, 1)

        self.form_layout.addLayout(self.run_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.show_all = QToolButton(FindingsForm)
        self.show_all.setObjectName(u"show_all")
        self.show_all.setCheckable(True)
        self.show_all.setChecked(True)
        self.show_all.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.filter_layout.addWidget(self.show_all)

        self.show_errors = QToolButton(FindingsForm)
        self.show_errors.setObjectName(u"show_errors")
        self.show_errors.setCheckable(True)
        self.show_errors.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.filter_layout.addWidget(self.show_errors)

        self.show_warnings = QToolButton(FindingsForm)
        self.show_warnings.setObjectName(u"show_warnings")
        self.show_warnings.setCheckable(True)
        self.show_warnings.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.filter_layout.addWidget(self.show_warnings)

        self.show_infos = QToolButton(FindingsForm)
        self.show_infos.setObjectName(u"show_infos")
        self.show_infos.setCheckable(True)
        self.show_infos.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.filter_layout.addWidget(self.show_infos)

        self.hide_accepted = QCheckBox(FindingsForm)
        self.hide_accepted.setObjectName(u"hide_accepted")

        self.filter_layout.addWidget(self.hide_accepted)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.form_layout.addLayout(self.filter_layout)

        self.rule_layout = QHBoxLayout()
        self.rule_layout.setObjectName(u"rule_layout")
        self.rule_label = QLabel(FindingsForm)
        self.rule_label.setObjectName(u"rule_label")

        self.rule_layout.addWidget(self.rule_label)

        self.rule = QComboBox(FindingsForm)
        self.rule.setObjectName(u"rule")
        self.rule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule.setMinimumContentsLength(18)

        self.rule_layout.addWidget(self.rule)

        self.search = QLineEdit(FindingsForm)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(160, 0))
        self.search.setClearButtonEnabled(True)

        self.rule_layout.addWidget(self.search)

        self.rule_layout.setStretch(2, 1)

        self.form_layout.addLayout(self.rule_layout)

        self.table = QTableView(FindingsForm)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.form_layout.addWidget(self.table)

        self.detail_layout = QHBoxLayout()
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail = QLabel(FindingsForm)
        self.detail.setObjectName(u"detail")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.detail.sizePolicy().hasHeightForWidth())
        self.detail.setSizePolicy(sizePolicy)
        self.detail.setMinimumSize(QSize(0, 40))
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_layout.addWidget(self.detail)

        self.open_record = QPushButton(FindingsForm)
        self.open_record.setObjectName(u"open_record")

        self.detail_layout.addWidget(self.open_record)


        self.form_layout.addLayout(self.detail_layout)

        self.accept_layout = QHBoxLayout()
        self.accept_layout.setObjectName(u"accept_layout")
        self.accept_reason_label = QLabel(FindingsForm)
        self.accept_reason_label.setObjectName(u"accept_reason_label")

        self.accept_layout.addWidget(self.accept_reason_label)

        self.accept_reason = QLineEdit(FindingsForm)
        self.accept_reason.setObjectName(u"accept_reason")
        self.accept_reason.setMaxLength(4000)

        self.accept_layout.addWidget(self.accept_reason)

        self.accept = QPushButton(FindingsForm)
        self.accept.setObjectName(u"accept")

        self.accept_layout.addWidget(self.accept)

        self.withdraw = QPushButton(FindingsForm)
        self.withdraw.setObjectName(u"withdraw")

        self.accept_layout.addWidget(self.withdraw)


        self.form_layout.addLayout(self.accept_layout)

#if QT_CONFIG(shortcut)
        self.on_label.setBuddy(self.on)
        self.rule_label.setBuddy(self.rule)
        self.accept_reason_label.setBuddy(self.accept_reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.open_record)
        QWidget.setTabOrder(self.open_record, self.accept_reason)
        QWidget.setTabOrder(self.accept_reason, self.accept)
        QWidget.setTabOrder(self.accept, self.withdraw)
        QWidget.setTabOrder(self.withdraw, self.show_all)
        QWidget.setTabOrder(self.show_all, self.show_errors)
        QWidget.setTabOrder(self.show_errors, self.show_warnings)
        QWidget.setTabOrder(self.show_warnings, self.show_infos)
        QWidget.setTabOrder(self.show_infos, self.rule)
        QWidget.setTabOrder(self.rule, self.hide_accepted)
        QWidget.setTabOrder(self.hide_accepted, self.on)
        QWidget.setTabOrder(self.on, self.run)

        self.retranslateUi(FindingsForm)

        QMetaObject.connectSlotsByName(FindingsForm)
    # setupUi

    def retranslateUi(self, FindingsForm):
        FindingsForm.setWindowTitle(QCoreApplication.translate("FindingsForm", u"Ki\u1ec3m tra d\u1eef li\u1ec7u", None))
        self.summary.setText(QCoreApplication.translate("FindingsForm", u"Ch\u01b0a ki\u1ec3m tra.", None))
        self.on_label.setText(QCoreApplication.translate("FindingsForm", u"Ki\u1ec3m tra t\u1ea1i &ng\u00e0y:", None))
#if QT_CONFIG(tooltip)
        self.on.setToolTip(QCoreApplication.translate("FindingsForm", u"D\u1eef li\u1ec7u \u0111\u01b0\u1ee3c x\u00e9t nh\u01b0 t\u1ea1i ng\u00e0y n\u00e0y (\u0111\u1ec3 tr\u1ed1ng: h\u00f4m nay). Tr\u01b0\u1edbc 01/7/2024 \u00e1p d\u1ee5ng m\u1ee9c c\u1ee7a Lu\u1eadt H\u1ee3p t\u00e1c x\u00e3 2012.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.run.setToolTip(QCoreApplication.translate("FindingsForm", u"Ch\u1ea1y l\u1ea1i m\u1ecdi quy t\u1eafc ki\u1ec3m tra (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.run.setText(QCoreApplication.translate("FindingsForm", u"&Ki\u1ec3m tra l\u1ea1i", None))
        self.show_all.setText(QCoreApplication.translate("FindingsForm", u"T\u1ea5t c\u1ea3", None))
#if QT_CONFIG(tooltip)
        self.show_errors.setToolTip(QCoreApplication.translate("FindingsForm", u"Ch\u1ec9 hi\u1ec7n l\u1ed7i: d\u1eef li\u1ec7u tr\u00e1i quy \u0111\u1ecbnh c\u1ee7a ph\u00e1p lu\u1eadt", None))
#endif // QT_CONFIG(tooltip)
        self.show_errors.setText(QCoreApplication.translate("FindingsForm", u"L\u1ed7i", None))
#if QT_CONFIG(tooltip)
        self.show_warnings.setToolTip(QCoreApplication.translate("FindingsForm", u"Ch\u1ec9 hi\u1ec7n c\u1ea3nh b\u00e1o: d\u1eef li\u1ec7u c\u00f3 th\u1ec3 sai, c\u1ea7n xem l\u1ea1i", None))
#endif // QT_CONFIG(tooltip)
        self.show_warnings.setText(QCoreApplication.translate("FindingsForm", u"C\u1ea3nh b\u00e1o", None))
#if QT_CONFIG(tooltip)
        self.show_infos.setToolTip(QCoreApplication.translate("FindingsForm", u"Ch\u1ec9 hi\u1ec7n th\u00f4ng tin: vi\u1ec7c c\u00f2n ph\u1ea3i l\u00e0m", None))
#endif // QT_CONFIG(tooltip)
        self.show_infos.setText(QCoreApplication.translate("FindingsForm", u"Th\u00f4ng tin", None))
#if QT_CONFIG(tooltip)
        self.hide_accepted.setToolTip(QCoreApplication.translate("FindingsForm", u"Kh\u00f4ng hi\u1ec7n nh\u1eefng ph\u00e1t hi\u1ec7n \u0111\u00e3 \u0111\u01b0\u1ee3c ch\u1ea5p nh\u1eadn (v\u1eabn \u0111\u01b0\u1ee3c ki\u1ec3m tra; m\u1edf l\u1ea1i khi h\u1ed3 s\u01a1 thay \u0111\u1ed5i)", None))
#endif // QT_CONFIG(tooltip)
        self.hide_accepted.setText(QCoreApplication.translate("FindingsForm", u"\u1ea8n ph\u00e1t hi\u1ec7n \u0111\u00e3 &ch\u1ea5p nh\u1eadn", None))
        self.rule_label.setText(QCoreApplication.translate("FindingsForm", u"&Quy t\u1eafc:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("FindingsForm", u"T\u00ecm theo t\u00ean, n\u1ed9i dung (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_record.setToolTip(QCoreApplication.translate("FindingsForm", u"M\u1edf h\u1ed3 s\u01a1 c\u1ee7a ph\u00e1t hi\u1ec7n \u0111ang ch\u1ecdn (Enter ho\u1eb7c nh\u1ea5p \u0111\u00fap)", None))
#endif // QT_CONFIG(tooltip)
        self.open_record.setText(QCoreApplication.translate("FindingsForm", u"&M\u1edf h\u1ed3 s\u01a1", None))
        self.accept_reason_label.setText(QCoreApplication.translate("FindingsForm", u"&L\u00fd do ch\u1ea5p nh\u1eadn:", None))
#if QT_CONFIG(tooltip)
        self.accept_reason.setToolTip(QCoreApplication.translate("FindingsForm", u"Khi d\u1eef li\u1ec7u l\u00e0 \u0111\u00fang (m\u1ed9t ngo\u1ea1i l\u1ec7 \u0111\u00e3 bi\u1ebft), ghi l\u00fd do r\u1ed3i b\u1ea5m Ch\u1ea5p nh\u1eadn: ph\u00e1t hi\u1ec7n kh\u00f4ng c\u00f2n \u0111\u01b0\u1ee3c t\u00ednh l\u00e0 ch\u01b0a x\u1eed l\u00fd cho \u0111\u1ebfn khi h\u1ed3 s\u01a1 thay \u0111\u1ed5i. L\u00fd do \u0111\u01b0\u1ee3c ghi v\u00e0o nh\u1eadt k\u00fd.", None))
#endif // QT_CONFIG(tooltip)
        self.accept_reason.setPlaceholderText(QCoreApplication.translate("FindingsForm", u"V\u00ed d\u1ee5: t\u00ean \u0111\u0103ng k\u00fd \u0111\u00fang nh\u01b0 tr\u00ean gi\u1ea5y ch\u1ee9ng nh\u1eadn", None))
#if QT_CONFIG(tooltip)
        self.accept.setToolTip(QCoreApplication.translate("FindingsForm", u"Ch\u1ea5p nh\u1eadn ph\u00e1t hi\u1ec7n \u0111ang ch\u1ecdn v\u1edbi l\u00fd do \u0111\u00e3 ghi", None))
#endif // QT_CONFIG(tooltip)
        self.accept.setText(QCoreApplication.translate("FindingsForm", u"C&h\u1ea5p nh\u1eadn", None))
#if QT_CONFIG(tooltip)
        self.withdraw.setToolTip(QCoreApplication.translate("FindingsForm", u"B\u1ecf ch\u1ea5p nh\u1eadn: ph\u00e1t hi\u1ec7n l\u1ea1i \u0111\u01b0\u1ee3c t\u00ednh l\u00e0 ch\u01b0a x\u1eed l\u00fd", None))
#endif // QT_CONFIG(tooltip)
        self.withdraw.setText(QCoreApplication.translate("FindingsForm", u"&B\u1ecf ch\u1ea5p nh\u1eadn", None))
    # retranslateUi

