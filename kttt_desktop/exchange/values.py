"""Reading the cells of one column by the reading rules of the workbook (spec/workbook.md).

A column is read as a whole: text typed with a legacy font (TCVN3, VNI) is converted first, then
each distinct cell value is read once (names, dates and choices repeat a lot). A cell gives a
value (a pair for the birth column and the yes/no-or-year flags) and the problems found; rules
that judge a whole record are left to ``core.record_rules``.

Spreadsheets turn codes typed as numbers into numbers and drop their leading zeros: a number cell
of a code column whose digits become a well-formed code with the zeros put back is read that way,
and counted in :class:`ColumnRead.fixes` so that the report can say so.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from kttt_desktop.core import legacy_fonts
from kttt_desktop.core.codes import code_text, compact, is_digits
from kttt_desktop.core.dates import format_date, parse_date, parse_date_or_year
from kttt_desktop.core.enums import OcopStars
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Issue, error
from kttt_desktop.core.numbers import format_number, million_to_vnd, parse_int, parse_number, parse_percent
from kttt_desktop.core.phone import is_valid as is_valid_phone
from kttt_desktop.core.phone import normalise as normalise_phone
from kttt_desktop.core.record_rules import NOTE_LIMIT, TOO_LONG
from kttt_desktop.core.tax_code import check_tax_code
from kttt_desktop.core.text import clean_text, fold
from kttt_desktop.exchange import layout
from kttt_desktop.exchange.layout import Column

YES = frozenset({"co", "x", "1", "yes", "true", "dung", "v", "c"})
NO = frozenset({"khong", "0", "no", "false", "sai", "k", "-"})
EXCEL_EPOCH = date(1899, 12, 30)
MAX_SERIAL = 2958465  # 31/12/9999
ZERO_RESTORED = "zero_restored"  # the name of the fix in ColumnRead.fixes
_CURRENCY_WORDS = ("triệu đồng", "trđ", "tr.đ", "triệu", "đồng", "đ", "vnđ", "vnd")

Value = Any
Result = tuple[Value, tuple[Issue, ...]]


@dataclass
class ColumnRead:
    """The values of one column, one per row (``None`` for a blank cell or an unreadable one)."""

    values: list[Value]
    issues: dict[int, tuple[Issue, ...]] = field(default_factory=dict)  # row index → problems
    fixes: Counter[str] = field(default_factory=Counter)  # fix → how many cells
    legacy: str | None = None  # "tcvn3" / "vni" when the column was typed with that font
    converted: int = 0  # cells converted from it


def is_blank(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return translate("Workbook", "Có") if value else translate("Workbook", "Không")
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return format_date(value)
    return code_text(value)


# Characters that text read from a legacy font can hold: Latin-1, and what cp1252 puts at
# 0x80-0x9F (quotes, dashes...). Any other character means real Unicode text.
_CP1252 = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
_NOT_LEGACY = re.compile(f"[^\x00-\xff{re.escape(_CP1252)}]")


def _could_be_legacy(text: str) -> bool:
    return not text.isascii() and _NOT_LEGACY.search(text) is None


def convert_legacy(values: list[Any]) -> tuple[list[Any], str | None, int]:
    """The column with cells typed in TCVN3 or VNI converted to Unicode, the legacy encoding
    found (judged on the column's candidate cells together), and how many cells changed."""
    candidates = [v for v in {v for v in values if v.__class__ is str} if _could_be_legacy(v)]
    if not candidates:
        return values, None, 0
    encoding = legacy_fonts.detect(" ".join(sorted(candidates)[:400]))
    if encoding is None:
        return values, None, 0
    converted = {v: legacy_fonts.to_unicode(v, encoding) for v in candidates}
    changed = {old: new for old, new in converted.items() if new != old}
    if not changed:
        return values, None, 0
    result = [changed.get(v, v) if v.__class__ is str else v for v in values]
    return result, encoding, sum(1 for v in values if v.__class__ is str and v in changed)


def _yes_no(value: Any) -> Result:
    if isinstance(value, bool):
        return value, ()
    key = fold(_text(value)).rstrip(".")
    if key in YES:
        return True, ()
    if key in NO:
        return False, ()
    return None, (error(translate(
        "Workbook", "“{text}” không phải là có/không: hãy ghi Có hoặc Không (hoặc x / để trống, "
        "1 / 0).").format(text=_text(value)), "workbook.yes_no"),)


def _flag_year(value: Any) -> Result:
    number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    if number is None and isinstance(value, str) and is_digits(value.strip()):
        number = int(value.strip())
    if number is not None and float(number).is_integer() and 1000 <= number <= 9999:
        return (True, int(number)), ()
    if isinstance(value, (date, datetime)):
        return (True, value.year), ()
    flag, issues = _yes_no(value)
    if issues:
        return None, (error(translate(
            "Workbook", "“{text}” không đọc được: hãy ghi Có / Không, hoặc năm bắt đầu (ví dụ "
            "2021).").format(text=_text(value)), "workbook.flag_year"),)
    return (flag, None), ()


def _excel_serial(value: float) -> date | None:
    if 1 <= value <= MAX_SERIAL and not (1900 <= value <= 2100):
        return EXCEL_EPOCH + timedelta(days=int(value))
    return None


def _date(value: Any) -> Result:
    if isinstance(value, float) and (serial := _excel_serial(value)) is not None:
        return serial, ()
    checked = parse_date(_text(value) if isinstance(value, (int, float)) else value)
    return checked.value, checked.issues


def _birth(value: Any) -> Result:
    if isinstance(value, float) and (serial := _excel_serial(value)) is not None:
        return (serial, serial.year), ()
    checked = parse_date_or_year(value)
    if checked.value is None:
        return None, checked.issues
    if isinstance(checked.value, int):
        return (None, checked.value), checked.issues
    return (checked.value, checked.value.year), checked.issues


def _as_number_text(value: Any) -> Any:
    """A date or a yes/no in a number column, as the officer sees it (to quote in a message)."""
    return _text(value) if isinstance(value, (date, bool)) else value


def _money(value: Any) -> Result:
    value = _as_number_text(value)
    if isinstance(value, str):
        text = clean_text(value)
        for word in _CURRENCY_WORDS:
            if text.lower().endswith(word):
                text = text[: -len(word)].rstrip()
                break
        value = text
    checked = parse_number(value)
    if checked.value is None:
        return None, checked.issues
    return million_to_vnd(checked.value), ()


def _number(value: Any) -> Result:
    checked = parse_percent(_as_number_text(value))
    return (None if checked.value is None else float(checked.value)), checked.issues


def _integer(value: Any) -> Result:
    checked = parse_int(_as_number_text(value))
    return checked.value, checked.issues


def _stars(value: Any) -> Result:
    member = OcopStars.parse(_text(value))
    if member is not None:
        return member.count, ()
    text = _text(value)
    if fold(text).endswith("sao"):
        text = text[:-3].strip()
    return _integer(text)


def _choice(column: Column) -> Any:
    enum = column.choices
    assert enum is not None

    def read(value: Any) -> Result:
        text = _text(value)
        member = enum.parse(text)
        # An unknown value goes on as typed: the record rule names it with the allowed values.
        return (member.value if member is not None else text), ()

    return read


def _dropped_zero(value: Any, kind: str) -> str | None:
    """The code a number cell held before the spreadsheet dropped its leading zero(s)."""
    if not isinstance(value, float) or not value.is_integer() or value < 0:
        return None
    digits = str(int(value))
    if kind == layout.COMMUNE_CODE and len(digits) < 5:
        return digits.zfill(5)
    if kind == layout.TAX_CODE and len(digits) == 9 and check_tax_code("0" + digits).ok:
        return "0" + digits
    if kind == layout.CCCD and len(digits) in (8, 11):
        return "0" + digits
    if kind == layout.PHONE and len(digits) in (9, 10) and is_valid_phone("0" + digits):
        return "0" + digits
    return None


def _tax_code(value: Any) -> Result:
    checked = check_tax_code(value)
    return (checked.value if checked.value is not None else _text(value)), ()


def _cccd(value: Any) -> Result:
    text = _text(value)
    number = compact(text)
    return (number if is_digits(number) else text), ()


def _phone(value: Any) -> Result:
    return normalise_phone(_text(value)), ()


def _plain_text(value: Any) -> Result:
    return _text(value), ()


_READERS = {
    layout.TEXT: _plain_text, layout.ROW_NUMBER: _plain_text, layout.COMMUNE: _plain_text,
    layout.ORGANISATION: _plain_text, layout.INDICATOR: _plain_text,
    layout.COMMUNE_CODE: _plain_text, layout.TAX_CODE: _tax_code, layout.CCCD: _cccd,
    layout.PHONE: _phone, layout.DATE: _date, layout.BIRTH: _birth, layout.YEAR: _integer,
    layout.INTEGER: _integer, layout.NUMBER: _number, layout.MONEY: _money,
    layout.YES_NO: _yes_no, layout.FLAG_YEAR: _flag_year,
}
_TEXT_KINDS = frozenset({layout.TEXT, layout.CHOICE, layout.COMMUNE, layout.ORGANISATION,
                         layout.INDICATOR})
_CODE_KINDS = layout.CODE_KINDS | {layout.ORGANISATION}


def reader(column: Column) -> Any:
    """The function that reads one non-blank cell of ``column``."""
    if column.choices is OcopStars:
        return _stars
    if column.kind == layout.CHOICE:
        return _choice(column)
    return _READERS[column.kind]


_BLANK = (None, (), False)
# What Excel shows in a cell whose formula failed (calamine gives it as text).
EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!",
                          "#CONNECT!", "#UNKNOWN!", "#BUSY!", "#PYTHON!", "Err:502", "Err:504",
                          "Err:508", "Err:522"})


def _formula_error(text: str) -> tuple[Value, tuple[Issue, ...], bool]:
    return None, (error(translate(
        "Workbook", "Ô này hiện lỗi công thức {error} của bảng tính, không phải một giá trị. Hãy "
        "sửa công thức hoặc gõ giá trị vào ô.").format(error=text), "workbook.formula_error"),
    ), False


def _cell_reader(column: Column) -> Any:
    """Read one cell into (value, problems, whether a dropped leading zero was put back)."""
    read = reader(column)
    restore = column.kind in _CODE_KINDS
    code_kind = layout.TAX_CODE if column.kind == layout.ORGANISATION else column.kind

    def read_cell(cell: Any) -> tuple[Value, tuple[Issue, ...], bool]:
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            return _BLANK
        if isinstance(cell, str) and cell.strip() in EXCEL_ERRORS:
            return _formula_error(cell.strip())
        if isinstance(cell, str) and len(cell) > NOTE_LIMIT:  # more than Excel lets a cell hold
            return None, (error(translate(
                "Workbook", "Ô này dài {length} ký tự, quá giới hạn {limit} ký tự; hãy kiểm tra "
                "lại nội dung ô.").format(length=format_number(len(cell)),
                                         limit=format_number(NOTE_LIMIT)), TOO_LONG),), False
        fixed = _dropped_zero(cell, code_kind) if restore else None
        value, issues = read(cell if fixed is None else fixed)
        return value, issues, fixed is not None

    return read_cell


def read_column(column: Column, cells: list[Any], filled: bytearray | None = None
                ) -> ColumnRead:
    """Read every cell of one column (``cells[i]`` is the cell of row ``i``); ``filled[i]`` is
    set for each row whose cell is not blank."""
    legacy, converted = None, 0
    if column.kind in _TEXT_KINDS:
        cells, legacy, converted = convert_legacy(cells)
    read_cell = _cell_reader(column)
    # Values of different types may be equal (False == 0.0): only text is its own key.
    cache: dict[Any, tuple[Value, tuple[Issue, ...], bool]] = {"": _BLANK}
    get = cache.get
    values: list[Value] = [None] * len(cells)
    issues: dict[int, tuple[Issue, ...]] = {}
    fixed = 0
    for i, cell in enumerate(cells):
        key = cell if cell.__class__ is str else (cell.__class__, cell)
        result = get(key)
        if result is None:
            result = cache[key] = read_cell(cell)
        if result is _BLANK:
            continue
        if filled is not None:
            filled[i] = 1
        values[i] = result[0]
        if result[1]:
            issues[i] = result[1]
        if result[2]:
            fixed += 1
    return ColumnRead(values, issues, Counter({ZERO_RESTORED: fixed}) if fixed else Counter(),
                      legacy, converted)


QUOTE_LIMIT = 200  # characters of a cell quoted back (a longer text is cut, with "…")


def cell_text(value: Any) -> str:
    """A cell value as the officer sees it, to quote back in a message or a report."""
    text = "" if value is None else _text(value)
    return text if len(text) <= QUOTE_LIMIT else text[:QUOTE_LIMIT - 1] + "…"
