"""Single records of the registers: their tables, a record as a dict, the rows that belong to it,
and those rows as JSON (what the trash keeps)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, Table, bindparam, select, update
from sqlmodel import SQLModel

from kttt_desktop.core import clock
from kttt_desktop.core.record_rules import OrgContext
from kttt_desktop.data.audit import update_entries, write_entries
from kttt_desktop.data.derived import NAMED_TABLES, name_columns
from kttt_desktop.data.models import (
    Manager,
    ManagerPosition,
    Member,
    OcopProduct,
    Organisation,
    Rating,
    Suspension,
    TrainingRecord,
    YearlyFigures,
)
from kttt_desktop.data.prepared import Prepared

MODELS: dict[str, type[SQLModel]] = {
    model.__tablename__: model
    for model in (Organisation, Suspension, Member, Manager, ManagerPosition, TrainingRecord,
                  OcopProduct, Rating, YearlyFigures)
}

# The rows that belong to a record: deleted, kept in the trash and restored with it.
CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "organisation": (
        ("suspension", "organisation_id"), ("member", "organisation_id"),
        ("manager", "organisation_id"), ("ocop_product", "organisation_id"),
        ("rating", "organisation_id"), ("yearly_figures", "organisation_id"),
    ),
    "manager": (("manager_position", "manager_id"), ("training_record", "manager_id")),
}
PARENT_COLUMNS = ("organisation_id", "manager_id")
# Columns the data layer derives on every write (data.derived): never stored in the trash.
DERIVED = frozenset({"name_folded", "name_sort", "created_at", "updated_at"})


def table_of(name: str) -> Table:
    return MODELS[name].__table__


# Statements of single records, prepared once per table (saving a form runs them every time);
# an update once per set of columns it sets.
_ROW = {name: Prepared(select(table_of(name)).where(table_of(name).c.id == bindparam("record")))
        for name in MODELS}
_UPDATES: dict[tuple[str, tuple[str, ...]], Prepared] = {}


def _update(table: str, columns: tuple[str, ...]) -> Prepared:
    prepared = _UPDATES.get((table, columns))
    if prepared is None:
        source = table_of(table)
        prepared = _UPDATES[table, columns] = Prepared(
            update(source).where(source.c.id == bindparam("record")), columns)
    return prepared


def load_row(connection: Connection, table: str, record_id: int) -> dict[str, Any] | None:
    """Every column of one record, or ``None`` when there is no such record."""
    return _ROW[table].mapping(connection, {"record": record_id})


def update_row(connection: Connection, table: str, record_id: int, values: dict[str, Any], *,
               user: str, reason: str) -> bool:
    """Store ``values`` (tidied columns) over record ``record_id`` of ``table``, as an ORM update
    would: only the columns that changed, the derived name columns and the time of the change
    with them, and their audit entries. Core statements (one read, one update, one insert of
    the entries) instead of the ORM's identity map and flush: saving a form is the program's
    most frequent write. ``False`` when there is no such record.
    """
    source = table_of(table)
    stored = load_row(connection, table, record_id)
    if stored is None:
        return False
    changes = {name: values[name] for name in source.c.keys()
               if name in values and stored[name] != values[name]}
    if not changes:
        return True
    written = dict(changes)
    if table in NAMED_TABLES:  # as the ORM, only those that differ from the stored ones
        name, person = NAMED_TABLES[table]
        derived = name_columns({**stored, **changes}[name] or "", person=person)
        written.update({k: v for k, v in derived.items() if stored[k] != v})
    if "updated_at" in source.c:
        written["updated_at"] = clock.now()
    _update(table, tuple(written)).run(connection, {**written, "record": record_id})
    write_entries(connection, update_entries(table, record_id, stored, changes, user=user,
                                             reason=reason))
    return True


def rows_with_children(connection: Connection, table: str,
                       record_id: int) -> list[tuple[str, dict[str, Any]]]:
    """The record and every row that belongs to it, each parent before its children."""
    record = load_row(connection, table, record_id)
    if record is None:
        return []
    found: list[tuple[str, dict[str, Any]]] = [(table, record)]
    pending = [(table, record_id)]
    while pending:
        parent, parent_id = pending.pop(0)
        for child, column in CHILDREN.get(parent, ()):
            source = table_of(child)
            rows = connection.execute(select(source).where(source.c[column] == parent_id)
                                      .order_by(source.c.id)).mappings().all()
            for row in rows:
                found.append((child, dict(row)))
                pending.append((child, row["id"]))
    return found


_ORG, _SUSPENSION = table_of("organisation"), table_of("suspension")
# The organisation and its suspensions in one statement (one row without suspensions).
_ORGANISATION = Prepared(
    select(_ORG.c.kind, _ORG.c.established_on, _ORG.c.dissolved_on, _SUSPENSION.c.starts_on,
           _SUSPENSION.c.ends_on)
    .select_from(_ORG.outerjoin(_SUSPENSION, _SUSPENSION.c.organisation_id == _ORG.c.id))
    .where(_ORG.c.id == bindparam("organisation")).order_by(_SUSPENSION.c.starts_on))


def organisation_context(connection: Connection, organisation_id: int | None
                         ) -> OrgContext | None:
    """What the rules of a record of an organisation need to know about it."""
    if organisation_id is None:
        return None
    rows = _ORGANISATION.rows(connection, {"organisation": organisation_id})
    if not rows:
        return None
    kind, established_on, dissolved_on = rows[0][:3]
    return OrgContext(kind, established_on, dissolved_on,
                      tuple((starts_on, ends_on) for *_, starts_on, ends_on in rows
                            if starts_on is not None))


# The trash ---------------------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def rows_to_json(rows: Iterable[tuple[str, dict[str, Any]]]) -> str:
    """Rows as the trash stores them (without the derived columns)."""
    return json.dumps([
        {"table": table, "row": {k: _plain(v) for k, v in row.items() if k not in DERIVED}}
        for table, row in rows
    ], ensure_ascii=False)


def _typed(source: Table, row: dict[str, Any]) -> dict[str, Any]:
    typed: dict[str, Any] = {}
    for key, value in row.items():
        if key not in source.c:
            continue  # a column a later version dropped
        kind = source.c[key].type
        if value is not None and isinstance(kind, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(kind, Date):
            value = date.fromisoformat(value)
        elif value is not None and isinstance(kind, Boolean):
            value = bool(value)
        typed[key] = value
    return typed


def rows_from_json(text: str) -> list[tuple[str, dict[str, Any]]]:
    """The rows :func:`rows_to_json` stored, with their dates and flags typed again."""
    return [(item["table"], _typed(table_of(item["table"]), item["row"]))
            for item in json.loads(text)]
