# Generated from forms/returns_page.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'returns_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReturnsForm(object):
    def setupUi(self, ReturnsForm):
        if not ReturnsForm.objectName():
            ReturnsForm.setObjectName(u"ReturnsForm")
        ReturnsForm.resize(1000, 640)
        self.main_layout = QVBoxLayout(ReturnsForm)
        self.main_layout.setObjectName(u"main_layout")
        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.period_label = QLabel(ReturnsForm)
        self.period_label.setObjectName(u"period_label")

        self.period_layout.addWidget(self.period_label)

        self.period_kind = QComboBox(ReturnsForm)
        self.period_kind.setObjectName(u"period_kind")

        self.period_layout.addWidget(self.period_kind)

        self.year_label = QLabel(ReturnsForm)
        self.year_label.setObjectName(u"year_label")

        self.period_layout.addWidget(self.year_label)

        self.year = QSpinBox(ReturnsForm)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)
        self.year.setValue(2025)

        self.period_layout.addWidget(self.year)

        self.refresh = QPushButton(ReturnsForm)
        self.refresh.setObjectName(u"refresh")

        self.period_layout.addWidget(self.refresh)

        self.period_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_spacer)

        self.status = QLabel(ReturnsForm)
        self.status.setObjectName(u"status")

        self.period_layout.addWidget(self.status)

        self.progress = QProgressBar(ReturnsForm)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(160, 16777215))
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.period_layout.addWidget(self.progress)


        self.main_layout.addLayout(self.period_layout)

        self.changes_label = QLabel(ReturnsForm)
        self.changes_label.setObjectName(u"changes_label")
        self.changes_label.setWordWrap(True)

        self.main_layout.addWidget(self.changes_label)

        self.tabs = QTabWidget(ReturnsForm)
        self.tabs.setObjectName(u"tabs")
        self.numbers_tab = QWidget()
        self.numbers_tab.setObjectName(u"numbers_tab")
        self.numbers_layout = QHBoxLayout(self.numbers_tab)
        self.numbers_layout.setObjectName(u"numbers_layout")
        self.section_list = QListWidget(self.numbers_tab)
        self.section_list.setObjectName(u"section_list")
        self.section_list.setMaximumSize(QSize(250, 16777215))

        self.numbers_layout.addWidget(self.section_list)

        self.section_panel = QWidget(self.numbers_tab)
        self.section_panel.setObjectName(u"section_panel")
        self.section_layout = QVBoxLayout(self.section_panel)
        self.section_layout.setObjectName(u"section_layout")
        self.section_layout.setContentsMargins(0, 0, 0, 0)

        self.numbers_layout.addWidget(self.section_panel)

        self.tabs.addTab(self.numbers_tab, "")
        self.text_tab = QWidget()
        self.text_tab.setObjectName(u"text_tab")
        self.text_layout = QVBoxLayout(self.text_tab)
        self.text_layout.setObjectName(u"text_layout")
        self.free_text_hint = QLabel(self.text_tab)
        self.free_text_hint.setObjectName(u"free_text_hint")
        self.free_text_hint.setWordWrap(True)

        self.text_layout.addWidget(self.free_text_hint)

        self.free_text = QPlainTextEdit(self.text_tab)
        self.free_text.setObjectName(u"free_text")

        self.text_layout.addWidget(self.free_text)

        self.signature_layout = QGridLayout()
        self.signature_layout.setObjectName(u"signature_layout")
        self.doc_number_label = QLabel(self.text_tab)
        self.doc_number_label.setObjectName(u"doc_number_label")

        self.signature_layout.addWidget(self.doc_number_label, 0, 0, 1, 1)

        self.doc_number = QLineEdit(self.text_tab)
        self.doc_number.setObjectName(u"doc_number")
        self.doc_number.setMaxLength(6)

        self.signature_layout.addWidget(self.doc_number, 0, 1, 1, 1)

        self.signer_authority_label = QLabel(self.text_tab)
        self.signer_authority_label.setObjectName(u"signer_authority_label")

        self.signature_layout.addWidget(self.signer_authority_label, 1, 0, 1, 1)

        self.signer_authority = QLineEdit(self.text_tab)
        self.signer_authority.setObjectName(u"signer_authority")

        self.signature_layout.addWidget(self.signer_authority, 1, 1, 1, 1)

        self.signer_title_label = QLabel(self.text_tab)
        self.signer_title_label.setObjectName(u"signer_title_label")

        self.signature_layout.addWidget(self.signer_title_label, 2, 0, 1, 1)

        self.signer_title = QLineEdit(self.text_tab)
        self.signer_title.setObjectName(u"signer_title")

        self.signature_layout.addWidget(self.signer_title, 2, 1, 1, 1)

        self.signer_name_label = QLabel(self.text_tab)
        self.signer_name_label.setObjectName(u"signer_name_label")

        self.signature_layout.addWidget(self.signer_name_label, 3, 0, 1, 1)

        self.signer_name = QLineEdit(self.text_tab)
        self.signer_name.setObjectName(u"signer_name")

        self.signature_layout.addWidget(self.signer_name, 3, 1, 1, 1)


        self.text_layout.addLayout(self.signature_layout)

        self.draft_layout = QHBoxLayout()
        self.draft_layout.setObjectName(u"draft_layout")
        self.draft_status = QLabel(self.text_tab)
        self.draft_status.setObjectName(u"draft_status")

        self.draft_layout.addWidget(self.draft_status)

        self.draft_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draft_layout.addItem(self.draft_spacer)

        self.save_draft = QPushButton(self.text_tab)
        self.save_draft.setObjectName(u"save_draft")

        self.draft_layout.addWidget(self.save_draft)


        self.text_layout.addLayout(self.draft_layout)

        self.tabs.addTab(self.text_tab, "")
        self.changes_tab = QWidget()
        self.changes_tab.setObjectName(u"changes_tab")
        self.changes_layout = QVBoxLayout(self.changes_tab)
        self.changes_layout.setObjectName(u"changes_layout")
        self.changes_table = QTableWidget(self.changes_tab)
        if (self.changes_table.columnCount() < 3):
            self.changes_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.changes_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.changes_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.changes_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.changes_table.setObjectName(u"changes_table")
        self.changes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_table.setColumnCount(3)

        self.changes_layout.addWidget(self.changes_table)

        self.tabs.addTab(self.changes_tab, "")
        self.submitted_tab = QWidget()
        self.submitted_tab.setObjectName(u"submitted_tab")
        self.submitted_layout = QVBoxLayout(self.submitted_tab)
        self.submitted_layout.setObjectName(u"submitted_layout")
        self.submitted_table = QTableWidget(self.submitted_tab)
        if (self.submitted_table.columnCount() < 5):
            self.submitted_table.setColumnCount(5)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.submitted_table.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.submitted_table.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.submitted_table.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.submitted_table.setHorizontalHeaderItem(3, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.submitted_table.setHorizontalHeaderItem(4, __qtablewidgetitem7)
        self.submitted_table.setObjectName(u"submitted_table")
        self.submitted_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.submitted_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.submitted_table.setColumnCount(5)

        self.submitted_layout.addWidget(self.submitted_table)

        self.tabs.addTab(self.submitted_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.export_xlsx = QPushButton(ReturnsForm)
        self.export_xlsx.setObjectName(u"export_xlsx")

        self.buttons_layout.addWidget(self.export_xlsx)

        self.export_pdf = QPushButton(ReturnsForm)
        self.export_pdf.setObjectName(u"export_pdf")

        self.buttons_layout.addWidget(self.export_pdf)

        self.preview = QPushButton(ReturnsForm)
        self.preview.setObjectName(u"preview")

        self.buttons_layout.addWidget(self.preview)

        self.submit = QPushButton(ReturnsForm)
        self.submit.setObjectName(u"submit")

        self.buttons_layout.addWidget(self.submit)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_kind)
        self.year_label.setBuddy(self.year)
        self.doc_number_label.setBuddy(self.doc_number)
        self.signer_authority_label.setBuddy(self.signer_authority)
        self.signer_title_label.setBuddy(self.signer_title)
        self.signer_name_label.setBuddy(self.signer_name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReturnsForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReturnsForm)
    # setupUi

    def retranslateUi(self, ReturnsForm):
        ReturnsForm.setWindowTitle(QCoreApplication.translate("ReturnsForm", u"B\u00e1o c\u00e1o \u0111\u1ecbnh k\u1ef3", None))
        self.period_label.setText(QCoreApplication.translate("ReturnsForm", u"&K\u1ef3 b\u00e1o c\u00e1o:", None))
#if QT_CONFIG(tooltip)
        self.period_kind.setToolTip(QCoreApplication.translate("ReturnsForm", u"Qu\u00fd, 6 th\u00e1ng, 9 th\u00e1ng ho\u1eb7c c\u1ea3 n\u0103m", None))
#endif // QT_CONFIG(tooltip)
        self.year_label.setText(QCoreApplication.translate("ReturnsForm", u"&n\u0103m", None))
        self.refresh.setText(QCoreApplication.translate("ReturnsForm", u"&T\u00ednh l\u1ea1i", None))
#if QT_CONFIG(tooltip)
        self.refresh.setToolTip(QCoreApplication.translate("ReturnsForm", u"T\u00ednh l\u1ea1i s\u1ed1 li\u1ec7u c\u1ee7a k\u1ef3 t\u1eeb s\u1ed5 \u0111\u0103ng k\u00fd", None))
#endif // QT_CONFIG(tooltip)
        self.status.setText("")
        self.changes_label.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.numbers_tab), QCoreApplication.translate("ReturnsForm", u"S\u1ed1 li\u1ec7u", None))
        self.free_text_hint.setText(QCoreApplication.translate("ReturnsForm", u"Ph\u1ea7n \u0111\u00e1nh gi\u00e1, s\u1ed1 v\u0103n b\u1ea3n v\u00e0 ng\u01b0\u1eddi k\u00fd \u0111\u01b0\u1ee3c in v\u00e0o c\u1ea3 t\u1ec7p Excel v\u00e0 t\u1ec7p PDF c\u1ee7a b\u00e1o c\u00e1o. B\u1ea3n nh\u00e1p \u0111\u01b0\u1ee3c l\u01b0u ri\u00eang cho t\u1eebng k\u1ef3.", None))
        self.free_text.setPlaceholderText(QCoreApplication.translate("ReturnsForm", u"\u0110\u00e1nh gi\u00e1 chung v\u1ec1 t\u00ecnh h\u00ecnh kinh t\u1ebf t\u1eadp th\u1ec3 trong k\u1ef3; kh\u00f3 kh\u0103n, v\u01b0\u1edbng m\u1eafc; ki\u1ebfn ngh\u1ecb, \u0111\u1ec1 xu\u1ea5t\u2026", None))
        self.doc_number_label.setText(QCoreApplication.translate("ReturnsForm", u"&S\u1ed1 v\u0103n b\u1ea3n:", None))
#if QT_CONFIG(tooltip)
        self.doc_number.setToolTip(QCoreApplication.translate("ReturnsForm", u"Ph\u1ea7n s\u1ed1 c\u1ee7a \u201cS\u1ed1: \u2026/BC-\u2026\u201d (k\u00fd hi\u1ec7u l\u1ea5y t\u1eeb th\u00f4ng tin c\u01a1 quan). \u0110\u1ec3 tr\u1ed1ng khi v\u0103n th\u01b0 ghi s\u1ed1 l\u00fac \u0111\u0103ng k\u00fd v\u0103n b\u1ea3n.", None))
#endif // QT_CONFIG(tooltip)
        self.doc_number.setPlaceholderText(QCoreApplication.translate("ReturnsForm", u"\u0110\u1ec3 tr\u1ed1ng: v\u0103n th\u01b0 ghi s\u1ed1", None))
        self.signer_authority_label.setText(QCoreApplication.translate("ReturnsForm", u"Th\u1ea9m &quy\u1ec1n k\u00fd:", None))
#if QT_CONFIG(tooltip)
        self.signer_authority.setToolTip(QCoreApplication.translate("ReturnsForm", u"V\u00ed d\u1ee5: KT. TR\u01af\u1edeNG PH\u00d2NG, TL. GI\u00c1M \u0110\u1ed0C; \u0111\u1ec3 tr\u1ed1ng: theo th\u00f4ng tin c\u01a1 quan.", None))
#endif // QT_CONFIG(tooltip)
        self.signer_authority.setPlaceholderText(QCoreApplication.translate("ReturnsForm", u"V\u00ed d\u1ee5: KT. TR\u01af\u1edeNG PH\u00d2NG", None))
        self.signer_title_label.setText(QCoreApplication.translate("ReturnsForm", u"&Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi k\u00fd:", None))
#if QT_CONFIG(tooltip)
        self.signer_title.setToolTip(QCoreApplication.translate("ReturnsForm", u"Ch\u1ee9c v\u1ee5 in tr\u00ean ch\u1eef k\u00fd; \u0111\u1ec3 tr\u1ed1ng: theo th\u00f4ng tin c\u01a1 quan.", None))
#endif // QT_CONFIG(tooltip)
        self.signer_title.setPlaceholderText(QCoreApplication.translate("ReturnsForm", u"V\u00ed d\u1ee5: PH\u00d3 TR\u01af\u1edeNG PH\u00d2NG", None))
        self.signer_name_label.setText(QCoreApplication.translate("ReturnsForm", u"&H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd:", None))
#if QT_CONFIG(tooltip)
        self.signer_name.setToolTip(QCoreApplication.translate("ReturnsForm", u"H\u1ecd v\u00e0 t\u00ean in d\u01b0\u1edbi ch\u1eef k\u00fd; \u0111\u1ec3 tr\u1ed1ng: theo th\u00f4ng tin c\u01a1 quan.", None))
#endif // QT_CONFIG(tooltip)
        self.signer_name.setPlaceholderText(QCoreApplication.translate("ReturnsForm", u"V\u00ed d\u1ee5: Ho\u00e0ng V\u0103n Th\u1eafng", None))
        self.draft_status.setText("")
        self.save_draft.setText(QCoreApplication.translate("ReturnsForm", u"&L\u01b0u b\u1ea3n nh\u00e1p", None))
        self.tabs.setTabText(self.tabs.indexOf(self.text_tab), QCoreApplication.translate("ReturnsForm", u"\u0110\u00e1nh gi\u00e1, s\u1ed1 v\u0103n b\u1ea3n, ng\u01b0\u1eddi k\u00fd", None))
        ___qtablewidgetitem = self.changes_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ReturnsForm", u"Ch\u1ec9 ti\u00eau", None))
        ___qtablewidgetitem1 = self.changes_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ReturnsForm", u"L\u1ea7n g\u1eedi tr\u01b0\u1edbc", None))
        ___qtablewidgetitem2 = self.changes_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ReturnsForm", u"Hi\u1ec7n nay", None))
        self.tabs.setTabText(self.tabs.indexOf(self.changes_tab), QCoreApplication.translate("ReturnsForm", u"Thay \u0111\u1ed5i so v\u1edbi l\u1ea7n g\u1eedi tr\u01b0\u1edbc", None))
        ___qtablewidgetitem3 = self.submitted_table.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ReturnsForm", u"K\u1ef3 b\u00e1o c\u00e1o", None))
        ___qtablewidgetitem4 = self.submitted_table.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ReturnsForm", u"Phi\u00ean b\u1ea3n", None))
        ___qtablewidgetitem5 = self.submitted_table.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ReturnsForm", u"Ng\u00e0y g\u1eedi", None))
        ___qtablewidgetitem6 = self.submitted_table.horizontalHeaderItem(3)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ReturnsForm", u"M\u00e3 ki\u1ec3m tra t\u1ec7p Excel", None))
        ___qtablewidgetitem7 = self.submitted_table.horizontalHeaderItem(4)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ReturnsForm", u"M\u00e3 ki\u1ec3m tra t\u1ec7p PDF", None))
        self.tabs.setTabText(self.tabs.indexOf(self.submitted_tab), QCoreApplication.translate("ReturnsForm", u"B\u00e1o c\u00e1o \u0111\u00e3 g\u1eedi", None))
        self.export_xlsx.setText(QCoreApplication.translate("ReturnsForm", u"Xu\u1ea5t &Excel\u2026", None))
        self.export_pdf.setText(QCoreApplication.translate("ReturnsForm", u"Xu\u1ea5t &PDF\u2026", None))
        self.preview.setText(QCoreApplication.translate("ReturnsForm", u"&Xem tr\u01b0\u1edbc / In\u2026", None))
        self.submit.setText(QCoreApplication.translate("ReturnsForm", u"&G\u1eedi b\u00e1o c\u00e1o\u2026", None))
#if QT_CONFIG(tooltip)
        self.submit.setToolTip(QCoreApplication.translate("ReturnsForm", u"Ghi t\u1ec7p Excel v\u00e0 PDF r\u1ed3i l\u01b0u l\u1ea1i b\u00e1o c\u00e1o \u0111\u00fang nh\u01b0 khi g\u1eedi; b\u1ea3n \u0111\u00e3 g\u1eedi kh\u00f4ng th\u1ec3 s\u1eeda", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

