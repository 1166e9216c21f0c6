# Generated from forms/records_dialog.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_RecordsDialogForm(object):
    def setupUi(self, RecordsDialogForm):
        if not RecordsDialogForm.objectName():
            RecordsDialogForm.setObjectName(u"RecordsDialogForm")
        RecordsDialogForm.resize(980, 600)
        self.records_layout = QVBoxLayout(RecordsDialogForm)
        self.records_layout.setObjectName(u"records_layout")
        self.heading = QLabel(RecordsDialogForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.records_layout.addWidget(self.heading)

        self.summary = QLabel(RecordsDialogForm)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.records_layout.addWidget(self.summary)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_label = QLabel(RecordsDialogForm)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.filter = QLineEdit(RecordsDialogForm)
        self.filter.setObjectName(u"filter")
        self.filter.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter)

        self.shown_count = QLabel(RecordsDialogForm)
        self.shown_count.setObjectName(u"shown_count")

        self.filter_layout.addWidget(self.shown_count)


        self.records_layout.addLayout(self.filter_layout)

        self.records = QTableView(RecordsDialogForm)
        self.records.setObjectName(u"records")
        self.records.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records.setAlternatingRowColors(True)
        self.records.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records.horizontalHeader().setStretchLastSection(True)
        self.records.verticalHeader().setVisible(False)

        self.records_layout.addWidget(self.records)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.open_hint = QLabel(RecordsDialogForm)
        self.open_hint.setObjectName(u"open_hint")
        self.open_hint.setWordWrap(True)

        self.bottom_layout.addWidget(self.open_hint)

        self.buttons = QDialogButtonBox(RecordsDialogForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)

        self.bottom_layout.addWidget(self.buttons)


        self.records_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter, self.records)

        self.retranslateUi(RecordsDialogForm)

        QMetaObject.connectSlotsByName(RecordsDialogForm)
    # setupUi

    def retranslateUi(self, RecordsDialogForm):
        RecordsDialogForm.setWindowTitle(QCoreApplication.translate("RecordsDialogForm", u"Danh s\u00e1ch h\u1ed3 s\u01a1", None))
        self.filter_label.setText(QCoreApplication.translate("RecordsDialogForm", u"&T\u00ecm:", None))
        self.filter.setPlaceholderText(QCoreApplication.translate("RecordsDialogForm", u"G\u00f5 t\u00ean, x\u00e3, t\u1ed5 ch\u1ee9c\u2026 (kh\u00f4ng c\u1ea7n d\u1ea5u)", None))
    # retranslateUi

