"""Start-up: `kttt gui` opens the window, creates the default database and asks for the office."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QLocale, QTimer, qInfo
from PySide6.QtWidgets import QApplication

from kttt_desktop import app
from kttt_desktop.core import i18n
from kttt_desktop.logging_setup import log_file, stop_logging
from kttt_desktop.system.paths import default_database
from kttt_desktop.ui import crash
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.office_profile import OfficeProfileDialog


@pytest.fixture
def restore_globals(monkeypatch):
    """main() sets process-wide things; put them back for the tests that follow."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    locale = QLocale()
    yield
    QLocale.setDefault(locale)
    i18n.install(None)
    stop_logging()


def test_main_shows_the_window_first_then_opens_a_new_default_database(qapp, restore_globals):
    seen = {}

    def watch():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            QTimer.singleShot(20, watch)
            return
        window = windows[0]
        seen.setdefault("visible_before_database", window.isVisible() and window.database is None)
        dialog = window.findChild(OfficeProfileDialog)
        if window.database is None or dialog is None:
            QTimer.singleShot(20, watch)
            return
        seen["dialog"] = dialog.isVisible()
        seen["title"] = window.windowTitle()
        seen["hook"] = sys.excepthook
        dialog.reject()
        window.close()

    QTimer.singleShot(0, watch)
    assert app.main() == 0
    assert seen == {"visible_before_database": True, "dialog": True,
                    "title": "KTTT Desktop — Quản lý kinh tế tập thể",
                    "hook": crash.handle_exception}
    assert default_database().exists()
    log = log_file().read_text(encoding="utf-8")
    assert "KTTT Desktop 0." in log and "starting" in log
    assert f"opened {default_database()}" in log
    assert QLocale().toString(1234567) == "1.234.567"  # Vietnamese grouping and decimals
    assert QLocale().toString(3.5, "f", 1) == "3,5"
    assert QLocale().monthName(2) == "tháng 2"


def test_qt_messages_go_to_the_log(qapp, caplog):
    app.route_qt_messages()
    with caplog.at_level(logging.INFO, logger="qt"):
        qInfo("Thông điệp của Qt")
    assert [(r.name, r.getMessage()) for r in caplog.records] == [("qt", "Thông điệp của Qt")]
