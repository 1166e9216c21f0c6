"""Organisations (sheet ToChuc) and their suspensions (ToChuc's columns, and sheet TamNgung).

Natural keys: an organisation is its Mã số, or (without one) its name and commune; a suspension
is its organisation and its first day.

A row whose commune is outside the office's area is an error, or is left out (with the rows of
the other sheets that refer to its organisation) when the officer chose so. The head of an
organisation and its member count, when an officer's list gives them, are kept for the managers'
and the figures' planners (:attr:`OrganisationPlanner.heads`, :attr:`~.declared`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from kttt_desktop.core.enums import Severity
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.record_rules import check_organisation, check_suspension
from kttt_desktop.core.registers import description
from kttt_desktop.core.unit_resolver import Outcome
from kttt_desktop.services.importing.lines import Line, SheetLines
from kttt_desktop.services.importing.plan import (
    Plan,
    combine,
    count,
    first_seen,
    name_key,
    take,
)
from kttt_desktop.services.importing.refs import (
    Communes,
    LeftOutReference,
    Organisations,
    OrgEntity,
    OutsideArea,
    Placed,
    Unresolved,
)
from kttt_desktop.services.importing.result import REJECTED, UNCHANGED

ORGANISATION_COLUMNS = description("organisation").copied_keys
FLAGS = {"value_chain": "value_chain_year", "high_tech": "high_tech_year",
         "digital": "digital_year"}
_FLAG_FIELDS = {year: flag for flag, year in FLAGS.items()}
_TOCHUC_SUSPENSION = {"starts_on": "suspension_from", "ends_on": "suspension_to",
                      "reason": "suspension_reason"}
_TAMNGUNG_SUSPENSION = {"starts_on": "starts_on", "ends_on": "ends_on", "reason": "reason"}


@dataclass
class Head:
    """The person a column such as "Giám đốc" names on an organisation's row."""

    sheet: SheetLines
    line: Line
    organisation: OrgEntity
    name: str


@dataclass
class Declared:
    """The member count an organisation's row declares for the list's year."""

    sheet: SheetLines
    line: Line
    organisation: OrgEntity
    count: int
    year: int


@dataclass
class _Pending:
    """A suspension read from a row, waiting for every suspension of the file to be known."""

    sheet: SheetLines
    line: Line
    organisation: OrgEntity
    record: dict[str, Any]
    columns: dict[str, str]  # rule field → column key


def _commune(sheet: SheetLines, line: Line, orgs: Organisations, plan: Plan
             ) -> tuple[str | None, bool]:
    """The commune code of an organisation row, and whether its commune could not be found (or
    is outside the office's area: then the row is an error, or left out when the officer chose
    so).

    A row may give the commune by its code, by its name, or by both: then both must name the
    same commune (a name that means several is settled by the code).
    """
    communes = orgs.communes
    code_text, name_text = line.values.get("commune_code"), line.values.get("commune_name")
    key, text = ("commune_code", code_text) if code_text else ("commune_name", name_text)
    if not text:
        return None, False
    try:
        placed = communes.place(text, (sheet.data.name, line.row))
    except OutsideArea as exc:
        if plan.skip_outside_area:
            sheet.leave_out(line, line.values.get("name") or "", exc.where)
        else:
            plan.outside_area += 1
            sheet.problem(line, key, exc.message)
        return None, True
    except Unresolved as exc:
        sheet.problem(line, key, exc.message)
        return None, True
    if code_text and name_text:
        other = _other_name(communes, placed.code, name_text)
        if other:
            sheet.problem(line, "commune_name", other)
            return None, True
        named = communes.lookup(name_text)
        if named.renamed:  # written as before the reform: say so, as for a name alone
            placed, key = Placed(placed.code, named), "commune_name"
    _note(sheet, line, key, placed, communes)
    return placed.code, False


def _other_name(communes: Communes, code: str, text: str) -> str | None:
    """Why the name ``text`` is not the commune ``code`` (``None``: it is, or may be)."""
    named = communes.lookup(text)
    if code in {u.code for u in named.candidates}:
        return None
    unit = communes.existing.communes.get(code)
    if named.outcome is Outcome.UNIQUE:
        other = translate("Import", "là {name} (mã {code})").format(
            name=named.candidates[0].name, code=named.candidates[0].code)
    else:
        other = named.reason
    return translate(
        "Import", "Mã xã {code} là {name}, còn cột Xã/Phường ghi “{text}”: {other}. Hai cột chỉ "
        "hai xã, phường khác nhau; hãy sửa cột sai.").format(
            code=code, name=unit.name if unit else code, text=text, other=other)


def _note(sheet: SheetLines, line: Line, key: str, placed: Placed, communes: Communes) -> None:
    """Tell of a commune read from the address, written as before the reform, or filed as the
    officer chose."""
    inferred = key in sheet.mapping.inferred
    if placed.resolution is None and not inferred:
        return
    constant = sheet.mapping.index_of(key) is None and not inferred
    name = communes.existing.communes[placed.code].name
    reason = placed.resolution.reason if placed.resolution is not None else ""
    if placed.chosen:
        reason = translate("Import", "“{text}”: đã chọn {name} (mã {code}) cho mọi dòng ghi như "
                           "vậy.").format(text=placed.resolution.text, name=name, code=placed.code)
    if inferred or constant:
        result = f"{name} ({placed.code})"
        if placed.resolution is not None and placed.resolution.renamed:
            result = translate("Import", "{commune}, đổi theo sắp xếp đơn vị hành chính 2025"
                               ).format(commune=result)
        sheet.inferred([line], key, line.values[key], result, reason, source=translate(
            "Import", "giá trị chọn cho mọi dòng") if constant else None)
    else:
        sheet.renamed(line, key, placed.code, name, reason)


def column_not_used(extras: list[Head] | list[Declared], key: str, message: str) -> None:
    """Warn once per sheet that its column ``key`` is not used (``message`` names the
    ``column``): the file has a sheet of its own for what it gives."""
    for sheet in {id(extra.sheet): extra.sheet for extra in extras}.values():
        sheet.problem(None, key, message.format(column=sheet.mapping.header_of(key)),
                      Severity.WARNING)


def _flags(values: dict[str, Any]) -> dict[str, Any]:
    record = {}
    for flag, year in FLAGS.items():
        if flag in values:
            record[flag], record[year] = values[flag] or (False, None)
    return record


def _suspension(values: dict[str, Any]) -> dict[str, Any]:
    """The suspension of an organisation row (none when its suspension cells are blank)."""
    if all(values.get(key) is None for key in _TOCHUC_SUSPENSION.values()):
        return {}
    renamed = {field: values[key] for field, key in _TOCHUC_SUSPENSION.items() if key in values}
    return take(renamed, "suspension", _TOCHUC_SUSPENSION)


def _entity(record: dict[str, Any], entity_id: int, row: int | None) -> OrgEntity:
    return OrgEntity(entity_id, record.get("code"), record.get("name") or "",
                     record.get("commune_code") or "", record.get("kind") or "",
                     record.get("established_on"), record.get("dissolved_on"), row=row)


class OrganisationPlanner:
    def __init__(self, plan: Plan, orgs: Organisations) -> None:
        self.plan = plan
        self.orgs = orgs
        self.rows = plan.existing.rows("organisation")
        self.by_code = {r["code"]: r for r in self.rows if r["code"]}
        self.by_name: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for row in self.rows:
            self.by_name[(name_key(row["name"]), row["commune_code"])].append(row)
        self.suspensions: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for row in plan.existing.rows("suspension"):
            self.suspensions[row["organisation_id"]].append(row)
        for row in self.rows:
            entity = _entity(row, row["id"], None)
            entity.suspensions = [(s["starts_on"], s["ends_on"])
                                  for s in self.suspensions[row["id"]]]
            orgs.add(entity)
        self.pending: list[_Pending] = []
        self.outcomes: list[tuple[SheetLines, Line, str]] = []  # organisation rows
        self.heads: list[Head] = []
        self.declared: list[Declared] = []

    def _match(self, record: dict[str, Any]) -> dict[str, Any] | None:
        code = record.get("code")
        if code and code in self.by_code:
            return self.by_code[code]
        if record.get("commune_code") is None:
            return None
        for row in self.by_name.get((name_key(record.get("name")), record["commune_code"]), []):
            if row["code"] in (None, code):
                return row
        return None

    def organisation_sheet(self, sheet: SheetLines) -> None:
        seen: dict[Any, int] = {}
        mapped = sheet.mapped
        commune_column = "commune_code" if "commune_code" in mapped else "commune_name"
        columns = {**_FLAG_FIELDS, "commune_code": commune_column}
        for line in sheet.lines:
            self.plan.tick()
            record = take(line.values, "organisation", ORGANISATION_COLUMNS,
                          sheet.register.required_keys)
            record.update(_flags(line.values))
            commune, commune_failed = _commune(sheet, line, self.orgs, self.plan)
            if line.left_out:
                self.orgs.leave_out(record.get("code"), record.get("name"),
                                    sheet.left_out[-1].reason)
                self.outcomes.append((sheet, line, UNCHANGED))
                continue
            if commune_column in mapped:
                record["commune_code"] = commune
            code = record.get("code")
            key = ("code", code) if code else ("name", name_key(record.get("name")), commune)
            before = first_seen(seen, key, line)
            if before is not None:
                sheet.problem(line, "code" if code else "name", translate(
                    "Import", "Tổ chức này đã có ở dòng {row} của trang; mỗi tổ chức chỉ ghi một "
                    "dòng.").format(row=before))
            existing = self._match(record)
            merged = {**(existing or {}), **record}
            issues = check_organisation(merged, today=self.plan.today)
            if commune_failed:
                issues = [i for i in issues if i.field != "commune_code"]
            sheet.issues(line, issues, columns)
            entity_id, outcome = self.plan.settle(
                "organisation", record, existing, merged.get("name") or "")
            entity = _entity(merged, entity_id, line.row)
            entity.suspensions = [(s["starts_on"], s["ends_on"])
                                  for s in self.suspensions[entity_id]]
            self.orgs.add(entity)
            self.outcomes.append((sheet, line, outcome))
            self._keep_extras(sheet, line, entity)
            suspension = _suspension(line.values)
            if suspension:
                self.pending.append(_Pending(sheet, line, entity, suspension,
                                             _TOCHUC_SUSPENSION))

    def _keep_extras(self, sheet: SheetLines, line: Line, entity: OrgEntity) -> None:
        """The head and the member count the row gives, for the other planners."""
        values = line.values
        if line.has_error or entity.established_on is None:
            return
        if values.get("head"):
            self.heads.append(Head(sheet, line, entity, values["head"]))
        if values.get("declared_members") is not None and values.get("year"):
            self.declared.append(Declared(sheet, line, entity, values["declared_members"],
                                          values["year"]))

    def suspension_sheet(self, sheet: SheetLines) -> None:
        for line in sheet.lines:
            self.plan.tick()
            organisation = resolve_organisation(sheet, line, self.orgs)
            record = take(line.values, "suspension", ("starts_on", "ends_on", "reason"),
                          sheet.register.required_keys)
            if organisation is None:
                count(sheet, line, REJECTED)
                continue
            self.pending.append(_Pending(sheet, line, organisation, record,
                                         _TAMNGUNG_SUSPENSION))

    def finish(self, extra: dict[int, list[str]]) -> None:
        """Match, check and plan the suspensions, then count the organisation rows (``extra``:
        the outcomes of the other records each row wrote, by ``id()`` of its line)."""
        by_org: dict[int, list[_Pending]] = defaultdict(list)
        for pending in self.pending:
            by_org[pending.organisation.id].append(pending)
        seen: dict[Any, int] = {}
        suspension_outcomes: dict[int, str] = {}  # id() of an organisation row → outcome
        for org_id, pendings in by_org.items():
            stored = {s["starts_on"]: s for s in self.suspensions.get(org_id, [])}
            entity = self.orgs.by_id[org_id]
            intervals = {start: (start, s["ends_on"]) for start, s in stored.items()}
            for p in pendings:
                start = p.record.get("starts_on")
                if start is not None:
                    intervals[start] = (start, p.record.get("ends_on"))
            entity.suspensions = sorted(intervals.values())
            for p in pendings:
                start = p.record.get("starts_on")
                before = first_seen(seen, (org_id, start), p.line) if start else None
                if before is not None:
                    p.sheet.problem(p.line, p.columns["starts_on"], translate(
                        "Import", "Lần tạm ngừng từ ngày này của tổ chức đã có ở dòng {row}."
                    ).format(row=before))
                others = [i for s, i in intervals.items() if s != start]
                p.sheet.issues(p.line, check_suspension(
                    p.record, organisation=entity.context(), others=others,
                    today=self.plan.today), p.columns)
                _, outcome = self.plan.settle("suspension", p.record, stored.get(start),
                                              entity.name, {"organisation_id": org_id})
                if p.columns is _TAMNGUNG_SUSPENSION:
                    count(p.sheet, p.line, outcome)
                else:
                    suspension_outcomes[id(p.line)] = outcome
        for sheet, line, outcome in self.outcomes:
            count(sheet, line, combine(outcome, suspension_outcomes.get(id(line), UNCHANGED),
                                       *extra.get(id(line), ())))


def resolve_organisation(sheet: SheetLines, line: Line, orgs: Organisations
                         ) -> OrgEntity | None:
    """The organisation a dependent row refers to (``None`` after recording the problem)."""
    values = line.values
    try:
        return orgs.resolve(values.get("organisation_code"), values.get("organisation_name"),
                            values.get("organisation_commune"))
    except LeftOutReference as exc:
        sheet.leave_out(line, exc.name, exc.message)
        return None
    except Unresolved as exc:
        key = next((k for k in ("organisation_code", "organisation_name")
                    if values.get(k)), "organisation_code")
        sheet.problem(line, key, exc.message)
        return None
