"""The streaming .xlsx writer of the register export, read back by independent readers."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from kttt_desktop.exchange.xlsx_stream import StreamingWorkbook
from tests.workbooks import calamine_rows


@pytest.fixture
def written(tmp_path):
    path = tmp_path / "dong.xlsx"
    with StreamingWorkbook(path) as workbook:
        sheet = workbook.add_sheet("ThanhVien", widths=[6, 24, 12], frozen=(1, 2))
        sheet.header(["STT", "Họ và tên", "Ngày sinh"])
        sheet.row([1, "Nguyễn Văn An", date(1980, 2, 5), 20.5])
        sheet.row([2, "=HYPERLINK(\"x\")", None, -1])
        sheet.row([3, "A & B <c> \"d\"\x01 ", datetime(2020, 2, 29, 12, 0), ""])
        other = workbook.add_sheet("Trống, “khác”")
        other.row(["x"])
    return path


def test_values_dates_and_text_read_back_with_calamine(written):
    rows = calamine_rows(written, "ThanhVien")
    assert rows[0][:3] == ["STT", "Họ và tên", "Ngày sinh"]
    assert rows[1] == [1.0, "Nguyễn Văn An", date(1980, 2, 5), 20.5]
    assert rows[2][:2] == [2.0, "=HYPERLINK(\"x\")"] and rows[2][3] == -1.0
    assert rows[3][1] == "A & B <c> \"d\" "  # the control character is dropped, spaces kept
    assert rows[3][2] == datetime(2020, 2, 29, 12, 0)
    assert calamine_rows(written, "Trống, “khác”") == [["x"]]


def test_openpyxl_sees_the_header_style_the_date_format_the_panes_and_text_not_formulas(written):
    sheet = openpyxl.load_workbook(written)["ThanhVien"]
    assert sheet.freeze_panes == "C2"
    assert sheet["A1"].font.b and sheet["A1"].fill.fgColor.rgb == "FFDDEBF7"
    assert sheet["C2"].number_format == "dd/mm/yyyy"
    assert sheet.column_dimensions["B"].width == 24
    assert sheet["B3"].data_type == "s" and sheet["B3"].value.startswith("=")
    assert sheet["C3"].value is None and sheet["D4"].value is None
