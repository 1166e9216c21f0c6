"""Demo registers (``kttt demo``) for the tests, built as on a fixed day of the program's clock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

DEMO_TODAY = date(2026, 11, 20)  # the day the test suite's demo registers are built on


def build_demo_on(path: Path, today: date = DEMO_TODAY, **options: object) -> Path:
    """A demo database whose history runs up to ``today``."""
    from kttt_desktop.core import clock
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.services.demo import build_demo

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "today", lambda: today)
        build_new_database(path, lambda db: build_demo(db, **options))  # type: ignore[arg-type]
    return path
