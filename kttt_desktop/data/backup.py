"""Backups of a database: consistent copies, their names, their rotation and what each one holds.

Backups sit in the ``backups`` folder beside the database, named so that they sort by time and say
their kind: ``kttt-2026-11-21-093015-tu-dong.db`` (database ``kttt.db``, local time, kind
"automatic"). A copy is made with SQLite's online backup API (consistent while the database is
open and being written), checked with ``PRAGMA integrity_check``, written under a temporary name
and renamed. After each backup the folder is rotated: for each kind, the newest backup of each of
the last 30 days and of each of the last 12 months is kept, and the newest one and today's always.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from kttt_desktop.core import clock
from kttt_desktop.core.enums import LabelledEnum
from kttt_desktop.core.errors import DatabaseCorrupt, KtttError
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from kttt_desktop.data.errors import classify
from kttt_desktop.data.integrity import integrity_problems, is_sound
from kttt_desktop.data.schema import APPLICATION_ID, file_revision, read_only
from kttt_desktop.system.files import (
    LEFTOVER_AGE_S,
    fsync_folder,
    fsync_path,
    replacing,
    write_error,
)
from kttt_desktop.system.paths import backups_dir

DAILY = 30
MONTHLY = 12
SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupKind(LabelledEnum):
    AUTOMATIC = "tu-dong", QT_TRANSLATE_NOOP("BackupKind", "Tự động khi mở")
    MANUAL = "thu-cong", QT_TRANSLATE_NOOP("BackupKind", "Thủ công")
    BEFORE_MIGRATION = "truoc-nang-cap", QT_TRANSLATE_NOOP("BackupKind", "Trước khi nâng cấp")
    BEFORE_IMPORT = "truoc-nhap", QT_TRANSLATE_NOOP("BackupKind", "Trước khi nhập dữ liệu")
    BEFORE_RESTORE = "truoc-khoi-phuc", QT_TRANSLATE_NOOP("BackupKind", "Trước khi khôi phục")


@dataclass(frozen=True)
class BackupFile:
    """A backup in the backups folder; ``taken_at`` is aware, in this machine's time zone."""

    path: Path
    kind: BackupKind
    taken_at: datetime
    sequence: int = 1  # 2, 3... for further backups of the same kind in the same second

    @property
    def order(self) -> tuple[datetime, int]:
        return self.taken_at, self.sequence

    @property
    def size(self) -> int:
        return self.path.stat().st_size


_STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d\d-\d\d-\d{6})-(?P<kind>[a-z-]+?)"
                   r"(?:-(?P<n>\d+))?\.db$")


def backup_name(database: Path, kind: BackupKind, when: datetime, n: int = 1) -> str:
    suffix = f"-{n}" if n > 1 else ""
    return f"{database.stem}-{when.astimezone().strftime(_STAMP)}-{kind.value}{suffix}.db"


def is_backup_name(name: str) -> bool:
    found = _NAME.match(name)
    return found is not None and found["kind"] in {k.value for k in BackupKind}


def parse_backup(path: Path, database: Path) -> BackupFile | None:
    """The backup of ``database`` that ``path`` names, or ``None`` for any other file."""
    found = _NAME.match(path.name)
    if not found or found["stem"] != database.stem:
        return None
    try:
        kind = BackupKind(found["kind"])
        taken_at = datetime.strptime(found["stamp"], _STAMP).astimezone()
    except ValueError:
        return None
    return BackupFile(path, kind, taken_at, int(found["n"] or 1))


def backups_of(database: Path) -> list[BackupFile]:
    """The backups of ``database``, newest first."""
    folder = backups_dir(database)
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob(f"{database.stem}-*.db") if (b := parse_backup(p, database))]
    return sorted(found, key=lambda b: (b.order, _written_at(b.path)), reverse=True)


def _written_at(path: Path) -> int:
    """Orders backups of different kinds made in the same second (names keep whole seconds)."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _local(now: datetime | None) -> datetime:
    """The moment a backup's name records: local time, whole seconds."""
    return (now or clock.now()).astimezone().replace(microsecond=0)


def _new_backup(database: Path, kind: BackupKind, when: datetime) -> BackupFile:
    folder = backups_dir(database)
    n = 1
    while (folder / backup_name(database, kind, when, n)).exists():
        n += 1
    return BackupFile(folder / backup_name(database, kind, when, n), kind, when, n)


def _copy_failed(exc: BaseException, source: Path, target: Path) -> KtttError | None:
    if isinstance(exc, OSError):
        return write_error(exc, target)
    if isinstance(exc, sqlite3.Error) and "full" in str(exc).lower():
        return write_error(OSError(errno.ENOSPC, str(exc)), target)
    return classify(exc, source)


@contextmanager
def copy_errors(source: Path, target: Path) -> Iterator[None]:
    """Re-raise a failed copy as the user's error: a full disk names the target, a damaged or
    unreadable database the source."""
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        known = _copy_failed(exc, source, target)
        if known is None:
            raise
        raise known from exc


def write_copy(source: Path, partial: Path) -> None:
    """Copy ``source`` (open or not) into the new file ``partial``, check it and flush it."""
    partial.open("xb").close()  # a folder that refuses files fails here, as an OSError
    src = read_only(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            problems = integrity_problems(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    if problems:
        raise DatabaseCorrupt(translate(
            "Backup", "Không sao chép được: cơ sở dữ liệu {path} bị hỏng ({result}); không có bản "
            "sao nào được ghi. Hãy khôi phục từ bản sao lưu tốt gần nhất.").format(
                path=source, result=problems[0]))
    fsync_path(partial)


def copy_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` while it may be open, check the copy, then put it in place.

    The copy is written to a temporary name beside ``target`` and renamed, so a crash never
    leaves a half copy under the final name. A full disk raises ``DiskFull``; a damaged source
    ``DatabaseCorrupt``.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        with copy_errors(source, target):
            target.parent.mkdir(parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)
            write_copy(source, partial)
            os.replace(partial, target)
            fsync_folder(target.parent)
    finally:
        with suppress(OSError):  # a read-only folder refuses even to remove nothing
            remove_backup(partial)  # and the journal SQLite left beside it on a full disk
    return target


def make_backup(database: Path, kind: BackupKind, *, now: datetime | None = None) -> BackupFile:
    """Back up ``database`` into its backups folder, then rotate the folder."""
    when = _local(now)
    backup = _new_backup(database, kind, when)
    copy_database(database, backup.path)
    rotate(database, today=when.date())
    return backup


def keep_raw_copy(database: Path, kind: BackupKind, *, now: datetime | None = None) -> BackupFile:
    """Copy the bytes of a damaged ``database`` (and its WAL) that SQLite cannot back up, so a
    specialist may still recover what it holds."""
    backup = _new_backup(database, kind, _local(now))
    for suffix in ("", "-wal"):
        source = Path(str(database) + suffix)
        if source.exists():
            with replacing(Path(str(backup.path) + suffix)) as partial:
                shutil.copyfile(source, partial)
    return backup


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1


def to_remove(backups: list[BackupFile], today: date) -> list[BackupFile]:
    """The backups rotation deletes: for each kind, all but the newest of each of the last
    :data:`DAILY` days and of each of the last :data:`MONTHLY` months, and the newest one.

    Today's backups are all kept (thinned from tomorrow on), so that a second import or restore
    on the same day never deletes the copy made before the first. Backups dated after ``today``
    are kept too: the clock was set back, nothing is known about them.
    """
    first_day = today - timedelta(days=DAILY - 1)
    first_month = _month(today) - (MONTHLY - 1)
    removed: list[BackupFile] = []
    for kind in BackupKind:
        of_kind = sorted((b for b in backups if b.kind is kind), key=lambda b: b.order,
                         reverse=True)
        days: set[date] = set()
        months: set[int] = set()
        for position, backup in enumerate(of_kind):
            day = backup.taken_at.date()
            keep = position == 0 or day >= today
            if day >= first_day and day not in days:
                days.add(day)
                keep = True
            if _month(day) >= first_month and _month(day) not in months:
                months.add(_month(day))
                keep = True
            if not keep:
                removed.append(backup)
    return removed


def remove_backup(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def rotate(database: Path, *, today: date) -> list[Path]:
    """Delete the backups of ``database`` that rotation does not keep, and the half copies a
    killed backup left (once they are old enough not to be another program's copy in
    progress); return the paths of the backups deleted."""
    removed = [b.path for b in to_remove(backups_of(database), today)]
    for path in removed:
        remove_backup(path)
    limit = time.time() - LEFTOVER_AGE_S
    for partial in backups_dir(database).glob(f"{database.stem}-*.db.partial*"):
        try:
            if partial.stat().st_mtime < limit:
                partial.unlink()
        except OSError:
            pass
    return removed


def newest_good_backup(database: Path) -> BackupFile | None:
    """The newest backup of ``database`` that is sound and that this version can open."""
    return next((b for b in backups_of(database) if is_sound(b.path)), None)


@dataclass(frozen=True)
class BackupSummary:
    """What a database file holds, read without opening it for real."""

    office: str = ""
    organisations: int | None = None
    members: int | None = None
    revision: str | None = None
    problem: str = ""  # empty when the file could be read


def read_summary(path: Path) -> BackupSummary:
    """The office, the counts of organisations and members and the schema revision of ``path``,
    a closed database file (a backup). Takes a few milliseconds; never raises."""
    try:
        connection = read_only(path, immutable=True)
    except sqlite3.Error as exc:
        return BackupSummary(problem=str(exc))
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return BackupSummary(problem=translate(
                "Backup", "Không phải cơ sở dữ liệu của chương trình này."))
        office = connection.execute("SELECT name FROM office WHERE id = 1").fetchone()
        return BackupSummary(
            office=office[0] if office else "",
            organisations=connection.execute("SELECT COUNT(*) FROM organisation").fetchone()[0],
            members=connection.execute("SELECT COUNT(*) FROM member").fetchone()[0],
            revision=file_revision(connection),
        )
    except sqlite3.Error as exc:
        return BackupSummary(problem=translate(
            "Backup", "Tệp hỏng hoặc không đọc được: {error}").format(error=exc))
    finally:
        connection.close()
