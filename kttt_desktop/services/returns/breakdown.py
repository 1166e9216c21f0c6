"""The section of a consolidated return that breaks every section down by office.

A first table lists the returns that were combined (office, province, communes, date, file).
Then, for each section of the return, a table with a row for every number the section shows —
the section's row and column named in two text columns — and a column per office (its own
figures, as its return has them) and the total (the consolidated figure). Lists are broken down
by their total row; the targets are the consolidating office's own and are not broken down.

The Excel sheet holds every office side by side; the PDF annex, on A4, splits the offices into
groups of a few columns, each group with the total beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kttt_desktop.core.i18n import translate
from kttt_desktop.exchange.return_data import ReturnData
from kttt_desktop.reports.snapshot import Column, Row, Section, Table, Value

NUMERIC = frozenset({"int", "decimal"})
NOT_BROKEN_DOWN = frozenset({"targets"})
OFFICES_PER_PAGE = 6  # office columns of one table in the PDF annex (the total comes beside)


def _t(text: str) -> str:
    return translate("Return", text)


@dataclass(frozen=True)
class Cell:
    """A number of a section as the breakdown names it."""

    row: str
    column: str
    decimals: int


def _is_list(table: Table) -> bool:
    """A list (one row per organisation or product) is numbered in its first column."""
    return bool(table.columns) and table.columns[0].kind == "index"


def _row_label(table: Table, row: Row) -> str:
    texts = [str(value) for column, value in zip(table.columns, row.cells, strict=True)
             if column.kind == "text" and value not in (None, "")]
    if not texts:
        return ""
    return texts[0] + "".join(f" ({extra})" for extra in texts[1:])


def _column_label(column: Column) -> str:
    return f"{column.group}: {column.title}" if column.group else column.title


def _decimals(column: Column, row: Row) -> int:
    if row.decimals is not None:
        return row.decimals
    return 1 if column.kind == "decimal" else 0


def flatten(section: Section) -> list[tuple[Cell, Value]]:
    """Every number of ``section`` with the name of its row and column, in reading order."""
    cells: list[tuple[Cell, Value]] = []
    for table in section.tables:
        parent = ""
        for row in table.rows:
            if _is_list(table) and row.style != "total":
                continue
            label = _row_label(table, row)
            if row.style == "sub" and parent:
                label = f"{parent} — {label}"
            else:
                parent = label
            for column, value in zip(table.columns, row.cells, strict=True):
                if column.kind in NUMERIC and value != "":
                    cells.append((Cell(label, _column_label(column), _decimals(column, row)),
                                  value))
    return cells


def office_titles(offices: Sequence[ReturnData]) -> list[str]:
    """The offices' names as column titles, made unique by their file's name where needed."""
    names = [office.office or office.path.stem for office in offices]
    return [f"{name} ({office.path.name})" if names.count(name) > 1 else name
            for name, office in zip(names, offices, strict=True)]


def files_table(offices: Sequence[ReturnData]) -> Table:
    """The returns combined: who sent each, for how many communes, when, in which file."""
    columns = (Column(_t("Đơn vị báo cáo"), "text", 3.6), Column(_t("Tệp"), "text", 2.4),
               Column(_t("Tỉnh, thành phố"), "text", 1.2), Column(_t("Số xã, phường"), "int", 1.2),
               Column(_t("Ngày lập"), "date", 1.2), Column(_t("Mã kiểm tra"), "code", 1.6))
    rows = tuple(Row((title, office.path.name, office.meta.get("province", ""), len(office.area),
                      office.created_at.astimezone().date(), office.sha256[:12]))
                 for title, office in zip(office_titles(offices), offices, strict=True))
    communes = sum(len(office.area) for office in offices)
    total = Row((_t("Tổng cộng"), "", "", communes, None, ""), style="total")
    return Table(columns, (*rows, total), _t("Các báo cáo được tổng hợp"),
                 (_t("Số liệu của mỗi đơn vị lấy từ trang dữ liệu của tệp báo cáo, sau khi đối "
                     "chiếu mã kiểm tra SHA-256 (12 ký tự đầu ở cột cuối)."),))


def _section_tables(title: str, cells: Sequence[Cell], columns: Sequence[str],
                    values: Sequence[Sequence[Value]], group: int | None) -> list[Table]:
    """The breakdown of one section: all offices in one table, or ``group`` at a time."""
    offices = len(columns) - 1  # the last column is the total
    size = group or max(offices, 1)
    tables = []
    for first in range(0, max(offices, 1), size):
        chosen = [*range(first, min(first + size, offices)), offices]
        header = (Column(_t("Chỉ tiêu"), "text", 3.6), Column(_t("Chi tiết"), "text", 2.4),
                  *(Column(columns[i], "int", 1.2) for i in chosen))
        rows = tuple(Row((cell.row, cell.column, *(values[i][n] for i in chosen)),
                         decimals=cell.decimals) for n, cell in enumerate(cells))
        name = title
        if group and offices > size:
            name = _t("{title} (đơn vị {first}–{last})").format(
                title=title, first=first + 1, last=chosen[-2] + 1)
        tables.append(Table(header, rows, name))
    return tables


@dataclass(frozen=True)
class Breakdown:
    """The numbers of the breakdown, made once, laid out as a section for either rendering."""

    offices: tuple[ReturnData, ...]
    columns: tuple[str, ...]  # the offices' titles, then the total's
    parts: tuple[tuple[str, tuple[Cell, ...], tuple[tuple[Value, ...], ...]], ...]
    # per section broken down: its title, its cells, their values in each column

    @classmethod
    def of(cls, total: Sequence[Section], per_office: Sequence[Sequence[Section]],
           offices: Sequence[ReturnData]) -> Breakdown:
        """``total``: the consolidated sections; ``per_office``: each office's sections, built
        the same way from its own data."""
        parts = []
        for index, section in enumerate(total):
            if section.key in NOT_BROKEN_DOWN:
                continue
            flat = flatten(section)
            values = [tuple(value for _, value in flatten(sections[index]))
                      for sections in per_office]
            values.append(tuple(value for _, value in flat))
            parts.append((section.title, tuple(cell for cell, _ in flat), tuple(values)))
        return cls(tuple(offices), (*office_titles(offices), _t("Tổng cộng")), tuple(parts))

    def section(self, group: int | None = None) -> Section:
        """The breakdown as a section: ``group`` office columns per table (None: all in one)."""
        tables = [files_table(self.offices)]
        for title, cells, values in self.parts:
            tables.extend(_section_tables(title, cells, self.columns, values, group))
        return Section("offices", 10, _t("Số liệu theo từng đơn vị báo cáo"), _t("Theo đơn vị"),
                       tuple(tables), landscape=True, appendix=True)
