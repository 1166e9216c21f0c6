"""Shared fixtures. Qt runs offscreen; no test touches the user's real data folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest

# fixtures of the return tests (return_snapshot…), of consolidation (province_offices) and of
# the office whose current-year figures are missing (current_year_db_path)
pytest_plugins = ["tests.engine_fixtures", "tests.return_office", "tests.consolidation_offices",
                  "tests.current_year_office"]


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the data folder (database, backups, log, settings) at a fresh temporary folder."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("KTTT_DATA_DIR", str(data))
    monkeypatch.delenv("KTTT_DATABASE_URL", raising=False)  # a server named by the machine
    return data


def small_office():
    """The office profile of the small office's database (``db``)."""
    from kttt_desktop.services.office import OfficeProfile

    return OfficeProfile(
        name="Phòng Kinh tế xã Bình Liêu", province_code="22",
        area=["06838", "06841", "06856"],  # Bình Liêu, Hoành Mô, Lục Hồn (Quảng Ninh)
        superior_body="UBND XÃ BÌNH LIÊU", place_name="Bình Liêu", doc_symbol="BC-PKT",
        signer_authority="KT. TRƯỞNG PHÒNG", signer_title="PHÓ TRƯỞNG PHÒNG",
        signer_name="Hoàng Văn Thắng", preparer_name="Lý Thị Mai",
    )


@pytest.fixture(scope="session")
def _template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with a small office profile, built once and copied per test."""
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.services.office import save_profile

    path = tmp_path_factory.mktemp("template") / "office.db"
    build_new_database(path, lambda db: save_profile(db, small_office()))
    return path


@pytest.fixture
def db_path(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The small office's database: a file (a copy of ``_template_database``), or for a test
    on PostgreSQL the URL of a new server database copied from its server template."""
    if engine == "postgresql":
        template = request.getfixturevalue("_postgresql_template")
        return request.getfixturevalue("server_database")(template)  # type: ignore[return-value]
    path = tmp_path / "office.db"
    shutil.copyfile(request.getfixturevalue("_template_database"), path)
    return path


@pytest.fixture
def db(db_path: Path):
    """An open, migrated database of a small office in Quảng Ninh, empty of records."""
    from kttt_desktop.data.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def province_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The province demo database (700 HTX, 60,500 members) as on ``DEMO_TODAY``
    (tests/demo_registers.py), built once per test session.

    Shared by every test that needs a big register: open it read-only, or copy it first.
    """
    from tests.demo_registers import build_demo_on

    return build_demo_on(tmp_path_factory.mktemp("province") / "province.db", scale="province",
                         seed=1)


# Qt ------------------------------------------------------------------------------------------


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that drives Qt as ``gui``, so ``pytest -m "not gui"`` runs the rest."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def msgbox_answers():
    """Every dialog of ``kttt_desktop.ui.msgbox`` is recorded and answered at once.

    No modal dialog can block a test. Queue answers with ``msgbox_answers.answer(Answer.YES,
    path, …)``; look at ``msgbox_answers.shown`` (kind, title, text, details, answer) or
    ``msgbox_answers.texts("error")``. Background work still running is finished first, and a
    crash dialog the test did not ``take("crash")`` fails the test.
    """
    from kttt_desktop.ui import msgbox

    recorder = msgbox.Recorder()
    previous = msgbox.set_recorder(recorder)
    yield recorder
    _finish_background_work()
    msgbox.set_recorder(previous)
    crashes = recorder.take("crash")
    if crashes:
        pytest.fail("the crash dialog was shown:\n" + crashes[0].details)


def _finish_background_work() -> None:
    """Let every task started by the test return and deliver, so none leaks into the next test."""
    import sys

    tasks = sys.modules.get("kttt_desktop.ui.tasks")
    if tasks is not None:
        assert tasks.drain(), "background tasks did not deliver their outcome"


@pytest.fixture
def main_window(qtbot, db_path: Path):
    """The main window, shown, with the small office database opened (in the background)."""
    from kttt_desktop.ui.main_window import MainWindow
    from kttt_desktop.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)  # closed at the end: settings saved, database closed
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        window.open_database(db_path)
    return window


@pytest.fixture
def type_text():
    """``type_text(widget, "Lục Hồn")``: type any text, Vietnamese included, as key events.

    ``qtbot.keyClicks`` aborts the interpreter on a non-ASCII character; these key events carry
    their text instead, the way an input method delivers it.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_(widget, text: str) -> None:
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, char))

    return type_
