"""Cán bộ & đào tạo: the managers of every organisation, each with the positions they hold and
the courses they attended.

The list shows the positions each manager holds today and their training level; CCCD, phone and
birth date are masked unless shown. The detail is the manager's form, then the tabs of their
positions (from … to) and training records, and the history.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from kttt_desktop.core.enums import Gender, Position, TrainingLevel
from kttt_desktop.core.numbers import format_number
from kttt_desktop.data.database import Database
from kttt_desktop.services.registers.records import load_record
from kttt_desktop.ui.forms.ui_manager_form import Ui_ManagerForm
from kttt_desktop.ui.forms.ui_manager_position_form import Ui_ManagerPositionForm
from kttt_desktop.ui.forms.ui_training_record_form import Ui_TrainingRecordForm
from kttt_desktop.ui.registers.catalogue import (
    BIRTH,
    CCCD,
    NAME,
    PHONE,
    column,
    positions_text,
    sublist_columns,
)
from kttt_desktop.ui.registers.history_view import HistoryView
from kttt_desktop.ui.registers.organisation_records import (
    OrganisationRecordForm,
    OrganisationRecordsScreen,
    add_organisation_filters,
)
from kttt_desktop.ui.registers.panel import SubListPanel, leave_in_turn
from kttt_desktop.ui.registers.record_form import RecordForm
from kttt_desktop.ui.registers.table_model import (
    PERSONAL_CODE,
    PERSONAL_DATE,
    ColumnDef,
    birth_text,
)

IN_POST, NOT_IN_POST = 1, 0


class ManagerForm(OrganisationRecordForm):
    table = "manager"
    form_class = Ui_ManagerForm
    last_field = "note"
    aliases = {"birth_year": "birth_date"}

    def prepare(self) -> None:
        super().prepare()
        self.ui.birth_date.set_year_allowed(True)
        self.ui.gender.set_enum(Gender)
        self.ui.training_level.set_enum(TrainingLevel, empty=None)

    def default_values(self) -> dict[str, Any]:
        return {"training_level": TrainingLevel.UNTRAINED.value}

    def from_record(self, record: Mapping[str, Any]) -> dict[str, Any]:
        return {**record, "birth_date": record.get("birth_date") or record.get("birth_year")}

    def to_record(self, values: dict[str, Any]) -> dict[str, Any]:
        born = values.get("birth_date")
        if isinstance(born, int):  # only the year is known
            return {**values, "birth_date": None, "birth_year": born}
        return {**values, "birth_year": None}


class PositionForm(RecordForm):
    table = "manager_position"
    form_class = Ui_ManagerPositionForm
    last_field = "ends_on"

    def prepare(self) -> None:
        self.ui.position.set_enum(Position)


class TrainingForm(RecordForm):
    table = "training_record"
    form_class = Ui_TrainingRecordForm
    last_field = "level"

    def prepare(self) -> None:
        self.ui.level.set_enum(TrainingLevel)


class ManagerTabs(QTabWidget):
    """A manager's form, then the tabs of the positions they hold and the courses they attended
    (each a list with its own form), and optionally their history. The Cán bộ & đào tạo section
    shows it beside its list, the organisation's Cán bộ tab below its own."""

    records_changed = Signal()  # a position or a training record was saved or deleted

    def __init__(self, database: Database, form: ManagerForm, *, history: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manager_tabs")
        self.form = form
        self.positions = SubListPanel(database, "manager_position",
                                      sublist_columns("manager_position"),
                                      PositionForm(database), parent_column="manager_id")
        self.trainings = SubListPanel(database, "training_record",
                                      sublist_columns("training_record"),
                                      TrainingForm(database), parent_column="manager_id")
        self.history = HistoryView(database) if history else None
        self.addTab(form, self.tr("Thông tin cán bộ"))
        self.addTab(self.positions, self.tr("Chức vụ"))
        self.addTab(self.trainings, self.tr("Đào tạo"))
        if self.history is not None:
            self.addTab(self.history, self.tr("Lịch sử"))
        form.shown.connect(self._manager_shown)
        for panel in (self.positions, self.trainings):
            panel.form.saved.connect(lambda _saved: self.records_changed.emit())
            panel.form.deleted.connect(lambda _entry: self.records_changed.emit())
            panel.listed.connect(self._count_tabs)

    def _manager_shown(self) -> None:
        manager_id = self.form.record_id
        for panel in (self.positions, self.trainings):
            panel.set_parent(manager_id)
            if manager_id is not None:
                panel.refresh()  # two small counts, so that each tab says how many it holds
        if self.history is not None:
            self.history.set_record("manager", manager_id)
        if manager_id is None:
            self.setCurrentWidget(self.form)
            self._count_tabs()

    def _count_tabs(self, _count: int = 0) -> None:
        for panel, title in ((self.positions, self.tr("Chức vụ")),
                             (self.trainings, self.tr("Đào tạo"))):
            rows = panel.model.rowCount() if panel.parent_id is not None else 0
            self.setTabText(self.indexOf(panel),
                            f"{title} ({rows})" if panel.parent_id is not None else title)

    def request_leave(self, proceed: Callable[[], None]) -> None:
        leave_in_turn([self.positions, self.trainings, self.form], proceed)

    def show_held(self, table: str, record_id: int) -> None:
        """Show the position or training record ``record_id`` of the manager shown, on its tab."""
        panel = self.positions if table == "manager_position" else self.trainings
        self.setCurrentWidget(panel)
        panel.refresh()
        panel.show_record(record_id)


class ManagerScreen(OrganisationRecordsScreen):
    """The register of managers (see the module's note)."""

    table = "manager"
    heading = QT_TRANSLATE_NOOP("Sections", "Cán bộ & đào tạo")
    trash_tables = ("manager", "manager_position", "training_record")

    def columns(self) -> list[ColumnDef]:
        return [
            column("full_name", NAME, width=22),
            column("organisation", QT_TRANSLATE_NOOP("Columns", "Tổ chức"), width=30),
            column("positions", QT_TRANSLATE_NOOP("Columns", "Chức vụ hiện nay"),
                   text=positions_text, width=22),
            column("training_level", QT_TRANSLATE_NOOP("Columns", "Trình độ"), width=14),
            column("birth_date", BIRTH, text=birth_text, personal=PERSONAL_DATE, width=10),
            column("cccd", CCCD, personal=PERSONAL_CODE, width=13),
            column("phone", PHONE, personal=PERSONAL_CODE, width=11),
        ]

    def create_form(self) -> RecordForm:
        return ManagerForm(self.database)

    def add_filters(self) -> None:
        self.add_filter("training_level", self.tr("Trình độ"), TrainingLevel.choices())
        self.add_filter("position", self.tr("Chức vụ"), Position.choices())
        self.add_filter("in_post", self.tr("Đương nhiệm"), [
            (IN_POST, self.tr("Đang giữ chức vụ")), (NOT_IN_POST, self.tr("Không còn chức vụ"))],
            everything=self.tr("Đương nhiệm và đã thôi"))
        add_organisation_filters(self)

    def count_text(self, count: int) -> str:
        return self.tr("{count} cán bộ").format(count=format_number(count))

    def search_hint(self) -> str:
        return self.tr("Tìm theo họ tên hoặc số CCCD (không cần dấu)… (Ctrl+F)")

    def detail_widget(self) -> QWidget:
        assert isinstance(self.form, ManagerForm)
        self.tabs = ManagerTabs(self.database, self.form, history=True, parent=self)
        self.positions, self.trainings = self.tabs.positions, self.tabs.trainings
        self.history = self.tabs.history
        self.tabs.records_changed.connect(self.reload_list)  # the positions column
        return self.tabs

    def request_leave(self, proceed: Callable[[], None]) -> None:
        self.tabs.request_leave(proceed)

    def open_record(self, table: str, record_id: int) -> bool:
        """Show a manager, or the manager of a position or a training record on its tab."""
        if table not in ("manager_position", "training_record"):
            return super().open_record(table, record_id)
        record = load_record(self.database, table, record_id)
        if record is None:
            return False

        def show_in_tab() -> None:
            self._show(record["manager_id"])
            self.tabs.show_held(table, record_id)

        self.request_leave(show_in_tab)
        return True
