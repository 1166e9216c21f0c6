"""The blank import workbook (`kttt template`, "Tải mẫu nhập liệu"): one sheet per register with
its headers, one example row marked "Ví dụ" (skipped by the import), drop-down lists for the
columns with fixed values, text format on code columns so that leading zeros stay, and a notes
sheet that explains every column."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from kttt_desktop.exchange import layout
from kttt_desktop.exchange.layout import Column, Register
from kttt_desktop.exchange.sheets import (
    DATE_FORMAT,
    HEADER_ALIGNMENT,
    HEADER_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    safe_text,
    set_widths,
)
from kttt_desktop.system.files import save_workbook

EXAMPLE_FONT = Font(italic=True, color="FF808080")
LAST_ROW = 20_000  # drop-downs and formats reach this far down
_YES_NO = ("Có", "Không")

_KIND_NOTES = {
    layout.DATE: QT_TRANSLATE_NOOP(
        "Workbook", "Ngày/tháng/năm, ví dụ 05/02/2024 (hoặc ô ngày của Excel)."),
    layout.BIRTH: QT_TRANSLATE_NOOP("Workbook", "Ngày/tháng/năm, hoặc chỉ năm sinh."),
    layout.YEAR: QT_TRANSLATE_NOOP("Workbook", "Năm, 4 chữ số."),
    layout.INTEGER: QT_TRANSLATE_NOOP("Workbook", "Số nguyên."),
    layout.NUMBER: QT_TRANSLATE_NOOP("Workbook", "Số; phần lẻ sau dấu phẩy (ví dụ 62,5)."),
    layout.MONEY: QT_TRANSLATE_NOOP("Workbook", "Triệu đồng; được ghi số lẻ (ví dụ 1.250,5)."),
    layout.YES_NO: QT_TRANSLATE_NOOP("Workbook", "Có / Không (hoặc x / để trống, 1 / 0)."),
    layout.FLAG_YEAR: QT_TRANSLATE_NOOP("Workbook", "Có / Không, hoặc năm bắt đầu."),
    layout.TAX_CODE: QT_TRANSLATE_NOOP(
        "Workbook", "Mã số thuế 10 chữ số (giữ cả số 0 ở đầu)."),
    layout.CCCD: QT_TRANSLATE_NOOP("Workbook", "12 chữ số (giữ cả số 0 ở đầu)."),
    layout.PHONE: QT_TRANSLATE_NOOP("Workbook", "10 hoặc 11 chữ số (giữ cả số 0 ở đầu)."),
    layout.COMMUNE_CODE: QT_TRANSLATE_NOOP(
        "Workbook", "Mã xã 5 chữ số (giữ cả số 0 ở đầu)."),
    layout.COMMUNE: QT_TRANSLATE_NOOP("Workbook", "Mã xã 5 chữ số, hoặc tên xã, phường."),
    layout.ORGANISATION: QT_TRANSLATE_NOOP(
        "Workbook", "Mã số hoặc tên tổ chức như ở trang ToChuc."),
    layout.INDICATOR: QT_TRANSLATE_NOOP("Workbook", "Mã chỉ tiêu, ví dụ htx.count."),
}
_RULES = (
    QT_TRANSLATE_NOOP(
        "Workbook", "Mỗi trang là một sổ: ToChuc (tổ chức), ThanhVien (thành viên), CanBo (cán "
        "bộ quản lý, mỗi dòng một chức vụ), DaoTao (đào tạo), OCOP, XepLoai (xếp loại), SoLieu "
        "(số liệu hằng năm), ChiTieu (chỉ tiêu kế hoạch). Không cần điền đủ các trang."),
    QT_TRANSLATE_NOOP(
        "Workbook", "Chương trình tìm cột theo tên cột (không phân biệt hoa thường, có dấu hay "
        "không dấu), nên được thêm, bớt hoặc đổi thứ tự cột; cột không nhận ra được bỏ qua."),
    QT_TRANSLATE_NOOP(
        "Workbook", "Dòng thứ hai của mỗi trang (STT “Ví dụ”) là dòng mẫu: có thể xóa hoặc để "
        "nguyên, chương trình không nhập dòng này."),
    QT_TRANSLATE_NOOP(
        "Workbook", "Tiền ghi bằng triệu đồng. Ngày ghi ngày/tháng/năm. Mã số, số CCCD, điện "
        "thoại, mã xã là chữ: hãy giữ số 0 ở đầu."),
    QT_TRANSLATE_NOOP(
        "Workbook", "Tổ chức ở các trang khác được ghi bằng mã số; tổ hợp tác chưa có mã số thì "
        "ghi tên đúng như ở trang ToChuc."),
    QT_TRANSLATE_NOOP(
        "Workbook", "Tệp có lỗi thì không có gì được ghi; chương trình trả lại bản sao của tệp "
        "với các ô lỗi được tô đỏ và giải thích. Nhập lại cùng một tệp không tạo bản ghi trùng."),
)
_NOTES_HEADERS = (
    QT_TRANSLATE_NOOP("Workbook", "Trang"), QT_TRANSLATE_NOOP("Workbook", "Cột"),
    QT_TRANSLATE_NOOP("Workbook", "Bắt buộc"), QT_TRANSLATE_NOOP("Workbook", "Giá trị, định dạng"),
    QT_TRANSLATE_NOOP("Workbook", "Giải thích"),
)


def _choices(column: Column) -> tuple[str, ...]:
    if column.choices is not None:
        return tuple(m.source_label for m in column.choices)
    return _YES_NO if column.kind == layout.YES_NO else ()


def _lists_sheet(workbook: Workbook) -> dict[tuple[str, ...], str]:
    """The hidden sheet of the drop-down lists; each list → the range that holds it."""
    sheet = workbook.create_sheet(layout.LISTS_SHEET)
    ranges: dict[tuple[str, ...], str] = {}
    for register in layout.REGISTERS:
        for column in register.columns:
            values = _choices(column)
            if not values or values in ranges:
                continue
            index = len(ranges) + 1
            letter = get_column_letter(index)
            sheet.cell(1, index, column.header).font = HEADER_FONT
            for row, value in enumerate(values, start=2):
                sheet.cell(row, index, value)
            ranges[values] = (f"{quote_sheetname(layout.LISTS_SHEET)}!${letter}$2:"
                              f"${letter}${len(values) + 1}")
    sheet.sheet_state = "hidden"
    return ranges


def _register_sheet(workbook: Workbook, register: Register,
                    ranges: dict[tuple[str, ...], str]) -> None:
    sheet = workbook.create_sheet(register.sheet)
    sheet.freeze_panes = "B2"
    set_widths(sheet, [c.width for c in register.columns])
    sheet.row_dimensions[1].height = 45
    for index, column in enumerate(register.columns, start=1):
        letter = get_column_letter(index)
        header = sheet.cell(1, index, column.header)
        header.font, header.fill = HEADER_FONT, HEADER_FILL
        header.alignment, header.border = HEADER_ALIGNMENT, HEADER_BORDER
        number_format = "@" if column.is_code else (
            DATE_FORMAT if column.kind in (layout.DATE,) else None)
        example = sheet.cell(2, index, column.example)
        example.font = EXAMPLE_FONT
        safe_text(example)
        if number_format:
            sheet.column_dimensions[letter].number_format = number_format
            example.number_format = number_format
        values = _choices(column)
        if values:
            validation = DataValidation(
                type="list", formula1=ranges[values], allow_blank=True, errorStyle="warning",
                showErrorMessage=True, errorTitle=column.header,
                error=translate("Workbook", "Hãy chọn một giá trị trong danh sách."))
            validation.add(f"{letter}2:{letter}{LAST_ROW}")
            sheet.add_data_validation(validation)


def _notes_sheet(workbook: Workbook) -> None:
    sheet = workbook.create_sheet(layout.NOTES_SHEET, 0)
    sheet.cell(1, 1, translate("Workbook", "HƯỚNG DẪN NHẬP LIỆU SỔ KINH TẾ TẬP THỂ")).font = Font(
        bold=True, size=14)
    row = 3
    for rule in _RULES:
        sheet.cell(row, 1, "•").alignment = Alignment(vertical="top", horizontal="right")
        cell = sheet.cell(row, 2, translate("Workbook", rule))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
        sheet.row_dimensions[row].height = 32
        row += 1
    row += 1
    for index, text in enumerate(_NOTES_HEADERS, start=1):
        cell = sheet.cell(row, index, translate("Workbook", text))
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, HEADER_BORDER
    for register in layout.REGISTERS:
        for column in register.columns:
            row += 1
            values = _choices(column)
            allowed = "; ".join(values) if values else translate(
                "Workbook", _KIND_NOTES.get(column.kind, ""))
            either = any(column.key in group for group in register.either)
            required = (translate("Workbook", "Có") if column.required else
                        translate("Workbook", "Một trong hai") if either else "")
            texts = (register.sheet, column.header, required, allowed,
                     layout.column_note(column))
            for index, text in enumerate(texts, start=1):
                cell = safe_text(sheet.cell(row, index, text))
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    set_widths(sheet, (12, 30, 12, 48, 70))


def write_template(target: Path | str) -> Path:
    """Write the blank workbook to ``target`` (atomically)."""
    target = Path(target)
    workbook = Workbook()
    workbook.remove(workbook.active)
    ranges = _lists_sheet(workbook)
    for register in layout.REGISTERS:
        if not register.optional_sheet:
            _register_sheet(workbook, register, ranges)
    _notes_sheet(workbook)
    workbook.move_sheet(layout.LISTS_SHEET, offset=len(workbook.sheetnames))
    workbook.active = 0
    save_workbook(workbook, target)
    return target
