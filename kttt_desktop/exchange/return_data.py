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


def _verify(path: Path, texts: list[str]) -> tuple[list[list[str]], str]:
    """The rows before the hash row, split into cells, once their hash is the hash row's."""
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
    return [text.split("\0") for text in body], last[1].strip().lower()


def _number(path: Path, text: str, where: str) -> Number | None:
    try:
        return number_value(text)
    except ValueError:
        raise _problem(path, "Trang dữ liệu của báo cáo {path} có giá trị không phải là số "
                       "({where}: “{text}”).", where=where, text=text) from None


def _indicators(path: Path, rows: list[list[str]]) -> dict[str, IndicatorData]:
    texts: dict[str, dict[str, str]] = {}  # kind, combine, unit
    numbers: dict[str, dict[str, object]] = {}  # the number fields and the parts
    for row in rows:
        if row[0] != "indicator" or len(row) < 3:
            continue
        code, name = row[1], row[2]
        text = row[3] if len(row) > 3 else ""
        if code not in texts:
            texts[code], numbers[code] = {}, {}
        if name in NUMBER_FIELDS:
            numbers[code][name] = int(text) if text.isdecimal() else _number(
                path, text, f"{code} {name}")
        elif name == "parts":
            numbers[code][name] = tuple(text.split())
        elif name in ("kind", "combine", "unit"):
            texts[code][name] = text
    return {code: IndicatorData(code, named.get("kind", ""), named.get("combine", ""),
                                named.get("unit", ""), **numbers[code])  # type: ignore[arg-type]
            for code, named in texts.items()}


def _lists(path: Path, rows: list[list[str]]) -> dict[str, list[dict[str, object]]]:
    columns: dict[str, list[str]] = {}
    lists: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        if row[0] == "columns" and len(row) > 1:
            columns[row[1]] = row[2:]
            lists[row[1]] = []
        elif row[0] in columns:
            names = columns[row[0]]
            values = row[1:] + [""] * (len(names) - len(row) + 1)
            numbers = LIST_NUMBERS.get(row[0], set())
            lists[row[0]].append({name: _number(path, value, f"{row[0]} {name}")
                                  if name in numbers else value
                                  for name, value in zip(names, values, strict=False)})
    return lists


def read_return_data(path: Path | str) -> ReturnData:
    """The data of the return in ``path``, after checking that it is whole and unedited.

    Raises :class:`FileUnreadable` when the file cannot be read as a workbook, and
    :class:`InputError` (with a Vietnamese message naming the file) when it is not a return of
    this program, is of a newer format, or its data do not match their hash.
    """
    path = Path(path)
    body, digest = _verify(path, _texts(path))
    meta = {row[1]: (row[2] if len(row) > 2 else "") for row in body
            if row[0] == "meta" and len(row) > 1}
    counts = {row[1]: _number(path, row[2] if len(row) > 2 else "", row[1]) or 0
              for row in body if row[0] == "count" and len(row) > 1}
    return ReturnData(path, int(body[0][1]), meta, _indicators(path, body), counts,
                      _lists(path, body), digest)
