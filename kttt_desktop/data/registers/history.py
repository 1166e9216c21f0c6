"""The audit history of a record and of the rows that belong, or belonged, to it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, or_, select

from kttt_desktop.data.models import AuditEntry
from kttt_desktop.data.registers.lists import contains
from kttt_desktop.data.registers.records import CHILDREN, table_of

A = AuditEntry.__table__


def _children_ever(connection: Connection, child: str, column: str, parent_id: int) -> set[int]:
    """Ids of ``child`` rows of the parent now, and of those deleted since (from their insert
    entries, whose snapshot names the parent)."""
    source = table_of(child)
    ids = set(connection.execute(select(source.c.id).where(source.c[column] == parent_id))
              .scalars())
    marker = f'"{column}": "{parent_id}"'
    ids.update(connection.execute(select(A.c.record_id).where(
        A.c.table_name == child, A.c.action == "insert", A.c.record_id.is_not(None),
        contains(A.c.new_value, marker))).scalars())
    return ids


def history_keys(connection: Connection, table: str, record_id: int) -> dict[str, set[int]]:
    """The record and the rows that belong or belonged to it, as ids by table."""
    keys: dict[str, set[int]] = {table: {record_id}}
    pending = [(table, record_id)]
    while pending:
        parent, parent_id = pending.pop()
        for child, column in CHILDREN.get(parent, ()):
            ids = _children_ever(connection, child, column, parent_id)
            keys.setdefault(child, set()).update(ids)
            pending += [(child, i) for i in ids]
    return keys


def audit_entries(connection: Connection, keys: dict[str, set[int]],
                  limit: int = 2000) -> list[dict[str, Any]]:
    """Audit entries of the given records, newest first."""
    matches = [and_(A.c.table_name == table, A.c.record_id.in_(sorted(ids)))
               for table, ids in keys.items() if ids]
    if not matches:
        return []
    rows = connection.execute(select(A).where(or_(*matches))
                              .order_by(A.c.at.desc(), A.c.id.desc()).limit(limit)).mappings()
    return [dict(row) for row in rows]
