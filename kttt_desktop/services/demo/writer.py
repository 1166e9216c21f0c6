"""Bulk writing of generated rows: Core inserts of row dictionaries, in chunks, in FK order."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import Connection, insert

from kttt_desktop.data import models
from kttt_desktop.data.derived import NAMED_TABLES, name_columns

TABLES = {model.__tablename__: model.__table__ for model in (
    models.Organisation, models.Suspension, models.Member, models.Manager,
    models.ManagerPosition, models.TrainingRecord, models.OcopProduct, models.Rating,
    models.YearlyFigures,
)}  # in the order a flush writes them: every row after the rows it refers to
STAMPED = frozenset({"organisation", "member", "manager", "ocop_product", "rating",
                     "yearly_figures"})
NAME_CACHE_LIMIT = 400_000


class BulkWriter:
    """Collects rows, gives them ids and derived columns, and inserts them every ``chunk`` rows."""

    def __init__(self, connection: Connection, stamp: datetime, chunk: int = 50_000) -> None:
        self._connection = connection
        self._stamp = stamp
        self._chunk = chunk
        self._pending: dict[str, list[dict]] = {table: [] for table in TABLES}
        self._waiting = 0
        self._last_id: Counter[str] = Counter()
        self._names: dict[tuple[str, bool], dict[str, str]] = {}
        self.counts: Counter[str] = Counter()

    def next_id(self, table: str) -> int:
        self._last_id[table] += 1
        return self._last_id[table]

    def add(self, table: str, row: dict) -> None:
        if "id" not in row:
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
            if rows:
                self._connection.execute(insert(TABLES[table]), rows)
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
