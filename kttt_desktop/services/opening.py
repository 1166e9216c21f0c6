"""Opening an office's database: the one path the window and the `kttt` command take.

:func:`open_office` opens (and when asked creates) the database, migrates it, and reads the
office profile. For writing, the writer lock is taken; another program holding it stops the
opening (:class:`~kttt_desktop.data.lock.DatabaseInUse`), unless ``or_read_only``: then the
database opens read-only and says who writes to it, as it does in a folder that cannot be
written. The day's automatic backup is :func:`~kttt_desktop.services.backups.automatic_backup`,
called after opening (the window in the background, the command at once).

A database on a PostgreSQL server (a URL, data.engines) is opened by the same path; a file's
lock, read-only folder and creation do not apply to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from kttt_desktop.data.database import Database, ReadOnlyFolder, open_database
from kttt_desktop.data.engines import address_of
from kttt_desktop.data.lock import DatabaseInUse, LockHolder, read_holder
from kttt_desktop.services.office import OfficeProfile, load_profile


@dataclass(frozen=True)
class Opened:
    database: Database
    profile: OfficeProfile | None
    created: bool
    holder: LockHolder | None = None  # read-only: who writes to it (None: unknown)


def open_office(address: Path | str | URL, *, create: bool = False, read_only: bool = False,
                take_over: bool = False, or_read_only: bool = False,
                checked: Callable[[], list[str]] | None = None) -> Opened:
    """Open the database at ``address``, a file or a server's URL (see the module's note);
    ``take_over`` takes the writer lock from another machine the officer said is gone;
    ``checked``: its structural check, begun earlier (data.integrity.quick_check_started)."""
    path = address_of(address)
    created = create and isinstance(path, Path) and (not path.exists() or
                                                     path.stat().st_size == 0)
    try:
        database = open_database(path, create=create, read_only=read_only, take_over=take_over,
                                 checked=checked)
    except ReadOnlyFolder:  # read-only, with the reason (Database.read_only_reason)
        if not or_read_only:
            raise
        database = open_database(path, read_only=True)
    except DatabaseInUse:
        if not or_read_only or created:  # another program is creating it: nothing to read yet
            raise
        database = open_database(path, read_only=True)
    try:
        holder = read_holder(path) if database.read_only and isinstance(path, Path) else None
        return Opened(database, load_profile(database), created, holder)
    except BaseException:
        database.close()
        raise
