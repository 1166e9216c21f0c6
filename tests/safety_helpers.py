"""Helpers of the safety tests: damaging a file, faking another program's lock, local times."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kttt_desktop.data.lock import lock_path

PAGE = 4096


def local(*args: int) -> datetime:
    """An aware datetime in this machine's time zone (backup names use local time)."""
    return datetime(*args).astimezone()


def corrupt(path: Path) -> None:
    """Overwrite four pages in the middle of the file, as a failing disk or a bad copy would."""
    pages = path.stat().st_size // PAGE
    with path.open("r+b") as f:
        f.seek(pages // 2 * PAGE)
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
