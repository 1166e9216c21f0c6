"""What the database already holds, read in a few queries before the rows are matched."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select

from kttt_desktop.data import models
from kttt_desktop.data.models import AreaCommune, Commune, Office

TABLES: dict[str, Table] = {model.__tablename__: model.__table__ for model in (
    models.Organisation, models.Suspension, models.Member, models.Manager,
    models.ManagerPosition, models.TrainingRecord, models.OcopProduct, models.Rating,
    models.YearlyFigures, models.Target,
)}  # in the order rows are written: every row after the rows it refers to
SKIPPED_COLUMNS = frozenset({"name_folded", "name_sort", "created_at", "updated_at"})


@dataclass(frozen=True)
class CommuneUnit:
    code: str
    name: str
    province_code: str


@dataclass
class Existing:
    """The office's area, the communes, and the rows of each register (loaded on first use)."""

    connection: Connection
    province_code: str = ""
    area: frozenset[str] = frozenset()
    communes: dict[str, CommuneUnit] = field(default_factory=dict)
    _rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    _next_id: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, connection: Connection) -> Existing:
        office = connection.execute(select(Office.province_code)).scalar_one_or_none() or ""
        area = frozenset(connection.execute(select(AreaCommune.commune_code)).scalars())
        communes = {row.code: CommuneUnit(row.code, row.name, row.province_code)
                    for row in connection.execute(
                        select(Commune.code, Commune.name, Commune.province_code))}
        return cls(connection, office, area, communes)

    def rows(self, table: str) -> list[dict[str, Any]]:
        """Every row of ``table`` as a dictionary of its columns (derived columns left out)."""
        if table not in self._rows:
            source = TABLES[table]
            columns = [c for c in source.columns if c.key not in SKIPPED_COLUMNS]
            result = self.connection.execute(select(*columns))
            keys = list(result.keys())
            self._rows[table] = [dict(zip(keys, row, strict=True)) for row in result]
        return self._rows[table]

    def next_id(self, table: str) -> int:
        """A provisional id for a new row of ``table``, for the planned rows that point at it:
        negative, so never a stored id. The database gives the row its id when it is written
        (importing.writer)."""
        value = self._next_id.get(table, 0) - 1
        self._next_id[table] = value
        return value
