"""Bringing a database's administrative units to the shipped data; migrations call this.

Two steps, both safe to run again (a second run changes nothing):

1. :func:`correct_codes`: a database made before the program had its own unit data holds the
   codes of the ``vietnam-provinces`` package, 113 of which are not the official ones (some
   name another commune outright: 00226 is Văn Miếu - Quốc Tử Giám officially, Kim Liên in the
   package). Each commune the database holds is found again by the name the database knows it
   by, in its province; where that is another code, the organisations, the office's area and
   the deleted records in the trash move to it, with an audit entry per organisation and per
   commune of the area. A commune that cannot be found (no such name, or several) is never
   guessed: its records stay where they are and it is listed in ``unplaced_commune``, which the
   program reports at every opening while records still use it.
2. :func:`apply_release`: today's names and kinds of the provinces and communes (the names
   change, an audit entry each; a unit the database lacks is added) and every dated name
   (``unit_version``), so that what a unit was called on any day stays readable.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, or_, select, update
from sqlmodel import SQLModel

from kttt_desktop.core import clock
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.text import fold, spelling_key
from kttt_desktop.core.units import Catalogue
from kttt_desktop.data.derived import NAMED_TABLES, name_columns
from kttt_desktop.data.models import (
    AreaCommune,
    AuditEntry,
    Commune,
    Organisation,
    Province,
    TrashItem,
    UnitVersion,
    UnplacedCommune,
)

C = Commune.__table__
P = Province.__table__
V = UnitVersion.__table__
U = UnplacedCommune.__table__
ORG = Organisation.__table__
AREA = AreaCommune.__table__
TRASH = TrashItem.__table__
AUDIT = AuditEntry.__table__
# What folding changed: look-alike apostrophes, dashes and Ð (core.text.fold).
LOOKALIKES = ("’", "‘", "ʼ", "–", "—", "Ð", "ð")


@dataclass
class UnitUpdate:
    """What bringing the units up to date did."""

    moved: dict[str, str] = field(default_factory=dict)  # code used → official code
    organisations_moved: int = 0
    area_changed: int = 0
    renamed: int = 0
    added: int = 0
    unplaced: list[str] = field(default_factory=list)


def _audit(connection: Connection, entries: list[dict[str, Any]], user: str, reason: str) -> None:
    if entries:
        now = clock.now()
        connection.execute(insert(AUDIT), [
            {"at": now, "user_name": user, "action": "update", "record_id": None,
             "old_value": None, "new_value": None, "reason": reason, **entry}
            for entry in entries])


class _ByName:
    """Today's communes of each province by every name they have had since the reform."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.spelt: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.folded: dict[tuple[str, str], set[str]] = defaultdict(set)
        for unit in catalogue.communes.values():
            for version in unit.versions:
                self.spelt[(unit.province_code, spelling_key(version.name))].add(unit.code)
                self.folded[(unit.province_code, fold(version.name))].add(unit.code)

    def find(self, province: str, name: str) -> str | None:
        """The one commune of ``province`` called ``name`` (``None``: none, or several)."""
        for index, key in ((self.spelt, spelling_key(name)), (self.folded, fold(name))):
            found = index.get((province, key), set())
            if found:
                return next(iter(found)) if len(found) == 1 else None
        return None


def correct_codes(connection: Connection, catalogue: Catalogue, *, user: str = "") -> UnitUpdate:
    """Move what sits under a code the official list gives another commune (or none) to the
    official code of the commune the database named; list what cannot be placed."""
    result = UnitUpdate()
    by_name = _ByName(catalogue)
    unplaced = []
    for code, name, province in connection.execute(select(C.c.code, C.c.name, C.c.province_code)):
        found = by_name.find(province, name)
        official = catalogue.communes.get(code)
        if found == code or (found is None and official is not None
                             and official.province_code == province
                             and any(fold(v.name) == fold(name) for v in official.versions)):
            continue
        if found is not None:
            result.moved[code] = found
        else:
            reason = translate("Units", "Không có xã, phường nào tên “{name}” trong danh mục "
                               "chính thức của tỉnh, hoặc có nhiều xã, phường cùng tên.").format(
                                   name=name)
            unplaced.append({"code": code, "name": name, "province_code": province,
                             "reason": reason})
    known = set(connection.execute(select(U.c.code)).scalars())
    new_unplaced = [u for u in unplaced if u["code"] not in known]
    if new_unplaced:
        connection.execute(insert(U), new_unplaced)
    result.unplaced = [u["code"] for u in unplaced]
    if result.moved:
        names = {code: unit.name for code, unit in catalogue.communes.items()}
        old_names = dict(connection.execute(select(C.c.code, C.c.name).where(
            C.c.code.in_(result.moved))).all())
        reason = translate(
            "Units", "Sửa mã xã theo danh mục chính thức (Công văn 1027/CTK-CSCL): mã cũ là mã "
            "của gói vietnam-provinces, không phải mã chính thức của xã, phường này.")
        _move_organisations(connection, result, names, old_names, user, reason)
        _move_area(connection, result, names, old_names, user, reason)
        _move_trash(connection, result.moved)
    return result


def _move_organisations(connection: Connection, result: UnitUpdate, names: dict[str, str],
                        old_names: dict[str, str], user: str, reason: str) -> None:
    rows = connection.execute(select(ORG.c.id, ORG.c.name, ORG.c.commune_code).where(
        ORG.c.commune_code.in_(result.moved))).all()
    if not rows:
        return
    connection.execute(update(ORG).where(ORG.c.id == bindparam("row_id")).values(
        commune_code=bindparam("new_code")),
        [{"row_id": id_, "new_code": result.moved[code]} for id_, _, code in rows])
    _audit(connection, [
        {"table_name": "organisation", "record_id": id_, "record_label": name,
         "field": "commune_code", "old_value": f"{code} ({old_names[code]})",
         "new_value": f"{result.moved[code]} ({names[result.moved[code]]})"}
        for id_, name, code in rows], user, reason)
    result.organisations_moved = len(rows)


def _move_area(connection: Connection, result: UnitUpdate, names: dict[str, str],
               old_names: dict[str, str], user: str, reason: str) -> None:
    area = set(connection.execute(select(AREA.c.commune_code)).scalars())
    leaving = sorted(area & set(result.moved))
    if not leaving:
        return
    staying = area - set(leaving)
    arriving = sorted({result.moved[c] for c in leaving} - staying)
    connection.execute(delete(AREA).where(AREA.c.commune_code.in_(leaving)))
    connection.execute(insert(AREA), [{"commune_code": code} for code in arriving])
    _audit(connection, [
        {"table_name": "office_area", "record_label": names[result.moved[code]],
         "field": "commune_code", "old_value": f"{code} ({old_names[code]})",
         "new_value": f"{result.moved[code]} ({names[result.moved[code]]})"}
        for code in leaving], user, reason)
    result.area_changed = len(leaving)


def _move_trash(connection: Connection, moved: dict[str, str]) -> None:
    """Deleted organisations restore to their commune's official code."""
    rows = connection.execute(select(TRASH.c.id, TRASH.c.payload_json).where(
        or_(*(TRASH.c.payload_json.contains(f'"commune_code": "{code}"') for code in moved))))
    for trash_id, payload in rows.all():
        items = json.loads(payload)
        for item in items:
            code = item["row"].get("commune_code")
            if item["table"] == "organisation" and code in moved:
                item["row"]["commune_code"] = moved[code]
        connection.execute(update(TRASH).where(TRASH.c.id == trash_id).values(
            payload_json=json.dumps(items, ensure_ascii=False)))


# Today's names and their history ------------------------------------------------------------


def _rename_entry(level: str, code: str, old: str, new: str) -> dict[str, Any]:
    return {"table_name": level, "record_label": f"{code} {new}", "field": "name",
            "old_value": old, "new_value": new}


def _current_rows(catalogue: Catalogue) -> tuple[list[dict], list[dict]]:
    provinces = [{"code": u.code, "name": u.name, "kind": u.kind}
                 for u in catalogue.provinces.values()]
    communes = [{"code": u.code, "name": u.name, "kind": u.kind, "province_code": u.province_code,
                 **name_columns(u.name)} for u in catalogue.communes.values()]
    return provinces, communes


def _sync(connection: Connection, table: Any, rows: list[dict], level: str,
          entries: list[dict], result: UnitUpdate) -> None:
    stored = {row["code"]: row for row in connection.execute(select(table)).mappings()}
    new = [row for row in rows if row["code"] not in stored]
    if new:
        connection.execute(insert(table), new)
        result.added += len(new)
    for row in rows:
        before = stored.get(row["code"])
        if before is None:
            continue
        changed = {k: v for k, v in row.items() if before[k] != v}
        if changed:
            connection.execute(update(table).where(table.c.code == row["code"]).values(changed))
            if "name" in changed:
                entries.append(_rename_entry(level, row["code"], before["name"], row["name"]))
                result.renamed += 1


def _sync_versions(connection: Connection, catalogue: Catalogue) -> None:
    wanted = {}
    for level, units in (("province", catalogue.provinces), ("commune", catalogue.communes)):
        for unit in units.values():
            for v in unit.versions:
                wanted[(level, unit.code, v.valid_from)] = {
                    "level": level, "code": unit.code, "name": v.name, "kind": v.kind,
                    "valid_from": v.valid_from, "valid_to": v.valid_to}
    stored = {(r["level"], r["code"], r["valid_from"]): r
              for r in connection.execute(select(V)).mappings()}
    new = [row for key, row in wanted.items() if key not in stored]
    if new:
        connection.execute(insert(V), new)
    for key, row in wanted.items():
        before = stored.get(key)
        if before is not None and any(before[k] != v for k, v in row.items()):
            connection.execute(update(V).where(V.c.id == before["id"]).values(row))


def apply_release(connection: Connection, catalogue: Catalogue, *, user: str = "",
                  result: UnitUpdate | None = None) -> UnitUpdate:
    """Give the database today's units of ``catalogue`` and their dated names; drop the codes
    the official list lacks that nothing uses."""
    result = result or UnitUpdate()
    provinces, communes = _current_rows(catalogue)
    entries: list[dict[str, Any]] = []
    _sync(connection, P, provinces, "province", entries, result)
    _sync(connection, C, communes, "commune", entries, result)
    _sync_versions(connection, catalogue)
    used = select(ORG.c.commune_code).union(select(AREA.c.commune_code))
    connection.execute(delete(C).where(C.c.code.not_in(list(catalogue.communes)),
                                       C.c.code.not_in(used)))
    _audit(connection, entries, user, translate(
        "Units", "Cập nhật tên đơn vị hành chính theo danh mục chính thức ({release})").format(
            release=catalogue.release.strftime("%d/%m/%Y")))
    return result


def update_units(connection: Connection, catalogue: Catalogue, *, user: str = "") -> UnitUpdate:
    """Both steps: correct the codes, then apply the release."""
    return apply_release(connection, catalogue, user=user,
                         result=correct_codes(connection, catalogue, user=user))


def refold_names(connection: Connection) -> int:
    """Recompute the folded and sorting forms of the names folding now reads differently
    (look-alike apostrophes, dashes, Ð); how many rows changed."""
    changed = 0
    for table_name, (source, person) in NAMED_TABLES.items():
        table = SQLModel.metadata.tables[table_name]
        key = table.primary_key.columns.values()[0]
        column = table.c[source]
        rows = connection.execute(select(key, column, table.c.name_folded, table.c.name_sort)
                                  .where(or_(*(column.contains(c) for c in LOOKALIKES)))).all()
        updates = []
        for row_key, name, folded, sort in rows:
            derived = name_columns(name, person=person)
            if (derived["name_folded"], derived["name_sort"]) != (folded, sort):
                updates.append({"row_key": row_key, "folded": derived["name_folded"],
                                "sort": derived["name_sort"]})
        if updates:
            connection.execute(update(table).where(key == bindparam("row_key")).values(
                name_folded=bindparam("folded"), name_sort=bindparam("sort")), updates)
            changed += len(updates)
    return changed
