"""The office's own indicators: define one (forms/manual_indicator_form.ui) and type in its value
for a period with its source (forms/manual_value_form.ui). Ctrl+S saves, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from kttt_desktop.core.errors import InputError, KtttError
from kttt_desktop.core.indicators import MANUAL_PREFIX, ManualDefinition
from kttt_desktop.core.issues import Issue, error
from kttt_desktop.core.numbers import format_figure, parse_number
from kttt_desktop.core.periods import Period
from kttt_desktop.core.text import clean_text
from kttt_desktop.data.database import Database
from kttt_desktop.services.manual_indicators import (
    ManualEntry,
    check_definition,
    define_manual,
    set_manual_value,
    slug_for,
)
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.field_errors import clear_field_errors, show_field_errors
from kttt_desktop.ui.forms.ui_manual_indicator_form import Ui_ManualIndicatorForm
from kttt_desktop.ui.forms.ui_manual_value_form import Ui_ManualValueForm
from kttt_desktop.ui.tasks import Task, run_write


class _FormDialog(QDialog):
    """A dialog whose form is checked, then saved in the background ("Lưu", Ctrl+S, Esc)."""

    saved = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.database = database
        self.task: Task | None = None

    def _buttons(self, box: QDialogButtonBox) -> QPushButton:
        save = box.addButton(self.tr("Lưu (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("save")
        cancel = box.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        box.accepted.connect(self.save)  # each dialog's own save()
        box.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        clear_field_errors(self)
        return save

    def _store(self, issues: list[Issue], general: QWidget, write: Callable[[], object],
               result: object) -> Task | None:
        """Show ``issues``; when there are none, run ``write`` on the write thread and emit
        ``saved(result)`` once it is done."""
        if self.task is not None and not self.task.is_finished:
            return None
        show_field_errors(self, issues, general=general)  # type: ignore[arg-type]
        if issues:
            return None
        self.task = run_write(write, on_done=lambda _: self._saved(result),
                              on_error=lambda exc: self._failed(exc, general), owner=self)
        return self.task

    def _saved(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: KtttError, general: QWidget) -> None:
        if isinstance(exc, InputError):
            show_field_errors(self, exc.issues or [error(exc.message)],
                              general=general)  # type: ignore[arg-type]
        else:
            msgbox.error(self, exc.message, details=exc.details)


class ManualIndicatorDialog(_FormDialog):
    """Defines a new indicator of the office, or renames one (its code stays)."""

    def __init__(self, database: Database, *, taken: Collection[str],
                 definition: ManualDefinition | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_ManualIndicatorForm()
        self.ui.setupUi(self)
        self.taken = set(taken) - ({definition.slug} if definition else set())
        self.definition = definition
        self.save_button = self._buttons(self.ui.buttons)
        self._slug_typed = definition is not None
        if definition is not None:
            self.setWindowTitle(self.tr("Đổi tên chỉ tiêu tự theo dõi"))
            self.ui.name.setText(definition.name)
            self.ui.unit.setText(definition.unit)
            self.ui.slug.setText(definition.slug)
            self.ui.slug.setReadOnly(True)  # targets and returns refer to the code
        self.ui.name.textChanged.connect(self._name_changed)
        self.ui.slug.textEdited.connect(lambda _: setattr(self, "_slug_typed", True))

    def _name_changed(self, name: str) -> None:
        if not self._slug_typed:
            self.ui.slug.setText(slug_for(name))

    def typed(self) -> ManualDefinition:
        return ManualDefinition(self.ui.slug.text().strip(), clean_text(self.ui.name.text()),
                                clean_text(self.ui.unit.text()))

    def save(self) -> Task | None:
        typed = self.typed()
        issues = check_definition(typed)
        if typed.slug in self.taken:
            issues.append(error(self.tr("Đã có chỉ tiêu mang mã {code}; hãy đặt mã khác.").format(
                code=MANUAL_PREFIX + typed.slug), field="slug"))
        return self._store(issues, self.ui.form_error,
                           lambda: define_manual(self.database, typed.slug, typed.name,
                                                 typed.unit), typed)


class ManualValueDialog(_FormDialog):
    """The value of one indicator of the office for a period, with its source; an empty value
    clears the period's value."""

    def __init__(self, database: Database, definition: ManualDefinition, period: Period,
                 history: dict[Period, ManualEntry], parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_ManualValueForm()
        self.ui.setupUi(self)
        self.definition = definition
        self.history = history
        self.save_button = self._buttons(self.ui.buttons)
        self.ui.indicator_name.setText(f"{definition.name} ({MANUAL_PREFIX}{definition.slug})")
        self.ui.value_unit.setText(definition.unit)
        self.ui.period.period_changed.connect(self._show_entry)
        self.ui.period.set_period(period)
        self._show_entry(period)
        self.ui.value.setFocus()

    def _show_entry(self, period: Period) -> None:
        entry = self.history.get(period)
        self.ui.value.setText(format_figure(entry.value, None)
                              if entry and entry.value is not None else "")
        self.ui.source.setText(entry.source if entry else "")
        clear_field_errors(self)

    def save(self) -> Task | None:
        period = self.ui.period.period()
        checked = parse_number(self.ui.value.text())
        issues = [error(i.message, field="value") for i in checked.issues]
        value = float(checked.value) if checked.value is not None else None
        source = self.ui.source.text()
        if value is not None and not clean_text(source):
            issues.append(error(self.tr("Hãy ghi nguồn của số liệu (cơ quan, văn bản, ngày)."),
                                field="source"))
        slug = self.definition.slug
        return self._store(issues, self.ui.form_error,
                           lambda: set_manual_value(self.database, slug, period, value, source),
                           (period, value, source))
