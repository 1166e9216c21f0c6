"""Single records of the registers: their tables, a record as a dict, the rows that belong to it,
and those rows as JSON (what the trash keeps)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, Table, select
from sqlmodel import SQLModel

from kttt_desktop.core.record_rules import OrgContext
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


def load_row(connection: Connection, table: str, record_id: int) -> dict[str, Any] | None:
    """Every column of one record, or ``None`` when there is no such record."""
    source = table_of(table)
    row = connection.execute(select(source).where(source.c.id == record_id)).mappings().first()
    return dict(row) if row is not None else None


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


def organisation_context(connection: Connection, organisation_id: int | None
                         ) -> OrgContext | None:
    """What the rules of a record of an organisation need to know about it."""
    if organisation_id is None:
        return None
    o, s = table_of("organisation"), table_of("suspension")
    row = connection.execute(select(o.c.kind, o.c.established_on, o.c.dissolved_on)
                             .where(o.c.id == organisation_id)).first()
    if row is None:
        return None
    suspensions = connection.execute(select(s.c.starts_on, s.c.ends_on)
                                     .where(s.c.organisation_id == organisation_id)
                                     .order_by(s.c.starts_on)).all()
    return OrgContext(row.kind, row.established_on, row.dissolved_on,
                      tuple((start, end) for start, end in suspensions))


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
