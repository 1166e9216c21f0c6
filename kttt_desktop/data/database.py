"""Opening an office's database: checks, migrations and the session factory.

Every open goes through :func:`open_database`, which refuses a file that is not a database of this
program or that a newer version wrote, copies the file before migrating it, and migrates it with
Alembic to the schema of this version.
"""

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlmodel import Session

from kttt_desktop.core.errors import (
    DatabaseNewer,
    FileUnreadable,
    InputError,
    NotOurDatabase,
)
from kttt_desktop.core.i18n import translate
from kttt_desktop.data import admin_units, audit, derived  # noqa: F401 - listeners register on import
from kttt_desktop.data.backup import copy_database
from kttt_desktop.data.errors import environment_errors
from kttt_desktop.data.paths import backups_dir

log = logging.getLogger(__name__)

APPLICATION_ID = 0x4B545454  # "KTTT", written in the header of every database we create
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment (a service account)
        return ""


@dataclass
class Database:
    """An open database: its file, its engine, and whether this process may write to it."""

    path: Path
    engine: Engine
    read_only: bool = False
    user: str = ""

    @contextmanager
    def session(self, *, reason: str = "") -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises.

        ``reason`` is written into the audit entries of the changes made in it.
        """
        with environment_errors(self.path), Session(self.engine, expire_on_commit=False) as s:
            s.info["user"] = self.user
            s.info["reason"] = reason
            try:
                yield s
                if not self.read_only:
                    s.commit()
                else:
                    s.rollback()
            except BaseException:
                s.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def _make_engine(path: Path, *, read_only: bool) -> Engine:
    uri = f"file:{path.as_posix()}?mode={'ro' if read_only else 'rwc'}"
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False,
                                        timeout=BUSY_TIMEOUT_MS / 1000),
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    return engine


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _check_file(path: Path) -> bool:
    """Whether ``path`` is an empty new file; raises when it is not a database of ours."""
    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise FileUnreadable(
            translate("Database", "Không đọc được tệp {path}: {error}").format(
                path=path, error=exc.strerror or exc)) from exc
    if not header:
        return True
    foreign = NotOurDatabase(translate(
        "Database", "Tệp {path} không phải là cơ sở dữ liệu của chương trình này. "
        "Tệp không bị thay đổi.").format(path=path))
    if header != _SQLITE_MAGIC:
        raise foreign
    # Read through SQLite, not from the header: a recent write may still sit in the WAL file.
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise foreign from exc
    if application_id != APPLICATION_ID:
        raise foreign
    return False


def _migrate(database: Database, *, is_new: bool) -> None:
    config = _alembic_config()
    script = ScriptDirectory.from_config(config)
    with database.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown revision
            raise DatabaseNewer(translate(
                "Database", "Cơ sở dữ liệu {path} được tạo bởi một phiên bản mới hơn của chương "
                "trình (lược đồ {revision}). Hãy cài phiên bản mới để mở tệp này.").format(
                    path=database.path, revision=current)) from exc
    if current == script.get_current_head():
        return
    if database.read_only:
        raise DatabaseNewer(translate(
            "Database", "Cơ sở dữ liệu {path} cần được nâng cấp nhưng đang mở ở chế độ chỉ đọc."
        ).format(path=database.path))
    if not is_new:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = backups_dir(database.path) / f"{database.path.stem}-truoc-nang-cap-{stamp}.db"
        copy_database(database.path, target)
        log.info("backed up %s to %s before migrating from %s", database.path, target, current)
    from alembic import command

    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("migrated %s from %s to %s", database.path, current, script.get_current_head())


def open_database(path: Path | str, *, create: bool = False, read_only: bool = False) -> Database:
    """Open (or, with ``create``, create) the database at ``path`` migrated to this version.

    Raises :class:`~kttt_desktop.core.errors.KtttError` subclasses for every problem the user can
    understand: missing, unreadable, foreign, newer or locked file.
    """
    path = Path(path).resolve()
    if not path.exists():
        if not create:
            raise FileUnreadable(translate(
                "Database", "Không tìm thấy cơ sở dữ liệu {path}.").format(path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    is_new = _check_file(path)
    if is_new and read_only:
        raise NotOurDatabase(translate(
            "Database", "Tệp {path} trống, không phải là cơ sở dữ liệu.").format(path=path))
    database = Database(path, _make_engine(path, read_only=read_only), read_only, current_user())
    try:
        with environment_errors(path):
            if is_new:
                with database.engine.begin() as connection:
                    connection.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
            _migrate(database, is_new=is_new)
            if not read_only:
                with database.engine.begin() as connection:
                    admin_units.ensure_loaded(connection)
    except BaseException:
        database.close()
        raise
    return database


def build_new_database(path: Path | str, build: Callable[[Database], None]) -> Path:
    """Create a database at ``path`` filled by ``build``, all or nothing.

    The database is built under a temporary name and renamed into place only when ``build``
    returns, so a failure or a crash never leaves a half-built file under ``path``.
    """
    path = Path(path).resolve()
    if path.exists() and path.stat().st_size > 0:
        raise InputError(translate(
            "Database", "Tệp {path} đã có; không ghi đè lên một cơ sở dữ liệu có sẵn.").format(
                path=path))
    partial = path.with_name(path.name + ".partial")
    _remove_database_files(partial)
    try:
        database = open_database(partial, create=True)
        try:
            build(database)
            with database.engine.begin() as connection:
                connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        finally:
            database.close()
        os.replace(partial, path)
    finally:
        _remove_database_files(partial)
    return path


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
