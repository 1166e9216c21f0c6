# Generated from forms/overview.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCharts import QChartView
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QTreeView, QVBoxLayout, QWidget)

from kttt_desktop.ui.period_picker import PeriodPicker
from kttt_desktop.ui.target_cards import CardGrid

class Ui_OverviewForm(object):
    def setupUi(self, OverviewForm):
        if not OverviewForm.objectName():
            OverviewForm.setObjectName(u"OverviewForm")
        OverviewForm.resize(1100, 720)
        self.overview_layout = QVBoxLayout(OverviewForm)
        self.overview_layout.setObjectName(u"overview_layout")
        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.period_label = QLabel(OverviewForm)
        self.period_label.setObjectName(u"period_label")

        self.period_layout.addWidget(self.period_label)

        self.period = PeriodPicker(OverviewForm)
        self.period.setObjectName(u"period")

        self.period_layout.addWidget(self.period)

        self.period_dates = QLabel(OverviewForm)
        self.period_dates.setObjectName(u"period_dates")

        self.period_layout.addWidget(self.period_dates)

        self.period_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_spacer)

        self.busy_label = QLabel(OverviewForm)
        self.busy_label.setObjectName(u"busy_label")

        self.period_layout.addWidget(self.busy_label)


        self.overview_layout.addLayout(self.period_layout)

        self.tabs = QTabWidget(OverviewForm)
        self.tabs.setObjectName(u"tabs")
        self.targets_tab = QWidget()
        self.targets_tab.setObjectName(u"targets_tab")
        self.targets_layout = QVBoxLayout(self.targets_tab)
        self.targets_layout.setObjectName(u"targets_layout")
        self.targets_heading_layout = QHBoxLayout()
        self.targets_heading_layout.setObjectName(u"targets_heading_layout")
        self.targets_heading = QLabel(self.targets_tab)
        self.targets_heading.setObjectName(u"targets_heading")

        self.targets_heading_layout.addWidget(self.targets_heading)

        self.targets_summary = QLabel(self.targets_tab)
        self.targets_summary.setObjectName(u"targets_summary")

        self.targets_heading_layout.addWidget(self.targets_summary)

        self.targets_heading_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targets_heading_layout.addItem(self.targets_heading_spacer)


        self.targets_layout.addLayout(self.targets_heading_layout)

        self.cards_area = QScrollArea(self.targets_tab)
        self.cards_area.setObjectName(u"cards_area")
        self.cards_area.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_area.setWidgetResizable(True)
        self.cards = CardGrid()
        self.cards.setObjectName(u"cards")
        self.cards_area.setWidget(self.cards)

        self.targets_layout.addWidget(self.cards_area)

        self.no_targets = QWidget(self.targets_tab)
        self.no_targets.setObjectName(u"no_targets")
        self.no_targets_layout = QHBoxLayout(self.no_targets)
        self.no_targets_layout.setObjectName(u"no_targets_layout")
        self.no_targets_label = QLabel(self.no_targets)
        self.no_targets_label.setObjectName(u"no_targets_label")
        self.no_targets_label.setWordWrap(True)

        self.no_targets_layout.addWidget(self.no_targets_label)

        self.go_to_targets = QPushButton(self.no_targets)
        self.go_to_targets.setObjectName(u"go_to_targets")

        self.no_targets_layout.addWidget(self.go_to_targets)

        self.no_targets_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.no_targets_layout.addItem(self.no_targets_spacer)


        self.targets_layout.addWidget(self.no_targets)

        self.targets_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.targets_layout.addItem(self.targets_bottom_spacer)

        self.targets_layout.setStretch(1, 1)
        self.tabs.addTab(self.targets_tab, "")
        self.table_tab = QWidget()
        self.table_tab.setObjectName(u"table_tab")
        self.table_layout = QVBoxLayout(self.table_tab)
        self.table_layout.setObjectName(u"table_layout")
        self.indicators = QTreeView(self.table_tab)
        self.indicators.setObjectName(u"indicators")
        self.indicators.setAlternatingRowColors(True)
        self.indicators.setUniformRowHeights(True)
        self.indicators.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicators.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)

        self.table_layout.addWidget(self.indicators)

        self.table_hint = QLabel(self.table_tab)
        self.table_hint.setObjectName(u"table_hint")
        self.table_hint.setWordWrap(True)

        self.table_layout.addWidget(self.table_hint)

        self.tabs.addTab(self.table_tab, "")
        self.charts_tab = QWidget()
        self.charts_tab.setObjectName(u"charts_tab")
        self.charts_layout = QGridLayout(self.charts_tab)
        self.charts_layout.setObjectName(u"charts_layout")
        self.sector_chart = QChartView(self.charts_tab)
        self.sector_chart.setObjectName(u"sector_chart")

        self.charts_layout.addWidget(self.sector_chart, 0, 0, 1, 1)

        self.ratings_chart = QChartView(self.charts_tab)
        self.ratings_chart.setObjectName(u"ratings_chart")

        self.charts_layout.addWidget(self.ratings_chart, 0, 1, 1, 1)

        self.members_chart = QChartView(self.charts_tab)
        self.members_chart.setObjectName(u"members_chart")

        self.charts_layout.addWidget(self.members_chart, 1, 0, 1, 1)

        self.ocop_chart = QChartView(self.charts_tab)
        self.ocop_chart.setObjectName(u"ocop_chart")

        self.charts_layout.addWidget(self.ocop_chart, 1, 1, 1, 1)

        self.tabs.addTab(self.charts_tab, "")

        self.overview_layout.addWidget(self.tabs)


        self.retranslateUi(OverviewForm)

        QMetaObject.connectSlotsByName(OverviewForm)
    # setupUi

    def retranslateUi(self, OverviewForm):
        OverviewForm.setWindowTitle(QCoreApplication.translate("OverviewForm", u"T\u1ed5ng quan", None))
        self.period_label.setText(QCoreApplication.translate("OverviewForm", u"K\u1ef3 b\u00e1o c\u00e1o:", None))
        self.busy_label.setText(QCoreApplication.translate("OverviewForm", u"\u0110ang t\u00ednh s\u1ed1 li\u1ec7u\u2026", None))
        self.go_to_targets.setText(QCoreApplication.translate("OverviewForm", u"\u0110\u1ebfn m\u1ee5c Ch\u1ec9 ti\u00eau", None))
        self.tabs.setTabText(self.tabs.indexOf(self.targets_tab), QCoreApplication.translate("OverviewForm", u"&Ch\u1ec9 ti\u00eau k\u1ebf ho\u1ea1ch", None))
        self.table_hint.setText(QCoreApplication.translate("OverviewForm", u"S\u1ed1 g\u1ea1ch ch\u00e2n: nh\u1ea5p \u0111\u00fap (ho\u1eb7c ch\u1ecdn r\u1ed3i nh\u1ea5n Enter) \u0111\u1ec3 xem danh s\u00e1ch h\u1ed3 s\u01a1 t\u1ea1o n\u00ean s\u1ed1 \u0111\u00f3.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.table_tab), QCoreApplication.translate("OverviewForm", u"&B\u1ea3ng s\u1ed1 li\u1ec7u", None))
        self.tabs.setTabText(self.tabs.indexOf(self.charts_tab), QCoreApplication.translate("OverviewForm", u"Bi\u1ec3u &\u0111\u1ed3", None))
    # retranslateUi

