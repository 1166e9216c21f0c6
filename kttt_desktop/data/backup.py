"""Consistent copies of a database file, made with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from kttt_desktop.core.errors import DatabaseCorrupt
from kttt_desktop.core.i18n import translate


def copy_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` while it may be open, check the copy, then put it in place.

    The copy is written to a temporary name beside ``target`` and renamed, so a crash never
    leaves a half copy under the final name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    if result != "ok":
        partial.unlink(missing_ok=True)
        raise DatabaseCorrupt(translate(
            "Backup", "Bản sao của {path} không qua được kiểm tra toàn vẹn: {result}").format(
                path=source, result=result))
    with partial.open("rb") as f:
        os.fsync(f.fileno())
    os.replace(partial, target)
    return target
