"""The target cards of Tổng quan wrap into a grid that fits the window: at 1366 px, with the
larger text of a Windows PC set to 125–150 %, no card is cut off and nothing scrolls sideways."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kttt_desktop.core.periods import Period
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.settings import Settings

Q3_2025 = Period.parse("2025-Q3")


@pytest.fixture(scope="module")
def province_copy(province_db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("cards") / "province.db"
    shutil.copyfile(province_db_path, path)
    return path


@pytest.fixture(params=[1.0, 1.5], ids=["font-100", "font-150"])
def larger_text(request, qapp):
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * request.param)
    qapp.setFont(bigger)
    yield request.param
    qapp.setFont(font)


def cards_page(qtbot, path, width: int, height: int):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)  # not maximised on the 800-pixel screen
    window.resize(width, height)
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.open_database(path)
    page = window.show_section("overview")
    page.set_period(Q3_2025)
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.period == Q3_2025,
                    timeout=30_000)
    qtbot.wait(50)  # the layout settles
    return window, page


def assert_cards_fit(page) -> None:
    area, grid = page.ui.cards_area, page.ui.cards
    viewport = area.viewport()
    assert len(grid.cards) >= 12
    assert not area.horizontalScrollBar().isVisible()
    assert grid.width() <= viewport.width()
    for card in grid.cards:
        right = card.mapTo(viewport, QPoint(card.width(), 0)).x()
        assert right <= viewport.width(), "a card is cut off at the right"
        assert card.width() >= card.minimumSizeHint().width(), "a card is squeezed"
    assert 1 < grid.columns < len(grid.cards)


def test_the_cards_fit_a_1366_pixel_window(qtbot, province_copy, larger_text):
    window, page = cards_page(qtbot, province_copy, 1366, 740)
    assert_cards_fit(page)
    if larger_text == 1.0:
        assert page.ui.cards.columns >= 3


def test_the_cards_follow_the_window_as_it_narrows_and_widens(qtbot, province_copy,
                                                               larger_text):
    window, page = cards_page(qtbot, province_copy, 1366, 740)
    columns = page.ui.cards.columns
    wide, card = page.ui.cards_area.viewport().width(), page.ui.cards.cards[0].width()
    window.resize(1000, 740)  # or as narrow as the section goes (larger text: it scrolls)
    qtbot.wait(100)
    assert_cards_fit(page)
    if page.ui.cards_area.viewport().width() < wide - card:
        assert page.ui.cards.columns < columns
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: page.ui.cards.columns == columns)
    QApplication.processEvents()
    assert_cards_fit(page)


def test_a_year_without_targets_says_so_under_its_heading(qtbot, main_window):
    page = main_window.show_section("overview")
    qtbot.waitUntil(lambda: page.overview is not None, timeout=30_000)
    assert not page.overview.check.targets
    heading, note = page.ui.targets_heading, page.ui.no_targets
    assert note.isVisible() and not page.ui.cards_area.isVisible()
    below = note.mapTo(page, note.rect().topLeft()).y() - heading.mapTo(
        page, heading.rect().topLeft()).y()
    assert 0 < below < 2 * heading.sizeHint().height() + 12, "the note floats far below its heading"
    assert heading.height() < 2 * heading.sizeHint().height()
