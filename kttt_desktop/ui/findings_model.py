"""The findings of the cross-record rules as a table, and the filter the screen puts over it.

A run gives at most a few thousand findings, so the table holds them all in memory; the filter
(severity, rule, accent-insensitive text) and the sort (Vietnamese order for names) run in Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from kttt_desktop.core.enums import Severity
from kttt_desktop.core.text import fold, sort_key
from kttt_desktop.services.findings import Finding, rule_by_code
from kttt_desktop.services.findings.finding import SEVERITY_ORDER, Status

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 3

SEVERITY_COLOURS = {Severity.ERROR: "#b3261e", Severity.WARNING: "#8a5300",
                    Severity.INFO: "#1a5fb4"}
_SEVERITY_ICONS = {Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                   Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
                   Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}

Index = QModelIndex | QPersistentModelIndex


def severity_icon(severity: Severity) -> QIcon:
    return QApplication.style().standardIcon(_SEVERITY_ICONS[severity])


def rule_title(code: str) -> str:
    rule = rule_by_code(code)
    return rule.title if rule else code


_STATUS_WORDS = {
    Status.OPEN: "",
    Status.ACCEPTED: QT_TRANSLATE_NOOP("FindingsModel", "Đã chấp nhận"),
    Status.REOPENED: QT_TRANSLATE_NOOP("FindingsModel", "Mở lại (hồ sơ đã thay đổi)"),
}
ACCEPTED_COLOUR = "#7a7a7a"


def status_words(finding: Finding) -> str:
    words = _STATUS_WORDS[finding.status]
    return QCoreApplication.translate("FindingsModel", words) if words else ""


class FindingsModel(QAbstractTableModel):
    """One row per finding: severity, rule, record, message, and whether it was accepted (an
    accepted finding is greyed)."""

    SEVERITY, RULE, RECORD, MESSAGE, STATUS = range(5)
    _HEADERS = (
        QT_TRANSLATE_NOOP("FindingsModel", "Mức độ"),
        QT_TRANSLATE_NOOP("FindingsModel", "Quy tắc"),
        QT_TRANSLATE_NOOP("FindingsModel", "Hồ sơ"),
        QT_TRANSLATE_NOOP("FindingsModel", "Nội dung"),
        QT_TRANSLATE_NOOP("FindingsModel", "Trạng thái"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._sort_keys: list[tuple[str, str]] = []  # (record, message) Vietnamese sort keys
        self._folded: list[str] = []  # record and message without accents, for the filter

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self._sort_keys = [(sort_key(f.label), sort_key(f.message)) for f in self._findings]
        self._folded = [fold(f"{f.label} {f.message}") for f in self._findings]
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._HEADERS)):
            return QCoreApplication.translate("FindingsModel", self._HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        column = index.column()
        if role == FINDING_ROLE:
            return finding
        if role == FOLDED_ROLE:
            return self._folded[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (finding.severity.label, rule_title(finding.rule), finding.label,
                    finding.message, status_words(finding))[column]
        if role == SORT_ROLE:
            record, message = self._sort_keys[index.row()]
            return (f"{SEVERITY_ORDER[finding.severity]}", rule_title(finding.rule), record,
                    message, finding.status.value)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.RECORD, self.MESSAGE):
            return finding.message
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS and finding.acceptance:
            return QCoreApplication.translate("FindingsModel", "Lý do chấp nhận: {reason}").format(
                reason=finding.acceptance.reason)
        if role == Qt.ItemDataRole.ForegroundRole and finding.accepted:
            return QBrush(QColor(ACCEPTED_COLOUR))
        if column == self.SEVERITY:
            if role == Qt.ItemDataRole.DecorationRole:
                return severity_icon(finding.severity)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(SEVERITY_COLOURS[finding.severity]))
        return None


class FindingsFilter(QSortFilterProxyModel):
    """Shows the findings of one severity and one rule (``None``: all) that contain a text,
    leaving the accepted ones out on request."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._severity: Severity | None = None
        self._rule: str | None = None
        self._words: list[str] = []
        self._hide_accepted = False

    def set_hide_accepted(self, hide: bool) -> None:
        self.beginFilterChange()
        self._hide_accepted = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_severity(self, severity: Severity | None) -> None:
        self.beginFilterChange()
        self._severity = severity
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_rule(self, rule: str | None) -> None:
        self.beginFilterChange()
        self._rule = rule
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        """Keep the findings whose record or message contains every word of ``text``, accents
        and case ignored."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        index = self.sourceModel().index(source_row, 0, source_parent)
        finding: Finding = index.data(FINDING_ROLE)
        if self._severity is not None and finding.severity is not self._severity:
            return False
        if self._rule is not None and finding.rule != self._rule:
            return False
        if self._hide_accepted and finding.accepted:
            return False
        haystack = index.data(FOLDED_ROLE) if self._words else ""
        return all(word in haystack for word in self._words)
