"""The export of the registers streamed to .xlsx (openpyxl write-only), read back by independent
readers."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

import openpyxl
import pytest

from kttt_desktop.exchange.registers_xlsx import RegisterSheet, write_register_sheets
from tests.workbooks import calamine_rows


def _sheet(name: str, columns: list[tuple[str, int]], rows: list[list]) -> RegisterSheet:
    return RegisterSheet(SimpleNamespace(sheet=name),
                         [SimpleNamespace(header=h, width=w) for h, w in columns], iter(rows))


@pytest.fixture
def written(tmp_path):
    path = tmp_path / "dong.xlsx"
    counts = write_register_sheets(path, [
        _sheet("ThanhVien", [("STT", 6), ("Họ và tên", 24), ("Ngày sinh", 12)], [
            [1, "Nguyễn Văn An", date(1980, 2, 5), 20.5],
            [2, "=HYPERLINK(\"x\")", None, -1],
            [3, "A & B <c> \"d\"\x01 ", datetime(2020, 2, 29, 12, 0), ""]]),
        _sheet("Trống, “khác”", [("x", 5)], [])])
    assert counts == {"ThanhVien": 3, "Trống, “khác”": 0}
    return path


def test_values_dates_and_text_read_back_with_calamine(written):
    rows = calamine_rows(written, "ThanhVien")
    assert rows[0][:3] == ["STT", "Họ và tên", "Ngày sinh"]
    assert rows[1] == [1.0, "Nguyễn Văn An", date(1980, 2, 5), 20.5]
    assert rows[2][:2] == [2.0, "=HYPERLINK(\"x\")"] and rows[2][3] == -1.0
    assert rows[3][1] == "A & B <c> \"d\" "  # the control character is dropped, spaces kept
    assert rows[3][2] == datetime(2020, 2, 29, 12, 0)
    assert calamine_rows(written, "Trống, “khác”") == [["x"]]  # its header


def test_openpyxl_sees_the_header_style_the_date_format_the_panes_and_text_not_formulas(written):
    sheet = openpyxl.load_workbook(written)["ThanhVien"]
    assert sheet.freeze_panes == "C2"
    assert sheet["A1"].font.b and sheet["A1"].fill.fgColor.rgb == "FFDDEBF7"
    assert sheet["C2"].number_format.lower() == "dd/mm/yyyy"
    assert 24 <= sheet.column_dimensions["B"].width < 25  # as Excel shows it: 24 characters
    assert sheet["B3"].data_type == "s" and sheet["B3"].value.startswith("=")
    assert sheet["C3"].value is None and sheet["D4"].value is None
