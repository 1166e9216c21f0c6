"""Exporting every register in the import workbook's format (`kttt dump`, the Nhập / Xuất screen).

The export imports back into an empty database of an office with the same area and gives the
same registers (with personal data). Without personal data every field its register's
description marks personal (``core.registers``) is left out: a person's birth, CCCD, phone, a
member's home address, and the organisations' phone (often the representative's own). What that
means:

- the file is a list to share, not a backup: imported into an empty database it gives people
  with no CCCD, phone, birth date or address;
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
from kttt_desktop.core.registers import (
    BIRTH,
    CHOICE,
    FLAG_YEAR,
    MONEY,
    ORGANISATION,
    YES_NO,
    Field,
    description,
)
from kttt_desktop.data import audit
from kttt_desktop.data import models as m
from kttt_desktop.data.database import Database
from kttt_desktop.data.outputs import check_output
from kttt_desktop.exchange import layout
from kttt_desktop.exchange.layout import Column, Register
from kttt_desktop.exchange.registers_xlsx import RegisterSheet, write_register_sheets
from kttt_desktop.system.collector import collector_paused

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

    def export(self, item: Field, row: Any) -> Any:
        """The value of a described field of ``row`` as the workbook writes it."""
        value = getattr(row, item.key)
        if item.kind == CHOICE and item.choices is not None:
            return self.label(item.choices, value)
        if item.kind == MONEY:
            return _million(value)
        if item.kind == YES_NO:
            return _yes(value)
        if item.kind == FLAG_YEAR:
            return _flag(value, getattr(row, f"{item.key}_year"))
        if item.kind == BIRTH:
            return _birth(row.birth_date, row.birth_year)
        if item.kind == ORGANISATION:
            return self.org_text(value)
        return value

    def described(self, table: str, row: Any, keys: tuple[str, ...] | None = None
                  ) -> dict[str, Any]:
        """The workbook's columns of the fields of ``table`` (only ``keys`` when given)."""
        register = description(table)
        chosen = register.workbook_fields if keys is None else map(register.field, keys)
        return {item.column_key: self.export(item, row) for item in chosen}

    def organisations(self, suspensions: dict[int, list[Any]]) -> Iterator[dict[str, Any]]:
        for org in self._select(m.Organisation, lambda r: (self.order[r.id], r.id)):
            latest = suspensions.get(org.id, [None])[-1]
            yield {
                **self.described("organisation", org),
                "suspension_from": latest.starts_on if latest else None,
                "suspension_to": latest.ends_on if latest else None,
                "suspension_reason": latest.reason if latest else None,
            }

    def earlier_suspensions(self, suspensions: dict[int, list[Any]]) -> Iterator[dict[str, Any]]:
        for org_id in sorted(suspensions, key=self.order.__getitem__):
            for row in suspensions[org_id][:-1]:
                yield {**self.reference(org_id), **self.described("suspension", row)}

    def members(self) -> Iterator[dict[str, Any]]:
        for row in self._select(m.Member, self._by_org):
            yield {**self.reference(row.organisation_id), **self.described("member", row)}

    def managers(self, managers: list[Any]) -> Iterator[dict[str, Any]]:
        positions: dict[int, list[Any]] = defaultdict(list)
        for row in self._select(m.ManagerPosition, lambda r: (r.starts_on, r.id)):
            positions[row.manager_id].append(row)
        for manager in managers:
            person = {**self.reference(manager.organisation_id),
                      **self.described("manager", manager)}
            for position in positions.get(manager.id) or [None]:
                yield {**person, **(self.described("manager_position", position)
                                    if position else {})}

    def training(self, managers: list[Any]) -> Iterator[dict[str, Any]]:
        courses: dict[int, list[Any]] = defaultdict(list)
        for row in self._select(m.TrainingRecord, lambda r: (r.starts_on, r.id)):
            courses[row.manager_id].append(row)
        for manager in managers:
            person = {**self.reference(manager.organisation_id),
                      **self.described("manager", manager, ("full_name", "birth_date", "cccd"))}
            for row in courses.get(manager.id, ()):
                yield {**person, **self.described("training_record", row)}

    def by_organisation(self, model: Any, table: str, order: Any) -> Iterator[dict[str, Any]]:
        for row in self._select(model, order):
            yield {**self.reference(row.organisation_id), **self.described(table, row)}

    def targets(self) -> Iterator[dict[str, Any]]:
        for row in self._select(m.Target, lambda r: (r.year, r.indicator)):
            yield self.described("target", row)

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
        yield self.sheet(layout.OCOP_REGISTER,
                         self.by_organisation(m.OcopProduct, "ocop_product", self._by_org))
        by_year = lambda r: (self.order[r.organisation_id], r.year)  # noqa: E731
        yield self.sheet(layout.RATING_REGISTER, self.by_organisation(m.Rating, "rating", by_year))
        yield self.sheet(layout.FIGURES_REGISTER,
                         self.by_organisation(m.YearlyFigures, "yearly_figures", by_year))
        yield self.sheet(layout.TARGET_REGISTER, self.targets())


def dump_registers(db: Database, target: Path | str, *, with_personal_data: bool = False
                   ) -> DumpResult:
    """Write every register to ``target`` (an .xlsx file, replaced atomically).

    With ``with_personal_data`` the personal fields are included and the export is recorded in
    the audit log (the database must then be open for writing).
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
                                    "CCCD, điện thoại, ngày sinh, địa chỉ của thành viên)")}])
    return DumpResult(target, rows, with_personal_data)
