"""Yearly rating (đánh giá, phân loại) of cooperatives: schemes as data, and who is not rated.

A scheme is a list of bands (class, lowest score) over 0-100 points. The built-in scheme is that of
Thông tư 01/2020/TT-BKHĐT: tốt from 80, khá from 65, trung bình from 50, yếu below 50. A
provincial scheme is added by building another :class:`RatingScheme` and registering it with
:func:`register`.

An organisation is not rated for a year (TT 01/2020) when at the end of the year it has operated
for less than 12 months, or when it was suspended for more than 3 months of that year; see
:func:`not_rated_reason` for how both are counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from kttt_desktop.core.dates import add_months
from kttt_desktop.core.enums import LabelledEnum, RatingClass
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

MIN_SCORE, MAX_SCORE = 0.0, 100.0


@dataclass(frozen=True)
class RatingBand:
    rating_class: RatingClass
    min_score: float  # inclusive


@dataclass(frozen=True)
class RatingScheme:
    """A rating scheme: ``bands`` from the highest class down; the last starts at 0."""

    code: str
    name: str
    bands: tuple[RatingBand, ...]

    def __post_init__(self) -> None:
        minimums = [b.min_score for b in self.bands]
        if not self.bands or minimums != sorted(minimums, reverse=True) or minimums[-1] != 0:
            raise ValueError(f"bands of {self.code} must descend to 0")

    @property
    def label(self) -> str:
        return translate("Rating", self.name)

    def classify(self, score: float) -> RatingClass:
        """The class of ``score`` (0-100)."""
        if not MIN_SCORE <= score <= MAX_SCORE:
            raise ValueError(f"score {score} outside {MIN_SCORE}-{MAX_SCORE}")
        return next(b.rating_class for b in self.bands if score >= b.min_score)

    def band_of(self, rating_class: RatingClass) -> tuple[float, float] | None:
        """The scores ``[low, high)`` of a class (the top class includes 100)."""
        for index, band in enumerate(self.bands):
            if band.rating_class is rating_class:
                high = self.bands[index - 1].min_score if index else MAX_SCORE
                return band.min_score, high
        return None


TT01_2020 = RatingScheme(
    code="TT01/2020",
    name=QT_TRANSLATE_NOOP("Rating", "Thông tư 01/2020/TT-BKHĐT"),
    bands=(
        RatingBand(RatingClass.GOOD, 80),
        RatingBand(RatingClass.FAIR, 65),
        RatingBand(RatingClass.AVERAGE, 50),
        RatingBand(RatingClass.WEAK, 0),
    ),
)

_SCHEMES: dict[str, RatingScheme] = {TT01_2020.code: TT01_2020}


def register(scheme: RatingScheme) -> None:
    """Make a scheme (e.g. a province's own) known by its code."""
    _SCHEMES[scheme.code] = scheme


def scheme_by_code(code: str | None) -> RatingScheme | None:
    return _SCHEMES.get(code or "")


def schemes() -> list[RatingScheme]:
    return list(_SCHEMES.values())


class NotRatedReason(LabelledEnum):
    NOT_ESTABLISHED = "not_established", QT_TRANSLATE_NOOP(
        "NotRatedReason", "Chưa thành lập trong năm đánh giá")
    TOO_NEW = "too_new", QT_TRANSLATE_NOOP(
        "NotRatedReason", "Hoạt động chưa đủ 12 tháng tính đến hết năm")
    SUSPENDED = "suspended", QT_TRANSLATE_NOOP(
        "NotRatedReason", "Tạm ngừng hoạt động quá 3 tháng trong năm")


Interval = tuple[date, date | None]


def _days_suspended(year: int, suspensions: Iterable[Interval]) -> tuple[int, date | None]:
    """Days of ``year`` covered by any suspension (inclusive, overlaps counted once), first day."""
    first_day, last_day = date(year, 1, 1), date(year, 12, 31)
    clipped = sorted(
        (max(start, first_day), min(end or last_day, last_day))
        for start, end in suspensions
        if start <= last_day and (end is None or end >= first_day)
    )
    total, covered_to = 0, first_day - timedelta(days=1)
    for start, end in clipped:
        start = max(start, covered_to + timedelta(days=1))
        if end >= start:
            total += (end - start).days + 1
            covered_to = end
    return total, (clipped[0][0] if clipped else None)


def suspended_over_three_months(year: int, suspensions: Iterable[Interval]) -> bool:
    """Whether the suspensions cover more than 3 months of ``year``.

    The suspended days of the year (overlaps counted once, an open suspension running to 31/12)
    are compared with the three calendar months that start on the first suspended day: 01/02 to
    30/04 is exactly three months (not more), 01/02 to 01/05 is more. For one suspension this is
    the calendar reading of "more than 3 months"; several short ones are added up the same way.
    """
    days, first = _days_suspended(year, suspensions)
    return first is not None and days > (add_months(first, 3) - first).days


def not_rated_reason(year: int, established_on: date,
                     suspensions: Iterable[Interval] = ()) -> NotRatedReason | None:
    """Why an organisation is not rated for ``year``, or ``None`` if it is rated.

    It has operated 12 months at 31/12 when it was established on or before 01/01 of the year.
    """
    if established_on > date(year, 12, 31):
        return NotRatedReason.NOT_ESTABLISHED
    if established_on > date(year, 1, 1):
        return NotRatedReason.TOO_NEW
    if suspended_over_three_months(year, suspensions):
        return NotRatedReason.SUSPENDED
    return None


def expected_class(score: float | None, year: int, established_on: date,
                   suspensions: Iterable[Interval] = (),
                   scheme: RatingScheme = TT01_2020) -> RatingClass | None:
    """The class a record should carry: "không đánh giá" when not rated, else the score's class."""
    if not_rated_reason(year, established_on, suspensions) is not None:
        return RatingClass.NOT_RATED
    return None if score is None else scheme.classify(score)
