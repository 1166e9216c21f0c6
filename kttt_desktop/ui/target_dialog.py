"""The form of one plan target (forms/target_form.ui).

The indicator is found by typing part of its Vietnamese label, accents optional
(``Catalogue.search``); the comparator is chosen in the plan's words; the maximum shows only for
"từ … đến", the tolerance only for "khoảng" (5% unless changed). Problems appear next to their
fields (services.targets.check_target) and nothing is saved while there is one.
Ctrl+S saves, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from kttt_desktop.core.enums import Comparator
from kttt_desktop.core.errors import InputError, KtttError
from kttt_desktop.core.indicators import Catalogue, Indicator
from kttt_desktop.core.issues import Issue, error
from kttt_desktop.core.numbers import format_figure, parse_number, parse_percent
from kttt_desktop.core.targets import DEFAULT_TOLERANCE_PCT
from kttt_desktop.data.database import Database
from kttt_desktop.services.targets import TargetRecord, check_target, save_target
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.field_errors import clear_field_errors, show_field_errors
from kttt_desktop.ui.forms.ui_target_form import Ui_TargetForm
from kttt_desktop.ui.tasks import Task, run_write
from kttt_desktop.ui.wheel import guard_wheel

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class TargetDialog(QDialog):
    """Adds a target (``target`` None) or edits one; ``saved`` carries the stored record."""

    saved = Signal(object)  # the TargetRecord as stored

    def __init__(self, database: Database, catalogue: Catalogue, *, year: int,
                 target: TargetRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.database = database
        self.catalogue = catalogue
        self.target = target
        self.task: Task | None = None
        self._checked_once = False  # after a first save attempt, problems update as one types
        self._wanted: str | None = None  # the code to choose when the list is next filled
        self.ui = Ui_TargetForm()
        self.ui.setupUi(self)
        guard_wheel(self)
        self.setWindowTitle(self.tr("Sửa chỉ tiêu kế hoạch") if target
                            else self.tr("Thêm chỉ tiêu kế hoạch"))
        for comparator in Comparator:
            self.ui.comparator.addItem(comparator.label, comparator.value)
        self.save_button = self.ui.buttons.addButton(self.tr("Lưu (Ctrl+S)"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        cancel = self.ui.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        for button in (self.save_button, cancel):
            button.setAutoDefault(False)  # Enter picks an indicator; it never saves by surprise
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self.ui.indicator.textChanged.connect(self._search)
        self.ui.indicator.installEventFilter(self)
        self.ui.indicator_choices.currentItemChanged.connect(self._chosen_changed)
        self.ui.indicator_choices.itemActivated.connect(
            lambda _: self.ui.comparator.setFocus())
        self.ui.comparator.currentIndexChanged.connect(self._comparator_changed)
        for field in (self.ui.value, self.ui.max_value, self.ui.tolerance_pct, self.ui.basis):
            field.textChanged.connect(self._recheck)
        self.ui.year.valueChanged.connect(self._recheck)

        self._fill(target, year)
        clear_field_errors(self)

    # Filling ---------------------------------------------------------------------------------

    def _fill(self, target: TargetRecord | None, year: int) -> None:
        ui = self.ui
        ui.year.setValue(target.year if target else year)
        indicator = self.catalogue.find(target.indicator) if target else None
        self._wanted = target.indicator if target else None
        ui.indicator.setText(indicator.label if indicator else "")
        self._search(ui.indicator.text())
        comparator = target.comparator if target else Comparator.AT_LEAST
        ui.comparator.setCurrentIndex(ui.comparator.findData(comparator.value))
        self._comparator_changed()
        if target:
            ui.value.setText(format_figure(target.value, None))
            ui.max_value.setText(format_figure(target.max_value, None)
                                 if target.max_value is not None else "")
            if target.tolerance_pct is not None:
                ui.tolerance_pct.setText(format_figure(target.tolerance_pct, None))
            ui.basis.setText(target.basis)
            ui.note.setPlainText(target.note)
        ui.indicator.setFocus()
        ui.indicator.selectAll()

    # The indicator ---------------------------------------------------------------------------

    def chosen(self) -> Indicator | None:
        item = self.ui.indicator_choices.currentItem()
        return self.catalogue.find(item.data(CODE_ROLE)) if item is not None else None

    def _search(self, text: str) -> None:
        """List the indicators the words typed name, best first, and choose the first (the
        target's own indicator when the dialog opens on a target)."""
        choices = self.ui.indicator_choices
        keep = self._wanted
        choices.blockSignals(True)
        choices.clear()
        selected = None
        for indicator in self.catalogue.search(text):
            item = QListWidgetItem(indicator.label, choices)
            item.setData(CODE_ROLE, indicator.code)
            item.setToolTip(f"{indicator.code}\n{indicator.definition}")
            if indicator.code == keep:
                selected = item
        if selected is None and choices.count():
            selected = choices.item(0)
        choices.setCurrentItem(selected)
        choices.blockSignals(False)
        self._wanted = None
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        indicator = self.chosen()
        if indicator is None:
            self.ui.indicator_chosen.setText(self.tr("Không có chỉ tiêu nào khớp với chữ đã gõ."))
            self.ui.value_unit.setText("")
        else:
            self.ui.indicator_chosen.setText(self.tr("Đã chọn: {label}, đơn vị: {unit}")
                                             .format(label=indicator.label,
                                                     unit=indicator.unit or "–"))
            self.ui.indicator_chosen.setToolTip(indicator.code)
            self.ui.value_unit.setText(indicator.unit)
        self._recheck()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Up and Down in the search box move through the list; Enter keeps the choice."""
        if watched is self.ui.indicator and isinstance(event, QKeyEvent) and (
                event.type() == QEvent.Type.KeyPress):
            key = event.key()
            choices = self.ui.indicator_choices
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and choices.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(choices.currentRow() + step, 0), choices.count() - 1)
                choices.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.chosen() is not None:
                self.ui.comparator.setFocus()
                return True
        return super().eventFilter(watched, event)

    # The comparator --------------------------------------------------------------------------

    def comparator(self) -> Comparator:
        return Comparator(self.ui.comparator.currentData())

    def _comparator_changed(self) -> None:
        comparator = self.comparator()
        ranged, approx = comparator is Comparator.RANGE, comparator is Comparator.APPROX
        for widget in (self.ui.max_value_label, self.ui.max_value):
            widget.setVisible(ranged)
        for widget in (self.ui.tolerance_pct_label, self.ui.tolerance_pct,
                       self.ui.tolerance_pct_unit):
            widget.setVisible(approx)
        if approx and not self.ui.tolerance_pct.text().strip():
            self.ui.tolerance_pct.setText(format_figure(DEFAULT_TOLERANCE_PCT))
        self.ui.value.setPlaceholderText(self.tr("từ") if ranged else "")
        self._recheck()

    # Checking and saving ---------------------------------------------------------------------

    def record(self) -> tuple[TargetRecord | None, list[Issue]]:
        """The target as typed in, or the problems that stop it from being one."""
        issues: list[Issue] = []

        def number(field: str, *, percent: bool = False, required: bool = False) -> float | None:
            text = getattr(self.ui, field).text()
            checked = (parse_percent if percent else parse_number)(text)
            for issue in checked.issues:
                issues.append(error(issue.message, field=field))
            if checked.value is None and required and not checked.issues:
                issues.append(error(self.tr("Hãy nhập giá trị mục tiêu."), field=field))
            return float(checked.value) if checked.value is not None else None

        comparator = self.comparator()
        indicator = self.chosen()
        if indicator is None:
            issues.append(error(self.tr("Hãy chọn một chỉ tiêu trong danh sách."),
                                field="indicator"))
        value = number("value", required=True)
        top = number("max_value", required=True) if comparator is Comparator.RANGE else None
        tolerance = (number("tolerance_pct", percent=True) if comparator is Comparator.APPROX
                     else None)
        if issues:
            return None, issues
        assert indicator is not None and value is not None
        target = TargetRecord(
            self.ui.year.value(), indicator.code, comparator, value, top,
            None if tolerance == DEFAULT_TOLERANCE_PCT else tolerance,
            self.ui.basis.text(), self.ui.note.toPlainText(),
            self.target.id if self.target else None)
        problems = check_target(target, self.catalogue)
        return (None, problems) if problems else (target, [])

    def _recheck(self) -> None:
        if self._checked_once:
            _, issues = self.record()
            show_field_errors(self, issues, general=self.ui.form_error)

    def save(self) -> Task | None:
        """Check the form; save in the background when nothing is wrong."""
        if self.task is not None and not self.task.is_finished:
            return None
        self._checked_once = True
        target, issues = self.record()
        show_field_errors(self, issues, general=self.ui.form_error)
        if target is None:
            return None
        self.save_button.setEnabled(False)
        self.task = run_write(save_target, self.database, target, on_done=self._saved,
                              on_error=self._failed,
                              on_finished=lambda: self.save_button.setEnabled(True), owner=self)
        return self.task

    def _saved(self, target: TargetRecord) -> None:
        self.saved.emit(target)
        self.accept()

    def _failed(self, exc: KtttError) -> None:
        if isinstance(exc, InputError):
            show_field_errors(self, exc.issues or [error(exc.message)],
                              general=self.ui.form_error)
        else:
            msgbox.error(self, exc.message, details=exc.details)
