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
from pathlib import Path

import defusedxml.ElementTree as DefusedET

_REF = re.compile(rb"""\sr\s*=\s*["']([A-Za-z]+)([0-9]+)["']""")
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_VALUE = re.compile(rb"<(?:\w+:)?v>\s*[^<\s]")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

Cell = tuple[int, int]  # (row, column), 0-based in the sheet


def column_number(letters: bytes) -> int:
    """``A`` → 1, ``Z`` → 26, ``AA`` → 27, ``XFD`` → 16384."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


class SheetExtent:
    """The rectangle of a worksheet's cells (1-based, as Excel numbers them) and its formula
    cells without a saved value."""

    def __init__(self, xml: bytes) -> None:
        rows: list[int] = []
        columns: set[bytes] = set()
        for letters, digits in _REF.findall(xml):
            columns.add(letters)
            rows.append(int(digits))
        numbers = [column_number(c) for c in columns]
        self.first_row, self.last_row = (min(rows), max(rows)) if rows else (1, 1)
        self.first_column, self.last_column = (min(numbers), max(numbers)) if numbers else (1, 1)
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
    if b"<f" not in xml and b":f" not in xml:
        return set()
    found: set[Cell] = set()
    for attributes, body in _CELL.findall(xml):
        if body and _FORMULA.search(body) and not _VALUE.search(body):
            ref = _REF.search(b" " + attributes)
            if ref:
                found.add((int(ref[2]) - 1, column_number(ref[1]) - 1))
    return found


def worksheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → the archive member holding it, from the workbook and its relationships."""
    workbook = DefusedET.fromstring(archive.read("xl/workbook.xml"))
    try:
        relations = DefusedET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in relations}
    parts: dict[str, str] = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(_RELATIONSHIP), "")
        if not target:
            continue
        member = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join("xl", target))
        parts[sheet.get("name", "")] = member
    return parts


def sheet_extents(path: Path) -> dict[str, SheetExtent]:
    """Every worksheet of the .xlsx file at ``path`` by name (its sizes were checked by the
    sniffing: each member is at most what the program reads)."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        return {name: SheetExtent(archive.read(member))
                for name, member in worksheet_parts(archive).items() if member in names}
