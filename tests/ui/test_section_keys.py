"""A section chosen with its shortcut takes the keyboard: what is typed next goes into it, never
to the navigation list, where a letter would jump to another section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    main_window.navigation.setFocus()
    return main_window


def test_typing_after_ctrl_3_searches_the_members(qtbot, window):
    qtbot.keyClick(window.navigation, Qt.Key.Key_3, CTRL)
    screen = window.page("members")
    assert window.current_section().key == "members"
    assert QApplication.focusWidget() is screen.search
    qtbot.keyClicks(QApplication.focusWidget(), "nguyen")
    assert window.current_section().key == "members"  # "n" did not jump to Nhập / Xuất
    assert screen.search.text() == "nguyen"


@pytest.mark.parametrize(("keys", "section"), [
    ((Qt.Key.Key_9, CTRL), "targets"),
    ((Qt.Key.Key_0, CTRL), "returns"),
    ((Qt.Key.Key_PageDown, CTRL), "organisations"),
])
def test_every_section_reached_by_key_takes_the_focus(qtbot, window, keys, section):
    qtbot.keyClick(window.navigation, *keys)
    assert window.current_section().key == section
    focused = QApplication.focusWidget()
    assert focused is not None and window.page(section).isAncestorOf(focused)


def test_the_section_shown_takes_the_focus_again_on_its_shortcut(qtbot, window):
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, CTRL)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, CTRL)
    assert QApplication.focusWidget() is window.page("organisations").search
