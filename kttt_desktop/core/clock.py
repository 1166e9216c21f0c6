"""The current time, in one place so that tests can fix it.

Timestamps are stored as aware UTC datetimes; dates of the domain (joined, established...) are
plain dates in the office's local calendar.
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def now() -> datetime:
    return datetime.now(UTC)


def today() -> date:
    return datetime.now().date()
