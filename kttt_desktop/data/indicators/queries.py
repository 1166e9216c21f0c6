"""Every indicator of the catalogue for a period, and the records behind a number.

One query per family (organisations, members, figures, ratings, managers, training, OCOP) gives,
grouped by kind of organisation, every piece the catalogue needs at every date it needs: stocks at
D and a year earlier (and two years earlier for the bases of growth ratios), flows over the window
and the year to date, now and a year earlier. Ratios are then made from those sums by
:func:`kttt_desktop.core.indicators.figure`, exactly as a province recombines several offices.

Statements take the dates as parameters, so each is built once and serves every period.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import ColumnElement, Connection, Select, func, null, select

from kttt_desktop.core.indicators import (
    CATALOGUE,
    MEASURE_BY_KEY,
    SCOPE_KINDS,
    Catalogue,
    Combine,
    Figure,
    IndicatorValue,
    Kind,
    UnknownIndicator,
    additive_parts,
    figure,
)
from kttt_desktop.core.periods import Period, one_year_earlier
from kttt_desktop.data.indicators.pieces import (
    PIECES,
    Amount,
    Bound,
    Condition,
    Piece,
    RowFamily,
    Span,
    in_area,
    org,
)

Number = int | float
Sums = dict[tuple[Piece, Span], dict[str, Number]]
COVER = "_cover"  # the parameters of the span that holds all others (a family's narrowing)


@dataclass(frozen=True)
class Moment:
    """The dates of one computation: D, the period's window and the year to date."""

    reference: date
    window: Span
    year_to_date: Span

    @property
    def on(self) -> Span:
        return Span.on(self.reference)


def moments(period: Period) -> tuple[Moment, Moment]:
    """The period's dates, and the same dates one year earlier."""
    day = period.reference_date
    now = Moment(day, Span(period.start, day), Span(date(day.year, 1, 1), day))
    before = one_year_earlier(day)
    return now, Moment(before, Span(one_year_earlier(period.start), before),
                       Span(date(before.year, 1, 1), before))


def _growth_bases() -> frozenset[str]:
    """Additive measures that growth ratios need two years back (for the value a year earlier)."""
    keys = set()
    for indicator in CATALOGUE:
        if indicator.combine is Combine.GROWTH:
            keys.update(code.split(".", 1)[1] for code in additive_parts(indicator))
    return frozenset(keys)


GROWTH_BASES = _growth_bases()


class KeptSums:
    """Sums already computed, kept by (piece, span) and used again instead of asking the
    database: valid only while the registers have not changed (Database.kept holds them
    meanwhile). Filling the sums of several computations at once (:func:`piece_sums`) gives
    them one statement per family between them."""

    def __init__(self) -> None:
        self.sums: Sums = {}


def requests(period: Period, *, earlier_growth: bool = False) -> dict[Piece, set[Span]]:
    """The sums :func:`compute` needs for ``period``."""
    now, before = moments(period)
    return _requests(now, before, earlier_growth=earlier_growth)


def _requests(now: Moment, before: Moment, *, earlier_growth: bool) -> dict[Piece, set[Span]]:
    twice_before = Span.on(one_year_earlier(before.reference))
    wanted: dict[Piece, set[Span]] = defaultdict(set)
    for key, pieces in PIECES.items():
        if MEASURE_BY_KEY[key].kind is Kind.FLOW:
            spans = {now.window, now.year_to_date, before.window, before.year_to_date}
        else:
            spans = {now.on, before.on}
            if earlier_growth and key in GROWTH_BASES:
                spans.add(twice_before)
        for piece in pieces:
            wanted[piece] |= spans
    return wanted


def _number(value: object, scale: int) -> Number:
    if value is None:
        return 0
    if scale == 1:
        return int(value)  # type: ignore[call-overload]
    return float(value) / scale  # type: ignore[arg-type]


def _sum_where(condition: ColumnElement[bool] | None, value: ColumnElement | None):  # noqa: ANN202
    """``SUM(value) FILTER (WHERE condition)``, a count when ``value`` is None (SQLite ≥ 3.30 and
    PostgreSQL both have FILTER; it is a tenth faster than ``SUM(CASE …)`` in SQLite)."""
    total = func.count() if value is None else func.sum(value)
    return total if condition is None else total.filter(condition)


def _both(condition: Condition, bound: Bound) -> ColumnElement[bool] | None:
    parts = [p(bound) for p in (condition.records, condition.organisation) if p is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else parts[0] & parts[1]


# A family's statement is shaped by its columns: (condition, amount, slot of the span).
Layout = tuple[tuple[Condition, "Amount | None", int], ...]


@cache
def _statement(family: RowFamily, layout: Layout) -> Select:
    """Sums of the layout's columns by kind of organisation and split value, in one statement.

    ``per_owner`` families sum their records per organisation with the records' conditions
    first, then organisations per kind with theirs: each condition is evaluated once per record
    or once per organisation. Other families evaluate both parts on each record.
    """
    bounds = {slot: Bound(slot) for _, _, slot in layout}
    # Grouped by the split column when there is one (PostgreSQL refuses GROUP BY NULL).
    splits = [] if family.split is None else [family.split]
    narrow = [family.narrow(Bound(COVER))] if family.narrow is not None else []
    if not family.per_owner:
        rows = family.rows if family.owner is None else family.rows.join(
            org, org.c.id == family.owner)
        sums = [_sum_where(_both(cond, bounds[slot]), None if amount is None else amount.column)
                for cond, amount, slot in layout]
        return (select(org.c.kind, *(splits or [null()]), *sums).select_from(rows)
                .where(in_area(), *narrow).group_by(org.c.kind, *splits))
    per_owner = (
        select(family.owner.label("owner"), *(s.label("split") for s in splits), *(
            _sum_where(cond.records(bounds[slot]) if cond.records else None,
                       None if amount is None else amount.column).label(f"c{i}")
            for i, (cond, amount, slot) in enumerate(layout)))
        .select_from(family.rows).where(*narrow).group_by(family.owner, *splits).subquery())
    sums = [_sum_where(cond.organisation(bounds[slot]) if cond.organisation else None,
                       per_owner.c[f"c{i}"]) for i, (cond, _, slot) in enumerate(layout)]
    owner_splits = [per_owner.c.split] if splits else []
    return (select(org.c.kind, *(owner_splits or [null()]), *sums)
            .select_from(per_owner.join(org, org.c.id == per_owner.c.owner))
            .where(in_area()).group_by(org.c.kind, *owner_splits))


def _span_order(span: Span) -> tuple[date, date]:
    return span.start, span.end


def piece_sums(connection: Connection, wanted: Mapping[Piece, Iterable[Span]],
               kept: KeptSums | None = None) -> Sums:
    """For each (piece, span): its sum per kind of organisation, one query per family.

    Any piece may be asked for, not only those of the catalogue (data.indicators.breakdowns).
    With ``kept``, the sums it holds are not asked for again, and those computed are added.
    """
    known = kept.sums if kept is not None else {}
    by_family: dict[RowFamily, dict[tuple[Condition, Amount | None, Span], None]] = \
        defaultdict(dict)
    for piece, spans in wanted.items():
        for span in spans:
            if (piece, span) not in known:
                by_family[piece.family][(piece.condition, piece.amount, span)] = None
    by_column: dict[tuple[Condition, Amount | None, Span], dict[tuple[str, object], Number]] = {}
    for family, keyed in by_family.items():
        spans = sorted({span for _, _, span in keyed}, key=_span_order)
        slot = {span: i for i, span in enumerate(spans)}
        columns = sorted(keyed, key=lambda c: slot[c[2]])  # stable: pieces stay in their order
        layout = tuple((cond, amount, slot[span]) for cond, amount, span in columns)
        values: dict[str, object] = Span.cover(spans).values(COVER)
        for span, i in slot.items():
            values.update(span.values(i))
        for column in columns:
            by_column[column] = {}
        for row in connection.execute(_statement(family, layout), values):
            for i, column in enumerate(columns):
                scale = 1 if column[1] is None else column[1].scale
                by_column[column][(row[0], row[1])] = _number(row[i + 2], scale)
    result: Sums = {}
    for piece, spans in wanted.items():
        for span in spans:
            found = known.get((piece, span))
            if found is None:
                totals: dict[str, Number] = defaultdict(int)
                for (kind, split), value in by_column[
                        (piece.condition, piece.amount, span)].items():
                    if piece.split is None or split in piece.split:
                        totals[kind] += value
                found = dict(totals)
                if kept is not None:
                    kept.sums[(piece, span)] = found
            result[(piece, span)] = found
    return result


def _by_code(computed: Sums,
             wanted: Mapping[Piece, Iterable[Span]]) -> dict[Span, dict[str, Number]]:
    """The additive value of every code at every span it was computed for."""
    spans_of: dict[str, set[Span]] = {}
    for key, pieces in PIECES.items():
        spans_of[key] = set.intersection(*(set(wanted[piece]) for piece in pieces))
    table: dict[Span, dict[str, Number]] = defaultdict(dict)
    for key, spans in spans_of.items():
        for span in spans:
            per_kind: dict[str, Number] = defaultdict(int)
            for piece in PIECES[key]:
                for kind, value in computed[(piece, span)].items():
                    per_kind[kind] += value
            for scope, kinds in SCOPE_KINDS.items():
                table[span][f"{scope}.{key}"] = sum(per_kind.get(kind, 0) for kind in kinds)
    return table


def compute(connection: Connection, period: Period, catalogue: Catalogue = CATALOGUE, *,
            earlier_growth: bool = False, kept: KeptSums | None = None
            ) -> dict[str, IndicatorValue]:
    """Every computed indicator of ``catalogue`` for ``period``, by code in catalogue order.

    Manual indicators are left out: their values are typed in (services.manual_indicators).
    The value a year earlier of a growth ratio needs its base two years back; it is computed
    only with ``earlier_growth`` (it costs a fifth more time) and is ``None`` otherwise.
    ``kept``: sums computed before (:class:`KeptSums`).
    """
    now, before = moments(period)
    wanted = _requests(now, before, earlier_growth=earlier_growth)
    table = _by_code(piece_sums(connection, wanted, kept), wanted)
    at_d, at_d1 = table[now.on].__getitem__, table[before.on].__getitem__
    at_d2 = table[Span.on(one_year_earlier(before.reference))].__getitem__
    values: dict[str, IndicatorValue] = {}
    for indicator in catalogue:
        if indicator.is_manual:
            continue
        code = indicator.code
        if indicator.kind is Kind.FLOW:
            values[code] = IndicatorValue(
                indicator, at=Figure(table[now.window][code]),
                ytd=Figure(table[now.year_to_date][code]),
                year_earlier=Figure(table[before.window][code]),
                year_earlier_ytd=Figure(table[before.year_to_date][code]))
        else:
            growth = indicator.combine is Combine.GROWTH
            earlier = (figure(indicator, at_d1, at_d2) if earlier_growth or not growth
                       else None)
            values[code] = IndicatorValue(indicator, at=figure(indicator, at_d, at_d1),
                                          year_earlier=earlier)
    return values


@dataclass(frozen=True)
class DrillDown:
    """The records behind an additive indicator's value.

    ``ids`` are records of ``table`` that count one each (organisations, members, managers,
    training records, OCOP products), in id order; ``amounts`` are amounts by organisation id
    (members from declared counts, revenue in million VND…). ``total`` always equals the
    indicator's value.
    """

    code: str
    table: str
    ids: list[int]
    amounts: dict[int, Number]

    @property
    def total(self) -> Number:
        return len(self.ids) + sum(self.amounts.values())


def drill_down(connection: Connection, code: str, period: Period, *,
               year_to_date: bool = False, year_earlier: bool = False) -> DrillDown:
    """The records behind ``code`` for ``period`` (a flow over its window, or the year to date).

    Only additive indicators have records behind them; for a ratio, drill into the codes of
    ``Indicator.numerator_codes`` / ``denominator_codes`` (or ``base_code`` for a growth).
    """
    indicator = CATALOGUE.get(code)
    if indicator.combine is not Combine.SUM:
        raise UnknownIndicator(code)
    now, before = moments(period)
    moment = before if year_earlier else now
    if indicator.kind is Kind.FLOW:
        span = moment.year_to_date if year_to_date else moment.window
    else:
        span = moment.on
    bound, values = Bound(0), {**span.values(0), **span.values(COVER)}
    ids: list[int] = []
    amounts: dict[int, Number] = {}
    for piece in PIECES[indicator.key]:
        family = piece.family
        conditions = [in_area(), org.c.kind.in_(indicator.kinds)]
        condition = _both(piece.condition, bound)
        if condition is not None:
            conditions.append(condition)
        if piece.split is not None and family.split is not None:
            conditions.append(family.split.in_(piece.split))
        if family.narrow is not None:
            conditions.append(family.narrow(Bound(COVER)))
        rows = family.rows if family.owner is None else family.rows.join(
            org, org.c.id == family.owner)
        if piece.amount is None:
            query = select(family.key).select_from(rows).where(*conditions).order_by(family.key)
            ids.extend(connection.execute(query, values).scalars())
        else:
            query = select(org.c.id, piece.amount.column).select_from(rows).where(*conditions)
            for organisation_id, amount in connection.execute(query, values):
                amounts[organisation_id] = (amounts.get(organisation_id, 0)
                                            + _number(amount, piece.amount.scale))
    return DrillDown(code, MEASURE_BY_KEY[indicator.key].drill, ids, amounts)
