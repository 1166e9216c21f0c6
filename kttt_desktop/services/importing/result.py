"""What an import found and did, per sheet and per cell, as the wizard, the command and the
annotated report show it (spec/cli.md, `import` output)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kttt_desktop.core.enums import Severity
from kttt_desktop.core.i18n import translate

INSERTED, UPDATED, UNCHANGED, REJECTED = "inserted", "updated", "unchanged", "rejected"
OUTCOMES = (INSERTED, UPDATED, UNCHANGED, REJECTED)
LEFT_OUT = "left_out"  # outside the office's area, left out at the officer's choice


@dataclass(frozen=True)
class Problem:
    """One finding about a cell (or a whole row, ``column`` empty; or a whole sheet)."""

    sheet: str
    row: int  # 1-based row number in the officer's sheet
    column: str  # the header as written in the file
    value: str  # the cell as written in the file
    message: str
    severity: Severity = Severity.ERROR
    column_number: int | None = None  # 1-based column in the sheet (None: no single cell)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def as_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column,
                "value": self.value, "message": self.message}

    def describe(self) -> str:
        """``ThanhVien, dòng 12, cột “Ngày sinh” (31/02/1980): …`` for a console or a list."""
        where = translate("Import", "{sheet}, dòng {row}").format(sheet=self.sheet, row=self.row)
        if self.column:
            where += translate("Import", ", cột “{column}”").format(column=self.column)
        if self.value:
            where += f" ({self.value})"
        return f"{where}: {self.message}"


@dataclass
class CommuneChoice:
    """A commune name that means several communes (an old commune split between new ones, a
    name several share): the officer chooses once for every row that writes it so."""

    key: str  # how rows that write the same name are told apart (refs.choice_key)
    text: str  # the name as the first of its rows writes it
    candidates: tuple[tuple[str, str, bool], ...]  # code, name, whether in the office's area
    reason: str
    rows: list[tuple[str, int]] = dataclasses.field(default_factory=list)  # sheet, row

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "rows": len(self.rows),
                "candidates": [{"code": c, "name": n, "in_area": a}
                               for c, n, a in self.candidates]}


@dataclass
class Renaming:
    """A commune written as before the 2025 reform (or by a name the officer chose for), and
    the commune of today the rows that write it so are filed under."""

    sheet: str
    column: str  # the header as written in the file
    column_number: int | None
    value: str  # as written in the file
    code: str
    name: str
    reason: str
    rows: list[int] = dataclasses.field(default_factory=list)

    def describe(self) -> str:
        """``ToChuc, cột “Xã/Phường”: “xã Hồng Dương, huyện Thanh Oai” → Xã Dân Hòa (10180),
        3 dòng (đổi theo sắp xếp đơn vị hành chính 2025)``"""
        return translate(
            "Import", "{sheet}, cột “{column}”: “{value}” → {name} ({code}), {count} dòng (đổi "
            "theo sắp xếp đơn vị hành chính 2025)").format(
                sheet=self.sheet, column=self.column, value=self.value, name=self.name,
                code=self.code, count=_n(len(self.rows)))

    def as_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "column": self.column, "value": self.value,
                "code": self.code, "name": self.name, "rows": self.rows, "reason": self.reason}


@dataclass
class Inference:
    """A value that a sheet's rows take although the sheet has no column for it: read from
    another column (the kind from the name, the commune from the address...), from the title
    above the headers, or chosen by the officer for every row; one per value and source."""

    sheet: str
    field: str  # the column filled, as the template names it ("Loại hình")
    source: str  # where it was read: a header as written in the file, or a description
    column_number: int | None  # of the source column (None: not a column)
    value: str  # the text it was read from ("HTX", "xã Hồng Dương, huyện Thanh Oai")
    result: str  # what it gave ("Hợp tác xã", "Xã Dân Hòa (10180)")
    reason: str = ""
    rows: list[int] = dataclasses.field(default_factory=list)

    def describe(self) -> str:
        """``ToChuc: Loại hình = Hợp tác xã, đọc từ cột “Tên hợp tác xã” (“HTX”), 3 dòng``"""
        text = translate("Import", "{sheet}: {field} = {result}, {source}").format(
            sheet=self.sheet, field=self.field, result=self.result, source=self.source)
        if self.value:
            text += f" (“{self.value}”)"
        return text + translate("Import", ", {count} dòng").format(count=_n(len(self.rows)))

    @property
    def note(self) -> str:
        """What the cell read says, for a comment on it: ``Loại hình = Hợp tác xã``."""
        text = f"{self.field} = {self.result}"
        return f"{text}. {self.reason}" if self.reason else text

    def as_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "field": self.field, "source": self.source,
                "value": self.value, "result": self.result, "reason": self.reason,
                "rows": self.rows}


@dataclass(frozen=True)
class LeftOut:
    """A row left out because its organisation is outside the office's area."""

    sheet: str
    row: int
    name: str  # the organisation's name
    reason: str

    def describe(self) -> str:
        return translate("Import", "{sheet}, dòng {row}: {name} — {reason}").format(
            sheet=self.sheet, row=self.row, name=self.name, reason=self.reason)

    def as_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "name": self.name, "reason": self.reason}


@dataclass
class SheetSummary:
    """What became of the rows of one sheet."""

    sheet: str
    register: str  # a key of exchange.layout.BY_KEY
    header_row: int  # 1-based
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    left_out: int = 0
    ignored_columns: list[str] = dataclasses.field(default_factory=list)
    conversions: list[str] = dataclasses.field(default_factory=list)  # legacy fonts, restored zeros

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def as_json(self) -> dict[str, Any]:
        return {"register": self.register, "header_row": self.header_row,
                "inserted": self.inserted, "updated": self.updated,
                "unchanged": self.unchanged, "rejected": self.rejected,
                "left_out": self.left_out,
                "ignored_columns": self.ignored_columns, "conversions": self.conversions}

    def describe(self) -> str:
        text = translate(
            "Import", "{sheet}: thêm mới {inserted}, cập nhật {updated}, không đổi {unchanged}, "
            "bị loại {rejected}").format(
                sheet=self.sheet, inserted=_n(self.inserted), updated=_n(self.updated),
                unchanged=_n(self.unchanged), rejected=_n(self.rejected))
        if self.left_out:
            text += translate("Import", ", bỏ qua {count} (ngoài địa bàn)").format(
                count=_n(self.left_out))
        return text


def _n(count: int) -> str:
    return f"{count:,}".replace(",", ".")


@dataclass
class ImportResult:
    file: Path
    dry_run: bool
    sheets: list[SheetSummary] = dataclasses.field(default_factory=list)
    problems: list[Problem] = dataclasses.field(default_factory=list)
    ignored_sheets: list[str] = dataclasses.field(default_factory=list)
    renamings: list[Renaming] = dataclasses.field(default_factory=list)
    commune_choices: list[CommuneChoice] = dataclasses.field(default_factory=list)
    inferences: list[Inference] = dataclasses.field(default_factory=list)
    left_out: list[LeftOut] = dataclasses.field(default_factory=list)
    outside_area: int = 0  # rows refused because their commune is outside the office's area
    written: bool = False
    backup: Path | None = None
    planned: Any = dataclasses.field(default=None, repr=False, compare=False)
    """What the check planned to write, and from what (services.importing.service.Planned): an
    import given this result writes that plan when nothing it was made from has changed."""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    def total(self, outcome: str) -> int:
        return sum(getattr(s, outcome) for s in self.sheets)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file), "dry_run": self.dry_run, "written": self.written,
            "sheets": {s.sheet: s.as_json() for s in self.sheets},
            "ignored_sheets": self.ignored_sheets,
            "errors": [p.as_json() for p in self.errors],
            "warnings": [p.as_json() for p in self.warnings],
            "renamed": [r.as_json() for r in self.renamings],
            "commune_choices": [c.as_json() for c in self.commune_choices],
            "inferred": [i.as_json() for i in self.inferences],
            "left_out": [row.as_json() for row in self.left_out],
            "outside_area": self.outside_area,
        }
