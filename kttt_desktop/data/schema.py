"""What this version knows about database files: our mark, the schema revisions, read-only access.

Used before a file is opened through SQLAlchemy (when it is opened, backed up, listed, checked or
restored), so everything here speaks to :mod:`sqlite3` directly and never writes.
"""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from kttt_desktop.core.errors import DatabaseCorrupt, FileUnreadable, NotOurDatabase
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.os_reasons import os_reason

APPLICATION_ID = 0x4B545454  # "KTTT", written in the header of every database we create
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_BYTES = 100  # the database header; the application id is at bytes 68-71

if TYPE_CHECKING:
    from alembic.config import Config


def compared(name: str | None, type_: str, _parents: object) -> bool:
    """What Alembic compares with the models (its ``include_name``): every table and index but
    the index of names (data.name_index), which no model describes."""
    from kttt_desktop.data import name_index

    return not (type_ in ("table", "index") and name_index.belongs_to_index(name))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=]*=\s*(?:['\"]([^'\"]+)['\"]|None)\s*$",
                            re.MULTILINE)


@cache
def revisions() -> dict[str, str | None]:
    """Each migration's revision and the one it follows, read from the migration files.

    Read as text rather than through Alembic, whose import costs every start a few tenths of a
    second, when the file is almost always at the head already; a test checks that Alembic
    reads the same chain.
    """
    chain: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict((name, value) for name, value in _REVISION_LINE.findall(
            path.read_text(encoding="utf-8")))
        if "revision" in found:
            chain[found["revision"]] = found.get("down_revision") or None
    return chain


def head_revision() -> str:
    chain = revisions()
    heads = set(chain) - set(chain.values())
    assert len(heads) == 1, f"the migrations have {len(heads)} heads"
    return heads.pop()


def is_known_revision(revision: str) -> bool:
    """Whether this version has the migration ``revision`` (an unknown one: a newer program wrote it)."""
    return revision in revisions()


def uri(path: Path) -> str:
    """The ``file:`` URI of ``path``, with the characters SQLite would misread (``?``, ``#``, ``%``)
    escaped. The authority stays empty, as SQLite requires: ``file:///C:/…``, ``file:////server/
    share/…`` for a Windows share, ``file:///home/…``."""
    posix = Path(path).resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix
    return "file://" + quote(posix, safe="/:")


def folder_writable(folder: Path) -> bool:
    """Whether a file can be made in ``folder`` (tried: permissions, a read-only drive and
    Windows' protected folders all answer the same way)."""
    probe = folder / f".kttt-write-test-{secrets.token_hex(4)}"
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError:
        return False
    try:
        probe.unlink()
    except OSError:
        pass
    return True


def needs_immutable(path: Path) -> bool:
    """Whether ``path`` can only be read as an immutable file: its folder takes no new file (a
    database in WAL mode needs its ``-shm`` file beside it to be read) and no recent commit waits
    in its WAL (which the immutable mode would not see)."""
    wal = path.with_name(path.name + "-wal")
    return not folder_writable(path.parent) and not (wal.exists() and wal.stat().st_size > 0)


def read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection. ``immutable`` (for closed files: backups) takes no locks at all;
    a database in a folder that takes no file is opened so as well (:func:`needs_immutable`)."""
    if immutable:
        return sqlite3.connect(uri(path) + "?mode=ro&immutable=1", uri=True)
    connection = sqlite3.connect(uri(path) + "?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA schema_version")  # opens the file, and its -shm, now
    except sqlite3.OperationalError:
        connection.close()
        if not needs_immutable(path):
            raise
        return sqlite3.connect(uri(path) + "?mode=ro&immutable=1", uri=True)
    except BaseException:
        connection.close()
        raise
    return connection


def file_revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table: never migrated
        return None
    return row[0] if row else None


def missing(path: Path) -> FileUnreadable:
    return FileUnreadable(translate(
        "Database", "Không tìm thấy cơ sở dữ liệu {path}.").format(path=path))


def empty(path: Path) -> NotOurDatabase:
    return NotOurDatabase(translate(
        "Database", "Tệp {path} trống, không phải là cơ sở dữ liệu.").format(path=path))


def not_ours(path: Path) -> NotOurDatabase:
    return NotOurDatabase(translate(
        "Database", "Tệp {path} không phải là cơ sở dữ liệu của chương trình này. "
        "Tệp không bị thay đổi.").format(path=path))


class DamagedDatabase(DatabaseCorrupt):
    """A database of this program (its header says so) that SQLite cannot read: truncated,
    overwritten. The caller names the newest good backup."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(translate(
            "Database", "Cơ sở dữ liệu {path} bị hỏng ({problem}); tệp không bị thay đổi.").format(
                path=path, problem=problem))
        self.path = path
        self.problem = problem


def check_ours(path: Path, *, immutable: bool = False) -> bool:
    """Whether ``path`` is an empty new file; raises :class:`NotOurDatabase` when it is not a
    database of ours and :class:`DamagedDatabase` when it is one that cannot be read."""
    try:
        with path.open("rb") as f:
            header = f.read(HEADER_BYTES)
    except OSError as exc:
        raise FileUnreadable(
            translate("Database", "Không đọc được tệp {path}: {error}").format(
                path=path, error=os_reason(exc))) from exc
    if not header:
        return True
    if not header.startswith(SQLITE_MAGIC):
        raise not_ours(path)
    if len(header) < HEADER_BYTES:
        raise DamagedDatabase(path, translate("Database", "tệp bị cắt cụt, chỉ còn {size} byte")
                              .format(size=len(header)))
    # Read through SQLite, not from the header: a recent write may still sit in the WAL file.
    try:
        connection = read_only(path, immutable=immutable)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if int.from_bytes(header[68:72], "big") == APPLICATION_ID:  # ours, as its header says
            raise DamagedDatabase(path, str(exc)) from exc
        raise not_ours(path) from exc
    if application_id != APPLICATION_ID:
        raise not_ours(path)
    return False
