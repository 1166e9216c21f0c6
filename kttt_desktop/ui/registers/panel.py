"""A list of records and the form of the one selected: the unit the keyboard shortcuts act on.

:class:`RecordPanel` holds a :class:`~.table_model.PagedListModel` in a table view and a
:class:`~.record_form.RecordForm`. Selecting a row shows its record (after asking about unsaved
changes); a saved record is listed again and selected; a deleted one goes to the trash and the
panel remembers it, so that :meth:`RecordPanel.undo_delete` (Ctrl+Z) brings back the last one.

:class:`SubListPanel` is the same for the records that belong to one parent (the members of an
organisation): its list is filtered by the parent and its form fills the parent in. Without a
form (a register whose form is not available here) it lists only, and opening a row asks the
main window to show the record in its own section.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.data.database import Database
from kttt_desktop.data.registers.lists import ListQuery
from kttt_desktop.services.registers import lists, trash
from kttt_desktop.ui.read_only import refuse_edits
from kttt_desktop.ui.registers.dialogs import TrashDialog
from kttt_desktop.ui.registers.record_form import RecordForm
from kttt_desktop.ui.registers.table_model import ColumnDef, PagedListModel, list_view
from kttt_desktop.ui.tasks import Task, run_write


class RegisterListSource:
    """The rows of the register list ``table`` of a database (services.registers.lists)."""

    def __init__(self, database: Database, table: str) -> None:
        self.database = database
        self.table = table

    def count(self, query: ListQuery) -> int:
        return lists.count(self.database, self.table, query)

    def load(self, query: ListQuery, limit: int, *,
             progress: Callable[[lists.Listed], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> lists.Listed:
        return lists.load(self.database, self.table, query, limit, progress=progress,
                          cancelled=cancelled)

    def page(self, query: ListQuery, offset: int, limit: int, matches: int | None = None
             ) -> list[dict[str, Any]]:
        return lists.page(self.database, self.table, query, offset, limit, matches=matches)


class _EnterOpens(QObject):
    """Enter on a list row goes to the record."""

    def __init__(self, panel: RecordPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.panel.open_current()
            return True
        return False


class RecordPanel(QWidget):
    """A list and the form of the selected record (see the module's note)."""

    open_requested = Signal(str, int)  # show a record of another register
    listed = Signal(int)  # the list was (re)counted: the number of rows

    def __init__(self, database: Database, table: str, columns: Sequence[ColumnDef],
                 form: RecordForm | None, *, query: ListQuery | None = None,
                 trash_tables: Sequence[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.table = table
        self.form = form
        self.trash_tables = list(trash_tables or [table])
        self.deleted_ids: list[int] = []  # trash items deleted here, the last one last
        self._reselecting = False
        keys = [c.key for c in columns]
        first = lists.default_sort(table)
        first = first if first in keys else keys[0]
        query = query or ListQuery()
        # Sorted as the header shows from the start: turning sorting on reads nothing then.
        self.model = PagedListModel(RegisterListSource(database, table), columns,
                                    query if query.sort else query.replace(sort=first),
                                    parent=self)
        self.view = list_view(self, f"{table}_list", self.model)
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        for number, definition in enumerate(columns):
            if definition.width:  # the width asked for, and room for the title and sort arrow
                header.resizeSection(number, max(metrics.averageCharWidth() * definition.width,
                                                 metrics.horizontalAdvance(definition.title)) + 22)
        header.setSortIndicator(keys.index(first), Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.doubleClicked.connect(lambda _: self.open_current())
        self.view.installEventFilter(_EnterOpens(self))
        if form is not None:
            form.saved.connect(self._saved)
            form.deleted.connect(self._deleted)
            form.open_requested.connect(self.open_requested)

        self.new_button = QPushButton(self.tr("&Thêm mới"), self)
        self.new_button.setObjectName("new")
        self.new_button.setToolTip(self.tr("Thêm bản ghi mới (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.undo_button = QPushButton(self.tr("Hoàn tác xóa"), self)
        self.undo_button.setObjectName("undo_delete")
        self.undo_button.setToolTip(self.tr("Khôi phục bản ghi vừa xóa (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.setEnabled(False)
        self.trash_button = QPushButton(self.tr("Thùng rác…"), self)
        self.trash_button.setObjectName("open_trash")
        self.trash_button.clicked.connect(self.show_trash)
        self.personal_toggle = QCheckBox(self.tr("Hiện thông tin cá nhân"), self)
        self.personal_toggle.setObjectName("show_personal")
        self.personal_toggle.setToolTip(self.tr(
            "Ngày sinh, số CCCD và số điện thoại được che trong danh sách; đánh dấu để hiện."))
        self.personal_toggle.toggled.connect(self.model.set_show_personal)
        self.personal_toggle.setVisible(any(c.personal for c in columns))
        if form is None:
            for button in (self.new_button, self.undo_button, self.trash_button):
                button.hide()
        refuse_edits(database, self.new_button)

    # The list --------------------------------------------------------------------------------

    def list_query(self) -> ListQuery:
        """What the list is to show (subclasses add search and filters)."""
        return self.model.requested

    def reload_list(self, then: Callable[[], None] | None = None) -> None:
        """Count and read the list again, keeping the record shown selected when listed; then
        ``then``. A record's short lists (its members, its positions) are read here and now;
        a register's screen reads in the background (RegisterScreen)."""
        self.model.set_query(self.list_query())
        self._rows_shown(then)
        self.listed.emit(self.model.rowCount())

    def _rows_shown(self, then: Callable[[], None] | None = None) -> None:
        if self.form is not None and self.form.record_id is not None:
            self.select(self.form.record_id)
        if then is not None:
            then()

    def select(self, record_id: int) -> bool:
        """Make the record's row current without loading it again (False: not among the rows
        read)."""
        if self.model.rowCount():
            self.model.row(0)  # the first page, where a record just saved is most often
        row = self.model.row_of(record_id)
        self._reselecting = True
        try:
            if row is None:
                self.view.selectionModel().clear()
                return False
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)
            return True
        finally:
            self._reselecting = False

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reselecting or self.form is None or not current.isValid():
            return
        record_id = self.model.record_id(current.row())
        if record_id is None or (record_id == self.form.record_id and self.form.editing):
            return
        # Stay on the record shown until its unsaved changes are dealt with.
        if self.form.record_id is not None:
            self.select(self.form.record_id)
        else:
            self.view.selectionModel().clear()
        self.request_leave(lambda: self._show(record_id))

    def _show(self, record_id: int) -> None:
        if self.form is not None and self.form.load(record_id):
            self.select(record_id)

    def open_current(self) -> None:
        """Enter or a double click on a row: into the record's form (or its own section)."""
        record_id = self.current_id()
        if record_id is None:
            return
        if self.form is None:
            self.open_requested.emit(self.table, record_id)
            return
        if self.form.record_id != record_id:
            self._show(record_id)
        self.form.focus_first_field()

    # What the shortcuts do -------------------------------------------------------------------

    def new_record(self) -> None:
        if self.form is None or not self.isEnabled() or not self.database.writable:
            return
        self.request_leave(self._start_new)

    def _start_new(self) -> None:
        self._reselecting = True
        self.view.selectionModel().clear()
        self._reselecting = False
        self.form.new(self.new_defaults())

    def new_defaults(self) -> dict[str, Any]:
        return {}

    def save_record(self) -> None:
        if self.form is not None:
            self.form.save()

    def cancel_edit(self) -> None:
        if self.form is None:
            return
        was_new = self.form.record_id is None and self.form.editing
        self.form.cancel()
        if was_new and not self.form.editing:
            self.view.setFocus()
            if self.model.rowCount() and not self.view.currentIndex().isValid():
                self.view.selectRow(0)

    def delete_selected(self) -> Task | None:
        """Delete the record of the current row (the Delete key in the list)."""
        record_id = self.current_id()
        if self.form is None or record_id is None:
            return None
        if self.form.record_id != record_id:
            self.request_leave(lambda: self._show(record_id))
            if self.form.record_id != record_id:
                return None
        return self.form.delete()

    def _deleted(self, entry: trash.TrashEntry) -> None:
        row = self.view.currentIndex().row()
        self.deleted_ids.append(entry.trash_id)
        self.undo_button.setEnabled(self.database.writable)
        self.reload_list(lambda: self._select_near(row))

    def _select_near(self, row: int) -> None:
        if self.model.rowCount():
            self.view.selectRow(min(max(row, 0), self.model.rowCount() - 1))
        self.view.setFocus()

    def undo_delete(self) -> Task | None:
        """Restore the last record deleted here (Ctrl+Z)."""
        if not self.deleted_ids or not self.database.writable:
            return None
        trash_id = self.deleted_ids.pop()
        self.undo_button.setEnabled(bool(self.deleted_ids))
        return run_write(trash.restore, self.database, trash_id, on_done=self._restored,
                         owner=self)

    def _restored(self, restored: trash.Restored) -> None:
        if restored.table == self.table:
            self.reload_list(lambda: self.show_record(restored.record_id))
        else:
            self.reload_list()

    def show_trash(self) -> TrashDialog:
        dialog = TrashDialog(self.database, self.trash_tables, self)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _saved(self, _saved: object) -> None:
        self.reload_list()

    # Records ---------------------------------------------------------------------------------

    def show_record(self, record_id: int) -> None:
        """Show the record (after asking about unsaved changes) and select it when listed."""
        if self.form is None:
            return
        if self.form.record_id == record_id and self.form.editing:
            self.select(record_id)
            return
        self.request_leave(lambda: self._show(record_id))

    def request_leave(self, proceed: Callable[[], None]) -> None:
        """Run ``proceed`` once unsaved changes of the form are dealt with (see RecordForm)."""
        if self.form is None:
            proceed()
        else:
            self.form.request_leave(proceed)


def leave_in_turn(guards: Sequence[Any], proceed: Callable[[], None]) -> None:
    """Ask each of ``guards`` (forms or panels) in turn to let go, then ``proceed``."""
    def step(index: int) -> None:
        if index == len(guards):
            proceed()
        else:
            guards[index].request_leave(lambda: step(index + 1))

    step(0)


class SubListPanel(RecordPanel):
    """The records of one parent (see the module's note); :meth:`set_parent` chooses it.

    ``detail`` is what stands below the list when it is more than the form (a manager's form
    with the tabs of their positions and training); it deals with its own unsaved changes
    (``request_leave``).
    """

    def __init__(self, database: Database, table: str, columns: Sequence[ColumnDef],
                 form: RecordForm | None, *, parent_column: str, detail: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(database, table, columns, form, parent=parent)
        self.setObjectName(f"{table}_panel")
        self.detail = detail or form
        self.parent_column = parent_column
        self.parent_id: int | None = None
        self._stale = True
        if form is not None:
            form.embed(parent_column)
            form.empty_hint = self.tr("Chọn một dòng ở trên, hoặc Thêm mới (Ctrl+N).")
        tools = QHBoxLayout()
        tools.addWidget(self.new_button)
        tools.addStretch(1)
        tools.addWidget(self.personal_toggle)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.trash_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        if form is None:
            layout.addWidget(self.view, 1)
        else:
            self.splitter = QSplitter(Qt.Orientation.Vertical, self)
            self.splitter.addWidget(self.view)
            self.splitter.addWidget(self.detail)
            self.splitter.setStretchFactor(0, 1)
            self.splitter.setStretchFactor(1, 1)
            layout.addWidget(self.splitter, 1)
        self.setEnabled(False)

    def set_parent(self, parent_id: int | None) -> None:
        """List the records of ``parent_id`` (``None``: a parent not saved yet, nothing to list).

        The list is read when the panel is next shown.
        """
        if parent_id == self.parent_id and not self._stale:
            return
        self.parent_id = parent_id
        self.setEnabled(parent_id is not None)
        if self.form is not None:
            self.form.fixed = {self.parent_column: parent_id}
            self.form.clear()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.reload_list()

    def request_leave(self, proceed: Callable[[], None]) -> None:
        if self.detail is not None and self.detail is not self.form:
            self.detail.request_leave(proceed)
        else:
            super().request_leave(proceed)

    def list_query(self) -> ListQuery:
        return self.model.requested.with_filter(self.parent_column, self.parent_id if
                                                self.parent_id is not None else -1)

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()
