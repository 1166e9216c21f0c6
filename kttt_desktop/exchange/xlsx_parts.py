"""What the worksheets of an .xlsx file hold, seen in their XML before a reader builds them.

python-calamine builds a sheet as one rectangle from its first to its last cell: one cell at A1
and one at XFD1048576 make it ask for 549 GB, and the process is aborted (no exception to
catch). The cell references of every worksheet are therefore read first, and a sheet whose
rectangle would exceed the program's limits is refused before any reader sees it.

The same look finds formula cells written without the value Excel saves with them (a file made
by a program, never opened in Excel): a reader gives them as empty cells, so they are reported.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections import Counter
from operator import itemgetter
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as DefusedET

_REF = re.compile(rb"""r(?<=\sr)\s*=\s*["']([A-Za-z]+)([0-9]+)["']""")  # an attribute r="XFD5"
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_FORMULA = re.compile(rb"f(?<=[<:]f)[\s>/]")  # <f>, <f t="shared"…/>, <x:f>: from the rare f
_VALUE = re.compile(rb"<(?:\w+:)?v>\s*[^<\s]")
_SHARED_STRING = re.compile(rb"<(?:\w+:)?si\b[^>]*>(.*?)</(?:\w+:)?si>", re.S)
# A cell of type "s" (its value is the index of a shared string), and that index; the value may
# follow a formula. (Searched from the letter t: an attribute t="s".)
_SHARED_CELL = re.compile(rb"""t(?<=\st)\s*=\s*["']s["']""")
_SHARED_INDEX = re.compile(
    rb"""t(?<=\st)\s*=\s*["']s["'][^>]*>\s*(?:<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)\s*)?"""
    rb"""<(?:\w+:)?v>\s*([0-9]+)\s*<""")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

Cell = tuple[int, int]  # (row, column), 0-based in the sheet


def column_number(letters: bytes) -> int:
    """``A`` → 1, ``Z`` → 26, ``AA`` → 27, ``XFD`` → 16384."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


# A sheet none of whose references has two letters or six digits lies within A1:Z99999: one
# search tells it, where finding the exact rectangle takes every reference (a province's import
# is such a sheet; a wider or longer one is measured exactly).
QUICK_ROWS, QUICK_COLUMNS = 99_999, 26
# (The search runs fast from the letter r; whether it begins an attribute is checked after.)
_BEYOND_QUICK = re.compile(rb"""r\s*=\s*["'](?:[A-Za-z]{2}|[A-Za-z][0-9]{6})""")


def _beyond_quick(xml: bytes) -> bool:
    return any(xml[m.start() - 1:m.start()].isspace() for m in _BEYOND_QUICK.finditer(xml))


class SheetExtent:
    """The rectangle of a worksheet's cells (1-based, as Excel numbers them), or the rectangle
    A1:Z99999 that holds them (``exact`` false), and its formula cells without a saved value."""

    def __init__(self, xml: bytes, *, quick: bool = True) -> None:
        self.exact = not quick or _beyond_quick(xml)
        if self.exact:
            refs = _REF.findall(xml) or [(b"A", b"1")]
            rows = [int(d) for d in set(map(itemgetter(1), refs))]  # far fewer rows than cells
            columns = [column_number(c) for c in set(map(itemgetter(0), refs))]
            self.first_row, self.last_row = min(rows), max(rows)
            self.first_column, self.last_column = min(columns), max(columns)
        else:
            self.first_row, self.last_row = 1, QUICK_ROWS
            self.first_column, self.last_column = 1, QUICK_COLUMNS
        self.uncomputed = _uncomputed(xml)

    @property
    def rows(self) -> int:
        return self.last_row - self.first_row + 1

    @property
    def columns(self) -> int:
        return self.last_column - self.first_column + 1

    @property
    def cells(self) -> int:
        return self.rows * self.columns


def _uncomputed(xml: bytes) -> set[Cell]:
    if _FORMULA.search(xml) is None:
        return set()
    found: set[Cell] = set()
    for attributes, body in _CELL.findall(xml):
        if body and _FORMULA.search(body) and not _VALUE.search(body):
            ref = _REF.search(b" " + attributes)  # the cell's own reference
            if ref:
                found.add((int(ref[2]) - 1, column_number(ref[1]) - 1))
    return found


def _relations(archive: zipfile.ZipFile) -> list[Any]:
    try:
        return list(DefusedET.fromstring(archive.read("xl/_rels/workbook.xml.rels")))
    except KeyError:
        return []


def _member(target: str) -> str:
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(
        posixpath.join("xl", target))


def shared_string_sizes(archive: zipfile.ZipFile) -> list[int] | None:
    """The size of each shared string (its bytes in the XML: at least its characters), or
    ``None`` when the workbook keeps its texts inline (it then holds no more text than its XML,
    whose size the sniffing bounded)."""
    names = set(archive.namelist())
    for relation in _relations(archive):
        if relation.get("Type", "").endswith("/sharedStrings"):
            member = _member(relation.get("Target", ""))
            if member in names:
                return [len(s) for s in _SHARED_STRING.findall(archive.read(member))]
    return None


def shared_text(xml: bytes, sizes: list[int], limit: int) -> int:
    """How much text the cells of ``xml`` take once their shared strings are copied into them
    (what python-calamine does before any row reaches Python): bounded by the number of such
    cells times the longest string, and counted string by string when that bound is too high."""
    if not sizes:
        return 0
    cells = len(_SHARED_CELL.findall(xml))
    if cells * max(sizes) <= limit:
        return cells * max(sizes)
    counted = Counter(int(i) for i in _SHARED_INDEX.findall(xml))
    return sum(n * sizes[i] for i, n in counted.items() if i < len(sizes))


def worksheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → the archive member holding it, from the workbook and its relationships."""
    workbook = DefusedET.fromstring(archive.read("xl/workbook.xml"))
    targets = {r.get("Id"): r.get("Target", "") for r in _relations(archive)}
    parts: dict[str, str] = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(_RELATIONSHIP), "")
        if not target:
            continue
        parts[sheet.get("name", "")] = _member(target)
    return parts


def sheet_extents(path: Path, *, quick: bool = True,
                  text_limit: int) -> tuple[dict[str, SheetExtent], int | None]:
    """Every worksheet of the .xlsx file at ``path`` by name (its sizes were checked by the
    sniffing: each member is at most what the program reads), and the text its shared strings
    expand to in the cells (``None``: no shared strings); ``quick``: a sheet within A1:Z99999 is
    not measured exactly."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        sizes = shared_string_sizes(archive)
        extents: dict[str, SheetExtent] = {}
        text = 0
        for name, member in worksheet_parts(archive).items():
            if member in names:
                xml = archive.read(member)
                extents[name] = SheetExtent(xml, quick=quick)
                if sizes is not None:
                    text += shared_text(xml, sizes, text_limit)
        return extents, None if sizes is None else text
