"""The words of the screens: money says its unit everywhere and the same unit as the workbook
(million đồng, spec/workbook.md), average income says its unit and period, "OCOP" keeps its
capitals, the restore preview speaks no jargon, a page is titled as its menu entry."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from kttt_desktop.exchange import layout
from kttt_desktop.services.registers.records import load_record
from kttt_desktop.ui.registers.catalogue import FORMS, form_class, sublist_columns
from kttt_desktop.ui.registers.widgets import MoneyEdit
from tests.registers_helpers import TAX_CODES, member, organisation
from tests.ui.register_steps import enter, listed, save, settled

MONEY_COLUMNS = [(register, column) for register in layout.REGISTERS
                 for column in register.columns if column.kind == layout.MONEY]


def unit_of(text: str) -> str:
    """The unit a label or a header names in brackets: "Vốn góp (triệu đồng):" → "triệu đồng"."""
    found = re.search(r"\(([^()]*đồng[^()]*)\)", text.replace("&", ""))
    return found.group(1) if found else ""


@pytest.fixture
def forms(main_window):
    made = {table: form_class(table)(main_window.database) for table in FORMS}
    yield made
    for form in made.values():
        form.deleteLater()


def test_the_workbook_takes_money_in_million_dong():
    assert {c.key for _r, c in MONEY_COLUMNS} == {
        "charter_capital", "capital_contribution", "revenue", "profit", "avg_income"}
    assert all(unit_of(c.header).startswith("triệu đồng") for _r, c in MONEY_COLUMNS)


@pytest.mark.parametrize(("register", "column"), MONEY_COLUMNS,
                         ids=[c.key for _r, c in MONEY_COLUMNS])
def test_every_money_field_says_the_unit_of_the_workbook(forms, register, column):
    fields = [form.body.findChild(MoneyEdit, column.key) for form in forms.values()]
    [field] = [f for f in fields if f is not None]
    label = field.parentWidget().findChild(QLabel, f"{column.key}_label")
    assert unit_of(label.text()) == unit_of(column.header), label.text()
    assert field.placeholderText() == "triệu đồng"


def test_every_money_column_of_a_list_says_its_unit(main_window):
    headers = {c.key: c.title for table in ("member", "yearly_figures")
               for c in sublist_columns(table)}
    figures = main_window.show_section("figures")
    headers.update({f"list.{c.key}": c.title for c in figures.model.columns})
    for key, title in headers.items():
        if key.removeprefix("list.") in {c.key for _r, c in MONEY_COLUMNS}:
            assert unit_of(title).startswith("triệu đồng"), title
    assert headers["avg_income"] == "Thu nhập bình quân (triệu đồng/người/năm)"
    assert headers["list.avg_income"] == "Thu nhập bình quân (triệu đồng/người/năm)"


def test_average_income_says_its_unit_and_period(forms):
    label = forms["yearly_figures"].ui.avg_income_label.text().replace("&", "")
    assert label == "Thu nhập bình quân (triệu đồng/người/năm):"


def test_an_amount_is_typed_and_shown_in_million_dong(qtbot, main_window, type_text):
    db = main_window.database
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0], charter_capital=500_000_000)
    person = member(db, htx, "Nguyễn Văn An", capital_contribution=5_800_000)
    screen = main_window.show_section("members")
    screen.show_record(person)
    listed(screen)
    settled()
    form = screen.form
    assert form.ui.capital_contribution.text() == "5,8"
    assert screen.model.index(0, 0).data() == "Nguyễn Văn An"
    enter(form.ui.capital_contribution, "12,5", type_text)
    save(qtbot, form)
    assert load_record(db, "member", person)["capital_contribution"] == 12_500_000
    enter(form.ui.capital_contribution, "1250.5", type_text)  # tidied the Vietnamese way
    assert form.ui.capital_contribution.text() == "1.250,5"


def test_ocop_keeps_its_capitals_in_a_sentence(main_window):
    screen = main_window.show_section("ocop")
    screen.new_record()
    assert screen.form.title.text() == "Thêm sản phẩm OCOP mới"


def test_the_settings_page_is_titled_as_its_menu_entry(main_window):
    page = main_window.show_section("settings")
    item = main_window.navigation.currentItem().text()
    assert page.findChild(QLabel, "heading").text() == item == "Cài đặt"


def test_the_restore_preview_speaks_no_jargon(qtbot, main_window):
    from tests.ui import test_backup_page as backups

    page = main_window.show_section("backup")
    qtbot.waitUntil(lambda: page.backup_button.isEnabled(), timeout=10_000)
    backups.back_up_now(qtbot, page)
    dialog = backups.open_preview(qtbot, page, page.restore_selected())
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Phiên bản dữ liệu" in shown
    assert not [text for text in shown if "Lược đồ" in text or re.search(r"\b0\d{3}\b", text)]
    assert dialog.fields["schema"].text() == "Cùng phiên bản với chương trình đang dùng"
