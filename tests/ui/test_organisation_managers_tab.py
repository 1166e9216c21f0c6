"""The organisation's Cán bộ tab: a manager's positions and training entered without leaving
the organisation (the same tabs as in Cán bộ & đào tạo)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kttt_desktop.services.registers.records import load_record
from kttt_desktop.ui.msgbox import Answer
from tests.ui.register_screens import ORGANISATIONS, seed_managers, seed_organisations
from tests.ui.register_steps import choose


@pytest.fixture
def managers_tab(qtbot, main_window):
    """Hợp tác xã Ánh Dương (chaired by Nguyễn Thị Ánh) on its Cán bộ tab."""
    db = main_window.database
    orgs = seed_organisations(db)
    people = seed_managers(db, orgs)
    screen = main_window.show_section("organisations")
    screen.show_record(orgs[ORGANISATIONS[0]])
    screen.tabs.setCurrentWidget(screen.managers)
    panel = screen.managers
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.view.selectRow(0)
    qtbot.waitUntil(lambda: panel.form.record_id == people["Nguyễn Thị Ánh"])
    return screen, panel, people


def wait_saved(qtbot, form) -> None:
    with qtbot.waitSignal(form.saved, timeout=10_000):
        task = form.save()
        assert task is not None, form.form_error.text()


def column_text(panel, key: str, row: int = 0) -> str:
    column = [c.key for c in panel.model.columns].index(key)
    return panel.model.index(row, column).data()


def test_a_position_is_added_from_the_organisation(qtbot, main_window, managers_tab, type_text):
    screen, panel, people = managers_tab
    details = panel.detail
    assert details.tabText(details.indexOf(details.positions)) == "Chức vụ (1)"
    details.setCurrentWidget(details.positions)
    details.positions.view.setFocus()
    qtbot.keyClick(details.positions.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = details.positions.form
    assert form.editing and form.record_id is None
    choose(form.ui.position, "director")
    type_text(form.ui.starts_on, "01/01/2024")
    wait_saved(qtbot, form)

    stored = load_record(main_window.database, "manager_position", form.record_id)
    assert stored["manager_id"] == people["Nguyễn Thị Ánh"]
    assert stored["position"] == "director" and stored["starts_on"] == date(2024, 1, 1)
    assert details.tabText(details.indexOf(details.positions)) == "Chức vụ (2)"
    qtbot.waitUntil(lambda: column_text(panel, "positions") == "Chủ tịch HĐQT, Giám đốc")
    assert screen.tabs.currentWidget() is panel  # still on the organisation


def test_a_position_is_corrected_from_the_organisation(qtbot, main_window, managers_tab):
    _screen, panel, _people = managers_tab
    details = panel.detail
    details.setCurrentWidget(details.positions)
    positions = details.positions
    positions.view.selectRow(0)
    qtbot.waitUntil(lambda: positions.form.record_id is not None)
    choose(positions.form.ui.position, "director")
    wait_saved(qtbot, positions.form)
    assert load_record(main_window.database, "manager_position",
                       positions.form.record_id)["position"] == "director"
    qtbot.waitUntil(lambda: column_text(panel, "positions") == "Giám đốc")


def test_a_training_course_is_added_from_the_organisation(qtbot, main_window, managers_tab,
                                                         type_text):
    _screen, panel, people = managers_tab
    details = panel.detail
    details.setCurrentWidget(details.trainings)
    details.trainings.new_record()
    form = details.trainings.form
    assert QApplication.focusWidget() is form.ui.course
    type_text(form.ui.course, "Bồi dưỡng quản lý hợp tác xã")
    type_text(form.ui.starts_on, "10/03/2024")
    choose(form.ui.level, "so_cap")
    wait_saved(qtbot, form)
    stored = load_record(main_window.database, "training_record", form.record_id)
    assert stored["manager_id"] == people["Nguyễn Thị Ánh"]
    assert stored["course"] == "Bồi dưỡng quản lý hợp tác xã"
    assert details.tabText(details.indexOf(details.trainings)) == "Đào tạo (1)"


def test_an_unsaved_position_is_not_lost_when_leaving_the_manager(qtbot, managers_tab,
                                                                  msgbox_answers, type_text):
    screen, panel, _people = managers_tab
    details = panel.detail
    details.setCurrentWidget(details.positions)
    details.positions.new_record()
    choose(details.positions.form.ui.position, "director")
    type_text(details.positions.form.ui.starts_on, "01/01/2024")
    msgbox_answers.answer(Answer.CANCEL)
    screen.tabs.setCurrentIndex(0)
    screen.new_record()  # another organisation: the position typed is asked about first
    assert msgbox_answers.texts("question")
    assert details.positions.form.is_dirty()
