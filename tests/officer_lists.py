"""Workbooks in the shape officers keep, not the program's template: a title above the headers,
their own header words ("Tên hợp tác xã", "Địa chỉ trụ sở", "Giám đốc", "Số thành viên"), no
Loại hình column (THT and HTX mixed, the name says which), no commune column (the address names
it, often as before the 2025 reform, with the old district), members listed by "Họ tên chủ hộ"
with the organisation's name.

The office is the economic office for what was huyện Thanh Oai (Hà Nội) before 1 July 2025: the
communes that replaced it. Run ``python -m tests.officer_lists FOLDER`` to write the files and
open them in a spreadsheet program.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font

# Xã Thanh Oai, Xã Bình Minh, Xã Tam Hưng, Xã Dân Hòa: old Thanh Oai's communes went into these
# (and parts of two of them into Phường Phú Lương and Xã Hòa Phú, of other offices).
THANH_OAI_AREA = ["10114", "10126", "10144", "10180"]

# Valid tax codes of Hà Nội (the tenth digit checks the first nine).
CODE_HONG_DUONG, CODE_TAM_HUNG, CODE_BINH_MINH, CODE_CU_KHE = (
    "0108101236", "0108104565", "0108107894", "0108112340")

HTX_HONG_DUONG = "Hợp tác xã Nông nghiệp Hồng Dương"
HTX_TAM_HUNG = "HTX Dịch vụ nông nghiệp Tam Hưng"
THT_THANH_MAI = "Tổ hợp tác Rau an toàn Thanh Mai"
THT_KIM_AN = "THT Chăn nuôi Kim An"
HTX_BINH_MINH = "Hợp tác xã Dịch vụ tổng hợp Bình Minh"
HTX_CU_KHE = "Hợp tác xã Nông nghiệp Cự Khê"

HEADERS = ["STT", "Tên hợp tác xã", "Mã số thuế", "Địa chỉ trụ sở", "Giám đốc", "Số thành viên",
           "Ngày thành lập"]
ROWS = [
    [1, HTX_HONG_DUONG, CODE_HONG_DUONG, "Thôn Đông, xã Hồng Dương, huyện Thanh Oai",
     "Nguyễn Văn Hùng", 215, date(2009, 3, 12)],
    [2, HTX_TAM_HUNG, CODE_TAM_HUNG, "Thôn Thượng, xã Tam Hưng, huyện Thanh Oai, Hà Nội",
     "Đỗ Văn Tâm", 184, "05/08/2016"],
    [3, THT_THANH_MAI, None, "Xóm 3, xã Thanh Mai, huyện Thanh Oai", "Lê Thị Hoa", 12,
     date(2019, 4, 1)],
    [4, THT_KIM_AN, None, "Đội 5, xã Kim An huyện Thanh Oai", "Phạm Văn Toàn", 9,
     "20/10/2021"],
    [5, HTX_BINH_MINH, CODE_BINH_MINH, "Thôn Cao Xuân, Xã Bình Minh", "Trần Văn Bình", 150,
     date(2012, 6, 30)],
]
# An old commune split between a commune of the area (Xã Bình Minh) and a ward of another office.
SPLIT_ROW = [6, HTX_CU_KHE, CODE_CU_KHE, "Thôn Cự Đà, xã Cự Khê, huyện Thanh Oai",
             "Vũ Văn Khê", 98, date(2010, 1, 15)]
# What each organisation of ROWS is filed under: kind, commune, representative, the manager's
# positions, the members declared for 2024.
EXPECTED = {
    HTX_HONG_DUONG: ("htx", "10180", "Nguyễn Văn Hùng", ("director",), 215),
    HTX_TAM_HUNG: ("htx", "10144", "Đỗ Văn Tâm", ("director",), 184),
    THT_THANH_MAI: ("tht", "10114", "Lê Thị Hoa", ("tht_leader",), 12),
    THT_KIM_AN: ("tht", "10114", "Phạm Văn Toàn", ("tht_leader",), 9),
    HTX_BINH_MINH: ("htx", "10126", "Trần Văn Bình", ("director",), 150),
}

TITLE = ["UBND HUYỆN THANH OAI", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
MEMBER_HEADERS = ["STT", "Họ tên chủ hộ", "Năm sinh", "Giới tính", "Địa chỉ", "Tên HTX",
                  "Ngày tham gia", "Loại TV"]
MEMBERS = [
    [1, "Nguyễn Văn Lâm", 1968, "Nam", "Thôn Đông", HTX_HONG_DUONG, date(2009, 3, 12),
     "Chính thức"],
    [2, "Nguyễn Thị Lan", 1972, "Nữ", "Thôn Đông", HTX_HONG_DUONG, date(2009, 3, 12),
     "Chính thức"],
    [3, "Trần Văn Tư", 1965, "Nam", "Thôn Tây", HTX_HONG_DUONG, "15/01/2012", "Chính thức"],
    [4, "Đỗ Thị Mận", 1980, "Nữ", "Thôn Thượng", HTX_TAM_HUNG, date(2016, 8, 5), "Chính thức"],
    [5, "Lê Văn Sáu", 1975, "Nam", "Xóm 3", THT_THANH_MAI, date(2019, 4, 1), "Chính thức"],
    [6, "Phạm Thị Bảy", 1983, "Nữ", "Đội 5", THT_KIM_AN, date(2021, 10, 20), "Chính thức"],
]

# A list of the whole city, as the city's office sends it down: most rows are of other offices.
PROVINCE_ROWS = [
    [1, HTX_HONG_DUONG, CODE_HONG_DUONG, "Thôn Đông, xã Hồng Dương, huyện Thanh Oai",
     "Nguyễn Văn Hùng", 215, date(2009, 3, 12)],
    [2, "Hợp tác xã Nông nghiệp Tân Dân", "0108115687", "Thôn Đoài, xã Tân Dân, huyện Sóc Sơn",
     "Ngô Văn Dân", 320, date(2008, 5, 20)],
    [3, "Tổ hợp tác May mặc Cống Vị", None, "Số 5 ngõ 12, phường Cống Vị, quận Ba Đình",
     "Hà Thị Vị", 8, date(2018, 9, 1)],
    [4, THT_KIM_AN, None, "Đội 5, xã Kim An, huyện Thanh Oai", "Phạm Văn Toàn", 9,
     "20/10/2021"],
    [5, "HTX Rau sạch Dương Quang", "0108118906", "Thôn Trung, xã Dương Quang, huyện Gia Lâm",
     "Đặng Văn Quang", 140, date(2011, 2, 14)],
]
PROVINCE_MEMBERS = [
    [1, "Nguyễn Văn Lâm", 1968, "Nam", "Thôn Đông", HTX_HONG_DUONG, date(2009, 3, 12),
     "Chính thức"],
    [2, "Ngô Thị Hà", 1970, "Nữ", "Thôn Đoài", "Hợp tác xã Nông nghiệp Tân Dân",
     date(2008, 5, 20), "Chính thức"],
    [3, "Phạm Thị Bảy", 1983, "Nữ", "Đội 5", THT_KIM_AN, date(2021, 10, 20), "Chính thức"],
    [4, "Đặng Văn Tám", 1966, "Nam", "Thôn Trung", "HTX Rau sạch Dương Quang",
     date(2011, 2, 14), "Chính thức"],
]


def _titled_sheet(sheet: Any, titles: Sequence[str], headers: Sequence[str],
                  rows: Sequence[Sequence[Any]]) -> None:
    """A sheet as officers lay them out: the office and the national motto, a blank row, the
    title and its note merged across the table, a blank row, then the table."""
    width = len(headers)
    sheet.append(TITLE)
    sheet.append(["PHÒNG KINH TẾ", None, None, "Độc lập - Tự do - Hạnh phúc"])
    sheet.append([])
    for text in titles:
        sheet.append([text])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        sheet.cell(row, 1).font = Font(bold=True)
        sheet.cell(row, 1).alignment = Alignment(horizontal="center")
    sheet.append([])
    sheet.append(list(headers))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(cell.value, str) and cell.value.isdigit():
                cell.number_format = "@"  # a tax code typed as text keeps its leading zero


def write_organisations(path: Path, rows: Sequence[Sequence[Any]] = ROWS,
                        headers: Sequence[str] = HEADERS,
                        titles: Sequence[str] = (
                            "DANH SÁCH HỢP TÁC XÃ, TỔ HỢP TÁC NĂM 2024",
                            "(Kèm theo Báo cáo số 12/BC-PKT ngày 15/01/2025)")) -> Path:
    """The office's own list of its organisations (one sheet, as Excel names it)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    _titled_sheet(sheet, titles, headers, rows)
    workbook.save(path)
    return path


def write_members(path: Path, rows: Sequence[Sequence[Any]] = MEMBERS) -> Path:
    """The members of the office's organisations, kept in a file of their own."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Thành viên"
    _titled_sheet(sheet, ["DANH SÁCH THÀNH VIÊN CÁC HỢP TÁC XÃ, TỔ HỢP TÁC"], MEMBER_HEADERS,
                  rows)
    workbook.save(path)
    return path


def write_province_list(path: Path) -> Path:
    """The city's list of organisations and members (two sheets), most of them elsewhere."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách HTX"
    _titled_sheet(sheet, ["DANH SÁCH HỢP TÁC XÃ, TỔ HỢP TÁC TRÊN ĐỊA BÀN THÀNH PHỐ NĂM 2024"],
                  HEADERS, PROVINCE_ROWS)
    _titled_sheet(workbook.create_sheet("Thành viên"), ["DANH SÁCH THÀNH VIÊN"], MEMBER_HEADERS,
                  PROVINCE_MEMBERS)
    workbook.save(path)
    return path


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    folder.mkdir(parents=True, exist_ok=True)
    for written in (write_organisations(folder / "Danh sach HTX Thanh Oai 2024.xlsx"),
                    write_members(folder / "Danh sach thanh vien.xlsx"),
                    write_province_list(folder / "Danh sach HTX thanh pho 2024.xlsx")):
        print(written)
