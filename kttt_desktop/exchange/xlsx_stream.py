"""A small streaming .xlsx writer for big plain tables (the export of the registers).

openpyxl's write-only mode spends most of an export serialising each cell through its generic
XML layer (without lxml, which the program does not ship): about twice the time of xlsxwriter,
which is no runtime dependency. The export needs far less than either library offers: sheets of
plain rows (text, numbers, dates), one styled header row, column widths and frozen panes. This
module writes exactly that, straight into the zip archive, row by row (SpreadsheetML of
ECMA-376 Part 1: inline strings, a date format, three cell styles).

Text is written as inline strings, so a value that starts with "=" stays text and is never a
formula. Characters XML 1.0 does not allow are dropped.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from contextlib import suppress
from datetime import date, datetime
from types import TracebackType
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from openpyxl.utils import get_column_letter

from kttt_desktop.system.files import close_quietly

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_SHEET_TYPE = f"{_RELATIONSHIPS}/worksheet"
_STYLES_TYPE = f"{_RELATIONSHIPS}/styles"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_EPOCH = date(1899, 12, 30).toordinal()  # day 0 of Excel's 1900 date system (from 01/03/1900)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACE = re.compile(r"^\s|\s$|\n")
_ROWS_PER_WRITE = 2000

DATE_STYLE, HEADER_STYLE = 1, 2
_STYLES = f"""{_HEAD}<styleSheet xmlns="{_MAIN}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>
<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill>
<fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/>
</patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"
 applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


def _text(value: str) -> str:
    value = _NOT_XML.sub("", value)
    space = ' xml:space="preserve"' if _SPACE.search(value) else ""
    return f"<is><t{space}>{escape(value)}</t></is>"


class SheetWriter:
    """Writes the rows of one sheet; cells of ``None`` or empty text are left empty."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._letters: list[str] = []
        self._number = 0
        self._pending: list[str] = []

    def _cells(self, values: Sequence[Any], row: str, style: str = "") -> str:
        while len(self._letters) < len(values):
            self._letters.append(get_column_letter(len(self._letters) + 1))
        parts = []
        for letter, value in zip(self._letters, values, strict=False):
            kind = value.__class__
            if value is None or value == "":
                continue
            if kind is str:
                parts.append(f'<c r="{letter}{row}"{style} t="inlineStr">{_text(value)}</c>')
            elif kind is int or kind is float:
                parts.append(f'<c r="{letter}{row}"{style}><v>{value!r}</v></c>')
            elif kind is date or kind is datetime:
                day = value.toordinal() - _EPOCH
                if kind is datetime:
                    day += (value.hour * 3600 + value.minute * 60 + value.second) / 86400
                parts.append(f'<c r="{letter}{row}" s="{DATE_STYLE}"><v>{day}</v></c>')
            elif kind is bool:
                parts.append(f'<c r="{letter}{row}" t="b"><v>{int(value)}</v></c>')
            else:
                raise TypeError(f"no cell for {kind.__name__} {value!r}")
        return "".join(parts)

    def header(self, headers: Sequence[str]) -> None:
        self._row(headers, f' s="{HEADER_STYLE}"')

    def row(self, values: Sequence[Any]) -> None:
        self._row(values)

    def _row(self, values: Sequence[Any], style: str = "") -> None:
        self._number += 1
        number = str(self._number)
        self._pending.append(f'<row r="{number}">{self._cells(values, number, style)}</row>')
        if len(self._pending) >= _ROWS_PER_WRITE:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self._stream.write("".join(self._pending).encode("utf-8"))
            self._pending.clear()

    @property
    def rows(self) -> int:
        return self._number


class StreamingWorkbook:
    """An .xlsx file written sheet by sheet::

        with StreamingWorkbook(path) as workbook:
            sheet = workbook.add_sheet("ThanhVien", widths=[6, 24], frozen=(1, 2))
            sheet.header(["STT", "Họ và tên"])
            sheet.row([1, "Nguyễn Văn An"])
            workbook.end_sheet()
    """

    def __init__(self, path: Any) -> None:
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
        self._names: list[str] = []
        self._stream: IO[bytes] | None = None
        self._sheet: SheetWriter | None = None

    def add_sheet(self, name: str, *, widths: Sequence[float] = (),
                  frozen: tuple[int, int] = (0, 0)) -> SheetWriter:
        """Start a sheet; ``frozen`` is the number of rows and columns kept in view."""
        self.end_sheet()
        self._names.append(name)
        self._stream = self._zip.open(f"xl/worksheets/sheet{len(self._names)}.xml", "w")
        rows, columns = frozen
        pane = ""
        if rows or columns:
            corner = f"{get_column_letter(columns + 1)}{rows + 1}"
            splits = (f' xSplit="{columns}"' if columns else "") + (
                f' ySplit="{rows}"' if rows else "")
            pane = (f'<pane{splits} topLeftCell="{corner}" activePane="bottomRight" '
                    f'state="frozen"/>')
        cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                       for i, w in enumerate(widths, start=1))
        selected = ' tabSelected="1"' if len(self._names) == 1 else ""
        self._stream.write((
            f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}"><sheetViews>'
            f'<sheetView{selected} workbookViewId="0">{pane}</sheetView></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>'
            + (f"<cols>{cols}</cols>" if cols else "") + "<sheetData>").encode("utf-8"))
        self._sheet = SheetWriter(self._stream)
        return self._sheet

    def end_sheet(self) -> None:
        if self._stream is None or self._sheet is None:
            return
        self._sheet.flush()
        self._stream.write(b"</sheetData></worksheet>")
        self._stream.close()
        self._stream = self._sheet = None

    def close(self) -> None:
        self.end_sheet()
        count = len(self._names)
        sheets = "".join(f"<sheet name={quoteattr(name)} sheetId=\"{i}\" r:id=\"rId{i}\"/>"
                         for i, name in enumerate(self._names, start=1))
        relations = "".join(
            f'<Relationship Id="rId{i}" Type="{_SHEET_TYPE}" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, count + 1))
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, count + 1))
        self._zip.writestr("xl/workbook.xml", (
            f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}"><bookViews>'
            f'<workbookView activeTab="0"/></bookViews><sheets>{sheets}</sheets></workbook>'))
        self._zip.writestr("xl/_rels/workbook.xml.rels", (
            f'{_HEAD}<Relationships xmlns="{_PACKAGE}">{relations}<Relationship '
            f'Id="rId{count + 1}" Type="{_STYLES_TYPE}" Target="styles.xml"/></Relationships>'))
        self._zip.writestr("xl/styles.xml", _STYLES)
        self._zip.writestr("_rels/.rels", (
            f'{_HEAD}<Relationships xmlns="{_PACKAGE}"><Relationship Id="rId1" '
            f'Type="{_DOCUMENT}" Target="xl/workbook.xml"/></Relationships>'))
        self._zip.writestr("[Content_Types].xml", (
            f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"'
            f'/>{overrides}</Types>'))
        self._zip.close()

    def __enter__(self) -> StreamingWorkbook:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if kind is None:
            self.close()
            return
        # Writing failed (a full disk): close what is open without raising again, so that the
        # failure itself is what the caller sees.
        if self._stream is not None:
            with suppress(Exception):
                self._stream.close()
        close_quietly(self._zip)

