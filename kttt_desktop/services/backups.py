"""Backups, restore and verification: the use cases behind the backup screen and the commands.

- :func:`automatic_backup` after opening a database for writing (at most once a day);
  :func:`back_up` for the other kinds (a manual backup, before an import...).
- :func:`list_backups` for the list (date, kind, size, what each holds), newest first.
- :func:`save_copy` for an extra copy elsewhere (a USB stick, a network folder).
- :func:`check_restorable` (or :func:`preview_restore`, which also says what the backup and the
  database hold) then :func:`restore` to put a backup back; the current database is backed up
  first and the file is replaced in one step; :func:`note_restore` records it in the restored
  database's audit log.
- :func:`verify` for a full check of a database file, as a report in Vietnamese.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.engine import URL

from kttt_desktop.core import clock
from kttt_desktop.core.errors import (
    DatabaseCorrupt,
    DatabaseNewer,
    InputError,
    NotOurDatabase,
)
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Issue, error
from kttt_desktop.data.audit import write_entries
from kttt_desktop.data.backup import (
    BackupFile,
    BackupKind,
    BackupSummary,
    backup_name,
    backups_of,
    copy_database,
    is_backup_name,
    keep_raw_copy,
    make_backup,
    newest_good_backup,
    parse_backup,
    read_summary,
)
from kttt_desktop.data.database import Database, DatabaseDamaged, current_user
from kttt_desktop.data.integrity import (
    integrity_problems,
    is_sound,
    quick_check_file,
    verify_file,
    verify_server,
)
from kttt_desktop.data.lock import WriterLock
from kttt_desktop.data.models import Member, Office, Organisation
from kttt_desktop.data.restore import replace_database, settle
from kttt_desktop.data.schema import (
    DamagedDatabase,
    check_ours,
    empty,
    head_revision,
    is_known_revision,
    missing,
    read_only,
)
from kttt_desktop.services.opening import open_office


@dataclass(frozen=True)
class BackupEntry:
    """One line of the backup list."""

    path: Path
    kind: BackupKind
    taken_at: datetime
    size: int
    summary: BackupSummary

    @classmethod
    def of(cls, backup: BackupFile) -> BackupEntry:
        return cls(backup.path, backup.kind, backup.taken_at, backup.size,
                   read_summary(backup.path))

    def describe(self) -> str:
        """``21/11/2026 09:30 · Thủ công · 13,7 MB · 700 tổ chức, 60.500 thành viên``."""
        holds = self.summary.problem or translate(
            "Backup", "{organisations} tổ chức, {members} thành viên").format(
                organisations=count_in_words(self.summary.organisations),
                members=count_in_words(self.summary.members))
        return " · ".join((self.taken_at.strftime("%d/%m/%Y %H:%M"), self.kind.label,
                           size_in_words(self.size), holds))


def count_in_words(n: int | None) -> str:
    """``60.500``: Vietnamese thousands separator; ``?`` when unknown."""
    return "?" if n is None else f"{n:,}".replace(",", ".")


def size_in_words(size: int) -> str:
    """``13,7 MB``: Vietnamese decimal comma."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f}".replace(".", ",") + f" {unit}"
    return f"{size} B"


def list_backups(database: Path) -> list[BackupEntry]:
    """The backups of ``database``, newest first, each with what it holds (read-only, ~1 ms each)."""
    entries = []
    for backup in backups_of(Path(database).resolve()):
        try:
            entries.append(BackupEntry.of(backup))
        except FileNotFoundError:  # rotated away by another program meanwhile
            continue
    return entries


def _existing_database(path: Path) -> Path:
    path = Path(path).resolve()
    if not path.is_file():
        raise missing(path)
    if check_ours(path):
        raise empty(path)
    return path


def is_sound_backup(path: Path) -> bool:
    """Whether a backup passes ``quick_check`` and this version can open it (~30 ms for a
    province's database: run it off the GUI thread for a whole list)."""
    return is_sound(path)


def back_up(database: Path, kind: BackupKind = BackupKind.MANUAL, *,
            now: datetime | None = None) -> BackupEntry:
    """Back up ``database`` (open or not, even by another program) into its backups folder."""
    return BackupEntry.of(make_backup(_existing_database(database), kind, now=now))


def automatic_backup(database: Database, *, now: datetime | None = None) -> BackupEntry | None:
    """The backup made on opening a database for writing, unless one was made today already.
    A database on a server has none: the server's backups are the server's."""
    if database.read_only or database.path is None:
        return None
    today = (now or clock.now()).astimezone().date()
    if any(b.kind is BackupKind.AUTOMATIC and b.taken_at.date() == today
           for b in backups_of(database.path)):
        return None
    return back_up(database.path, BackupKind.AUTOMATIC, now=now)


def save_copy(source: Path, destination: Path | str, *, now: datetime | None = None) -> Path:
    """Copy a database or a backup to ``destination``: a file, or a folder (an existing one, or a
    path ending with a separator; the copy then gets a backup's name). The copy is checked and
    replaces an older one in a single step."""
    source = _existing_database(source)
    as_folder = str(destination).endswith(("/", os.sep))
    destination = Path(destination).resolve()
    if as_folder or destination.is_dir():
        name = source.name if is_backup_name(source.name) else backup_name(
            source, BackupKind.MANUAL, now or clock.now())
        destination = destination / name
    if destination == source:
        raise InputError(translate(
            "Backup", "Nơi chép đến trùng với tệp cần chép ({path}); hãy chọn nơi khác.").format(
                path=source))
    return copy_database(source, destination)


def check_restorable(source: Path) -> BackupSummary:
    """What ``source`` holds, after checking that it can replace the database.

    Raises :class:`InputError` when the file is missing or not a database of this program (the
    user picked the wrong file), :class:`DatabaseCorrupt` when it fails ``integrity_check``,
    :class:`DatabaseNewer` when a newer version of the program wrote it.
    """
    source = Path(source)
    if not source.is_file():
        raise InputError(translate("Backup", "Không tìm thấy tệp {path}.").format(path=source))
    try:
        ours = not check_ours(source)  # an empty file is not a backup either
    except NotOurDatabase:
        ours = False
    if not ours:
        raise InputError(translate(
            "Backup", "Tệp {path} không phải là bản sao lưu của chương trình này; hãy chọn một tệp "
            "khác. Không có gì bị thay đổi.").format(path=source))
    connection = read_only(source)
    try:
        problems = integrity_problems(connection)
    finally:
        connection.close()
    if problems:
        raise DatabaseCorrupt(translate(
            "Backup", "Tệp {path} bị hỏng ({problem}); không thể khôi phục từ tệp này. Hãy chọn một "
            "bản sao lưu khác.").format(path=source, problem=problems[0]))
    summary = read_summary(source)
    if summary.revision is None or not is_known_revision(summary.revision):
        raise DatabaseNewer(translate(
            "Backup", "Tệp {path} được tạo bởi một phiên bản mới hơn của chương trình (lược đồ "
            "{revision}). Hãy cài phiên bản mới để khôi phục từ tệp này.").format(
                path=source, revision=summary.revision))
    return summary


def database_summary(database: Database) -> BackupSummary:
    """What the open ``database`` holds now, as :func:`read_summary` tells it of a backup."""
    with database.session() as session:
        connection = session.connection()
        office = connection.execute(select(Office.name).where(Office.id == 1)).scalar()
        return BackupSummary(
            office=office or "",
            organisations=connection.execute(select(func.count()).select_from(Organisation))
            .scalar_one(),
            members=connection.execute(select(func.count()).select_from(Member)).scalar_one(),
            revision=connection.execute(text("SELECT version_num FROM alembic_version")).scalar())


@dataclass(frozen=True)
class RestorePreview:
    """What restoring ``source`` would bring back, beside what the database holds now."""

    source: Path
    kind: BackupKind | None  # None: a file that is not named as a backup
    taken_at: datetime  # from the backup's name, else the time the file was written
    size: int
    summary: BackupSummary
    current: BackupSummary

    @property
    def needs_upgrade(self) -> bool:
        """An older version wrote it: it is upgraded (after a backup) when opened."""
        return self.summary.revision != head_revision()


def preview_restore(database: Database, source: Path) -> RestorePreview:
    """Check ``source`` as :func:`check_restorable` does and say what it holds (a few hundred
    milliseconds for a province's database: run it off the GUI thread)."""
    source = Path(source).resolve()
    summary = check_restorable(source)
    backup = parse_backup(source, database.path)
    stat = source.stat()
    taken_at = backup.taken_at if backup else datetime.fromtimestamp(stat.st_mtime).astimezone()
    return RestorePreview(source, backup.kind if backup else None, taken_at, stat.st_size,
                          summary, database_summary(database))


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    source: Path
    summary: BackupSummary
    previous: BackupFile | None  # the copy of the database as it was before, if there was one
    previous_damaged: bool = False  # the previous file could only be copied byte for byte


def _keep_previous(database: Path, now: datetime | None) -> tuple[BackupFile, bool]:
    """Back up the database about to be replaced, whatever its state."""
    try:
        check_ours(database)
    except DamagedDatabase:
        return keep_raw_copy(database, BackupKind.BEFORE_RESTORE, now=now), True
    if quick_check_file(database):  # damaged: copy its bytes before SQLite touches anything
        return keep_raw_copy(database, BackupKind.BEFORE_RESTORE, now=now), True
    if settle(database):
        try:
            return make_backup(database, BackupKind.BEFORE_RESTORE, now=now), False
        except DatabaseCorrupt:
            pass
    return keep_raw_copy(database, BackupKind.BEFORE_RESTORE, now=now), True


def _replaceable(database: Path) -> None:
    """Refuse to restore over anything but a database of this program (even a damaged one: that
    is what restoring is for), an empty file or nothing."""
    if database.is_dir():
        raise NotOurDatabase(translate(
            "Backup", "{path} là một thư mục, không phải cơ sở dữ liệu; không khôi phục vào đó. "
            "Không có gì bị thay đổi.").format(path=database))
    if not database.exists():
        return
    try:
        check_ours(database)
    except DamagedDatabase:
        return
    except NotOurDatabase as exc:
        raise NotOurDatabase(translate(
            "Backup", "Tệp {path} không phải là cơ sở dữ liệu của chương trình này nên không bị "
            "thay bằng bản sao lưu; hãy kiểm tra tham số --db. Không có gì bị thay đổi.").format(
                path=database)) from exc


def restore(database: Path, source: Path, *, now: datetime | None = None) -> RestoreResult:
    """Replace ``database`` by the backup ``source``, after backing up the current one.

    The database must not be open anywhere (close it first: a window that has it open holds its
    lock); raises :class:`~kttt_desktop.data.lock.DatabaseInUse` or ``DatabaseLocked`` otherwise.
    The restored file is migrated on its next open if an older version wrote it.
    """
    database = Path(database).resolve()
    source = Path(source).resolve()
    if source == database:
        raise InputError(translate(
            "Backup", "Tệp {path} chính là cơ sở dữ liệu đang dùng; hãy chọn một bản sao lưu.").format(
                path=source))
    summary = check_restorable(source)
    _replaceable(database)
    database.parent.mkdir(parents=True, exist_ok=True)
    lock = WriterLock.acquire(database, user=current_user())
    try:
        previous, damaged = None, False
        if database.exists() and database.stat().st_size > 0:
            previous, damaged = _keep_previous(database, now)
        replace_database(database, source)
    finally:
        lock.release()
    return RestoreResult(database, source, summary, previous, damaged)


def restore_message(result: RestoreResult) -> str:
    """What a restore did, in words: where from, what the data holds now, where the old data is."""
    summary = result.summary
    lines = [translate(
        "Backup", "Đã khôi phục {path} từ {source} ({office}: {organisations} tổ chức, {members} "
        "thành viên).").format(
            path=result.database, source=result.source, office=summary.office or "?",
            organisations=count_in_words(summary.organisations),
            members=count_in_words(summary.members))]
    if result.previous is not None:
        note = (translate("Backup", "Dữ liệu trước khi khôi phục (tệp hỏng, chép nguyên trạng) ở "
                                    "{path}.") if result.previous_damaged else
                translate("Backup", "Dữ liệu trước khi khôi phục được sao lưu ở {path}."))
        lines.append(note.format(path=result.previous.path))
    return "\n".join(lines)


def note_restore(database: Database, result: RestoreResult) -> None:
    """Record in the audit log of the restored database that it was put back, from what file,
    and where the data it replaced went."""
    reason = translate("Backup", "Khôi phục từ bản sao lưu {source}").format(
        source=result.source.name)
    if result.previous is not None:
        reason += "; " + translate("Backup", "dữ liệu trước đó ở {path}").format(
            path=result.previous.path.name)
    with database.session() as session:
        write_entries(session.connection(), [{
            "action": "restore", "user_name": database.user, "record_label": result.source.name,
            "reason": reason}])


@dataclass(frozen=True)
class VerifyReport:
    path: Path | str  # a file, or a server database as named for the user
    issues: list[Issue]

    @property
    def ok(self) -> bool:
        return not any(i.is_error for i in self.issues)

    def lines(self) -> list[str]:
        verdict = (translate("Backup", "Kết luận: cơ sở dữ liệu tốt.") if self.ok else
                   translate("Backup", "Kết luận: cơ sở dữ liệu có lỗi; hãy khôi phục từ bản sao "
                             "lưu tốt gần nhất."))
        heading = translate("Backup", "Kiểm tra cơ sở dữ liệu {path}:").format(path=self.path)
        return [heading, *(f"- {i.severity.label}: {i.message}" for i in self.issues), verdict]


def verify(database: Path | URL) -> VerifyReport:
    """Check ``database`` fully (integrity, links between tables, schema revision). Reads only.

    A file of this program that SQLite cannot read at all (truncated) is reported damaged, with
    the newest good backup to restore from. A server database is read table by table, and its
    schema revision checked (the server keeps its own storage sound)."""
    if isinstance(database, URL):
        opened = open_office(database, read_only=True).database
        try:
            with opened.reading() as connection:
                return VerifyReport(opened.name, verify_server(connection))
        finally:
            opened.close()
    database = Path(database).resolve()
    try:
        return VerifyReport(database, verify_file(database))
    except DamagedDatabase as exc:
        damaged = DatabaseDamaged(database, [exc.problem], newest_good_backup(database))
        return VerifyReport(database, [error(damaged.message, code="integrity")])
