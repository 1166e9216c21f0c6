# Generated from forms/consolidation.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consolidation.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ConsolidationForm(object):
    def setupUi(self, ConsolidationForm):
        if not ConsolidationForm.objectName():
            ConsolidationForm.setObjectName(u"ConsolidationForm")
        ConsolidationForm.resize(900, 480)
        self.main_layout = QVBoxLayout(ConsolidationForm)
        self.main_layout.setObjectName(u"main_layout")
        self.hint = QLabel(ConsolidationForm)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.main_layout.addWidget(self.hint)

        self.files_buttons = QHBoxLayout()
        self.files_buttons.setObjectName(u"files_buttons")
        self.add_files = QPushButton(ConsolidationForm)
        self.add_files.setObjectName(u"add_files")

        self.files_buttons.addWidget(self.add_files)

        self.remove_files = QPushButton(ConsolidationForm)
        self.remove_files.setObjectName(u"remove_files")

        self.files_buttons.addWidget(self.remove_files)

        self.clear_files = QPushButton(ConsolidationForm)
        self.clear_files.setObjectName(u"clear_files")

        self.files_buttons.addWidget(self.clear_files)

        self.files_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.files_buttons.addItem(self.files_spacer)

        self.status = QLabel(ConsolidationForm)
        self.status.setObjectName(u"status")

        self.files_buttons.addWidget(self.status)

        self.progress = QProgressBar(ConsolidationForm)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(160, 16777215))
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.files_buttons.addWidget(self.progress)


        self.main_layout.addLayout(self.files_buttons)

        self.files_table = QTableWidget(ConsolidationForm)
        if (self.files_table.columnCount() < 7):
            self.files_table.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.files_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.files_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.files_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.files_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.files_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.files_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.files_table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.files_table.setObjectName(u"files_table")
        self.files_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files_table.setWordWrap(True)
        self.files_table.setColumnCount(7)

        self.main_layout.addWidget(self.files_table)

        self.consolidate_layout = QHBoxLayout()
        self.consolidate_layout.setObjectName(u"consolidate_layout")
        self.summary = QLabel(ConsolidationForm)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.consolidate_layout.addWidget(self.summary)

        self.with_pdf = QCheckBox(ConsolidationForm)
        self.with_pdf.setObjectName(u"with_pdf")
        self.with_pdf.setChecked(True)

        self.consolidate_layout.addWidget(self.with_pdf)

        self.consolidate = QPushButton(ConsolidationForm)
        self.consolidate.setObjectName(u"consolidate")

        self.consolidate_layout.addWidget(self.consolidate)

        self.consolidate_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.consolidate_layout)

        QWidget.setTabOrder(self.add_files, self.remove_files)
        QWidget.setTabOrder(self.remove_files, self.clear_files)
        QWidget.setTabOrder(self.clear_files, self.files_table)
        QWidget.setTabOrder(self.files_table, self.with_pdf)
        QWidget.setTabOrder(self.with_pdf, self.consolidate)

        self.retranslateUi(ConsolidationForm)

        QMetaObject.connectSlotsByName(ConsolidationForm)
    # setupUi

    def retranslateUi(self, ConsolidationForm):
        ConsolidationForm.setWindowTitle(QCoreApplication.translate("ConsolidationForm", u"T\u1ed5ng h\u1ee3p b\u00e1o c\u00e1o c\u00e1c \u0111\u01a1n v\u1ecb", None))
        self.hint.setText(QCoreApplication.translate("ConsolidationForm", u"Ch\u1ecdn c\u00e1c t\u1ec7p Excel b\u00e1o c\u00e1o do c\u00e1c \u0111\u01a1n v\u1ecb g\u1eedi l\u00ean, c\u00f9ng k\u1ef3 b\u00e1o c\u00e1o \u0111ang ch\u1ecdn \u1edf tr\u00ean. S\u1ed1 li\u1ec7u \u0111\u01b0\u1ee3c \u0111\u1ecdc t\u1eeb trang d\u1eef li\u1ec7u c\u1ee7a m\u1ed7i t\u1ec7p, \u0111\u1ed1i chi\u1ebfu m\u00e3 ki\u1ec3m tra v\u00e0 ch\u1eef k\u00fd s\u1ed1 c\u1ee7a \u0111\u01a1n v\u1ecb v\u1edbi c\u00e1c kh\u00f3a \u0111\u00e3 \u0111\u0103ng k\u00fd (m\u00e0n h\u00ecnh Ch\u1eef k\u00fd s\u1ed1); t\u1ec7p \u0111\u00e3 b\u1ecb s\u1eeda, ch\u01b0a x\u00e1c th\u1ef1c, kh\u00e1c k\u1ef3 ho\u1eb7c tr\u00f9ng \u0111\u1ecba b\u00e0n v\u1edbi t\u1ec7p kh\u00e1c b\u1ecb t\u1eeb ch\u1ed1i.", None))
        self.add_files.setText(QCoreApplication.translate("ConsolidationForm", u"Th\u00ea&m t\u1ec7p\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_files.setToolTip(QCoreApplication.translate("ConsolidationForm", u"Ch\u1ecdn m\u1ed9t ho\u1eb7c nhi\u1ec1u t\u1ec7p b\u00e1o c\u00e1o Excel (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.remove_files.setText(QCoreApplication.translate("ConsolidationForm", u"&B\u1ecf t\u1ec7p \u0111\u00e3 ch\u1ecdn", None))
        self.clear_files.setText(QCoreApplication.translate("ConsolidationForm", u"X\u00f3a &danh s\u00e1ch", None))
        self.status.setText("")
        ___qtablewidgetitem = self.files_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConsolidationForm", u"T\u1ec7p", None))
        ___qtablewidgetitem1 = self.files_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConsolidationForm", u"\u0110\u01a1n v\u1ecb", None))
        ___qtablewidgetitem2 = self.files_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConsolidationForm", u"S\u1ed1 x\u00e3, ph\u01b0\u1eddng", None))
        ___qtablewidgetitem3 = self.files_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ConsolidationForm", u"K\u1ef3 b\u00e1o c\u00e1o", None))
        ___qtablewidgetitem4 = self.files_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ConsolidationForm", u"Ch\u1eef k\u00fd s\u1ed1", None))
        ___qtablewidgetitem5 = self.files_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ConsolidationForm", u"T\u00ecnh tr\u1ea1ng", None))
        ___qtablewidgetitem6 = self.files_table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ConsolidationForm", u"Ch\u1ea5p nh\u1eadn", None))
#if QT_CONFIG(tooltip)
        ___qtablewidgetitem6.setToolTip(QCoreApplication.translate("ConsolidationForm", u"\u0110\u00e1nh d\u1ea5u \u0111\u1ec3 v\u1eabn t\u1ed5ng h\u1ee3p m\u1ed9t t\u1ec7p kh\u00f4ng x\u00e1c th\u1ef1c \u0111\u01b0\u1ee3c ch\u1eef k\u00fd s\u1ed1; vi\u1ec7c ch\u1ea5p nh\u1eadn \u0111\u01b0\u1ee3c ghi v\u00e0o b\u00e1o c\u00e1o t\u1ed5ng h\u1ee3p", None))
#endif // QT_CONFIG(tooltip)
        self.summary.setText(QCoreApplication.translate("ConsolidationForm", u"Ch\u01b0a c\u00f3 t\u1ec7p n\u00e0o.", None))
        self.with_pdf.setText(QCoreApplication.translate("ConsolidationForm", u"Ghi c\u1ea3 t\u1ec7p PD&F", None))
        self.consolidate.setText(QCoreApplication.translate("ConsolidationForm", u"T\u1ed5ng &h\u1ee3p\u2026", None))
#if QT_CONFIG(tooltip)
        self.consolidate.setToolTip(QCoreApplication.translate("ConsolidationForm", u"Ghi b\u00e1o c\u00e1o t\u1ed5ng h\u1ee3p c\u1ee7a c\u00e1c t\u1ec7p h\u1ee3p l\u1ec7 ra Excel (v\u00e0 PDF)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

