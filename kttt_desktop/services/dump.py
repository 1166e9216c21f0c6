"""Exporting every register in the import workbook's format (`kttt dump`, the Nhập / Xuất screen).

The export imports back into an empty database of an office with the same area and gives the
same registers (with personal data). Without personal data the CCCD, phone and birth columns
(the organisations' phone too, often the representative's own) are left out. What that means:

- the file is a list to share, not a backup: imported into an empty database it gives people
  with no CCCD, phone or birth date;
- imported again where it came from it changes nothing: people are then matched by their name
  within their organisation (namesakes told apart by the rest of their row, managers by the
  positions they hold), and the columns the file lacks are left as stored;
- a later file with the personal data completes those people instead of adding them again (an
  unknown birth agrees with any, see services.importing.people).

An export with personal data is recorded in the audit log: who, when, which file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from kttt_desktop.core import enums
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.numbers import MILLION
from kttt_desktop.data import audit
from kttt_desktop.data import models as m
from kttt_desktop.data.database import Database
from kttt_desktop.data.outputs import check_output
from kttt_desktop.exchange import layout
from kttt_desktop.exchange.layout import Column, Register
from kttt_desktop.exchange.registers_xlsx import RegisterSheet, write_register_sheets
from kttt_desktop.system.collector import collector_paused

_LABELS = {
    "kind": enums.OrgKind, "sector": enums.Sector, "gender": enums.Gender,
    "member_kind": enums.MemberKind, "official_subtype": enums.OfficialSubtype,
    "member_type": enums.MemberType, "position": enums.Position,
    "training_level": enums.TrainingLevel, "product_group": enums.OcopGroup,
    "rating_class": enums.RatingClass, "comparator": enums.Comparator,
}
_SKIPPED = frozenset({"commune_name"})  # the commune is written by its code


@dataclass(frozen=True)
class DumpResult:
    path: Path
    rows: dict[str, int]  # sheet → rows written
    personal_data: bool


def _million(vnd: int | None) -> float | int | None:
    if vnd is None:
        return None
    return vnd // MILLION if vnd % MILLION == 0 else vnd / MILLION


def _flag(flag: bool, year: int | None) -> Any:
    return (year or translate("Workbook", "Có")) if flag else None


def _yes(flag: bool) -> str:
    return translate("Workbook", "Có") if flag else translate("Workbook", "Không")


def _birth(birth_date: date | None, birth_year: int | None) -> Any:
    return birth_date or birth_year


class _Labels:
    """Vietnamese labels of stored codes (the labels of the contract, whatever the language)."""

    def __init__(self) -> None:
        self._known: dict[tuple[type, str], str] = {}

    def __call__(self, enum: type[enums.LabelledEnum], code: str | None) -> str | None:
        if code is None:
            return None
        key = (enum, code)
        if key not in self._known:
            try:
                self._known[key] = enum(code).source_label
            except ValueError:
                self._known[key] = code
        return self._known[key]


class _Dump:
    def __init__(self, connection: Connection, personal: bool) -> None:
        self.connection = connection
        self.personal = personal
        self.label = _Labels()
        self.orgs: dict[int, Any] = {
            row.id: row for row in connection.execute(
                select(m.Organisation.id, m.Organisation.code, m.Organisation.name,
                       m.Organisation.commune_code, m.Organisation.name_sort))}
        self.order = {org_id: i for i, org_id in enumerate(
            sorted(self.orgs, key=lambda i: (self.orgs[i].name_sort, i)))}

    def columns(self, register: Register) -> list[Column]:
        return [c for c in register.columns if c.key not in _SKIPPED
                and (self.personal or not c.personal)]

    def reference(self, org_id: int) -> dict[str, Any]:
        org = self.orgs[org_id]
        return {"organisation_code": org.code, "organisation_name": org.name,
                "organisation_commune": None if org.code else org.commune_code}

    def org_text(self, org_id: int | None) -> str | None:
        if org_id is None:
            return None
        org = self.orgs[org_id]
        return org.code or org.name

    def sheet(self, register: Register, records: Iterator[dict[str, Any]]) -> RegisterSheet:
        columns = self.columns(register)
        keys = [c.key for c in columns]

        def rows() -> Iterator[list[Any]]:
            for number, record in enumerate(records, start=1):
                record["row_number"] = number
                yield [record.get(k) for k in keys]

        return RegisterSheet(register, columns, rows())

    def _select(self, model: Any, order: Any = None) -> list[Any]:
        rows = list(self.connection.execute(select(model.__table__)))
        if order is not None:
            rows.sort(key=order)
        return rows

    def _by_org(self, row: Any) -> tuple[int, int]:
        return self.order[row.organisation_id], row.id

    def organisations(self, suspensions: dict[int, list[Any]]) -> Iterator[dict[str, Any]]:
        label = self.label
        for org in self._select(m.Organisation, lambda r: (self.order[r.id], r.id)):
            latest = suspensions.get(org.id, [None])[-1]
            yield {
                "code": org.code, "kind": label(enums.OrgKind, org.kind), "name": org.name,
                "commune_code": org.commune_code, "address": org.address,
                "established_on": org.established_on, "dissolved_on": org.dissolved_on,
                "sector": label(enums.Sector, org.sector),
                "charter_capital": _million(org.charter_capital),
                "representative": org.representative, "phone": org.phone,
                "suspension_from": latest.starts_on if latest else None,
                "suspension_to": latest.ends_on if latest else None,
                "suspension_reason": latest.reason if latest else None,
                "value_chain": _flag(org.value_chain, org.value_chain_year),
                "high_tech": _flag(org.high_tech, org.high_tech_year),
                "digital": _flag(org.digital, org.digital_year), "note": org.note,
            }

    def earlier_suspensions(self, suspensions: dict[int, list[Any]]) -> Iterator[dict[str, Any]]:
        for org_id in sorted(suspensions, key=self.order.__getitem__):
            for row in suspensions[org_id][:-1]:
                yield {**self.reference(org_id), "starts_on": row.starts_on,
                       "ends_on": row.ends_on, "reason": row.reason}

    def members(self) -> Iterator[dict[str, Any]]:
        label = self.label
        for row in self._select(m.Member, self._by_org):
            yield {
                **self.reference(row.organisation_id), "full_name": row.full_name,
                "birth": _birth(row.birth_date, row.birth_year),
                "gender": label(enums.Gender, row.gender), "cccd": row.cccd, "phone": row.phone,
                "member_kind": label(enums.MemberKind, row.member_kind),
                "official_subtype": label(enums.OfficialSubtype, row.official_subtype),
                "member_type": label(enums.MemberType, row.member_type),
                "member_organisation": self.org_text(row.member_organisation_id),
                "joined_on": row.joined_on, "left_on": row.left_on,
                "capital_contribution": _million(row.capital_contribution),
                "is_worker": _yes(row.is_worker), "address": row.address, "note": row.note,
            }

    def managers(self, managers: list[Any]) -> Iterator[dict[str, Any]]:
        label = self.label
        positions: dict[int, list[Any]] = defaultdict(list)
        for row in self._select(m.ManagerPosition, lambda r: (r.starts_on, r.id)):
            positions[row.manager_id].append(row)
        for manager in managers:
            person = {
                **self.reference(manager.organisation_id), "full_name": manager.full_name,
                "birth": _birth(manager.birth_date, manager.birth_year),
                "gender": label(enums.Gender, manager.gender), "cccd": manager.cccd,
                "phone": manager.phone,
                "training_level": label(enums.TrainingLevel, manager.training_level),
                "note": manager.note,
            }
            for position in positions.get(manager.id) or [None]:
                yield {**person, **({
                    "position": label(enums.Position, position.position),
                    "starts_on": position.starts_on, "ends_on": position.ends_on,
                } if position else {})}

    def training(self, managers: list[Any]) -> Iterator[dict[str, Any]]:
        courses: dict[int, list[Any]] = defaultdict(list)
        for row in self._select(m.TrainingRecord, lambda r: (r.starts_on, r.id)):
            courses[row.manager_id].append(row)
        for manager in managers:
            person = {**self.reference(manager.organisation_id), "full_name": manager.full_name,
                      "birth": _birth(manager.birth_date, manager.birth_year),
                      "cccd": manager.cccd}
            for row in courses.get(manager.id, ()):
                yield {**person, "course": row.course, "institution": row.institution,
                       "starts_on": row.starts_on, "ends_on": row.ends_on,
                       "level": self.label(enums.TrainingLevel, row.level)}

    def ocop(self) -> Iterator[dict[str, Any]]:
        for row in self._select(m.OcopProduct, self._by_org):
            yield {**self.reference(row.organisation_id), "name": row.name,
                   "product_group": self.label(enums.OcopGroup, row.product_group),
                   "stars": row.stars, "score": row.score, "decision_no": row.decision_no,
                   "decision_date": row.decision_date,
                   "level": self.label(enums.OcopLevel, row.level),
                   "expires_on": row.expires_on, "note": row.note}

    def ratings(self) -> Iterator[dict[str, Any]]:
        for row in self._select(m.Rating, lambda r: (self.order[r.organisation_id], r.year)):
            yield {**self.reference(row.organisation_id), "year": row.year, "score": row.score,
                   "rating_class": self.label(enums.RatingClass, row.rating_class),
                   "scheme": row.scheme, "note": row.note}

    def figures(self) -> Iterator[dict[str, Any]]:
        for row in self._select(m.YearlyFigures,
                                lambda r: (self.order[r.organisation_id], r.year)):
            yield {**self.reference(row.organisation_id), "year": row.year,
                   "revenue": _million(row.revenue), "profit": _million(row.profit),
                   "workers": row.workers, "avg_income": _million(row.avg_income),
                   "declared_members": row.declared_members}

    def targets(self) -> Iterator[dict[str, Any]]:
        for row in self._select(m.Target, lambda r: (r.year, r.indicator)):
            yield {"year": row.year, "indicator": row.indicator,
                   "comparator": self.label(enums.Comparator, row.comparator),
                   "value": row.value, "max_value": row.max_value,
                   "tolerance_pct": row.tolerance_pct, "basis": row.basis, "note": row.note}

    def sheets(self) -> Iterator[RegisterSheet]:
        suspensions: dict[int, list[Any]] = defaultdict(list)
        for row in self._select(m.Suspension, lambda r: (r.starts_on, r.id)):
            suspensions[row.organisation_id].append(row)
        managers = self._select(m.Manager, self._by_org)
        yield self.sheet(layout.ORGANISATION_REGISTER, self.organisations(suspensions))
        if any(len(rows) > 1 for rows in suspensions.values()):
            yield self.sheet(layout.SUSPENSION_REGISTER, self.earlier_suspensions(suspensions))
        yield self.sheet(layout.MEMBER_REGISTER, self.members())
        yield self.sheet(layout.MANAGER_REGISTER, self.managers(managers))
        yield self.sheet(layout.TRAINING_REGISTER, self.training(managers))
        yield self.sheet(layout.OCOP_REGISTER, self.ocop())
        yield self.sheet(layout.RATING_REGISTER, self.ratings())
        yield self.sheet(layout.FIGURES_REGISTER, self.figures())
        yield self.sheet(layout.TARGET_REGISTER, self.targets())


def dump_registers(db: Database, target: Path | str, *, with_personal_data: bool = False
                   ) -> DumpResult:
    """Write every register to ``target`` (an .xlsx file, replaced atomically).

    With ``with_personal_data`` the CCCD, phone and birth columns are included and the export
    is recorded in the audit log (the database must then be open for writing).
    """
    target = check_output(target, database=db.path)
    if with_personal_data:
        db.require_writable()  # the export must be in the audit log before anyone holds the file
    with db.engine.connect() as connection, collector_paused():
        rows = write_register_sheets(target, _Dump(connection, with_personal_data).sheets())
    if with_personal_data:
        with db.session() as session:
            audit.write_entries(session.connection(), [{
                "user_name": db.user, "action": "export", "record_label": str(target.resolve()),
                "new_value": "personal_data",
                "reason": translate("Dump", "Xuất toàn bộ sổ đăng ký kèm dữ liệu cá nhân (số "
                                    "CCCD, điện thoại, ngày sinh)")}])
    return DumpResult(target, rows, with_personal_data)
