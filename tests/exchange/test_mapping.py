"""Finding the registers and their columns by header text, as officers write them."""

from __future__ import annotations

from pathlib import Path

from kttt_desktop.exchange import layout
from kttt_desktop.exchange.mapping import (
    apply_payload,
    detect,
    header_key,
    map_sheet,
    match_columns,
    remap,
)
from kttt_desktop.exchange.reader import SheetData, WorkbookData


def sheet(name: str, *rows: list) -> SheetData:
    return SheetData(name, [list(r) for r in rows])


def workbook(*sheets: SheetData) -> WorkbookData:
    return WorkbookData(Path("x.xlsx"), "xlsx", list(sheets))


def test_headers_match_ignoring_case_diacritics_spaces_and_punctuation():
    assert header_key("Họ và tên") == header_key("HỌ VÀ TÊN") == header_key("Ho va ten")
    assert header_key("Họ  và\ttên ") == header_key("ho-va-ten") == "hovaten"
    assert header_key("Số CMND/CCCD") == "socmndcccd"
    assert header_key("Đơn vị") == "donvi"


def test_header_variants_officers_write_find_the_member_columns():
    found = match_columns(["TT", "Ho va ten", "NGÀY SINH", "Số CMND/CCCD", "Tên HTX",
                           "Vốn góp (triệu đồng)", "Ngày gia nhập", "Loại TV"], "member")
    assert found == {0: "row_number", 1: "full_name", 2: "birth", 3: "cccd",
                     4: "organisation_name", 5: "capital_contribution", 6: "joined_on",
                     7: "member_kind"}
    assert match_columns(["HỌ VÀ TÊN", "CCCD", "Vốn góp"], "member") == {
        0: "full_name", 1: "cccd", 2: "capital_contribution"}


def test_a_sheet_named_after_no_register_is_recognised_by_its_headers_below_a_title():
    data = sheet("Sheet1",
                 ["DANH SÁCH THÀNH VIÊN HỢP TÁC XÃ NĂM 2025"],
                 ["(Kèm theo báo cáo số 12/BC-UBND)"],
                 [],
                 ["STT", "Mã số HTX", "Họ và tên", "Số CMND/CCCD", "Loại thành viên",
                  "Ngày vào", "Quê quán"],
                 [1, "5700100256", "Nguyễn Văn An", "022080001234", "Chính thức", "01/02/2020",
                  "Bình Liêu"])
    mapping = map_sheet(data)
    assert mapping.register == "member" and mapping.header_row == 3
    assert mapping.ignored_columns == ["Quê quán"]
    assert mapping.header_of("cccd") == "Số CMND/CCCD"


def test_sheets_are_told_apart_by_their_distinctive_headers():
    members = sheet("A", ["Mã số tổ chức", "Họ và tên", "Ngày sinh", "Loại thành viên",
                          "Ngày vào"])
    managers = sheet("B", ["Mã số tổ chức", "Họ và tên", "Ngày sinh", "Chức vụ", "Từ ngày",
                           "Trình độ"])
    ratings = sheet("C", ["Mã số tổ chức", "Năm", "Điểm", "Xếp loại"])
    figures = sheet("D", ["Mã số tổ chức", "Năm", "Doanh thu", "Lợi nhuận"])
    notes = sheet("E", ["Ghi chép", "Linh tinh"])
    found = detect(workbook(members, managers, ratings, figures, notes))
    assert [m.register for m in found.sheets] == ["member", "manager", "rating", "figures", None]


def test_a_sheet_name_decides_the_register_and_missing_headers_stay_missing():
    data = sheet("Danh sách HTX", ["Tên HTX", "Ghi chú"], ["Hợp tác xã A", ""])
    mapping = map_sheet(data)
    assert mapping.register == "organisation"
    assert set(mapping.columns.values()) == {"name", "note"}


def test_the_template_own_sheets_are_never_read_as_registers():
    lists = sheet(layout.LISTS_SHEET, ["Loại hình", "Lĩnh vực", "Ngày thành lập", "Mã xã"])
    assert map_sheet(lists).register is None


def test_a_sheet_can_be_read_as_another_register():
    data = sheet("X", ["Mã số tổ chức", "Năm", "Điểm", "Xếp loại"])
    book = workbook(data)
    mapping = map_sheet(data)
    assert mapping.register == "rating"
    assert remap(book, mapping, "figures").columns == {0: "organisation_code", 1: "year"}
    assert remap(book, mapping, None).register is None


def test_a_saved_mapping_applies_to_another_file_by_sheet_name_and_header_text():
    first = workbook(sheet("DS", ["Tiêu đề"], ["Tên cơ sở", "Người", "Ngày kết nạp TV"]))
    mapping = detect(first)
    [chosen] = mapping.sheets
    chosen.register, chosen.header_row = "member", 1  # what the officer picked in the wizard
    chosen.headers = {0: "Tên cơ sở", 1: "Người", 2: "Ngày kết nạp TV"}
    chosen.columns = {0: "organisation_name", 1: "full_name", 2: "joined_on"}
    payload = mapping.to_payload(first)
    assert payload["sheets"][0]["header_row"] == 2
    later = sheet("DS", ["Tiêu đề khác"], ["Người", "Tên cơ sở", "Ngày kết nạp TV", "Thêm"],
                  ["Nguyễn Văn An", "HTX A", "01/02/2020", "x"])
    applied = apply_payload(workbook(later), payload).of("DS")
    assert applied.register == "member" and applied.header_row == 1
    assert applied.columns == {0: "full_name", 1: "organisation_name", 2: "joined_on"}
    assert applied.ignored_columns == ["Thêm"]


def test_no_header_means_two_columns_of_one_register():
    for register in layout.REGISTERS:
        keys: dict[str, str] = {}
        for column in register.columns:
            for text in (column.header, *column.synonyms):
                key = header_key(text)
                assert keys.setdefault(key, column.key) == column.key, (register.key, text)
