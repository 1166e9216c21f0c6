"""The changes an import would make, built row by row, and the helpers every register shares.

A row of the file becomes a *record* (the columns of a table it fills; columns the sheet does not
have are left out, so that an update never touches them). A record either matches an existing row
(by the register's natural key) and is an update when a value really differs, or is inserted with
a new id. Nothing is written here: :mod:`~kttt_desktop.services.importing.writer` writes a plan.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Boolean, String

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.indicators import Catalogue
from kttt_desktop.core.text import clean_text
from kttt_desktop.services.importing.existing import SKIPPED_COLUMNS, TABLES, Existing
from kttt_desktop.services.importing.lines import Line, SheetLines
from kttt_desktop.services.importing.result import (
    INSERTED,
    LEFT_OUT,
    REJECTED,
    UNCHANGED,
    UPDATED,
)


class ImportCancelled(KtttError):
    """The officer cancelled the import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("Import", "Đã hủy việc nhập; không có gì được ghi."))


@cache
def column_defaults(table: str) -> dict[str, Any]:
    """What a new row of ``table`` holds in a column the file leaves blank or does not have."""
    defaults: dict[str, Any] = {}
    for column in TABLES[table].columns:
        if column.key == "id" or column.key in SKIPPED_COLUMNS:
            continue
        if column.default is not None and getattr(column.default, "is_scalar", False):
            defaults[column.key] = column.default.arg
        elif isinstance(column.type, Boolean):
            defaults[column.key] = False
        elif isinstance(column.type, String) and not column.nullable:
            defaults[column.key] = ""
        else:
            defaults[column.key] = None
    return defaults


def take(values: dict[str, Any], table: str, keys: Iterable[str],
         required: Collection[str] = ()) -> dict[str, Any]:
    """The columns ``keys`` of ``table`` that the line has, a blank cell giving the column's
    default, except in a ``required`` column: there it stays empty, for the rule to say so."""
    defaults = column_defaults(table)
    record = {}
    for key in keys:
        if key in values:
            value = values[key]
            record[key] = defaults[key] if value is None and key not in required else value
    return record


def name_key(name: Any) -> str:
    """How names are compared when rows are matched: exact words, case ignored."""
    return clean_text(name).casefold() if name else ""


@dataclass
class Update:
    id: int
    values: dict[str, Any]  # the changed columns and their new values
    old: dict[str, Any]
    label: str


@dataclass
class Changes:
    """Rows to insert and to update, per table."""

    inserts: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {t: [] for t in TABLES})
    updates: dict[str, list[Update]] = field(default_factory=lambda: {t: [] for t in TABLES})

    @property
    def size(self) -> int:
        """How many rows the changes write."""
        return sum(map(len, self.inserts.values())) + sum(map(len, self.updates.values()))


class Plan:
    """Everything the planning of one workbook shares: the database's rows, today, the changes."""

    def __init__(self, existing: Existing, today: date, catalogue: Catalogue,
                 cancelled: Callable[[], bool] | None = None,
                 progress: Callable[[str, int, int], None] | None = None,
                 total_lines: int = 0, *, skip_outside_area: bool = False) -> None:
        self.existing = existing
        self.today = today
        self.catalogue = catalogue  # the indicators a target may aim at
        self.skip_outside_area = skip_outside_area  # leave out rows outside the office's area
        self.outside_area = 0  # rows refused because they are outside the office's area
        self.changes = Changes()
        self._cancelled = cancelled
        self._progress = progress
        self._done = 0
        self._total = total_lines

    def tick(self, count: int = 1) -> None:
        """Count checked lines; report progress and honour a cancellation now and then."""
        self._done += count
        if self._done % 2000 < count or self._done == self._total:
            if self._cancelled is not None and self._cancelled():
                raise ImportCancelled
            if self._progress is not None:
                self._progress(translate("Import", "Kiểm tra"), self._done, self._total)

    def settle(self, table: str, record: dict[str, Any], existing: dict[str, Any] | None,
               label: str, extra: dict[str, Any] | None = None) -> tuple[int, str]:
        """Plan ``record`` as an update of ``existing`` or as a new row; its id and outcome.

        ``extra`` holds columns the row needs on insert only (the parent's id...).
        """
        if existing is not None:
            changed = {c: v for c, v in record.items() if existing.get(c) != v}
            if not changed:
                return existing["id"], UNCHANGED
            self.changes.updates[table].append(Update(
                existing["id"], changed, {c: existing.get(c) for c in changed}, label))
            return existing["id"], UPDATED
        new_id = self.existing.next_id(table)
        row = {**column_defaults(table), **(extra or {}), **record, "id": new_id}
        self.changes.inserts[table].append(row)
        return new_id, INSERTED


def combine(*outcomes: str) -> str:
    """The outcome of a line that wrote several records (its main record first)."""
    if outcomes[0] == INSERTED:
        return INSERTED
    return UPDATED if any(o in (INSERTED, UPDATED) for o in outcomes) else UNCHANGED


def count(sheet: SheetLines, line: Line, outcome: str) -> None:
    """Count ``line`` in its sheet's summary (a line with an error, or in a sheet that lacks a
    required column, is rejected; a line left out is counted so)."""
    if line.left_out:
        outcome = LEFT_OUT
    elif line.has_error or sheet.missing:
        outcome = REJECTED
    sheet.summary.count(outcome)


def first_seen(seen: dict[Any, int], key: Any, line: Line) -> int | None:
    """The row where ``key`` was seen before in the same sheet (and remember this one)."""
    before = seen.get(key)
    if before is None:
        seen[key] = line.row
    return before
