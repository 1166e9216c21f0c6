"""The Chỉ tiêu section: targets typed in through the form as an officer would, corrected,
deleted, copied from the year before; the office's own indicators; messages beside the fields."""

from __future__ import annotations

import sqlite3

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kttt_desktop.ui.msgbox import Answer
from kttt_desktop.ui.target_dialog import TargetDialog

QN = "KH 248/KH-UBND ngày 14/10/2022"
KG = "KH 147/KH-UBND ngày 29/9/2020"
# examples/plan-targets.md, as the officer types it: words of the label (no accents), the label
# picked from the list, the comparator in the plan's words, the value(s) as the plan writes them;
# then the code, comparator, value and maximum the database must hold.
QUANG_NINH_2023 = [
    ("so to hop tac", "Số tổ hợp tác", "khoảng", "235", None, "tht.count", "approx", 235, None),
    ("thanh vien to hop", "Số thành viên tổ hợp tác", "khoảng", "700", None,
     "tht.members", "approx", 700, None),
    ("to hop tac thanh lap", "Số tổ hợp tác thành lập mới", "từ … đến", "15", "20",
     "tht.new", "range", 15, 20),
    ("so hop tac xa", "Số hợp tác xã", "khoảng", "700", None, "htx.count", "approx", 700, None),
    ("thanh vien hop tac xa", "Số thành viên hợp tác xã", "khoảng", "60.500", None,
     "htx.members", "approx", 60500, None),
    ("hop tac xa thanh lap moi", "Số hợp tác xã thành lập mới", "từ … đến", "30", "50",
     "htx.new", "range", 30, 50),
    ("lien hiep", "Số liên hiệp hợp tác xã", "khoảng", "04", None, "lhhtx.count", "approx", 4,
     None),
    ("thanh vien lien hiep", "Số thành viên liên hiệp hợp tác xã", "khoảng", "20", None,
     "lhhtx.members", "approx", 20, None),
    ("lien hiep thanh lap", "Số liên hiệp hợp tác xã thành lập mới", "ít nhất", "01", None,
     "lhhtx.new", ">=", 1, None),
    ("tang doanh thu kinh te tap the",
     "Tốc độ tăng doanh thu bình quân một tổ chức kinh tế tập thể", "ít nhất", "10", None,
     "kttt.revenue.growth_pct", ">=", 10, None),
    ("tang thu nhap hop tac xa", "Tốc độ tăng thu nhập bình quân của lao động trong hợp tác xã",
     "ít nhất", "10", None, "htx.income.growth_pct", ">=", 10, None),
    ("ty le can bo hop tac xa so cap",
     "Tỷ lệ cán bộ quản lý hợp tác xã trình độ sơ cấp, trung cấp", "ít nhất", "45", None,
     "htx.managers.basic_pct", ">=", 45, None),
    ("ty le can bo hop tac xa cao dang",
     "Tỷ lệ cán bộ quản lý hợp tác xã trình độ cao đẳng, đại học trở lên", "ít nhất", "25",
     None, "htx.managers.higher_pct", ">=", 25, None),
    ("ty le hop tac xa tot kha", "Tỷ lệ hợp tác xã xếp loại tốt, khá", "trên", "35", None,
     "htx.good_fair_pct", ">", 35, None),
    ("ty le hop tac xa chuoi gia tri", "Tỷ lệ hợp tác xã tham gia liên kết theo chuỗi giá trị",
     "ít nhất", "12", None, "htx.value_chain_pct", ">=", 12, None),
    ("hop tac xa cong nghe cao", "Số hợp tác xã ứng dụng công nghệ cao", "khoảng", "12", None,
     "htx.high_tech", "approx", 12, None),
]
KIEN_GIANG_2021 = [
    ("to hop tac thanh lap", "Số tổ hợp tác thành lập mới", "ít nhất", "50", None,
     "tht.new", ">=", 50, None),
    ("hop tac xa thanh lap", "Số hợp tác xã thành lập mới", "ít nhất", "15", None,
     "htx.new", ">=", 15, None),
    ("thanh vien to hop tac moi", "Số thành viên tổ hợp tác mới kết nạp", "ít nhất", "750",
     None, "tht.members.new", ">=", 750, None),
    ("thanh vien hop tac xa ket nap", "Số thành viên hợp tác xã mới kết nạp", "ít nhất", "525",
     None, "htx.members.new", ">=", 525, None),
    ("doanh thu binh quan hop tac xa", "Doanh thu bình quân một hợp tác xã", "ít nhất",
     "1.325", None, "htx.revenue.avg", ">=", 1325, None),
    ("thu nhap binh quan hop tac xa",
     "Thu nhập bình quân của lao động thường xuyên trong hợp tác xã", "ít nhất", "57", None,
     "htx.income.avg", ">=", 57, None),
    ("can bo quan ly hop tac xa so cap trung cap",
     "Cán bộ quản lý hợp tác xã trình độ sơ cấp, trung cấp", "ít nhất", "572", None,
     "htx.managers.basic", ">=", 572, None),
    ("can bo hop tac xa cao dang dai hoc",
     "Cán bộ quản lý hợp tác xã trình độ cao đẳng, đại học trở lên", "khoảng", "71", None,
     "htx.managers.higher", "approx", 71, None),
]


def stored_targets(db_path, year: int) -> set[tuple]:
    """The year's targets as the database file holds them."""
    con = sqlite3.connect(db_path)
    try:
        return set(con.execute(
            "SELECT indicator, comparator, value, max_value, tolerance_pct, basis FROM target "
            "WHERE year = ?", (year,)))
    finally:
        con.close()


def expected(lines, basis: str) -> set[tuple]:
    return {(code, comparator, value, top, None, basis)
            for *_, code, comparator, value, top in lines}


@pytest.fixture
def page(qtbot, main_window):
    """The Chỉ tiêu section of the small office, showing 2023."""
    page = main_window.show_section("targets")
    qtbot.waitUntil(lambda: page.data is not None)
    show_year(qtbot, page, 2023)
    return page


def show_year(qtbot, page, year: int) -> None:
    with qtbot.waitSignal(page.loaded, check_params_cb=lambda data: data.year == year):
        page.ui.year.setValue(year)


def closed(dialog) -> bool:
    """The dialog is gone (dialogs delete themselves once closed)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press_ctrl(qtbot, widget, key) -> None:
    """Ctrl+key in the window of ``widget``, made active first (shortcuts need it)."""
    activate(qtbot, widget.window())
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def choose_indicator(qtbot, dialog: TargetDialog, type_text, words: str, label: str) -> None:
    dialog.ui.indicator.clear()
    type_text(dialog.ui.indicator, words)
    choices = dialog.ui.indicator_choices
    found = choices.findItems(label, Qt.MatchFlag.MatchExactly)
    assert len(found) == 1, f"typing “{words}” does not list “{label}”"
    choices.scrollToItem(found[0])
    qtbot.mouseClick(choices.viewport(), Qt.MouseButton.LeftButton,
                     pos=choices.visualItemRect(found[0]).center())
    assert dialog.chosen().label == label


def fill_goal(dialog: TargetDialog, type_text, comparator: str, value: str,
              top: str | None) -> None:
    combo = dialog.ui.comparator
    combo.setCurrentIndex(combo.findText(comparator))
    assert combo.currentText() == comparator
    dialog.ui.value.clear()
    type_text(dialog.ui.value, value)
    if top is not None:
        dialog.ui.max_value.clear()
        type_text(dialog.ui.max_value, top)


def enter_target(qtbot, page, type_text, line, basis: str) -> None:
    words, label, comparator, value, top, *_ = line
    press_ctrl(qtbot, page.ui.targets, Qt.Key.Key_N)
    dialog = page.dialog
    assert isinstance(dialog, TargetDialog) and dialog.isVisible()
    choose_indicator(qtbot, dialog, type_text, words, label)
    fill_goal(dialog, type_text, comparator, value, top)
    type_text(dialog.ui.basis, basis)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        press_ctrl(qtbot, dialog, Qt.Key.Key_S)
    assert closed(dialog)


def shown_rows(page) -> list[tuple[str, ...]]:
    return list(page.targets_model.texts)


def select_target(page, code: str) -> None:
    row = next(i for i, t in enumerate(page.targets_model.items) if t.indicator == code)
    page.ui.targets.selectRow(row)
    page.ui.targets.setFocus()


def test_both_example_plans_are_typed_in_through_the_form(qtbot, page, type_text, db_path):
    for line in QUANG_NINH_2023:
        enter_target(qtbot, page, type_text, line, QN)
    assert stored_targets(db_path, 2023) == expected(QUANG_NINH_2023, QN)
    show_year(qtbot, page, 2021)
    for line in KIEN_GIANG_2021:
        enter_target(qtbot, page, type_text, line, KG)
    assert stored_targets(db_path, 2021) == expected(KIEN_GIANG_2021, KG)

    # The table says each target in the plan's words, in catalogue order.
    rows = shown_rows(page)
    assert len(rows) == len(KIEN_GIANG_2021)
    assert rows[0][:5] == ("Số tổ hợp tác thành lập mới", "ít nhất", "50", "THT", "")
    revenue = next(r for r in rows if r[0] == "Doanh thu bình quân một hợp tác xã")
    assert revenue[1:5] == ("ít nhất", "1.325", "triệu đồng", "")
    higher = next(r for r in rows if r[0].startswith("Cán bộ quản lý hợp tác xã trình độ cao"))
    assert higher[1:5] == ("khoảng", "71", "người", "±5%")
    assert {r[5] for r in rows} == {KG}
    show_year(qtbot, page, 2023)
    new_htx = next(r for r in shown_rows(page) if r[0] == "Số hợp tác xã thành lập mới")
    assert new_htx[1:3] == ("từ … đến", "30 – 50")
    assert "2021" in page.ui.years_with_targets.text()


def test_a_target_is_corrected_with_the_keyboard(qtbot, page, type_text, db_path):
    enter_target(qtbot, page, type_text, QUANG_NINH_2023[3], QN)  # khoảng 700 HTX
    select_target(page, "htx.count")
    qtbot.keyClick(page.ui.targets, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Sửa chỉ tiêu kế hoạch"
    assert dialog.chosen().code == "htx.count" and dialog.ui.value.text() == "700"
    assert dialog.ui.tolerance_pct.isVisible() and dialog.ui.tolerance_pct.text() == "5"
    fill_goal(dialog, type_text, "khoảng", "710", None)
    dialog.ui.tolerance_pct.setText("3")
    with qtbot.waitSignal(page.loaded):
        press_ctrl(qtbot, dialog, Qt.Key.Key_S)
    assert stored_targets(db_path, 2023) == {("htx.count", "approx", 710, None, 3, QN)}
    assert shown_rows(page)[0][1:5] == ("khoảng", "710", "HTX", "±3%")


def test_escape_closes_the_form_without_saving(qtbot, page, type_text, db_path):
    press_ctrl(qtbot, page.ui.targets, Qt.Key.Key_N)
    dialog = page.dialog
    choose_indicator(qtbot, dialog, type_text, "so hop tac xa", "Số hợp tác xã")
    fill_goal(dialog, type_text, "ít nhất", "700", None)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert closed(dialog)
    assert stored_targets(db_path, 2023) == set()


def test_a_target_is_deleted_with_the_delete_key_after_confirming(qtbot, page, type_text,
                                                                   db_path, msgbox_answers):
    for line in QUANG_NINH_2023[:4]:
        enter_target(qtbot, page, type_text, line, QN)
    select_target(page, "tht.members")
    activate(qtbot, page.window())
    qtbot.keyClick(page.ui.targets, Qt.Key.Key_Delete)  # answered "Không": nothing happens
    assert msgbox_answers.texts("question") == [
        "Xóa chỉ tiêu “Số thành viên tổ hợp tác” của năm 2023?"]
    assert len(stored_targets(db_path, 2023)) == 4
    msgbox_answers.answer(Answer.YES)
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClick(page.ui.targets, Qt.Key.Key_Delete)
    assert {t[0] for t in stored_targets(db_path, 2023)} == {"tht.count", "tht.new", "htx.count"}
    assert "Số thành viên tổ hợp tác" not in [r[0] for r in shown_rows(page)]


def test_last_years_targets_are_copied_into_a_year_without_them(qtbot, page, type_text, db_path,
                                                                msgbox_answers):
    for line in QUANG_NINH_2023[:3]:
        enter_target(qtbot, page, type_text, line, QN)
    show_year(qtbot, page, 2024)
    assert shown_rows(page) == []
    assert "chưa có chỉ tiêu" in page.ui.plan_hint.text()
    enter_target(qtbot, page, type_text, ("so to hop tac", "Số tổ hợp tác", "ít nhất", "240",
                                          None), "KH 2024")
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.ui.copy_previous, Qt.MouseButton.LeftButton)
    assert msgbox_answers.texts("information") == [
        "Đã sao chép 2 chỉ tiêu của năm 2023 sang năm 2024."]
    assert stored_targets(db_path, 2024) == {
        ("tht.count", ">=", 240, None, None, "KH 2024"),  # the year's own target is kept
        ("tht.members", "approx", 700, None, None, QN), ("tht.new", "range", 15, 20, None, QN)}
    assert [r[0] for r in shown_rows(page)] == [
        "Số tổ hợp tác", "Số tổ hợp tác thành lập mới", "Số thành viên tổ hợp tác"]
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.ui.copy_previous, Qt.MouseButton.LeftButton)
    assert msgbox_answers.texts("information")[-1] == (
        "Không có chỉ tiêu nào để sao chép: năm 2023 không có chỉ tiêu mà năm 2024 chưa có.")


def test_a_horizon_year_takes_targets_too(qtbot, page, type_text, db_path):
    show_year(qtbot, page, 2030)
    enter_target(qtbot, page, type_text, ("so hop tac xa", "Số hợp tác xã", "ít nhất", "1.000",
                                          None), "Nghị quyết 20-NQ/TW")
    assert stored_targets(db_path, 2030) == {
        ("htx.count", ">=", 1000, None, None, "Nghị quyết 20-NQ/TW")}


@pytest.mark.parametrize(("comparator", "value", "top", "field", "message"), [
    ("từ … đến", "50", "30", "max_value", "Giá trị tối đa (30) nhỏ hơn giá trị tối thiểu (50)."),
    ("từ … đến", "30", "", "max_value", "Hãy nhập giá trị mục tiêu."),
    ("ít nhất", "ba mươi", None, "value", "“ba mươi” không phải là một số"),
    ("ít nhất", "-3", None, "value", "Mục tiêu của chỉ tiêu htx.new không thể âm."),
])
def test_problems_show_beside_their_field_and_nothing_is_saved(
        qtbot, page, type_text, db_path, comparator, value, top, field, message):
    press_ctrl(qtbot, page.ui.targets, Qt.Key.Key_N)
    dialog = page.dialog
    choose_indicator(qtbot, dialog, type_text, "hop tac xa thanh lap moi",
                     "Số hợp tác xã thành lập mới")
    fill_goal(dialog, type_text, comparator, value, top)
    press_ctrl(qtbot, dialog, Qt.Key.Key_S)
    label = getattr(dialog.ui, f"{field}_error")
    assert label.isVisible() and message in label.text()
    assert dialog.isVisible() and dialog.task is None  # nothing was sent to the database
    assert dialog.focusWidget() is getattr(dialog.ui, field)
    # Once corrected the message goes, and the target saves.
    fill_goal(dialog, type_text, "từ … đến", "30", "50")
    assert not label.isVisible()
    with qtbot.waitSignal(page.loaded):
        press_ctrl(qtbot, dialog, Qt.Key.Key_S)
    assert stored_targets(db_path, 2023) == {("htx.new", "range", 30, 50, None, "")}


def test_an_indicator_must_be_chosen_and_a_ratio_stays_within_100(qtbot, page, type_text,
                                                                  db_path):
    press_ctrl(qtbot, page.ui.targets, Qt.Key.Key_N)
    dialog = page.dialog
    type_text(dialog.ui.indicator, "khong co chi tieu nay")
    assert dialog.ui.indicator_choices.count() == 0
    assert dialog.ui.indicator_chosen.text() == "Không có chỉ tiêu nào khớp với chữ đã gõ."
    fill_goal(dialog, type_text, "trên", "35", None)
    press_ctrl(qtbot, dialog, Qt.Key.Key_S)
    assert dialog.ui.indicator_error.text() == "Hãy chọn một chỉ tiêu trong danh sách."
    choose_indicator(qtbot, dialog, type_text, "ty le hop tac xa tot kha",
                     "Tỷ lệ hợp tác xã xếp loại tốt, khá")
    fill_goal(dialog, type_text, "trên", "135", None)
    assert dialog.ui.value_error.text() == (
        "Chỉ tiêu htx.good_fair_pct là một tỷ lệ: mục tiêu phải từ 0 đến 100%.")
    assert stored_targets(db_path, 2023) == set()


def test_the_same_indicator_twice_in_a_year_is_refused(qtbot, page, type_text, db_path):
    enter_target(qtbot, page, type_text, QUANG_NINH_2023[3], QN)
    press_ctrl(qtbot, page.ui.targets, Qt.Key.Key_N)
    dialog = page.dialog
    choose_indicator(qtbot, dialog, type_text, "so hop tac xa", "Số hợp tác xã")
    fill_goal(dialog, type_text, "ít nhất", "650", None)
    press_ctrl(qtbot, dialog, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.is_finished)
    assert "năm này đã có mục tiêu cho chỉ tiêu này" in dialog.ui.form_error.text()
    assert dialog.isVisible()
    assert stored_targets(db_path, 2023) == {("htx.count", "approx", 700, None, None, QN)}


def test_an_own_indicator_is_defined_given_a_value_and_used_by_a_target(
        qtbot, page, type_text, db_path):
    page.ui.tabs.setCurrentIndex(1)
    press_ctrl(qtbot, page.ui.manual_list, Qt.Key.Key_N)
    dialog = page.dialog
    type_text(dialog.ui.name, "Tỷ trọng đóng góp của KTTT vào GRDP")
    type_text(dialog.ui.unit, "%")
    assert dialog.ui.slug.text() == "ty_trong_dong_gop_cua_kttt_vao_grdp"
    with qtbot.waitSignal(page.loaded):
        press_ctrl(qtbot, dialog, Qt.Key.Key_S)
    assert page.manual_model.texts == [("Tỷ trọng đóng góp của KTTT vào GRDP", "%",
                                        "manual.ty_trong_dong_gop_cua_kttt_vao_grdp")]

    with qtbot.waitSignal(page.history_loaded):
        page.ui.manual_list.selectRow(0)
    dialog = page.enter_value()
    # The year shown is over: its value is asked for the whole year.
    assert (dialog.ui.period.part.currentText(), dialog.ui.period.year.value()) == ("Cả năm", 2023)
    type_text(dialog.ui.value, "5,2")
    press_ctrl(qtbot, dialog, Qt.Key.Key_S)  # a value needs its source
    assert dialog.ui.source_error.text() == "Hãy ghi nguồn của số liệu (cơ quan, văn bản, ngày)."
    type_text(dialog.ui.source, "Cục Thống kê tỉnh, báo cáo ngày 15/01/2024")
    with qtbot.waitSignal(page.history_loaded):
        press_ctrl(qtbot, dialog, Qt.Key.Key_S)
    year_row = next(r for r in page.values_model.texts if r[0] == "Năm 2023")
    assert year_row == ("Năm 2023", "5,2", "Cục Thống kê tỉnh, báo cáo ngày 15/01/2024")
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT period, value, source FROM manual_value").fetchall() == [
        ("2023", 5.2, "Cục Thống kê tỉnh, báo cáo ngày 15/01/2024")]
    con.close()
    # The form shows what each period already holds.
    dialog = page.enter_value()
    assert (dialog.ui.value.text(), dialog.ui.source.text()) == (
        "5,2", "Cục Thống kê tỉnh, báo cáo ngày 15/01/2024")
    dialog.ui.period.part.setCurrentIndex(dialog.ui.period.part.findText("Quý III"))
    assert (dialog.ui.value.text(), dialog.ui.source.text()) == ("", "")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    page.ui.tabs.setCurrentIndex(0)
    enter_target(qtbot, page, type_text, ("ty trong grdp", "Tỷ trọng đóng góp của KTTT vào GRDP",
                                          "khoảng", "4,5", None), "NQ HĐND tỉnh")
    assert stored_targets(db_path, 2023) == {
        ("manual.ty_trong_dong_gop_cua_kttt_vao_grdp", "approx", 4.5, None, None,
         "NQ HĐND tỉnh")}


def test_an_own_indicator_a_target_uses_is_not_deleted(qtbot, page, type_text, msgbox_answers):
    page.ui.tabs.setCurrentIndex(1)
    dialog = page.add_manual()
    type_text(dialog.ui.name, "Vốn tín dụng ưu đãi")
    with qtbot.waitSignal(page.loaded):
        press_ctrl(qtbot, dialog, Qt.Key.Key_S)
    page.ui.tabs.setCurrentIndex(0)
    enter_target(qtbot, page, type_text, ("von tin dung", "Vốn tín dụng ưu đãi", "ít nhất", "10",
                                          None), "")
    page.ui.tabs.setCurrentIndex(1)
    page.ui.manual_list.selectRow(0)
    msgbox_answers.answer(Answer.YES)
    task = page.delete_manual()
    qtbot.waitUntil(lambda: task.is_finished)
    assert msgbox_answers.texts("error") == [
        "Chưa xóa được chỉ tiêu manual.von_tin_dung_uu_dai: còn chỉ tiêu kế hoạch các năm 2023 "
        "dùng đến nó."]
    assert len(page.manual_model.items) == 1


def test_every_model_of_the_section_passes_the_model_tester(qtbot, page, type_text,
                                                            qtmodeltester):
    for line in QUANG_NINH_2023[:3]:
        enter_target(qtbot, page, type_text, line, QN)
    page.ui.tabs.setCurrentIndex(1)
    dialog = page.add_manual()
    type_text(dialog.ui.name, "Tỷ trọng GRDP")
    with qtbot.waitSignal(page.loaded):
        press_ctrl(qtbot, dialog, Qt.Key.Key_S)
    with qtbot.waitSignal(page.history_loaded):
        page.ui.manual_list.selectRow(0)
    for model in (page.targets_model, page.manual_model, page.values_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
