"""The calendar of the demo history: fixed dates, and the day the register stands on.

The history runs from fixed years (the detailed history starts in 2021, the register is tuned on
the plan of 2023) up to *today*, the program's clock (``core.clock``) when the demo is built: the
same seed on the same day always gives the same data, and a demo built today has the current
quarter in it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from kttt_desktop.core.periods import current_period
from kttt_desktop.core.record_rules import DISTRICTS_ENDED

FIRST_YEAR = 1997  # the oldest organisations were set up under the first Law on Cooperatives
HISTORY_START = date(2021, 1, 1)  # the detailed history
EARLIEST_TODAY = date(2024, 1, 1)  # the register is tuned on the end of 2023: it needs that day
LAW_2023_IN_FORCE = date(2024, 7, 1)  # HTX founders: 7 before, 5 after
# District-level OCOP decisions ended with the district level itself (the record rules refuse a
# later one); 3-star products are certified by the province from then.
OCOP_TWO_LEVELS = DISTRICTS_ENDED


@dataclass(frozen=True)
class Calendar:
    """The days of a demo history that ends ``today``."""

    today: date

    @property
    def last_day(self) -> date:
        """The register stands as on this day: nothing happens after it."""
        return self.today

    @property
    def history_years(self) -> range:
        """The years of the detailed history, the current one included."""
        return range(HISTORY_START.year, self.today.year + 1)

    @property
    def finished_years(self) -> range:
        """The years with ratings and figures: every year of the history that has ended."""
        return range(HISTORY_START.year, self.today.year)

    @property
    def recent(self) -> tuple[tuple[date, date], ...]:
        """The quarter an officer reports on next (the last ended) and the quarter running
        today, up to today: each gets new organisations, members joining and training."""
        reported = current_period(self.today)
        running = date(self.today.year, 3 * ((self.today.month - 1) // 3) + 1, 1)
        return (reported.window, (running, self.today))


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
