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
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine as calamine

from kttt_desktop.core.errors import FileUnreadable
from kttt_desktop.core.i18n import translate
from kttt_desktop.exchange.sniff import (
    CSV,
    DEFAULT_LIMITS,
    XLSX,
    Limits,
    WorkbookRefused,
    not_utf8,
    password_protected,
    sniff,
    too_big,
    too_many_rows,
)
from kttt_desktop.exchange.xlsx_parts import QUICK_COLUMNS, QUICK_ROWS, SheetExtent, sheet_extents

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
    uncomputed: frozenset[tuple[int, int]] = frozenset()  # (row, col), 0-based in the sheet, of
    # formula cells saved without their value (read as empty); known for .xlsx files

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


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _too_much_text(path: Path, limits: Limits) -> WorkbookRefused:
    return too_big(path, translate("Workbook", "các ô chứa hơn {limit} ký tự chữ").format(
        limit=_number(limits.text)))


def _extents(path: Path, limits: Limits) -> tuple[dict[str, SheetExtent], bool]:
    """The extents of an .xlsx file's sheets, refused when one is beyond the limits or its
    shared strings would expand beyond them, and whether it has shared strings."""
    quick = limits.columns >= QUICK_COLUMNS and limits.cells >= QUICK_ROWS * QUICK_COLUMNS
    try:
        extents, text = sheet_extents(path, quick=quick, text_limit=limits.text)
        shared = text is not None
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError) as exc:
        raise _unreadable(path, exc) from None
    if text is not None and text > limits.text:
        raise _too_much_text(path, limits)
    for name, extent in extents.items():
        if not extent.exact:  # within A1:Z99999, within the limits; the rows are counted as read
            continue
        if extent.last_row > limits.rows:
            raise too_many_rows(path, limits.rows)
        if extent.last_column > limits.columns:
            raise too_big(path, translate(
                "Workbook", "trang {sheet} có ô ở cột thứ {column} (quá {limit} cột)").format(
                    sheet=name, column=_number(extent.last_column), limit=_number(limits.columns)))
        if extent.cells > limits.cells:
            raise too_big(path, translate(
                "Workbook", "vùng dữ liệu của trang {sheet} rộng {rows} dòng × {columns} cột "
                "(quá {limit} ô)").format(sheet=name, rows=_number(extent.rows),
                                         columns=_number(extent.columns),
                                         limit=_number(limits.cells)))
    return extents, shared


class _Budget:
    """What is left of the rows and characters the program reads from one file."""

    def __init__(self, path: Path, limits: Limits) -> None:
        self.path, self.limits = path, limits
        self.rows, self.text = limits.rows, limits.text

    def read(self, sheet: calamine.CalamineSheet, *, count_text: bool) -> list[list[Any]]:
        """The rows of ``sheet`` (from its first cell). With ``count_text`` they are taken one
        at a time, counting the text they hold: a few shared strings repeated in many cells
        would otherwise fill the memory."""
        if not count_text:
            rows = sheet.to_python(skip_empty_area=True, nrows=max(self.rows, 0) + 1)
            self.rows -= len(rows)
            if self.rows < 0:
                raise too_many_rows(self.path, self.limits.rows)
            return rows
        kept: list[list[Any]] = []
        text = str
        for row in sheet.iter_rows():
            self.rows -= 1
            if self.rows < 0:
                raise too_many_rows(self.path, self.limits.rows)
            self.text -= sum(map(len, [v for v in row if v.__class__ is text]))
            if self.text < 0:
                raise _too_much_text(self.path, self.limits)
            kept.append(row)
        return kept


def _read_calamine(path: Path, kind: str, limits: Limits) -> list[SheetData]:
    extents, shared = _extents(path, limits) if kind == XLSX else ({}, True)
    sheets: list[SheetData] = []
    budget = _Budget(path, limits)
    try:
        workbook = _open(path, kind)
        for meta in workbook.sheets_metadata:
            if meta.typ != calamine.SheetTypeEnum.WorkSheet:
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            rows = budget.read(sheet, count_text=shared)
            first_row, first_col = sheet.start or (0, 0)
            merged = tuple((a, b, c, d) for (a, b), (c, d) in sheet.merged_cell_ranges or ())
            extent = extents.get(meta.name)
            sheets.append(SheetData(meta.name, rows, first_row, first_col,
                                    meta.visible != calamine.SheetVisibleEnum.Visible, merged,
                                    frozenset(extent.uncomputed) if extent else frozenset()))
        workbook.close()
    except calamine.PasswordError:
        raise password_protected(path) from None
    except calamine.CalamineError as exc:
        raise _unreadable(path, exc) from None
    except BaseException as exc:
        if is_panic(exc):  # the reader's own failure on a file it cannot make sense of
            raise _unreadable(path, exc) from None
        raise
    return sheets


def is_panic(exc: BaseException) -> bool:
    """Whether ``exc`` is the PanicException a Rust extension (python-calamine) raises when it
    fails inside: a BaseException, which ``except Exception`` would let through."""
    return type(exc).__name__ == "PanicException"


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
