"""The "Tổng quan" section (forms/overview.ui): a period, its targets, its indicators, charts.

Choosing a period recomputes everything off the GUI thread (services.overview.load_overview); only
the latest request is shown when several overlap. Coming back to the section recomputes too, so
what was typed in elsewhere shows. A click on a card, or a double-click on an
underlined number of the table, lists the records behind the number.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from kttt_desktop.core import clock
from kttt_desktop.core.indicators import Kind
from kttt_desktop.core.numbers import format_figure
from kttt_desktop.core.periods import Period, current_period, yearly_measures_words
from kttt_desktop.core.targets import Status
from kttt_desktop.services.judgement import TargetJudgement
from kttt_desktop.services.overview import Overview, load_overview
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.drill_down_dialog import Drill, DrillDownDialog
from kttt_desktop.ui.forms.ui_overview import Ui_OverviewForm
from kttt_desktop.ui.indicator_table import LABEL, YEAR_TO_DATE, IndicatorTreeModel
from kttt_desktop.ui.overview_charts import OverviewCharts
from kttt_desktop.ui.sections import SectionContext, heading_label
from kttt_desktop.ui.target_cards import TargetCard
from kttt_desktop.ui.tasks import Task, run_task

log = logging.getLogger(__name__)


class OverviewPage(QWidget):
    loaded = Signal(object)  # the Overview now shown

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_page")
        self.context = context
        self.database = context.database
        self.ui = Ui_OverviewForm()
        self.ui.setupUi(self)
        self.overview: Overview | None = None
        self.task: Task | None = None
        self.dialog: DrillDownDialog | None = None  # the last list of records opened
        self.last_load_seconds: float | None = None  # request to screen, for the log and tests
        self._requests = 0
        self._refresh_on_show = False

        self.ui.period_layout.insertWidget(0, heading_label(self.tr("Tổng quan"), self))
        self.ui.period_layout.insertSpacing(1, 24)
        heading_font = self.ui.targets_heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.ui.targets_heading.setFont(heading_font)
        self.ui.busy_label.hide()
        self.ui.no_targets.hide()

        self.model = IndicatorTreeModel(self)
        view = self.ui.indicators
        view.setModel(self.model)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        view.activated.connect(self._table_activated)
        self.charts = OverviewCharts(self.ui.sector_chart, self.ui.ratings_chart,
                                     self.ui.members_chart, self.ui.ocop_chart)

        self.ui.period.period_changed.connect(self.load)
        self.ui.go_to_targets.clicked.connect(lambda: context.navigator.show_section("targets"))
        self.set_period(current_period(clock.today()))

    # Loading ---------------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self._refresh_on_show = True  # records or targets may change while another section shows
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._refresh_on_show:
            self._refresh_on_show = False
            self.load(self.period())

    def period(self) -> Period:
        return self.ui.period.period()

    def set_period(self, period: Period) -> Task:
        """Show ``period`` in the picker and compute it, once: a picker that changes its period
        says so, and that starts the computation."""
        if period == self.period():
            return self.load(period)
        self.ui.period.set_period(period)
        assert self.task is not None
        return self.task

    def load(self, period: Period) -> Task:
        """Compute ``period`` in the background; the screen keeps the last one until then. A
        computation still under way for a period chosen before is stopped."""
        self._requests += 1
        request, started = self._requests, time.perf_counter()
        self.ui.busy_label.show()
        if self.task is not None and not self.task.is_finished:
            self.task.cancel()
        self.task = run_task(load_overview, self.database, period,
                             on_done=lambda overview: self._show(overview, request, started),
                             on_finished=lambda: self._finished(request), cancellable=True,
                             owner=self)
        return self.task

    def _finished(self, request: int) -> None:
        if request == self._requests:
            self.ui.busy_label.hide()

    def _show(self, overview: Overview, request: int, started: float) -> None:
        if request != self._requests:  # a later period was chosen meanwhile
            return
        self.overview = overview
        period = overview.period
        self._show_dates(period)
        self._show_targets(overview)
        self._show_table(overview)
        self.charts.show(overview.charts)
        self.last_load_seconds = time.perf_counter() - started
        log.info("overview of %s shown in %.3f s", period, self.last_load_seconds)
        self.loaded.emit(overview)

    def _show_table(self, overview: Overview) -> None:
        view, period = self.ui.indicators, overview.period
        self.model.set_values(period, overview.check.indicators)
        view.expandAll()
        for row in range(self.model.rowCount()):
            view.setFirstColumnSpanned(row, QModelIndex(), True)
        view.setColumnHidden(YEAR_TO_DATE, period.window_is_year_to_date)
        metrics, header_metrics = view.fontMetrics(), view.header().fontMetrics()
        padding = 4 * view.style().pixelMetric(view.style().PixelMetric.PM_HeaderMargin) + 8
        for column in range(1, self.model.columnCount()):
            texts = self.model.column_texts(column)
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max([metrics.horizontalAdvance(t) for t in texts]
                         + [header_metrics.horizontalAdvance(header)])
            view.setColumnWidth(column, widest + padding)

    def _show_dates(self, period: Period) -> None:
        start, end = period.window
        self.ui.period_dates.setText(
            self.tr("Số liệu tại ngày {end}; số phát sinh từ {start} đến {end};\n{yearly}.").format(
                start=start.strftime("%d/%m/%Y"), end=end.strftime("%d/%m/%Y"),
                yearly=yearly_measures_words(period.reporting_year)))

    def _show_targets(self, overview: Overview) -> None:
        checks = overview.check.targets
        year = overview.period.year
        self.ui.targets_heading.setText(self.tr("Chỉ tiêu kế hoạch năm {year}").format(year=year))
        cards = [TargetCard(check, overview.period) for check in checks]
        for card in cards:
            card.activated.connect(self.open_target)
        self.ui.cards.set_cards(cards)
        self.ui.cards_area.setVisible(bool(checks))
        self.ui.no_targets.setVisible(not checks)
        self.ui.no_targets_label.setText(self.tr(
            "Năm {year} chưa có chỉ tiêu kế hoạch. Nhập chỉ tiêu (hoặc sao chép chỉ tiêu năm "
            "trước) ở mục Chỉ tiêu.").format(year=year))
        reached = sum(c.status in (Status.ACHIEVED, Status.EXCEEDED) for c in checks)
        missing = sum(c.status is Status.NOT_ACHIEVED for c in checks)
        no_data = sum(c.status is Status.NO_DATA for c in checks)
        self.ui.targets_summary.setText(self.tr(
            "{reached} đạt hoặc vượt · {missing} chưa đạt · {no_data} không có số liệu").format(
                reached=reached, missing=missing, no_data=no_data) if checks else "")

    # The records behind a number -------------------------------------------------------------

    def open_target(self, check: TargetJudgement) -> DrillDownDialog | None:
        """The records behind a card's number (a flow: the year to date)."""
        indicator = check.indicator
        if self.overview is None or indicator is None:
            return None
        if indicator.is_manual:
            value = self.overview.check.indicators.get(indicator.code)
            source = value.source if value is not None else ""
            msgbox.information(self, self.tr(
                "“{label}” là chỉ tiêu tự theo dõi: giá trị {value} được nhập tay{source}.").format(
                    label=indicator.label, value=format_figure(check.actual),
                    source=self.tr(", nguồn: {source}").format(source=source) if source else ""))
            return None
        return self.open_records(Drill(indicator.code, self.overview.period,
                                       year_to_date=indicator.kind is Kind.FLOW))

    def _table_activated(self, index: QModelIndex) -> None:
        drill = self.model.drill_at(index)
        if drill is not None:
            self.open_records(drill)

    def open_records(self, drill: Drill) -> DrillDownDialog:
        """The records behind a number, in a window of their own.

        One such window at a time: the one opened before is closed, so they do not pile up
        behind the main window.
        """
        if self.dialog is not None:
            self.dialog.close()
        dialog = DrillDownDialog(self.database, drill, self, navigator=self.context.navigator)
        dialog.finished.connect(lambda _result, closed=dialog: self._forget_dialog(closed))
        dialog.show()
        self.dialog = dialog
        return dialog

    def _forget_dialog(self, closed: DrillDownDialog) -> None:
        if self.dialog is closed:
            self.dialog = None
