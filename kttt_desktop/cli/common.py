"""What the subcommands share: finding and opening the database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy.engine import URL

from kttt_desktop.data.database import Database
from kttt_desktop.data.engines import database_address, refuse_on_server
from kttt_desktop.system.paths import default_database


def database_path(args: argparse.Namespace) -> Path | URL:
    """The database named by ``--db`` (a file, or a server's URL), else by
    ``KTTT_DATABASE_URL``, else the file in the data folder."""
    return database_address(getattr(args, "db", None), default_database())


def database_file(args: argparse.Namespace, work: str) -> Path:
    """The database file, for ``work`` (backing up, restoring, checking) that is done on a file;
    for a server database, a message that the server does it."""
    address = database_path(args)
    if isinstance(address, URL):
        raise refuse_on_server(address, work)
    return address


def output(args: argparse.Namespace, value: Path | str, *, inputs: Iterable[Path | str] = (),
           others: Iterable[Path | str | None] = ()) -> Path:
    """The output file named on the command line, once it is known not to be the database, one
    of its files or backups, an input, another output or a folder (data.outputs)."""
    from kttt_desktop.data.outputs import check_output

    database = database_path(args)
    return check_output(value, database=database if isinstance(database, Path) else None,
                        inputs=inputs,
                        others=[o for o in others if o is not None])


def warn(message: str | None) -> None:
    if message:
        print(message, file=sys.stderr)


def open_for(args: argparse.Namespace, *, write: bool) -> Database:
    """Open the database named on the command line (or the default one), as the window does
    (services.opening).

    For writing, the writer lock is taken (another program holding it stops the command with
    exit status 3 and says who) and the day's automatic backup is made if there is none yet.
    A database on a network share or in a synced folder gets its warning on standard error.
    """
    from kttt_desktop.services.backups import automatic_backup
    from kttt_desktop.services.opening import open_office

    database = open_office(database_path(args), read_only=not write).database
    try:
        warn(database.warning)
        warn(database.read_only_reason)
        if write:
            automatic_backup(database)
    except BaseException:
        database.close()
        raise
    return database
