"""A long list (the audit log) as an Excel workbook: a title, a line saying what it holds, the
column headings, then one row per line, written as it streams in (openpyxl's write-only mode,
so a log of any length takes little memory).

Times are real date-times shown ``dd/mm/yyyy hh:mm``; every other value is text, kept as text
even when it begins with "=" (a reason typed by an officer never becomes a formula).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from kttt_desktop.system.files import save_workbook

TIME_FORMAT = "dd/mm/yyyy hh:mm"
TITLE = Font(bold=True, size=13)
BOLD = Font(bold=True)
WRAP = Alignment(vertical="top", wrap_text=True)
FIRST_ROW = 4  # title, what it holds, headings


def write_log(target: Path | str, *, sheet: str, title: str, subtitle: str,
              columns: Sequence[tuple[str, int]], rows: Iterable[Sequence[object]],
              progress: Callable[[int], None] | None = None) -> int:
    """Write the rows (naive local ``datetime`` or text values) under ``columns`` (heading,
    width in characters) to ``target``, replaced atomically; the number of rows written."""
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet[:31])
    for number, (_heading, width) in enumerate(columns, start=1):
        worksheet.column_dimensions[get_column_letter(number)].width = width
    worksheet.freeze_panes = f"A{FIRST_ROW}"

    def cell(value: object, *, font: Font | None = None) -> WriteOnlyCell:
        if isinstance(value, datetime):
            written = WriteOnlyCell(worksheet, value)
            written.number_format = TIME_FORMAT
        else:
            written = WriteOnlyCell(worksheet, "" if value is None else str(value))
            written.data_type = "s"
            written.alignment = WRAP
        if font is not None:
            written.font = font
        return written

    worksheet.append([cell(title, font=TITLE)])
    worksheet.append([cell(subtitle)])
    worksheet.append([cell(heading, font=BOLD) for heading, _width in columns])
    count = 0
    for row in rows:
        worksheet.append([cell(value) for value in row])
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count)
    save_workbook(workbook, target)
    return count
