"""The records behind a number of the check: what a drill-down lists.

The records are those of :func:`kttt_desktop.services.judgement.drill_down`, so a list and its number
always agree: one row per record counted (organisation, member, manager, training record, OCOP
product), and one row per organisation whose amount is added (members from a declared count,
workers, revenue…) with that amount. A ratio lists the records of its numerator (a growth those
of its base). Personal ID numbers are masked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Connection, FromClause, literal, select

from kttt_desktop.core import enums
from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from kttt_desktop.core.identity import mask
from kttt_desktop.core.indicators import CATALOGUE, Combine, Indicator
from kttt_desktop.core.periods import Period, one_year_earlier
from kttt_desktop.data import models
from kttt_desktop.data.database import Database
from kttt_desktop.data.indicators import DrillDown
from kttt_desktop.data.indicators.pieces import manager, member, ocop, org, training
from kttt_desktop.services.judgement import drill_down
from kttt_desktop.services.manual_indicators import office_catalogue

Number = int | float
CHUNK = 5000  # ids per statement: well below the parameter limits of SQLite and PostgreSQL

commune = models.Commune.__table__
_ORG_PLACE = (("organisation", QT_TRANSLATE_NOOP("RecordsBehind", "Tổ chức"), org.c.name),
              ("commune", QT_TRANSLATE_NOOP("RecordsBehind", "Xã, phường"), commune.c.name))
_WITH_COMMUNE = org.join(commune, commune.c.code == org.c.commune_code)


@dataclass(frozen=True, eq=False)
class _Table:
    """How the records of one table are listed: columns (key, header, SQL), rows, order."""

    columns: tuple[tuple[str, str, ColumnElement], ...]
    rows: FromClause
    id: ColumnElement
    name_sort: ColumnElement  # the record's own sort key, after its organisation's


_TABLES: dict[str, _Table] = {
    "organisation": _Table((
        ("name", QT_TRANSLATE_NOOP("RecordsBehind", "Tên tổ chức"), org.c.name),
        ("kind", QT_TRANSLATE_NOOP("RecordsBehind", "Loại hình"), org.c.kind),
        ("sector", QT_TRANSLATE_NOOP("RecordsBehind", "Ngành nghề"), org.c.sector),
        _ORG_PLACE[1],
        ("established_on", QT_TRANSLATE_NOOP("RecordsBehind", "Ngày thành lập"),
         org.c.established_on),
    ), _WITH_COMMUNE, org.c.id, literal("")),
    "member": _Table((
        ("name", QT_TRANSLATE_NOOP("RecordsBehind", "Họ và tên"), member.c.full_name),
        ("birth_year", QT_TRANSLATE_NOOP("RecordsBehind", "Năm sinh"), member.c.birth_year),
        ("gender", QT_TRANSLATE_NOOP("RecordsBehind", "Giới tính"), member.c.gender),
        ("cccd", QT_TRANSLATE_NOOP("RecordsBehind", "Số định danh"), member.c.cccd),
        ("member_kind", QT_TRANSLATE_NOOP("RecordsBehind", "Loại thành viên"),
         member.c.member_kind),
        ("joined_on", QT_TRANSLATE_NOOP("RecordsBehind", "Ngày gia nhập"), member.c.joined_on),
        ("left_on", QT_TRANSLATE_NOOP("RecordsBehind", "Ngày ra khỏi"), member.c.left_on),
        *_ORG_PLACE,
    ), member.join(_WITH_COMMUNE, org.c.id == member.c.organisation_id), member.c.id,
        member.c.name_sort),
    "manager": _Table((
        ("name", QT_TRANSLATE_NOOP("RecordsBehind", "Họ và tên"), manager.c.full_name),
        ("birth_year", QT_TRANSLATE_NOOP("RecordsBehind", "Năm sinh"), manager.c.birth_year),
        ("gender", QT_TRANSLATE_NOOP("RecordsBehind", "Giới tính"), manager.c.gender),
        ("training_level", QT_TRANSLATE_NOOP("RecordsBehind", "Trình độ"),
         manager.c.training_level),
        *_ORG_PLACE,
    ), manager.join(_WITH_COMMUNE, org.c.id == manager.c.organisation_id), manager.c.id,
        manager.c.name_sort),
    "training_record": _Table((
        ("name", QT_TRANSLATE_NOOP("RecordsBehind", "Cán bộ"), manager.c.full_name),
        ("course", QT_TRANSLATE_NOOP("RecordsBehind", "Khóa đào tạo, bồi dưỡng"),
         training.c.course),
        ("institution", QT_TRANSLATE_NOOP("RecordsBehind", "Cơ sở đào tạo"),
         training.c.institution),
        ("starts_on", QT_TRANSLATE_NOOP("RecordsBehind", "Ngày bắt đầu"), training.c.starts_on),
        *_ORG_PLACE,
    ), training.join(manager, manager.c.id == training.c.manager_id).join(
        _WITH_COMMUNE, org.c.id == manager.c.organisation_id), training.c.id,
        manager.c.name_sort),
    "ocop_product": _Table((
        ("name", QT_TRANSLATE_NOOP("RecordsBehind", "Sản phẩm"), ocop.c.name),
        ("stars", QT_TRANSLATE_NOOP("RecordsBehind", "Số sao"), ocop.c.stars),
        ("product_group", QT_TRANSLATE_NOOP("RecordsBehind", "Nhóm sản phẩm"),
         ocop.c.product_group),
        ("decision_date", QT_TRANSLATE_NOOP("RecordsBehind", "Ngày công nhận"),
         ocop.c.decision_date),
        ("expires_on", QT_TRANSLATE_NOOP("RecordsBehind", "Hết hạn"), ocop.c.expires_on),
        *_ORG_PLACE,
    ), ocop.join(_WITH_COMMUNE, org.c.id == ocop.c.organisation_id), ocop.c.id,
        ocop.c.name_sort),
}
_OWNER = _Table(_ORG_PLACE, _WITH_COMMUNE, org.c.id, literal(""))  # an amount's organisation


_LABELLED: dict[str, type[enums.LabelledEnum]] = {
    "kind": enums.OrgKind, "sector": enums.Sector, "gender": enums.Gender,
    "member_kind": enums.MemberKind, "training_level": enums.TrainingLevel,
    "product_group": enums.OcopGroup,
}


def _display(key: str) -> Callable[[object], object] | None:
    """How a stored value of column ``key`` is shown (``None``: as it is)."""
    if key == "cccd":
        return mask  # type: ignore[return-value]
    enum = _LABELLED.get(key)
    if enum is None:
        return None
    labels = {m.value: m.label for m in enum}
    return lambda code: labels.get(code, code)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Column:
    key: str
    header: str


@dataclass(frozen=True)
class ListedRow:
    table: str  # where the record lives (an amount's row: its organisation)
    record_id: int
    values: tuple[object, ...]  # aligned with Listing.columns: text, int, date or None
    amount: Number | None = None  # what the row adds (None: a record that counts one)


@dataclass(frozen=True)
class Listing:
    """The records behind ``indicator`` for a period, and the number they make up."""

    indicator: Indicator
    listed: tuple[Indicator, ...]  # the additive indicators whose records these are
    period: Period
    year_to_date: bool
    year_earlier: bool
    columns: tuple[Column, ...]
    rows: list[ListedRow]
    total: Number  # what the rows add up to: the sum of the listed indicators' values

    @property
    def is_ratio_part(self) -> bool:
        return self.listed != (self.indicator,)

    @property
    def reference_date(self) -> date:
        day = self.period.reference_date
        return one_year_earlier(day) if self.year_earlier else day


def listed_indicators(indicator: Indicator) -> tuple[Indicator, ...]:
    """The additive indicators whose records stand behind ``indicator`` (module docstring)."""
    if indicator.is_manual:
        return ()
    if indicator.combine is Combine.SUM:
        return (indicator,)
    if indicator.combine is Combine.GROWTH:
        return listed_indicators(CATALOGUE.get(indicator.base_code))
    return tuple(CATALOGUE.get(code) for code in indicator.numerator_codes)


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _fetch(connection: Connection, spec: _Table, ids: Iterable[int]
           ) -> dict[int, tuple[tuple[str, str], tuple[object, ...]]]:
    """Each record's (organisation sort key, own sort key) and its values, as shown."""
    found = {}
    shown = [_display(key) for key, _, _ in spec.columns]
    converted = [(i, f) for i, f in enumerate(shown) if f is not None]
    expressions = [expression for _, _, expression in spec.columns]
    for chunk in _chunks(sorted(set(ids))):
        query = (select(spec.id, org.c.name_sort, spec.name_sort, *expressions)
                 .select_from(spec.rows).where(spec.id.in_(chunk)))
        for row in connection.execute(query):
            values = list(row[3:])
            for i, display in converted:
                values[i] = display(values[i])
            found[row[0]] = ((row[1], row[2]), tuple(values))
    return found


def _amount_name(indicator: Indicator) -> str:
    if indicator.key == "members":
        return translate("RecordsBehind", "Thành viên theo số kê khai")
    return translate("RecordsBehind", "Số liệu của tổ chức")


def drill_down_rows(db: Database, code: str, period: Period, *, year_to_date: bool = False,
                   year_earlier: bool = False) -> Listing:
    """The records behind ``code`` for ``period`` (a flow over its window, or the year to date;
    ``year_earlier``: the same one year before), in the order of their organisations' names."""
    indicator = office_catalogue(db).get(code)
    listed = listed_indicators(indicator)
    if not listed:
        raise InputError(translate(
            "RecordsBehind", "Chỉ tiêu “{label}” được nhập tay nên không có danh sách hồ sơ "
            "đi kèm.").format(label=indicator.label))
    drills: list[DrillDown] = [drill_down(db, i.code, period, year_to_date=year_to_date,
                                          year_earlier=year_earlier) for i in listed]
    table = drills[0].table
    spec = _TABLES[table]
    ids = [i for d in drills for i in d.ids]
    amounts: dict[int, Number] = {}
    for drill in drills:
        for organisation_id, amount in drill.amounts.items():
            amounts[organisation_id] = amounts.get(organisation_id, 0) + amount
    columns = [Column(key, translate("RecordsBehind", header)) for key, header, _ in spec.columns]
    has_amounts = bool(amounts)
    if has_amounts:
        unit = listed[0].unit
        columns.append(Column("amount", translate("RecordsBehind", "Được tính ({unit})").format(
            unit=unit) if unit else translate("RecordsBehind", "Được tính")))
    keys = [c.key for c in columns]
    counts_one = (1,) if has_amounts else ()
    sortable: list[tuple[tuple[str, str, int], ListedRow]] = []
    with db.session() as s:
        connection = s.connection()
        for record_id, (order, values) in _fetch(connection, spec, ids).items():
            sortable.append(((order[0], order[1] or "\x7f", record_id),
                             ListedRow(table, record_id, values + counts_one)))
        owner = spec if table == "organisation" else _OWNER
        owner_keys = [key for key, _, _ in owner.columns]
        for organisation_id, (order, values) in _fetch(connection, owner, amounts).items():
            amount = amounts[organisation_id]
            by_key = {"name": _amount_name(listed[0]), **dict(zip(owner_keys, values, strict=True)),
                      "amount": amount}
            sortable.append(((order[0], "", organisation_id), ListedRow(
                "organisation", organisation_id, tuple(by_key.get(k) for k in keys), amount)))
    sortable.sort(key=lambda pair: pair[0])
    return Listing(indicator, listed, period, year_to_date, year_earlier, tuple(columns),
                   [row for _, row in sortable], sum(d.total for d in drills))
