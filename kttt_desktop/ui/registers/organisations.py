"""Tổ chức: the hub of the registers.

The list of organisations (filters: kind, commune, sector, status today) beside the record of
one, in tabs: its general data with its suspensions, its members, managers, OCOP products,
ratings, yearly figures, and the history of all of it. An officer enters a whole cooperative,
members included, without leaving it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kttt_desktop.core.enums import OrgKind, OrgStatus, Sector
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP
from kttt_desktop.core.numbers import format_number
from kttt_desktop.services.office import area_communes, commune_pasts, resolve_commune
from kttt_desktop.services.registers.records import load_record
from kttt_desktop.ui.forms.ui_organisation_form import Ui_OrganisationForm
from kttt_desktop.ui.forms.ui_suspension_form import Ui_SuspensionForm
from kttt_desktop.ui.registers.catalogue import column, form_class, sublist_columns
from kttt_desktop.ui.registers.history_view import HistoryView
from kttt_desktop.ui.registers.managers import ManagerForm, ManagerTabs
from kttt_desktop.ui.registers.members import MemberForm
from kttt_desktop.ui.registers.panel import SubListPanel, leave_in_turn
from kttt_desktop.ui.registers.record_form import RecordForm
from kttt_desktop.ui.registers.screen import RegisterScreen
from kttt_desktop.ui.registers.table_model import ColumnDef, Row
from kttt_desktop.ui.tasks import run_task

TABS = ("member", "manager", "ocop_product", "rating", "yearly_figures", "history")
"""The record's tabs after the general one, in their order."""
FLAGS = (("value_chain", "value_chain_year"), ("high_tech", "high_tech_year"),
         ("digital", "digital_year"))


class SuspensionForm(RecordForm):
    table = "suspension"
    form_class = Ui_SuspensionForm
    last_field = "reason"


class OrganisationForm(RecordForm):
    """The general data of an organisation, with its suspensions below."""

    table = "organisation"
    form_class = Ui_OrganisationForm
    last_field = "note"

    def prepare(self) -> None:
        self.ui.kind.set_enum(OrgKind, empty=None)
        self.ui.sector.set_enum(Sector)
        self.refresh_choices()
        for flag, year in FLAGS:
            checkbox, year_edit = getattr(self.ui, flag), getattr(self.ui, year)
            year_edit.setMaximumWidth(90)
            checkbox.toggled.connect(lambda on, edit=year_edit: self._flag_toggled(on, edit))
        self.suspensions = SubListPanel(self.database, "suspension",
                                        sublist_columns("suspension"),
                                        SuspensionForm(self.database),
                                        parent_column="organisation_id")
        self.suspensions.view.setMinimumHeight(90)
        self.ui.suspensions_layout.addWidget(self.suspensions)
        self.shown.connect(lambda: self.suspensions.set_parent(self.record_id))

    def refresh_choices(self) -> None:
        """The communes of the office's area (as the settings have it now); a commune is also
        found by the names it had before the 2025 reform (read in the background)."""
        units = area_communes(self.database)
        combo = self.ui.commune_code
        combo.set_choices([(unit.code, unit.name) for unit in units])
        province = units[0].province_code if units else None
        combo.set_resolver(lambda text: resolve_commune(text, province))
        run_task(commune_pasts, [unit.code for unit in units], owner=self,
                 on_done=combo.set_search_texts)

    @staticmethod
    def _flag_toggled(on: bool, year_edit: QWidget) -> None:
        year_edit.setEnabled(on)
        if not on:
            year_edit.set_value(None)

    def default_values(self) -> dict[str, Any]:
        return {"kind": OrgKind.HTX.value}

    def from_record(self, record: dict[str, Any]) -> dict[str, Any]:
        values = dict(record)
        for flag, year in FLAGS:
            getattr(self.ui, year).setEnabled(bool(values.get(flag)))
        return values


def _members_text(row: Row) -> str:
    """The members on today's date; "(kê khai)" marks a number declared without a member list."""
    count = format_number(row["members"])
    if not row.get("members_declared"):
        return count
    return QCoreApplication.translate("Columns", "{count} (kê khai)").format(count=count)


def _organisation_columns() -> list[ColumnDef]:
    return [
        column("name", QT_TRANSLATE_NOOP("Columns", "Tên tổ chức"), width=30),
        column("kind", QT_TRANSLATE_NOOP("Columns", "Loại"), width=5,
               text=lambda row: OrgKind(row["kind"]).abbreviation if row.get("kind") else ""),
        column("commune", QT_TRANSLATE_NOOP("Columns", "Xã, phường"), width=18),
        column("members", QT_TRANSLATE_NOOP("Columns", "Thành viên"), numeric=True, width=7,
               text=_members_text),
        column("status", QT_TRANSLATE_NOOP("Columns", "Tình trạng"), width=16),
        column("code", QT_TRANSLATE_NOOP("Columns", "Mã số"), width=11),
        column("sector", QT_TRANSLATE_NOOP("Columns", "Lĩnh vực"), width=16),
        column("established_on", QT_TRANSLATE_NOOP("Columns", "Thành lập"), width=10),
    ]


class OrganisationScreen(RegisterScreen):
    """The organisations and, for the one selected, all that is kept about it."""

    table = "organisation"
    heading = QT_TRANSLATE_NOOP("Sections", "Tổ chức")
    detail_share = 0.56  # the record's tabs need the room

    def columns(self) -> list[ColumnDef]:
        return _organisation_columns()

    def create_form(self) -> RecordForm:
        return OrganisationForm(self.database)

    def add_filters(self) -> None:
        self.add_filter("kind", self.tr("Loại hình"), OrgKind.choices())
        self.add_filter("commune_code", self.tr("Xã, phường"), self.commune_choices())
        self.add_filter("sector", self.tr("Lĩnh vực"), Sector.choices())
        self.add_filter("status", self.tr("Tình trạng hôm nay"), [
            (s.value, s.label) for s in (OrgStatus.OPERATING, OrgStatus.SUSPENDED,
                                         OrgStatus.DISSOLVED)])

    def count_text(self, count: int) -> str:
        return self.tr("{count} tổ chức").format(count=format_number(count))

    def search_hint(self) -> str:
        return self.tr("Tìm theo tên hoặc mã số (không cần dấu)… (Ctrl+F)")

    # The record's tabs -----------------------------------------------------------------------

    def detail_widget(self) -> QWidget:
        """The record's tabs. Only the general one is built here: each other tab is built the
        first time it is shown (or asked for), so that the section opens at once."""
        detail = QWidget(self)
        self.record_heading = QLabel(detail)
        self.record_heading.setObjectName("record_heading")
        font = self.record_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.record_heading.setFont(font)
        self.record_heading.setWordWrap(True)
        self.form.title.hide()
        self.tabs = QTabWidget(detail)
        self.tabs.setObjectName("record_tabs")
        self.tabs.addTab(self.form, self.tr("Thông tin chung"))
        self.form.suspensions.form.saved.connect(lambda _: self._dependent_changed())
        self.form.suspensions.form.deleted.connect(lambda _: self._dependent_changed())
        self._built: dict[str, QWidget] = {}
        titles = {"member": self.tr("Thành viê&n"), "manager": self.tr("Cán &bộ"),
                  "ocop_product": self.tr("OCOP"), "rating": self.tr("Xếp loại"),
                  "yearly_figures": self.tr("Số liệu"), "history": self.tr("Lịch sử")}
        for key in TABS:
            self.tabs.addTab(QWidget(self.tabs), titles[key])
        self.tabs.currentChanged.connect(self._tab_changed)
        self.form.shown.connect(self._record_shown)
        self.form.saved.connect(lambda _: self._record_shown())
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.record_heading)
        layout.addWidget(self.tabs, 1)
        return detail

    @property
    def members(self) -> SubListPanel:
        return self._tab("member")  # type: ignore[return-value]

    @property
    def managers(self) -> SubListPanel:
        return self._tab("manager")  # type: ignore[return-value]

    @property
    def history(self) -> HistoryView:
        return self._tab("history")  # type: ignore[return-value]

    @property
    def sublists(self) -> list[SubListPanel]:
        """The panels of the records that belong to the organisation (every one built)."""
        return [self._tab(key) for key in TABS if key != "history"]  # type: ignore[misc]

    def _built_sublists(self) -> list[SubListPanel]:
        return [page for key, page in self._built.items() if isinstance(page, SubListPanel)]

    def _tab(self, key: str) -> QWidget:
        """The widget of tab ``key``, built (in place of its stand-in) when first asked for."""
        page = self._built.get(key)
        if page is not None:
            return page
        page = self._built[key] = self._build_tab(key)
        index = TABS.index(key) + 1
        tabs, stand_in = self.tabs, self.tabs.widget(index)
        enabled, current, title = tabs.isTabEnabled(index), tabs.currentIndex(), \
            tabs.tabText(index)
        tabs.blockSignals(True)
        tabs.removeTab(index)
        tabs.insertTab(index, page, title)
        tabs.setTabEnabled(index, enabled)
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)
        stand_in.deleteLater()
        record_id = self.form.record_id
        if isinstance(page, HistoryView):
            page.set_record("organisation", record_id)
        else:
            if key == "member":
                page.form.set_organisation_kind(
                    self.form.ui.kind.value() if record_id is not None else None)
            page.set_parent(record_id)
        return page

    def _build_tab(self, key: str) -> QWidget:
        if key == "history":
            return HistoryView(self.database, self.tabs)
        if key == "member":
            return self._sublist(key, MemberForm(self.database))
        if key == "manager":
            return self._sublist(key, ManagerForm(self.database), with_tabs=True)
        form = form_class(key)
        return self._sublist(key, form(self.database) if form is not None else None)

    def _sublist(self, table: str, form: RecordForm | None, *,
                 with_tabs: bool = False) -> SubListPanel:
        """The tab of the records of ``table``; ``with_tabs``: a manager, whose positions and
        training are entered on tabs under their form, as in Cán bộ & đào tạo."""
        details = ManagerTabs(self.database, form, history=False) if with_tabs else None
        panel = SubListPanel(self.database, table, sublist_columns(table), form,
                             parent_column="organisation_id", detail=details)
        panel.open_requested.connect(self._open_elsewhere)
        if form is not None:
            form.saved.connect(lambda _: self._dependent_changed())
            form.deleted.connect(lambda _: self._dependent_changed())
        if details is not None:
            details.records_changed.connect(panel.reload_list)  # "Chức vụ hiện nay"
            details.records_changed.connect(self._dependent_changed)
        return panel

    def _record_shown(self) -> None:
        record_id = self.form.record_id
        self.record_heading.setText(self.form.title.text())
        kind = self.form.ui.kind.value() if record_id is not None else None
        member_panel = self._built.get("member")
        if isinstance(member_panel, SubListPanel):
            member_panel.form.set_organisation_kind(kind)
        for panel in self._built_sublists():
            panel.set_parent(record_id)
        history = self._built.get("history")
        if isinstance(history, HistoryView):
            history.set_record("organisation", record_id)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, record_id is not None)

    def _dependent_changed(self) -> None:
        history = self._built.get("history")
        if isinstance(history, HistoryView):
            history.set_record("organisation", self.form.record_id)
        self.model.refresh()  # member counts
        if self.form.record_id is not None:
            self.select(self.form.record_id)

    def _tab_changed(self, index: int) -> None:
        if index <= 0:
            return
        page = self._tab(TABS[index - 1])
        if isinstance(page, SubListPanel) and not page.isAncestorOf(self.focusWidget()):
            page.view.setFocus(Qt.FocusReason.TabFocusReason)

    def _open_elsewhere(self, table: str, record_id: int) -> None:
        self.context.navigator.open_record(table, record_id)

    # Leaving and opening records -------------------------------------------------------------

    def request_leave(self, proceed: Callable[[], None]) -> None:
        forms = [self.form.suspensions, *self._built_sublists()]
        leave_in_turn([*forms, self.form], proceed)

    def open_record(self, table: str, record_id: int) -> bool:
        if table == "organisation":
            self.tabs.setCurrentIndex(0)
            self.show_record(record_id)
            return True
        if table == "suspension":
            suspension = load_record(self.database, "suspension", record_id)
            if suspension is None:
                return False
            self.tabs.setCurrentIndex(0)
            self.request_leave(lambda: self._show_suspension(suspension["organisation_id"],
                                                             record_id))
            return True
        return False

    def _show_suspension(self, organisation_id: int, suspension_id: int) -> None:
        self._show(organisation_id)
        self.form.suspensions.refresh()
        self.form.suspensions.show_record(suspension_id)

