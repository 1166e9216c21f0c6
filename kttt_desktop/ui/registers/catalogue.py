"""The forms and list columns of every register, by table name.

:data:`FORMS` names the :class:`~.record_form.RecordForm` of each table ("module:Class",
imported when first needed); a register screen and the organisation hub's tabs both take the
form from here, so each record has one form. A table without a form here is listed read-only in
the hub, with its rows opening in the register's own section.

:func:`sublist_columns` gives the columns of a table's list as a tab of its parent shows it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kttt_desktop.core.enums import Position
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP
from kttt_desktop.core.registers import BIRTH as BIRTH_KIND
from kttt_desktop.core.registers import description
from kttt_desktop.ui.registers.record_form import RecordForm
from kttt_desktop.ui.registers.table_model import (
    PERSONAL_CODE,
    PERSONAL_DATE,
    ColumnDef,
    Row,
    birth_text,
)

FORMS: dict[str, str] = {
    "organisation": "kttt_desktop.ui.registers.organisations:OrganisationForm",
    "suspension": "kttt_desktop.ui.registers.organisations:SuspensionForm",
    "member": "kttt_desktop.ui.registers.members:MemberForm",
    "manager": "kttt_desktop.ui.registers.managers:ManagerForm",
    "manager_position": "kttt_desktop.ui.registers.managers:PositionForm",
    "training_record": "kttt_desktop.ui.registers.managers:TrainingForm",
    "ocop_product": "kttt_desktop.ui.registers.ocop:OcopForm",
    "rating": "kttt_desktop.ui.registers.yearly:RatingForm",
    "yearly_figures": "kttt_desktop.ui.registers.yearly:FiguresForm",
}


def form_class(table: str) -> type[RecordForm] | None:
    where = FORMS.get(table)
    if where is None:
        return None
    module, name = where.split(":")
    return getattr(importlib.import_module(module), name)


def column(key: str, title: str, **options: object) -> ColumnDef:
    """A column whose title was marked with ``QT_TRANSLATE_NOOP("Columns", …)``."""
    return ColumnDef(key, QCoreApplication.translate("Columns", title), **options)


# Columns shared by several lists.
NAME = QT_TRANSLATE_NOOP("Columns", "Họ và tên")
BIRTH = QT_TRANSLATE_NOOP("Columns", "Ngày sinh")
CCCD = QT_TRANSLATE_NOOP("Columns", "Số CCCD")
PHONE = QT_TRANSLATE_NOOP("Columns", "Điện thoại")
FROM = QT_TRANSLATE_NOOP("Columns", "Từ ngày")
TO = QT_TRANSLATE_NOOP("Columns", "Đến ngày")
YEAR = QT_TRANSLATE_NOOP("Columns", "Năm")
SCORE = QT_TRANSLATE_NOOP("Columns", "Điểm")
# Money in million đồng, as the forms and the workbooks take it.
REVENUE = QT_TRANSLATE_NOOP("Columns", "Doanh thu (triệu đồng)")
PROFIT = QT_TRANSLATE_NOOP("Columns", "Lợi nhuận (triệu đồng)")
WORKERS = QT_TRANSLATE_NOOP("Columns", "Lao động")
AVERAGE_INCOME = QT_TRANSLATE_NOOP("Columns", "Thu nhập bình quân (triệu đồng/người/năm)")


def described_columns(table: str, *, tab: bool = False) -> list[ColumnDef]:
    """The columns of the fields the register's description lists (``core.registers``), in its
    order: those of its own list, or (``tab``) of its tab in the record it belongs to. A
    personal field is masked until personal data is shown."""
    columns = []
    for item in description(table).listed:
        listed = item.listed
        assert listed is not None
        if listed.tab if tab else listed.main:
            columns.append(column(item.key, listed.title, personal=item.mask,
                                  numeric=listed.numeric, width=listed.width,
                                  text=birth_text if item.kind == BIRTH_KIND else None))
    return columns


def inserted(columns: list[ColumnDef], after: str, more: list[ColumnDef]) -> list[ColumnDef]:
    """``columns`` with ``more`` right after the column ``after``."""
    at = next(i for i, c in enumerate(columns) if c.key == after) + 1
    return columns[:at] + more + columns[at:]


def positions_text(row: Row) -> str:
    """The positions held today, in the order of the list of positions."""
    codes = set(filter(None, (row.get("positions") or "").split(",")))
    return ", ".join(p.label for p in Position if p.value in codes)


def _managers() -> list[ColumnDef]:
    return [
        column("full_name", NAME, width=22),
        column("positions", QT_TRANSLATE_NOOP("Columns", "Chức vụ hiện nay"),
               text=positions_text, width=22),
        column("training_level", QT_TRANSLATE_NOOP("Columns", "Trình độ"), width=14),
        column("birth_date", BIRTH, text=birth_text, personal=PERSONAL_DATE),
        column("phone", PHONE, personal=PERSONAL_CODE),
    ]


_SUBLISTS: dict[str, Callable[[], list[ColumnDef]]] = {
    "suspension": lambda: described_columns("suspension", tab=True),
    "member": lambda: described_columns("member", tab=True),
    "manager": _managers,
    "ocop_product": lambda: [
        column("name", QT_TRANSLATE_NOOP("Columns", "Sản phẩm"), width=26),
        column("stars", QT_TRANSLATE_NOOP("Columns", "Số sao"), numeric=True),
        column("product_group", QT_TRANSLATE_NOOP("Columns", "Nhóm")),
        column("decision_date", QT_TRANSLATE_NOOP("Columns", "Ngày quyết định")),
        column("expires_on", QT_TRANSLATE_NOOP("Columns", "Hết hạn"))],
    "rating": lambda: [
        column("year", YEAR), column("score", SCORE, numeric=True),
        column("rating_class", QT_TRANSLATE_NOOP("Columns", "Xếp loại")),
        column("scheme", QT_TRANSLATE_NOOP("Columns", "Bộ tiêu chí"))],
    "yearly_figures": lambda: [
        column("year", YEAR),
        column("revenue", REVENUE, numeric=True),
        column("profit", PROFIT, numeric=True),
        column("workers", WORKERS, numeric=True),
        column("avg_income", AVERAGE_INCOME, numeric=True)],
    "manager_position": lambda: [
        column("position", QT_TRANSLATE_NOOP("Columns", "Chức vụ")),
        column("starts_on", FROM), column("ends_on", TO)],
    "training_record": lambda: [
        column("course", QT_TRANSLATE_NOOP("Columns", "Khóa học")),
        column("institution", QT_TRANSLATE_NOOP("Columns", "Cơ sở đào tạo")),
        column("level", QT_TRANSLATE_NOOP("Columns", "Trình độ")),
        column("starts_on", FROM), column("ends_on", TO)],
}


def sublist_columns(table: str) -> list[ColumnDef]:
    return _SUBLISTS[table]()
