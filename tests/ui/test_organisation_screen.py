"""Tổ chức: the list of organisations and the hub of an organisation's records."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kttt_desktop.data.models import AuditEntry
from kttt_desktop.services.registers.records import load_record, save_record
from kttt_desktop.ui.msgbox import Answer
from kttt_desktop.ui.registers.dialogs import ShortcutsDialog, TrashDialog
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
    ids = {
        "dong_tam": organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0]),
        "duong": organisation(db, "Hợp tác xã Dương Tiến", code=TAX_CODES[1], commune=LUC_HON),
        "an_phu": organisation(db, "Hợp tác xã An Phú", code=TAX_CODES[2], commune=HOANH_MO,
                               dissolved_on=date(2024, 1, 1)),
        "khe_van": organisation(db, "Tổ hợp tác Khe Vằn", kind="tht", commune=HOANH_MO),
    }
    member(db, ids["dong_tam"], "Nguyễn Văn An", cccd="022080123456", gender="male",
           birth_date=date(1980, 4, 2))
    member(db, ids["dong_tam"], "Lò Thị Bình", birth_year=1975)
    # The group keeps no member list: it declares 12 members, then 15.
    for year, declared in ((2024, 12), (2025, 15)):
        save_record(db, "yearly_figures", {"organisation_id": ids["khe_van"], "year": year,
                                           "declared_members": declared})
    return ids


@pytest.fixture
def screen(main_window, register):
    return main_window.show_section("organisations")


def test_the_list_is_in_vietnamese_order_with_its_count_and_member_numbers(screen):
    assert rows(screen) == ["Hợp tác xã An Phú", "Hợp tác xã Dương Tiến",
                            "Hợp tác xã Đồng Tâm", "Tổ hợp tác Khe Vằn"]
    assert screen.count_label.text() == "4 tổ chức"
    members = [c.key for c in screen.model.columns].index("members")
    # A number only declared says so (the latest declaration up to this year).
    assert rows(screen, members) == ["0", "0", "2", "15 (kê khai)"]
    status = [c.key for c in screen.model.columns].index("status")
    assert rows(screen, status)[0] == "Đã giải thể"


def test_search_ignores_accents_and_filters_narrow_the_list(qtbot, screen, type_text):
    search(qtbot, screen, "dong tam", type_text)
    assert rows(screen) == ["Hợp tác xã Đồng Tâm"]
    assert screen.count_label.text() == "1 tổ chức"
    search(qtbot, screen, "", type_text)
    screen.filter_boxes["kind"].setCurrentIndex(screen.filter_boxes["kind"].findData("tht"))
    assert rows(screen) == ["Tổ hợp tác Khe Vằn"]
    screen.filter_boxes["kind"].setCurrentIndex(0)
    screen.filter_boxes["status"].setCurrentIndex(
        screen.filter_boxes["status"].findData("dissolved"))
    assert rows(screen) == ["Hợp tác xã An Phú"]
    screen.filter_boxes["status"].setCurrentIndex(0)
    screen.filter_boxes["commune_code"].setCurrentIndex(
        screen.filter_boxes["commune_code"].findData(LUC_HON))
    assert rows(screen) == ["Hợp tác xã Dương Tiến"]


def test_a_new_organisation_is_typed_in_saved_and_listed(qtbot, screen, type_text):
    form = screen.form
    screen.new_button.click()
    assert form.editing and form.record_id is None
    choose(form.ui.kind, "htx")
    enter(form.ui.name, "Hợp tác xã Chè Lục Hồn", type_text)
    enter(form.ui.code, TAX_CODES[3], type_text)
    assert form.ui.code.status is None  # the check digit is right
    enter(form.ui.commune_code, "luc hon", type_text)
    choose(form.ui.sector, "agriculture")
    enter(form.ui.established_on, "12/03/2019", type_text)
    enter(form.ui.charter_capital, "500", type_text)  # million đồng
    assert form.ui.charter_capital.text() == "500"
    save(qtbot, form)
    stored = load_record(screen.database, "organisation", form.record_id)
    assert (stored["name"], stored["commune_code"], stored["charter_capital"]) == (
        "Hợp tác xã Chè Lục Hồn", LUC_HON, 500_000_000)
    assert "Hợp tác xã Chè Lục Hồn" in rows(screen)
    assert screen.count_label.text() == "5 tổ chức"
    assert screen.model.record_id(screen.view.currentIndex().row()) == form.record_id
    assert screen.record_heading.text() == "Hợp tác xã Chè Lục Hồn"


def test_errors_are_shown_beside_their_fields_and_block_the_save(qtbot, screen, type_text,
                                                                 msgbox_answers):
    form = screen.form
    select_row(qtbot, screen, "Hợp tác xã Đồng Tâm")
    enter(form.ui.code, "5701000015", type_text)
    form.ui.name.clear()
    assert form.ui.code.status.value == "error"  # the field says so at once
    form.save()
    wait_idle(qtbot, form)
    assert form.ui.name_error.isVisible() and "Chưa nhập tên" in form.ui.name_error.text()
    assert "chữ số kiểm tra sai" in form.ui.code_error.text()
    assert form.ui.name.hasFocus()
    assert load_record(screen.database, "organisation", form.record_id)["code"] == TAX_CODES[0]
    # The messages follow the typing.
    enter(form.ui.name, "Hợp tác xã Đồng Tâm", type_text)
    form.check_now()
    assert not form.ui.name_error.isVisible()
    form.cancel_button.click()  # Esc would do the same
    assert msgbox_answers.texts("question") == ["Bỏ các thay đổi chưa lưu?"]


def test_a_warning_is_accepted_with_a_reason_written_into_the_log(qtbot, screen, type_text):
    form = screen.form
    select_row(qtbot, screen, "Hợp tác xã Dương Tiến")
    enter(form.ui.name, "HTX Dương Tiến", type_text)
    form.save()
    dialog = wait_for_warnings(qtbot, form)
    assert "bắt đầu bằng “Hợp tác xã”" in dialog.warnings.text()
    assert not dialog.save_button.isEnabled()  # a reason is required
    type_text(dialog.reason, "Tên theo giấy chứng nhận đăng ký")
    with qtbot.waitSignal(form.saved, timeout=5000):
        press(qtbot, dialog.reason, Qt.Key.Key_Return)
    with screen.database.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.field == "name")).one()
    assert (entry.new_value, entry.reason) == ("HTX Dương Tiến", "Tên theo giấy chứng nhận đăng ký")


def test_deleting_goes_to_the_trash_and_ctrl_z_brings_it_back(qtbot, screen, msgbox_answers,
                                                              register):
    select_row(qtbot, screen, "Hợp tác xã Đồng Tâm")
    msgbox_answers.answer(Answer.YES)
    with qtbot.waitSignal(screen.form.deleted, timeout=5000):
        press(qtbot, screen.view, Qt.Key.Key_Delete)
    assert "Hợp tác xã Đồng Tâm" not in rows(screen)
    assert "chuyển vào thùng rác" in msgbox_answers.texts("question")[0]
    assert load_record(screen.database, "member", 1) is None  # its members went with it
    with qtbot.waitSignal(screen.form.shown, timeout=5000):
        press(qtbot, screen.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Hợp tác xã Đồng Tâm" in rows(screen)
    assert screen.form.record_id == register["dong_tam"]
    assert load_record(screen.database, "member", 1)["full_name"] == "Nguyễn Văn An"


def test_the_trash_dialog_restores_and_purges(qtbot, screen, msgbox_answers):
    for name in ("Hợp tác xã An Phú", "Tổ hợp tác Khe Vằn"):
        select_row(qtbot, screen, name)
        msgbox_answers.answer(Answer.YES)
        with qtbot.waitSignal(screen.form.deleted, timeout=5000):
            screen.form.delete_button.click()
    dialog = screen.show_trash()
    assert isinstance(dialog, TrashDialog)
    assert [dialog.model.index(r, 3).data() for r in range(2)] == [
        "Tổ hợp tác Khe Vằn", "Hợp tác xã An Phú"]  # the latest first
    with qtbot.waitSignal(dialog.restored, timeout=5000):
        dialog.restore_button.click()
    assert "Tổ hợp tác Khe Vằn" in rows(screen)
    msgbox_answers.answer(Answer.YES)
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5000)
    assert not dialog.restore_button.isEnabled()
    dialog.close()


def test_unsaved_changes_are_not_lost_by_moving_to_another_record(qtbot, screen, type_text,
                                                                  msgbox_answers, main_window):
    form = screen.form
    select_row(qtbot, screen, "Hợp tác xã Đồng Tâm")
    enter(form.ui.address, "Thôn Khe Vằn", type_text)
    # Cancel: the officer stays on the record, with the typing.
    msgbox_answers.answer(Answer.CANCEL)
    screen.view.selectRow(rows(screen).index("Hợp tác xã An Phú"))
    assert form.title.text() == "Hợp tác xã Đồng Tâm" and form.ui.address.text() == "Thôn Khe Vằn"
    assert "có thay đổi chưa lưu" in msgbox_answers.texts("question")[-1]
    # Another section: asked too; cancelled, the section stays.
    msgbox_answers.answer(Answer.CANCEL)
    main_window.show_section("members")
    assert main_window.current_section().key == "organisations"
    # Yes: saved first, then the other record is shown.
    msgbox_answers.answer(Answer.YES)
    with qtbot.waitSignal(form.saved, timeout=5000):
        screen.view.selectRow(rows(screen).index("Hợp tác xã An Phú"))
    qtbot.waitUntil(lambda: form.title.text() == "Hợp tác xã An Phú", timeout=5000)
    assert load_record(screen.database, "organisation", 1)["address"] == "Thôn Khe Vằn"
    # No: the changes are dropped.
    enter(form.ui.address, "Bản Sú", type_text)
    msgbox_answers.answer(Answer.NO)
    select_row(qtbot, screen, "Tổ hợp tác Khe Vằn")
    assert load_record(screen.database, "organisation", 3)["address"] == ""


def test_the_commune_is_typed_by_its_name_before_the_reform(qtbot, screen, type_text):
    form = screen.form
    screen.new_button.click()
    choose(form.ui.kind, "tht")
    enter(form.ui.name, "Tổ hợp tác Chè Đồng Tâm", type_text)
    enter(form.ui.commune_code, "xã Đồng Tâm, huyện Bình Liêu", type_text)
    assert form.ui.commune_code.currentText() == "Xã Lục Hồn"
    choose(form.ui.sector, "agriculture")
    enter(form.ui.established_on, "12/03/2019", type_text)
    save(qtbot, form)
    assert load_record(screen.database, "organisation", form.record_id)["commune_code"] == LUC_HON


def test_a_split_old_commune_blocks_the_save_and_names_the_candidates(qtbot, screen, type_text):
    form = screen.form
    screen.new_button.click()
    choose(form.ui.kind, "tht")
    enter(form.ui.name, "Tổ hợp tác Vô Ngại", type_text)
    enter(form.ui.commune_code, "xã Vô Ngại", type_text)
    form.save()
    message = form.findChild(type(form.title), "commune_code_error")
    assert message.isVisible()
    assert "đã được chia vào 2 xã, phường: Xã Bình Liêu (mã 06838), Xã Tiên Yên (mã 06862)" in \
        message.text()
    assert form.record_id is None


def test_a_near_duplicate_name_offers_to_open_the_existing_record(qtbot, screen, type_text,
                                                                  msgbox_answers):
    form = screen.form
    screen.new_record()
    enter(form.ui.name, "HTX Đồng Tâm", type_text)
    enter(form.ui.commune_code, "binh lieu", type_text)
    form.check_now()
    assert form.banner.isVisible()
    message = form.banner.findChild(type(form.title), "duplicate_message")
    assert message.text() == "Cùng xã đã có tổ chức tên rất giống: Hợp tác xã Đồng Tâm."
    button = form.banner.findChild(type(form.save_button), "open_duplicate")
    msgbox_answers.answer(Answer.NO)  # the new record typed so far is dropped
    button.click()
    qtbot.waitUntil(lambda: form.title.text() == "Hợp tác xã Đồng Tâm", timeout=3000)
    assert not form.banner.isVisible()
    assert rows(screen)[screen.view.currentIndex().row()] == "Hợp tác xã Đồng Tâm"


def test_the_hub_tabs_show_the_records_of_the_organisation(qtbot, screen, type_text):
    select_row(qtbot, screen, "Hợp tác xã Đồng Tâm")
    screen.tabs.setCurrentWidget(screen.members)
    assert rows(screen.members) == ["Nguyễn Văn An", "Lò Thị Bình"]
    assert rows(screen.members, 4) == ["********3456", ""]  # personal data masked (after Dân tộc)
    screen.members.personal_toggle.click()
    assert rows(screen.members, 4) == ["022080123456", ""]
    # A member added in the tab belongs to the organisation shown.
    screen.members.new_button.click()
    member_form = screen.members.form
    assert not member_form.ui.organisation_id.isVisible()
    enter(member_form.ui.full_name, "Hoàng Văn Cường", type_text)
    enter(member_form.ui.birth_date, "1979", type_text)
    enter(member_form.ui.joined_on, "02/01/2020", type_text)
    save(qtbot, member_form)
    stored = load_record(screen.database, "member", member_form.record_id)
    assert (stored["organisation_id"], stored["birth_year"], stored["birth_date"]) == (
        screen.form.record_id, 1979, None)
    assert rows(screen.members) == ["Nguyễn Văn An", "Lò Thị Bình", "Hoàng Văn Cường"]
    members_column = [c.key for c in screen.model.columns].index("members")
    assert screen.model.index(screen.view.currentIndex().row(), members_column).data() == "3"
    # The history covers the member.
    screen.tabs.setCurrentWidget(screen.history)
    assert any("Hoàng Văn Cường" in c.record for c in screen.history.model.rows)
    # Other registers' tabs list their records (read-only until their forms exist).
    for panel in screen.sublists[1:]:
        screen.tabs.setCurrentWidget(panel)
        assert panel.model.rowCount() == 0 and panel.isEnabled()


def test_a_new_organisation_has_no_record_tabs_until_saved(screen):
    screen.new_record()
    assert not screen.tabs.isTabEnabled(1) and not screen.form.suspensions.isEnabled()


def test_suspensions_are_entered_in_the_general_tab(qtbot, screen, type_text, main_window):
    select_row(qtbot, screen, "Hợp tác xã Dương Tiến")
    panel = screen.form.suspensions
    panel.new_button.click()
    enter(panel.form.ui.starts_on, "01/03/2025", type_text)
    enter(panel.form.ui.reason, "Sửa chữa nhà xưởng", type_text)
    save(qtbot, panel.form)
    assert [rows(panel, c) for c in range(3)] == [["01/03/2025"], [""], ["Sửa chữa nhà xưởng"]]
    status = [c.key for c in screen.model.columns].index("status")
    row = rows(screen).index("Hợp tác xã Dương Tiến")
    assert screen.model.index(row, status).data() == "Tạm ngừng hoạt động"
    # The window opens a suspension in its organisation.
    suspension_id = panel.form.record_id
    select_row(qtbot, screen, "Hợp tác xã An Phú")
    assert main_window.open_record("suspension", suspension_id)
    qtbot.waitUntil(lambda: panel.form.record_id == suspension_id, timeout=3000)
    assert screen.form.title.text() == "Hợp tác xã Dương Tiến"


def test_f1_lists_the_shortcuts(qtbot, screen):
    screen.view.setFocus()
    press(qtbot, screen.view, Qt.Key.Key_F1)
    dialog = screen.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    keys = [dialog.table.model().index(r, 0).data() for r in range(dialog.table.model().rowCount())]
    assert {"Ctrl+N", "Ctrl+S", "Esc", "Ctrl+F", "Del", "Ctrl+Z", "F1"} <= set(keys)
    dialog.close()


def test_ctrl_f_goes_to_the_search_box(qtbot, screen):
    screen.view.setFocus()
    press(qtbot, screen.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.search.hasFocus()


def test_the_window_opens_records_only_where_a_section_shows_them(qtbot, main_window, register):
    assert not main_window.open_record("target", 1)  # no register screen shows targets
    assert main_window.open_record("organisation", register["khe_van"])
    screen = main_window.page("organisations")
    assert main_window.current_section().key == "organisations"
    assert screen.form.title.text() == "Tổ hợp tác Khe Vằn"
    assert rows(screen)[screen.view.currentIndex().row()] == "Tổ hợp tác Khe Vằn"


def test_a_tax_code_already_used_blocks_the_save_and_opens_its_owner(qtbot, screen, type_text,
                                                                     msgbox_answers):
    form = screen.form
    screen.new_record()
    enter(form.ui.name, "Hợp tác xã Chè Bản Sú", type_text)
    enter(form.ui.code, TAX_CODES[1], type_text)  # Hợp tác xã Dương Tiến's
    enter(form.ui.commune_code, "hoanh mo", type_text)
    choose(form.ui.sector, "agriculture")
    enter(form.ui.established_on, "01/02/2021", type_text)
    form.save()
    wait_idle(qtbot, form)
    assert "đã là mã số của Hợp tác xã Dương Tiến" in form.ui.code_error.text()
    assert form.record_id is None and screen.count_label.text() == "4 tổ chức"
    button = form.banner.findChild(type(form.save_button), "open_duplicate")
    msgbox_answers.answer(Answer.NO)
    button.click()
    qtbot.waitUntil(lambda: form.title.text() == "Hợp tác xã Dương Tiến", timeout=3000)
