"""Lists of the registers, searched, filtered, sorted and paged in SQL.

A list is declared once as a :class:`ListSpec`: the register's table (the rows' ids are its ids),
what it is joined with to show its columns, the columns with their sort order, how one search
word matches a row, and the filters. A :class:`ListQuery` says what the user asked for.

Conditions only name the register's own table (a filter on a member's organisation is an ``IN``
sub-query), so :func:`count_rows` never needs the joins that :func:`fetch_page` makes to show the
columns.

Search is accent-insensitive: the words typed are folded like the ``*_folded`` columns and each
word must occur in the row (``"nguyen hoa"`` finds "Nguyễn Thị Hoà").

The registers of people (``ListSpec.search_index``) look the words of three letters or more up
in the index of names (data.name_index) when few rows hold them; otherwise, and for shorter
words, each row's folded name is compared (``LIKE``).

Sorting: when many rows match, the first page is read along the index of the sort column and
the query stops after one page. When few rows match (a rare name, one organisation), walking
that index row by row would visit every row of the table in random order to find them (89 ms
instead of 23 ms for a rare name among 60,500 members, 3 s among 1,000,000), so the sort
expression of an ``indexed`` column is then wrapped in an expression the index cannot serve,
and the database sorts the matches instead, found through the index of names. "Few" grows with
the table (:func:`few_rows`): sorting ``n`` matches costs about as much as walking ``end ×
rows / n`` rows of the sort index to reach row ``end``, were the matches spread evenly. They are
not always: names are sorted by given name, and "nguyen van h" finds most of its matches among
the given names in H, half way down the index. So the walk looks only so far
(``WALK_BUDGET`` rows of the index for each row it must find), and the matches are sorted when
it did not find a page there. Callers that counted the rows first say
how many match (``matches``); :func:`estimate_rows` tells cheaply whether few do; without
either, a search word or a ``narrow`` filter is taken to leave few rows.
"""

from __future__ import annotations

import dataclasses
import math
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, FromClause, Select, Table, bindparam, case, func, select
from sqlalchemy.sql.elements import ColumnElement

from kttt_desktop.core import clock
from kttt_desktop.core.enums import LabelledEnum
from kttt_desktop.core.registers import description
from kttt_desktop.core.text import fold, sort_key
from kttt_desktop.data import name_index
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
    # ``search`` matches a word data.name_index can look up against the folded name alone, so
    # such words may be looked up in the index of ``table``'s names.
    search_index: bool = False

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


def with_described(table: Table, register: str, declared: tuple[Column, ...]) -> tuple[Column, ...]:
    """``declared``, then a column for every field the description of ``register`` lists that
    ``declared`` does not name (``core.registers``): a field described as listed is read and
    sorted (by its choices' labels when it has choices) with no line of its own here."""
    named = {c.key for c in declared}
    more = []
    for item in description(register).listed:
        if item.key not in named:
            source = table.c[item.key]
            sort = (lambda _, s=source, e=item.choices: enum_order(s, e)) if item.choices else None
            more.append(Column(item.key, source, sort))
    return declared + tuple(more)


def contains(column: Expr, word: str) -> Expr:
    """``column`` contains ``word`` (``%`` and ``_`` in the word are taken literally)."""
    return column.contains(word, autoescape=True)


FEW_ROWS = 2000  # up to this many matches, sorting them costs less than walking the index
WALK_BUDGET = 250  # rows of the sort index a walk reads at most for each row of its page


def _filters(spec: ListSpec, query: ListQuery, today: date) -> tuple[list[Expr], bool]:
    """The conditions of the filters that are on, and whether one of them is ``narrow``."""
    conditions: list[Expr] = []
    narrow = False
    for key, value in query.filters.items():
        if value is None or value == "":
            continue
        item = spec.filter(key)
        conditions.append(item.condition(value, today))
        narrow = narrow or item.narrow
    return conditions, narrow


def _indexed_words(spec: ListSpec, query: ListQuery) -> list[str]:
    """The search words the index of names can look up for this list."""
    if not spec.search_index:
        return []
    return [word for word in query.words if name_index.indexable(word)]


def _conditions(spec: ListSpec, query: ListQuery, today: date, indexed: bool = False
                ) -> tuple[list[Expr], bool]:
    """The WHERE conditions, and whether they are likely to leave few rows.

    ``indexed``: look the words it can up in the index of names (when no narrow filter leaves
    few rows anyway: the index would then list every row holding the word).
    """
    filters, narrow = _filters(spec, query, today)
    conditions: list[Expr] = []
    if spec.search is not None:
        words = query.words
        looked_up = _indexed_words(spec, query) if indexed and not narrow else []
        if looked_up:
            conditions.append(name_index.name_contains(spec.table, looked_up))
        conditions.extend(spec.search(word) for word in words if word not in looked_up)
        narrow = narrow or bool(words)
    return conditions + filters, narrow


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
                     few: bool | None) -> Select[Any]:
    conditions, _ = _conditions(spec, query, today, indexed=few is not False)
    statement = select(func.count()).select_from(spec.table)
    return statement.where(*conditions) if conditions else statement


def _capped_count_statement(spec: ListSpec, query: ListQuery, today: date,
                            _few: bool | None) -> Select[Any]:
    conditions, _ = _conditions(spec, query, today)
    rows = select(spec.table.c.id).where(*conditions).limit(bindparam("cap")).subquery()
    return select(func.count()).select_from(rows)


def _rows_statement(spec: ListSpec, _query: ListQuery, _today: date,
                    _few: bool | None) -> Select[Any]:
    return select(func.max(spec.table.c.id))


def _order_by(spec: ListSpec, query: ListQuery, today: date, few: bool) -> list[Expr]:
    column = _sort_column(spec, query)
    expressions = column.sort_expressions(today)
    if column.indexed and few:
        # not the column itself, so the index is not walked (see the module's note); the same
        # value (the sort columns are NOT NULL), of the same type on every engine
        expressions[0] = func.coalesce(expressions[0], expressions[0])
    identity = spec.table.c.id
    if query.descending:
        ordered = [e.desc() if column.indexed else e.desc().nulls_last() for e in expressions]
        return [*ordered, identity.desc()]
    ordered = [e.asc() if column.indexed else e.asc().nulls_last() for e in expressions]
    return [*ordered, identity.asc()]


def _sort_column(spec: ListSpec, query: ListQuery) -> Column:
    keys = spec.keys
    return spec.column(query.sort if query.sort in keys else spec.default_sort or keys[0])


def _walk_statement(spec: ListSpec, query: ListQuery, today: date,
                    few: bool | None) -> Select[Any]:
    """The page read along the sort index, as far as its row ``walk_rows`` (see the module)."""
    first = _sort_column(spec, query).sort_expressions(today)[0]
    bound = (select(first).select_from(spec.table)
             .order_by(first.desc() if query.descending else first.asc())
             .offset(bindparam("walk_rows")).limit(1).scalar_subquery())
    return _page_statement(spec, query, today, few).where(
        first >= bound if query.descending else first <= bound)


def _page_statement(spec: ListSpec, query: ListQuery, today: date,
                    few: bool | None) -> Select[Any]:
    _, narrow = _conditions(spec, query, today)
    few = narrow if few is None else few
    conditions, _ = _conditions(spec, query, today, indexed=few)
    statement = select(spec.table.c.id, *(c.selected(today) for c in spec.columns)
                       ).select_from(spec.source)
    if conditions:
        statement = statement.where(*conditions)
    return (statement.order_by(*_order_by(spec, query, today, few))
            .offset(bindparam("page_offset")).limit(bindparam("page_limit")))


def _only_indexed_words(spec: ListSpec, query: ListQuery) -> list[str]:
    """The words, when every condition is a word the index of names looks up (else [])."""
    words = _indexed_words(spec, query)
    filtered = any(v is not None and v != "" for v in query.filters.values())
    return words if words and len(words) == len(query.words) and not filtered else []


def count_rows(connection: Connection, spec: ListSpec, query: ListQuery, *,
               few: bool | None = None) -> int:
    """How many rows the list has with this search and these filters.

    ``few``: :func:`estimate_rows` found few; ``False``: many, so the words are compared row by
    row (walking the index of names' matches row by row costs more). A search of words the
    index looks up, and nothing else, is counted in the index alone.
    """
    words = _only_indexed_words(spec, query)
    if words:
        return name_index.count_matches(connection, spec.table, words)
    return _statement(_count_statement, spec, query, few).scalar(
        connection, _index_values(connection, spec, query) if few is not False else {})


def _index_values(connection: Connection, spec: ListSpec, query: ListQuery) -> dict[str, Any]:
    """What a statement that looks the words up in the index of names needs when it runs."""
    words = _indexed_words(spec, query)
    return name_index.match_values(connection, spec.table, words) if words else {}


def few_rows(connection: Connection, spec: ListSpec, end: int) -> int:
    """Up to how many matches sorting them costs less than walking the sort index to row
    ``end`` (see the module's note)."""
    return _few_limit(end, _table_rows(connection, spec))


def _few_limit(end: int, table_rows: int) -> int:
    return max(FEW_ROWS, math.isqrt(end * table_rows))


def _table_rows(connection: Connection, spec: ListSpec) -> int:
    """About how many rows the register has (its last id: read at once)."""
    return _statement(_rows_statement, spec, ListQuery()).scalar(connection) or 0


def estimate_rows(connection: Connection, spec: ListSpec, query: ListQuery, cap: int
                  ) -> tuple[int, bool]:
    """How many rows the list has, up to ``cap``, cheaply; and whether that is the count.

    The words the index looks up give an upper bound at once. When they are frequent or there
    are none, the rows are read in the table's order until ``cap`` match: quick when matches
    are frequent; a rare short word reads the table once (where walking the sort index to
    find a page of them would read it in random order).
    """
    words = _indexed_words(spec, query)
    _, narrow = _filters(spec, query, query.today or clock.today())
    if words and not narrow:
        found = name_index.count_matches(connection, spec.table, words, cap=cap)
        only = bool(_only_indexed_words(spec, query))
        if found < cap or only:
            return found, only and found < cap
    found = _statement(_capped_count_statement, spec, query).scalar(connection, {"cap": cap})
    return found, found < cap


def fetch_page(connection: Connection, spec: ListSpec, query: ListQuery, offset: int,
               limit: int, *, matches: int | None = None) -> list[dict[str, Any]]:
    """Rows ``offset`` to ``offset + limit`` of the list: each a dict of ``id`` and the columns.

    ``matches``: how many rows the query has, when the caller counted them (see the module).
    """
    if matches is None or matches <= FEW_ROWS:
        few = None if matches is None else True
    else:
        table_rows = _table_rows(connection, spec)
        few = matches <= _few_limit(offset + limit, table_rows)
    place = {"page_offset": offset, "page_limit": limit}
    walk = (offset + limit) * WALK_BUDGET
    if few is False and _sort_column(spec, query).indexed and table_rows > walk \
            and matches < table_rows:  # every row matches: the plain walk finds them at once
        rows = _statement(_walk_statement, spec, query, False).mappings(
            connection, {**place, "walk_rows": walk})
        if len(rows) == limit:
            return rows
        few = True  # the matches are not where the walk looked: sort them
    values = _index_values(connection, spec, query) if few is not False else {}
    return _statement(_page_statement, spec, query, few).mappings(connection,
                                                                 {**values, **place})
