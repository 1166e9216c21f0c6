"""Which sheet holds which register and which column holds which field (spec/workbook.md).

Headers are compared ignoring case, diacritics, spaces and punctuation, and also without a
parenthesised unit ("Vốn góp (triệu đồng)" is "Vốn góp"); the header row is found among the
first rows of the sheet. A sheet is recognised by its name (ToChuc, "Danh sách HTX"...) or, when
its name says nothing, by its headers. A column the sheet lacks may be read from another (the
kind from the name, the commune from the address, the year from the title above the headers:
:attr:`SheetMapping.inferred`) or given one value for every row (:attr:`SheetMapping.constants`).
The detected :class:`Mapping` can be changed by the officer and saved under a name for files of the
same shape; a saved mapping knows the headers it was made for (:func:`same_headers`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kttt_desktop.core.inference import names_households, title_year
from kttt_desktop.core.text import fold
from kttt_desktop.exchange.layout import BY_KEY, OWN_SHEETS, REGISTERS, ROW_NUMBER, Register
from kttt_desktop.exchange.reader import SheetData, WorkbookData

HEADER_ROWS = 10  # the header row is one of the first rows of a sheet
PAYLOAD_VERSION = 1
TITLE = "title"
"""The source of a value read from the rows above the headers (:attr:`SheetMapping.inferred`)."""

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
    for column in BY_KEY[register_key].readable_columns:
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
    inferred: dict[str, str] = field(default_factory=dict)
    """Column key → the key of the column it is read from (or :data:`TITLE`), for a column the
    sheet lacks (kept up to date by :meth:`infer`)."""
    constants: dict[str, str] = field(default_factory=dict)
    """Column key → the value, as typed, that every row takes (the sheet has no such column)."""

    @property
    def layout(self) -> Register | None:
        return BY_KEY.get(self.register) if self.register else None

    @property
    def filled(self) -> set[str]:
        """The keys every row has a value for: by a column, a constant or an inference."""
        return {*self.columns.values(), *self.constants, *self.inferred}

    def set_field(self, index: int, key: str | None) -> list[int]:
        """The column ``index`` fills ``key`` (``None``: it is ignored); a field takes one
        column, so the columns that filled it before are ignored from now on (their indexes
        are returned) and a constant for it is dropped."""
        freed = [i for i, k in self.columns.items() if key is not None and k == key and i != index]
        for other in freed:
            del self.columns[other]
        if key is None:
            self.columns.pop(index, None)
        else:
            self.columns[index] = key
            self.constants.pop(key, None)
        return freed

    def set_constant(self, key: str, text: str | None) -> None:
        """Every row takes ``text`` for ``key`` (``None`` or blank: no constant), unless a column
        of the sheet fills ``key``: a value for every row stands only for a missing column."""
        if text is None or not text.strip() or key in self.columns.values():
            self.constants.pop(key, None)
            return
        self.constants[key] = " ".join(text.split())

    def infer(self, sheet: SheetData | None) -> None:
        """Say which missing columns are read from others: the register's pairs (the kind from
        the name, the commune from the address when the sheet has neither Mã xã nor
        Xã/Phường...), the year of a member count from the title above the headers, and
        households as members when the names are of "chủ hộ"."""
        self.inferred = {}
        register = self.layout
        if register is None:
            return
        given = {*self.columns.values(), *self.constants}
        for key, source in register.inferred_from:
            group = next((g for g in register.either if key in g), (key,))
            if source in self.columns.values() and not given & set(group):
                self.inferred[key] = source
        if ("declared_members" in given and "year" not in given and sheet is not None
                and self.title_year(sheet) is not None):
            self.inferred["year"] = TITLE
        name = self.header_of("full_name")
        if (name is not None and names_households(name) and "member_type" not in given
                and any(c.key == "member_type" for c in register.columns)):
            self.inferred["member_type"] = "full_name"

    def title_year(self, sheet: SheetData) -> int | None:
        """The year the rows above the headers name ("DANH SÁCH HTX NĂM 2024")."""
        return title_year(str(v) for row in sheet.rows[:self.header_row] for v in row
                          if isinstance(v, str))

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
        """A form that applies to another file of the same shape (by sheet name and headers):
        every header of each sheet, the field each column fills, the constants."""
        sheets = []
        for mapping in self.sheets:
            data = _sheet(workbook, mapping.sheet)
            sheets.append({
                "sheet": mapping.sheet, "register": mapping.register,
                "header_row": data.row_number(mapping.header_row) if data else mapping.header_row,
                "headers": [text for _, text in sorted(mapping.headers.items())],
                "columns": {mapping.headers[i]: key for i, key in sorted(mapping.columns.items())
                            if i in mapping.headers},
                "constants": dict(mapping.constants),
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
    mapping = SheetMapping(sheet.name, key, header_row, match_columns(rows[header_row], key),
                           _headers(rows[header_row]))
    mapping.infer(sheet)
    return mapping


def detect(workbook: WorkbookData) -> Mapping:
    """The mapping of every sheet of ``workbook`` as its names and headers suggest."""
    return Mapping([map_sheet(sheet) for sheet in workbook.sheets])


def set_constant(workbook: WorkbookData, mapping: Mapping, header: str, text: str
                 ) -> tuple[list[str], list[str]]:
    """Give every row of each sheet whose register has a column headed ``header`` (as headers
    are matched) and that lacks it the value ``text`` for it; the sheets it applies to, and those
    that have the column (they keep it)."""
    applied, kept = [], []
    for sheet in mapping.sheets:
        if sheet.register is None:
            continue
        key = next(iter(match_columns([header], sheet.register).values()), None)
        if key is None:
            continue
        if key in sheet.columns.values():
            kept.append(sheet.sheet)
            continue
        sheet.set_constant(key, text)
        sheet.infer(_sheet(workbook, sheet.sheet))
        applied.append(sheet.sheet)
    return applied, kept


def remap(workbook: WorkbookData, mapping: SheetMapping, register_key: str | None
          ) -> SheetMapping:
    """The mapping of the same sheet read as another register (``None``: not imported)."""
    sheet = _sheet(workbook, mapping.sheet)
    if sheet is None or register_key is None:
        return SheetMapping(mapping.sheet, None, mapping.header_row, {}, mapping.headers)
    return map_sheet(sheet, register_key)


def _saved_entries(workbook: WorkbookData, payload: dict[str, Any]
                   ) -> list[tuple[SheetData, dict[str, Any] | None]]:
    """Each sheet of ``workbook`` with the saved entry for it: by name, or a lone sheet whatever
    its name (a .csv file is named by the file)."""
    saved = {entry["sheet"]: entry for entry in payload.get("sheets", [])}
    lone = next(iter(saved.values())) if len(saved) == 1 and len(workbook.sheets) == 1 else None
    return [(sheet, saved.get(sheet.name) or lone) for sheet in workbook.sheets]


def _same_row(row: list[Any], headers: list[Any]) -> bool:
    return sorted(map(header_key, _headers(row).values())) == sorted(map(header_key, headers))


def _saved_header_row(sheet: SheetData, entry: dict[str, Any]) -> tuple[int, bool]:
    """Where the headers of a saved sheet are in ``sheet``, and whether they are the same: the
    row among the first rows that has the same headers (a title may have grown by a line), else
    the saved row number."""
    saved = max(0, min(int(entry.get("header_row", 1)) - 1 - sheet.first_row,
                       len(sheet.rows) - 1))
    headers = entry.get("headers")
    if isinstance(headers, list):
        for index in (saved, *range(min(HEADER_ROWS, len(sheet.rows)))):
            if index < len(sheet.rows) and _same_row(sheet.rows[index], headers):
                return index, True
    return saved, False


def apply_payload(workbook: WorkbookData, payload: dict[str, Any]) -> Mapping:
    """A saved mapping applied to ``workbook``: sheets by name, columns by header text,
    constants by field; the rest as detected."""
    mappings = []
    for sheet, entry in _saved_entries(workbook, payload):
        if entry is None:
            mappings.append(map_sheet(sheet))
            continue
        register = entry.get("register")
        if register not in BY_KEY:
            mappings.append(SheetMapping(sheet.name, None))
            continue
        index, _ = _saved_header_row(sheet, entry)
        row = sheet.rows[index] if sheet.rows else []
        wanted = {header_key(text): key for text, key in entry.get("columns", {}).items()}
        valid = {c.key for c in BY_KEY[register].readable_columns}
        columns = {j: wanted[header_key(v)] for j, v in enumerate(row)
                   if header_key(v) in wanted and wanted[header_key(v)] in valid}
        mapping = SheetMapping(sheet.name, register, index, columns, _headers(row))
        _saved_constants(sheet, mapping, entry)
        mappings.append(mapping)
    return Mapping(mappings)


def _saved_constants(sheet: SheetData, mapping: SheetMapping, entry: dict[str, Any]) -> None:
    """The values for every row of a saved sheet, for the fields ``mapping`` has no column for."""
    layout = mapping.layout
    valid = {c.key for c in layout.readable_columns} if layout else set()
    for key, text in entry.get("constants", {}).items():
        if key in valid and isinstance(text, str):
            mapping.set_constant(key, text)
    mapping.infer(sheet)


def keep_constants(workbook: WorkbookData, mapping: Mapping, payload: dict[str, Any]) -> None:
    """Give the sheets of ``mapping`` the values for every row the saved ``payload`` gave the
    sheets of the same name and register (where they still lack the column)."""
    for sheet, entry in _saved_entries(workbook, payload):
        found = mapping.of(sheet.name)
        if entry is not None and found is not None and found.register == entry.get("register"):
            _saved_constants(sheet, found, entry)


def same_headers(workbook: WorkbookData, payload: dict[str, Any]) -> bool:
    """Whether ``workbook`` has every sheet the saved mapping was made for, each with the same
    headers (as :func:`header_key` compares them, in any order) on one of its first rows."""
    found = 0
    for sheet, entry in _saved_entries(workbook, payload):
        if entry is None:
            continue
        if not sheet.rows or not _saved_header_row(sheet, entry)[1]:
            return False
        found += 1
    return found == len(payload.get("sheets", [])) > 0
