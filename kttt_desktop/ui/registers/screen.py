"""The register screens: a searchable list beside the form of the selected record.

How to build a register screen
==============================

1. The list. ``kttt_desktop/data/registers/`` declares each register's list as a ``ListSpec``
   (columns with their sort, the search, the filters); ``catalogue.LISTS`` has them all by table
   name. Add a column or a filter there; everything is done in SQL.
2. The form. Draw ``forms/<table>_form.ui`` in Qt Designer: a ``QWidget`` whose field widgets
   are named after the table's columns (``services.registers.kinds.KINDS[table].fields``), each
   with a ``QLabel`` named ``<field>_error`` beside it for its messages. Promote line edits and
   combo boxes to the widgets of :mod:`kttt_desktop.ui.registers.widgets` (header
   ``kttt_desktop.ui.registers.widgets``): ``DateEdit``, ``MoneyEdit``, ``IntEdit``,
   ``NumberEdit``, ``TaxCodeEdit``, ``CccdEdit``, ``PhoneEdit``, ``EnumCombo``, ``SearchCombo``.
   Set the tab order. Compile with ``python scripts/build_forms.py``. Then subclass
   :class:`~kttt_desktop.ui.registers.record_form.RecordForm` (``table``, ``form_class``,
   ``last_field``; fill drop-downs in ``prepare``, choices read from the database in
   ``refresh_choices``; defaults in ``default_values``) and register it in
   :data:`kttt_desktop.ui.registers.catalogue.FORMS`, so that the organisation hub uses the same
   form in its tab (there the parent field, ``organisation_id``, is hidden and filled by the hub:
   ``RecordForm.embed``). A form's "Lịch sử…" button shows the record's history.
3. The screen. Subclass :class:`RegisterScreen`::

       class ManagerScreen(RegisterScreen):
           table = "manager"
           heading = QT_TRANSLATE_NOOP("Sections", "Cán bộ & đào tạo")

           def columns(self) -> list[ColumnDef]: ...
           def create_form(self) -> RecordForm: return ManagerForm(self.database)
           def add_filters(self) -> None:
               self.add_filter("training_level", self.tr("Trình độ"),
                               TrainingLevel.choices())
           def count_text(self, count: int) -> str:
               return self.tr("{count} cán bộ").format(count=format_number(count))

   and give its section a factory in ``ui/sections.py``. Records that belong to the screen's
   record (a manager's positions) go in a
   :class:`~kttt_desktop.ui.registers.panel.SubListPanel` placed by overriding
   :meth:`RegisterScreen.detail_widget`.

What the base gives: the accent-insensitive search (as typed: the list is read in the
background and a search typed past is cancelled), the filters, the row count, Vietnamese sort by
any column header, column widths and splitter remembered, personal data masked with a toggle,
Ctrl+N / Ctrl+S / Esc / Ctrl+F / Delete / Ctrl+Z / F1 acting on the list or sub-list that has the
focus, the unsaved-changes guard (also when the officer changes section or closes the window:
:meth:`request_leave`), the trash, the list read again when another section (an import, say) wrote records
(``ui.changes``), and :meth:`open_record` that ``MainWindow.open_record(table, id)`` calls
(override it to show records of the tables the screen's sub-lists hold).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.data.registers.lists import ListQuery
from kttt_desktop.services.office import area_communes
from kttt_desktop.ui.changes import Staleness
from kttt_desktop.ui.registers.dialogs import ShortcutsDialog
from kttt_desktop.ui.registers.panel import RecordPanel
from kttt_desktop.ui.registers.record_form import RecordForm
from kttt_desktop.ui.registers.table_model import ColumnDef
from kttt_desktop.ui.registers.widgets import narrow
from kttt_desktop.ui.sections import SectionContext, heading_label

FILTER_CHARACTERS = 12  # a filter drop-down's width, in letters: five fit 1366 px at 125 %

# After a key, the search waits this long for the next one (keys held down or typed in a burst
# start one search, not one each); reading is in the background and cancelled when typed past.
SEARCH_DELAY_MS = 20

# Keys and the RecordPanel method they call on the panel that has the focus.
PANEL_KEYS = (
    ("Ctrl+N", "new_record"),
    ("Ctrl+S", "save_record"),
    ("Escape", "cancel_edit"),
    ("Ctrl+Z", "undo_delete"),
)


def panel_with_focus(screen: RecordPanel) -> RecordPanel:
    """The innermost panel of ``screen`` that holds the keyboard focus (else the screen)."""
    widget = QApplication.focusWidget()
    while widget is not None and widget is not screen:
        if isinstance(widget, RecordPanel) and widget.isEnabled():
            return widget
        widget = widget.parentWidget()
    return screen


def _delete_in_list(screen: RecordPanel) -> None:
    """Delete acts only in a list: in a field it edits text, on a drop-down it does nothing."""
    panel = panel_with_focus(screen)
    if isinstance(QApplication.focusWidget(), QTableView) and panel.view.hasFocus():
        panel.delete_selected()


class RegisterScreen(RecordPanel):
    """A register's section (see the module's note)."""

    table: ClassVar[str]
    heading: ClassVar[str]  # marked with QT_TRANSLATE_NOOP("Sections", …)
    trash_tables: ClassVar[Sequence[str] | None] = None
    detail_share: ClassVar[float] = 0.45  # of the width, for the record, until the officer moves it

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        self.context = context
        self.database = context.database
        super().__init__(context.database, self.table, self.columns(), self.create_form(),
                         trash_tables=self.trash_tables, parent=parent)
        self.setObjectName(f"{self.table}_screen")
        self.filter_boxes: dict[str, QComboBox] = {}

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.search_hint())
        self.search.setMinimumWidth(200)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.show_results)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("row_count")
        self.help_button = QPushButton(self.tr("Phím tắt (F1)"), self)
        self.help_button.setObjectName("show_shortcuts")
        self.help_button.clicked.connect(self.show_shortcuts)

        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search)
        self.add_filters()
        self.filter_bar.addStretch(1)
        tools = QHBoxLayout()
        tools.addWidget(self.new_button)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.trash_button)
        tools.addSpacing(12)
        tools.addWidget(self.personal_toggle)
        tools.addStretch(1)
        title = QHBoxLayout()
        title.addWidget(heading_label(QCoreApplication.translate("Sections", self.heading), self))
        title.addStretch(1)
        title.addWidget(self.count_label)
        title.addWidget(self.help_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail_widget())
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addLayout(self.filter_bar)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)

        self._install_shortcuts()
        self.listed.connect(self._show_count)
        self.model.rows_shown.connect(self._loaded_rows)
        self.model.counted.connect(self.listed)
        self.open_requested.connect(context.navigator.open_record)
        self._then: Callable[[], None] | None = None
        settings = context.settings
        settings.track_header(f"registers/{self.table}", self.view)
        state = settings.qsettings.value(f"lists/registers/{self.table}/splitter")
        self._sized = isinstance(state, QByteArray) and not state.isEmpty()
        if self._sized:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(lambda *_: self._splitter_moved())
        self.staleness = Staleness(self, self.reload_list)  # records written in another section
        self.reload_list()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.staleness.shown()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if not self._sized:  # the record keeps its share until the officer moves the splitter
            QTimer.singleShot(0, self._share_width)

    def _share_width(self) -> None:
        if not self._sized:
            width = self.splitter.width()
            detail = int(width * self.detail_share)
            self.splitter.setSizes([width - detail, detail])

    def _splitter_moved(self) -> None:
        self._sized = True
        self.context.settings.set_value(f"lists/registers/{self.table}/splitter",
                                        self.splitter.saveState())

    # What a screen defines -------------------------------------------------------------------

    def columns(self) -> list[ColumnDef]:
        raise NotImplementedError

    def create_form(self) -> RecordForm:
        raise NotImplementedError

    def add_filters(self) -> None:
        """Add the screen's filters with :meth:`add_filter`."""

    def count_text(self, count: int) -> str:
        return self.tr("{count} bản ghi").format(count=count)

    def search_hint(self) -> str:
        return self.tr("Tìm theo tên (không cần dấu)… (Ctrl+F)")

    def detail_widget(self) -> QWidget:
        """What stands right of the list: the form (the hub puts it among tabs)."""
        return self.form

    # Filters and search ------------------------------------------------------------------------

    def add_filter(self, key: str, label: str, choices: Sequence[tuple[Any, str]], *,
                   everything: str | None = None) -> QComboBox:
        """A drop-down that filters the list by ``key`` (a filter of the list's spec)."""
        box = QComboBox(self)
        box.setObjectName(f"filter_{key}")
        box.setToolTip(label)
        box.addItem(everything or self.tr("{label}: tất cả").format(label=label), None)
        for value, text in choices:
            box.addItem(text, value)
        narrow(box, FILTER_CHARACTERS)
        box.currentIndexChanged.connect(lambda _: self.show_results())
        self.filter_boxes[key] = box
        self.filter_bar.addWidget(box)
        return box

    def commune_choices(self) -> list[tuple[str, str]]:
        return [(unit.code, unit.name) for unit in area_communes(self.database)]

    def list_query(self) -> ListQuery:
        filters = {key: box.currentData() for key, box in self.filter_boxes.items()}
        return self.model.requested.replace(search=self.search.text(), filters=filters)

    def reload_list(self, then: Callable[[], None] | None = None) -> None:
        """Read the list again in the background (see the module's note); ``then`` runs once
        its first rows are shown."""
        self._then = then
        self.model.load(self.list_query())

    def _loaded_rows(self) -> None:
        then, self._then = self._then, None
        if not self.model.is_counted:
            self.count_label.setText(self.tr("Đang đếm…"))
        self._rows_shown(then)

    def show_results(self, then: Callable[[], None] | None = None) -> None:
        """The list of what the search and filters now ask for, from its top, and the form on
        one of its records once they arrive: the one shown if it is listed, else the first (no
        record when the list is empty). Unsaved typing, a new record included, stays in the form.
        ``then`` runs after that."""
        def shown() -> None:
            self._settle_form()
            if then is not None:
                then()

        self.reload_list(shown)
        self.view.scrollToTop()

    def _settle_form(self) -> None:
        form = self.form
        if form is None or form.is_dirty() or (form.editing and form.record_id is None):
            return
        if form.record_id is not None and self.select(form.record_id):
            return
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            form.clear()

    def _search_now(self) -> None:
        self.search_timer.stop()
        self.show_results(self._go_to_first_row)

    def _go_to_first_row(self) -> None:
        if self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(0)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.count_text(count))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # Keys ------------------------------------------------------------------------------------

    def _install_shortcuts(self) -> None:
        self.shortcuts: dict[str, QShortcut] = {}
        for keys, method in PANEL_KEYS:
            self._shortcut(keys, lambda method=method: getattr(panel_with_focus(self), method)())
        self._shortcut("Delete", lambda: _delete_in_list(self))
        self._shortcut("Ctrl+F", self.focus_search)
        self._shortcut("F1", self.show_shortcuts)

    def _shortcut(self, keys: str, slot: Any) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.activated.connect(slot)
        self.shortcuts[keys] = shortcut

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    # Records of this screen ------------------------------------------------------------------

    def open_record(self, table: str, record_id: int) -> bool:
        """Show a record of ``table`` if this screen shows such records (``MainWindow.open_record``
        calls this); False when it does not."""
        if table != self.table:
            return False
        self.show_record(record_id)
        return True
