"""Writing the registers into a workbook of the import format (the export that imports back)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from kttt_desktop.data.files import replacing
from kttt_desktop.exchange.layout import Column, Register
from kttt_desktop.exchange.sheets import RowWriter, header_row, set_widths


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
    workbook = Workbook(write_only=True)
    for item in sheets:
        sheet = workbook.create_sheet(item.register.sheet)
        sheet.freeze_panes = "C2"
        set_widths(sheet, [c.width for c in item.columns])
        sheet.append(header_row(sheet, [c.header for c in item.columns]))
        writer = RowWriter(sheet)
        count = 0
        for row in item.rows:
            writer.append(row)
            count += 1
        counts[item.register.sheet] = count
    with replacing(target) as path:
        workbook.save(path)
    return counts
