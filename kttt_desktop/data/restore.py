"""Putting a copy in place of a database file, with care for SQLite's files beside it.

A database in WAL mode keeps recent commits in ``kttt.db-wal`` (and an index in ``-shm``); a file
in rollback mode may have a ``-journal`` after a crash. SQLite applies those to whatever file has
the database's name, so replacing the file while they exist would graft the old database's pages
onto the new one. :func:`settle` therefore folds the WAL into the file and leaves WAL mode first
(which SQLite allows only when no other connection is open: a second window is detected there),
and :func:`replace_database` removes anything left beside the file before the atomic rename.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from kttt_desktop.core.errors import DatabaseLocked
from kttt_desktop.core.i18n import translate
from kttt_desktop.data.backup import SIDE_FILES, copy_errors, remove_backup, write_copy
from kttt_desktop.data.schema import uri
from kttt_desktop.system.files import fsync_folder, write_errors


def _in_use(database: Path) -> DatabaseLocked:
    return DatabaseLocked(translate(
        "Restore", "Cơ sở dữ liệu {path} đang được mở ở nơi khác (một cửa sổ chỉ đọc hoặc một "
        "chương trình khác). Hãy đóng hết các cửa sổ đang mở tệp này rồi thử lại.").format(
            path=database))


def settle(database: Path) -> bool:
    """Fold the WAL into ``database`` and leave WAL mode so nothing beside the file belongs to it.

    Returns ``False`` when the file is too damaged for SQLite to do so (its WAL is then left where
    it is, for the caller to copy). Raises ``DatabaseLocked`` when another connection has it open.
    """
    try:
        connection = sqlite3.connect(uri(database) + "?mode=rw", uri=True, timeout=1.0)
        try:
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise _in_use(database) from exc
        return False
    except sqlite3.DatabaseError:
        return False
    if str(mode).lower() != "delete":
        raise _in_use(database)
    return True


def replace_database(database: Path, source: Path) -> None:
    """Replace ``database`` by a checked copy of ``source`` in one rename.

    ``database`` must be settled (or damaged beyond use) and its writer lock held by the caller.
    """
    staged = database.with_name(database.name + ".restoring")
    try:
        with copy_errors(source, staged):
            staged.unlink(missing_ok=True)
            write_copy(source, staged)
        try:
            for suffix in SIDE_FILES:
                Path(str(database) + suffix).unlink(missing_ok=True)
            os.replace(staged, database)
        except PermissionError as exc:  # Windows: another program has the file open
            raise _in_use(database) from exc
        with write_errors(database):
            fsync_folder(database.parent)
    finally:
        remove_backup(staged)
