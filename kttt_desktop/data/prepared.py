"""Core statements compiled once and run straight on the SQLite connection of a Connection.

SQLAlchemy spends about 20 µs on each execute beyond SQLite's own work (the compiled-cache
lookup, events, the result's set-up), as much as SQLite takes to read a row by its id. Saving a
form runs half a dozen statements, so those are :class:`Prepared`: compiled once for the
connection's dialect, their values converted by the column types' own processors (a date or a
timestamp is stored as the same text ``Connection.execute`` stores), and run on the driver's
connection of the same :class:`~sqlalchemy.engine.Connection`, inside its transaction (begun
first, as ``execute`` would begin it, when it is not yet). On another engine (a PostgreSQL
server, where the network costs far more than SQLAlchemy) the statement is run by
``Connection.execute``, compiled and typed by SQLAlchemy as everywhere else.
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
    # False: values are written into the text when it runs (an IN list, a separator), which
    # ``Connection.execute`` does; the statement is then run by it (its rows come typed).
    direct: bool

    @classmethod
    def of(cls, statement: ClauseElement, columns: list[str] | None,
           dialect: Dialect) -> _Compiled:
        compiled = statement.compile(dialect=dialect, column_keys=columns)
        selected = list(getattr(statement, "selected_columns", ()))
        if dialect.name != "sqlite":
            return cls(dialect, compiled.string, (), tuple(c.key for c in selected), (), False)
        assert compiled.positiontup is not None, "SQLite's parameters are positional"
        defaults = compiled.construct_params(_check=False)
        binds = tuple(
            (name, _REQUIRED if compiled.binds[name].required else defaults[name],
             compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect))
            for name in compiled.positiontup)
        direct = not (compiled.post_compile_params or compiled.literal_execute_params)
        processors = ((place, column.type.dialect_impl(dialect).result_processor(dialect, None))
                      for place, column in enumerate(selected) if direct)
        return cls(dialect, compiled.string, binds, tuple(column.key for column in selected),
                   tuple((place, process) for place, process in processors if process), direct)


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
    def _seen(connection: Connection, driver: sqlite3.Connection, sql: str, parameters: Any,
              many: bool) -> None:
        """Show the statement to the engine's ``before_cursor_execute`` listeners, if any (a
        trace, a measurement), as ``Connection.execute`` would."""
        listeners = connection.dispatch.before_cursor_execute
        if listeners:
            cursor = driver.cursor()
            for listener in listeners:
                listener(connection, cursor, sql, parameters, None, many)

    def _execute(self, connection: Connection,
                 values: Mapping[str, Any]) -> tuple[_Compiled, sqlite3.Cursor]:
        compiled, driver = self._for(connection)
        if not compiled.direct:
            return compiled, connection.execute(self.statement, dict(values))  # type: ignore
        parameters = self._parameters(compiled, values)
        self._seen(connection, driver, compiled.sql, parameters, False)
        return compiled, driver.execute(compiled.sql, parameters)

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
        compiled, cursor = self._execute(connection, values)
        return [self._typed(compiled, row) for row in cursor.fetchall()]

    def mappings(self, connection: Connection,
                 values: Mapping[str, Any] = _NOTHING) -> list[dict[str, Any]]:
        """Every row read as ``{column: value}``."""
        compiled, cursor = self._execute(connection, values)
        keys = compiled.keys
        return [dict(zip(keys, self._typed(compiled, row), strict=True))
                for row in cursor.fetchall()]

    def mapping(self, connection: Connection,
                values: Mapping[str, Any] = _NOTHING) -> dict[str, Any] | None:
        """The first row read as ``{column: value}`` (``None``: no row)."""
        compiled, cursor = self._execute(connection, values)
        row = cursor.fetchone()
        return None if row is None else dict(zip(compiled.keys, self._typed(compiled, row),
                                                 strict=True))

    def scalar(self, connection: Connection, values: Mapping[str, Any] = _NOTHING) -> Any:
        """The first value of the first row read (``None``: no row)."""
        rows = self.rows(connection, values)
        return rows[0][0] if rows else None

    def run(self, connection: Connection, values: Mapping[str, Any] = _NOTHING) -> int:
        """Run a statement that writes; the number of rows it changed."""
        return self._execute(connection, values)[1].rowcount

    def run_many(self, connection: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
        compiled, driver = self._for(connection)
        if not compiled.direct:
            connection.execute(self.statement, [dict(row) for row in rows])
            return
        parameters = [self._parameters(compiled, row) for row in rows]
        self._seen(connection, driver, compiled.sql, parameters, True)
        driver.executemany(compiled.sql, parameters)
