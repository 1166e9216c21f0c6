"""Each kind of error in an officer's workbook: its Vietnamese message, its cell marked in the
report (read back with python-calamine for the "Lỗi" column and openpyxl for fill and comment),
and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select

from kttt_desktop.data.models import Member, Organisation
from kttt_desktop.exchange.sheets import ERROR_FILL
from kttt_desktop.services.importing import import_workbook, read_file, write_error_report
from tests.workbooks import (
    CODE_A,
    THT_C,
    calamine_rows,
    cell_mark,
    errors_column,
    office_sheets,
    write_xlsx,
)

RED = ERROR_FILL.fgColor.rgb


def _count(db, model) -> int:
    with db.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(model)).scalar_one()


def _set(sheets: dict, sheet: str, row: int, header: str, value) -> None:
    rows = sheets[sheet]
    rows[row - 1][rows[0].index(header)] = value


def expect_error(db, tmp_path: Path, sheets: dict, sheet: str, row: int, header: str,
                 message: str) -> None:
    """Import ``sheets``: the cell (``row``, ``header``) of ``sheet`` must carry an error that
    says ``message``, in the result and in the report, and nothing may be written."""
    path = write_xlsx(tmp_path / "so.xlsx", sheets)
    result = import_workbook(db, path)
    assert not result.ok and not result.written
    assert _count(db, Organisation) == 0 and _count(db, Member) == 0
    found = [p for p in result.errors if (p.sheet, p.row, p.column) == (sheet, row, header)]
    assert len(found) == 1 and message in found[0].message, [p.describe() for p in result.errors]
    summary = next(s for s in result.sheets if s.sheet == sheet)
    assert summary.rejected >= 1
    report = write_error_report(read_file(path), result, tmp_path / "bao-cao.xlsx")
    assert message in errors_column(report, sheet)[row]
    letter = get_column_letter(sheets[sheet][0].index(header) + 1)
    fill, comment = cell_mark(report, sheet, f"{letter}{row}")
    assert fill == RED and message in comment


@pytest.fixture
def sheets():
    return office_sheets()


def test_the_valid_workbook_imports_cleanly(db, tmp_path, sheets):
    result = import_workbook(db, write_xlsx(tmp_path / "so.xlsx", sheets))
    assert result.ok and result.written and not result.warnings
    assert _count(db, Organisation) == 3 and _count(db, Member) == 5


ONE_CELL = {
    "bad date": ("ThanhVien", 3, "Ngày vào", "hôm qua", "“hôm qua” không phải là một ngày"),
    "day that does not exist": (
        "ThanhVien", 2, "Ngày vào", "31/02/2025",
        "Ngày 31/02/2025 không có thật: tháng 2 năm 2025 chỉ có 28 ngày."),
    "tax code check digit": ("ToChuc", 2, "Mã số", "5700100257",
                             "Mã số 5700100257 có chữ số kiểm tra sai"),
    "unknown commune": ("ToChuc", 3, "Mã xã", "99999",
                        "Mã xã “99999” không có trong danh mục đơn vị hành chính"),
    "commune outside the area": (
        "ToChuc", 3, "Mã xã", "07093",
        "Phường Đông Triều (mã 07093) không thuộc địa bàn của cơ quan"),
    "dangling reference": ("ThanhVien", 5, "Mã số tổ chức", "5700100288",
                           "Không có tổ chức nào mã số 5700100288"),
    "value not in the list": (
        "ThanhVien", 4, "Loại thành viên", "Danh dự",
        "Loại thành viên “Danh dự” không có trong danh sách (Chính thức; Liên kết góp vốn; Liên "
        "kết không góp vốn)."),
    "blank required cell": ("ThanhVien", 3, "Loại thành viên", None,
                            "Chưa nhập loại thành viên."),
    "negative money": ("ThanhVien", 2, "Vốn góp (triệu đồng)", -5,
                       "Vốn góp không được âm (-5 triệu đồng)."),
    "record rule of the forms": (  # the CCCD says a man
        "ThanhVien", 2, "Giới tính", "Nữ",
        "chỉ giới tính nam, không khớp với giới tính đã nhập (nữ)"),
}


@pytest.mark.parametrize("case", ONE_CELL.values(), ids=ONE_CELL.keys())
def test_a_bad_cell(db, tmp_path, sheets, case):
    sheet, row, header, value, message = case
    _set(sheets, sheet, row, header, value)
    marked = "Số CCCD" if header == "Giới tính" else header  # the rule names the CCCD
    expect_error(db, tmp_path, sheets, sheet, row, marked, message)


def test_a_reference_to_two_organisations_of_the_same_name(db, tmp_path, sheets):
    twin = list(sheets["ToChuc"][3])
    twin[0], twin[4] = 4, "06838"  # the same name in another commune
    sheets["ToChuc"].append(twin)
    expect_error(db, tmp_path, sheets, "ThanhVien", 6, "Tên tổ chức",
                 f"Có 2 tổ chức cùng tên “{THT_C}”")


def test_the_commune_of_the_organisation_settles_a_shared_name(db, tmp_path, sheets):
    twin = list(sheets["ToChuc"][3])
    twin[0], twin[4] = 4, "06838"
    sheets["ToChuc"].append(twin)
    for name in ("ThanhVien", "CanBo", "SoLieu"):
        rows = sheets[name]
        rows[0].append("Mã xã của tổ chức")
        for row in rows[1:]:
            row.append("Xã Lục Hồn" if THT_C in row else None)
    result = import_workbook(db, write_xlsx(tmp_path / "so.xlsx", sheets))
    assert result.ok, [p.describe() for p in result.errors]


def test_the_same_cccd_twice_for_one_organisation(db, tmp_path, sheets):
    duplicate = list(sheets["ThanhVien"][1])
    duplicate[0], duplicate[3] = 6, "Nguyễn Văn Ân"
    sheets["ThanhVien"].append(duplicate)
    expect_error(db, tmp_path, sheets, "ThanhVien", 7, "Số CCCD",
                 "Số CCCD 022080001234 đã có ở dòng 2 cho cùng tổ chức")


def test_the_same_tax_code_twice(db, tmp_path, sheets):
    sheets["ToChuc"][2][1] = CODE_A
    expect_error(db, tmp_path, sheets, "ToChuc", 3, "Mã số", "Tổ chức này đã có ở dòng 2")


def test_a_missing_required_column_is_said_once_and_marked_on_the_error_column(db, tmp_path,
                                                                               sheets):
    for row in sheets["ThanhVien"]:
        del row[7]  # Loại thành viên
    path = write_xlsx(tmp_path / "so.xlsx", sheets)
    result = import_workbook(db, path)
    [problem] = [p for p in result.errors if p.sheet == "ThanhVien"]
    assert problem.message.startswith("Trang ThanhVien thiếu cột bắt buộc “Loại thành viên”.")
    assert '--set "Loại thành viên=…"' in problem.message  # what to do about it
    assert problem.row == 1 and problem.column == ""
    assert next(s for s in result.sheets if s.sheet == "ThanhVien").rejected == 5
    report = write_error_report(read_file(path), result, tmp_path / "bao-cao.xlsx")
    errors_header = get_column_letter(len(sheets["ThanhVien"][0]) + 1)
    fill, comment = cell_mark(report, "ThanhVien", f"{errors_header}1")
    assert fill == RED and "thiếu cột bắt buộc “Loại thành viên”" in comment
    assert _count(db, Organisation) == 0


def test_the_summary_sheet_names_sheet_row_column_value_and_message(db, tmp_path, sheets):
    _set(sheets, "ThanhVien", 3, "Ngày vào", "hôm qua")
    path = write_xlsx(tmp_path / "so.xlsx", sheets)
    report = write_error_report(read_file(path), import_workbook(db, path),
                                tmp_path / "bao-cao.xlsx")
    rows = calamine_rows(report, "Tổng hợp lỗi")
    assert rows[0] == ["Trang", "Dòng", "Cột", "Giá trị", "Mức độ", "Nội dung"]
    assert rows[1][:5] == ["ThanhVien", 3.0, "Ngày vào", "hôm qua", "Lỗi"]


def test_the_report_also_names_the_columns_it_did_not_import(db, tmp_path, sheets):
    for row in sheets["ThanhVien"]:
        row.append("Quê quán" if row is sheets["ThanhVien"][0] else "Bình Liêu")
    path = write_xlsx(tmp_path / "so.xlsx", sheets)
    result = import_workbook(db, path, dry_run=True)
    assert result.ok
    report = write_error_report(read_file(path), result, tmp_path / "bao-cao.xlsx")
    [note] = [r for r in calamine_rows(report, "Tổng hợp lỗi") if r[0] == "ThanhVien"]
    assert note[4] == "Thông tin" and "Cột “Quê quán” không được nhập" in note[5]
