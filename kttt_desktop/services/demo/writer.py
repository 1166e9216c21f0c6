"""Bulk writing of generated rows: Core inserts of row dictionaries, in chunks, in FK order.

The database gives every row its id. Rows that others point at (organisations, managers) carry
a provisional id until they are written; the rows pointing at them are given the stored ids
then (:data:`REFERENCED`).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import Connection

from kttt_desktop.data import models
from kttt_desktop.data.derived import NAMED_TABLES, name_columns
from kttt_desktop.data.engines import insert_rows, references

TABLES = {model.__tablename__: model.__table__ for model in (
    models.Organisation, models.Suspension, models.Member, models.Manager,
    models.ManagerPosition, models.TrainingRecord, models.OcopProduct, models.Rating,
    models.YearlyFigures,
)}  # in the order a flush writes them: every row after the rows it refers to
STAMPED = frozenset({"organisation", "member", "manager", "ocop_product", "rating",
                     "yearly_figures"})
NAME_CACHE_LIMIT = 400_000
REFERENCED = ("organisation", "manager")  # tables whose rows other rows point at


class BulkWriter:
    """Collects rows, gives them derived columns, and inserts them every ``chunk`` rows.

    A row of :data:`REFERENCED` has an ``id`` when it is added: the planner's number, or one of
    :meth:`next_id`; it stands for the row until the database gives the row its own id."""

    def __init__(self, connection: Connection, stamp: datetime, chunk: int = 50_000) -> None:
        self._connection = connection
        self._stamp = stamp
        self._chunk = chunk
        self._pending: dict[str, list[dict]] = {table: [] for table in TABLES}
        self._waiting = 0
        self._last_id: Counter[str] = Counter()
        self._stored: dict[str, dict[int, int]] = {table: {} for table in REFERENCED}
        self._references = {name: references(table, REFERENCED) for name, table in TABLES.items()}
        self._names: dict[tuple[str, bool], dict[str, str]] = {}
        self.counts: Counter[str] = Counter()

    def next_id(self, table: str) -> int:
        """A provisional id for a new row of ``table``, to point at it from other rows."""
        self._last_id[table] += 1
        return self._last_id[table]

    def add(self, table: str, row: dict) -> None:
        if table in REFERENCED and "id" not in row:
            row["id"] = self.next_id(table)
        if table in STAMPED:
            row["created_at"] = row["updated_at"] = self._stamp
        if table in NAMED_TABLES:
            source, person = NAMED_TABLES[table]
            row.update(self._name_columns(row[source], person))
        self._pending[table].append(row)
        self._waiting += 1
        if self._waiting >= self._chunk:
            self.flush()

    def extend(self, table: str, rows: list[dict]) -> None:
        for row in rows:
            self.add(table, row)

    def flush(self) -> None:
        for table, rows in self._pending.items():
            if not rows:
                continue
            for column, parent in self._references[table].items():
                stored = self._stored[parent]
                for row in rows:
                    if row.get(column) is not None:
                        row[column] = stored[row[column]]
            provisional = [row.pop("id") for row in rows] if table in REFERENCED else []
            ids = insert_rows(self._connection, TABLES[table], rows)
            if provisional:
                self._stored[table].update(zip(provisional, ids, strict=True))
            self.counts[table] += len(rows)
            rows.clear()
        self._waiting = 0

    def _name_columns(self, name: str, person: bool) -> dict[str, str]:
        """The derived name columns, computed once per distinct name (names repeat a lot)."""
        key = (name, person)
        found = self._names.get(key)
        if found is None:
            if len(self._names) >= NAME_CACHE_LIMIT:
                self._names.clear()
            found = self._names[key] = name_columns(name, person=person)
        return found
