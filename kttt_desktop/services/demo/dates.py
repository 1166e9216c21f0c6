"""The fixed calendar of the demo history: never today's date, so a seed always gives the same data."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kttt_desktop.core.record_rules import DISTRICTS_ENDED

FIRST_YEAR = 1997  # the oldest organisations were set up under the first Law on Cooperatives
HISTORY_START = date(2021, 1, 1)  # five years of detailed history
LAST_DAY = date(2026, 9, 30)  # the register stands as on this day
FINISHED_YEARS = range(2021, 2026)  # years with ratings and figures
LAW_2023_IN_FORCE = date(2024, 7, 1)  # HTX founders: 7 before, 5 after
# District-level OCOP decisions ended with the district level itself (the record rules refuse a
# later one); 3-star products are certified by the province from then.
OCOP_TWO_LEVELS = DISTRICTS_ENDED


def day(rng: random.Random, first: date, last: date) -> date:
    """A day between ``first`` and ``last`` inclusive, each equally likely."""
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def year_end(year: int) -> date:
    return date(year, 12, 31)


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later (the last day of the month when it has no such day)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    for day_of_month in range(start.day, 27, -1):
        try:
            return date(year, month, day_of_month)
        except ValueError:
            continue
    return date(year, month, min(start.day, 28))


def add_years(start: date, years: int) -> date:
    return add_months(start, 12 * years)


def overlap_days(first: date, last: date | None, window_first: date, window_last: date) -> int:
    """Days of [first, last] (open when ``last`` is None) that fall in the window."""
    end = window_last if last is None else min(last, window_last)
    begin = max(first, window_first)
    return max(0, (end - begin).days + 1)
