# Generated from forms/targets_page.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'targets_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_TargetsPageForm(object):
    def setupUi(self, TargetsPageForm):
        if not TargetsPageForm.objectName():
            TargetsPageForm.setObjectName(u"TargetsPageForm")
        TargetsPageForm.resize(1100, 700)
        self.page_layout = QVBoxLayout(TargetsPageForm)
        self.page_layout.setObjectName(u"page_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.year_label = QLabel(TargetsPageForm)
        self.year_label.setObjectName(u"year_label")

        self.top_layout.addWidget(self.year_label)

        self.year = QSpinBox(TargetsPageForm)
        self.year.setObjectName(u"year")
        self.year.setKeyboardTracking(False)
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.top_layout.addWidget(self.year)

        self.years_with_targets = QLabel(TargetsPageForm)
        self.years_with_targets.setObjectName(u"years_with_targets")
        self.years_with_targets.setTextFormat(Qt.TextFormat.RichText)

        self.top_layout.addWidget(self.years_with_targets)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_layout.addItem(self.top_spacer)


        self.page_layout.addLayout(self.top_layout)

        self.tabs = QTabWidget(TargetsPageForm)
        self.tabs.setObjectName(u"tabs")
        self.plan_tab = QWidget()
        self.plan_tab.setObjectName(u"plan_tab")
        self.plan_layout = QVBoxLayout(self.plan_tab)
        self.plan_layout.setObjectName(u"plan_layout")
        self.plan_buttons = QHBoxLayout()
        self.plan_buttons.setObjectName(u"plan_buttons")
        self.add = QPushButton(self.plan_tab)
        self.add.setObjectName(u"add")

        self.plan_buttons.addWidget(self.add)

        self.edit = QPushButton(self.plan_tab)
        self.edit.setObjectName(u"edit")

        self.plan_buttons.addWidget(self.edit)

        self.delete = QPushButton(self.plan_tab)
        self.delete.setObjectName(u"delete")

        self.plan_buttons.addWidget(self.delete)

        self.copy_previous = QPushButton(self.plan_tab)
        self.copy_previous.setObjectName(u"copy_previous")

        self.plan_buttons.addWidget(self.copy_previous)

        self.plan_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.plan_buttons.addItem(self.plan_buttons_spacer)


        self.plan_layout.addLayout(self.plan_buttons)

        self.targets = QTableView(self.plan_tab)
        self.targets.setObjectName(u"targets")
        self.targets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.targets.setAlternatingRowColors(True)
        self.targets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targets.setWordWrap(False)
        self.targets.horizontalHeader().setStretchLastSection(True)
        self.targets.verticalHeader().setVisible(False)

        self.plan_layout.addWidget(self.targets)

        self.plan_hint = QLabel(self.plan_tab)
        self.plan_hint.setObjectName(u"plan_hint")
        self.plan_hint.setWordWrap(True)

        self.plan_layout.addWidget(self.plan_hint)

        self.tabs.addTab(self.plan_tab, "")
        self.manual_tab = QWidget()
        self.manual_tab.setObjectName(u"manual_tab")
        self.manual_layout = QVBoxLayout(self.manual_tab)
        self.manual_layout.setObjectName(u"manual_layout")
        self.manual_intro = QLabel(self.manual_tab)
        self.manual_intro.setObjectName(u"manual_intro")
        self.manual_intro.setWordWrap(True)

        self.manual_layout.addWidget(self.manual_intro)

        self.manual_columns = QHBoxLayout()
        self.manual_columns.setObjectName(u"manual_columns")
        self.manual_list_layout = QVBoxLayout()
        self.manual_list_layout.setObjectName(u"manual_list_layout")
        self.manual_buttons = QHBoxLayout()
        self.manual_buttons.setObjectName(u"manual_buttons")
        self.add_manual = QPushButton(self.manual_tab)
        self.add_manual.setObjectName(u"add_manual")

        self.manual_buttons.addWidget(self.add_manual)

        self.edit_manual = QPushButton(self.manual_tab)
        self.edit_manual.setObjectName(u"edit_manual")

        self.manual_buttons.addWidget(self.edit_manual)

        self.delete_manual = QPushButton(self.manual_tab)
        self.delete_manual.setObjectName(u"delete_manual")

        self.manual_buttons.addWidget(self.delete_manual)

        self.manual_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.manual_buttons.addItem(self.manual_buttons_spacer)


        self.manual_list_layout.addLayout(self.manual_buttons)

        self.manual_list = QTableView(self.manual_tab)
        self.manual_list.setObjectName(u"manual_list")
        self.manual_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.manual_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.manual_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.manual_list.horizontalHeader().setStretchLastSection(True)
        self.manual_list.verticalHeader().setVisible(False)

        self.manual_list_layout.addWidget(self.manual_list)


        self.manual_columns.addLayout(self.manual_list_layout)

        self.manual_values_layout = QVBoxLayout()
        self.manual_values_layout.setObjectName(u"manual_values_layout")
        self.values_buttons = QHBoxLayout()
        self.values_buttons.setObjectName(u"values_buttons")
        self.values_heading = QLabel(self.manual_tab)
        self.values_heading.setObjectName(u"values_heading")
        self.values_heading.setWordWrap(True)

        self.values_buttons.addWidget(self.values_heading)

        self.enter_value = QPushButton(self.manual_tab)
        self.enter_value.setObjectName(u"enter_value")

        self.values_buttons.addWidget(self.enter_value)

        self.values_buttons.setStretch(0, 1)

        self.manual_values_layout.addLayout(self.values_buttons)

        self.manual_values = QTableView(self.manual_tab)
        self.manual_values.setObjectName(u"manual_values")
        self.manual_values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.manual_values.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.manual_values.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.manual_values.horizontalHeader().setStretchLastSection(True)
        self.manual_values.verticalHeader().setVisible(False)

        self.manual_values_layout.addWidget(self.manual_values)


        self.manual_columns.addLayout(self.manual_values_layout)

        self.manual_columns.setStretch(0, 1)
        self.manual_columns.setStretch(1, 1)

        self.manual_layout.addLayout(self.manual_columns)

        self.tabs.addTab(self.manual_tab, "")

        self.page_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year, self.tabs)
        QWidget.setTabOrder(self.tabs, self.add)
        QWidget.setTabOrder(self.add, self.edit)
        QWidget.setTabOrder(self.edit, self.delete)
        QWidget.setTabOrder(self.delete, self.copy_previous)
        QWidget.setTabOrder(self.copy_previous, self.targets)

        self.retranslateUi(TargetsPageForm)

        QMetaObject.connectSlotsByName(TargetsPageForm)
    # setupUi

    def retranslateUi(self, TargetsPageForm):
        TargetsPageForm.setWindowTitle(QCoreApplication.translate("TargetsPageForm", u"Ch\u1ec9 ti\u00eau", None))
        self.year_label.setText(QCoreApplication.translate("TargetsPageForm", u"&N\u0103m k\u1ebf ho\u1ea1ch:", None))
#if QT_CONFIG(tooltip)
        self.year.setToolTip(QCoreApplication.translate("TargetsPageForm", u"N\u0103m c\u1ee7a c\u00e1c ch\u1ec9 ti\u00eau: n\u0103m k\u1ebf ho\u1ea1ch, ho\u1eb7c n\u0103m m\u1ed1c nh\u01b0 2030.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.add.setToolTip(QCoreApplication.translate("TargetsPageForm", u"Th\u00eam m\u1ed9t ch\u1ec9 ti\u00eau cho n\u0103m \u0111ang ch\u1ecdn (Ctrl+N).", None))
#endif // QT_CONFIG(tooltip)
        self.add.setText(QCoreApplication.translate("TargetsPageForm", u"&Th\u00eam ch\u1ec9 ti\u00eau\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit.setToolTip(QCoreApplication.translate("TargetsPageForm", u"S\u1eeda ch\u1ec9 ti\u00eau \u0111ang ch\u1ecdn (Enter ho\u1eb7c nh\u1ea5p \u0111\u00fap).", None))
#endif // QT_CONFIG(tooltip)
        self.edit.setText(QCoreApplication.translate("TargetsPageForm", u"&S\u1eeda\u2026", None))
#if QT_CONFIG(tooltip)
        self.delete.setToolTip(QCoreApplication.translate("TargetsPageForm", u"X\u00f3a ch\u1ec9 ti\u00eau \u0111ang ch\u1ecdn (Delete).", None))
#endif // QT_CONFIG(tooltip)
        self.delete.setText(QCoreApplication.translate("TargetsPageForm", u"&X\u00f3a", None))
#if QT_CONFIG(tooltip)
        self.copy_previous.setToolTip(QCoreApplication.translate("TargetsPageForm", u"Ch\u00e9p c\u00e1c ch\u1ec9 ti\u00eau c\u1ee7a n\u0103m tr\u01b0\u1edbc m\u00e0 n\u0103m n\u00e0y ch\u01b0a c\u00f3; ch\u1ec9 ti\u00eau \u0111\u00e3 c\u00f3 \u0111\u01b0\u1ee3c gi\u1eef nguy\u00ean.", None))
#endif // QT_CONFIG(tooltip)
        self.copy_previous.setText(QCoreApplication.translate("TargetsPageForm", u"Sao &ch\u00e9p ch\u1ec9 ti\u00eau n\u0103m tr\u01b0\u1edbc", None))
        self.tabs.setTabText(self.tabs.indexOf(self.plan_tab), QCoreApplication.translate("TargetsPageForm", u"Ch\u1ec9 ti\u00eau &k\u1ebf ho\u1ea1ch", None))
        self.manual_intro.setText(QCoreApplication.translate("TargetsPageForm", u"Nh\u1eefng ch\u1ec9 ti\u00eau c\u1ee7a k\u1ebf ho\u1ea1ch m\u00e0 s\u1ed5 \u0111\u0103ng k\u00fd kh\u00f4ng t\u00ednh \u0111\u01b0\u1ee3c (v\u00ed d\u1ee5 t\u1ef7 tr\u1ecdng \u0111\u00f3ng g\u00f3p c\u1ee7a khu v\u1ef1c kinh t\u1ebf t\u1eadp th\u1ec3 v\u00e0o GRDP): \u0111\u1eb7t t\u00ean, \u0111\u01a1n v\u1ecb, r\u1ed3i nh\u1eadp gi\u00e1 tr\u1ecb c\u1ee7a t\u1eebng k\u1ef3 k\u00e8m ngu\u1ed3n s\u1ed1 li\u1ec7u. Ch\u1ec9 ti\u00eau k\u1ebf ho\u1ea1ch c\u00f3 th\u1ec3 d\u00f9ng ch\u00fang nh\u01b0 m\u1ecdi ch\u1ec9 ti\u00eau kh\u00e1c.", None))
        self.add_manual.setText(QCoreApplication.translate("TargetsPageForm", u"Th\u00eam &ch\u1ec9 ti\u00eau t\u1ef1 theo d\u00f5i\u2026", None))
        self.edit_manual.setText(QCoreApplication.translate("TargetsPageForm", u"\u0110\u1ed5i &t\u00ean\u2026", None))
        self.delete_manual.setText(QCoreApplication.translate("TargetsPageForm", u"&X\u00f3a", None))
        self.enter_value.setText(QCoreApplication.translate("TargetsPageForm", u"&Nh\u1eadp gi\u00e1 tr\u1ecb\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.manual_tab), QCoreApplication.translate("TargetsPageForm", u"Ch\u1ec9 ti\u00eau t\u1ef1 &theo d\u00f5i", None))
    # retranslateUi

