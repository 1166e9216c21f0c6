"""Settings: an INI file in the data folder, the window's place, the column widths of lists."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import QTableView

from kttt_desktop.system.paths import settings_file
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.settings import SETTINGS_VERSION, Settings


def test_options_have_defaults_and_persist_in_the_ini_file(qapp):
    settings = Settings()
    assert settings.last_section == "overview"
    settings.last_section = "ocop"
    settings.set_value("lists/members/page_size", 200)
    settings.sync()
    again = Settings()
    assert again.last_section == "ocop"
    assert again.value("lists/members/page_size", 100) == 200
    assert again.version == SETTINGS_VERSION
    text = settings_file().read_text(encoding="utf-8")
    assert "[window]" in text and "section=ocop" in text


def shown_window(qtbot) -> MainWindow:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_comes_back_where_it_was(qtbot):
    first = MainWindow(Settings())
    qtbot.addWidget(first)
    first.setGeometry(QRect(40, 50, 700, 480))
    first.show()
    qtbot.waitExposed(first)
    placed = first.geometry()
    first.close()

    assert shown_window(qtbot).geometry() == placed


def test_a_window_saved_on_a_screen_that_is_gone_comes_back_on_screen(qtbot):
    first = MainWindow(Settings())
    qtbot.addWidget(first)
    first.setGeometry(QRect(4000, 3000, 700, 480))  # e.g. on a second monitor, now unplugged
    first.close()

    second = shown_window(qtbot)
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.contains(second.geometry())


def test_a_first_window_fits_the_screen(qtbot):
    window = shown_window(qtbot)
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.contains(window.frameGeometry())
    assert window.width() >= available.width() * 0.8


def make_view(qtbot, columns: int) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(QStandardItemModel(3, columns, view))
    return view


def test_column_widths_of_a_list_are_kept_per_list(qtbot):
    settings = Settings()
    view = make_view(qtbot, 4)
    settings.track_header("members", view)
    view.horizontalHeader().resizeSection(1, 237)  # the user drags a column border
    view.horizontalHeader().moveSection(3, 0)

    again = make_view(qtbot, 4)
    assert Settings().restore_header("members", again)
    assert again.horizontalHeader().sectionSize(1) == 237
    assert again.horizontalHeader().logicalIndex(0) == 3

    other = make_view(qtbot, 4)
    assert not Settings().restore_header("organisations", other)  # another list
    assert other.horizontalHeader().sectionSize(1) != 237


def test_a_header_saved_for_other_columns_is_ignored(qtbot):
    settings = Settings()
    view = make_view(qtbot, 4)
    view.horizontalHeader().resizeSection(1, 237)
    settings.save_header("members", view)
    wider = make_view(qtbot, 5)
    assert not settings.restore_header("members", wider)
    assert wider.horizontalHeader().sectionSize(1) != 237
