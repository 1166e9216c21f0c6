"""The program's log: a rotating file in the data folder's ``logs/``, shared by the window and the command.

Pure Python (no Qt), so that the `kttt` command sets it up the same way the window does; the window
adds the routing of Qt's own messages on top (``kttt_desktop.app``).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kttt_desktop.system.paths import logs_dir

LOG_FILE_NAME = "kttt.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"

_handler: RotatingFileHandler | None = None


def log_file() -> Path:
    return logs_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the records of every logger to the rotating log file; returns the file's path.

    Calling it again is harmless: the handler is replaced only when the data folder has changed.
    """
    global _handler
    path = log_file()
    root = logging.getLogger()
    if _handler is not None:
        if Path(_handler.baseFilename) == path.resolve():
            return path
        root.removeHandler(_handler)
        _handler.close()
    _handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                   encoding="utf-8", delay=True)
    _handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(_handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def stop_logging() -> None:
    """Detach and close the log file (tests and a clean shutdown)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
