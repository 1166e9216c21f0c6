"""Date arithmetic in SQL, compiled for SQLite and PostgreSQL (the only dialect-specific SQL of
the rules lives here)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, extract
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class date_number(FunctionElement):  # noqa: N801 - used like the SQL function it stands for
    """The date as the number yyyymmdd, so that ``later - earlier < 180000`` reads "less than
    18 whole years apart" (someone born on 29/02 becomes a year older on 01/03)."""

    type = Integer()
    inherit_cache = True
    name = "date_number"


@compiles(date_number, "sqlite")
def _sqlite(element: date_number, compiler: Any, **kw: Any) -> str:
    return f"CAST(strftime('%Y%m%d', {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(date_number, "postgresql")
def _postgresql(element: date_number, compiler: Any, **kw: Any) -> str:
    return f"CAST(to_char({compiler.process(element.clauses, **kw)}, 'YYYYMMDD') AS INTEGER)"


@compiles(date_number)
def _portable(element: date_number, compiler: Any, **kw: Any) -> str:
    [column] = element.clauses
    return compiler.process(extract("year", column) * 10000 + extract("month", column) * 100
                            + extract("day", column), **kw)
