"""Code fields (CCCD, tax code, phone) in the register forms: the icon beside the code agrees
with the messages of the record's rules, and a correction the rule can make is one button away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kttt_desktop.core.enums import Severity
from kttt_desktop.ui.registers.widgets import status_icon
from tests.registers_helpers import TAX_CODES, organisation
from tests.ui.register_steps import choose, enter, settled


def image(icon):
    return icon.pixmap(32, 32).toImage()


@pytest.fixture
def form(qtbot, main_window):
    organisation(main_window.database, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    screen = main_window.show_section("members")
    screen.new_record()
    settled()  # the organisations offered are read in the background
    form = screen.form
    form.ui.organisation_id.set_value(next(iter(form.organisation_kinds)))
    return form


def test_a_cccd_against_the_birth_year_shows_no_green_tick(form, type_text):
    enter(form.ui.full_name, "Nguyễn Văn Bình", type_text)
    enter(form.ui.birth_date, "12/05/2012", type_text)
    choose(form.ui.gender, "male")
    enter(form.ui.cccd, "022085123456", type_text)  # born in the 1900s by its 4th digit
    form.check_now()
    assert form.ui.cccd_error.isVisibleTo(form)
    assert "không khớp với năm sinh" in form.ui.cccd_error.text()
    action = form.ui.cccd.status_action
    assert action.isVisible()
    assert image(action.icon()) != image(status_icon(None)), "a green tick beside an error"
    assert image(action.icon()) == image(status_icon(Severity.ERROR))
    assert action.toolTip() == form.ui.cccd_error.text()

    enter(form.ui.birth_date, "12/05/1985", type_text)  # fixed: the tick comes back
    form.check_now()
    assert not form.ui.cccd_error.isVisibleTo(form)
    assert image(action.icon()) == image(status_icon(None))


def test_a_cccd_that_lost_its_leading_zero_offers_the_full_number(qtbot, form, type_text):
    enter(form.ui.full_name, "Hoàng Thị Mai", type_text)
    enter(form.ui.cccd, "22185004321", type_text)  # 11 digits: a spreadsheet dropped the 0
    form.check_now()
    button = form.suggestion_buttons["cccd"]
    assert "bỏ mất số 0" in form.ui.cccd_error.text()
    assert button.isVisibleTo(form) and button.text() == "Dùng 022185004321"
    assert image(form.ui.cccd.status_action.icon()) == image(status_icon(Severity.ERROR))

    form.ui.cccd.setFocus()
    qtbot.keyClick(form.ui.cccd, Qt.Key.Key_Tab)  # the button comes next, Enter presses it
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert form.ui.cccd.text() == "022185004321"
    assert QApplication.focusWidget() is form.ui.cccd
    form.check_now()
    assert not form.ui.cccd_error.isVisibleTo(form)
    assert not button.isVisibleTo(form)
    assert form.values()["cccd"] == "022185004321"


def test_a_tax_code_without_its_leading_zero_is_offered_with_it(main_window, type_text):
    screen = main_window.show_section("organisations")
    screen.new_record()
    form = screen.form
    enter(form.ui.code, "100109106", type_text)  # 0100109106 with its zero dropped
    form.check_now()
    button = form.suggestion_buttons["code"]
    assert button.isVisibleTo(form) and button.text() == "Dùng 0100109106"
    button.click()
    assert form.ui.code.text() == "0100109106"
    assert not button.isVisibleTo(form)
