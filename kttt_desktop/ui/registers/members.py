"""Thành viên: the members of every organisation, and the member form (also used in the
organisation hub's members tab)."""

from __future__ import annotations

from datetime import date
from typing import Any

from kttt_desktop.core.enums import Gender, MemberKind, MemberType, OfficialSubtype, OrgKind
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP
from kttt_desktop.core.numbers import format_number
from kttt_desktop.data.registers.people_lists import CURRENT, LEFT
from kttt_desktop.services.registers.lists import OrganisationPick, organisation_picks
from kttt_desktop.ui.forms.ui_member_form import Ui_MemberForm
from kttt_desktop.ui.registers.catalogue import column, described_columns, inserted
from kttt_desktop.ui.registers.record_form import RecordForm
from kttt_desktop.ui.registers.screen import RegisterScreen
from kttt_desktop.ui.registers.table_model import ColumnDef
from kttt_desktop.ui.tasks import run_task


class MemberForm(RecordForm):
    """A member: the person (or household, or legal person), how and when they are a member.

    The birth field takes a full date or only a year. The official subtype is open only to
    official members; the member HTX only to members of a union (LHHTX).
    """

    table = "member"
    form_class = Ui_MemberForm
    last_field = "note"
    aliases = {"birth_year": "birth_date"}

    def prepare(self) -> None:
        ui = self.ui
        ui.birth_date.set_year_allowed(True)
        ui.gender.set_enum(Gender)
        ui.member_type.set_enum(MemberType, empty=None)
        ui.member_kind.set_enum(MemberKind, empty=None)
        ui.official_subtype.set_enum(OfficialSubtype)
        self.organisation_kinds: dict[int, str] = {}
        ui.member_kind.edited.connect(self._kind_changed)
        ui.organisation_id.edited.connect(
            lambda: self.set_organisation_kind(self.organisation_kinds.get(
                ui.organisation_id.value())))
        self.organisation_kind: str | None = None
        self.set_organisation_kind(None)

    def refresh_choices(self) -> None:
        """The organisations to choose from, read in the background each time the form is
        shown (new ones appear then)."""
        run_task(organisation_picks, self.database, owner=self, on_done=self._show_choices)

    def _show_choices(self, picks: list[OrganisationPick]) -> None:
        self.organisation_kinds = {p.id: p.kind for p in picks}
        if not self.ui.organisation_id.isHidden():
            self.ui.organisation_id.set_choices([(p.id, p.text, p.folded) for p in picks])
        htx = OrgKind.HTX.value  # once, not once for each of 40,000 organisations
        self.ui.member_organisation_id.set_choices(
            [(p.id, p.text, p.folded) for p in picks if p.kind == htx])
        if self.ui.organisation_id.isVisibleTo(self) and self.record_id is not None:
            self.set_organisation_kind(self.organisation_kinds.get(
                self.ui.organisation_id.value()))  # of the record shown before they came

    def set_organisation_kind(self, kind: str | None) -> None:
        """The member HTX is asked only in a union (LHHTX)."""
        self.organisation_kind = kind
        union = kind == OrgKind.LHHTX.value
        for name in ("member_organisation_id", "member_organisation_id_label"):
            getattr(self.ui, name).setVisible(union)

    def _kind_changed(self) -> None:
        official = self.ui.member_kind.value() == MemberKind.OFFICIAL.value
        self.ui.official_subtype.setEnabled(official)
        if not official:
            self.ui.official_subtype.set_value(None)

    def default_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"member_kind": MemberKind.OFFICIAL.value,
                                  "member_type": MemberType.INDIVIDUAL.value}
        if self.organisation_kind == OrgKind.LHHTX.value:
            values["member_type"] = MemberType.LEGAL_PERSON.value
        return values

    def from_record(self, record: dict[str, Any]) -> dict[str, Any]:
        values = dict(record)
        values["birth_date"] = record.get("birth_date") or record.get("birth_year")
        if "organisation_id" in record and self.ui.organisation_id.isVisibleTo(self):
            self.set_organisation_kind(self.organisation_kinds.get(record["organisation_id"]))
        official = values.get("member_kind") == MemberKind.OFFICIAL.value
        self.ui.official_subtype.setEnabled(official)
        return values

    def to_record(self, values: dict[str, Any]) -> dict[str, Any]:
        record = dict(values)
        born = record.pop("birth_date", None)
        record["birth_date"] = born if isinstance(born, date) else None
        record["birth_year"] = born.year if isinstance(born, date) else born
        if not self.ui.member_organisation_id.isVisibleTo(self):
            record["member_organisation_id"] = None
        return record


def _kind_text(row: dict[str, Any]) -> str:
    return OrgKind(row["org_kind"]).abbreviation if row.get("org_kind") else ""


class MemberScreen(RegisterScreen):
    """Every member of every organisation of the area."""

    table = "member"
    heading = QT_TRANSLATE_NOOP("Sections", "Thành viên")
    detail_share = 0.42

    def columns(self) -> list[ColumnDef]:
        return inserted(described_columns("member"), "phone", [
            column("organisation", QT_TRANSLATE_NOOP("Columns", "Tổ chức"), width=30),
            column("org_kind", QT_TRANSLATE_NOOP("Columns", "Loại"), text=_kind_text, width=5),
        ])

    def create_form(self) -> RecordForm:
        return MemberForm(self.database)

    def add_filters(self) -> None:
        self.add_filter("org_kind", self.tr("Loại tổ chức"), OrgKind.choices())
        self.add_filter("commune_code", self.tr("Xã, phường"), self.commune_choices())
        self.add_filter("member_kind", self.tr("Loại thành viên"), MemberKind.choices())
        self.add_filter("status", self.tr("Tình trạng"), [
            (CURRENT, self.tr("Đang là thành viên")), (LEFT, self.tr("Đã ra"))])

    def count_text(self, count: int) -> str:
        return self.tr("{count} thành viên").format(count=format_number(count))

    def search_hint(self) -> str:
        return self.tr("Tìm theo tên hoặc số CCCD (không cần dấu)… (Ctrl+F)")

