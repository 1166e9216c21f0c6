"""Breakdowns the catalogue does not give: by sector, by rating class, at several dates.

They count with the same pieces and the same rules as the catalogue (spec/indicators.md §Who is
counted), set-based: one statement per family whatever the number of dates, so that a breakdown
at D agrees with the catalogue's value at D.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import Connection, func, select

from kttt_desktop.core.enums import RatingClass
from kttt_desktop.data.indicators.pieces import (
    PIECES,
    RATED_IN_REPORTING_YEAR,
    RATINGS,
    Bound,
    Piece,
    Span,
    exists_on,
    in_area,
    org,
)
from kttt_desktop.data.indicators.queries import KeptSums, Number, piece_sums

PerKind = dict[str, Number]

# Every rating class, "không đánh giá" included (the catalogue's `rated` leaves it out).
RATING_PIECES: dict[str, tuple[Piece, ...]] = {
    c.value: (Piece(RATINGS, RATED_IN_REPORTING_YEAR, split=(c.value,)),) for c in RatingClass}


def chart_requests(pieces: Mapping[str, tuple[Piece, ...]], days: Sequence[date]
                   ) -> dict[Piece, set[Span]]:
    """The sums :func:`totals_on` needs."""
    spans = {Span.on(day) for day in days}
    return {piece: set(spans) for group in pieces.values() for piece in group}


def totals_on(connection: Connection, pieces: Mapping[str, tuple[Piece, ...]],
              days: Sequence[date], kept: KeptSums | None = None
              ) -> dict[date, dict[str, PerKind]]:
    """For each day and each named group of pieces: the group's sum per kind of organisation
    (``kept``: sums computed before, data.indicators.queries.KeptSums)."""
    spans = {day: Span.on(day) for day in days}
    sums = piece_sums(connection, chart_requests(pieces, days), kept)
    result: dict[date, dict[str, PerKind]] = {}
    for day, span in spans.items():
        result[day] = {}
        for name, group in pieces.items():
            per_kind: PerKind = defaultdict(int)
            for piece in group:
                for kind, value in sums[(piece, span)].items():
                    per_kind[kind] += value
            result[day][name] = dict(per_kind)
    return result


MEMBER_PIECES = {"members": PIECES["members"]}


def members_on(connection: Connection, days: Sequence[date], kept: KeptSums | None = None
               ) -> dict[date, PerKind]:
    """The catalogue's ``members`` (lists, then declared counts) on each day, per kind."""
    totals = totals_on(connection, MEMBER_PIECES, days, kept)
    return {day: groups["members"] for day, groups in totals.items()}


def ratings_on(connection: Connection, days: Sequence[date], kept: KeptSums | None = None
               ) -> dict[date, dict[str, PerKind]]:
    """Organisations that exist on each day, by the class of their rating for that day's
    reporting year (the day's year for 31/12, the year before for another day)."""
    return totals_on(connection, RATING_PIECES, days, kept)


def organisations_by_sector(connection: Connection, day: date) -> dict[tuple[str, str], int]:
    """Organisations that exist on ``day``, counted by (kind, sector)."""
    bound = Bound(0)
    query = (select(org.c.kind, org.c.sector, func.count())
             .where(in_area(), exists_on(bound)).group_by(org.c.kind, org.c.sector))
    return {(kind, sector): count
            for kind, sector, count in connection.execute(query, Span.on(day).values(0))}
