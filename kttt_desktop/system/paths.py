"""Where the program keeps its files.

The data folder holds the database, its backups, the log and the settings. It is, in order:
``$KTTT_DATA_DIR`` when set; a ``data`` folder beside the program when a ``portable.txt`` marker
file sits next to it (offices that carry the program on a USB stick); otherwise the user's data
folder (``%LOCALAPPDATA%\\KTTT Desktop`` on Windows, ``$XDG_DATA_HOME/kttt-desktop`` elsewhere).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "kttt-desktop"
PORTABLE_MARKER = "portable.txt"


def program_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def _shipped(name: str) -> Path:
    """A folder shipped with the program: in the frozen bundle; inside the package when it is
    installed from a wheel (setup.py copies it there); else at the root of the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / name
    installed = Path(__file__).resolve().parents[1] / name
    return installed if installed.is_dir() else program_dir() / name


def resources_dir() -> Path:
    """The folder of shipped resources (fonts, icons, translations, demo name lists)."""
    return _shipped("resources")


def docs_dir() -> Path:
    """The folder of the user guide and its pictures."""
    return _shipped("docs")


def data_dir() -> Path:
    explicit = os.environ.get("KTTT_DATA_DIR")
    if explicit:
        path = Path(explicit)
    elif (program_dir() / PORTABLE_MARKER).exists():
        path = program_dir() / "data"
    elif sys.platform == "win32":
        path = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "KTTT Desktop"
    else:
        path = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / APP_DIR_NAME
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "kttt.db"


def backups_dir(database: Path) -> Path:
    """Backups sit in a folder beside the database they copy."""
    return database.parent / "backups"


def signing_key_file(database: Path) -> Path:
    """The office's private signing key sits beside its database, never inside it (so copies and
    backups of the database carry no key)."""
    return database.with_name(database.name + ".key")


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path:
    return data_dir() / "settings.ini"
