"""The "Chỉ tiêu" section (forms/targets_page.ui): the plan targets of a year and the office's own
indicators.

Targets: a table of the year's targets (the indicator, the comparator in the plan's words, the
value or values, the tolerance of "khoảng", the basis document, the note); Ctrl+N adds one,
Enter or a double-click edits, Delete deletes; "Sao chép chỉ tiêu năm trước" copies the targets
of the year before that this year lacks. Own indicators: define one (name, unit), then type in
its value for each period with its source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from kttt_desktop.core import clock
from kttt_desktop.core.enums import Comparator
from kttt_desktop.core.indicators import MANUAL_PREFIX, Catalogue, ManualDefinition
from kttt_desktop.core.numbers import format_figure, format_number
from kttt_desktop.core.periods import Period, current_period, periods_of_year
from kttt_desktop.data.database import Database
from kttt_desktop.services.manual_indicators import (
    ManualEntry,
    delete_manual,
    manual_history,
    office_catalogue,
)
from kttt_desktop.services.targets import (
    TargetRecord,
    copy_targets,
    delete_target,
    list_targets,
    target_years,
)
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.changes import Staleness
from kttt_desktop.ui.forms.ui_targets_page import Ui_TargetsPageForm
from kttt_desktop.ui.manual_indicator_dialogs import ManualIndicatorDialog, ManualValueDialog
from kttt_desktop.ui.read_only import refuse_edits
from kttt_desktop.ui.sections import SectionContext, heading_label
from kttt_desktop.ui.target_dialog import TargetDialog
from kttt_desktop.ui.tasks import Task, run_task, run_write
from kttt_desktop.ui.text_table import TextTableModel

FormDialog = TypeVar("FormDialog", TargetDialog, ManualIndicatorDialog, ManualValueDialog)
STATUS_MS = 6000
PLAN_TAB, MANUAL_TAB = 0, 1


@dataclass(frozen=True)
class TargetsData:
    """What the section shows for a year, read in one go on a worker."""

    year: int
    catalogue: Catalogue  # with the office's own indicators
    targets: list[TargetRecord]
    years: list[int]  # the years that have targets


def load_targets(db: Database, year: int) -> TargetsData:
    catalogue = office_catalogue(db)
    return TargetsData(year, catalogue, list_targets(db, year, catalogue=catalogue),
                       target_years(db))


def goal_texts(target: TargetRecord) -> tuple[str, str]:
    """The comparator in the plan's words and the value(s): ("từ … đến", "30 – 50")."""
    value = format_figure(target.value)
    if target.comparator is Comparator.RANGE:
        value = f"{value} – {format_figure(target.max_value)}"
    return target.comparator.label, value


def _single_line(text: str) -> str:
    return " ".join(text.split())


class TargetsPage(QWidget):
    loaded = Signal(object)  # the TargetsData shown
    history_loaded = Signal(object)  # the values of the chosen own indicator

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targets_page")
        self.context = context
        self.database = context.database
        self.data: TargetsData | None = None
        self.history: dict[Period, ManualEntry] = {}
        self.task: Task | None = None
        self.dialog: QWidget | None = None  # the form last opened
        self.ui = Ui_TargetsPageForm()
        self.ui.setupUi(self)
        self.ui.top_layout.insertWidget(0, heading_label(self.tr("Chỉ tiêu"), self))
        self.ui.top_layout.insertSpacing(1, 24)

        self.targets_model: TextTableModel[TargetRecord] = TextTableModel(
            [self.tr("Chỉ tiêu"), self.tr("Cách so sánh"), self.tr("Mục tiêu"),
             self.tr("Đơn vị"), self.tr("Sai số"), self.tr("Căn cứ"), self.tr("Ghi chú")],
            self, right_aligned={2, 4})
        self.manual_model: TextTableModel[ManualDefinition] = TextTableModel(
            [self.tr("Tên chỉ tiêu"), self.tr("Đơn vị"), self.tr("Mã")], self)
        self.values_model: TextTableModel[Period] = TextTableModel(
            [self.tr("Kỳ"), self.tr("Giá trị"), self.tr("Nguồn số liệu")], self,
            right_aligned={1})
        for view, model in ((self.ui.targets, self.targets_model),
                            (self.ui.manual_list, self.manual_model),
                            (self.ui.manual_values, self.values_model)):
            view.setModel(model)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        self.ui.plan_hint.setText(self.tr("Ctrl+N: thêm chỉ tiêu · Enter hoặc nhấp đúp: sửa · "
                                          "Delete: xóa"))
        self._connect()
        self._update_buttons()
        # Targets and own indicators written elsewhere (an imported workbook) are read again.
        self.staleness = Staleness(self, self.reload, lambda changed: changed.touches(
            "target", "manual_indicator", "manual_value"))
        self.ui.year.setValue(clock.today().year)  # reloads

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.staleness.shown()

    def _connect(self) -> None:
        ui = self.ui
        ui.year.valueChanged.connect(self.reload)
        ui.years_with_targets.linkActivated.connect(lambda year: ui.year.setValue(int(year)))
        ui.add.clicked.connect(self.add_target)
        ui.edit.clicked.connect(self.edit_target)
        ui.delete.clicked.connect(self.delete_target)
        ui.copy_previous.clicked.connect(self.copy_previous_year)
        ui.targets.activated.connect(lambda _: self.edit_target())
        ui.targets.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.add_manual.clicked.connect(self.add_manual)
        ui.edit_manual.clicked.connect(self.edit_manual)
        ui.delete_manual.clicked.connect(self.delete_manual)
        ui.enter_value.clicked.connect(lambda: self.enter_value())
        ui.manual_list.activated.connect(lambda _: self.enter_value())
        ui.manual_list.selectionModel().selectionChanged.connect(self._manual_chosen)
        ui.manual_values.activated.connect(
            lambda index: self.enter_value(self.values_model.item(index.row())))
        # In the whole window while this section is shown (a hidden section's shortcuts sleep).
        QShortcut(QKeySequence.StandardKey.New, self, activated=self._add_in_current_tab)
        QShortcut(QKeySequence.StandardKey.Delete, ui.targets, activated=self.delete_target,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, ui.manual_list, activated=self.delete_manual,
                  context=Qt.ShortcutContext.WidgetShortcut)

    # Loading ---------------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return self.ui.year.value()

    def reload(self, *_: object, select: tuple[int, str] | None = None) -> Task:
        """Read the year's targets and the own indicators again; ``select`` (year, code) the
        target to select afterwards."""
        year = self.year
        self.task = run_task(load_targets, self.database, year,
                             on_done=lambda data: self._show(data, select), owner=self)
        return self.task

    def _show(self, data: TargetsData, select: tuple[int, str] | None) -> None:
        if data.year != self.year:  # another year was chosen meanwhile
            return
        chosen_manual = self.chosen_manual()
        self.data = data
        catalogue = data.catalogue
        texts, tooltips = [], []
        for target in data.targets:
            indicator = catalogue.find(target.indicator)
            comparator, value = goal_texts(target)
            tolerance = (f"±{format_figure(target.goal.tolerance_or_default)}%"
                         if target.comparator is Comparator.APPROX else "")
            label = indicator.label if indicator else target.indicator
            texts.append((label, comparator, value, indicator.unit if indicator else "",
                          tolerance, target.basis, _single_line(target.note)))
            tooltips.append((f"{target.indicator}\n{indicator.definition if indicator else ''}",
                             None, None, None, None, target.basis or None, target.note or None))
        self.targets_model.set_rows(data.targets, texts, tooltips)
        _fit_columns(self.ui.targets, {0: 430, 5: 260})
        self._show_years(data)
        self._show_manual(catalogue.manual, chosen_manual)
        if select is not None:
            for row, target in enumerate(data.targets):
                if (target.year, target.indicator) == select:
                    self.ui.targets.selectRow(row)
        self._update_buttons()
        self.loaded.emit(data)

    def _show_years(self, data: TargetsData) -> None:
        links = ", ".join(str(y) if y == data.year else f'<a href="{y}">{y}</a>'
                          for y in data.years)
        self.ui.years_with_targets.setText(
            self.tr("Các năm đã có chỉ tiêu: {years}").format(years=links) if links
            else self.tr("Chưa có chỉ tiêu của năm nào."))
        if not data.targets:
            self.ui.plan_hint.setText(self.tr(
                "Năm {year} chưa có chỉ tiêu. Thêm chỉ tiêu (Ctrl+N), hoặc sao chép chỉ tiêu "
                "năm {previous}.").format(year=data.year, previous=data.year - 1))
        else:
            self.ui.plan_hint.setText(self.tr(
                "{count} chỉ tiêu · Ctrl+N: thêm · Enter hoặc nhấp đúp: sửa · Delete: xóa").format(
                    count=len(data.targets)))

    def _update_buttons(self) -> None:
        writable = self.database.writable
        chosen = self.chosen_target() is not None and writable
        self.ui.edit.setEnabled(chosen)
        self.ui.delete.setEnabled(chosen)
        manual = self.chosen_manual() is not None and writable
        for button in (self.ui.edit_manual, self.ui.delete_manual, self.ui.enter_value):
            button.setEnabled(manual)
        refuse_edits(self.database, self.ui.add, self.ui.copy_previous, self.ui.add_manual)

    def _open(self, dialog: FormDialog, on_saved: Callable[[object], None]) -> FormDialog:
        """Show a form (window-modal, not blocking); ``on_saved`` gets what it stored."""
        dialog.saved.connect(on_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _status(self, text: str) -> None:
        self.context.navigator.show_message(text, STATUS_MS)

    # Targets ---------------------------------------------------------------------------------

    def chosen_target(self) -> TargetRecord | None:
        rows = self.ui.targets.selectionModel().selectedRows()
        return self.targets_model.item(rows[0].row()) if rows else None

    def _add_in_current_tab(self) -> None:
        if not self.database.writable:
            return
        if self.ui.tabs.currentIndex() == MANUAL_TAB:
            self.add_manual()
        else:
            self.add_target()

    def add_target(self) -> TargetDialog | None:
        return self._open_target(None)

    def edit_target(self) -> TargetDialog | None:
        target = self.chosen_target()
        return self._open_target(target) if target is not None else None

    def _open_target(self, target: TargetRecord | None) -> TargetDialog | None:
        if self.data is None or not self.database.writable:
            return None
        return self._open(TargetDialog(self.database, self.data.catalogue, year=self.year,
                                       target=target, parent=self), self._target_saved)

    def _target_saved(self, target: TargetRecord) -> None:
        self._status(self.tr("Đã lưu chỉ tiêu năm {year}.").format(year=target.year))
        if target.year != self.year:
            self.ui.year.setValue(target.year)  # shows the year the target went to
        self.reload(select=(target.year, target.indicator))

    def delete_target(self) -> Task | None:
        target = self.chosen_target()
        if target is None or target.id is None or self.data is None or not self.database.writable:
            return None
        indicator = self.data.catalogue.find(target.indicator)
        label = indicator.label if indicator else target.indicator
        answer = msgbox.question(self, self.tr("Xóa chỉ tiêu “{label}” của năm {year}?").format(
            label=label, year=target.year), default=msgbox.Answer.NO)
        if answer is not msgbox.Answer.YES:
            return None
        return run_write(delete_target, self.database, target.id,
                         on_done=lambda _: self._deleted(label), owner=self)

    def _deleted(self, label: str) -> None:
        self._status(self.tr("Đã xóa chỉ tiêu “{label}”.").format(label=label))
        self.reload()

    def copy_previous_year(self) -> Task | None:
        if not self.database.writable:
            return None
        year = self.year
        return run_write(copy_targets, self.database, year - 1, year,
                         on_done=lambda copied: self._copied(copied, year - 1, year), owner=self)

    def _copied(self, copied: list[TargetRecord], source: int, year: int) -> None:
        if copied:
            text = self.tr("Đã sao chép {count} chỉ tiêu của năm {source} sang năm {year}.").format(
                count=len(copied), source=source, year=year)
        else:
            text = self.tr("Không có chỉ tiêu nào để sao chép: năm {source} không có chỉ tiêu mà "
                           "năm {year} chưa có.").format(source=source, year=year)
        msgbox.information(self, text)
        self.reload()

    # The office's own indicators -------------------------------------------------------------

    def chosen_manual(self) -> ManualDefinition | None:
        rows = self.ui.manual_list.selectionModel().selectedRows()
        return self.manual_model.item(rows[0].row()) if rows else None

    def _show_manual(self, definitions: tuple[ManualDefinition, ...],
                     chosen: ManualDefinition | None) -> None:
        self.manual_model.set_rows(definitions, [
            (d.name, d.unit, MANUAL_PREFIX + d.slug) for d in definitions])
        _fit_columns(self.ui.manual_list, {0: 320})
        for row, definition in enumerate(definitions):
            if chosen is not None and definition.slug == chosen.slug:
                self.ui.manual_list.selectRow(row)
        if self.chosen_manual() is None:
            self._show_history(None, {})

    def _manual_chosen(self) -> None:
        self._update_buttons()
        self.load_history()

    def load_history(self) -> Task | None:
        definition = self.chosen_manual()
        if definition is None:
            self._show_history(None, {})
            return None
        return run_task(manual_history, self.database, definition.slug,
                        on_done=lambda history: self._show_history(definition, history),
                        owner=self)

    def _show_history(self, definition: ManualDefinition | None,
                      history: dict[Period, ManualEntry]) -> None:
        if definition is not None and definition != self.chosen_manual():
            return  # another indicator was chosen meanwhile
        self.history = history
        periods = periods_of_year(self.year) if definition is not None else []
        texts = []
        for period in periods:
            entry = history.get(period)
            value = format_figure(entry.value) if entry and entry.value is not None else ""
            texts.append((period.short_label(), value, entry.source if entry else ""))
        self.values_model.set_rows(periods, texts)
        _fit_columns(self.ui.manual_values, {})
        self.ui.values_heading.setText(
            self.tr("Giá trị năm {year} của “{name}”").format(year=self.year,
                                                             name=definition.name)
            if definition is not None else self.tr("Chọn một chỉ tiêu để xem và nhập giá trị."))
        self.history_loaded.emit(history)

    def add_manual(self) -> ManualIndicatorDialog | None:
        return self._open_manual(None) if self.database.writable else None

    def edit_manual(self) -> ManualIndicatorDialog | None:
        definition = self.chosen_manual()
        if definition is None or not self.database.writable:
            return None
        return self._open_manual(definition)

    def _open_manual(self, definition: ManualDefinition | None) -> ManualIndicatorDialog:
        taken = [d.slug for d in self.data.catalogue.manual] if self.data else []
        return self._open(ManualIndicatorDialog(self.database, taken=taken, definition=definition,
                                                parent=self), self._manual_saved)

    def _manual_saved(self, definition: ManualDefinition) -> None:
        self._status(self.tr("Đã lưu chỉ tiêu tự theo dõi “{name}”.").format(
            name=definition.name))
        self.reload()

    def delete_manual(self) -> Task | None:
        definition = self.chosen_manual()
        if definition is None or not self.database.writable:
            return None
        answer = msgbox.question(self, self.tr(
            "Xóa chỉ tiêu tự theo dõi “{name}” cùng mọi giá trị đã nhập của nó?").format(
                name=definition.name), default=msgbox.Answer.NO)
        if answer is not msgbox.Answer.YES:
            return None
        return run_write(delete_manual, self.database, definition.slug,
                         on_done=lambda _: self.reload(), owner=self)

    def enter_value(self, period: Period | None = None) -> ManualValueDialog | None:
        """Type in the chosen indicator's value for ``period`` (default: the last quarter
        ended, in the current year; else the year shown)."""
        definition = self.chosen_manual()
        if definition is None or not self.database.writable:
            return None
        if period is None:
            today = clock.today()
            period = current_period(today) if self.year == today.year else Period(self.year)
        return self._open(ManualValueDialog(self.database, definition, period, self.history,
                                            parent=self),
                          lambda saved: self._value_saved(definition, saved))

    def _value_saved(self, definition: ManualDefinition,
                     saved: tuple[Period, float | None, str]) -> None:
        period, value, _ = saved
        self._status(self.tr("Đã lưu giá trị {period} của “{name}”: {value}.").format(
            period=period.short_label(), name=definition.name,
            value=format_number(value, None) if value is not None else "–"))
        if period.year != self.year:
            self.ui.year.setValue(period.year)
        self.load_history()


def _fit_columns(view: QTableView, widest: dict[int, int]) -> None:
    """Size the columns to their contents, no wider than ``widest`` says for some."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.resizeColumnsToContents()
    for column, width in widest.items():
        if header.sectionSize(column) > width:
            header.resizeSection(column, width)
