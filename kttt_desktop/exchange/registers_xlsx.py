"""Writing the registers into a workbook of the import format (the export that imports back)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kttt_desktop.exchange.layout import Column, Register
from kttt_desktop.exchange.xlsx_stream import StreamingWorkbook
from kttt_desktop.system.files import replacing

FROZEN = (1, 2)  # the header row, and the row number and organisation columns


@dataclass
class RegisterSheet:
    """One sheet to write: its register, the columns written, and the rows (lists of values in
    the columns' order, produced lazily)."""

    register: Register
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]


def write_register_sheets(target: Path | str, sheets: Iterable[RegisterSheet]) -> dict[str, int]:
    """Write ``sheets`` to ``target`` atomically; the number of rows written per sheet."""
    counts: dict[str, int] = {}
    with replacing(target) as path, StreamingWorkbook(path) as workbook:
        for item in sheets:
            sheet = workbook.add_sheet(item.register.sheet, widths=[c.width for c in item.columns],
                                       frozen=FROZEN)
            sheet.header([c.header for c in item.columns])
            for row in item.rows:
                sheet.row(row)
            counts[item.register.sheet] = sheet.rows - 1
    return counts
