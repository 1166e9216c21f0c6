"""The input widgets of the register forms, typed into as an officer types."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from kttt_desktop.core.enums import OrgKind, Severity
from kttt_desktop.core.text import fold
from kttt_desktop.ui.registers.binding import Binding
from kttt_desktop.ui.registers.widgets import (
    CccdEdit,
    DateEdit,
    EnumCombo,
    MoneyEdit,
    PhoneEdit,
    SearchCombo,
    TaxCodeEdit,
)


@pytest.fixture
def make(qtbot):
    def make_(cls, name="field"):
        widget = cls()
        widget.setObjectName(name)
        qtbot.addWidget(widget)
        widget.show()
        widget.setFocus()
        return widget
    return make_


def test_a_date_is_typed_day_first_and_written_back_in_full(make, qtbot):
    edit = make(DateEdit, "joined_on")
    qtbot.keyClicks(edit, "5/2/2026")
    assert edit.value() == date(2026, 2, 5)
    edit.editingFinished.emit()
    assert edit.text() == "05/02/2026"
    edit.clear()
    qtbot.keyClicks(edit, "05022026")  # without the slashes
    assert edit.value() == date(2026, 2, 5)
    edit.setText("31/02/2026")
    [issue] = edit.input_issues()
    assert issue.field == "joined_on" and "tháng 2 năm 2026 chỉ có 28 ngày" in issue.message
    assert edit.value() is None


def test_a_birth_may_be_only_a_year(make, qtbot):
    edit = make(DateEdit)
    qtbot.keyClicks(edit, "1975")
    assert edit.input_issues() and edit.value() is None
    edit.set_year_allowed(True)
    assert edit.value() == 1975 and not edit.input_issues()


def test_the_calendar_opens_with_f4_and_gives_the_date_chosen(make, qtbot):
    edit = make(DateEdit)
    edit.set_value(date(2024, 3, 15))
    qtbot.keyClick(edit, Qt.Key.Key_F4)
    popup = edit.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate().toPython() == date(2024, 3, 15)
    with qtbot.waitSignal(edit.edited):
        popup.calendar.activated.emit(popup.calendar.selectedDate().addDays(3))
    assert edit.text() == "18/03/2024" and not popup.isVisible()


@pytest.mark.parametrize(("typed", "shown", "vnd"), [
    ("1250", "1.250", 1_250_000_000),
    ("1250,5", "1.250,5", 1_250_500_000),
    ("1250.5", "1.250,5", 1_250_500_000),  # a decimal point from an English keyboard
    ("5,8", "5,8", 5_800_000),
    ("0,25", "0,25", 250_000),
])
def test_money_is_typed_in_million_dong_and_tidied_on_leaving(make, qtbot, typed, shown, vnd):
    edit = make(MoneyEdit, "charter_capital")
    qtbot.keyClicks(edit, typed)
    assert edit.text() == typed and edit.value() == vnd  # nothing moves under the cursor
    edit.editingFinished.emit()
    assert edit.text() == shown and edit.value() == vnd
    edit.set_value(1_234_567)
    assert edit.text() == "1,234567"


@pytest.mark.parametrize(("cls", "typed", "status"), [
    (TaxCodeEdit, "5701000014", None),
    (TaxCodeEdit, "5701000015", Severity.ERROR),
    (CccdEdit, "022080123456", None),
    (CccdEdit, "123456789", Severity.WARNING),  # an old CMND, once the field is left
    (PhoneEdit, "0912345678", None),
    (PhoneEdit, "01662345678", Severity.WARNING),
])
def test_codes_say_at_once_whether_they_are_right(make, qtbot, cls, typed, status):
    edit = make(cls)
    qtbot.keyClicks(edit, typed[:-2])
    assert edit.status == ""  # not complete: nothing to say yet
    qtbot.keyClicks(edit, typed[-2:])
    edit.editingFinished.emit()
    assert edit.status == status
    assert edit.status_action.isVisible()
    if status is Severity.ERROR:
        assert "chữ số kiểm tra sai" in edit.message
        assert edit.toolTip() == edit.message


def test_an_enum_combo_offers_labels_and_gives_codes(make):
    combo = make(EnumCombo)
    combo.set_enum(OrgKind)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "", "Tổ hợp tác", "Hợp tác xã", "Liên hiệp hợp tác xã"]
    combo.set_value("htx")
    assert combo.currentText() == "Hợp tác xã" and combo.value() == "htx"
    combo.set_value(None)
    assert combo.value() is None


def test_a_search_combo_finds_choices_without_accents(make, qtbot, type_text):
    combo = make(SearchCombo, "commune_code")
    combo.set_choices([("06838", "Xã Bình Liêu"), ("06841", "Xã Hoành Mô"),
                       ("06856", "Xã Lục Hồn")])
    type_text(combo.lineEdit(), "luc hon")
    assert combo.filtered.rowCount() == 1
    assert combo.value() == "06856"
    combo.commit()
    assert combo.currentText() == "Xã Lục Hồn"
    combo.lineEdit().clear()
    type_text(combo.lineEdit(), "hoành")
    assert combo.value() == "06841"
    combo.lineEdit().setText("Hà Nội")
    assert combo.value() is None
    assert "Không có “Hà Nội” trong danh sách" in combo.input_issues()[0].message
    combo.set_value("06838")
    assert combo.currentText() == "Xã Bình Liêu"


def test_a_search_combo_of_communes_takes_their_names_from_before_the_reform(make, type_text):
    from kttt_desktop.services.office import commune_pasts, resolve_commune

    combo = make(SearchCombo, "commune_code")
    combo.set_choices([("06838", "Xã Bình Liêu"), ("06841", "Xã Hoành Mô"),
                       ("06856", "Xã Lục Hồn")])
    combo.set_search_texts(commune_pasts(["06838", "06841", "06856"]))
    combo.set_resolver(lambda text: resolve_commune(text, "22"))
    type_text(combo.lineEdit(), "dong tam")  # old xã Đồng Tâm is part of Lục Hồn today
    assert combo.filtered.rowCount() == 1 and combo.value() == "06856"
    combo.commit()
    assert combo.currentText() == "Xã Lục Hồn"
    assert "nay thuộc Xã Lục Hồn (mã 06856): đổi theo sắp xếp đơn vị hành chính 2025" in \
        combo.toolTip()
    assert "xã Đồng Tâm" in combo.items.index(2).data(Qt.ItemDataRole.ToolTipRole)
    combo.lineEdit().setText("xã Đồng Văn, huyện Bình Liêu")
    assert combo.value() == "06841" and combo.input_issues() == []
    # old Vô Ngại was split between Bình Liêu and Tiên Yên: nothing is taken, the field says why
    combo.lineEdit().setText("xã Vô Ngại")
    assert combo.value() is None
    assert "đã được chia vào 2 xã, phường: Xã Bình Liêu (mã 06838), Xã Tiên Yên (mã 06862)" in \
        combo.input_issues()[0].message
    combo.lineEdit().clear()
    type_text(combo.lineEdit(), "vo ngai")
    assert combo.filtered.rowCount() == 1  # the candidate of the list is offered to pick
    combo.lineEdit().setText("Xã Tiên Yên")
    assert "là Xã Tiên Yên (mã 06862). Không có trong danh sách." in \
        combo.input_issues()[0].message


def test_the_binding_reads_writes_and_knows_what_changed(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    name, joined, worker = QLineEdit(form), DateEdit(form), QCheckBox(form)
    for widget, field in ((name, "full_name"), (joined, "joined_on"), (worker, "is_worker")):
        widget.setObjectName(field)
        layout.addWidget(widget)
    binding = Binding(form, ["full_name", "joined_on", "is_worker"])
    binding.set_values({"full_name": "Lò Văn Páo", "joined_on": date(2020, 1, 2)})
    assert binding.values() == {"full_name": "Lò Văn Páo", "joined_on": date(2020, 1, 2),
                                "is_worker": False}
    assert not binding.is_dirty()
    with qtbot.waitSignal(binding.changed) as changed:
        qtbot.keyClicks(name, "a")
    assert changed.args == ["full_name"] and binding.is_dirty()
    name.setText("Lò Văn Páo")
    assert not binding.is_dirty()  # back to what was loaded
    worker.click()
    assert binding.is_dirty()
    joined.setText("30/02/2020")
    assert [i.field for i in binding.input_issues()] == ["joined_on"]
    with pytest.raises(LookupError):
        Binding(form, ["no_such_field"])


def test_a_value_set_before_the_choices_arrive_is_kept_and_shown_once_they_do(make):
    """A form shows a record before its picker's choices are read in the background: the value
    is the record's meanwhile, and appears once the choices are there."""
    combo = make(SearchCombo, "organisation_id")
    combo.set_value(41)
    assert combo.value() == 41 and combo.currentText() == ""
    dong_tam, hoanh_mo = "Hợp tác xã Đồng Tâm – Xã Lục Hồn", "Hợp tác xã Chè Hoành Mô – Xã Hoành Mô"
    combo.set_choices([(40, dong_tam, fold(dong_tam)), (41, hoanh_mo, fold(hoanh_mo))])
    assert combo.value() == 41 and combo.currentText() == hoanh_mo
    combo.set_choices([(41, hoanh_mo, fold(hoanh_mo))])
    assert combo.value() == 41  # read again when the form shows again: still chosen


def test_forty_thousand_choices_are_offered_and_narrowed_as_typed(make, type_text):
    combo = make(SearchCombo, "organisation_id")
    names = [f"Hợp tác xã Số {n}" for n in range(40_000)]
    combo.set_choices([(n, name, f"hop tac xa so {n}") for n, name in enumerate(names)])
    assert combo.count() == 40_000
    type_text(combo.lineEdit(), "so 3999")
    assert combo.filtered.rowCount() == 11  # 3999 and 39990 … 39999
    assert combo.value() == 3999
