"""Core statements compiled once and run straight on the SQLite connection of a Connection.

SQLAlchemy spends about 20 µs on each execute beyond SQLite's own work (the compiled-cache
lookup, events, the result's set-up), as much as SQLite takes to read a row by its id. Saving a
form runs half a dozen statements, so those are :class:`Prepared`: compiled once for the
connection's dialect, their values converted by the column types' own processors (a date or a
timestamp is stored as the same text ``Connection.execute`` stores), and run on the driver's
connection of the same :class:`~sqlalchemy.engine.Connection`, inside its transaction (begun
first, as ``execute`` would begin it, when it is not yet).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.sql import ClauseElement

Processor = Callable[[Any], Any]
_REQUIRED = object()
_NOTHING: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class _Compiled:
    dialect: Dialect
    sql: str
    binds: tuple[tuple[str, Any, Processor | None], ...]  # name, default value, processor
    keys: tuple[str, ...]  # of the columns read
    results: tuple[tuple[int, Processor], ...]  # the place of a column read, its processor

    @classmethod
    def of(cls, statement: ClauseElement, columns: list[str] | None,
           dialect: Dialect) -> _Compiled:
        compiled = statement.compile(dialect=dialect, column_keys=columns)
        assert compiled.positiontup is not None, "SQLite's parameters are positional"
        defaults = compiled.construct_params(_check=False)
        binds = tuple(
            (name, _REQUIRED if compiled.binds[name].required else defaults[name],
             compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect))
            for name in compiled.positiontup)
        selected = list(getattr(statement, "selected_columns", ()))
        processors = ((place, column.type.dialect_impl(dialect).result_processor(dialect, None))
                      for place, column in enumerate(selected))
        return cls(dialect, compiled.string, binds, tuple(column.key for column in selected),
                   tuple((place, process) for place, process in processors if process))


class Prepared:
    """One statement; ``columns``: the names of the values it sets (an INSERT or UPDATE)."""

    def __init__(self, statement: ClauseElement, columns: Sequence[str] | None = None) -> None:
        self.statement = statement
        self.columns = list(columns) if columns is not None else None
        self._compiled: _Compiled | None = None

    def _for(self, connection: Connection) -> tuple[_Compiled, sqlite3.Connection]:
        compiled = self._compiled
        if compiled is None or compiled.dialect is not connection.dialect:
            compiled = self._compiled = _Compiled.of(self.statement, self.columns,
                                                     connection.dialect)
        if not connection.in_transaction():
            connection.begin()
        return compiled, connection.connection.driver_connection  # type: ignore[return-value]

    @staticmethod
    def _parameters(compiled: _Compiled, values: Mapping[str, Any]) -> tuple[Any, ...]:
        listed = []
        for name, default, process in compiled.binds:
            value = values.get(name, default)
            if value is _REQUIRED:
                raise KeyError(f"no value for the parameter {name!r}")
            listed.append(value if process is None or value is None else process(value))
        return tuple(listed)

    @staticmethod
    def _typed(compiled: _Compiled, row: Sequence[Any]) -> tuple[Any, ...]:
        if not compiled.results:
            return tuple(row)
        typed = list(row)
        for place, process in compiled.results:
            typed[place] = process(typed[place])
        return tuple(typed)

    def rows(self, connection: Connection,
             values: Mapping[str, Any] = _NOTHING) -> list[tuple[Any, ...]]:
        """Every row the statement reads, its values typed."""
        compiled, driver = self._for(connection)
        cursor = driver.execute(compiled.sql, self._parameters(compiled, values))
        return [self._typed(compiled, row) for row in cursor.fetchall()]

    def mapping(self, connection: Connection,
                values: Mapping[str, Any] = _NOTHING) -> dict[str, Any] | None:
        """The first row read as ``{column: value}`` (``None``: no row)."""
        compiled, driver = self._for(connection)
        row = driver.execute(compiled.sql, self._parameters(compiled, values)).fetchone()
        return None if row is None else dict(zip(compiled.keys, self._typed(compiled, row),
                                                 strict=True))

    def run(self, connection: Connection, values: Mapping[str, Any] = _NOTHING) -> int:
        """Run a statement that writes; the number of rows it changed."""
        compiled, driver = self._for(connection)
        return driver.execute(compiled.sql, self._parameters(compiled, values)).rowcount

    def run_many(self, connection: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
        compiled, driver = self._for(connection)
        driver.executemany(compiled.sql, [self._parameters(compiled, row) for row in rows])
