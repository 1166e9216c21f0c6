"""Reporting periods (spec/indicators.md §Periods).

``2026`` (year), ``2026-Q1``…``2026-Q4`` (quarters), ``2026-H1`` (6 months), ``2026-M9`` (9 months).
A period has a window (for flows) and a reference date D, its last day (for stocks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate

_PATTERN = re.compile(r"^\s*(\d{4})(?:\s*-\s*([QqHhMm])\s*(\d{1,2}))?\s*$")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
YEAR, QUARTER, HALF, NINE_MONTHS = "Y", "Q", "H", "M"


def one_year_earlier(day: date) -> date:
    """The same date a year before (29/02 becomes 28/02)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def reporting_year(day: date) -> int:
    """The last complete year at ``day`` (spec/indicators.md §Who is counted): year(D) when D is
    31/12, the year before otherwise. Yearly measures (workers, revenue, profit, income,
    ratings) are those of this year: nobody has this year's figures before the year ends."""
    return day.year if (day.month, day.day) == (12, 31) else day.year - 1


def reporting_year_words(year: int) -> str:
    """How screens and returns name the year of the yearly measures ("theo số liệu năm 2025")."""
    return translate("Period", "theo số liệu năm {year}").format(year=year)


def yearly_measures_words(year: int) -> str:
    """What a screen or a return says of its yearly measures: "lao động, doanh thu, lợi nhuận,
    thu nhập và xếp loại theo số liệu năm 2025"."""
    return translate("Period", "lao động, doanh thu, lợi nhuận, thu nhập và xếp loại {words}").format(
        words=reporting_year_words(year))


def _month_end(year: int, month: int) -> date:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


@dataclass(frozen=True, order=True)
class Period:
    year: int
    kind: str = YEAR
    number: int = 0

    @classmethod
    def parse(cls, text: str) -> Period:
        match = _PATTERN.match(str(text))
        if match:
            year, kind, number = int(match[1]), (match[2] or YEAR).upper(), int(match[3] or 0)
            valid = (
                (kind == YEAR and number == 0)
                or (kind == QUARTER and 1 <= number <= 4)
                or (kind == HALF and number == 1)
                or (kind == NINE_MONTHS and number == 9)
            )
            if valid and 1900 <= year <= 2200:
                return cls(year, kind, number)
        raise InputError(translate(
            "Period", "Kỳ báo cáo “{text}” không hợp lệ. Hãy viết 2026 (năm), 2026-Q1 … 2026-Q4 "
            "(quý), 2026-H1 (6 tháng) hoặc 2026-M9 (9 tháng).").format(text=text))

    def __str__(self) -> str:
        if self.kind == YEAR:
            return str(self.year)
        return f"{self.year}-{self.kind}{self.number}"

    @property
    def end_month(self) -> int:
        return {YEAR: 12, QUARTER: 3 * self.number, HALF: 6, NINE_MONTHS: 9}[self.kind]

    @property
    def start(self) -> date:
        """First day of the window over which flows are counted."""
        if self.kind == QUARTER:
            return date(self.year, 3 * self.number - 2, 1)
        return date(self.year, 1, 1)

    @property
    def reference_date(self) -> date:
        """D: the last day of the period, at which stocks are counted."""
        return _month_end(self.year, self.end_month)

    @property
    def reporting_year(self) -> int:
        """The year whose figures and ratings the yearly measures of this period use."""
        return reporting_year(self.reference_date)

    @property
    def window(self) -> tuple[date, date]:
        return self.start, self.reference_date

    @property
    def year_to_date(self) -> tuple[date, date]:
        return date(self.year, 1, 1), self.reference_date

    @property
    def window_is_year_to_date(self) -> bool:
        return self.start == date(self.year, 1, 1)

    @property
    def elapsed_share(self) -> float:
        """Share of the year elapsed at D (the pace of a yearly flow target)."""
        return self.end_month / 12

    @property
    def covers_whole_year(self) -> bool:
        return self.end_month == 12 and self.window_is_year_to_date

    def previous_year(self) -> Period:
        return Period(self.year - 1, self.kind, self.number)

    def in_words(self) -> str:
        """The period as the title of a return says it ("quý III năm 2026")."""
        if self.kind == QUARTER:
            return translate("Period", "quý {roman} năm {year}").format(
                roman=_ROMAN[self.number], year=self.year)
        if self.kind == HALF:
            return translate("Period", "6 tháng đầu năm {year}").format(year=self.year)
        if self.kind == NINE_MONTHS:
            return translate("Period", "9 tháng năm {year}").format(year=self.year)
        return translate("Period", "năm {year}").format(year=self.year)

    def short_label(self) -> str:
        """A compact label for lists and pickers ("Quý III/2026")."""
        if self.kind == QUARTER:
            return translate("Period", "Quý {roman}/{year}").format(
                roman=_ROMAN[self.number], year=self.year)
        if self.kind == HALF:
            return translate("Period", "6 tháng/{year}").format(year=self.year)
        if self.kind == NINE_MONTHS:
            return translate("Period", "9 tháng/{year}").format(year=self.year)
        return translate("Period", "Năm {year}").format(year=self.year)


def periods_of_year(year: int) -> list[Period]:
    """Every period of a year in the order an officer reports them."""
    return [Period(year, QUARTER, 1), Period(year, QUARTER, 2), Period(year, HALF, 1),
            Period(year, QUARTER, 3), Period(year, NINE_MONTHS, 9), Period(year, QUARTER, 4),
            Period(year)]


def current_period(today: date) -> Period:
    """The last quarter that has ended by ``today`` (what an officer reports on next)."""
    quarter = (today.month - 1) // 3
    if quarter == 0:
        return Period(today.year - 1, QUARTER, 4)
    return Period(today.year, QUARTER, quarter)
