"""The "Kiểm tra dữ liệu" screen: the findings of the cross-record rules, each a link to its record.

The rules run in the background when the screen is shown (again when the officer comes back
from fixing a record, keeping the place in the list) and on "Kiểm tra lại" (F5), at the date
chosen (today when empty). The buttons above the list show how many open findings of each
severity there are and filter by it; the rule list and the search box narrow further. Enter, a
double click or "Mở hồ sơ" opens the record in its register (:attr:`open_requested`).

A finding that is a known exception can be accepted with a reason ("Chấp nhận"): it stays in the
list, greyed and marked, no longer counted as open, until its record changes; "Bỏ chấp nhận"
opens it again (services.findings.accepted).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QHeaderView, QVBoxLayout, QWidget

from kttt_desktop.core.enums import Severity
from kttt_desktop.data.database import Database
from kttt_desktop.services.findings import RULES, Finding, FindingsReport, rule_by_code, run_rules
from kttt_desktop.services.findings.accepted import accept_finding, withdraw_acceptance
from kttt_desktop.ui.findings_model import (
    FINDING_ROLE,
    FindingsFilter,
    FindingsModel,
    severity_icon,
)
from kttt_desktop.ui.forms.ui_findings import Ui_FindingsForm
from kttt_desktop.ui.read_only import refuse_edits
from kttt_desktop.ui.sections import SectionContext, heading_label
from kttt_desktop.ui.settings import Settings
from kttt_desktop.ui.tasks import Task, run_task, run_write

LIST_KEY = "findings"


class FindingsScreen(QWidget):
    """Lists the findings of :func:`kttt_desktop.services.findings.validate` on ``database``."""

    open_requested = Signal(str, int)  # table, record id
    checked = Signal(object)  # the FindingsReport, once shown
    accepted_changed = Signal(str)  # what was done (a finding accepted, or opened again)

    def __init__(self, database: Database, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.report: FindingsReport | None = None
        self.task: Task | None = None
        self.ui = Ui_FindingsForm()
        body = QWidget(self)
        self.ui.setupUi(body)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Kiểm tra dữ liệu"), self))
        layout.addWidget(body, 1)
        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((FindingsModel.SEVERITY, 100), (FindingsModel.RULE, 230),
                              (FindingsModel.RECORD, 280), (FindingsModel.MESSAGE, 480)):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self.ui.rule.view().setMinimumWidth(self.ui.rule.view().sizeHintForColumn(0) + 24)
        table.sortByColumn(FindingsModel.SEVERITY, Qt.SortOrder.AscendingOrder)
        settings.track_header(LIST_KEY, table)

        self.severities = QButtonGroup(self)
        for button, severity in ((self.ui.show_all, None), (self.ui.show_errors, Severity.ERROR),
                                 (self.ui.show_warnings, Severity.WARNING),
                                 (self.ui.show_infos, Severity.INFO)):
            self.severities.addButton(button)
            if severity is not None:
                button.setIcon(severity_icon(severity))
            button.toggled.connect(
                lambda on, s=severity: self.proxy.set_severity(s) if on else None)
        self.ui.rule.currentIndexChanged.connect(
            lambda _: self.proxy.set_rule(self.ui.rule.currentData()))
        self.ui.search.textChanged.connect(self.proxy.set_text)
        self.proxy.modelReset.connect(self._show_detail)
        self.proxy.rowsInserted.connect(self._show_detail)
        self.proxy.rowsRemoved.connect(self._show_detail)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.activated.connect(self._open)
        self.ui.open_record.clicked.connect(lambda: self._open(table.currentIndex()))
        self.ui.hide_accepted.toggled.connect(self.proxy.set_hide_accepted)
        self.ui.accept_reason.textChanged.connect(lambda _: self._enable_acceptance())
        self.ui.accept_reason.returnPressed.connect(self.accept_selected)
        self.ui.accept.clicked.connect(self.accept_selected)
        self.ui.withdraw.clicked.connect(self.withdraw_selected)
        self.ui.run.clicked.connect(self.run)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.run)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.ui.search.setFocus)
        self._fill_rules()
        self._show_detail()
        self.run()

    # Running ---------------------------------------------------------------------------------

    def run(self) -> Task | None:
        """Run every rule again in the background (nothing when a run is under way)."""
        if self.task is not None and not self.task.is_finished:
            return None
        day: date | None = self.ui.on.value()
        self.ui.run.setEnabled(False)
        self.ui.summary.setText(self.tr("Đang kiểm tra…"))
        self.task = run_task(run_rules, self.database, on=day, on_done=self.show_report,
                             on_finished=lambda: self.ui.run.setEnabled(True), owner=self)
        return self.task

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Coming back (after fixing a record, say): check again, staying at the same place."""
        super().showEvent(event)
        if self.report is not None:
            self.run()

    def show_report(self, report: FindingsReport) -> None:
        current = self.ui.table.currentIndex()
        was = current.data(FINDING_ROLE) if current.isValid() else None
        row = current.row() if current.isValid() else 0
        self.report = report
        self.model.set_findings(report.findings)
        self.ui.summary.setText(report.summary())
        counts = {s: report.count(s) for s in Severity}
        self.ui.show_all.setText(self.tr("Tất cả ({count})").format(count=len(report.findings)))
        accepted = report.accepted_count()
        self.ui.hide_accepted.setText(self.tr("Ẩn phát hiện đã &chấp nhận ({count})").format(
            count=accepted))
        for button, severity in ((self.ui.show_errors, Severity.ERROR),
                                 (self.ui.show_warnings, Severity.WARNING),
                                 (self.ui.show_infos, Severity.INFO)):
            button.setText(f"{severity.label} ({counts[severity]})")
        self._fill_rules()
        if self.proxy.rowCount():
            again = self._row_of(was) if was is not None else None
            self.ui.table.selectRow(again if again is not None
                                    else min(row, self.proxy.rowCount() - 1))
        self.checked.emit(report)

    def _row_of(self, finding: Finding) -> int | None:
        """The row that shows the same finding (same rule, same record), if still listed."""
        key = (finding.rule, finding.table, finding.record_id)
        for row in range(self.proxy.rowCount()):
            shown = self.proxy.index(row, 0).data(FINDING_ROLE)
            if (shown.rule, shown.table, shown.record_id) == key:
                return row
        return None

    def _fill_rules(self) -> None:
        combo = self.ui.rule
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tất cả quy tắc"), None)
        found = self.report.findings if self.report else []
        for rule in RULES:
            count = sum(1 for f in found if f.rule == rule.code)
            combo.addItem(severity_icon(rule.severity), f"{rule.title} ({count})", rule.code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    # The selected finding --------------------------------------------------------------------

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()

    def selected(self) -> Finding | None:
        index = self.ui.table.currentIndex()
        chosen = self.ui.table.selectionModel().hasSelection() and index.isValid()
        return index.data(FINDING_ROLE) if chosen else None

    def _show_detail(self) -> None:
        finding = self.selected()
        self.ui.open_record.setEnabled(finding is not None)
        if finding is not None:
            self.ui.detail.setText("\n".join(filter(None, (finding.message,
                                                           self._acceptance_text(finding)))))
            self.ui.accept_reason.setText(finding.acceptance.reason if finding.acceptance else "")
        elif self.report is not None and not self.proxy.rowCount():
            self.ui.detail.setText(self.tr("Không có phát hiện nào khớp với bộ lọc."))
        else:
            self.ui.detail.clear()
        self._enable_acceptance()

    def _acceptance_text(self, finding: Finding) -> str:
        acceptance = finding.acceptance
        if acceptance is None:
            return ""
        when = acceptance.at.astimezone().strftime("%d/%m/%Y")
        if acceptance.holds:
            return self.tr("Đã chấp nhận ngày {day} ({user}): {reason}").format(
                day=when, user=acceptance.user or "?", reason=acceptance.reason)
        return self.tr("Đã chấp nhận ngày {day} ({reason}) nhưng hồ sơ hoặc nội dung đã thay đổi "
                       "từ đó: phát hiện được mở lại.").format(day=when, reason=acceptance.reason)

    def _enable_acceptance(self) -> None:
        finding, writable = self.selected(), self.database.writable
        self.ui.accept.setEnabled(writable and finding is not None and not finding.accepted
                                  and bool(self.ui.accept_reason.text().strip()))
        self.ui.withdraw.setEnabled(writable and finding is not None
                                    and finding.acceptance is not None)
        self.ui.accept_reason.setEnabled(writable and finding is not None)
        refuse_edits(self.database, self.ui.accept, self.ui.withdraw, self.ui.accept_reason)

    # Accepting -------------------------------------------------------------------------------

    def accept_selected(self) -> Task | None:
        """Accept the selected finding with the reason typed, then check again."""
        finding, reason = self.selected(), self.ui.accept_reason.text()
        if finding is None or finding.accepted or not self.database.writable:
            return None
        return run_write(accept_finding, self.database, finding, reason,
                         rule=rule_by_code(finding.rule), owner=self,
                         on_done=lambda _: self._acceptance_changed(
                             self.tr("Đã chấp nhận phát hiện về “{label}”.").format(
                                 label=finding.label)))

    def withdraw_selected(self) -> Task | None:
        """Open the selected finding again, then check again."""
        finding = self.selected()
        if finding is None or finding.acceptance is None or not self.database.writable:
            return None
        return run_write(withdraw_acceptance, self.database, finding,
                         rule=rule_by_code(finding.rule), owner=self,
                         on_done=lambda _: self._acceptance_changed(
                             self.tr("Đã bỏ chấp nhận phát hiện về “{label}”.").format(
                                 label=finding.label)))

    def _acceptance_changed(self, message: str) -> None:
        self.accepted_changed.emit(message)
        self.run()

    def _open(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE) if index.isValid() else None
        if finding is not None:
            self.open_requested.emit(finding.table, finding.record_id)


def findings_section(context: SectionContext) -> FindingsScreen:
    """The section Kiểm tra dữ liệu: a finding's record opens in its register."""
    screen = FindingsScreen(context.database, context.settings)
    screen.open_requested.connect(context.navigator.open_record)
    return screen
