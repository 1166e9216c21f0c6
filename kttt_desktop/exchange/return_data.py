"""Reading the data sheet of an Excel return sent up by an office, and checking its hash.

The format is described in ``reports.data_sheet``. :func:`read_return_data` reads the hidden
``_data`` sheet with python-calamine (never the visible cells, which the office may have
edited), recomputes the SHA-256 of its rows and refuses the file when it does not match, then
returns the data as :class:`ReturnData`, ready to be combined with other offices' returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

from kttt_desktop.core.errors import FileUnreadable, InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.return_data import (
    HASH_RECORD,
    MAGIC,
    SHEET,
    VERSION,
    canonical,
    joined_hash,
    number_value,
)

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
class ReturnData:
    """The data sheet of one return: who sent it, for what, and every value in it."""

    path: Path
    format_version: int
    meta: dict[str, str]
    indicators: dict[str, IndicatorData]
    counts: dict[str, Number]
    lists: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    sha256: str = ""

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


def _texts(path: Path) -> list[str]:
    """The rows of the data sheet, each as its cells (without the trailing empty ones) joined
    by NUL: quick for rows of text (a sheet cell never holds the character NUL)."""
    if not path.is_file():
        raise FileUnreadable(translate("ReturnData", "Không tìm thấy tệp {path}.").format(
            path=path))
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise FileUnreadable(translate(
            "ReturnData", "Không đọc được tệp {path}: tệp không phải là bảng tính Excel (.xlsx) "
            "hoặc đã hỏng ({error}).").format(path=path, error=exc)) from exc
    if SHEET not in workbook.sheet_names:
        raise _problem(path, "Tệp {path} không phải là báo cáo do KTTT Desktop xuất: không có "
                       "trang dữ liệu “{sheet}”.", sheet=SHEET)
    raw = workbook.get_sheet_by_name(SHEET).to_python(skip_empty_area=False)
    try:
        return ["\0".join(row).rstrip("\0") for row in raw]  # type: ignore[arg-type]
    except TypeError:  # a number or a date typed over a cell
        return ["\0".join(canonical([_text(c) for c in row])) for row in raw]


def _text(cell: object) -> str:
    """A cell as the text that was written (the sheet holds only text; a number typed over a
    cell by hand reads back as its shortest text, and then fails the hash)."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return "" if cell is None else str(cell)


def _verify(path: Path, texts: list[str]) -> tuple[list[str], int, str]:
    """The rows before the hash row, the format's version and the hash, once the rows' hash is
    the hash row's."""
    while texts and not texts[-1]:
        texts.pop()
    first = texts[0].split("\0") if texts else []
    if first[:1] != [MAGIC]:
        raise _problem(path, "Trang dữ liệu của tệp {path} không đúng định dạng báo cáo của KTTT "
                       "Desktop.")
    version = first[1] if len(first) > 1 else ""
    if not version.isdigit() or int(version) > VERSION:
        raise _problem(path, "Báo cáo {path} được tạo bởi một phiên bản mới hơn của chương trình "
                       "(định dạng dữ liệu {version}); hãy cài phiên bản mới để đọc tệp này.",
                       version=version)
    last = texts[-1].split("\0")
    if last[:1] != [HASH_RECORD] or len(last) < 2:
        raise _problem(path, "Báo cáo {path} thiếu mã kiểm tra dữ liệu (SHA-256); tệp không còn "
                       "nguyên vẹn như khi xuất.")
    body = texts[:-1]
    if joined_hash(body) != last[1].strip().lower():
        raise _problem(path, "Dữ liệu của báo cáo {path} đã bị sửa sau khi xuất: mã kiểm tra "
                       "SHA-256 không khớp. Hãy đề nghị đơn vị gửi lại tệp gốc do chương trình "
                       "xuất ra.")
    return body, int(version), last[1].strip().lower()


def _number(path: Path, text: str, where: str) -> Number | None:
    try:
        return number_value(text)
    except ValueError:
        raise _problem(path, "Trang dữ liệu của báo cáo {path} có giá trị không phải là số "
                       "({where}: “{text}”).", where=where, text=text) from None


class _Records:
    """The records of a data sheet, gathered in one pass over its rows (each row is split into
    its cells in its turn, and let go: the rows of a file are not all held as lists at once)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.meta: dict[str, str] = {}
        self.counts: dict[str, Number] = {}
        self.lists: dict[str, list[dict[str, object]]] = {}
        self._columns: dict[str, list[str]] = {}
        self._texts: dict[str, dict[str, str]] = {}  # an indicator's kind, combine, unit
        self._numbers: dict[str, dict[str, object]] = {}  # its number fields and parts

    def read(self, texts: list[str]) -> _Records:
        indicator: str | None = None  # the code of the indicator rows being read (together)
        named: dict[str, str] = {}
        numbers: dict[str, object] = {}
        for text in texts:
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
                    numbers[name] = int(value) if value.isdecimal() else _number(
                        self.path, value, f"{code} {name}")
                elif name == "parts":
                    numbers[name] = tuple(value.split())
                elif name in ("kind", "combine", "unit"):
                    named[name] = value
            elif len(row) > 1 and record in ("meta", "count", "columns"):
                key = row[1]
                if record == "meta":
                    self.meta[key] = row[2] if len(row) > 2 else ""
                elif record == "count":
                    self.counts[key] = _number(self.path, row[2] if len(row) > 2 else "", key) or 0
                else:
                    self._columns[key] = row[2:]
                    self.lists[key] = []
            elif record in self._columns:
                self._line(row)
        return self

    def _line(self, row: list[str]) -> None:
        name = row[0]
        names = self._columns[name]
        values = row[1:] + [""] * (len(names) - len(row) + 1)
        numbers = LIST_NUMBERS.get(name, set())
        self.lists[name].append({field: _number(self.path, value, f"{name} {field}")
                                 if field in numbers else value
                                 for field, value in zip(names, values, strict=False)})

    @property
    def indicators(self) -> dict[str, IndicatorData]:
        return {code: IndicatorData(code, named.get("kind", ""), named.get("combine", ""),
                                    named.get("unit", ""),
                                    **self._numbers[code])  # type: ignore[arg-type]
                for code, named in self._texts.items()}


def read_return_data(path: Path | str) -> ReturnData:
    """The data of the return in ``path``, after checking that it is whole and unedited.

    Raises :class:`FileUnreadable` when the file cannot be read as a workbook, and
    :class:`InputError` (with a Vietnamese message naming the file) when it is not a return of
    this program, is of a newer format, or its data do not match their hash.
    """
    path = Path(path)
    body, version, digest = _verify(path, _texts(path))
    records = _Records(path).read(body)
    return ReturnData(path, version, records.meta, records.indicators, records.counts,
                      records.lists, digest)
