"""Writing a planned import: Core bulk statements, derived columns, timestamps and the audit log.

New rows carry the provisional ids of the plan (negative, importing.existing); the database
gives them their ids as they are written, parents first, and every planned value that pointed
at a provisional id (a new member's organisation, an existing member moved to a new
organisation) is given the stored id before its row is written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, update

from kttt_desktop.core.i18n import translate
from kttt_desktop.data import audit, name_index
from kttt_desktop.data.derived import NAMED_TABLES, name_columns
from kttt_desktop.data.engines import insert_rows, references
from kttt_desktop.services.importing.existing import TABLES
from kttt_desktop.services.importing.plan import Changes, ImportCancelled

CHUNK = 20_000
STAMPED = frozenset({"organisation", "member", "manager", "ocop_product", "rating",
                     "yearly_figures"})


class _Names:
    """Derived name columns, computed once per distinct name (names repeat a lot)."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, bool], dict[str, str]] = {}

    def __call__(self, name: str, person: bool) -> dict[str, str]:
        key = (name, person)
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = name_columns(name, person=person)
        return found


class ChangeWriter:
    def __init__(self, connection: Connection, *, reason: str, user: str, now: datetime,
                 progress: Callable[[str, int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self.connection = connection
        self.reason = reason
        self.user = user
        self.now = now
        self.progress = progress
        self.cancelled = cancelled
        self.names = _Names()
        self.entries: list[dict[str, Any]] = []
        self.done = 0
        self.total = 0
        self.stored: dict[str, dict[int, int]] = {table: {} for table in TABLES}  # provisional → id

    def _step(self, rows: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled
        self.done += rows
        if self.progress is not None:
            self.progress(translate("Import", "Ghi"), self.done, self.total)

    def _derive(self, table: str, row: dict[str, Any]) -> None:
        if table in NAMED_TABLES:
            source, person = NAMED_TABLES[table]
            if source in row:
                row.update(self.names(row[source], person))
        if table in STAMPED:
            row["updated_at"] = self.now

    def write(self, changes: Changes) -> None:
        """Write every change (inside the caller's transaction) and its audit entries."""
        self.total = changes.size
        with name_index.adding_many(self.connection):
            for table, rows in changes.inserts.items():
                self._insert(table, rows)
        for table, updates in changes.updates.items():
            self._update(table, updates)
        audit.write_entries(self.connection, self.entries)

    def _stored_ids(self, table: str, values: dict[str, Any]) -> None:
        """Replace the provisional ids ``values`` points at by the ids the database gave."""
        for column, parent in references(TABLES[table], TABLES).items():
            value = values.get(column)
            if value is not None and value < 0:
                values[column] = self.stored[parent][value]

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert ``rows`` (the database gives their ids, above every existing one) and log
        them."""
        if not rows:
            return
        for row in rows:
            self._derive(table, row)
            self._stored_ids(table, row)
            if table in STAMPED:
                row["created_at"] = self.now
        provisional = [row.pop("id") for row in rows]
        first: int | None = None
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            ids = insert_rows(self.connection, TABLES[table], chunk)
            self.stored[table].update(zip(provisional[start:start + CHUNK], ids, strict=True))
            first = ids[0] if first is None else first
            self._step(len(chunk))
        assert first is not None
        audit.write_insert_entries(self.connection, TABLES[table], first, at=self.now,
                                   user=self.user, reason=self.reason)

    def _update(self, table: str, updates: list[Any]) -> None:
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for change in updates:
            values = dict(change.values)
            self._derive(table, values)
            self._stored_ids(table, values)
            groups[tuple(sorted(values))].append(
                {"row_id": change.id, **{f"new_{c}": v for c, v in values.items()}})
            for column in change.values:
                self.entries.append(self._entry(
                    "update", table, change.id, change.label, field=column,
                    old_value=audit.as_text(change.old.get(column)),
                    new_value=audit.as_text(values[column])))
        source = TABLES[table]
        for columns, params in groups.items():
            statement = (update(source).where(source.c.id == bindparam("row_id"))
                         .values({c: bindparam(f"new_{c}") for c in columns}))
            for start in range(0, len(params), CHUNK):
                chunk = params[start:start + CHUNK]
                self.connection.execute(statement, chunk)
                self._step(len(chunk))

    def _entry(self, action: str, table: str, record_id: int, label: str,
               **values: Any) -> dict[str, Any]:
        return {"at": self.now, "user_name": self.user, "action": action, "table_name": table,
                "record_id": record_id, "record_label": label, "reason": self.reason, **values}
