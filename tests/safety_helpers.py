"""Helpers of the safety tests: damaging a file, faking another program's lock, a full disk,
local times."""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import event

from kttt_desktop.data.lock import lock_path

PAGE = 4096


def local(*args: int) -> datetime:
    """An aware datetime in this machine's time zone (backup names use local time)."""
    return datetime(*args).astimezone()


def corrupt(path: Path, at: float = 0.5) -> None:
    """Overwrite four pages ``at`` that share of the file (the middle), as a failing disk or a
    bad copy would."""
    pages = path.stat().st_size // PAGE
    with path.open("r+b") as f:
        f.seek(int(pages * at) * PAGE)
        f.write(b"\xa5" * PAGE * 4)


def write_lock(database: Path, *, machine: str, pid: int, user: str = "Nguyễn Văn A",
               refreshed: timedelta = timedelta(0), process_start: str | None = None) -> None:
    """The lock file another program (on ``machine``) would have left beside ``database``."""
    moment = datetime.now(UTC)
    lock_path(database).write_text(json.dumps({
        "user": user, "machine": machine, "pid": pid, "process_start": process_start,
        "taken_at": (moment - refreshed - timedelta(hours=1)).isoformat(),
        "refreshed_at": (moment - refreshed).isoformat(), "version": "0.1.0", "token": "theirs",
    }), encoding="utf-8")


@contextmanager
def database_full(db):
    """Every connection of ``db`` may not grow the file beyond its present size."""
    def limit(dbapi_connection, _record, _proxy):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    db.engine.dispose()  # connections made from now on are limited
    event.listen(db.engine, "checkout", limit)
    try:
        yield
    finally:
        event.remove(db.engine, "checkout", limit)
        db.engine.dispose()
