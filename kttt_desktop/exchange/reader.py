"""Reading an officer's workbook into plain rows of cell values.

Workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods) are read with python-calamine, which never evaluates
formulas (a formula cell gives the value Excel saved with it) and returns numbers as ``float``,
dates as ``date``/``datetime`` and booleans as ``bool``; a .csv file (UTF-8, with or without a
byte order mark, or the UTF-16 "Unicode Text" of Excel; separated by commas, semicolons or tabs)
is one sheet of text cells.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import python_calamine as calamine

from kttt_desktop.core.errors import FileUnreadable
from kttt_desktop.core.i18n import translate
from kttt_desktop.exchange.sniff import (
    CSV,
    DEFAULT_LIMITS,
    Limits,
    WorkbookRefused,
    not_utf8,
    password_protected,
    sniff,
    too_many_rows,
)

_EXTENSIONS = {"xlsx": (".xlsx", ".xlsm"), "xlsb": (".xlsb",), "xls": (".xls",), "ods": (".ods",)}


@dataclass
class SheetData:
    """The cells of one sheet as read; ``rows[i][j]`` is the cell at row ``first_row + i + 1``
    and column ``first_col + j + 1`` of the sheet (1-based, as the officer sees them)."""

    name: str
    rows: list[list[Any]]
    first_row: int = 0
    first_col: int = 0
    hidden: bool = False  # hidden in the workbook (the officer does not see it)
    merged: tuple[tuple[int, int, int, int], ...] = ()  # (first row, first col, last row, last
    # col) of each merged range, 0-based in the sheet; unknown for .ods and .csv files

    def row_number(self, index: int) -> int:
        """The 1-based row number in the sheet of ``rows[index]``."""
        return self.first_row + index + 1

    def column_number(self, index: int) -> int:
        return self.first_col + index + 1


@dataclass
class WorkbookData:
    path: Path
    kind: str  # sniff.XLSX, XLSB, XLS, ODS or CSV
    sheets: list[SheetData]


def _unreadable(path: Path, problem: object) -> WorkbookRefused:
    return WorkbookRefused(translate(
        "Workbook", "Không nhập được tệp {name}: không đọc được nội dung bảng tính ({problem}). "
        "Hãy mở tệp trong Excel, lưu lại thành .xlsx rồi nhập lại. Không có gì được ghi.").format(
            name=path.name, problem=problem))


def _open(path: Path, kind: str) -> calamine.CalamineWorkbook:
    if path.suffix.lower() in _EXTENSIONS[kind]:
        return calamine.CalamineWorkbook.from_path(str(path))
    with path.open("rb") as f:  # the wrong extension: let calamine judge by the content
        return calamine.CalamineWorkbook.from_filelike(io.BytesIO(f.read()))


def _read_calamine(path: Path, kind: str, limits: Limits) -> list[SheetData]:
    sheets: list[SheetData] = []
    remaining = limits.rows
    try:
        workbook = _open(path, kind)
        for meta in workbook.sheets_metadata:
            if meta.typ != calamine.SheetTypeEnum.WorkSheet:
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            rows = sheet.to_python(skip_empty_area=True, nrows=remaining + 1)
            if len(rows) > remaining:
                raise too_many_rows(path, limits.rows)
            remaining -= len(rows)
            first_row, first_col = sheet.start or (0, 0)
            merged = tuple((a, b, c, d) for (a, b), (c, d) in sheet.merged_cell_ranges or ())
            sheets.append(SheetData(meta.name, rows, first_row, first_col,
                                    meta.visible != calamine.SheetVisibleEnum.Visible, merged))
        workbook.close()
    except calamine.PasswordError:
        raise password_protected(path) from None
    except calamine.CalamineError as exc:
        raise _unreadable(path, exc) from None
    return sheets


def _read_csv(path: Path, limits: Limits) -> list[SheetData]:
    raw = path.read_bytes()
    try:
        utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        text = raw.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise not_utf8(path, raw[:exc.start].count(b"\n") + 1) from None
    sample = "\n".join(text.splitlines()[:20])
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Any]] = []
    for row in csv.reader(io.StringIO(text, newline=""), dialect):
        rows.append(row)
        if len(rows) > limits.rows:
            raise too_many_rows(path, limits.rows)
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        row.extend([""] * (width - len(row)))
    return [SheetData(path.stem, rows)]


def read_workbook(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> WorkbookData:
    """Every worksheet of the file at ``path``, after :func:`~kttt_desktop.exchange.sniff.sniff`
    has accepted it. Raises :class:`WorkbookRefused` for a file that cannot be imported."""
    path = Path(path)
    kind = sniff(path, limits)
    try:
        sheets = _read_csv(path, limits) if kind == CSV else _read_calamine(path, kind, limits)
    except OSError as exc:
        raise FileUnreadable(translate(
            "Workbook", "Không đọc được tệp {path} ({error}).").format(
                path=path, error=exc.strerror or exc)) from None
    return WorkbookData(path, kind, sheets)
