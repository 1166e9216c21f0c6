"""The snapshot of a periodic return: every number and every table, as plain data.

A return is computed once into a :class:`ReturnSnapshot` and rendered twice (``reports.xlsx``,
``reports.pdf``); a submitted return keeps its snapshot as JSON (:func:`to_json` /
:func:`from_json`), so that it can be shown again and compared with a fresh one.

The snapshot holds:

- ``indicators``: every indicator of the office's catalogue for the period (value, numerator,
  denominator, flows over the window and the year to date, the values a year earlier, and the
  additive codes it is made from), so that several offices' returns can be recombined;
- ``counts``: additive numbers of the return that are not indicators (the managers matrix counts
  positions, not persons; organisations rated "không đánh giá"), by a dotted key;
- ``organisations`` and ``ocop_expiring``: the lists of the return (no personal data);
- ``sections``: the tables as both renderings show them (titles, columns, rows of values);
- the office's header and signature data, the officer's free text, versions and times, and the
  reporting year: the year whose figures and ratings the yearly measures use.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Union

from kttt_desktop.core.dates import format_date
from kttt_desktop.core.numbers import NO_VALUE, format_number

FORMAT_VERSION = 1

Number = int | float
Value = int | float | str | date | None


@dataclass(frozen=True)
class Header:
    """The office's header and signature block (services.office.OfficeProfile, as printed)."""

    office: str
    superior_body: str = ""
    province_code: str = ""
    province: str = ""
    area: tuple[str, ...] = ()  # commune codes
    place_name: str = ""
    doc_number: str = ""  # the number of the document ("" leaves it blank for the clerk)
    doc_symbol: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    preparer_name: str = ""
    recipients: tuple[str, ...] = ()  # one line each


@dataclass(frozen=True)
class IndicatorFigures:
    """One indicator of the period.

    ``value`` is at D for a stock or a ratio, over the period's window for a flow; ``ytd`` is a
    flow from 01/01 to D; ``year_earlier`` / ``year_earlier_ytd`` the same a year before.
    ``parts`` are the additive codes a ratio is made from (itself for an additive indicator).
    """

    code: str
    label: str
    unit: str
    kind: str  # stock | flow | ratio
    combine: str  # sum | share | mean | growth
    value: Number | None
    numerator: Number | None = None
    denominator: Number | None = None
    ytd: Number | None = None
    year_earlier: Number | None = None
    year_earlier_ytd: Number | None = None
    parts: tuple[str, ...] = ()
    auxiliary: bool = False
    source: str = ""  # where a manual indicator's value came from


@dataclass(frozen=True)
class OrganisationLine:
    """One organisation of the list (section 9)."""

    code: str
    name: str
    commune: str
    kind: str  # tht | htx | lhhtx
    sector: str  # code of core.enums.Sector
    members: int
    workers: int | None
    revenue: float | None  # million VND
    rating: str  # code of core.enums.RatingClass, "" without a rating for the reporting year
    ocop_products: int


@dataclass(frozen=True)
class OcopLine:
    """An OCOP product that expires within 90 days after D."""

    product: str
    organisation: str
    commune: str
    stars: int
    decision_no: str
    expires_on: date


@dataclass(frozen=True)
class Column:
    """A column of a table: its title, the kind of its values, its relative width.

    ``kind``: ``text``, ``code`` (text kept as typed: leading zeros), ``int``, ``decimal`` (one
    decimal), ``index`` (a row number: no decimals, no thousands separator), ``date``. In a
    numeric column ``None`` is "no value" (shown "–") and ``""`` a cell left blank. ``group``:
    columns side by side with the same group share a header above their own titles.
    """

    title: str
    kind: str = "int"
    width: float = 1.0
    group: str = ""


@dataclass(frozen=True)
class Row:
    """A row of a table. ``style``: "" (plain), ``total`` (bold), ``sub`` (an indented part of
    the row above). ``decimals`` overrides the decimals of the row's numbers (not of an
    ``index`` column); ``status`` is
    the code of a target's status (the screen colours it)."""

    cells: tuple[Value, ...]
    style: str = ""
    decimals: int | None = None
    status: str = ""


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    title: str = ""  # a sub-heading above the table (a section may hold several)
    notes: tuple[str, ...] = ()

    @property
    def grouped(self) -> bool:
        return any(c.group for c in self.columns)


@dataclass(frozen=True)
class HeaderCell:
    """A cell of a table's header: where it starts and how many rows and columns it covers."""

    row: int
    column: int
    text: str
    rows: int = 1
    columns: int = 1


def header_cells(columns: tuple[Column, ...]) -> tuple[int, list[HeaderCell]]:
    """The header of a table: how many rows it has, and its cells.

    One row of titles; two when some columns are grouped: the group's title over the titles of
    its columns, and the title of every other column over both rows.
    """
    rows = 2 if any(c.group for c in columns) else 1
    cells: list[HeaderCell] = []
    index = 0
    while index < len(columns):
        column = columns[index]
        if not column.group:
            cells.append(HeaderCell(0, index, column.title, rows=rows))
            index += 1
            continue
        span = 1
        while index + span < len(columns) and columns[index + span].group == column.group:
            span += 1
        cells.append(HeaderCell(0, index, column.group, columns=span))
        cells.extend(HeaderCell(1, index + i, columns[index + i].title) for i in range(span))
        index += span
    return rows, cells


@dataclass(frozen=True)
class Section:
    """A numbered part of the return: a heading, its tables, a sheet of its own in Excel.

    ``key`` is stable ASCII; ``landscape`` asks for landscape pages (wide tables); ``appendix``
    puts the section after the signature in the PDF (a list annexed to the report).
    """

    key: str
    number: int
    title: str
    sheet: str  # sheet name, at most 31 characters
    tables: tuple[Table, ...]
    landscape: bool = False
    appendix: bool = False


@dataclass(frozen=True)
class ReturnSnapshot:
    period: str  # "2026-Q3"
    period_words: str  # "quý III năm 2026"
    title: str  # the summary under "BÁO CÁO", the period in words at its end
    period_start: date
    reference_date: date
    created_at: datetime  # aware UTC
    issued_on: date  # the date printed on the document
    program_version: str
    header: Header
    indicators: tuple[IndicatorFigures, ...]
    counts: dict[str, int] = field(default_factory=dict)
    organisations: tuple[OrganisationLine, ...] = ()
    ocop_expiring: tuple[OcopLine, ...] = ()
    sections: tuple[Section, ...] = ()
    free_text: str = ""
    reporting_year: int = 0  # the year of the yearly measures (0: a snapshot made before it)
    format_version: int = FORMAT_VERSION

    def indicator(self, code: str) -> IndicatorFigures:
        for figures in self.indicators:
            if figures.code == code:
                return figures
        raise KeyError(code)

    def indicator_map(self) -> dict[str, IndicatorFigures]:
        return {f.code: f for f in self.indicators}


def cell_text(column: Column, row: Row, value: Value) -> str:
    """A table cell as the documents print it: "1.325,5", "30/09/2026", "–" for no value."""
    if column.kind in ("text", "code"):
        return "" if value is None else str(value)
    if column.kind == "date":
        return format_date(value) if isinstance(value, date) else ""
    if value == "":
        return ""
    if value is None:
        return NO_VALUE
    if column.kind == "index":
        return str(value)
    decimals = row.decimals if row.decimals is not None else (1 if column.kind == "decimal" else 0)
    return format_number(value, decimals)  # type: ignore[arg-type]


# --- JSON ---------------------------------------------------------------------------------------

def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return {"date": value.isoformat()}  # a date cell must stay a date, not become text
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def to_json(snapshot: ReturnSnapshot) -> str:
    """The snapshot as JSON text (UTF-8 safe, dates kept as dates)."""
    return json.dumps(_encode(snapshot), ensure_ascii=False, separators=(",", ":"))


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(value: Any, hint: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if isinstance(value, dict) and "date" in value and date in options:
            return date.fromisoformat(value["date"])
        for option in options:  # the first that fits: numbers and text stay what they are
            if option in (int, float, str) and isinstance(value, option):
                return value
        return _decode(value, options[0])
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_decode(v, item) for v in value)
    if origin is dict:
        item = typing.get_args(hint)[1]
        return {k: _decode(v, item) for k, v in value.items()}
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value["date"] if isinstance(value, dict) else value)
    if dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        known = {f.name for f in dataclasses.fields(hint)}
        return hint(**{k: _decode(v, hints[k]) for k, v in value.items() if k in known})
    if hint is float and isinstance(value, int):
        return float(value)
    return value


def from_json(text: str) -> ReturnSnapshot:
    """The snapshot :func:`to_json` wrote (fields added by later versions are ignored)."""
    return _decode(json.loads(text), ReturnSnapshot)
