"""The audit history of a record and of the rows that belong, or belonged, to it, and the names of
the records its entries refer to by id or code."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, or_, select

from kttt_desktop.data.models import AuditEntry, Commune, Province
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


# A table referred to -> its key and the column that names a row.
_NAMED_BY = {
    "organisation": (table_of("organisation").c.id, table_of("organisation").c.name),
    "manager": (table_of("manager").c.id, table_of("manager").c.full_name),
    "commune": (Commune.__table__.c.code, Commune.__table__.c.name),
    "province": (Province.__table__.c.code, Province.__table__.c.name),
}
CHUNK = 500


def names_of(connection: Connection, wanted: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    """The names of the rows of each table named in ``wanted`` (keys as stored text: an id or
    a code), by (table, key). A record that was deleted is named by the label its last audit
    entry carries; one with neither is left out."""
    found: dict[tuple[str, str], str] = {}
    for table, keys in wanted.items():
        key, name = _NAMED_BY[table]
        by_id = key.type.python_type is int
        values = sorted(int(k) for k in keys if k.isdigit()) if by_id else sorted(keys)
        for start in range(0, len(values), CHUNK):
            chunk = values[start:start + CHUNK]
            for stored, text in connection.execute(select(key, name).where(key.in_(chunk))):
                found[(table, str(stored))] = text
            gone = [v for v in chunk if (table, str(v)) not in found]
            if by_id and gone:
                labelled = (select(A.c.record_id, A.c.record_label)
                            .where(A.c.table_name == table, A.c.record_id.in_(gone),
                                   A.c.record_label != "").order_by(A.c.id))
                for record_id, label in connection.execute(labelled):
                    found[(table, str(record_id))] = label  # the latest wins
    return found
