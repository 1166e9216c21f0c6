"""A read-only table of rows of text, each row standing for one item (a target, an indicator…)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class TextTableModel(QAbstractTableModel, Generic[T]):
    """Rows of text made by the screen from its items; ``item(row)`` gives the item back."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None, *,
                 right_aligned: Collection[int] = ()) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.right_aligned = set(right_aligned)
        self.items: list[T] = []
        self.texts: list[tuple[str, ...]] = []
        self.tooltips: list[tuple[str | None, ...]] = []

    def set_rows(self, items: Sequence[T], texts: Sequence[tuple[str, ...]],
                 tooltips: Sequence[tuple[str | None, ...]] | None = None) -> None:
        self.beginResetModel()
        self.items, self.texts = list(items), list(texts)
        self.tooltips = list(tooltips) if tooltips is not None else []
        self.endResetModel()

    def item(self, row: int) -> T:
        return self.items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[row][column]
        if role == Qt.ItemDataRole.ToolTipRole and self.tooltips:
            return self.tooltips[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
