"""Helpers of the exchange tests: a small valid workbook of the test office, writing it in
several formats, and reading reports back with independent readers."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import python_calamine

# Valid tax codes (check digit computed with the rule) and personal IDs born in Quảng Ninh.
CODE_A, CODE_B, CODE_C = "5700100256", "5700100263", "5700100270"
HTX_A = "Hợp tác xã Nông nghiệp Đồng Tâm"
HTX_B = "Hợp tác xã Chè Hoành Mô"
THT_C = "Tổ hợp tác Rau sạch Lục Hồn"

ORGANISATIONS = [
    ["STT", "Mã số", "Loại hình", "Tên", "Mã xã", "Địa chỉ", "Ngày thành lập", "Lĩnh vực",
     "Vốn điều lệ (triệu đồng)", "Chuỗi giá trị"],
    [1, CODE_A, "Hợp tác xã", HTX_A, "06838", "Thôn Đồng Tâm", date(2015, 3, 15),
     "Nông nghiệp", 1500, "Có"],
    [2, CODE_B, "HTX", HTX_B, "06841", "Bản Hoành Mô", "02/05/2018", "Nông nghiệp", 800.5, 2021],
    [3, None, "THT", THT_C, "06856", "", date(2020, 1, 10), "Nông nghiệp", None, None],
]
MEMBERS = [
    ["STT", "Mã số tổ chức", "Tên tổ chức", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD",
     "Loại thành viên", "Ngày vào", "Vốn góp (triệu đồng)", "Lao động thường xuyên"],
    [1, CODE_A, None, "Nguyễn Văn An", date(1980, 2, 5), "Nam", "022080001234", "Chính thức",
     date(2015, 3, 15), 20, "x"],
    [2, CODE_A, None, "Trần Thị Bình", "12/07/1985", "Nữ", "022185001235", "Chính thức",
     date(2015, 3, 15), 15.5, None],
    [3, CODE_A, None, "Lê Văn Cường", 1975, "Nam", None, "Chính thức", date(2016, 1, 4), 10,
     "Có"],
    [4, CODE_B, None, "Hoàng Văn Dũng", date(1970, 9, 1), "Nam", "022070004567", "Chính thức",
     date(2018, 5, 2), 30, "Không"],
    [5, None, THT_C, "Phạm Thị Én", date(1990, 4, 30), "Nữ", "022190007891", "Chính thức",
     date(2020, 1, 10), None, "Có"],
]
MANAGERS = [
    ["Mã số tổ chức", "Tên tổ chức", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Chức vụ",
     "Từ ngày", "Đến ngày", "Trình độ"],
    [CODE_A, None, "Nguyễn Văn An", date(1980, 2, 5), "Nam", "022080001234", "Chủ tịch HĐQT",
     date(2015, 3, 15), None, "Trung cấp"],
    [CODE_A, None, "Nguyễn Văn An", date(1980, 2, 5), "Nam", "022080001234", "Giám đốc",
     date(2015, 3, 15), None, "Trung cấp"],
    [None, THT_C, "Phạm Thị Én", date(1990, 4, 30), "Nữ", "022190007891", "Tổ trưởng",
     date(2020, 1, 10), None, "Sơ cấp"],
]
TRAINING = [
    ["Số CCCD", "Khóa học", "Cơ sở đào tạo", "Từ ngày", "Đến ngày", "Trình độ"],
    ["022080001234", "Quản trị hợp tác xã", "Trường Chính trị tỉnh", date(2019, 3, 4),
     date(2019, 8, 30), "Trung cấp"],
]
OCOP = [
    ["Mã số tổ chức", "Tên sản phẩm", "Nhóm sản phẩm", "Số sao", "Điểm", "Số quyết định",
     "Ngày quyết định", "Cấp công nhận"],
    [CODE_A, "Gạo nếp Đồng Tâm", "Thực phẩm", 3, 62, "1234/QĐ-UBND", date(2023, 10, 20), "Tỉnh"],
]
RATINGS = [
    ["Mã số tổ chức", "Năm", "Điểm", "Xếp loại"],
    [CODE_A, 2023, 82, "Tốt"],
    [CODE_B, 2023, 70, "Khá"],
]
FIGURES = [
    ["Mã số tổ chức", "Tên tổ chức", "Năm", "Doanh thu (triệu đồng)", "Lợi nhuận (triệu đồng)",
     "Lao động thường xuyên", "Thu nhập bình quân (triệu đồng/người/năm)"],
    [CODE_A, None, 2023, "1.250,5", 85, 12, 62.4],
    [None, THT_C, 2023, 300, -12, 4, 40],
]
TARGETS = [
    ["Năm", "Chỉ tiêu", "So sánh", "Giá trị", "Căn cứ"],
    [2025, "htx.count", "ít nhất", 3, "KH 01/KH-UBND"],
]


def office_sheets() -> dict[str, list[list[Any]]]:
    """A valid workbook of the test office (Bình Liêu, Hoành Mô, Lục Hồn), sheet → rows."""
    return copy.deepcopy({
        "ToChuc": ORGANISATIONS, "ThanhVien": MEMBERS, "CanBo": MANAGERS, "DaoTao": TRAINING,
        "OCOP": OCOP, "XepLoai": RATINGS, "SoLieu": FIGURES, "ChiTieu": TARGETS,
    })


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]], *, as_text: bool = False,
               edit: Callable[[openpyxl.Workbook], None] | None = None) -> Path:
    """The sheets as an .xlsx file; with ``as_text`` every text cell is text even when it
    starts with "=" (as typed after an apostrophe); ``edit`` changes the workbook before it is
    saved."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
            if as_text:
                for cell in sheet[sheet.max_row]:
                    if isinstance(cell.value, str):
                        cell.data_type = "s"
    if edit is not None:
        edit(workbook)
    workbook.save(path)
    return path


def convert(source: Path, extension: str, folder: Path) -> Path:
    """``source`` converted by LibreOffice (an independent spreadsheet program)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        import pytest

        pytest.skip("LibreOffice is not installed")
    profile = folder / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
         extension, "--outdir", str(folder), str(source)],
        check=True, capture_output=True, timeout=120, env={**os.environ, "HOME": str(folder)})
    return folder / f"{source.stem}.{extension}"


def calamine_rows(path: Path, sheet: str) -> list[list[Any]]:
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    return workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)


def errors_column(path: Path, sheet: str, header_row: int = 1) -> dict[int, str]:
    """Row number → the text of the "Lỗi" column of a report sheet (read with calamine)."""
    rows = calamine_rows(path, sheet)
    column = rows[header_row - 1].index("Lỗi")
    return {i: row[column] for i, row in enumerate(rows, start=1)
            if i > header_row and column < len(row) and row[column]}


def cell_mark(path: Path, sheet: str, cell: str) -> tuple[str | None, str]:
    """The fill colour and the comment of a cell of a report (read with openpyxl)."""
    target = openpyxl.load_workbook(path)[sheet][cell]
    fill = target.fill.fgColor.rgb if target.fill and target.fill.fill_type else None
    return fill, target.comment.text if target.comment else ""


def count_rows(db_path: Path | str, table: str) -> int:
    """The rows of ``table`` in the database (read with plain sqlite3 or psycopg)."""
    from tests.engine_fixtures import raw_sql

    return raw_sql(db_path, f"SELECT COUNT(*) FROM {table}")[0][0]
