"""The section of a consolidated return that breaks every section down by office.

A first table lists the returns that were combined (office, province, communes, date, file).
Then a table has a row for every number each section shows — under a heading row per section,
the section's row and column named in two text columns — and a column per office (its own
figures, as its return has them) and the total (the consolidated figure). Lists are broken down
by their total row; the targets are the consolidating office's own and are not broken down.

The Excel sheet holds every office side by side; the PDF annex, on A4, has a table for each
group of a few offices, each with the total beside them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kttt_desktop.core.i18n import translate
from kttt_desktop.exchange.return_data import ReturnData
from kttt_desktop.reports.snapshot import Column, Row, Section, Table, Value

NUMERIC = frozenset({"int", "decimal"})
NOT_BROKEN_DOWN = frozenset({"targets"})
OFFICES_PER_PAGE = 8  # office columns of one table in the PDF annex (the total comes beside)


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
            if not _counted(table, row):
                continue
            label = _row_label(table, row)
            if row.style == "sub" and parent:
                label = f"{parent} — {label}"
            else:
                parent = label
            for column, value in _numbers_of(table, row):
                cells.append((Cell(label, _column_label(column), _decimals(column, row)), value))
    return cells


def _counted(table: Table, row: Row) -> bool:
    """Whether the row's numbers are part of the section's (of a list, only its total)."""
    return not _is_list(table) or row.style == "total"


def _numbers_of(table: Table, row: Row) -> Iterator[tuple[Column, Value]]:
    return ((column, value) for column, value in zip(table.columns, row.cells, strict=True)
            if column.kind in NUMERIC and value != "")


def numbers(section: Section) -> tuple[Value, ...]:
    """The values of :func:`flatten` without their names (an office's: the total's name them)."""
    return tuple(value for table in section.tables for row in table.rows
                 if _counted(table, row) for _, value in _numbers_of(table, row))


def office_titles(offices: Sequence[ReturnData]) -> list[str]:
    """The offices' names as column titles, made unique by their file's name where needed."""
    names = [office.office or office.path.stem for office in offices]
    return [f"{name} ({office.path.name})" if names.count(name) > 1 else name
            for name, office in zip(names, offices, strict=True)]


def files_table(offices: Sequence[ReturnData], seals: Sequence[str] = (),
                accepted: Sequence[str] = ()) -> Table:
    """The returns combined: who sent each, for how many communes, when, in which file, and
    whether its signature was verified (``seals``) or the file accepted without (``accepted``:
    each recorded as a note)."""
    columns = (Column(_t("Đơn vị báo cáo"), "text", 3.6), Column(_t("Tệp"), "text", 2.4),
               Column(_t("Tỉnh, thành phố"), "text", 1.2), Column(_t("Số xã, phường"), "int", 1.2),
               Column(_t("Ngày lập"), "date", 1.2), Column(_t("Mã kiểm tra"), "code", 1.6),
               Column(_t("Chữ ký số"), "text", 2.6))
    seals = list(seals) or [""] * len(offices)
    rows = tuple(Row((title, office.path.name, office.meta.get("province", ""), len(office.area),
                      office.created_at.astimezone().date(), office.sha256[:12], seal))
                 for title, office, seal in zip(office_titles(offices), offices, seals,
                                                strict=True))
    communes = sum(len(office.area) for office in offices)
    total = Row((_t("Tổng cộng"), "", "", communes, None, "", ""), style="total")
    notes = (_t("Số liệu của mỗi đơn vị lấy từ trang dữ liệu của tệp báo cáo, sau khi đối chiếu "
                "mã kiểm tra SHA-256 (12 ký tự đầu) và chữ ký số của đơn vị với các khóa đã đăng "
                "ký."),
             *(_t("Được chấp nhận dù chưa xác thực: {why}").format(why=why) for why in accepted))
    return Table(columns, (*rows, total), _t("Các báo cáo được tổng hợp"), notes)


@dataclass(frozen=True)
class Breakdown:
    """The numbers of the breakdown, made once, laid out as a section for either rendering."""

    offices: tuple[ReturnData, ...]
    columns: tuple[str, ...]  # the offices' titles, then the total's
    parts: tuple[tuple[str, tuple[Cell, ...], tuple[tuple[Value, ...], ...]], ...]
    # per section broken down: its title, its cells, their values in each column
    seals: tuple[str, ...] = ()  # per office: its signature verified, or why it was accepted
    accepted: tuple[str, ...] = ()  # the files accepted although not verified, and why

    @classmethod
    def of(cls, total: Sequence[Section], per_office: Sequence[Sequence[Section]],
           offices: Sequence[ReturnData], seals: Sequence[str] = (),
           accepted: Sequence[str] = ()) -> Breakdown:
        """``total``: the consolidated sections; ``per_office``: each office's sections, built
        the same way from its own data."""
        parts = []
        for index, section in enumerate(total):
            if section.key in NOT_BROKEN_DOWN:
                continue
            flat = flatten(section)
            values = [numbers(sections[index]) for sections in per_office]
            values.append(tuple(value for _, value in flat))
            parts.append((section.title, tuple(cell for cell, _ in flat), tuple(values)))
        return cls(tuple(offices), (*office_titles(offices), _t("Tổng cộng")), tuple(parts),
                   tuple(seals), tuple(accepted))

    def _table(self, chosen: Sequence[int], title: str) -> Table:
        """Every number broken down, for the columns ``chosen``: a heading row per section."""
        columns = (Column(_t("Chỉ tiêu"), "text", 4.6), Column(_t("Chi tiết"), "text", 2.4),
                   *(Column(self.columns[i], "int", 0.85) for i in chosen))
        blank = ("",) * len(chosen)
        rows = []
        for section_title, cells, values in self.parts:
            rows.append(Row((section_title, "", *blank), style="total"))
            rows.extend(Row((cell.row, cell.column, *(values[i][n] for i in chosen)),
                            decimals=cell.decimals) for n, cell in enumerate(cells))
        return Table(columns, tuple(rows), title)

    def section(self, group: int | None = None) -> Section:
        """The breakdown as a section: every office side by side (``group`` None), or ``group``
        offices to a table, each table with the total beside them."""
        offices = len(self.offices)
        size = group or offices
        tables = [files_table(self.offices, self.seals, self.accepted)]
        for first in range(0, offices, size):
            chosen = [*range(first, min(first + size, offices)), offices]
            title = _t("Số liệu của từng đơn vị và tổng cộng")
            if size < offices:
                last = chosen[-2] + 1
                title = (_t("Đơn vị {first} đến {last} (trong {count} đơn vị) và tổng cộng")
                         if last > first + 1 else
                         _t("Đơn vị {first} (trong {count} đơn vị) và tổng cộng")).format(
                    first=first + 1, last=last, count=offices)
            tables.append(self._table(chosen, title))
        return Section("offices", 10, _t("Số liệu theo từng đơn vị báo cáo"), _t("Theo đơn vị"),
                       tuple(tables), landscape=True, appendix=True)
