"""Thành viên: every member of every organisation, and the member form with its rules."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kttt_desktop.data.models import AuditEntry
from kttt_desktop.services.registers.records import load_record
from kttt_desktop.ui.msgbox import Answer
from tests.registers_helpers import HOANH_MO, LUC_HON, TAX_CODES, member, organisation
from tests.ui.register_steps import (
    choose,
    enter,
    press,
    rows,
    save,
    search,
    select_row,
    wait_for_warnings,
    wait_idle,
)


@pytest.fixture
def register(main_window):
    db = main_window.database
    dong_tam = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    khe_van = organisation(db, "Tổ hợp tác Khe Vằn", kind="tht", commune=HOANH_MO)
    union = organisation(db, "Liên hiệp hợp tác xã Lục Hồn", kind="lhhtx", code=TAX_CODES[1],
                         commune=LUC_HON)
    member(db, dong_tam, "Nguyễn Văn An", cccd="022080123456", gender="male",
           birth_date=date(1980, 4, 2), phone="0912345678", ethnicity="Tày")
    member(db, dong_tam, "Đặng Thị Ánh", birth_year=1972, left_on=date(2023, 5, 1))
    member(db, khe_van, "Lò Văn Đông", birth_year=1966, member_kind="official")
    member(db, dong_tam, "Vi Thị Hoà", birth_year=1990, member_kind="associate",
           capital_contribution=0)
    return {"dong_tam": dong_tam, "khe_van": khe_van, "union": union}


@pytest.fixture
def screen(main_window, register):
    return main_window.show_section("members")


def test_members_are_listed_by_given_name_with_personal_data_masked(screen):
    assert rows(screen) == ["Nguyễn Văn An", "Đặng Thị Ánh", "Lò Văn Đông", "Vi Thị Hoà"]
    assert screen.count_label.text() == "4 thành viên"
    first = [screen.model.index(0, c).data() for c in range(7)]
    assert first == ["Nguyễn Văn An", "**/**/1980", "Nam", "***", "********3456", "******5678",
                     "Hợp tác xã Đồng Tâm"]
    screen.personal_toggle.click()
    assert screen.model.index(0, 4).data() == "022080123456"
    assert screen.model.index(0, 1).data() == "02/04/1980"
    assert screen.model.index(0, 3).data() == "Tày"


def test_search_by_name_without_accents_or_by_cccd(qtbot, screen, type_text):
    search(qtbot, screen, "dang thi anh", type_text)
    assert rows(screen) == ["Đặng Thị Ánh"]
    search(qtbot, screen, "123456", type_text)
    assert rows(screen) == ["Nguyễn Văn An"]
    search(qtbot, screen, "van", type_text)
    assert rows(screen) == ["Nguyễn Văn An", "Lò Văn Đông"]
    assert screen.count_label.text() == "2 thành viên"


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("org_kind", "tht", ["Lò Văn Đông"]),
    ("commune_code", HOANH_MO, ["Lò Văn Đông"]),
    ("member_kind", "associate", ["Vi Thị Hoà"]),
    ("status", "left", ["Đặng Thị Ánh"]),
    ("status", "current", ["Nguyễn Văn An", "Lò Văn Đông", "Vi Thị Hoà"]),
])
def test_filters(screen, key, value, expected):
    box = screen.filter_boxes[key]
    box.setCurrentIndex(box.findData(value))
    assert rows(screen) == expected


def test_a_member_is_entered_with_the_organisation_found_by_typing(qtbot, screen, type_text):
    form = screen.form
    press(qtbot, screen.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.editing and form.ui.organisation_id.hasFocus()
    enter(form.ui.organisation_id, "khe van", type_text)
    enter(form.ui.full_name, "Hà Thị Mỷ", type_text)
    enter(form.ui.birth_date, "03/09/1988", type_text)
    choose(form.ui.gender, "female")
    enter(form.ui.cccd, "022188765432", type_text)
    enter(form.ui.joined_on, "10/10/2020", type_text)
    save(qtbot, form)
    stored = load_record(screen.database, "member", form.record_id)
    assert (stored["organisation_id"], stored["birth_date"], stored["birth_year"],
            stored["gender"]) == (2, date(1988, 9, 3), 1988, "female")
    assert "Hà Thị Mỷ" in rows(screen) and screen.count_label.text() == "5 thành viên"


def test_the_member_rules_show_beside_the_fields(qtbot, screen, type_text):
    form = screen.form
    select_row(qtbot, screen, "Nguyễn Văn An")
    enter(form.ui.birth_date, "02/04/2000", type_text)  # 15 at joining; the CCCD says 1980
    form.check_now()
    assert "chưa đủ 18 tuổi" in form.ui.birth_date_error.text()
    assert "không khớp với năm sinh" in form.ui.cccd_error.text()
    choose(form.ui.member_kind, "associate")
    assert not form.ui.official_subtype.isEnabled()
    assert form.ui.official_subtype.value() is None
    form.save()
    wait_idle(qtbot, form)
    assert load_record(screen.database, "member", form.record_id)["birth_year"] == 1980
    form.revert()
    assert form.ui.birth_date.text() == "02/04/1980"


def test_a_warning_is_saved_with_the_reason_given(qtbot, screen, type_text):
    form = screen.form
    select_row(qtbot, screen, "Nguyễn Văn An")
    enter(form.ui.joined_on, "02/01/2010", type_text)  # before the HTX was founded (2015)
    form.save()
    dialog = wait_for_warnings(qtbot, form)
    assert "sớm hơn ngày thành lập" in dialog.warnings.text()
    dialog.reason.setText("Thành viên từ thời còn là tổ hợp tác")
    with qtbot.waitSignal(form.saved, timeout=5000):
        dialog.save_button.click()
    with screen.database.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.field == "joined_on")).one()
    assert entry.reason == "Thành viên từ thời còn là tổ hợp tác"


def test_the_same_cccd_elsewhere_is_a_warning_that_opens_the_other_member(
        qtbot, screen, type_text, msgbox_answers):
    form = screen.form
    screen.new_record()
    enter(form.ui.organisation_id, "khe van", type_text)
    enter(form.ui.full_name, "Nguyễn Văn An", type_text)
    enter(form.ui.cccd, "022080123456", type_text)
    form.check_now()
    assert form.banner.isVisible()
    button = form.banner.findChild(type(form.save_button), "open_duplicate")
    msgbox_answers.answer(Answer.NO)
    button.click()
    qtbot.waitUntil(lambda: form.record_id == 1, timeout=3000)
    assert form.ui.organisation_id.currentText().startswith("Hợp tác xã Đồng Tâm")


def test_delete_and_undo_with_the_keyboard(qtbot, screen, msgbox_answers):
    select_row(qtbot, screen, "Lò Văn Đông")
    msgbox_answers.answer(Answer.YES)
    with qtbot.waitSignal(screen.form.deleted, timeout=5000):
        press(qtbot, screen.view, Qt.Key.Key_Delete)
    assert "Lò Văn Đông" not in rows(screen) and screen.count_label.text() == "3 thành viên"
    assert screen.undo_button.isEnabled()
    with qtbot.waitSignal(screen.form.shown, timeout=5000):
        press(qtbot, screen.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Lò Văn Đông" in rows(screen) and screen.form.title.text() == "Lò Văn Đông"


def test_delete_in_a_field_edits_text_and_deletes_nothing(qtbot, screen, msgbox_answers):
    form = screen.form
    select_row(qtbot, screen, "Lò Văn Đông")
    form.ui.full_name.setFocus()
    form.ui.full_name.setCursorPosition(0)
    press(qtbot, form.ui.full_name, Qt.Key.Key_Delete)
    assert form.ui.full_name.text() == "ò Văn Đông"
    assert msgbox_answers.shown == []
    press(qtbot, form.ui.full_name, Qt.Key.Key_Escape)  # Esc: drop the change, after asking
    assert msgbox_answers.texts("question") == ["Bỏ các thay đổi chưa lưu?"]


def test_a_union_member_is_one_of_its_htx(qtbot, screen, type_text):
    form = screen.form
    screen.new_record()
    assert not form.ui.member_organisation_id.isVisible()
    enter(form.ui.organisation_id, "lien hiep", type_text)
    assert form.ui.member_organisation_id.isVisible()
    choose(form.ui.member_type, "legal_person")
    enter(form.ui.full_name, "Hợp tác xã Đồng Tâm", type_text)
    enter(form.ui.joined_on, "01/06/2021", type_text)
    form.save()
    wait_idle(qtbot, form)
    assert "hãy chọn hợp tác xã thành viên" in form.ui.member_organisation_id_error.text()
    enter(form.ui.member_organisation_id, "dong tam", type_text)
    save(qtbot, form)
    assert load_record(screen.database, "member", form.record_id)["member_organisation_id"] == 1


def test_leaving_the_section_with_unsaved_changes_asks(qtbot, screen, type_text, main_window,
                                                       msgbox_answers):
    form = screen.form
    select_row(qtbot, screen, "Vi Thị Hoà")
    enter(form.ui.address, "Bản Pắc Pò", type_text)
    msgbox_answers.answer(Answer.YES)
    with qtbot.waitSignal(form.saved, timeout=5000):
        main_window.show_section("organisations")
    qtbot.waitUntil(lambda: main_window.current_section().key == "organisations", timeout=3000)
    assert load_record(screen.database, "member", 4)["address"] == "Bản Pắc Pò"
    # The window opens a member in this section, from anywhere.
    assert main_window.open_record("member", 3)
    assert main_window.current_section().key == "members" and form.record_id == 3


def test_an_organisation_added_meanwhile_can_be_chosen(qtbot, screen, main_window, type_text):
    main_window.show_section("organisations")
    organisation(main_window.database, "Hợp tác xã Chè Hoành Mô", code=TAX_CODES[2],
                 commune=HOANH_MO)
    main_window.show_section("members")
    screen.new_record()
    enter(screen.form.ui.organisation_id, "che hoanh", type_text)
    assert screen.form.ui.organisation_id.currentText() == "Hợp tác xã Chè Hoành Mô – Xã Hoành Mô"


def test_the_history_of_a_member_is_one_button_away(qtbot, screen, type_text):
    form = screen.form
    select_row(qtbot, screen, "Nguyễn Văn An")
    enter(form.ui.phone, "0987654321", type_text)
    save(qtbot, form)
    dialog = form.show_history()
    changes = dialog.view.model.rows
    assert [(c.action_label, c.field_label, c.old, c.new) for c in changes] == [
        ("Sửa", "Điện thoại", "0912345678", "0987654321"), ("Thêm", "", "", changes[1].new)]
    assert "Họ và tên: Nguyễn Văn An" in changes[1].new
    assert dialog.windowTitle() == "Lịch sử thay đổi: Nguyễn Văn An"
    dialog.close()
    screen.new_record()
    assert not form.history_button.isEnabled()


def test_the_member_form_shows_and_saves_the_ethnicity(qtbot, screen, type_text):
    select_row(qtbot, screen, "Nguyễn Văn An")
    form = screen.form
    assert form.ui.ethnicity.text() == "Tày"
    enter(form.ui.ethnicity, "Nùng", type_text)
    save(qtbot, form)
    assert load_record(form.database, "member", form.record_id)["ethnicity"] == "Nùng"
