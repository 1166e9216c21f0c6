"""What every register screen of managers, OCOP products, ratings and yearly figures does, the way
an officer does it: create, edit, errors that block saving, a warning saved with a reason,
delete and restore, search without accents, Vietnamese order, filters, unsaved changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from kttt_desktop.services.registers.history import history
from kttt_desktop.ui.msgbox import Answer
from kttt_desktop.ui.registers.dialogs import AcceptWarningsDialog
from tests.ui.register_screens import (
    ORGANISATIONS,
    seed_figures,
    seed_managers,
    seed_organisations,
    seed_products,
    seed_ratings,
)
from tests.ui.register_steps import choose, enter, listed


@dataclass(frozen=True)
class Case:
    section: str
    seed: Callable
    first_column: str  # the list column that names a row
    order: list[str]  # that column, in the list's first order
    search: tuple[str, list[str]]  # typed without accents, rows found
    filters: tuple[tuple[str, object, list[str]], ...]  # filter, value, rows left
    fill: Callable  # (form, type_text) -> the name the new row shows
    required: tuple[str, str]  # a field left empty and its message
    warn: Callable  # (form, type_text) -> (field, words of the warning)
    edit: tuple[str, str, str]  # field, new text, how the row then reads


def _fill_manager(form, type_text):
    enter(form.ui.organisation_id, "dong tam", type_text)
    type_text(form.ui.full_name, "Hoàng Thị Lan")
    choose(form.ui.training_level, "so_cap")
    return "Hoàng Thị Lan"


def _fill_product(form, type_text):
    enter(form.ui.organisation_id, "binh minh", type_text)
    type_text(form.ui.name, "Miến dong Bình Minh")
    choose(form.ui.product_group, "food")
    choose(form.ui.stars, "3")
    type_text(form.ui.decision_date, "15/03/2025")
    return "Miến dong Bình Minh"


def _fill_rating(form, type_text):
    enter(form.ui.organisation_id, "duong lieu", type_text)
    enter(form.ui.year, "2024", type_text)
    type_text(form.ui.score, "72")
    return ORGANISATIONS[2]


def _fill_figures(form, type_text):
    enter(form.ui.organisation_id, "duong lieu", type_text)
    enter(form.ui.year, "2024", type_text)
    type_text(form.ui.revenue, "1250")
    return ORGANISATIONS[2]


CASES = {
    "managers": Case(
        "managers", lambda db, orgs: seed_managers(db, orgs), "full_name",
        # People are listed by given name: Ánh, Bình, Dung, Đức.
        ["Nguyễn Thị Ánh", "Trần Văn Bình", "Phạm Thị Dung", "Lê Văn Đức"],
        ("nguyen thi", ["Nguyễn Thị Ánh"]),
        (("training_level", "dai_hoc", ["Lê Văn Đức"]),
         ("in_post", 0, ["Trần Văn Bình"]),
         ("position", "chair", ["Nguyễn Thị Ánh"])),
        _fill_manager, ("full_name", "Chưa nhập họ và tên."),
        lambda form, type_text: (enter(form.ui.birth_date, "1920", type_text),
                                 ("birth_date", "hơn 100 tuổi"))[1],
        ("full_name", "Hoàng Thị Lan Anh", "Hoàng Thị Lan Anh")),
    "ocop": Case(
        "ocop", lambda db, orgs: seed_products(db, orgs), "name",
        ["Cá khô Bình Liêu", "Chè Hoành Mô", "Dưa hấu Lục Hồn", "Đậu phụ Đồng Tâm",
         "Ốc đá Lục Hồn"],
        ("dau phu", ["Đậu phụ Đồng Tâm"]),
        (("stars", "5", ["Đậu phụ Đồng Tâm"]),
         ("validity", "expired", ["Cá khô Bình Liêu"]),
         ("validity", "expiring", ["Dưa hấu Lục Hồn"])),
        _fill_product, ("name", "Chưa nhập tên sản phẩm."),
        lambda form, type_text: (choose(form.ui.stars, "5"), ("level", "trung ương công nhận"))[1],
        ("name", "Miến dong Bình Minh loại 1", "Miến dong Bình Minh loại 1")),
    "ratings": Case(
        "ratings", lambda db, orgs: seed_ratings(db, orgs), "organisation",
        list(ORGANISATIONS),
        ("dong tam", [ORGANISATIONS[3]]),
        (("year", 2023, [ORGANISATIONS[2]]),
         ("rating_class", "good", [ORGANISATIONS[1]])),
        _fill_rating, ("organisation_id", "Chưa chọn tổ chức."),
        lambda form, type_text: (choose(form.ui.rating_class, "good"),
                                 ("rating_class", "loại “Khá”"))[1],
        ("note", "Đã đối chiếu biên bản", ORGANISATIONS[2])),
    "figures": Case(
        "figures", lambda db, orgs: seed_figures(db, orgs), "organisation",
        list(ORGANISATIONS),
        ("binh minh", [ORGANISATIONS[1]]),
        (("year", 2023, [ORGANISATIONS[2]]),
         ("org_kind", "tht", [])),
        _fill_figures, ("organisation_id", "Chưa chọn tổ chức."),
        lambda form, type_text: (enter(form.ui.profit, "2000", type_text),
                                 ("profit", "lớn hơn doanh thu"))[1],
        ("workers", "15", ORGANISATIONS[2])),
}


@pytest.fixture(params=list(CASES))
def case(request) -> Case:
    return CASES[request.param]


@pytest.fixture
def screen(case, main_window):
    orgs = seed_organisations(main_window.database)
    case.seed(main_window.database, orgs)
    page = main_window.show_section(case.section)
    listed(page)
    return page


def column_texts(page, key: str) -> list[str]:
    listed(page)
    number = [c.key for c in page.model.columns].index(key)
    return [page.model.index(row, number).data() for row in range(page.model.rowCount())]


def replace_text(widget, text: str, type_text) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.clear()
        type_text(widget, text)
    else:
        enter(widget, text, type_text)


def wait_done(qtbot, task) -> None:
    assert task is not None
    qtbot.waitUntil(lambda: task.is_finished, timeout=10_000)


def searched(qtbot, page, text: str) -> None:
    page.search.setText(text)
    listed(page)


def test_the_list_passes_the_model_checks_in_vietnamese_order(case, screen, qtmodeltester):
    qtmodeltester.check(screen.model)
    assert column_texts(screen, case.first_column) == case.order


def test_search_ignores_accents_and_filters_narrow_the_list(case, screen, qtbot):
    typed, found = case.search
    searched(qtbot, screen, typed)
    assert column_texts(screen, case.first_column) == found
    searched(qtbot, screen, "")
    for key, value, left in case.filters:
        box = screen.filter_boxes[key]
        box.setCurrentIndex(box.findData(value))
        assert column_texts(screen, case.first_column) == left, key
        box.setCurrentIndex(0)
    listed(screen)
    assert screen.model.rowCount() == len(case.order)
    assert screen.count_label.text().startswith(str(len(case.order)))


def test_a_new_record_is_saved_listed_and_edited(case, screen, qtbot, type_text):
    screen.new_record()
    form = screen.form
    assert form.editing and form.record_id is None
    shown = case.fill(form, type_text)
    wait_done(qtbot, form.save())
    assert form.record_id is not None, form.form_error.text()
    assert shown in column_texts(screen, case.first_column)
    assert screen.current_id() == form.record_id
    field, text, reads = case.edit
    replace_text(getattr(form.ui, field), text, type_text)
    assert form.is_dirty()
    wait_done(qtbot, form.save())
    assert not form.is_dirty()
    assert reads in column_texts(screen, case.first_column)
    changes = history(screen.database, screen.table, form.record_id)
    assert [c.action for c in changes][-1] == "insert" and changes[0].action == "update"


def test_an_error_is_shown_beside_its_field_and_nothing_is_saved(case, screen, qtbot, type_text):
    listed(screen)
    before = screen.model.rowCount()
    screen.new_record()
    form = screen.form
    case.fill(form, type_text)
    field, message = case.required
    if field == "organisation_id":
        form.ui.organisation_id.set_value(None)
    else:
        getattr(form.ui, field).clear()
    wait_done(qtbot, form.save())
    label = getattr(form.ui, f"{field}_error")
    assert label.isVisible() and message in label.text()
    assert form.record_id is None and form.editing
    screen.reload_list()
    listed(screen)
    assert screen.model.rowCount() == before


def test_a_warning_is_saved_only_with_a_reason_kept_in_the_history(case, screen, qtbot,
                                                                    type_text):
    screen.new_record()
    form = screen.form
    case.fill(form, type_text)
    field, words = case.warn(form, type_text)
    wait_done(qtbot, form.save())
    assert words in getattr(form.ui, f"{field}_error").text()  # beside its field, in amber
    dialog = form.findChild(AcceptWarningsDialog)
    assert dialog is not None and form.record_id is None
    assert words in dialog.warnings.text()
    assert not dialog.save_button.isEnabled()  # a reason is required
    type_text(dialog.reason, "Đã đối chiếu với hồ sơ gốc")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        dialog.save_button.click()
    changes = history(screen.database, screen.table, form.record_id)
    assert changes[-1].action == "insert" and changes[-1].reason == "Đã đối chiếu với hồ sơ gốc"


def test_delete_asks_then_moves_to_the_trash_and_ctrl_z_restores(case, screen, qtbot,
                                                                  msgbox_answers):
    screen.view.selectRow(0)
    assert screen.form.record_id == screen.current_id()
    msgbox_answers.answer(Answer.YES)
    wait_done(qtbot, screen.delete_selected())
    assert "thùng rác" in msgbox_answers.texts("question")[-1]
    assert column_texts(screen, case.first_column) == case.order[1:]
    wait_done(qtbot, screen.undo_delete())
    assert column_texts(screen, case.first_column) == case.order


def test_leaving_unsaved_changes_asks_first(case, screen, qtbot, msgbox_answers, type_text):
    screen.view.selectRow(0)
    form = screen.form
    shown = form.record_id
    field, text, _reads = case.edit
    replace_text(getattr(form.ui, field), text, type_text)
    assert form.is_dirty()
    msgbox_answers.answer(Answer.CANCEL)
    screen.view.selectRow(1)
    assert "chưa lưu" in msgbox_answers.texts("question")[-1]
    assert form.record_id == shown and form.is_dirty()  # stayed, edits kept
    msgbox_answers.answer(Answer.NO)
    screen.view.selectRow(1)
    assert form.record_id != shown and not form.is_dirty()  # changes dropped, moved on


def test_the_keyboard_alone_makes_a_new_record(case, screen, qtbot, type_text):
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = screen.form
    assert form.editing and form.record_id is None
    case.fill(form, type_text)
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    assert form.record_id is not None


def test_the_screen_fits_a_1280_pixel_screen_beside_the_navigation(screen, main_window):
    assert screen.minimumSizeHint().width() + main_window.navigation.width() <= 1280
    assert all(box.isVisible() for box in screen.filter_boxes.values())
