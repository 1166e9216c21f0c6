"""Members (ThanhVien), managers with their positions (CanBo) and their training (DaoTao).

Natural keys: a person of an organisation is their CCCD there, or else their name and birth (date
or year, compared where both sides know it; left out when the sheet has no birth column, as in an
export without personal data);
a position is its manager, position and first day; a course is its manager, course and first day.
Two rows of ThanhVien with the same CCCD for one organisation are an error; two rows of CanBo
for the same person are two positions of one manager.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from kttt_desktop.core.enums import Position, Severity
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.inference import head_positions
from kttt_desktop.core.issues import Issue
from kttt_desktop.core.record_rules import (
    check_manager,
    check_manager_position,
    check_member,
    check_training_record,
)
from kttt_desktop.core.registers import description
from kttt_desktop.services.importing.lines import Line, SheetLines
from kttt_desktop.services.importing.organisations import Head, resolve_organisation
from kttt_desktop.services.importing.plan import (
    Plan,
    column_defaults,
    combine,
    count,
    first_seen,
    name_key,
    take,
)
from kttt_desktop.services.importing.refs import Organisations, OrgEntity, Unresolved
from kttt_desktop.services.importing.result import REJECTED, UNCHANGED

MEMBER_COLUMNS = description("member").copied_keys
MANAGER_COLUMNS = description("manager").copied_keys
POSITION_COLUMNS = description("manager_position").copied_keys
TRAINING_COLUMNS = description("training_record").copied_keys
PERSON_FIELDS = {"birth_date": "birth", "birth_year": "birth",
                 "member_organisation_id": "member_organisation"}

Birth = tuple[Any, Any]  # (birth_date, birth_year)


def _with_birth(record: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    if "birth" in values:
        record["birth_date"], record["birth_year"] = values["birth"] or (None, None)
    return record


def _birth_of(row: dict[str, Any]) -> Birth:
    return row.get("birth_date"), row.get("birth_year")


def births_agree(first: Birth, second: Birth) -> bool:
    """Whether two births may be the same person's: equal where both are known (a year only
    agrees with a date of that year; an unknown birth agrees with any), so that a file with
    birth dates completes people entered earlier without them."""
    (first_date, first_year), (second_date, second_year) = first, second
    if first_year is None or second_year is None:
        return True
    return first_year == second_year and (first_date is None or second_date is None
                                          or first_date == second_date)


def _same_identity(managers: list[ManagerRef], values: dict[str, Any],
                   mapped: Collection[str]) -> list[ManagerRef]:
    """The namesakes whose personal ID and birth are exactly those of the row, in the columns
    the sheet has (an empty cell: none): people are told apart by name, birth and organisation
    (spec/workbook.md), so a row without either is the namesake registered without either, as
    the program's own export writes them."""
    cccd = values.get("cccd") or None
    birth = tuple(values.get("birth") or (None, None))
    return [m for m in managers
            if ("cccd" not in mapped or m.cccd == cccd)
            and ("birth" not in mapped or tuple(m.birth) == birth)]


class People:
    """The existing people of one table (members or managers), matched at most once each."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.by_cccd: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
        self.by_name: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
        self.organisations: set[int] = set()
        for row in rows:
            if row["cccd"]:
                self.by_cccd[(row["organisation_id"], row["cccd"])].append(row)
            self.by_name[(row["organisation_id"], name_key(row["full_name"]))].append(row)
            self.organisations.add(row["organisation_id"])
        self.claimed: set[int] = set()

    def candidates(self, org_id: int, record: dict[str, Any], by_birth: bool, *,
                   matched_too: bool = False) -> list[dict[str, Any]]:
        """The people ``record`` may be: same CCCD, else same name (and birth when
        ``by_birth``) without a different CCCD; only those not matched yet, unless
        ``matched_too``."""
        if org_id not in self.organisations:
            return []
        free = set() if matched_too else self.claimed
        cccd = record.get("cccd")
        if cccd:
            same = [row for row in self.by_cccd.get((org_id, cccd), ())
                    if row["id"] not in free]
            if same:
                return same[:1]
        return [row for row in self.by_name.get((org_id, name_key(record.get("full_name"))), ())
                if row["id"] not in free and not (cccd and row["cccd"])
                and (not by_birth or births_agree(_birth_of(row), _birth_of(record)))]

    def match(self, org_id: int, record: dict[str, Any], by_birth: bool
              ) -> dict[str, Any] | None:
        """The existing person ``record`` is (see :meth:`candidates`); among namesakes, an
        exact copy of the record is preferred."""
        candidates = self.candidates(org_id, record, by_birth)
        if not candidates:
            return None
        same = next((row for row in candidates
                     if all(row.get(k) == v for k, v in record.items())), candidates[0])
        self.claimed.add(same["id"])
        return same


@dataclass
class ManagerRef:
    id: int
    organisation_id: int
    cccd: str | None
    name: str
    birth: Birth


@dataclass
class _Group:
    """The rows of CanBo that are one manager."""

    row: int
    id: int
    record: dict[str, Any]
    outcome: str
    issues: list[Issue] = field(default_factory=list)


@dataclass(frozen=True)
class _Holder:
    """Where a CCCD was first written in the file: one person of one organisation."""

    sheet: str
    row: int
    name: str
    birth: Birth
    organisation_id: int
    organisation: str


class PeoplePlanner:
    def __init__(self, plan: Plan, orgs: Organisations) -> None:
        self.plan = plan
        self.orgs = orgs
        self.cccd_holders: dict[str, _Holder] = {}
        self.managers: dict[int, ManagerRef] | None = None
        self._index: tuple[dict[str, list[ManagerRef]],
                           dict[tuple[int, str], list[ManagerRef]]] | None = None

    def _organisation(self, sheet: SheetLines, line: Line) -> OrgEntity | None:
        return resolve_organisation(sheet, line, self.orgs)

    def member_sheet(self, sheet: SheetLines) -> None:
        people = People(self.plan.existing.rows("member"))
        by_birth = "birth" in sheet.mapped
        seen: dict[Any, int] = {}
        for line in sheet.lines:
            self.plan.tick()
            values = line.values
            org = self._organisation(sheet, line)
            record = _with_birth(take(values, "member", MEMBER_COLUMNS,
                                               sheet.register.required_keys), values)
            if "member_organisation" in values:
                record["member_organisation_id"] = self._member_organisation(sheet, line)
            existing = None
            if org is not None:
                cccd = record.get("cccd")
                before = first_seen(seen, (org.id, cccd), line) if cccd else None
                if before is not None:
                    sheet.problem(line, "cccd", translate(
                        "Import", "Số CCCD {cccd} đã có ở dòng {row} cho cùng tổ chức; mỗi thành "
                        "viên chỉ ghi một dòng.").format(cccd=cccd, row=before))
                self._one_person_per_cccd(sheet, line, org, record)
                existing = people.match(org.id, record, by_birth)
                if org.kind == "lhhtx" and values.get("member_type") is None and (
                        existing is None or "member_type" in values):
                    record["member_type"] = "legal_person"  # a union's members are HTX
            merged = {**(existing or {}), **record}
            sheet.issues(line, check_member(
                merged, organisation=org.context() if org else None, today=self.plan.today),
                PERSON_FIELDS)
            if org is None:
                count(sheet, line, REJECTED)
                continue
            _, outcome = self.plan.settle("member", record, existing, merged.get("full_name", ""),
                                          {"organisation_id": org.id})
            count(sheet, line, outcome)

    def _one_person_per_cccd(self, sheet: SheetLines, line: Line, org: OrgEntity,
                             record: dict[str, Any]) -> None:
        """A CCCD is one person's: the same number on rows of another organisation (or of the
        other people sheet) is an error when the names or births differ; the same person in
        another organisation is a warning (one may be a member of two)."""
        cccd = record.get("cccd")
        if not cccd:
            return
        name = record.get("full_name") or ""
        holder = self.cccd_holders.get(cccd)
        if holder is None:  # the first row with this number (almost every row)
            self.cccd_holders[cccd] = _Holder(sheet.data.name, line.row, name, _birth_of(record),
                                              org.id, org.name)
            return
        if holder.sheet == sheet.data.name and holder.organisation_id == org.id and \
                sheet.register.key == "member":
            return  # two member rows of one organisation: told by the member sheet's own rule
        where = translate("Import", "trang {sheet} dòng {row}").format(sheet=holder.sheet,
                                                                     row=holder.row)
        if name_key(holder.name) != name_key(name) or not births_agree(holder.birth,
                                                                        _birth_of(record)):
            sheet.problem(line, "cccd", translate(
                "Import", "Số CCCD {cccd} đã ghi cho {name} ({organisation}, {where}); một số CCCD "
                "chỉ là của một người. Hãy kiểm tra lại số CCCD của hai dòng.").format(
                    cccd=cccd, name=holder.name, organisation=holder.organisation, where=where))
        elif holder.organisation_id != org.id:
            sheet.problem(line, "cccd", translate(
                "Import", "Số CCCD {cccd} cũng có ở {where} ({organisation}); hãy chắc đây là cùng "
                "một người.").format(cccd=cccd, where=where, organisation=holder.organisation),
                Severity.WARNING)

    def heads(self, heads: list[Head]) -> dict[int, list[str]]:
        """Plan each organisation's head (a column such as "Giám đốc" of an officer's list) as
        a manager in post from the founding date, unless the organisation has someone else in
        that post; the outcomes by ``id()`` of the organisation's line."""
        outcomes: dict[int, list[str]] = defaultdict(list)
        known = self._known_managers()
        people = People(self.plan.existing.rows("manager"))
        holders: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
        for row in self.plan.existing.rows("manager_position"):
            organisation = known[row["manager_id"]].organisation_id
            holders[(organisation, row["position"])].append(row)
        for head in heads:
            org, sheet, line = head.organisation, head.sheet, head.line
            record = {"full_name": head.name}
            existing = people.match(org.id, record, by_birth=False)
            wanted = [p for p in head_positions(sheet.mapping.header_of("head") or "", org.kind)
                      if self._vacant(head, p, existing, holders[(org.id, p.value)])]
            if not wanted:
                continue
            merged = {**column_defaults("manager"), **(existing or {}), **record}
            sheet.issues(line, check_manager(merged, today=self.plan.today), {"full_name": "head"})
            manager_id, outcome = self.plan.settle("manager", record, existing, head.name,
                                                   {"organisation_id": org.id})
            known[manager_id] = ManagerRef(manager_id, org.id, merged.get("cccd"), head.name,
                                           _birth_of(merged))
            outcomes[id(line)].append(outcome)
            for position in wanted:
                held = next((row for row in holders[(org.id, position.value)]
                             if row["manager_id"] == manager_id), None)
                post = {"position": position.value, "starts_on": org.established_on}
                sheet.issues(line, check_manager_position(
                    post, organisation=org.context(), today=self.plan.today),
                    {"position": "head", "starts_on": "head"})
                if held is None:
                    _, outcome = self.plan.settle("manager_position", post, None, position.label,
                                                  {"manager_id": manager_id})
                    outcomes[id(line)].append(outcome)
            sheet.inferred([line], "head", "", translate(
                "Import", "{positions}, cán bộ quản lý từ ngày thành lập").format(
                    positions=", ".join(p.label for p in wanted)),
                translate("Import", "Trình độ chưa biết nên ghi là “Chưa qua đào tạo”: hãy sửa "
                          "ở mục Cán bộ."),
                source=translate("Import", "cột “{column}”").format(
                    column=sheet.mapping.header_of("head")))
        return outcomes

    @staticmethod
    def _vacant(head: Head, position: Position, person: dict[str, Any] | None,
                holders: list[dict[str, Any]]) -> bool:
        """Whether ``head`` may be filed in ``position``: the person holds it already, or nobody
        holds it now (else the officer is told, and only the representative is written)."""
        if person is not None and any(row["manager_id"] == person["id"] for row in holders):
            return True
        others = [row for row in holders if row["ends_on"] is None]
        if not others:
            return True
        head.sheet.problem(head.line, "head", translate(
            "Import", "Tổ chức đã có người giữ chức {position}; “{name}” chỉ được ghi vào Người "
            "đại diện. Nếu đây là người mới giữ chức, hãy cập nhật ở mục Cán bộ.").format(
                position=position.label, name=head.name), Severity.WARNING)
        return False

    def _member_organisation(self, sheet: SheetLines, line: Line) -> int | None:
        text = line.values.get("member_organisation")
        if not text:
            return None
        try:
            return self.orgs.resolve(text, text, None).id
        except Unresolved as exc:
            sheet.problem(line, "member_organisation", exc.message)
            return None

    def _known_managers(self) -> dict[int, ManagerRef]:
        if self.managers is None:
            self.managers = {
                row["id"]: ManagerRef(row["id"], row["organisation_id"], row["cccd"],
                                      row["full_name"], _birth_of(row))
                for row in self.plan.existing.rows("manager")}
        return self.managers

    def manager_sheet(self, sheet: SheetLines) -> None:
        known = self._known_managers()
        people = People(self.plan.existing.rows("manager"))
        stored = {row["id"]: row for row in self.plan.existing.rows("manager")}
        positions = {(p["manager_id"], p["position"], p["starts_on"]): p
                     for p in self.plan.existing.rows("manager_position")}
        by_birth = "birth" in sheet.mapped
        groups: dict[tuple[Any, ...], _Group] = {}
        seen: dict[Any, int] = {}
        for line in sheet.lines:
            self.plan.tick()
            values = line.values
            org = self._organisation(sheet, line)
            record = _with_birth(take(values, "manager", MANAGER_COLUMNS,
                                               sheet.register.required_keys), values)
            position = take(values, "manager_position", POSITION_COLUMNS,
                            sheet.register.required_keys)
            if org is None:
                sheet.issues(line, check_manager(record, today=self.plan.today), PERSON_FIELDS)
                count(sheet, line, REJECTED)
                continue
            self._one_person_per_cccd(sheet, line, org, record)
            identity = self._identity(sheet, line, org.id, record, position, people, positions,
                                      by_birth)
            if identity is None:
                count(sheet, line, REJECTED)
                continue
            group = groups.get(identity)
            first = group is None
            if group is None:
                if identity[1] == "manager":
                    existing = stored[identity[2]]
                    people.claimed.add(existing["id"])
                else:
                    existing = people.match(org.id, record, by_birth)
                merged = {**(existing or {}), **record}
                manager_id, outcome = self.plan.settle(
                    "manager", record, existing, merged.get("full_name", ""),
                    {"organisation_id": org.id})
                group = groups[identity] = _Group(line.row, manager_id, record, outcome,
                                                  check_manager(merged, today=self.plan.today))
                known[manager_id] = ManagerRef(manager_id, org.id, merged.get("cccd"),
                                               merged.get("full_name", ""), _birth_of(merged))
            elif "training_level" in values and (
                    record.get("training_level") != group.record.get("training_level")):
                sheet.problem(line, "training_level", translate(
                    "Import", "Trình độ khác với dòng {row} của cùng cán bộ; mỗi cán bộ chỉ có "
                    "một trình độ.").format(row=group.row))
            sheet.issues(line, group.issues, PERSON_FIELDS)
            if position.get("position") is None and position.get("starts_on") is None:
                count(sheet, line, group.outcome if first else UNCHANGED)
                continue
            key = (group.id, position.get("position"), position.get("starts_on"))
            before = first_seen(seen, key, line)
            if before is not None:
                sheet.problem(line, "position", translate(
                    "Import", "Chức vụ này của cán bộ, từ cùng ngày, đã có ở dòng {row}.").format(
                        row=before))
            sheet.issues(line, check_manager_position(
                position, organisation=org.context(), today=self.plan.today), {})
            _, outcome = self.plan.settle("manager_position", position, positions.get(key),
                                          values.get("position") or "", {"manager_id": group.id})
            count(sheet, line, combine(outcome, group.outcome if first else UNCHANGED))

    @staticmethod
    def _identity(sheet: SheetLines, line: Line, org_id: int, record: dict[str, Any],
                  position: dict[str, Any], people: People,
                  positions: dict[tuple[Any, ...], Any], by_birth: bool
                  ) -> tuple[Any, ...] | None:
        """Which manager a CanBo row is: its CCCD, or its name (and birth); when several
        managers of the organisation share the name, the one who already holds the row's
        position (``None``, after recording the problem, when that does not settle it)."""
        cccd = record.get("cccd")
        if cccd:
            return (org_id, "cccd", cccd)
        namesakes = people.candidates(org_id, record, by_birth, matched_too=True)
        if len(namesakes) > 1:
            holders = [m for m in namesakes if (m["id"], position.get("position"),
                                                position.get("starts_on")) in positions]
            if len(holders) != 1:
                sheet.problem(line, "full_name", translate(
                    "Import", "Tổ chức này có {count} cán bộ cùng tên “{name}”: hãy ghi số CCCD "
                    "hoặc ngày sinh để biết dòng này là của ai.").format(
                        count=len(namesakes), name=record.get("full_name")))
                return None
            return (org_id, "manager", holders[0]["id"])
        return (org_id, "name", name_key(record.get("full_name")),
                _birth_of(record) if by_birth else None)

    def _manager(self, sheet: SheetLines, line: Line, course: tuple[str, Any],
                 stored: Collection[tuple[Any, ...]]) -> ManagerRef | None:
        """The manager a training row is about (``None`` after recording the problem).

        ``course`` is the row's (course key, first day), ``stored`` the keys of the courses
        the database holds."""
        values = line.values
        org = None
        if values.get("organisation_code") or values.get("organisation_name"):
            org = self._organisation(sheet, line)
            if org is None:
                return None
        by_cccd, by_name = self._manager_index()
        cccd, name = values.get("cccd"), values.get("full_name")
        if cccd:
            found = [m for m in by_cccd.get(cccd, ()) if org is None or m.organisation_id == org.id]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                sheet.problem(line, "cccd", translate(
                    "Import", "Số CCCD {cccd} là cán bộ của {count} tổ chức: hãy ghi mã số tổ "
                    "chức.").format(cccd=cccd, count=len(found)))
                return None
            if not name:
                sheet.problem(line, "cccd", translate(
                    "Import", "Không có cán bộ nào có số CCCD {cccd}, ở trang cán bộ của tệp cũng "
                    "như trong cơ sở dữ liệu.").format(cccd=cccd))
                return None
        if org is None:
            sheet.problem(line, "full_name", translate(
                "Import", "Hãy ghi số CCCD của cán bộ, hoặc mã số (tên) tổ chức của cán bộ."))
            return None
        found = list(by_name.get((org.id, name_key(name)), ()))
        birth = values.get("birth")
        if birth is not None:
            found = [m for m in found if births_agree(m.birth, tuple(birth))]
        if len(found) > 1:  # namesakes: the one who already has this course, if only one has
            found = [m for m in found if (m.id, *course) in stored] or found
        if len(found) > 1:
            found = _same_identity(found, values, sheet.mapped) or found
        if len(found) == 1:
            return found[0]
        if not found:
            message = translate("Import", "Tổ chức này không có cán bộ nào tên “{name}” (ở trang "
                                "cán bộ của tệp cũng như trong cơ sở dữ liệu).")
        else:
            message = translate("Import", "Tổ chức này có {count} cán bộ cùng tên “{name}”: hãy "
                                "ghi số CCCD hoặc ngày sinh.")
        sheet.problem(line, "full_name", message.format(name=name, count=len(found)))
        return None

    def _manager_index(self) -> tuple[dict[str, list[ManagerRef]],
                                      dict[tuple[int, str], list[ManagerRef]]]:
        """Managers by CCCD and by organisation and name (built once, after CanBo)."""
        if self._index is None:
            by_cccd: dict[str, list[ManagerRef]] = defaultdict(list)
            by_name: dict[tuple[int, str], list[ManagerRef]] = defaultdict(list)
            for manager in self._known_managers().values():
                if manager.cccd:
                    by_cccd[manager.cccd].append(manager)
                by_name[(manager.organisation_id, name_key(manager.name))].append(manager)
            self._index = (by_cccd, by_name)
        return self._index

    def training_sheet(self, sheet: SheetLines) -> None:
        stored = {(t["manager_id"], name_key(t["course"]), t["starts_on"]): t
                  for t in self.plan.existing.rows("training_record")}
        seen: dict[Any, int] = {}
        for line in sheet.lines:
            self.plan.tick()
            record = take(line.values, "training_record", TRAINING_COLUMNS,
                          sheet.register.required_keys)
            sheet.issues(line, check_training_record(record, today=self.plan.today), {})
            course = (name_key(record.get("course")), record.get("starts_on"))
            manager = self._manager(sheet, line, course, stored.keys())
            if manager is None:
                count(sheet, line, REJECTED)
                continue
            key = (manager.id, *course)
            before = first_seen(seen, key, line)
            if before is not None:
                sheet.problem(line, "course", translate(
                    "Import", "Khóa học này của cán bộ, từ cùng ngày, đã có ở dòng {row}.").format(
                        row=before))
            _, outcome = self.plan.settle("training_record", record, stored.get(key),
                                          record.get("course") or "", {"manager_id": manager.id})
            count(sheet, line, outcome)

