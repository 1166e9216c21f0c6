"""The form of one record: a Designer form of fields, with a title, the duplicate warning, the
messages of the rules beside the fields, and Lưu / Hủy thay đổi / Xóa.

A form of a register is a subclass that names its table and its compiled Designer class::

    class MemberForm(RecordForm):
        table = "member"
        form_class = Ui_MemberForm          # from forms/member_form.ui
        last_field = "note"                 # Enter there saves

        def prepare(self) -> None:          # fill drop-downs once
            self.ui.gender.set_enum(Gender)

The widgets of the Designer form are named after the fields of the table
(``services.registers.kinds``); those present are bound. Values the host fixes (the
organisation of a member entered inside its organisation) go into :attr:`fixed`. As the officer
types, the record is checked (rules and duplicates) and the messages appear next to their fields
(except "not filled in" for the fields not reached yet); saving checks again in the service
(:mod:`kttt_desktop.services.registers.records`), asks a reason for new warnings, and writes in
the background.

Why it is long: one form class serves every register and the organisation hub's tabs (binding,
checking as typed, duplicates, warnings accepted with a reason, save, delete, undo); the banner
and the suggestion button beside it are small.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core.errors import InputError, KtttError
from kttt_desktop.core.issues import Issue
from kttt_desktop.core.record_rules import CODE_REQUIRED, REQUIRED
from kttt_desktop.data.database import Database
from kttt_desktop.services.registers import records, trash
from kttt_desktop.services.registers.duplicates import Duplicate
from kttt_desktop.services.registers.kinds import KINDS, PARENT_REQUIRED, label
from kttt_desktop.services.registers.values import table_noun
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.field_errors import ERROR_SUFFIX, clear_field_errors, show_field_errors
from kttt_desktop.ui.read_only import refuse_edits
from kttt_desktop.ui.registers.binding import Binding
from kttt_desktop.ui.registers.dialogs import AcceptWarningsDialog
from kttt_desktop.ui.registers.history_view import HistoryDialog
from kttt_desktop.ui.registers.widgets import CodeEdit, EnterFilter
from kttt_desktop.ui.tasks import Task, run_write
from kttt_desktop.ui.wheel import guard_wheel

CHECK_DELAY_MS = 250
FOCUS_MARGIN = 8  # pixels kept above and below the field that has the focus
MESSAGE_ROOM = 28  # and below it, for the first line of its message
FOCUS_CHAIN_LIMIT = 500  # widgets walked along the tab order to find the first field
NOT_YET_FILLED = frozenset({REQUIRED, CODE_REQUIRED, PARENT_REQUIRED})


class DuplicateBanner(QFrame):
    """Existing records that clash with the one typed, each with a button to open it."""

    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates")
        self.setStyleSheet("QFrame#duplicates { background: #fff4e5; border: 1px solid #f0c36d;"
                           " border-radius: 4px; }")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 6, 8, 6)
        self.duplicates: list[Duplicate] = []
        self.hide()

    def show_duplicates(self, duplicates: Sequence[Duplicate]) -> None:
        if [d.key for d in duplicates] == [d.key for d in self.duplicates]:
            return
        self.duplicates = list(duplicates)
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.layout() is not None:
                while item.layout().count():
                    item.layout().takeAt(0).widget().deleteLater()
            elif item.widget() is not None:
                item.widget().deleteLater()
        for duplicate in self.duplicates[:3]:
            row = QHBoxLayout()
            message = QLabel(duplicate.issue.message, self)
            message.setObjectName("duplicate_message")
            message.setWordWrap(True)
            message.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(self.tr("Mở bản ghi đã có"), self)
            button.setObjectName("open_duplicate")
            button.clicked.connect(lambda _=False, d=duplicate: self.open_requested.emit(
                d.table, d.record_id))
            row.addWidget(message, 1)
            row.addWidget(button)
            self.rows.addLayout(row)
        self.setVisible(bool(self.duplicates))


class _SuggestionButton(QPushButton):
    """"Dùng 012345678901": puts the correction a code field offers in its place (shown beside
    the field's message only while there is one). Enter presses it, like a click."""

    def __init__(self, field: CodeEdit, body: QWidget) -> None:
        super().__init__(body)
        self.field = field
        self.setObjectName(f"{field.objectName()}_suggestion")
        self.setAutoDefault(True)
        self.hide()
        field.suggestion_changed.connect(self._offer)
        self.clicked.connect(self._accept)
        self.message = body.findChild(QLabel, field.objectName() + ERROR_SUFFIX)
        self.row = _put_beside(self.message, self)
        QWidget.setTabOrder(field, self)

    def _offer(self, suggestion: str) -> None:
        self.setText(self.tr("Dùng {code}").format(code=suggestion))
        self.setToolTip(self.tr("Thay số đã gõ bằng {code}").format(code=suggestion))
        self.setVisible(bool(suggestion))
        self.fit_row()

    def fit_row(self) -> None:
        """The row takes room only while it shows the message or the button."""
        self.row.setVisible(not self.isHidden() or (
            self.message is not None and not self.message.isHidden()))

    def _accept(self) -> None:
        self.field.accept_suggestion()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)


def _put_beside(label: QLabel | None, button: QPushButton) -> QWidget:
    """Put ``button`` right of a field's message ``label`` in the Designer form's layout (below
    the form when the label cannot be found); the row that holds them."""
    form = button.parentWidget()
    layout = form.layout()
    holder = _layout_holding(layout, label) if label is not None else None
    row = QWidget(form)
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    if isinstance(holder, QFormLayout):
        position, role = holder.getWidgetPosition(label)
        holder.removeWidget(label)
        line.addWidget(label, 1)
        holder.setWidget(position, role, row)
    elif layout is not None:
        layout.addWidget(row)
    line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        found = _layout_holding(layout.itemAt(index).layout(), widget)
        if found is not None:
            return found
    return None


class RecordForm(QWidget):
    """One record of :attr:`table` in the Designer form :attr:`form_class` (see the module)."""

    saved = Signal(object)  # services.registers.records.Saved
    deleted = Signal(object)  # services.registers.trash.TrashEntry
    shown = Signal()  # a record, a new record or nothing is now shown
    open_requested = Signal(str, int)  # a duplicate's "Mở bản ghi đã có"

    table: ClassVar[str]
    form_class: ClassVar[type]
    last_field: ClassVar[str] = ""
    # A rule's field -> the widget that shows it (a birth year typed in the birth date field).
    aliases: ClassVar[dict[str, str]] = {}

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.table}_form")
        self.database = database
        self.record_id: int | None = None
        self.fixed: dict[str, Any] = {}
        self.editing = False
        self.busy = False
        self._touched: set[str] = set()
        self._show_all = False
        self._after_save: Callable[[], None] | None = None
        self.last_findings = records.Findings()
        self.empty_hint = ""  # what the title says when no record is shown (default: see below)

        self.title = QLabel(self)
        self.title.setObjectName("form_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.banner = DuplicateBanner(self)
        self.banner.open_requested.connect(self.open_requested)
        self.form_error = QLabel(self)
        self.form_error.setObjectName("form" + ERROR_SUFFIX)
        self.form_error.setWordWrap(True)
        self.body = QWidget(self)
        self.body.setObjectName("body")
        self.ui = self.form_class()
        self.ui.setupUi(self.body)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        guard_wheel(self.body)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

        self.save_button = QPushButton(self.tr("&Lưu"), self)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Lưu bản ghi (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("&Hủy thay đổi"), self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setToolTip(self.tr("Trở lại thông tin đã lưu (Esc)"))
        self.delete_button = QPushButton(self.tr("&Xóa"), self)
        self.delete_button.setObjectName("delete")
        self.delete_button.setToolTip(self.tr("Chuyển bản ghi vào thùng rác"))
        self.history_button = QPushButton(self.tr("Lịch sử…"), self)
        self.history_button.setObjectName("show_history")
        self.history_button.setToolTip(self.tr("Ai đã sửa gì, khi nào, vì sao"))
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button.clicked.connect(self.cancel)
        self.delete_button.clicked.connect(self.delete)
        self.history_button.clicked.connect(self.show_history)
        refuse_edits(database, self.save_button, self.cancel_button, self.delete_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.form_error)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        self.prepare()
        fields = [f for f in KINDS[self.table].fields if self.body.findChild(QWidget, f)]
        self.binding = Binding(self.body, fields)
        self.binding.changed.connect(self._changed)
        self.enter = EnterFilter(self)
        self.enter.pressed.connect(self._enter_pressed)
        for widget in self.binding.widgets.values():
            widget.installEventFilter(self.enter)
            if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
                widget.lineEdit().installEventFilter(self.enter)
        self.suggestion_buttons = {name: _SuggestionButton(widget, self.body)
                                   for name, widget in self.binding.widgets.items()
                                   if isinstance(widget, CodeEdit)}
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.check_now)
        self.clear()

    # Subclasses ----------------------------------------------------------------------------

    def prepare(self) -> None:
        """Fill the drop-downs and set up the widgets (once, before binding)."""

    def refresh_choices(self) -> None:
        """Fill again the choices read from the database (called each time the form is shown,
        so that an organisation added elsewhere can be chosen)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh_choices()

    def default_values(self) -> dict[str, Any]:
        """The values a new record starts with."""
        return {}

    def to_record(self, values: dict[str, Any]) -> dict[str, Any]:
        """The record's values from the widgets' values."""
        return values

    def from_record(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """The widgets' values from a record."""
        return dict(record)

    def title_for(self, record: Mapping[str, Any]) -> str:
        return label(self.table, record)

    def new_title(self) -> str:
        return self.tr("Thêm {what} mới").format(what=table_noun(self.table))

    def empty_title(self) -> str:
        return self.empty_hint or self.tr(
            "Chọn một bản ghi trong danh sách, hoặc nhấn Ctrl+N để thêm mới.")

    # What is shown -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The record as typed: the values of the widgets, and those the host fixed."""
        return {**self.to_record(self.binding.values()), **self.fixed}

    def is_dirty(self) -> bool:
        """Changes typed and not saved (none count when they could not be saved anyway)."""
        return self.editing and self.database.writable and self.binding.is_dirty()

    def _reset_messages(self) -> None:
        self.check_timer.stop()
        self._touched.clear()
        self._show_all = False
        self.last_findings = records.Findings()
        clear_field_errors(self.body)
        self._show_on_codes([])
        self.form_error.clear()
        self.form_error.hide()
        self.banner.show_duplicates([])

    def _set_editing(self, editing: bool) -> None:
        """``editing``: a record (or a new one) is shown; it can be changed only when the
        database may be written (see :mod:`kttt_desktop.ui.read_only`)."""
        self.editing = editing
        changeable = editing and not self.busy and self.database.writable
        self.body.setEnabled(editing and self.database.writable)
        self.save_button.setEnabled(changeable)
        self.cancel_button.setEnabled(changeable)
        self.delete_button.setEnabled(changeable and self.record_id is not None)
        self.history_button.setEnabled(self.record_id is not None)

    def clear(self) -> None:
        """Show no record."""
        self.record_id = None
        self.binding.set_values({})
        self._reset_messages()
        self.title.setText(self.empty_title())
        self._set_editing(False)
        self.shown.emit()

    def new(self, defaults: Mapping[str, Any] | None = None) -> None:
        """Start a new record (``defaults`` over :meth:`default_values`)."""
        if not self.database.writable:
            return
        self.record_id = None
        self.binding.set_values(self.from_record({**self.default_values(), **(defaults or {})}))
        self._reset_messages()
        self.title.setText(self.new_title())
        self._set_editing(True)
        self.focus_first_field()
        self.scroll_to_top()
        self.shown.emit()

    def load(self, record_id: int, *, keep_place: bool = False) -> bool:
        """Show the stored record ``record_id`` from its top (``keep_place``: where the form is
        scrolled now, as after saving it); False when it no longer exists."""
        record = records.load_record(self.database, self.table, record_id)
        if record is None:
            self.clear()
            return False
        if not keep_place:
            self.scroll_to_top()
        self.record_id = record_id
        self.binding.set_values(self.from_record(record))
        self._reset_messages()
        self.title.setText(self.title_for(record))
        self._set_editing(True)
        self.shown.emit()
        return True

    def embed(self, field: str) -> None:
        """Inside its parent's record, the parent is the host's (:attr:`fixed`), not chosen:
        the field that would choose it is hidden, with its label and its messages."""
        for name in (field, f"{field}_label", f"{field}{ERROR_SUFFIX}"):
            widget = self.body.findChild(QWidget, name)
            if widget is not None:
                widget.hide()

    def scroll_to_top(self) -> None:
        self.scroll.verticalScrollBar().setValue(0)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A field that gets the focus is scrolled into sight, with its message below it (once
        the form is laid out again: leaving a field may show or hide messages above it)."""
        if new is not None and self.body.isAncestorOf(new):
            QTimer.singleShot(0, self._show_focused)

    def _show_focused(self) -> None:
        """Scroll the field that has the focus into sight, with room for its message below
        (the whole field: a line edit's own idea of what must show is its text cursor)."""
        widget = QApplication.focusWidget()
        if widget is None or not self.body.isAncestorOf(widget):
            return
        bar = self.scroll.verticalScrollBar()
        room = self.scroll.viewport().height()
        top = widget.mapTo(self.body, QPoint(0, 0)).y() - FOCUS_MARGIN
        bottom = top + widget.height() + FOCUS_MARGIN + min(widget.height(), MESSAGE_ROOM)
        if top < bar.value() or bottom - top > room:
            bar.setValue(top)
        elif bottom > bar.value() + room:
            bar.setValue(bottom - room)

    def focus_first_field(self) -> None:
        """The first field of the form's tab order (its .ui) that can take the keyboard."""
        bound = list(self.binding.widgets.values())
        widget = self.body.nextInFocusChain()
        for _ in range(FOCUS_CHAIN_LIMIT):
            if widget is self.body:
                break
            field = next((b for b in bound if b is widget or b.isAncestorOf(widget)), None)
            if field is not None and field.isEnabled() and field.isVisibleTo(self):
                field.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()
        for field in bound:  # the chain did not come back (a form not yet in a window)
            if field.isEnabled() and field.isVisibleTo(self):
                field.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    # Checking as the officer types ---------------------------------------------------------

    def _changed(self, name: str) -> None:
        self._touched.add(name)
        self.check_timer.start()

    def _placed(self, issues: Sequence[Issue]) -> list[Issue]:
        return [i.at(self.aliases[i.field]) if i.field in self.aliases else i for i in issues]

    def check_now(self) -> records.Findings:
        """Check the record as typed and show what concerns the fields touched so far."""
        self.check_timer.stop()
        unreadable = self._placed(self.binding.input_issues())
        bad_fields = {i.field for i in unreadable}
        findings = records.check_record(self.database, self.table, self.values(), self.record_id)
        self.last_findings = findings
        found = unreadable + [i for i in self._placed(findings.issues) if i.field not in bad_fields]
        if not self._show_all:  # no "not filled in yet" for the fields not reached yet
            found = [i for i in found if i.field in self._touched or i.code not in NOT_YET_FILLED]
        self._show(found, focus=False)
        self.banner.show_duplicates(findings.duplicates)
        return findings

    def _show(self, issues: Sequence[Issue], *, focus: bool) -> None:
        self.form_error.clear()
        self.form_error.hide()
        issues = self._placed(issues)
        show_field_errors(self.body, issues, general=self.form_error, focus=focus)
        self._show_on_codes(issues)

    def _show_on_codes(self, issues: Sequence[Issue]) -> None:
        """A code field's icon agrees with the messages beside it (no tick beside an error)."""
        for name, button in self.suggestion_buttons.items():
            button.field.set_rule_issues([i for i in issues if i.field == name])
            button.fit_row()

    # Saving --------------------------------------------------------------------------------

    def save(self, reason: str = "") -> Task | None:
        """Check and store the record in the background; problems appear beside their fields."""
        if not self.editing or self.busy or not self.database.writable:
            return None
        self._show_all = True
        self.check_timer.stop()
        unreadable = self.binding.input_issues()
        if unreadable:
            self._show(unreadable, focus=True)
            self._after_save = None
            return None
        self._set_busy(True)
        return run_write(records.save_record, self.database, self.table, self.values(),
                         self.record_id, reason=reason, on_done=self._saved,
                         on_error=self._save_failed, on_finished=lambda: self._set_busy(False),
                         owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._set_editing(self.editing)

    def _saved(self, saved: records.Saved) -> None:
        self.load(saved.record_id, keep_place=True)
        self.saved.emit(saved)
        proceed, self._after_save = self._after_save, None
        if proceed is not None:
            proceed()

    def _save_failed(self, exc: KtttError) -> None:
        if isinstance(exc, records.WarningsToAccept):
            self.check_now()  # every message beside its field, and the records that clash
            dialog = AcceptWarningsDialog(exc.issues, self)
            dialog.accepted_with.connect(self.save)
            dialog.rejected.connect(self._forget_after_save)
            dialog.open()
            dialog.reason.setFocus()
            return
        self._after_save = None
        if isinstance(exc, InputError) and exc.issues:
            self.check_now()  # the records that clash, each with its button
            self._show(exc.issues, focus=True)
        else:
            msgbox.error(self, exc.message, details=exc.details)

    def _forget_after_save(self) -> None:
        self._after_save = None

    # Leaving, cancelling, deleting ---------------------------------------------------------

    def request_leave(self, proceed: Callable[[], None]) -> None:
        """Run ``proceed`` once the officer has decided about unsaved changes (or at once)."""
        if not self.is_dirty():
            proceed()
            return
        answer = msgbox.question(self, self.tr(
            "“{title}” có thay đổi chưa lưu. Lưu các thay đổi trước khi rời đi?").format(
                title=self.title.text()), cancel=True)
        if answer is msgbox.Answer.YES:
            self._after_save = proceed
            if self.save() is None:
                self._after_save = None
        elif answer is msgbox.Answer.NO:
            self.revert()
            proceed()

    def revert(self) -> None:
        """Back to what is stored (a new record: back to empty)."""
        if self.record_id is not None:
            self.load(self.record_id)
        else:
            self.clear()

    def cancel(self) -> None:
        """Esc: drop the changes (after asking), or leave a new record that has none."""
        if self.is_dirty() and msgbox.question(
                self, self.tr("Bỏ các thay đổi chưa lưu?"), default=msgbox.Answer.NO
        ) is not msgbox.Answer.YES:
            return
        self.revert()

    def delete(self) -> Task | None:
        """Move the record to the trash, after asking."""
        if self.record_id is None or self.busy or not self.database.writable:
            return None
        what = table_noun(self.table)
        if msgbox.question(self, self.tr(
                "Xóa {what} “{title}”? Bản ghi được chuyển vào thùng rác (cùng các bản ghi thuộc "
                "nó) và có thể khôi phục bằng Ctrl+Z hoặc từ thùng rác.").format(
                    what=what, title=self.title.text()), default=msgbox.Answer.NO
        ) is not msgbox.Answer.YES:
            return None
        self._set_busy(True)
        return run_write(trash.delete_record, self.database, self.table, self.record_id,
                         on_done=self._deleted, on_finished=lambda: self._set_busy(False),
                         owner=self)

    def _deleted(self, entry: trash.TrashEntry) -> None:
        self.clear()
        self.deleted.emit(entry)

    def show_history(self) -> HistoryDialog | None:
        """The changes of the record shown (and of the rows that belong to it)."""
        if self.record_id is None:
            return None
        dialog = HistoryDialog(self.database, self.table, self.record_id, self.title.text(), self)
        dialog.open()
        return dialog

    # Keys ----------------------------------------------------------------------------------

    def _enter_pressed(self, widget: QObject) -> None:
        last = self.binding.widgets.get(self.last_field or self.binding.fields[-1])
        if last is not None and (widget is last or last.isAncestorOf(widget)):
            self.save()
        else:
            self.focusNextChild()
