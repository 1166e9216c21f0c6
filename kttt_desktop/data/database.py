"""Opening an office's database: checks, the writer lock, migrations and the session factory.

Every open goes through :func:`open_database`, which refuses a file that is not a database of this
program or that a newer version wrote, checks the file's structure (``PRAGMA quick_check``), takes
the writer lock (unless read-only), copies the file before migrating it, and migrates it with
Alembic to the schema of this version. A database on a PostgreSQL server (named by a URL,
data.engines) is opened by the same function: it is refused when it holds another program's
tables, and migrated in one transaction; the file's machinery does not apply to it.

Why it is long: opening (checks, lock, migration, read-only fallbacks, files and servers) and the
units of work of an open database (sessions that join, reads that can be cancelled, writes
refused once the lock is lost, the generation of kept values) are one object's life; it is kept
together so that no caller can open a database another way.
"""

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool
from sqlmodel import Session

from kttt_desktop.core.errors import (
    Cancelled,
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseNewer,
    InputError,
)
from kttt_desktop.core.i18n import translate
from kttt_desktop.data import (  # noqa: F401 - listeners register on import
    admin_units,
    audit,
    changes,
    derived,
    engines,
    frozen,
)
from kttt_desktop.data.backup import BackupFile, BackupKind, make_backup, newest_good_backup
from kttt_desktop.data.errors import environment_errors
from kttt_desktop.data.integrity import quick_check_file
from kttt_desktop.data.location import Location, locate
from kttt_desktop.data.lock import WriterLock, local_time
from kttt_desktop.data.schema import (
    APPLICATION_ID,
    DamagedDatabase,
    alembic_config,
    check_ours,
    empty,
    head_revision,
    is_known_revision,
    missing,
    needs_immutable,
    uri,
)
from kttt_desktop.system.paths import backups_dir, data_dir

log = logging.getLogger(__name__)
T = TypeVar("T")

BUSY_TIMEOUT_MS = 5000
PROGRESS_STEPS = 20_000  # virtual machine steps of SQLite between two looks at a cancellation
CHANGES_AT_BEGIN = "kttt_changes_at_begin"  # sqlite3's total_changes when a transaction began
TOTAL_CHANGES = "kttt_total_changes"  # sqlite3's total_changes when a connection was checked out


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment (a service account)
        return ""


@dataclass
class Database:
    """An open database: its file (``None`` for a database on a server, named by :attr:`url`),
    its engine, whether this process may write to it, and where the file lives (:attr:`warning`
    is the caution to show for a network share or a synced folder, or for communes the official
    list does not confirm). A file opened for writing holds the writer lock until :meth:`close`."""

    path: Path | None
    engine: Engine
    read_only: bool = False
    user: str = ""
    lock: WriterLock | None = None
    location: Location | None = None
    units_warning: str | None = None  # communes records use that the official list lacks
    read_only_reason: str = ""  # why this program may not write, beyond being asked to read
    url: URL | None = None  # the server's, for a database on a PostgreSQL server
    _local: threading.local = field(default_factory=threading.local, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._generation = 0
        self._kept: dict[Hashable, tuple[int, Any]] = {}
        if not self.read_only and self.url is None:  # a file: this program alone writes to it
            event.listen(self.engine, "checkout", self._refuse_writes_once_lost)
            event.listen(self.engine, "checkout", _note_changes)
            event.listen(self.engine, "checkin", self._count_changes)

    @property
    def generation(self) -> int | None:
        """A number that grows each time this program has changed the database (counted when
        a connection that wrote comes back to the pool, so after its commit): what was
        computed from the database at one generation holds while it stays the same. ``None``
        for a database opened read-only, or on a server, which other programs may be changing."""
        return None if self.read_only or self.url is not None else self._generation

    def kept(self, key: Hashable, make: Callable[[], T]) -> T:
        """What ``make()`` read from the database, made again only once the database has
        changed (:attr:`generation`): lists of choices and sums that many screens ask for.
        A database open read-only keeps nothing."""
        generation = self.generation
        if generation is None:
            return make()
        found = self._kept.get(key)
        if found is not None and found[0] == generation:
            return found[1]
        value = make()
        self._kept[key] = (generation, value)  # of before a change made meanwhile: not used
        return value

    def _count_changes(self, dbapi_connection: sqlite3.Connection | None,
                       record: ConnectionPoolEntry) -> None:
        if dbapi_connection is None or dbapi_connection.total_changes != record.info.get(
                TOTAL_CHANGES):
            self._generation += 1

    @property
    def on_server(self) -> bool:
        return self.url is not None

    @property
    def name(self) -> str:
        """The database as the user knows it: the file's path, or the URL without password."""
        return engines.describe(self.url if self.url is not None else self.path)  # type: ignore[arg-type]

    @property
    def local_path(self) -> Path:
        """The name the files this PC keeps for the database go beside (its signing key): the
        file itself, or for a server database a name in the data folder standing for it."""
        if self.path is not None:
            return self.path
        name = engines.local_name(self.url, data_dir())  # type: ignore[arg-type]
        name.parent.mkdir(parents=True, exist_ok=True)
        return name

    @property
    def address(self) -> Path | URL:
        """What opens this database again (:func:`open_database`)."""
        return self.url if self.url is not None else self.path  # type: ignore[return-value]

    @property
    def warning(self) -> str | None:
        """What the officer should know about this file: where it lives, and communes of its
        records that the official list does not confirm."""
        found = [w for w in (self.location.warning if self.location else None,
                             self.units_warning) if w]
        return "\n".join(found) or None

    @property
    def lock_lost(self) -> bool:
        """Another program took the writer lock over (the user confirmed there that this one was
        gone): from then on this one writes nothing."""
        return self.lock is not None and self.lock.lost

    @property
    def writable(self) -> bool:
        return not self.read_only and not self.lock_lost

    def _refuse_writes_once_lost(self, dbapi_connection: sqlite3.Connection, _record: object,
                                 _proxy: object) -> None:
        if self.lock_lost:  # SQLite itself refuses every write on this connection from now on
            dbapi_connection.execute("PRAGMA query_only = 1")

    def require_writable(self) -> None:
        """Raise the reason this program may not write, before work that must end in a write."""
        if not self.writable:
            raise self._not_writable()

    def _not_writable(self) -> DatabaseLocked:
        if self.lock_lost:
            return DatabaseLocked(translate(
                "Database", "Một chương trình khác đã tiếp quản cơ sở dữ liệu {path} nên chương "
                "trình này không ghi vào đó nữa; thay đổi vừa rồi chưa được lưu. Hãy mở lại cơ sở "
                "dữ liệu.").format(path=self.name))
        return DatabaseLocked(translate(
            "Database", "Cơ sở dữ liệu {path} đang mở ở chế độ chỉ đọc; thay đổi không được "
            "lưu.").format(path=self.name))

    @contextmanager
    def _write_refusals(self) -> Iterator[None]:
        """A write refused because this program may not write says why."""
        try:
            yield
        except DatabaseLocked as exc:
            if self.writable:
                raise
            raise self._not_writable() from exc

    @contextmanager
    def session(self, *, reason: str = "") -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises.

        ``reason`` is written into the audit entries of the changes made in it. A unit that
        changed rows checks first that the writer lock is still this program's (one small file
        read), so a program whose lock was taken over never commits after the other began.

        A use case runs in one unit: while a session is open on this thread, the services it
        calls that ask for a session, a transaction or a connection to read with join it (they
        neither open a second one nor commit), so a return reads one consistent state of the
        registers in one transaction.
        """
        joined = self._open_session()
        if joined is not None:
            if reason and not joined.info.get("reason"):
                joined.info["reason"] = reason
            yield joined
            return
        with self._write_refusals(), environment_errors(self.name, self.url), \
                Session(self.engine, expire_on_commit=False) as s:
            s.info["user"] = self.user
            s.info["reason"] = reason
            self._local.session = s
            changes.begun()
            committed = False
            try:
                yield s
                if self.read_only:
                    s.rollback()
                    return
                s.flush()
                if self.lock is not None and _wrote(s) and not self.lock.still_held():
                    raise self._not_writable()  # taken over meanwhile: rolled back below
                s.commit()
                committed = True
            except BaseException:
                s.rollback()
                raise
            finally:
                self._local.session = None
                changes.ended(committed=committed)

    def _open_session(self) -> Session | None:
        """The session this thread has open on this database, if any (see :meth:`session`)."""
        return getattr(self._local, "session", None)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A unit of work of Core statements, without an ORM session, kept as :meth:`session`
        keeps one: committed when the block ends, rolled back if it raises or the database is
        read-only, and refused when it changed rows after another program took the writer lock
        over. Paths that write with Core statements write their audit entries themselves
        (data.audit.write_entries, update_entries)."""
        joined = self._open_session()
        if joined is not None:
            yield joined.connection()
            return
        changes.begun()
        committed = False
        try:
            with self._write_refusals(), environment_errors(self.name, self.url), \
                    self.engine.connect() as connection:
                with connection.begin() as work:
                    yield connection
                    if self.read_only:
                        work.rollback()
                        return
                    if self.lock is not None and _changed(connection) and \
                            not self.lock.still_held():
                        raise self._not_writable()  # taken over meanwhile: rolled back
                committed = True
        finally:
            changes.ended(committed=committed)

    @contextmanager
    def reading(self, cancelled: Callable[[], bool] | None = None) -> Iterator[Connection]:
        """A connection to read with. ``cancelled`` is asked now and then while SQLite works
        (a few times a millisecond); once it answers yes, the statement under way stops and
        :class:`Cancelled` is raised: a search the officer has typed past stops at once."""
        joined = self._open_session()
        with environment_errors(self.name, self.url), (
                nullcontext(joined.connection()) if joined is not None
                else self.engine.connect()) as connection:
            if cancelled is None or self.on_server:  # a server's statement is not interrupted
                yield connection
                if cancelled is not None and cancelled():
                    raise Cancelled()
                return
            driver = connection.connection.driver_connection
            driver.set_progress_handler(cancelled, PROGRESS_STEPS)
            try:
                yield connection
            except (OperationalError, sqlite3.OperationalError) as exc:  # prepared: the driver's
                if cancelled():
                    raise Cancelled() from exc
                raise
            finally:
                driver.set_progress_handler(None, 0)
            if cancelled():
                raise Cancelled()

    def close(self) -> None:
        """Close every connection (SQLite folds the WAL into the file) and release the lock."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _note_changes(dbapi_connection: sqlite3.Connection, record: ConnectionPoolEntry,
                  _proxy: object) -> None:
    record.info[TOTAL_CHANGES] = dbapi_connection.total_changes


def _changed(connection: Connection) -> bool:
    """Whether the transaction of ``connection`` changed any row."""
    changes = connection.connection.dbapi_connection.total_changes
    return changes != connection.info.get(CHANGES_AT_BEGIN, changes)


def _wrote(session: Session) -> bool:
    """Whether the transaction of ``session`` changed any row (ORM or not)."""
    return session.in_transaction() and _changed(session.connection())


class DatabaseDamaged(DatabaseCorrupt):
    """The file failed ``PRAGMA quick_check``; ``good_backup`` is the newest sound backup, if any,
    for the caller to offer restoring."""

    def __init__(self, path: Path, problems: list[str], good_backup: BackupFile | None) -> None:
        message = translate(
            "Database", "Cơ sở dữ liệu {path} bị hỏng ({problem}); tệp không bị thay đổi.").format(
                path=path, problem=problems[0] if problems else "")
        if good_backup is not None:
            message += " " + translate(
                "Database", "Bản sao lưu tốt gần nhất: {backup} ({kind}, lúc {time}). Hãy khôi "
                "phục từ bản sao này.").format(
                    backup=good_backup.path, kind=good_backup.kind.label,
                    time=local_time(good_backup.taken_at))
        else:
            message += " " + translate(
                "Database", "Không có bản sao lưu tốt nào trong {folder}; hãy khôi phục từ một bản "
                "sao đã chép ra nơi khác (ví dụ USB).").format(folder=backups_dir(path))
        super().__init__(message, details="\n".join(problems))
        self.path = path
        self.problems = problems
        self.good_backup = good_backup


def _make_engine(path: Path, *, read_only: bool, journal_mode: str = "WAL",
                 immutable: bool = False) -> Engine:
    address = uri(path) + f"?mode={'ro' if read_only else 'rwc'}" + (
        "&immutable=1" if immutable else "")
    # A pool of connections handed to one thread at a time. "sqlite://" would otherwise get the
    # pool of an in-memory database (one connection per thread, at most five, the oldest closed
    # when a sixth thread connects): worker threads reading at the same time then have their
    # connection closed under them.
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(address, uri=True, check_same_thread=False,
                                        timeout=BUSY_TIMEOUT_MS / 1000),
        poolclass=QueuePool,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # pysqlite would open transactions itself, and only before INSERT/UPDATE/DELETE: DDL and
        # reads would run outside them. SQLAlchemy's transactions are made real with "BEGIN".
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Deleted content is overwritten, not left in free pages: the personal data of a person
        # removed for good must not stay readable in the file (Debian's SQLite does this by
        # default, Windows' Python does not).
        cursor.execute("PRAGMA secure_delete = ON")
        if not read_only:
            cursor.execute(f"PRAGMA journal_mode = {journal_mode}")
            cursor.execute("PRAGMA synchronous = NORMAL" if journal_mode == "WAL"
                           else "PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # Straight on the driver's connection: every transaction, saving a form included, pays it.
        dbapi_connection = connection.connection.dbapi_connection
        dbapi_connection.execute("BEGIN")
        connection.info[CHANGES_AT_BEGIN] = dbapi_connection.total_changes

    return engine


class ReadOnlyFolder(DatabaseLocked):
    """The database sits in a folder that takes no file (a read-only drive, a protected folder,
    missing permissions): it can be read, not written (exit status 3 for a writing command)."""

    def __init__(self, path: Path) -> None:
        self.reason = translate(
            "Database", "Thư mục {folder} không cho phép ghi (ổ đĩa chỉ đọc, thư mục được bảo vệ "
            "hoặc tài khoản không có quyền ghi), nên cơ sở dữ liệu chỉ mở được để xem.").format(
                folder=path.parent)
        super().__init__(translate(
            "Database", "Không ghi được vào cơ sở dữ liệu {path}. {reason} Để nhập, sửa hay sao "
            "lưu, hãy chép tệp vào một thư mục có quyền ghi (ví dụ Tài liệu) hoặc nhờ người quản "
            "trị máy cấp quyền ghi. Không có gì bị thay đổi.").format(path=path,
                                                                      reason=self.reason))
        self.path = path


def _check_sound(path: Path, checked: Callable[[], list[str]] | None = None) -> None:
    """Raise :class:`DatabaseDamaged` when ``path`` fails SQLite's quick structural check
    (``checked``: the check already begun, data.integrity.quick_check_started)."""
    problems = checked() if checked is not None else quick_check_file(path)
    if problems:
        log.error("%s failed quick_check: %s", path, problems[:5])
        raise DatabaseDamaged(path, problems, newest_good_backup(path))


def _current_revision(connection: Connection) -> str | None:
    """The schema revision the file is at (``None``: never migrated), read without Alembic."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _migrate(database: Database, *, is_new: bool) -> None:
    with database.engine.connect() as connection:
        current = _current_revision(connection)
    if current is not None and not is_known_revision(current):
        raise DatabaseNewer(translate(
            "Database", "Cơ sở dữ liệu {path} được tạo bởi một phiên bản mới hơn của chương "
            "trình (lược đồ {revision}). Hãy cài phiên bản mới để mở tệp này.").format(
                path=database.name, revision=current))
    if current == head_revision():
        return
    if database.read_only:
        raise DatabaseNewer(translate(
            "Database", "Cơ sở dữ liệu {path} cần được nâng cấp nhưng đang mở ở chế độ chỉ đọc."
        ).format(path=database.name))
    if database.path is None:  # a server's DDL is transactional: a failed migration leaves nothing
        with database.engine.connect() as connection:
            _upgrade(database, connection)
    else:
        if not is_new:
            backup = make_backup(database.path, BackupKind.BEFORE_MIGRATION)
            log.info("backed up %s to %s before migrating from %s", database.path, backup.path,
                     current)
        _upgrade_file(database)
    log.info("migrated %s from %s to %s", database.name, current, head_revision())


def _upgrade(database: Database, connection: Connection) -> None:
    """Run the migrations to the head in one transaction of ``connection``."""
    from alembic import command

    config = alembic_config()
    with connection.begin():
        config.attributes["connection"] = connection
        config.attributes["user"] = database.user  # named in the audit entries
        command.upgrade(config, "head")
        if database.path is not None:
            _check_links(database, connection)


def _upgrade_file(database: Database) -> None:
    with database.engine.connect() as connection:
        # Batch mode rebuilds a table by copy, drop and rename. With foreign keys enforced,
        # dropping a referenced table would delete (CASCADE) or refuse (RESTRICT) the rows that
        # point at it, so they are off while migrating (SQLite ignores the pragma inside a
        # transaction) and every reference is checked before the migration is committed.
        raw = connection.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            _upgrade(database, connection)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _check_links(database: Database, connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise DatabaseCorrupt(translate(
            "Database", "Nâng cấp cơ sở dữ liệu {path} làm hỏng {count} liên kết giữa "
            "các bảng nên đã được hủy; tệp giữ nguyên như trước.").format(
                path=database.name, count=len(broken)))


def _prepare(database: Database, *, is_new: bool) -> Database:
    """Migrate ``database`` and read what it needs at opening; closed again on failure."""
    try:
        with environment_errors(database.name, database.url):
            if is_new and database.path is not None:
                with database.engine.begin() as connection:
                    connection.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
            _migrate(database, is_new=is_new)
            with database.engine.connect() as connection:
                database.units_warning = admin_units.unplaced_warning(connection)
    except BaseException:
        database.engine.dispose()
        raise
    return database


def _connect(path: Path, *, is_new: bool, read_only: bool, lock: WriterLock | None,
             immutable: bool = False) -> Database:
    """Engine, application id, migrations and reference data of a checked file."""
    location = locate(path)
    database = Database(path, _make_engine(path, read_only=read_only, immutable=immutable,
                                           journal_mode=location.journal_mode),
                        read_only, current_user(), lock, location)
    return _prepare(database, is_new=is_new)


def _server(url: URL, *, read_only: bool) -> tuple[Database, bool]:
    """A database on a server, not yet migrated, and whether it holds no table yet."""
    database = Database(None, engines.server_engine(url, read_only=read_only), read_only,
                        current_user(), url=url)
    try:
        with environment_errors(database.name, url), database.engine.connect() as connection:
            is_new = engines.is_new_server_database(connection, database.name)
    except BaseException:
        database.engine.dispose()
        raise
    return database, is_new


def _open_server(url: URL, *, create: bool, read_only: bool) -> Database:
    database, is_new = _server(url, read_only=read_only)
    if is_new and (read_only or not create):
        database.engine.dispose()
        raise engines.empty_server_database(database.name)
    return _prepare(database, is_new=is_new)


def open_database(path: Path | str | URL, *, create: bool = False, read_only: bool = False,
                  take_over: bool = False,
                  checked: Callable[[], list[str]] | None = None) -> Database:
    """Open (or, with ``create``, create) the database at ``path`` migrated to this version.

    Raises :class:`~kttt_desktop.core.errors.KtttError` subclasses for every problem the user can
    understand: missing, unreadable, foreign, newer or damaged file (:class:`DatabaseDamaged`
    names the newest good backup), or a file another program writes to
    (:class:`~kttt_desktop.data.lock.DatabaseInUse` names who; the caller may then open it with
    ``read_only=True``, or, once the user confirmed the holder is gone, with ``take_over=True``).
    A read-only database writes nothing: no lock, no migration, no reference data.
    ``path`` may be a server's URL (data.engines): an empty server database is set up only
    with ``create``. ``checked``: a file's structural check, begun earlier
    (data.integrity.quick_check_started).
    """
    if isinstance(path, URL) or engines.is_url(path):
        return _open_server(engines.server_url(path), create=create, read_only=read_only)
    path = Path(path).resolve()
    exists = path.exists()
    if not exists and not create:
        raise missing(path)
    try:
        is_new = check_ours(path) if exists else True
    except DamagedDatabase as exc:
        raise DatabaseDamaged(path, [exc.problem], newest_good_backup(path)) from exc
    if is_new and read_only:
        raise empty(path)
    if not exists:
        path.parent.mkdir(parents=True, exist_ok=True)
    immutable = exists and needs_immutable(path)
    if immutable and not read_only:
        raise ReadOnlyFolder(path)
    lock = None if read_only else WriterLock.acquire(path, user=current_user(), take_over=take_over)
    try:
        if is_new:
            path.touch()
        else:
            _check_sound(path, checked)
        database = _connect(path, is_new=is_new, read_only=read_only, lock=lock,
                            immutable=immutable)
        if immutable:
            database.read_only_reason = ReadOnlyFolder(path).reason
        return database
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def build_new_database(path: Path | str | URL,
                       build: Callable[[Database], object]) -> Path | URL:
    """Create a database at ``path`` filled by ``build``, all or nothing.

    The database is built under a temporary name and renamed into place only when ``build``
    returns, so a failure or a crash never leaves a half-built file under ``path``. The writer
    lock of ``path`` is held meanwhile, so two programs cannot build the same file. On a server
    (``path`` a URL) the database must hold no table yet; what a failed build made is removed.
    """
    if isinstance(path, URL) or engines.is_url(path):
        return _build_on_server(engines.server_url(path), build)
    path = Path(path).resolve()
    if path.exists() and path.stat().st_size > 0:
        raise InputError(translate(
            "Database", "Tệp {path} đã có; không ghi đè lên một cơ sở dữ liệu có sẵn.").format(
                path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = WriterLock.acquire(path, user=current_user())
    partial = path.with_name(path.name + ".partial")
    try:
        _remove_database_files(partial)
        partial.touch()
        database = _connect(partial, is_new=True, read_only=False, lock=None)
        try:
            build(database)
            with database.engine.begin() as connection:
                connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        finally:
            database.close()
        os.replace(partial, path)
    finally:
        _remove_database_files(partial)
        lock.release()
    return path


def _build_on_server(url: URL, build: Callable[[Database], object]) -> URL:
    database, is_new = _server(url, read_only=False)
    if not is_new:
        database.engine.dispose()
        raise InputError(translate(
            "Database", "Cơ sở dữ liệu {path} trên máy chủ đã có dữ liệu; không ghi đè lên một "
            "cơ sở dữ liệu có sẵn. Hãy dùng một cơ sở dữ liệu trống.").format(path=database.name))
    try:
        _prepare(database, is_new=True)
        build(database)
    except BaseException:
        with environment_errors(database.name, url), database.engine.begin() as connection:
            engines.drop_tables(connection)
        raise
    finally:
        database.close()
    return url


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
