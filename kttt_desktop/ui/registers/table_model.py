"""Table models of the registers.

:class:`PagedListModel` shows a register list of any size: it knows only the number of rows and
the pages it has been asked for. Setting a query (search, filters) or sorting by a column asks
the database again for the count; each page of rows is read when the view first needs one of its
rows, and only the last pages read are kept. :meth:`PagedListModel.load` asks in the background
(the rows shown stay until the new ones arrive; a query typed past is cancelled): the first
rows, and the count, which may come after them (:attr:`~PagedListModel.rows_shown`,
:attr:`~PagedListModel.counted`).

Personal data (birth date, CCCD, phone, a member's address...) is masked ("********0123",
"**/**/1985", "***") unless the officer chose to show it (:meth:`PagedListModel.set_show_personal`).

:class:`RowsModel` shows a short list held in memory (history, trash); :func:`list_view` is the
table every list is shown in.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kttt_desktop.core.dates import format_date
from kttt_desktop.core.identity import mask
from kttt_desktop.core.registers import MASK_CODE, MASK_DATE, MASK_TEXT
from kttt_desktop.data.registers.lists import ListQuery
from kttt_desktop.services.registers.lists import Listed
from kttt_desktop.services.registers.values import FLAGS, display, enum_of
from kttt_desktop.ui.tasks import Task, run_task

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 64
KEPT_PAGES = 40

Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]

PERSONAL_CODE = MASK_CODE
PERSONAL_DATE = MASK_DATE
PERSONAL_TEXT = MASK_TEXT


class ListSource(Protocol):
    """Where a :class:`PagedListModel` reads its rows (a register list of the database).

    A source may also have ``load(query, limit, *, progress, cancelled) -> Listed``, reading the
    first rows and the count in one piece of background work (services.registers.lists.load):
    :meth:`PagedListModel.load` then reads in the background."""

    table: str

    def count(self, query: ListQuery) -> int: ...

    def page(self, query: ListQuery, offset: int, limit: int,
             matches: int | None = None) -> list[Row]: ...


@dataclass(frozen=True)
class ColumnDef:
    """A column as the view shows it.

    ``key`` names the list column it shows (and sorts by); ``text`` turns a row into the text
    shown (default: the value of ``key`` as :func:`~kttt_desktop.services.registers.values.display`
    writes it); ``personal``: how it is masked unless personal data is shown
    (:data:`PERSONAL_CODE`, :data:`PERSONAL_DATE`, :data:`PERSONAL_TEXT`; a described field's is
    :attr:`~kttt_desktop.core.registers.Field.mask`); ``numeric`` aligns right; ``width`` is the
    column's width (in characters) until the officer resizes it.
    """

    key: str
    title: str
    text: Callable[[Row], str] | None = None
    personal: str = ""
    numeric: bool = False
    sortable: bool = True
    width: int = 0  # the starting width, in average characters (0: Qt's default)


def birth_text(row: Row) -> str:
    """A birth date, or only the year when that is all that is known."""
    born = row.get("birth_date")
    return format_date(born) if born else str(row.get("birth_year") or "")


def masked(text: str, kind: str) -> str:
    """A personal value as a list shows it until personal data is shown: a date keeps its year,
    a code its last digits, any other text nothing (not even its length)."""
    if not text:
        return ""
    if kind == PERSONAL_DATE:
        return "**/**/" + text[-4:] if "/" in text else text
    if kind == PERSONAL_TEXT:
        return "***"
    return mask(text)


class PagedListModel(QAbstractTableModel):
    """A register list read page by page (see the module's note)."""

    rows_shown = Signal()  # the first rows of a query are shown (the model was reset)
    counted = Signal(int)  # the count of the query shown is known: the number of rows

    def __init__(self, source: ListSource, columns: Sequence[ColumnDef],
                 query: ListQuery | None = None, *, page_size: int = PAGE_SIZE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.columns = list(columns)
        self.page_size = page_size
        self._query = query or ListQuery()
        self._count = 0
        self._pages: OrderedDict[int, tuple[list[Row], list[list[str] | None]]] = OrderedDict()
        self._formatters = [self._formatter(c) for c in self.columns]
        self._personal = [(i, c.personal) for i, c in enumerate(self.columns) if c.personal]
        self._last: tuple[int, list[str]] | None = None  # the texts of the row asked last
        self._requested = self._query
        self._loading: Task | None = None
        self.is_counted = True  # the number of rows is the query's count (not the rows so far)
        self.show_personal = False

    # What is listed ---------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        """The query whose rows are shown."""
        return self._query

    @property
    def requested(self) -> ListQuery:
        """The query last asked for (shown, or being read)."""
        return self._requested

    @property
    def loading(self) -> bool:
        """Rows or a count asked for have not arrived yet."""
        return self._loading is not None

    def set_query(self, query: ListQuery) -> None:
        """List what ``query`` asks for: count again, forget the pages read (here and now)."""
        self._cancel_loading()
        self._requested = query
        self._reset(query, self.source.count(query), {})
        self.is_counted = True

    def load(self, query: ListQuery) -> Task | None:
        """List what ``query`` asks for, read in the background; what is read for an earlier
        query is cancelled. A source that cannot (``load``) is read here and now."""
        self._cancel_loading()
        self._requested = query
        if not hasattr(self.source, "load"):
            self.set_query(query)
            self.rows_shown.emit()
            self.counted.emit(self._count)
            return None
        task = run_task(self.source.load, query, self.page_size, on_progress=self._first_rows,
                        on_done=self._loaded, cancellable=True, owner=self)
        task.finished.connect(lambda: self._forget(task))
        self._loading = task
        return task

    def _cancel_loading(self) -> None:
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None

    def _forget(self, task: Task) -> None:
        if self._loading is task:
            self._loading = None

    def _first_rows(self, listed: Listed) -> None:
        """The first rows arrived before the count: shown, their number the count so far."""
        self._reset(listed.query, len(listed.rows), {0: listed.rows})
        self.is_counted = False
        self.rows_shown.emit()

    def _loaded(self, listed: Listed) -> None:
        if self._query == listed.query and not self.is_counted and listed.rows == self._rows(0):
            if listed.count > self._count:  # the rows after the first ones
                self.beginInsertRows(QModelIndex(), self._count, listed.count - 1)
                self._count = listed.count
                self.endInsertRows()
            self.is_counted = True
        else:
            self._reset(listed.query, listed.count, {0: listed.rows})
            self.is_counted = True
            self.rows_shown.emit()
        self.counted.emit(self._count)

    def _rows(self, page: int) -> list[Row] | None:
        found = self._pages.get(page)
        return found[0] if found is not None else None

    def _reset(self, query: ListQuery, count: int, pages: dict[int, list[Row]]) -> None:
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        for number, rows in pages.items():
            self._pages[number] = (rows, [None] * len(rows))
        self._last = None
        self._count = count
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._requested)

    def set_show_personal(self, shown: bool) -> None:
        self.show_personal = shown
        for _rows, texts in self._pages.values():  # made again, masked or not
            texts[:] = [None] * len(texts)
        self._last = None
        personal = [i for i, _ in self._personal]
        if personal and self._count:
            self.dataChanged.emit(self.index(0, min(personal)),
                                  self.index(self._count - 1, max(personal)),
                                  [Qt.ItemDataRole.DisplayRole])

    # Rows ----------------------------------------------------------------------------------------

    def _page(self, number: int) -> tuple[list[Row], list[list[str] | None]] | None:
        """The page holding row ``number``: its rows and their texts (made when first shown)."""
        if not 0 <= number < self._count:
            return None
        page = number // self.page_size
        found = self._pages.get(page)
        if found is None:
            rows = self.source.page(self._query, page * self.page_size, self.page_size,
                                    self._count)
            found = self._pages[page] = (rows, [None] * len(rows))
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return found

    def row(self, number: int) -> Row | None:
        """The row at ``number`` (its page is read if need be)."""
        page = self._page(number)
        offset = number % self.page_size
        return page[0][offset] if page is not None and offset < len(page[0]) else None

    def record_id(self, number: int) -> int | None:
        row = self.row(number)
        return row["id"] if row is not None else None

    def row_of(self, record_id: int) -> int | None:
        """Where the record is among the rows read so far (``None``: not read, or not listed)."""
        for page, (rows, _) in self._pages.items():
            for offset, row in enumerate(rows):
                if row["id"] == record_id:
                    return page * self.page_size + offset
        return None

    def _formatter(self, definition: ColumnDef) -> Callable[[Row], str]:
        """How a row gives the text of the column (chosen once: lists format many cells)."""
        if definition.text is not None:
            return definition.text
        key, table = definition.key, self.source.table
        enum = enum_of(table, key)
        if enum is not None:
            labels = {m.value: m.label for m in enum}
            return lambda row: labels.get(row.get(key), "") if row.get(key) else ""
        if key in FLAGS:
            return lambda row: display(table, key, row.get(key))

        def plain(row: Row) -> str:
            value = row.get(key)
            return value if value.__class__ is str else display(table, key, value)
        return plain

    def _texts(self, number: int) -> list[str] | None:
        """The texts of every cell of row ``number`` (made when the row is first shown)."""
        last = self._last
        if last is not None and last[0] == number:  # a view asks a row's cells one by one
            return last[1]
        page = self._page(number)
        offset = number % self.page_size
        if page is None or offset >= len(page[0]):
            return None
        texts = page[1][offset]
        if texts is None:
            texts = page[1][offset] = self._row_texts(page[0][offset])
        self._last = (number, texts)
        return texts

    def _row_texts(self, row: Row) -> list[str]:
        """The texts of a row's cells as shown: personal data masked unless it is shown."""
        texts = [text(row) for text in self._formatters]
        if not self.show_personal:
            for column, kind in self._personal:
                texts[column] = masked(texts[column], kind)
        return texts

    def text(self, number: int, column: int) -> str:
        texts = self._texts(number)
        return "" if texts is None else texts[column]

    # QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == ID_ROLE:
            return self.record_id(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        query = self._requested.replace(sort=self.columns[column].key,
                                        descending=order == Qt.SortOrder.DescendingOrder)
        if query != self._requested:
            self.load(query)


class RowsModel(QAbstractTableModel):
    """A short list held in memory: each row an object, each column a function of it."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.columns[index.column()][1](self.rows[index.row()])
            return format_date(value) if isinstance(value, date) else str(value)
        if role == ROW_ROLE:
            return self.rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section][0]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def list_view(parent: QWidget, name: str, model: QAbstractItemModel) -> QTableView:
    """A read-only table of whole rows, one selected at a time, as every register list is."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view
