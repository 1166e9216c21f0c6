"""The error report: a copy of the officer's own workbook with every bad cell marked.

Each cell with a problem is filled (red for an error, yellow for a warning) and carries a comment
with the message; each sheet gets a "Lỗi" column listing its row's messages; a summary sheet
names sheet, row, column, value and message. An .xlsx/.xlsm file is copied with openpyxl (which
never evaluates formulas and reads through defusedxml); any other file gives a new .xlsx holding
the values as they were read, with the same marks. Text written by the report is always text,
never a formula.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Font

from kttt_desktop.core.i18n import translate
from kttt_desktop.exchange.reader import WorkbookData
from kttt_desktop.exchange.sheets import (
    ERROR_FILL,
    INFO_FILL,
    WARNING_FILL,
    RowWriter,
    header_row,
    safe_text,
    set_widths,
    sheet_title,
)
from kttt_desktop.exchange.sniff import XLSX
from kttt_desktop.system.files import save_workbook

AUTHOR = "KTTT"
COMMENT_SIZE = (320, 120)  # width, height in pixels


ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Mark:
    """A message about a cell (``column_number`` 1-based; ``None`` for the whole row)."""

    sheet: str
    row: int
    column_number: int | None
    column: str
    value: str
    message: str
    level: str = ERROR  # ERROR, WARNING or INFO

    @property
    def is_error(self) -> bool:
        return self.level == ERROR


def _error_header() -> str:
    return translate("Report", "Lỗi")


def _row_text(marks: Iterable[Mark]) -> str:
    lines = []
    for mark in marks:
        text = f"{mark.column}: {mark.message}" if mark.column else mark.message
        if mark.level == WARNING:
            text = translate("Report", "Cảnh báo: {message}").format(message=text)
        lines.append(text)
    return "\n".join(lines)


def _comment(marks: Sequence[Mark]) -> Comment:
    comment = Comment("\n".join(m.message for m in marks), AUTHOR)
    comment.width, comment.height = COMMENT_SIZE
    return comment


def _fill(marks: Sequence[Mark]) -> Any:
    levels = {m.level for m in marks}
    return ERROR_FILL if ERROR in levels else WARNING_FILL if WARNING in levels else INFO_FILL


class _Marks:
    """The marks of one sheet, by row and by cell."""

    def __init__(self, marks: Iterable[Mark]) -> None:
        self.by_row: dict[int, list[Mark]] = defaultdict(list)
        self.by_cell: dict[tuple[int, int], list[Mark]] = defaultdict(list)
        for mark in marks:
            self.by_row[mark.row].append(mark)
            if mark.column_number is not None:
                self.by_cell[(mark.row, mark.column_number)].append(mark)


def _summary_rows(marks: Sequence[Mark]) -> list[list[Any]]:
    levels = {ERROR: translate("Report", "Lỗi"), WARNING: translate("Report", "Cảnh báo"),
              INFO: translate("Report", "Thông tin")}
    return [[m.sheet, m.row, m.column, m.value, levels[m.level], m.message] for m in marks]


_SUMMARY_HEADERS = ("Trang", "Dòng", "Cột", "Giá trị", "Mức độ", "Nội dung")
_SUMMARY_WIDTHS = (14, 7, 22, 22, 10, 90)


def _summary_title(taken: Iterable[str]) -> str:
    return sheet_title(translate("Report", "Tổng hợp lỗi"), taken)


def _copy_marked(source: Path, marks: Sequence[Mark], header_rows: dict[str, int]) -> Workbook:
    # Opened from its bytes, not by name: openpyxl judges a file by its extension, and a workbook
    # may be named .xls or .csv (the sniffing found what it is). Formulas stay formulas.
    with source.open("rb") as f:
        workbook = openpyxl.load_workbook(io.BytesIO(f.read()))
    per_sheet: dict[str, list[Mark]] = defaultdict(list)
    for mark in marks:
        per_sheet[mark.sheet].append(mark)
    for name, sheet_marks in per_sheet.items():
        if name not in workbook.sheetnames:
            continue
        sheet = workbook[name]
        found = _Marks(sheet_marks)
        errors_column = sheet.max_column + 1
        header = sheet.cell(header_rows.get(name, 1), errors_column, _error_header())
        header.font = Font(bold=True)
        for (row, column), cell_marks in found.by_cell.items():
            cell = sheet.cell(row, column)
            cell.fill = _fill(cell_marks)
            cell.comment = _comment(cell_marks)
        for row, row_marks in found.by_row.items():
            cell = sheet.cell(row, errors_column)
            if row == header.row:
                cell.fill, cell.comment = _fill(row_marks), _comment(row_marks)
                continue
            cell.value = _row_text(row_marks)
            safe_text(cell).fill = _fill(row_marks)
    summary = workbook.create_sheet(_summary_title(workbook.sheetnames), 0)
    summary.append(list(_SUMMARY_HEADERS))
    for row in _summary_rows(marks):
        summary.append(row)
        for cell in summary[summary.max_row]:
            safe_text(cell)
    for cell in summary[1]:
        cell.font = Font(bold=True)
    set_widths(summary, _SUMMARY_WIDTHS)
    workbook.active = 0
    return workbook


def _rebuild_marked(data: WorkbookData, marks: Sequence[Mark],
                    header_rows: dict[str, int]) -> Workbook:
    workbook = Workbook(write_only=True)
    titles: list[str] = []
    summary_title = _summary_title(s.name for s in data.sheets)
    summary = workbook.create_sheet(summary_title)
    titles.append(summary_title)
    set_widths(summary, _SUMMARY_WIDTHS)
    summary.append(header_row(summary, _SUMMARY_HEADERS))
    writer = RowWriter(summary)
    for row in _summary_rows(marks):
        writer.append(row)
    per_sheet: dict[str, list[Mark]] = defaultdict(list)
    for mark in marks:
        per_sheet[mark.sheet].append(mark)
    for sheet_data in data.sheets:
        title = sheet_title(sheet_data.name, titles)
        titles.append(title)
        sheet = workbook.create_sheet(title)
        found = _Marks(per_sheet.get(sheet_data.name, ()))
        rows_writer = RowWriter(sheet)
        width = max((len(r) for r in sheet_data.rows), default=0)
        errors_column = sheet_data.first_col + width + 1
        header = header_rows.get(sheet_data.name, 1)
        for _ in range(sheet_data.first_row):
            sheet.append([])
        for index, values in enumerate(sheet_data.rows):
            row = sheet_data.row_number(index)
            cells: list[Any] = [None] * sheet_data.first_col
            for offset, value in enumerate(values):
                cell = rows_writer.cell(None if value == "" else value)
                cell_marks = found.by_cell.get((row, sheet_data.column_number(offset)))
                if cell_marks:
                    if not isinstance(cell, Cell):
                        cell = WriteOnlyCell(sheet, cell)
                    cell.fill, cell.comment = _fill(cell_marks), _comment(cell_marks)
                cells.append(cell)
            row_marks = found.by_row.get(row)
            if row_marks or row == header:
                cells += [None] * (errors_column - 1 - len(cells))
                text = _error_header() if row == header else _row_text(row_marks or ())
                cell = safe_text(WriteOnlyCell(sheet, text))
                if row_marks:
                    cell.fill = _fill(row_marks)
                    if row == header:
                        cell.comment = _comment(row_marks)
                cells.append(cell)
            sheet.append(cells)
    return workbook


def report_workbook(data: WorkbookData, marks: Sequence[Mark],
                    header_rows: dict[str, int]) -> Workbook:
    """The annotated copy of ``data``'s file, to save.

    ``header_rows`` gives, per sheet, the 1-based row of its headers (where "Lỗi" is written).
    """
    if data.kind == XLSX:
        return _copy_marked(data.path, marks, header_rows)
    return _rebuild_marked(data, marks, header_rows)


def write_report(data: WorkbookData, marks: Sequence[Mark], header_rows: dict[str, int],
                 target: Path | str) -> Path:
    """Write the annotated copy of ``data``'s file to ``target`` (atomically)."""
    return save_workbook(report_workbook(data, marks, header_rows), target)
