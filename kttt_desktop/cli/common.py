"""What the subcommands share: finding and opening the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from kttt_desktop.data.database import Database, open_database
from kttt_desktop.data.paths import default_database


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_database()


def open_for(args: argparse.Namespace, *, write: bool) -> Database:
    """Open the database named on the command line (or the default one)."""
    return open_database(database_path(args), read_only=not write)
