"""The Excel rendering of a return snapshot (openpyxl).

One sheet per section (``Section.sheet``, at most 31 characters), in the order of the PDF: the
sections, the officer's free text with the signature block, the list annexed; then the hidden
data sheet ``_data`` (format in ``reports.data_sheet``). The first sheet starts with the header
block of an administrative document as text cells (issuing body and number on the left, Quốc
hiệu and Tiêu ngữ on the right, the place and date line, the title with the period in words).

Values are what they are: numbers are real numbers with the formats ``#,##0`` / ``#,##0.0``
(Excel shows them with the separators of the user's locale), dates are real dates shown
``dd/mm/yyyy``, codes are text (leading zeros kept), a missing value is "–". Every string is
written as a string: a name that begins with "=", "+", "-" or "@" never becomes a formula.
Every sheet is set up to print on A4, fitted to the page width, with its table header repeated
on every page, in landscape when the section is wide.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from copy import copy
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kttt_desktop.core.dates import format_date, format_long_date
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.numbers import NO_VALUE
from kttt_desktop.core.return_data import SHEET as DATA_SHEET
from kttt_desktop.data.keys import SigningKey
from kttt_desktop.reports.data_sheet import data_rows, visible_rows
from kttt_desktop.reports.document import (
    NATIONAL_MOTTO,
    NATIONAL_NAME,
    document_number,
    place_and_date,
    recipients_heading,
    yearly_measures_note,
)
from kttt_desktop.reports.snapshot import (
    Column,
    ReturnSnapshot,
    Row,
    Section,
    Table,
    header_cells,
)
from kttt_desktop.system.files import save_workbook

INT_FORMAT, DECIMAL_FORMAT, INDEX_FORMAT = "#,##0", "#,##0.0", "0"
DATE_FORMAT, TEXT_FORMAT = "dd/mm/yyyy", "@"
FONT_NAME = "Times New Roman"
CHARS_PER_WIDTH = 9.0  # characters of column width per unit of Column.width
MM_PER_INCH = 25.4

_thin = Side(style="thin")
BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
PLAIN = Font(name=FONT_NAME, size=11)
BOLD = Font(name=FONT_NAME, size=11, bold=True)
ITALIC = Font(name=FONT_NAME, size=11, italic=True)
TITLE = Font(name=FONT_NAME, size=13, bold=True)
HEADER_BODY = Font(name=FONT_NAME, size=12)
HEADER_BOLD = Font(name=FONT_NAME, size=12, bold=True)
HEADER_ITALIC = Font(name=FONT_NAME, size=12, italic=True)
WRAP_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
INDENTED = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=1)
RIGHT = Alignment(horizontal="right", vertical="center")
CENTRE = Alignment(horizontal="center", vertical="center")


def _t(text: str) -> str:
    return translate("Return", text)


def put_text(cell, text: str) -> None:  # noqa: ANN001 - an openpyxl cell
    """Write ``text`` as a string whatever it starts with ("=", "+", "-", "@" stay text)."""
    cell.value = text
    cell.data_type = "s"


class CellStyles:
    """Named styles of the workbook, one per combination used: a cell takes its whole style
    with one assignment (four attribute assignments per cell cost most of the writing time).

    The first cell of a style takes it by name; the others get a copy of the style array that
    assignment made (openpyxl's ``cell.style = name`` looks the name up in a list every time)."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self._arrays: dict[tuple, object] = {}

    def apply(self, cell, font: Font, alignment: Alignment, number_format: str = "General",  # noqa: ANN001
              *, border: bool = False) -> None:
        key = (id(font), id(alignment), number_format, border)
        array = self._arrays.get(key)
        if array is not None:
            cell._style = copy(array)
            return
        name = f"KTTT {len(self._arrays) + 1}"
        self.workbook.add_named_style(NamedStyle(
            name, font=font, alignment=alignment, number_format=number_format,
            border=BORDER if border else Border()))
        cell.style = name
        self._arrays[key] = copy(cell._style)


def _number_format(column: Column, row: Row) -> str:
    if column.kind == "index":
        return INDEX_FORMAT
    decimals = row.decimals if row.decimals is not None else (1 if column.kind == "decimal" else 0)
    return DECIMAL_FORMAT if decimals else INT_FORMAT


class SheetWriter:
    """Writes the rows of one sheet from the top, keeping track of the next free row."""

    def __init__(self, sheet: Worksheet, width: int, styles: CellStyles) -> None:
        self.sheet = sheet
        self.styles = styles
        self.width = width  # columns the sheet's tables use
        self.row = 1
        self.title_rows: tuple[int, int] | None = None
        self._largest = 0

    def line(self, text: str, font: Font = PLAIN, *, first: int = 1, last: int | None = None,
             alignment: Alignment = LEFT, height: float | None = None) -> None:
        """A line of text merged over columns ``first``…``last`` (default: all) of this row."""
        last = last or self.width
        cell = self.sheet.cell(self.row, first)
        put_text(cell, text)
        self.styles.apply(cell, font, alignment)
        if last > first:
            self.sheet.merge_cells(start_row=self.row, start_column=first, end_row=self.row,
                                   end_column=last)
        if height:
            self.sheet.row_dimensions[self.row].height = height

    def next(self, rows: int = 1) -> None:
        self.row += rows

    def paragraph(self, text: str, font: Font = PLAIN) -> None:
        """Text wrapped over the whole width, the row made tall enough for it."""
        characters = sum(self.sheet.column_dimensions[get_column_letter(c)].width or 9
                         for c in range(1, self.width + 1))
        lines = sum(max(1, math.ceil(len(part) * 1.1 / max(characters, 1)))
                    for part in text.split("\n"))
        self.line(text, font, alignment=WRAP_LEFT, height=15.5 * lines)
        self.next()

    def table(self, table: Table) -> None:
        if table.title:
            self.line(table.title, ITALIC)
            self.next()
        first_header = self.row
        self._headers(table.columns)
        last_header = self.row - 1
        for row in table.rows:
            self._row(table.columns, row)
        if len(table.rows) > self._largest:
            self._largest = len(table.rows)
            self.title_rows = (first_header, last_header)
        for note in table.notes:
            self.line(note, ITALIC)
            self.next()
        self.next()

    def _headers(self, columns: tuple[Column, ...]) -> None:
        count, cells = header_cells(columns)
        for cell in cells:
            self._header_cell(self.row + cell.row, cell.column + 1, cell.text,
                              last_row=self.row + cell.row + cell.rows - 1,
                              last_column=cell.column + cell.columns)
        self.row += count

    def _header_cell(self, row: int, column: int, text: str, *, last_row: int | None = None,
                     last_column: int | None = None) -> None:
        last_row, last_column = last_row or row, last_column or column
        for r in range(row, last_row + 1):
            for c in range(column, last_column + 1):
                self.styles.apply(self.sheet.cell(r, c), BOLD, WRAP_CENTRE, border=True)
        put_text(self.sheet.cell(row, column), text)
        if (last_row, last_column) != (row, column):
            self.sheet.merge_cells(start_row=row, start_column=column, end_row=last_row,
                                   end_column=last_column)

    def _row(self, columns: Sequence[Column], row: Row) -> None:
        font = BOLD if row.style == "total" else ITALIC if row.style == "sub" else PLAIN
        for index, (column, value) in enumerate(zip(columns, row.cells, strict=True), start=1):
            cell = self.sheet.cell(self.row, index)
            alignment, number_format = CENTRE, "General"
            if column.kind in ("text", "code"):
                put_text(cell, "" if value is None else str(value))
                number_format = TEXT_FORMAT if column.kind == "code" else "General"
                alignment = INDENTED if row.style == "sub" and index == 1 else LEFT
            elif column.kind == "date":
                if isinstance(value, date):
                    cell.value = value
                    number_format = DATE_FORMAT
            elif value is None:
                put_text(cell, NO_VALUE)
            elif value != "":  # "": a cell left blank on purpose (Column)
                cell.value = value
                number_format, alignment = _number_format(column, row), RIGHT
            self.styles.apply(cell, font, alignment, number_format, border=True)
        self.row += 1


def _widths(section: Section) -> list[float]:
    widths: list[float] = []
    for table in section.tables:
        for i, column in enumerate(table.columns):
            width = max(8.0, column.width * CHARS_PER_WIDTH)
            if i < len(widths):
                widths[i] = max(widths[i], width)
            else:
                widths.append(width)
    return widths


def _print_setup(sheet: Worksheet, *, landscape: bool, title_rows: tuple[int, int] | None,
                 last_column: int) -> None:
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    margins = sheet.page_margins
    margins.left, margins.right = 30 / MM_PER_INCH, 15 / MM_PER_INCH
    margins.top = margins.bottom = 20 / MM_PER_INCH
    margins.header = margins.footer = 8 / MM_PER_INCH
    sheet.print_options.horizontalCentered = True
    if title_rows:
        sheet.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
    sheet.print_area = f"A1:{get_column_letter(last_column)}{max(sheet.max_row, 1)}"


def _header_block(writer: SheetWriter, snapshot: ReturnSnapshot) -> None:
    """The administrative header (Decree 30/2020) as text cells, then the title."""
    header = snapshot.header
    split = max(2, writer.width // 2 - 1)
    right = split + 1
    top = [(header.superior_body.upper(), HEADER_BODY, NATIONAL_NAME, HEADER_BOLD),
           (header.office.upper(), HEADER_BOLD, NATIONAL_MOTTO, HEADER_BOLD),
           (document_number(header.doc_symbol, header.doc_number), HEADER_BODY,
            place_and_date(header.place_name, format_long_date(snapshot.issued_on)),
            HEADER_ITALIC)]
    for left_text, left_font, right_text, right_font in top:
        writer.line(left_text, left_font, last=split, alignment=WRAP_CENTRE)
        writer.line(right_text, right_font, first=right, alignment=WRAP_CENTRE)
        writer.sheet.row_dimensions[writer.row].height = 18
        writer.next()
    writer.next()
    writer.line(_t("BÁO CÁO"), TITLE, alignment=CENTRE)
    writer.next()
    writer.line(snapshot.title, TITLE, alignment=WRAP_CENTRE, height=34)
    writer.next()
    writer.line(_t("(Số liệu từ ngày {start} đến ngày {end})").format(
        start=format_date(snapshot.period_start), end=format_date(snapshot.reference_date)),
        ITALIC, alignment=CENTRE)
    note = yearly_measures_note(snapshot.reporting_year)
    if note:
        writer.next()
        writer.line(f"({note})", ITALIC, alignment=WRAP_CENTRE, height=30)
    writer.next(2)


def _section_sheet(workbook: Workbook, styles: CellStyles, section: Section,
                   snapshot: ReturnSnapshot, first: bool) -> None:
    sheet = workbook.active if first else workbook.create_sheet()
    sheet.title = section.sheet[:31]
    widths = _widths(section)
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    writer = SheetWriter(sheet, len(widths), styles)
    if first:
        _header_block(writer, snapshot)
    writer.line(section.title, BOLD)
    writer.next(2)
    for table in section.tables:
        writer.table(table)
    _print_setup(sheet, landscape=section.landscape or len(widths) > 9,
                 title_rows=writer.title_rows, last_column=len(widths))


def _free_text_sheet(workbook: Workbook, styles: CellStyles, snapshot: ReturnSnapshot) -> None:
    sheet = workbook.create_sheet(_t("Đánh giá, kiến nghị"))
    width = 6
    for i in range(1, width + 1):
        sheet.column_dimensions[get_column_letter(i)].width = 15
    writer = SheetWriter(sheet, width, styles)
    writer.line(_t("Đánh giá chung, kiến nghị").upper(), BOLD)
    writer.next(2)
    text = snapshot.free_text.strip() or _t("(Không có)")
    for paragraph in text.split("\n"):
        if paragraph.strip():
            writer.paragraph(paragraph.strip())
    writer.next()
    header = snapshot.header
    left, right = (1, 3), (4, 6)
    block = [(recipients_heading(), BOLD, header.signer_authority.upper(), BOLD)]
    block.append(("", PLAIN, header.signer_title.upper(), BOLD))
    names = list(header.recipients)
    signature = ["", "", "", header.signer_name]
    for i in range(max(len(names), len(signature))):
        block.append((names[i] if i < len(names) else "", PLAIN,
                      signature[i] if i < len(signature) else "", BOLD))
    for left_text, left_font, right_text, right_font in block:
        if left_text:
            writer.line(left_text, left_font, first=left[0], last=left[1])
        if right_text:
            writer.line(right_text, right_font, first=right[0], last=right[1],
                        alignment=CENTRE)
        writer.next()
    _print_setup(sheet, landscape=False, title_rows=None, last_column=width)


def _data_sheet(workbook: Workbook, snapshot: ReturnSnapshot, key: SigningKey | None) -> None:
    visible = visible_rows((s.title, s.iter_rows(values_only=True)) for s in workbook.worksheets)
    rows = data_rows(snapshot, visible, key)
    sheet = workbook.create_sheet(DATA_SHEET)
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            if text:
                put_text(sheet.cell(r, c), text)
    sheet.sheet_state = "hidden"
    sheet.protection.sheet = True


def build_workbook(snapshot: ReturnSnapshot, key: SigningKey | None = None) -> Workbook:
    """The return's workbook; its data sheet seals the visible sheets and, with ``key``, is
    signed by the office."""
    workbook = Workbook()
    styles = CellStyles(workbook)
    body = [s for s in snapshot.sections if not s.appendix]
    for i, section in enumerate(body):
        _section_sheet(workbook, styles, section, snapshot, first=i == 0)
    _free_text_sheet(workbook, styles, snapshot)
    for section in snapshot.sections:
        if section.appendix:
            _section_sheet(workbook, styles, section, snapshot, first=False)
    _data_sheet(workbook, snapshot, key)
    properties = workbook.properties
    properties.title = f"{_t('Báo cáo')} {snapshot.title}"
    properties.subject = snapshot.title
    properties.creator = snapshot.header.office
    properties.created = properties.modified = snapshot.created_at.replace(tzinfo=None)
    workbook.active = 0
    return workbook


def write_xlsx(snapshot: ReturnSnapshot, target: Path | str, key: SigningKey | None = None) -> Path:
    """Write the return to ``target`` (replaced atomically), signed with ``key``; returns the
    path written."""
    workbook = build_workbook(snapshot, key)
    return save_workbook(workbook, target)
