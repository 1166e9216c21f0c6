"""The audit log: every insert, update and delete made through a session, written by one listener.

Forms and services never write audit entries themselves: a change to a record of an audited
table made in a :meth:`Database.session` is logged after the flush with the session's user and
reason (``session.info``). Bulk paths that bypass the ORM (imports) call :func:`write_entries`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    DateTime,
    String,
    Table,
    event,
    func,
    insert,
    inspect,
    literal,
    null,
    select,
    update,
)
from sqlalchemy.orm import Session

from kttt_desktop.core import clock
from kttt_desktop.data import changes, models
from kttt_desktop.data.models import AuditEntry
from kttt_desktop.data.prepared import Prepared

AUDITED: tuple[type, ...] = (
    models.Office, models.AreaCommune, models.Organisation, models.Suspension, models.Member,
    models.Manager, models.ManagerPosition, models.TrainingRecord, models.OcopProduct,
    models.Rating, models.YearlyFigures, models.Target, models.ManualIndicator,
    models.ManualValue,
)
AUDITED_TABLES = frozenset(model.__tablename__ for model in AUDITED)
# Columns that only mirror others or record the write itself.
UNLOGGED = frozenset({"id", "name_folded", "name_sort", "created_at", "updated_at"})
LABEL_COLUMNS = ("name", "full_name", "indicator", "course", "position", "commune_code")


def as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def label_of(values: Mapping[str, Any]) -> str:
    """How an entry names its record: its name, or another column that tells it apart."""
    for column in LABEL_COLUMNS:
        value = values.get(column)
        if value:
            return str(value)
    return ""


def record_label(obj: Any) -> str:
    return label_of({column: getattr(obj, column, None) for column in LABEL_COLUMNS})


def _record_id(obj: Any) -> int | None:
    identity = inspect(obj).identity
    value = identity[0] if identity else getattr(obj, "id", None)
    return value if isinstance(value, int) else None


def _columns(obj: Any) -> list[str]:
    return [a.key for a in inspect(type(obj)).column_attrs if a.key not in UNLOGGED]


def _row(action: str, table: str, record_id: int | None, label: str, user: str, reason: str,
         **values: Any) -> dict[str, Any]:
    return {
        "at": clock.now(),
        "user_name": user,
        "action": action,
        "table_name": table,
        "record_id": record_id,
        "record_label": label,
        "field": values.get("field", ""),
        "old_value": values.get("old_value"),
        "new_value": values.get("new_value"),
        "reason": reason,
    }


def _entry(session: Session, action: str, obj: Any, **values: Any) -> dict[str, Any]:
    return _row(action, obj.__tablename__, _record_id(obj), record_label(obj),
                session.info.get("user", ""), session.info.get("reason", ""), **values)


def update_entries(table: str, record_id: int, old: Mapping[str, Any], new: Mapping[str, Any],
                   *, user: str, reason: str) -> list[dict[str, Any]]:
    """The entries of an update made with a Core statement instead of the ORM: the same as the
    listener writes for it, one per logged column of ``new`` whose value changed from ``old``
    (``old`` is the stored row; ``new`` the columns written)."""
    if table not in AUDITED_TABLES:
        return []
    label = label_of({**old, **new})
    entries = []
    for column, value in new.items():
        if column in UNLOGGED:
            continue
        before, after = as_text(old.get(column)), as_text(value)
        if before != after:
            entries.append(_row("update", table, record_id, label, user, reason, field=column,
                                old_value=before, new_value=after))
    return entries


def _changes(session: Session) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, AUDITED):
            snapshot = {c: as_text(getattr(obj, c)) for c in _columns(obj)}
            entries.append(_entry(session, "insert", obj, new_value=json.dumps(
                {k: v for k, v in snapshot.items() if v not in (None, "")}, ensure_ascii=False)))
    for obj in session.dirty:
        if not isinstance(obj, AUDITED) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        for column in _columns(obj):
            history = state.attrs[column].history
            if not history.has_changes():
                continue
            old = as_text(history.deleted[0]) if history.deleted else None
            new = as_text(history.added[0]) if history.added else None
            if old != new:
                entries.append(_entry(session, "update", obj, field=column,
                                      old_value=old, new_value=new))
    for obj in session.deleted:
        if isinstance(obj, AUDITED):
            entries.append(_entry(session, "delete", obj))
    return entries


_COLUMNS = ("at", "user_name", "action", "table_name", "record_id", "record_label", "field",
            "old_value", "new_value", "reason")
_INSERT = Prepared(insert(AuditEntry), _COLUMNS)


def write_entries(connection: Connection, entries: Iterable[dict[str, Any]]) -> None:
    """Write audit entries directly (for bulk paths); each needs at least ``action``."""
    rows = [
        {"at": clock.now(), "user_name": "", "table_name": "", "record_id": None,
         "record_label": "", "field": "", "old_value": None, "new_value": None, "reason": "",
         **entry}
        for entry in entries
    ]
    if rows:
        changes.touched(row["table_name"] for row in rows)
        _INSERT.run_many(connection, rows)


def write_insert_entries(connection: Connection, table: Table, first_id: int, *, at: datetime,
                         user: str, reason: str) -> None:
    """One "insert" entry for every row of ``table`` whose id is ``first_id`` or more, written by
    one INSERT … SELECT (a bulk path that inserted those rows with consecutive ids)."""
    label_column = next((table.c[c] for c in LABEL_COLUMNS if c in table.c), None)
    label = (func.coalesce(label_column, "") if label_column is not None
             else literal("", String))
    rows = select(
        literal(at, DateTime), literal(user, String), literal("insert", String),
        literal(table.name, String), table.c.id, label, literal("", String),
        null(), null(), literal(reason, String),
    ).where(table.c.id >= first_id)
    changes.touched([table.name])
    columns = AuditEntry.__table__.c
    connection.execute(insert(AuditEntry).from_select(
        [columns.at, columns.user_name, columns.action, columns.table_name, columns.record_id,
         columns.record_label, columns.field, columns.old_value, columns.new_value,
         columns.reason], rows))


@event.listens_for(Session, "after_flush")
def _log_flush(session: Session, _context: Any) -> None:
    changes.touched(getattr(obj, "__tablename__", "")
                    for obj in (*session.new, *session.dirty, *session.deleted))
    entries = _changes(session)
    if entries:
        session.connection().execute(insert(AuditEntry), entries)


def forget_values(connection: Connection, table: str, record_ids: Iterable[int],
                  fields: Iterable[str]) -> None:
    """Erase the values of ``fields`` of the given records from their audit entries.

    For the personal data of people who were deleted: the entries stay (who did what, when,
    why), the values go, from field updates and from insert snapshots alike.
    """
    ids, names = sorted(set(record_ids)), set(fields)
    if not ids or not names:
        return
    log = AuditEntry.__table__
    ours = (log.c.table_name == table) & log.c.record_id.in_(ids)
    connection.execute(update(log).where(ours, log.c.field.in_(sorted(names)))
                       .values(old_value=None, new_value=None))
    snapshots = connection.execute(select(log.c.id, log.c.new_value).where(
        ours, log.c.action == "insert", log.c.new_value.is_not(None))).all()
    for entry_id, text in snapshots:
        values = json.loads(text)
        if names & values.keys():
            kept = {k: v for k, v in values.items() if k not in names}
            connection.execute(update(log).where(log.c.id == entry_id).values(
                new_value=json.dumps(kept, ensure_ascii=False)))
