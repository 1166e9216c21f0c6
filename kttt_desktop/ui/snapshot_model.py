"""A table of a return snapshot as a Qt model (read-only), formatted as the documents print it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kttt_desktop.reports.snapshot import Table, cell_text

Index = QModelIndex | QPersistentModelIndex
# Background of a target's row by its status (core.targets.Status codes).
STATUS_COLOURS = {
    "achieved": QColor("#dcf0dc"), "exceeded": QColor("#c8e6c9"),
    "not_achieved": QColor("#f9dada"), "no_data": QColor("#ececec"),
}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class SnapshotTableModel(QAbstractTableModel):
    def __init__(self, table: Table, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table
        self._bold, self._italic = QFont(), QFont()
        self._bold.setBold(True)
        self._italic.setItalic(True)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        column = self.table.columns[section]
        return f"{column.group}\n{column.title}" if column.group else column.title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.table.rows[index.row()]
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(column, row, row.cells[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in ("text", "code"):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if column.kind in ("date", "index"):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            return {"total": self._bold, "sub": self._italic}.get(row.style)
        if role == Qt.ItemDataRole.BackgroundRole and row.status in STATUS_COLOURS:
            return QBrush(STATUS_COLOURS[row.status])
        if role == STATUS_ROLE:
            return row.status
        return None
