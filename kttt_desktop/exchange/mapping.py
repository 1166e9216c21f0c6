"""Which sheet holds which register and which column holds which field (spec/workbook.md).

Headers are compared ignoring case, diacritics, spaces and punctuation, and also without a
parenthesised unit ("Vốn góp (triệu đồng)" is "Vốn góp"); the header row is found among the
first rows of the sheet. A sheet is recognised by its name (ToChuc, "Danh sách HTX"...) or, when
its name says nothing, by its headers. The detected :class:`Mapping` can be changed by the
officer and saved under a name for files of the same shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kttt_desktop.core.text import fold
from kttt_desktop.exchange.layout import BY_KEY, OWN_SHEETS, REGISTERS, ROW_NUMBER, Register
from kttt_desktop.exchange.reader import SheetData, WorkbookData

HEADER_ROWS = 10  # the header row is one of the first rows of a sheet
PAYLOAD_VERSION = 1

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def header_key(text: Any) -> str:
    """``"Số CMND/CCCD"`` → ``"socmndcccd"``: what two headers must share to be the same."""
    if text is None:
        return ""
    return _NOT_ALNUM.sub("", fold(str(text)))


def header_keys(text: Any) -> tuple[str, ...]:
    """The key of a header, then the key of the header without its parenthesised parts."""
    full = header_key(text)
    if not full:
        return ()
    bare = header_key(_PARENTHESES.sub(" ", str(text)))
    return (full, bare) if bare and bare != full else (full,)


@cache
def _column_index(register_key: str) -> dict[str, str]:
    """Header key → column key of a register (the template's header and every synonym)."""
    index: dict[str, str] = {}
    for column in BY_KEY[register_key].columns:
        for text in (column.header, *column.synonyms):
            for key in header_keys(text):
                index.setdefault(key, column.key)
    return index


@cache
def _sheet_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for register in REGISTERS:
        for name in (register.sheet, *register.synonyms):
            index.setdefault(header_key(name), register.key)
    return index


_OWN_SHEETS = frozenset(header_key(n) for n in OWN_SHEETS)


@dataclass
class SheetMapping:
    """How one sheet is read. Indexes are positions in :attr:`SheetData.rows` (0-based)."""

    sheet: str
    register: str | None  # a key of layout.BY_KEY; None: the sheet is not imported
    header_row: int = 0
    columns: dict[int, str] = field(default_factory=dict)  # column index → column key
    headers: dict[int, str] = field(default_factory=dict)  # column index → header as written

    @property
    def layout(self) -> Register | None:
        return BY_KEY.get(self.register) if self.register else None

    def header_of(self, key: str) -> str | None:
        """The header, as written in the file, of the column mapped to ``key``."""
        for index, mapped in self.columns.items():
            if mapped == key:
                return self.headers.get(index, key)
        return None

    def index_of(self, key: str) -> int | None:
        for index, mapped in self.columns.items():
            if mapped == key:
                return index
        return None

    @property
    def ignored_columns(self) -> list[str]:
        """Headers of the file that no field takes, in the order of the sheet."""
        return [text for index, text in sorted(self.headers.items())
                if index not in self.columns]


@dataclass
class Mapping:
    sheets: list[SheetMapping]

    def of(self, sheet: str) -> SheetMapping | None:
        return next((m for m in self.sheets if m.sheet == sheet), None)

    def to_payload(self, workbook: WorkbookData) -> dict[str, Any]:
        """A form that applies to another file of the same shape (by sheet name and headers)."""
        sheets = []
        for mapping in self.sheets:
            data = _sheet(workbook, mapping.sheet)
            sheets.append({
                "sheet": mapping.sheet, "register": mapping.register,
                "header_row": data.row_number(mapping.header_row) if data else mapping.header_row,
                "columns": {mapping.headers[i]: key for i, key in sorted(mapping.columns.items())
                            if i in mapping.headers},
            })
        return {"version": PAYLOAD_VERSION, "sheets": sheets}


def _sheet(workbook: WorkbookData, name: str) -> SheetData | None:
    return next((s for s in workbook.sheets if s.name == name), None)


def _headers(row: list[Any]) -> dict[int, str]:
    return {j: " ".join(str(v).split()) for j, v in enumerate(row)
            if v is not None and str(v).strip()}


def match_columns(row: list[Any], register_key: str) -> dict[int, str]:
    """Column index → column key for the cells of ``row`` that are headers of the register."""
    index = _column_index(register_key)
    found: dict[int, str] = {}
    taken: set[str] = set()
    for j, value in enumerate(row):
        if not isinstance(value, str):
            continue
        for key in header_keys(value):
            column = index.get(key)
            if column is not None and column not in taken:
                found[j] = column
                taken.add(column)
                break
    return found


def register_of_sheet_name(name: str) -> str | None:
    return _sheet_index().get(header_key(name))


def _fit(register: Register, matched: dict[int, str]) -> int:
    """How well a candidate header row fits a register (0: not at all)."""
    keys = {k for k in matched.values() if register.column(k).kind != ROW_NUMBER}
    if len(keys) < 2 or not keys & register.signature:
        return 0
    return len(keys)


def map_sheet(sheet: SheetData, register_key: str | None = None) -> SheetMapping:
    """The mapping of one sheet: for ``register_key`` when given, else the register its name or
    its headers say (``register`` ``None`` when nothing fits)."""
    rows = sheet.rows[:HEADER_ROWS]
    if register_key is None and header_key(sheet.name) in _OWN_SHEETS:
        return SheetMapping(sheet.name, None)
    named = register_key or register_of_sheet_name(sheet.name)
    best: tuple[int, int, str] | None = None  # (fit, -row, register)
    for register in REGISTERS:
        if named and register.key != named:
            continue
        for i, row in enumerate(rows):
            matched = match_columns(row, register.key)
            score = _fit(register, matched) if not named else len(matched)
            if score and (best is None or (score, -i) > best[:2]):
                best = (score, -i, register.key)
    if best is None:
        return SheetMapping(sheet.name, named, 0, {}, _headers(rows[0]) if rows else {})
    header_row, key = -best[1], best[2]
    return SheetMapping(sheet.name, key, header_row, match_columns(rows[header_row], key),
                        _headers(rows[header_row]))


def detect(workbook: WorkbookData) -> Mapping:
    """The mapping of every sheet of ``workbook`` as its names and headers suggest."""
    return Mapping([map_sheet(sheet) for sheet in workbook.sheets])


def remap(workbook: WorkbookData, mapping: SheetMapping, register_key: str | None
          ) -> SheetMapping:
    """The mapping of the same sheet read as another register (``None``: not imported)."""
    sheet = _sheet(workbook, mapping.sheet)
    if sheet is None or register_key is None:
        return SheetMapping(mapping.sheet, None, mapping.header_row, {}, mapping.headers)
    return map_sheet(sheet, register_key)


def apply_payload(workbook: WorkbookData, payload: dict[str, Any]) -> Mapping:
    """A saved mapping applied to ``workbook``: sheets by name (a lone sheet whatever its name,
    as a .csv file is named by the file), columns by header text; the rest as detected."""
    saved = {entry["sheet"]: entry for entry in payload.get("sheets", [])}
    lone = next(iter(saved.values())) if len(saved) == 1 and len(workbook.sheets) == 1 else None
    mappings = []
    for sheet in workbook.sheets:
        entry = saved.get(sheet.name) or lone
        if entry is None:
            mappings.append(map_sheet(sheet))
            continue
        register = entry.get("register")
        if register not in BY_KEY:
            mappings.append(SheetMapping(sheet.name, None))
            continue
        index = max(0, min(int(entry.get("header_row", 1)) - 1 - sheet.first_row,
                           len(sheet.rows) - 1))
        row = sheet.rows[index] if sheet.rows else []
        wanted = {header_key(text): key for text, key in entry.get("columns", {}).items()}
        valid = {c.key for c in BY_KEY[register].columns}
        columns = {j: wanted[header_key(v)] for j, v in enumerate(row)
                   if header_key(v) in wanted and wanted[header_key(v)] in valid}
        mappings.append(SheetMapping(sheet.name, register, index, columns, _headers(row)))
    return Mapping(mappings)
