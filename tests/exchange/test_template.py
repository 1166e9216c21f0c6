"""The blank import workbook: every register's sheet and column, notes, drop-downs, text codes."""

from __future__ import annotations

import openpyxl
import pytest

from kttt_desktop.exchange import layout
from kttt_desktop.exchange.template import write_template
from tests.workbooks import calamine_rows


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return write_template(tmp_path_factory.mktemp("template") / "mau.xlsx")


def test_each_register_has_its_sheet_with_the_headers_and_an_example_row(template):
    for register in layout.REGISTERS:
        if register.optional_sheet:
            continue
        header, example = calamine_rows(template, register.sheet)[:2]
        assert header == [c.header for c in register.columns]
        assert example[0] == "Ví dụ"


def test_the_notes_explain_every_column_in_vietnamese(template):
    rows = calamine_rows(template, layout.NOTES_SHEET)
    described = {(r[0], r[1]) for r in rows}
    for register in layout.REGISTERS:
        for column in register.columns:
            assert (register.sheet, column.header) in described
    member_kind = next(r for r in rows if r[:2] == ["ThanhVien", "Loại thành viên"])
    assert member_kind[2] == "Có"
    assert member_kind[3] == "Chính thức; Liên kết góp vốn; Liên kết không góp vốn"
    money = next(r for r in rows if r[:2] == ["ThanhVien", "Vốn góp (triệu đồng)"])
    assert "triệu đồng" in money[3].lower()


def _drop_down(workbook, sheet_name: str, header: str) -> list[str]:
    """The values offered in the column ``header`` of a sheet (from the list it points at)."""
    sheet = workbook[sheet_name]
    headers = [c.value for c in sheet[1]]
    letter = openpyxl.utils.get_column_letter(headers.index(header) + 1)
    [validation] = [v for v in sheet.data_validations.dataValidation
                    if str(v.sqref) == f"{letter}2:{letter}20000"]
    assert validation.type == "list"
    source, cells = validation.formula1.split("!")
    first, last = cells.replace("$", "").split(":")
    return [row[0].value for row in workbook[source.strip("'")][first:last]]


def test_columns_with_fixed_values_have_drop_down_lists(template):
    workbook = openpyxl.load_workbook(template)
    assert workbook[layout.LISTS_SHEET].sheet_state == "hidden"
    assert _drop_down(workbook, "ToChuc", "Loại hình") == [
        "Tổ hợp tác", "Hợp tác xã", "Liên hiệp hợp tác xã"]
    assert _drop_down(workbook, "ThanhVien", "Lao động thường xuyên") == ["Có", "Không"]
    assert _drop_down(workbook, "CanBo", "Chức vụ")[0] == "Chủ tịch HĐQT"
    # A label with commas in it: the lists live in a sheet, not in the validation's text.
    assert "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch" in _drop_down(
        workbook, "OCOP", "Nhóm sản phẩm")


def test_code_columns_are_text_so_that_leading_zeros_stay(template):
    sheet = openpyxl.load_workbook(template)["ThanhVien"]
    headers = [c.value for c in sheet[1]]
    for header in ("Số CCCD", "Điện thoại"):
        letter = openpyxl.utils.get_column_letter(headers.index(header) + 1)
        assert sheet.column_dimensions[letter].number_format == "@"
    assert sheet.freeze_panes == "B2"
