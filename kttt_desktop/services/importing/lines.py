"""The rows of a mapped sheet as lines of read values, with the problems of their cells."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from openpyxl.utils import get_column_letter

from kttt_desktop.core.enums import Severity
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Issue
from kttt_desktop.core.record_rules import REQUIRED
from kttt_desktop.core.text import fold, spelling_key
from kttt_desktop.exchange import layout, values
from kttt_desktop.exchange.layout import Register
from kttt_desktop.exchange.mapping import SheetMapping, match_columns
from kttt_desktop.exchange.reader import SheetData
from kttt_desktop.services.importing.result import (
    Inference,
    LeftOut,
    Problem,
    Renaming,
    SheetSummary,
)

_EXAMPLE = fold(layout.EXAMPLE_MARK)
_LEGACY_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}


@dataclass
class Line:
    """One data row of a sheet: the values of its mapped columns (absent key: no such column;
    ``None``: a blank cell) and whether any of its problems is an error."""

    index: int  # position in SheetData.rows
    row: int  # 1-based row number in the sheet
    values: dict[str, Any]
    has_error: bool = False
    unreadable: set[str] = field(default_factory=set)  # keys of cells that could not be read
    left_out: bool = False  # outside the office's area, left out at the officer's choice


@dataclass
class SheetLines:
    """The lines of one sheet and what is needed to report on them."""

    data: SheetData
    mapping: SheetMapping
    register: Register
    lines: list[Line]
    summary: SheetSummary
    problems: list[Problem] = field(default_factory=list)
    missing: set[str] = field(default_factory=set)  # required column keys the sheet lacks
    renamings: dict[tuple[str, str], Renaming] = field(default_factory=dict)  # by column, name
    inferences: dict[tuple[str, str, str], Inference] = field(default_factory=dict)
    left_out: list[LeftOut] = field(default_factory=list)

    @cached_property
    def mapped(self) -> set[str]:
        """The keys every row has a value for: by a column of the sheet, a value chosen for
        every row, or a value read from another column (:mod:`.inferred`)."""
        return self.mapping.filled

    def kept_problems(self) -> list[Problem]:
        """The problems, by row and column, but those of rows left out."""
        left = {row.row for row in self.left_out}
        return sorted((p for p in self.problems if p.row not in left),
                      key=lambda p: (p.row, p.column_number or 0))

    def kept_inferences(self) -> list[Inference]:
        """What was read without a column of its own, but for rows left out."""
        if not self.left_out:
            return list(self.inferences.values())
        left = {row.row for row in self.left_out}
        kept = []
        for inference in self.inferences.values():
            inference.rows = [row for row in inference.rows if row not in left]
            if inference.rows:
                kept.append(inference)
        return kept

    def check_columns(self) -> None:
        """Report a hidden sheet, every required column the sheet lacks, a column given twice
        and a header merged over several columns, once each (its rows are then rejected)."""
        if self.data.hidden:
            self.problem(None, "", translate(
                "Import", "Trang {sheet} đang bị ẩn nên người xem tệp không thấy các dòng của "
                "nó. Hãy bỏ ẩn trang (nhấp chuột phải vào tên trang → Bỏ ẩn), kiểm tra rồi nhập "
                "lại; hoặc xóa trang nếu không cần.").format(sheet=self.data.name))
        self._check_twice()
        self._check_merged()
        mapped = self.mapped
        groups = [(c.key,) for c in self.register.columns if c.required]
        groups += list(self.register.either)
        for group in groups:
            if mapped & set(group):
                continue
            self.missing.add(group[0])
            headers = translate("Import", "” hoặc “").join(
                self.register.column(k).header for k in group)
            self.problem(None, "", translate(
                "Import", "Trang {sheet} thiếu cột bắt buộc “{column}”. Hãy thêm cột vào tệp, "
                "hoặc chọn một giá trị cho mọi dòng (ở bước ghép cột của trình nhập; với lệnh "
                "kttt import: --set \"{first}=…\").").format(
                    sheet=self.data.name, column=headers,
                    first=self.register.column(group[0]).header))

    def _check_twice(self) -> None:
        """A column whose header names a field another column already gives: which one to
        import is the officer's choice, not the program's."""
        mapping, register = self.mapping, self.register
        for index, header in sorted(mapping.headers.items()):
            if index in mapping.columns:
                continue
            taken = set(match_columns([header], register.key).values()) & self.mapped
            for key in taken:
                first = mapping.index_of(key)
                assert first is not None
                self._header_problem(index, translate(
                    "Import", "Cột “{header}” có hai lần (cột {first} và cột {second}); hãy xóa "
                    "hoặc đổi tên một cột để chỉ còn một cột được nhập.").format(
                        header=mapping.headers[first],
                        first=get_column_letter(self.data.column_number(first)),
                        second=get_column_letter(self.data.column_number(index))))

    def _check_merged(self) -> None:
        """A header cell merged over several columns names only the first of them."""
        row = self.data.first_row + self.mapping.header_row
        for first_row, first_col, last_row, last_col in self.data.merged:
            if not first_row <= row <= last_row or first_col == last_col:
                continue
            index = first_col - self.data.first_col
            header = self.mapping.headers.get(index)
            if header is None:
                continue
            self._header_problem(index, translate(
                "Import", "Ô tiêu đề “{header}” được gộp qua các cột {first}–{last} nên các cột "
                "sau cột {first} không có tên và không nhập được. Hãy bỏ gộp ô (Trộn và căn giữa) "
                "và đặt tên cho từng cột.").format(
                    header=header, first=get_column_letter(first_col + 1),
                    last=get_column_letter(last_col + 1)))

    def _header_problem(self, index: int, message: str) -> None:
        """Record an error at the header cell of the sheet's column ``index``."""
        header = self.mapping.headers[index]
        self.problems.append(Problem(
            self.data.name, self.data.row_number(self.mapping.header_row), header, header,
            message, Severity.ERROR, self.data.column_number(index)))

    def problem(self, line: Line | None, key: str, message: str,
                severity: Severity = Severity.ERROR) -> None:
        """Record a finding about the cell of ``line`` in the column mapped to ``key`` (or the
        column it is read from; the row when ``key`` is empty or not a column; the header row
        when ``line`` is ``None``). A row left out has no findings."""
        index = self.mapping.index_of(self.mapping.inferred.get(key, key)) if key else None
        if line is not None and line.left_out:
            return
        if line is None:
            row, value = self.data.row_number(self.mapping.header_row), ""
        else:
            row = line.row
            value = (values.cell_text(self.data.rows[line.index][index])
                     if index is not None else "")
            if severity is Severity.ERROR:
                line.has_error = True
        self.problems.append(Problem(
            self.data.name, row, self.mapping.headers.get(index, "") if index is not None else "",
            value, message, severity,
            self.data.column_number(index) if index is not None else None))

    def renamed(self, line: Line, key: str, code: str, name: str, reason: str) -> None:
        """Record that the cell of ``line`` in the column mapped to ``key`` names, as before the
        2025 reform or as the officer chose, the commune ``code``."""
        index = self.mapping.index_of(key)
        assert index is not None
        value = values.cell_text(self.data.rows[line.index][index])
        found = self.renamings.get((key, spelling_key(value)))  # one line per name, however cased
        if found is None:
            found = self.renamings[(key, spelling_key(value))] = Renaming(
                self.data.name, self.mapping.headers.get(index, ""),
                self.data.column_number(index), value, code, name, reason)
        found.rows.append(line.row)

    def inferred(self, lines: list[Line], key: str, value: str, result: str,
                 reason: str = "", source: str | None = None) -> None:
        """Record that ``lines`` take ``result`` for ``key`` although the sheet has no column for
        it: read from ``value`` in the column ``key`` is read from, or from ``source`` (a
        description, for a value not read from a column)."""
        origin = self.mapping.inferred.get(key)
        index = self.mapping.index_of(origin) if origin else None
        if source is None:
            source = translate("Import", "đọc từ cột “{column}”").format(
                column=self.mapping.headers.get(index, "")) if index is not None else ""
        entry = (key, spelling_key(value), result)
        found = self.inferences.get(entry)
        if found is None:
            found = self.inferences[entry] = Inference(
                self.data.name, self.register.column(key).header, source,
                self.data.column_number(index) if index is not None else None, value, result,
                reason)
        found.rows.extend(line.row for line in lines)

    def leave_out(self, line: Line, name: str, reason: str) -> None:
        """Leave ``line`` out (its organisation is outside the office's area)."""
        line.left_out = True
        self.left_out.append(LeftOut(self.data.name, line.row, name, reason))

    def issues(self, line: Line, issues: list[Issue] | tuple[Issue, ...], columns: dict[str, str]
               ) -> None:
        """Record the findings of a rule; ``columns`` turns a record field into a column key."""
        mapped = self.mapped
        for issue in issues:
            key = columns.get(issue.field, issue.field)
            if issue.code == REQUIRED and (key not in mapped or key in line.unreadable):
                continue  # said already: the column is missing, or its cell was unreadable
            if key not in mapped:
                key = ""
            self.problem(line, key, issue.message, issue.severity)


def _is_example(value: Any) -> bool:
    return isinstance(value, str) and fold(value) == _EXAMPLE


def read_lines(data: SheetData, mapping: SheetMapping, register: Register) -> SheetLines:
    """Read the mapped columns of every data row below the header row (blank rows and the
    template's example rows are skipped)."""
    summary = SheetSummary(data.name, register.key, data.row_number(mapping.header_row),
                           ignored_columns=mapping.ignored_columns)
    sheet = SheetLines(data, mapping, register, [], summary)
    first = mapping.header_row + 1
    body = data.rows[first:]
    columns = {key: index for index, key in mapping.columns.items()}
    keys = [k for k in columns if register.column(k).kind != layout.ROW_NUMBER]
    filled = bytearray(len(body))
    read: dict[str, values.ColumnRead] = {}
    for key in keys:
        index = columns[key]
        column = register.column(key)
        cells = [row[index] for row in body]  # rows of a sheet have the same width
        result = read[key] = values.read_column(column, cells, filled)
        _conversions(summary, mapping.headers.get(index, column.header), result)
    stt = columns.get("row_number")
    if stt is not None:
        for i, row in enumerate(body):
            if stt < len(row) and _is_example(row[stt]):
                filled[i] = 0
    by_index: dict[int, Line] = {}
    for i, row_values in enumerate(zip(*(read[k].values for k in keys), strict=True)):
        if filled[i]:
            line = by_index[i] = Line(first + i, data.row_number(first + i),
                                      dict(zip(keys, row_values, strict=True)))
            sheet.lines.append(line)
    for key in keys:
        for i, issues in read[key].issues.items():
            if i in by_index:
                by_index[i].unreadable.add(key)
                for issue in issues:
                    sheet.problem(by_index[i], key, issue.message, issue.severity)
    _uncomputed(sheet, columns, first, by_index)
    return sheet


def _uncomputed(sheet: SheetLines, columns: dict[str, int], first: int,
                by_index: dict[int, Line]) -> None:
    """A formula cell saved without its value reads as empty: the value the officer sees in
    Excel would be lost, so each one in an imported column is an error."""
    data = sheet.data
    by_column = {index: key for key, index in columns.items()}
    for row, column in sorted(data.uncomputed):
        index, key = row - data.first_row, by_column.get(column - data.first_col)
        if key is None or index < first:
            continue
        line = by_index.get(index)
        if line is not None:
            line.unreadable.add(key)
            line.has_error = True
        sheet.problems.append(Problem(
            data.name, row + 1, sheet.mapping.headers.get(column - data.first_col, ""), "",
            translate("Import", "Ô có công thức chưa được tính: tệp được một chương trình khác "
                      "tạo ra và chưa từng mở bằng Excel, nên ô không có giá trị để nhập. Hãy mở "
                      "tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại."),
            Severity.ERROR, column + 1))


def _conversions(summary: SheetSummary, header: str, result: values.ColumnRead) -> None:
    if result.legacy:
        summary.conversions.append(translate(
            "Import", "Cột “{column}”: {count} ô gõ bằng phông {font} đã được chuyển sang "
            "Unicode.").format(column=header, count=result.converted,
                               font=_LEGACY_NAMES.get(result.legacy, result.legacy)))
    if result.fixes[values.ZERO_RESTORED]:
        summary.conversions.append(translate(
            "Import", "Cột “{column}”: {count} ô bị bảng tính bỏ mất số 0 ở đầu đã được thêm "
            "lại.").format(column=header, count=result.fixes[values.ZERO_RESTORED]))
