"""GUI start-up: the log, Qt, the crash hook, the settings, then the window.

The window is shown before the database is touched; the database is opened (created and migrated
when needed) in the background and the first section is filled when it is ready. Nothing heavy
(SQLAlchemy, Alembic) is imported on the way to the first paint.
"""

from __future__ import annotations

import logging
import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from kttt_desktop import __version__
from kttt_desktop.core import i18n
from kttt_desktop.data.paths import default_database
from kttt_desktop.logging_setup import setup_logging
from kttt_desktop.ui import crash, tasks
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.settings import Settings

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

ORGANISATION = "KTTT"
APPLICATION = "KTTT Desktop"
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_previous_handler = None


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)
    if _previous_handler is not None:
        _previous_handler(mode, context, message)


def route_qt_messages() -> None:
    """Send Qt's own warnings into the log (and on to whatever handler was there before)."""
    global _previous_handler
    previous = qInstallMessageHandler(_qt_message)
    if previous is not _qt_message:
        _previous_handler = previous


def create_application() -> QApplication:
    """The QApplication with the program's names, Vietnamese number and date formats, translation."""
    route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    i18n.install(QCoreApplication.translate)
    return app


def start(database: str | Path | None = None) -> MainWindow:
    """Show the main window and start opening the database (``None``: the default one)."""
    window = MainWindow(Settings())
    window.show()
    path = Path(database) if database else default_database()
    window.open_database(path, create=True)
    return window


def main(database: str | None = None) -> int:
    """What `kttt gui` runs: the window until it is closed; the exit status."""
    setup_logging()
    log.info("KTTT Desktop %s starting (Python %s, Qt for Python %s, %s)", __version__,
             platform.python_version(), pyside_version, platform.platform())
    app = create_application()
    crash.install()
    window = start(database)
    status = app.exec()
    tasks.wait_for_all()
    log.info("KTTT Desktop closed (status %s, %s)", status, window.database_path)
    return status
