"""Writing sheets in the workbook's format with openpyxl: styled headers, dates as real dates,
user text never turned into a formula. Shared by the blank template and the error report (the
export of the registers, which can be large, streams through xlsxwriter: exchange.registers_xlsx)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

# A sheet of a write-only workbook (Workbook(write_only=True).create_sheet()): openpyxl keeps its
# class in a private module, so it is named here by what is done with it.
WriteOnlySheet = Any

DATE_FORMAT = "DD/MM/YYYY"
HEADER_FILL = PatternFill("solid", fgColor="FFDDEBF7")
HEADER_FONT = Font(bold=True)
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center", horizontal="center")
THIN = Side(style="thin", color="FF9BC2E6")
HEADER_BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
ERROR_FILL = PatternFill("solid", fgColor="FFFF9999")
WARNING_FILL = PatternFill("solid", fgColor="FFFFEB9C")
INFO_FILL = PatternFill("solid", fgColor="FFDDEBF7")
FORMULA_STARTS = ("=", "+", "-", "@")
SHEET_NAME_LIMIT = 31


def safe_text(cell: Any) -> Any:
    """Keep a text cell text: a value starting like a formula would become one when opened."""
    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
    return cell


def sheet_title(name: str, taken: Iterable[str] = ()) -> str:
    """A valid, unused sheet name (Excel refuses []:*?/\\ and more than 31 characters)."""
    clean = "".join(" " if c in "[]:*?/\\" else c for c in name).strip() or "Sheet"
    title = clean[:SHEET_NAME_LIMIT]
    used = {t.lower() for t in taken}
    number = 2
    while title.lower() in used:
        suffix = f" ({number})"
        title = clean[:SHEET_NAME_LIMIT - len(suffix)] + suffix
        number += 1
    return title


def header_row(sheet: WriteOnlySheet, headers: Sequence[str]) -> list[WriteOnlyCell]:
    cells = []
    for text in headers:
        cell = safe_text(WriteOnlyCell(sheet, text))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment, cell.border = HEADER_ALIGNMENT, HEADER_BORDER
        cells.append(cell)
    return cells


def set_widths(sheet: Any, widths: Sequence[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


class RowWriter:
    """Appends rows of plain values to a write-only sheet: dates get the Vietnamese date format,
    text that starts like a formula stays text, empty text leaves the cell empty."""

    def __init__(self, sheet: WriteOnlySheet) -> None:
        self.sheet = sheet

    def cell(self, value: Any) -> Any:
        kind = value.__class__
        if kind is str:
            if not value:
                return None
            if value[0] in FORMULA_STARTS:
                return safe_text(WriteOnlyCell(self.sheet, value))
        elif kind is date or kind is datetime:
            cell = WriteOnlyCell(self.sheet, value)
            cell.number_format = DATE_FORMAT
            return cell
        return value

    def append(self, values: Sequence[Any]) -> None:
        self.sheet.append([self.cell(v) for v in values])
