"""What the subcommands share: finding and opening the database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from kttt_desktop.data.database import Database
from kttt_desktop.system.paths import default_database


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_database()


def output(args: argparse.Namespace, value: Path | str, *, inputs: Iterable[Path | str] = (),
           others: Iterable[Path | str | None] = ()) -> Path:
    """The output file named on the command line, once it is known not to be the database, one
    of its files or backups, an input, another output or a folder (data.outputs)."""
    from kttt_desktop.data.outputs import check_output

    return check_output(value, database=database_path(args), inputs=inputs,
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
