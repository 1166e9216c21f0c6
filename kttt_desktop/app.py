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
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kttt_desktop import __version__
from kttt_desktop.core import i18n
from kttt_desktop.languages import LANGUAGE_PROPERTY, SOURCE_LANGUAGE, catalogue_path
from kttt_desktop.logging_setup import setup_logging
from kttt_desktop.system.paths import default_database, resources_dir
from kttt_desktop.ui import crash, msgbox, tasks
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
ICON = "icons/kttt-desktop.png"
SMOKE_TEST_SECONDS = 60
_previous_handler = None
_translators: list[QTranslator] = []  # installed ones, kept alive here


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


def create_application(language: str = SOURCE_LANGUAGE) -> QApplication:
    """The QApplication with the program's names and icon, Vietnamese number and date formats,
    and the interface in ``language``."""
    route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / ICON)))
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    set_language(app, language)
    i18n.install(QCoreApplication.translate)
    return app


def set_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translate the interface into ``language`` from now on: the program's catalogue and Qt's own
    (standard buttons and dialogs). Widgets made before keep their text. Returns the translators
    loaded; a missing catalogue is logged and the text stays Vietnamese."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not Path(qt_folder, f"qtbase_{language}.qm").exists():
        qt_folder = str(catalogue_path(language, ".qm").parent)  # ours, e.g. qtbase_vi
    catalogues = [(f"qtbase_{language}", qt_folder)]
    if language != SOURCE_LANGUAGE:
        ours = catalogue_path(language, ".qm")
        catalogues.append((ours.name, str(ours.parent)))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
        elif name.startswith("kttt_"):
            log.warning("no catalogue %s in %s: the interface stays in Vietnamese", name, folder)
    app.setProperty(LANGUAGE_PROPERTY, language)
    log.info("interface language %s (catalogues: %s)", language,
             ", ".join(t.filePath() for t in _translators) or "none")
    return list(_translators)


def start(database: str | Path | None = None, settings: Settings | None = None) -> MainWindow:
    """Show the main window and start opening the database (``None``: the server database of
    ``KTTT_DATABASE_URL`` when it is set, else the default file)."""
    from kttt_desktop.data.addresses import named  # no SQLAlchemy before the first paint

    window = MainWindow(settings or Settings())
    window.show()
    window.open_database(named(database, default_database()), create=True)
    return window


def quit_when_ready(app: QApplication, window: MainWindow) -> msgbox.Recorder:
    """The smoke test of a build (``kttt gui --smoke-test``): no dialog waits for a click; once
    the database is open and the first section shows, the window closes and the program exits
    with status 0; with 1 when opening failed or a dialog reported an error, 2 after a minute."""
    recorder = msgbox.Recorder()
    msgbox.set_recorder(recorder)

    def finish(status: int) -> None:
        problems = recorder.texts("error") + recorder.texts("crash")
        for text in problems:
            print(text, file=sys.stderr)
        window.close()
        app.exit(1 if problems and status == 0 else status)

    window.database_opened.connect(lambda _database: QTimer.singleShot(0, lambda: finish(0)))
    window.database_failed.connect(lambda _exc: finish(1))
    QTimer.singleShot(SMOKE_TEST_SECONDS * 1000, lambda: finish(2))
    return recorder


def main(database: str | None = None, *, language: str | None = None,
         smoke_test: bool = False) -> int:
    """What `kttt gui` runs: the window until it is closed; the exit status.

    ``language``: the interface's language (default: the one chosen in the settings).
    """
    setup_logging()
    log.info("KTTT Desktop %s starting (Python %s, Qt for Python %s, %s)", __version__,
             platform.python_version(), pyside_version, platform.platform())
    settings = Settings()
    app = create_application(language or settings.language)
    crash.install()
    window = start(database, settings)
    if smoke_test:
        quit_when_ready(app, window)
    status = app.exec()
    tasks.wait_for_all()
    log.info("KTTT Desktop closed (status %s, %s)", status, window.database_path)
    return status
