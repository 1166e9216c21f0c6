"""Cán bộ & đào tạo: a manager's positions and training records, entered on their tabs."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.ui.msgbox import Answer
from tests.ui.register_screens import (
    ORGANISATIONS,
    seed_managers,
    seed_organisations,
    store,
)
from tests.ui.register_steps import choose, listed


@pytest.fixture
def managers(main_window):
    orgs = seed_organisations(main_window.database)
    people = seed_managers(main_window.database, orgs)
    page = main_window.show_section("managers")
    return page, people


def row_of(page, name: str) -> int:
    listed(page)
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    return names.index(name)


def cell(page, name: str, key: str) -> str:
    column = [c.key for c in page.model.columns].index(key)
    return page.model.index(row_of(page, name), column).data()


def wait_done(qtbot, task) -> None:
    qtbot.waitUntil(lambda: task.is_finished, timeout=10_000)


def test_a_position_added_on_its_tab_shows_in_the_list(managers, qtbot, type_text):
    page, _people = managers
    page.view.selectRow(row_of(page, "Nguyễn Thị Ánh"))
    assert cell(page, "Nguyễn Thị Ánh", "positions") == "Chủ tịch HĐQT"
    assert page.tabs.tabText(page.tabs.indexOf(page.positions)) == "Chức vụ (1)"
    page.tabs.setCurrentWidget(page.positions)
    page.positions.new_record()
    form = page.positions.form
    choose(form.ui.position, "director")
    type_text(form.ui.starts_on, "01/01/2020")
    wait_done(qtbot, form.save())
    assert form.record_id is not None, form.form_error.text()
    # One person chairs the board and directs: both positions, in the order of the list.
    assert cell(page, "Nguyễn Thị Ánh", "positions") == "Chủ tịch HĐQT, Giám đốc"
    assert page.tabs.tabText(page.tabs.indexOf(page.positions)) == "Chức vụ (2)"


def test_a_position_ended_is_no_longer_held(managers):
    page, _people = managers
    assert cell(page, "Trần Văn Bình", "positions") == ""
    page.filter_boxes["in_post"].setCurrentIndex(page.filter_boxes["in_post"].findData(1))
    listed(page)
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert "Trần Văn Bình" not in names and len(names) == 3


def test_training_records_are_kept_per_manager(managers, qtbot, type_text):
    page, people = managers
    page.view.selectRow(row_of(page, "Phạm Thị Dung"))
    page.tabs.setCurrentWidget(page.trainings)
    assert page.trainings.isEnabled() and page.trainings.model.rowCount() == 0
    page.trainings.new_record()
    form = page.trainings.form
    type_text(form.ui.course, "Sơ cấp nghề giám đốc hợp tác xã")
    type_text(form.ui.starts_on, "10/03/2024")
    type_text(form.ui.ends_on, "10/04/2024")
    choose(form.ui.level, "so_cap")
    wait_done(qtbot, form.save())
    assert form.record_id is not None, form.form_error.text()
    assert page.trainings.model.index(0, 0).data() == "Sơ cấp nghề giám đốc hợp tác xã"
    assert page.tabs.tabText(page.tabs.indexOf(page.trainings)) == "Đào tạo (1)"
    page.view.selectRow(row_of(page, "Lê Văn Đức"))
    assert page.trainings.parent_id == people["Lê Văn Đức"]
    assert page.trainings.model.rowCount() == 0


def test_a_new_manager_gets_positions_once_saved(managers, qtbot, type_text):
    page, _people = managers
    page.new_record()
    assert not page.positions.isEnabled()  # nothing to attach a position to yet
    form = page.form
    form.ui.organisation_id.lineEdit().setFocus()
    type_text(form.ui.organisation_id.lineEdit(), "anh duong")
    form.ui.organisation_id.commit()
    type_text(form.ui.full_name, "Vi Văn Sáu")
    type_text(form.ui.birth_date, "1968")  # only the year is known
    wait_done(qtbot, form.save())
    assert form.record_id is not None, form.form_error.text()
    assert page.positions.isEnabled() and page.positions.parent_id == form.record_id
    assert cell(page, "Vi Văn Sáu", "training_level") == "Chưa qua đào tạo"
    assert cell(page, "Vi Văn Sáu", "organisation") == ORGANISATIONS[0]
    page.personal_toggle.setChecked(True)
    assert cell(page, "Vi Văn Sáu", "birth_date") == "1968"


def test_opening_a_training_record_shows_its_manager_on_that_tab(main_window, managers):
    page, people = managers
    record = store(main_window.database, "training_record", manager_id=people["Lê Văn Đức"],
                  course="Bồi dưỡng kế toán hợp tác xã", starts_on=date(2023, 5, 2))
    main_window.show_section("overview")
    assert main_window.open_record("training_record", record)
    assert main_window.current_section().key == "managers"
    assert page.form.record_id == people["Lê Văn Đức"]
    assert page.tabs.currentWidget() is page.trainings
    assert page.trainings.form.record_id == record


def test_deleting_a_manager_takes_positions_along_and_restores_them(managers, qtbot,
                                                                     msgbox_answers):
    page, people = managers
    page.view.selectRow(row_of(page, "Lê Văn Đức"))
    msgbox_answers.answer(Answer.YES)
    task = page.delete_selected()
    wait_done(qtbot, task)
    listed(page)
    assert "Lê Văn Đức" not in [page.model.index(r, 0).data()
                                for r in range(page.model.rowCount())]
    wait_done(qtbot, page.undo_delete())
    qtbot.waitUntil(lambda: page.form.record_id == people["Lê Văn Đức"])  # once listed again
    assert cell(page, "Lê Văn Đức", "positions") == "Trưởng ban kiểm soát"
