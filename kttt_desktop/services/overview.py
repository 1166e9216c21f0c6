"""What the Tổng quan screen shows for a period: the check, and the breakdowns of its charts.

Everything is computed in one call, off the GUI thread: every indicator with its value a year
earlier, the targets of the period's year judged against them, and the charts' breakdowns
(by sector at D; members at the end of each of the last five years; ratings of the last five
reporting years).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kttt_desktop.core.enums import OrgKind, RatingClass, Sector
from kttt_desktop.core.periods import Period
from kttt_desktop.data.database import Database
from kttt_desktop.data.indicators.breakdowns import (
    MEMBER_PIECES,
    RATING_PIECES,
    chart_requests,
    members_on,
    organisations_by_sector,
    ratings_on,
)
from kttt_desktop.data.indicators.queries import KeptSums, piece_sums, requests
from kttt_desktop.services.judgement import PeriodJudgement, judge_period

CHART_YEARS = 5
OCOP_STARS = (3, 4, 5)


@dataclass(frozen=True)
class Charts:
    """The breakdowns of the charts; kinds and classes are codes (``OrgKind``, ``RatingClass``).

    ``days`` are the end of each of the four years before the period's, then D (members);
    ``rating_days`` the end of each of the four years before the period's reporting year, then
    D: ratings count the organisations that exist on each day by the class of their rating for
    that day's reporting year (core.periods.reporting_year).
    """

    days: tuple[date, ...]
    rating_days: tuple[date, ...]
    by_sector: dict[str, dict[str, int]]  # sector -> kind -> organisations that exist at D
    ratings: dict[date, dict[str, int]]  # rating day -> rating class -> organisations
    members: dict[date, dict[str, int]]  # day -> kind -> members
    ocop_stars: dict[int, int]  # stars -> valid products at D


@dataclass(frozen=True)
class Overview:
    check: PeriodJudgement
    charts: Charts

    @property
    def period(self) -> Period:
        return self.check.period


def chart_days(period: Period) -> tuple[date, ...]:
    """The end of each of the four years before the period's, then the reference date D."""
    day = period.reference_date
    return (*(date(year, 12, 31) for year in range(day.year - CHART_YEARS + 1, day.year)), day)


def rating_days(period: Period) -> tuple[date, ...]:
    """The end of each of the four years before the period's reporting year, then D (whose
    ratings are those of its reporting year)."""
    year = period.reporting_year
    return (*(date(y, 12, 31) for y in range(year - CHART_YEARS + 1, year)),
            period.reference_date)


def _in_order(counts: dict[str, int], order: list[str]) -> dict[str, int]:
    return {key: counts[key] for key in order if key in counts}


def load_overview(db: Database, period: Period,
                  cancelled: Callable[[], bool] | None = None) -> Overview:
    """The targets of ``period`` judged (targets of its year) and the charts' breakdowns.

    Every sum they need is read first, in one statement per family of records (the charts'
    years and the judgement's dates together); sums of earlier overviews are used again while
    the database has not changed (the charts' past years serve every period of a year).
    ``cancelled``: see Database.reading (a period chosen past stops the reading of this one).
    """
    kept = db.kept("overview sums", KeptSums)  # while the database has not changed
    days, rated_days = chart_days(period), rating_days(period)
    wanted = requests(period, earlier_growth=True)
    for chart in (chart_requests(MEMBER_PIECES, days), chart_requests(RATING_PIECES, rated_days)):
        for piece, spans in chart.items():
            wanted.setdefault(piece, set()).update(spans)
    with db.reading(cancelled) as connection:
        piece_sums(connection, wanted, kept)
    check = judge_period(db, period, earlier_growth=True, kept=kept)
    with db.session() as s:
        connection = s.connection()
        members = members_on(connection, days, kept)
        ratings = ratings_on(connection, rated_days, kept)
        sectors = organisations_by_sector(connection, period.reference_date)
    by_sector: dict[str, dict[str, int]] = defaultdict(dict)
    for (kind, sector), count in sectors.items():
        by_sector[sector][kind] = count
    sector_rank = {s.value: i for i, s in enumerate(Sector)}
    kind_order = [k.value for k in OrgKind]
    charts = Charts(
        days=days,
        rating_days=rated_days,
        by_sector={sector: _in_order(by_sector[sector], kind_order) for sector in sorted(
            by_sector, key=lambda s: (sector_rank.get(s, len(sector_rank)), s))},
        ratings={day: {c.value: int(sum(ratings[day][c.value].values())) for c in RatingClass}
                 for day in rated_days},
        members={day: {kind: int(members[day].get(kind, 0)) for kind in kind_order}
                 for day in days},
        ocop_stars={stars: int(check.indicators[f"kttt.ocop.{stars}star"].at.value or 0)
                    for stars in OCOP_STARS},
    )
    return Overview(check, charts)
