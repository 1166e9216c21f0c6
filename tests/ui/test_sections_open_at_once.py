"""Every section opens at once and fills when its data arrive: its screen imports nothing heavy
(the return's openpyxl and reportlab come with the work that needs them, on a worker), and it
shows that it is busy before its data are there."""

from __future__ import annotations

import subprocess
import sys

from kttt_desktop.ui.sections import SECTIONS

HEAVY = ("openpyxl", "reportlab", "python_calamine", "kttt_desktop.services.returns.submission",
         "kttt_desktop.services.returns.consolidation")


def test_no_screen_imports_the_libraries_of_the_files_it_writes():
    factories = [s.factory for s in SECTIONS if s.factory is not None]
    assert len(factories) == len(SECTIONS)
    modules = ["kttt_desktop.ui.main_window", "kttt_desktop.ui.findings",
               "kttt_desktop.ui.returns_page", "kttt_desktop.ui.consolidation_panel",
               "kttt_desktop.ui.exchange_page", "kttt_desktop.ui.overview",
               "kttt_desktop.ui.registers.organisations", "kttt_desktop.ui.targets_page",
               "kttt_desktop.ui.backup_page", "kttt_desktop.ui.audit_page",
               "kttt_desktop.ui.settings_page"]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + f"print([m for m in {HEAVY!r} if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


def test_the_return_page_shows_it_is_busy_until_its_snapshot_arrives(qtbot, main_window):
    page = main_window.show_section("returns")
    assert page.busy and page.ui.progress.isVisible() and page.overview is None
    assert page.ui.status.text() == "Đang tính số liệu…"
    with qtbot.waitSignal(page.overview_shown, timeout=20_000):
        pass
    assert not page.busy and not page.ui.progress.isVisible()


def test_the_window_names_its_database_before_the_database_layer_is_loaded(tmp_path):
    """The first paint waits for nothing heavy: naming a file or a server's URL (its password
    hidden) imports no SQLAlchemy on the GUI thread; the worker that opens it does."""
    code = ("import sys\n"
            "from kttt_desktop import app\n"
            "from kttt_desktop.ui import tasks\n"
            "tasks.run_write = lambda *args, **kwargs: None  # the opening runs on a worker\n"
            "qt = app.create_application()\n"
            "for address in (sys.argv[1], 'postgresql://ke_toan:bi-mat@127.0.0.1:5999/tinh'):\n"
            "    window = app.start(address)\n"
            "    print(window.database_label.text())\n"
            "print('sqlalchemy' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "kttt.db")],
                          capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "",
                               "KTTT_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == 0, done.stderr[-2000:]
    file_label, server_label, loaded = done.stdout.strip().splitlines()
    assert file_label == f"Cơ sở dữ liệu: {tmp_path / 'kttt.db'}"
    assert server_label == "Cơ sở dữ liệu: postgresql://ke_toan:***@127.0.0.1:5999/tinh"
    assert loaded == "False"
