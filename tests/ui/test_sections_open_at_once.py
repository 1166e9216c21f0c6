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
