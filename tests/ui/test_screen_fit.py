"""Windows fit the screen they open on (1366×768 is the usual office screen; the test screen is
800×800): the print preview and the guide with their buttons in sight, the main window
maximised on a small screen the first time."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter

from kttt_desktop.ui.guide import GuideWindow
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.pdf_preview import PdfPreview
from kttt_desktop.ui.screen_fit import fitted_size, is_small_screen
from kttt_desktop.ui.settings import Settings

OFFICE_SCREEN = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar


@pytest.mark.parametrize(("wanted", "fits"), [
    (QSize(820, 900), QSize(820, 680)),  # the print preview
    (QSize(980, 760), QSize(980, 680)),  # the guide
    (QSize(1000, 620), QSize(1000, 620)),
    (QSize(1600, 1000), QSize(1350, 680)),
])
def test_a_window_is_given_what_the_office_screen_holds(wanted, fits):
    assert fitted_size(wanted, OFFICE_SCREEN) == fits


def test_small_screens_are_told_apart():
    assert is_small_screen(OFFICE_SCREEN)
    assert is_small_screen(QRect(0, 0, 1280, 984))
    assert not is_small_screen(QRect(0, 0, 1920, 1040))
    assert not is_small_screen(QRect(0, 0, 1600, 860))


def on_screen(widget) -> bool:
    area = QGuiApplication.primaryScreen().availableGeometry()
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return area.contains(QRect(top_left, widget.size()))


@pytest.fixture
def pdf(tmp_path):
    path = tmp_path / "bao-cao.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Báo cáo")
    writer.newPage()
    painter.drawText(100, 100, "Trang 2")
    painter.end()
    return path


def test_the_print_preview_and_its_buttons_fit_the_screen(qtbot, pdf):
    preview = PdfPreview(pdf, "Xem trước")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert preview.height() <= area.height() and preview.width() <= area.width()
    assert on_screen(preview)
    assert on_screen(preview.print_button) and on_screen(preview.findChild(type(
        preview.print_button), "close"))
    assert preview.pages.text() == "2 trang"


def test_the_guide_fits_the_screen(qtbot):
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    assert on_screen(guide)


def test_the_first_window_on_a_small_screen_is_maximised(qtbot):
    assert is_small_screen(QGuiApplication.primaryScreen().availableGeometry())
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.close()

    again = MainWindow(Settings())  # the officer's choice is kept from then on
    qtbot.addWidget(again)
    assert again.windowState() & Qt.WindowState.WindowMaximized


# 1366×768 at 125 % scaling: 1093×614 logical pixels, less a 48-pixel taskbar and a 30-pixel title.
SCALED_OFFICE_WINDOW = QSize(1093, 614 - 48 - 30)


def reachable(area, page) -> bool:
    """All of ``page`` can be scrolled into ``area``'s sight."""
    return (page.minimumSizeHint().height()
            <= area.viewport().height() + area.verticalScrollBar().maximum())


def test_every_section_fits_a_1366_screen_at_125_percent_without_scrolling_sideways(
        main_window, qtbot):
    main_window.resize(SCALED_OFFICE_WINDOW)
    for section in main_window.sections:
        page = main_window.show_section(section.key)
        qtbot.waitUntil(lambda: main_window.size() == SCALED_OFFICE_WINDOW, timeout=2_000)
        room = main_window.stack_area.viewport().size()
        assert page.minimumSizeHint().width() <= room.width(), section.key
        assert not main_window.stack_area.horizontalScrollBar().isVisible(), section.key
        # What is taller than the room scrolls: every field can be reached.
        qtbot.waitUntil(partial(reachable, main_window.stack_area, page), timeout=2_000)
    hint = main_window.minimumSizeHint()
    assert hint.width() <= SCALED_OFFICE_WINDOW.width()
    assert hint.height() <= SCALED_OFFICE_WINDOW.height()
