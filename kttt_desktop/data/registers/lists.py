"""Lists of the registers, searched, filtered, sorted and paged in SQL.

A list is declared once as a :class:`ListSpec`: the register's table (the rows' ids are its ids),
what it is joined with to show its columns, the columns with their sort order, how one search
word matches a row, and the filters. A :class:`ListQuery` says what the user asked for.

Conditions only name the register's own table (a filter on a member's organisation is an ``IN``
sub-query), so :func:`count_rows` never needs the joins that :func:`fetch_page` makes to show the
columns.

Search is accent-insensitive: the words typed are folded like the ``*_folded`` columns and each
word must occur in the row (``"nguyen hoa"`` finds "Nguyễn Thị Hoà").

Sorting: when many rows match, the first page is read along the index of the sort column and
the query stops after one page. When few rows match (a rare name, one organisation), walking
that index row by row would visit every row of the table in random order to find them (89 ms
instead of 23 ms for a rare name among 60,500 members), so the sort expression of an ``indexed``
column is then wrapped in an expression the index cannot serve, and the database sorts the
matches instead. Callers that counted the rows first say how many match (``matches``); without
that, a search word or a ``narrow`` filter is taken to leave few rows.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, FromClause, Select, Table, bindparam, case, func, select
from sqlalchemy.sql.elements import ColumnElement

from kttt_desktop.core import clock
from kttt_desktop.core.enums import LabelledEnum
from kttt_desktop.core.text import fold, sort_key
from kttt_desktop.data.prepared import Prepared

Expr = ColumnElement[Any]
# A column or a condition that depends on the day the list is looked at (a status "today").
Dated = Expr | Callable[[date], Expr]


def _at(source: Dated, today: date) -> Expr:
    return source(today) if callable(source) else source


@dataclass(frozen=True)
class Column:
    """A column of a list: ``key`` names it in the rows; ``sort`` orders by it (default: itself).

    ``sort`` may be a tuple of expressions (a birth year, then the full date). ``indexed``: the
    first sort expression is an indexed column of the register's table (see the module's note).
    """

    key: str
    expression: Dated
    sort: Dated | tuple[Dated, ...] | None = None
    indexed: bool = False

    def selected(self, today: date) -> Expr:
        return _at(self.expression, today).label(self.key)

    def sort_expressions(self, today: date) -> list[Expr]:
        sort = self.sort if self.sort is not None else self.expression
        return [_at(s, today) for s in (sort if isinstance(sort, tuple) else (sort,))]


@dataclass(frozen=True)
class Filter:
    """A filter of a list: ``condition(value, today)`` for a value the user chose.

    ``narrow``: the filter usually leaves few rows (one organisation, one commune).
    """

    key: str
    condition: Callable[[Any, date], Expr]
    narrow: bool = False


@dataclass(frozen=True)
class ListSpec:
    name: str
    table: Table
    source: FromClause
    columns: tuple[Column, ...]
    search: Callable[[str], Expr] | None = None  # one folded word -> condition on the table
    filters: tuple[Filter, ...] = ()
    default_sort: str = ""

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(f"list {self.name} has no column {key}")

    def filter(self, key: str) -> Filter:
        for item in self.filters:
            if item.key == key:
                return item
        raise KeyError(f"list {self.name} has no filter {key}")

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)


@dataclass(frozen=True)
class ListQuery:
    """What the user asked of a list: search text, filter values, sort column and direction.

    A filter whose value is ``None`` or ``""`` is off. ``today`` is the day statuses are taken at
    (default: today).
    """

    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str = ""
    descending: bool = False
    today: date | None = None

    def replace(self, **changes: Any) -> ListQuery:
        return dataclasses.replace(self, **changes)

    def with_filter(self, key: str, value: Any) -> ListQuery:
        return self.replace(filters={**self.filters, key: value})

    @property
    def words(self) -> list[str]:
        return fold(self.search).split()


def enum_order(column: Expr, enum: type[LabelledEnum]) -> Expr:
    """Sort codes by their Vietnamese labels (unknown codes last)."""
    ranked = sorted(enum, key=lambda m: sort_key(m.label))
    return case({m.value: rank for rank, m in enumerate(ranked)}, value=column,
                else_=len(ranked))


def contains(column: Expr, word: str) -> Expr:
    """``column`` contains ``word`` (``%`` and ``_`` in the word are taken literally)."""
    return column.contains(word, autoescape=True)


FEW_ROWS = 2000  # up to this many matches, sorting them costs less than walking the index


def _conditions(spec: ListSpec, query: ListQuery, today: date) -> tuple[list[Expr], bool]:
    """The WHERE conditions, and whether they are likely to leave few rows."""
    conditions: list[Expr] = []
    narrow = False
    if spec.search is not None:
        for word in query.words:
            conditions.append(spec.search(word))
            narrow = True
    for key, value in query.filters.items():
        if value is None or value == "":
            continue
        item = spec.filter(key)
        conditions.append(item.condition(value, today))
        narrow = narrow or item.narrow
    return conditions, narrow


# The statements of a list are kept for the same query (the values asked for), so that reading
# the next page, coming back to the list or refreshing it builds nothing again.
_statements: OrderedDict[tuple[Any, ...], Prepared] = OrderedDict()
KEPT_STATEMENTS = 128


def _statement(build: Callable[[ListSpec, ListQuery, date, bool | None], Select[Any]],
               spec: ListSpec, query: ListQuery, few: bool | None = None) -> Prepared:
    today = query.today or clock.today()
    filters = tuple(sorted((k, v) for k, v in query.filters.items() if v is not None and v != ""))
    key = (build.__name__, spec.name, tuple(query.words), filters, query.sort,
           query.descending, today, few)
    statement = _statements.get(key)
    if statement is None:
        statement = _statements[key] = Prepared(build(spec, query, today, few))
        while len(_statements) > KEPT_STATEMENTS:
            _statements.popitem(last=False)
    return statement


def _count_statement(spec: ListSpec, query: ListQuery, today: date,
                     _few: bool | None) -> Select[Any]:
    conditions, _ = _conditions(spec, query, today)
    statement = select(func.count()).select_from(spec.table)
    return statement.where(*conditions) if conditions else statement


def _order_by(spec: ListSpec, query: ListQuery, today: date, few: bool) -> list[Expr]:
    keys = spec.keys
    column = spec.column(query.sort if query.sort in keys else spec.default_sort or keys[0])
    expressions = column.sort_expressions(today)
    if column.indexed and few:
        expressions[0] = func.coalesce(expressions[0], "")  # see the module's note
    identity = spec.table.c.id
    if query.descending:
        ordered = [e.desc() if column.indexed else e.desc().nulls_last() for e in expressions]
        return [*ordered, identity.desc()]
    ordered = [e.asc() if column.indexed else e.asc().nulls_last() for e in expressions]
    return [*ordered, identity.asc()]


def _page_statement(spec: ListSpec, query: ListQuery, today: date,
                    few: bool | None) -> Select[Any]:
    conditions, narrow = _conditions(spec, query, today)
    statement = select(spec.table.c.id, *(c.selected(today) for c in spec.columns)
                       ).select_from(spec.source)
    if conditions:
        statement = statement.where(*conditions)
    return (statement.order_by(*_order_by(spec, query, today, narrow if few is None else few))
            .offset(bindparam("page_offset")).limit(bindparam("page_limit")))


def count_rows(connection: Connection, spec: ListSpec, query: ListQuery) -> int:
    """How many rows the list has with this search and these filters."""
    return _statement(_count_statement, spec, query).scalar(connection)


def fetch_page(connection: Connection, spec: ListSpec, query: ListQuery, offset: int,
               limit: int, *, matches: int | None = None) -> list[dict[str, Any]]:
    """Rows ``offset`` to ``offset + limit`` of the list: each a dict of ``id`` and the columns.

    ``matches``: how many rows the query has, when the caller counted them (see the module).
    """
    few = None if matches is None else matches <= FEW_ROWS
    return _statement(_page_statement, spec, query, few).mappings(
        connection, {"page_offset": offset, "page_limit": limit})
