"""Reading the data sheet of an Excel return sent up by an office, and checking it.

The format is described in ``reports.data_sheet``. :func:`read_return_data` reads the hidden
``_data`` sheet with python-calamine (never the visible cells for the figures: the office may
have edited them), recomputes the SHA-256 of its rows and refuses the file when it does not
match, checks every value (a malformed one is named with its row), compares the visible sheets
with the cells sealed in the data sheet, and checks the office's signature against its own key.
Whether that key is one the province registered is the consolidation's business
(``services.returns.seal``).
"""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook

from kttt_desktop.core.enums import OrgKind, RatingClass
from kttt_desktop.core.errors import FileUnreadable, InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.periods import Period
from kttt_desktop.core.return_data import (
    CELLS_RECORD,
    HASH_RECORD,
    MAGIC,
    SHEET,
    SHEET_RECORD,
    SIGNATURE_KIND,
    SIGNATURE_RECORD,
    VERSIONS,
    canonical,
    cell_text,
    fingerprint,
    joined_hash,
    number_value,
    signed_message,
)
from kttt_desktop.data.admin_units import catalogue
from kttt_desktop.data.keys import decode_key, signature_valid
from kttt_desktop.exchange.reader import is_panic
from kttt_desktop.exchange.sniff import XLSX, sniff

Number = int | float
NUMBER_FIELDS = frozenset({"value", "numerator", "denominator", "ytd", "year_earlier",
                           "year_earlier_ytd"})
LIST_NUMBERS = {"organisation": {"members", "workers", "revenue", "ocop_products"},
                "ocop_expiring": {"stars"}}


@dataclass(frozen=True)
class IndicatorData:
    code: str
    kind: str
    combine: str
    unit: str
    value: Number | None
    year_earlier: Number | None = None
    ytd: Number | None = None
    year_earlier_ytd: Number | None = None
    numerator: Number | None = None
    denominator: Number | None = None
    parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signature:
    """The signature row of a return: the key that signed and whether the signature is that
    key's signature of the data (a forged file rehashed after an edit fails here)."""

    public_key: bytes
    valid: bool

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True)
class CellDifference:
    """A visible cell that does not show what the sealed data says it showed."""

    sheet: str
    ref: str  # "B13"
    shown: str
    sealed: str

    def describe(self) -> str:
        return translate("ReturnData", "‘{sheet}’!{ref}: tệp ghi “{shown}”, số liệu gốc “{sealed}”"
                         ).format(sheet=self.sheet, ref=self.ref, shown=self.shown,
                                  sealed=self.sealed)


@dataclass(frozen=True)
class ReturnData:
    """The data sheet of one return: who sent it, for what, and every value in it."""

    path: Path
    format_version: int
    meta: dict[str, str]
    indicators: dict[str, IndicatorData]
    counts: dict[str, Number]
    lists: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    sha256: str = ""
    signature: Signature | None = None
    differences: tuple[CellDifference, ...] = ()  # visible cells edited after the file was made
    cells_sealed: bool = False  # the data sheet holds the visible cells (format 2)

    @property
    def office(self) -> str:
        return self.meta.get("office", "")

    @property
    def period(self) -> str:
        return self.meta.get("period", "")

    @property
    def province_code(self) -> str:
        return self.meta.get("province_code", "")

    @property
    def area(self) -> tuple[str, ...]:
        return tuple(c for c in self.meta.get("area", "").split(",") if c)

    @property
    def reference_date(self) -> date:
        return date.fromisoformat(self.meta["reference_date"])

    @property
    def created_at(self) -> datetime:
        return datetime.fromisoformat(self.meta["created_at"])

    @property
    def reporting_year(self) -> int | None:
        """The year of the yearly indicators (``None``: a return made before the reporting year
        was written down, whose yearly indicators are of the year of its reference date)."""
        text = self.meta.get("reporting_year", "")
        return int(text) if text.isdigit() else None


def _problem(path: Path, text: str, **values: object) -> InputError:
    return InputError(translate("ReturnData", text).format(path=path, **values))


def _bad_value(path: Path, row: int, what: str, text: str) -> InputError:
    """A value of the data sheet that is not what the format says, named with its row."""
    return InputError(translate(
        "ReturnData", "Trang dữ liệu của báo cáo {path}, dòng {row}: {what} không hợp lệ "
        "(“{text}”). Tệp không phải là báo cáo nguyên vẹn do KTTT Desktop xuất; hãy đề nghị đơn vị "
        "gửi lại tệp gốc.").format(path=path, row=row, what=what, text=text))


def _workbook(path: Path) -> CalamineWorkbook:
    if not path.is_file():
        raise FileUnreadable(translate("ReturnData", "Không tìm thấy tệp {path}.").format(
            path=path))
    try:
        if sniff(path) != XLSX:  # a crafted file is refused before a reader builds it
            raise ValueError("not .xlsx")
        return CalamineWorkbook.from_path(str(path))
    except InputError as exc:
        raise InputError(exc.message) from None
    except (CalamineError, OSError, ValueError) as exc:
        raise _not_a_workbook(path, exc) from exc


def _not_a_workbook(path: Path, error: object) -> FileUnreadable:
    return FileUnreadable(translate(
        "ReturnData", "Không đọc được tệp {path}: tệp không phải là bảng tính Excel (.xlsx) "
        "hoặc đã hỏng ({error}).").format(path=path, error=error))


def _sheet_rows(path: Path, workbook: CalamineWorkbook, name: str) -> list[list[Any]]:
    try:
        return workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except CalamineError as exc:
        raise _not_a_workbook(path, exc) from exc
    except BaseException as exc:
        if is_panic(exc):
            raise _not_a_workbook(path, exc) from None
        raise


def _texts(path: Path, workbook: CalamineWorkbook) -> list[str]:
    """The rows of the data sheet, each as its cells (without the trailing empty ones) joined
    by NUL: quick for rows of text (a sheet cell never holds the character NUL)."""
    if SHEET not in workbook.sheet_names:
        raise _problem(path, "Tệp {path} không phải là báo cáo do KTTT Desktop xuất: không có "
                       "trang dữ liệu “{sheet}”.", sheet=SHEET)
    raw = _sheet_rows(path, workbook, SHEET)
    try:
        return ["\0".join(row).rstrip("\0") for row in raw]
    except TypeError:  # a number or a date typed over a cell
        return ["\0".join(canonical([_text(c) for c in row])) for row in raw]


def _text(cell: object) -> str:
    """A cell as the text that was written (the sheet holds only text; a number typed over a
    cell by hand reads back as its shortest text, and then fails the hash)."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return "" if cell is None else str(cell)


def _signature(path: Path, texts: list[str], digest: str) -> Signature | None:
    if not texts or not texts[-1].startswith(SIGNATURE_RECORD + "\0"):
        return None
    row = texts.pop().split("\0")
    public = decode_key(row[2]) if len(row) > 3 and row[1] == SIGNATURE_KIND else None
    try:
        signature = base64.b64decode(row[3], validate=True) if public else b""
    except ValueError:
        signature = b""
    if public is None or not signature:
        raise _bad_value(path, len(texts) + 1, translate("ReturnData", "chữ ký số"),
                         "\t".join(row[1:])[:80])
    return Signature(public, signature_valid(public, signature, signed_message(digest)))


def _verify(path: Path, texts: list[str]) -> tuple[list[str], int, str, Signature | None]:
    """The rows before the hash row, the format's version, the hash and the signature, once
    the rows' hash is the hash row's."""
    while texts and not texts[-1]:
        texts.pop()
    first = texts[0].split("\0") if texts else []
    if first[:1] != [MAGIC]:
        raise _problem(path, "Trang dữ liệu của tệp {path} không đúng định dạng báo cáo của KTTT "
                       "Desktop.")
    version = first[1] if len(first) > 1 else ""
    if version.isdigit() and int(version) > max(VERSIONS):
        raise _problem(path, "Báo cáo {path} được tạo bởi một phiên bản mới hơn của chương trình "
                       "(định dạng dữ liệu {version}); hãy cài phiên bản mới để đọc tệp này.",
                       version=version)
    if not version.isdigit() or int(version) not in VERSIONS:
        raise _bad_value(path, 1, translate("ReturnData", "phiên bản định dạng"), version)
    signature_row = texts[-1] if int(version) >= 2 else ""
    last_index = len(texts) - (2 if signature_row.startswith(SIGNATURE_RECORD + "\0") else 1)
    last = texts[last_index].split("\0") if last_index > 0 else []
    if last[:1] != [HASH_RECORD] or len(last) < 2:
        raise _problem(path, "Báo cáo {path} thiếu mã kiểm tra dữ liệu (SHA-256); tệp không còn "
                       "nguyên vẹn như khi xuất.")
    body = texts[:last_index]
    digest = last[1].strip().lower()
    if joined_hash(body) != digest:
        raise _problem(path, "Dữ liệu của báo cáo {path} đã bị sửa sau khi xuất: mã kiểm tra "
                       "SHA-256 không khớp. Hãy đề nghị đơn vị gửi lại tệp gốc do chương trình "
                       "xuất ra.")
    signature = _signature(path, texts[:last_index + 2], digest) if int(version) >= 2 else None
    return body, int(version), digest, signature


_RATINGS = frozenset(r.value for r in RatingClass) | {""}
_KINDS = frozenset(k.value for k in OrgKind)
_REQUIRED_META = ("office", "province_code", "area", "period", "period_start", "reference_date",
                  "created_at")


def _communes() -> frozenset[str]:
    return frozenset(catalogue().communes)


class _Records:
    """The records of a data sheet, gathered in one pass over its rows (each row is split into
    its cells in its turn, and let go: the rows of a file are not all held as lists at once).
    A value that is not what the format says stops the reading, naming its row."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.meta: dict[str, str] = {}
        self.meta_rows: dict[str, int] = {}
        self.counts: dict[str, Number] = {}
        self.lists: dict[str, list[dict[str, object]]] = {}
        self.cells: dict[str, dict[tuple[int, int], str]] = {}  # sheet → (row, col) → text
        self._columns: dict[str, list[str]] = {}
        self._texts: dict[str, dict[str, str]] = {}  # an indicator's kind, combine, unit
        self._numbers: dict[str, dict[str, object]] = {}  # its number fields and parts
        self._communes = _communes()

    def _number(self, row: int, text: str, where: str) -> Number | None:
        try:
            return number_value(text)
        except ValueError:
            raise _bad_value(self.path, row, translate("ReturnData", "số ({where})").format(
                where=where), text) from None

    def read(self, texts: list[str]) -> _Records:
        indicator: str | None = None  # the code of the indicator rows being read (together)
        named: dict[str, str] = {}
        numbers: dict[str, object] = {}
        sheet: dict[tuple[int, int], str] | None = None
        for number, text in enumerate(texts, start=1):
            row = text.split("\0")
            record = row[0]
            if record == "indicator":
                if len(row) < 3:
                    continue
                code, name = row[1], row[2]
                if code != indicator:
                    indicator = code
                    named = self._texts.setdefault(code, {})
                    numbers = self._numbers.setdefault(code, {})
                value = row[3] if len(row) > 3 else ""
                if name in NUMBER_FIELDS:
                    numbers[name] = int(value) if value.isdecimal() else self._number(
                        number, value, f"{code} {name}")
                elif name == "parts":
                    numbers[name] = tuple(value.split())
                elif name in ("kind", "combine", "unit"):
                    named[name] = value
            elif record == CELLS_RECORD and sheet is not None and len(row) > 2:
                try:
                    at, values = int(row[1]), json.loads(row[2])
                    if not isinstance(values, list):
                        raise ValueError(row[2])
                except ValueError:
                    raise _bad_value(self.path, number, translate(
                        "ReturnData", "dòng ô hiển thị"), "\t".join(row[1:3])[:80]) from None
                for column, value in enumerate(values, start=1):
                    if value:
                        sheet[(at, column)] = str(value)
            elif record == SHEET_RECORD and len(row) > 1:
                sheet = self.cells.setdefault(row[1], {})
            elif len(row) > 1 and record in ("meta", "count", "columns"):
                key = row[1]
                if record == "meta":
                    self.meta[key] = row[2] if len(row) > 2 else ""
                    self.meta_rows[key] = number
                elif record == "count":
                    self.counts[key] = self._number(number, row[2] if len(row) > 2 else "",
                                                    key) or 0
                else:
                    self._columns[key] = row[2:]
                    self.lists[key] = []
            elif record in self._columns:
                self._line(number, row)
        self._check_meta()
        return self

    def _line(self, number: int, row: list[str]) -> None:
        name = row[0]
        names = self._columns[name]
        values = dict(zip(names, row[1:] + [""] * (len(names) - len(row) + 1), strict=False))
        numbers = LIST_NUMBERS.get(name, set())
        line: dict[str, object] = {field: self._number(number, value, f"{name} {field}")
                                   if field in numbers else value
                                   for field, value in values.items()}
        checks: dict[str, tuple[str, Callable[[str], bool]]] = {
            "rating": (translate("ReturnData", "mã xếp loại"), _RATINGS.__contains__),
            "kind": (translate("ReturnData", "loại hình tổ chức"), _KINDS.__contains__),
            "expires_on": (translate("ReturnData", "ngày hết hạn"), _is_date),
        }
        for field_name, (what, valid) in checks.items():
            if field_name in values and not valid(values[field_name]):
                raise _bad_value(self.path, number, what, values[field_name])
        self.lists[name].append(line)

    def _check_meta(self) -> None:
        for key in _REQUIRED_META:
            if not self.meta.get(key):
                raise _problem(self.path, "Trang dữ liệu của báo cáo {path} thiếu dòng “meta | "
                               "{key}”; tệp không phải là báo cáo nguyên vẹn do KTTT Desktop "
                               "xuất.", key=key)
        rows = self.meta_rows
        for code in self.meta["area"].split(","):
            if code not in self._communes:
                raise _bad_value(self.path, rows["area"], translate(
                    "ReturnData", "mã xã, phường của địa bàn"), code)
        try:
            Period.parse(self.meta["period"])
        except InputError:
            raise _bad_value(self.path, rows["period"], translate("ReturnData", "kỳ báo cáo"),
                             self.meta["period"]) from None
        for key in ("period_start", "reference_date", "issued_on"):
            if key in self.meta and not _is_date(self.meta[key]):
                raise _bad_value(self.path, rows[key], translate("ReturnData", "ngày ({key})")
                                 .format(key=key), self.meta[key])
        try:
            datetime.fromisoformat(self.meta["created_at"])
        except ValueError:
            raise _bad_value(self.path, rows["created_at"], translate(
                "ReturnData", "thời điểm tạo"), self.meta["created_at"]) from None

    @property
    def indicators(self) -> dict[str, IndicatorData]:
        return {code: IndicatorData(code, named.get("kind", ""), named.get("combine", ""),
                                    named.get("unit", ""),
                                    **self._numbers[code])  # type: ignore[arg-type]
                for code, named in self._texts.items()}


def _is_date(text: str) -> bool:
    if not text:
        return True
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _same_cell(sealed: str, shown: str) -> bool:
    """Whether a visible cell shows what was sealed: the same text, or the same number as far
    as a spreadsheet keeps one (openpyxl writes 16 significant digits of a float)."""
    if sealed == shown:
        return True
    try:
        return math.isclose(float(sealed), float(shown), rel_tol=1e-12, abs_tol=1e-12)
    except ValueError:
        return False


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _differences(path: Path, workbook: CalamineWorkbook,
                 sealed: dict[str, dict[tuple[int, int], str]]) -> tuple[CellDifference, ...]:
    """The visible cells that differ from the cells sealed in the data sheet (every sheet of
    the file but the data sheet, a sheet added or removed included)."""
    found: list[CellDifference] = []
    names = [n for n in workbook.sheet_names if n != SHEET]
    for name in dict.fromkeys([*names, *sealed]):
        expected = sealed.get(name, {})
        shown: dict[tuple[int, int], str] = {}
        if name in names:
            for r, values in enumerate(_sheet_rows(path, workbook, name), start=1):
                for c, value in enumerate(values, start=1):
                    text = cell_text(value)
                    if text:
                        shown[(r, c)] = text
        for at in sorted(set(expected) | set(shown)):
            if not _same_cell(expected.get(at, ""), shown.get(at, "")):
                found.append(CellDifference(name, f"{_column_letters(at[1])}{at[0]}",
                                            shown.get(at, ""), expected.get(at, "")))
    return tuple(found)


def read_return_data(path: Path | str) -> ReturnData:
    """The data of the return in ``path``, after checking that it is whole and unedited.

    Raises :class:`FileUnreadable` when the file cannot be read as a workbook, and
    :class:`InputError` (with a Vietnamese message naming the file, and the row for a bad
    value) when it is not a return of this program, is of a newer format, its data do not match
    their hash, or a value is malformed. The visible cells that differ from the sealed ones and
    the signature are returned for the caller to judge.
    """
    path = Path(path)
    workbook = _workbook(path)
    try:
        body, version, digest, signature = _verify(path, _texts(path, workbook))
        records = _Records(path).read(body)
        differences = _differences(path, workbook, records.cells) if version >= 2 else ()
    finally:
        workbook.close()
    return ReturnData(path, version, records.meta, records.indicators, records.counts,
                      records.lists, digest, signature, differences, version >= 2)
