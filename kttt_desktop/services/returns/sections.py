"""The tables of a periodic return (spec/return.md §1–9), made from the snapshot's data.

Every number comes from the indicators of the period, the additive counts and the lists of the
snapshot; nothing is computed here but sums of counts and their shares (a consolidation of
several offices' returns builds its tables with the same functions from the summed data).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from kttt_desktop.core.dates import format_date
from kttt_desktop.core.enums import OrgKind, RatingClass, Sector, TrainingLevel
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from kttt_desktop.core.indicators import MILLION_VND, SCOPES, Combine
from kttt_desktop.core.periods import Period
from kttt_desktop.reports.snapshot import (
    Column,
    Number,
    OcopLine,
    OrganisationLine,
    Row,
    Section,
    Table,
    Value,
)
from kttt_desktop.services.judgement import TargetJudgement

KINDS = ("tht", "htx", "lhhtx")
# Rows of the managers matrix: managing position -> row (the rest go to "other").
POSITION_ROWS: dict[str, str] = {
    "chair": "chair", "director": "director", "supervisor_head": "supervision",
    "controller": "supervision", "chief_accountant": "chief_accountant",
}
MATRIX_ROWS = (
    ("chair", QT_TRANSLATE_NOOP("Return", "Chủ tịch Hội đồng quản trị")),
    ("director", QT_TRANSLATE_NOOP("Return", "Giám đốc")),
    ("supervision", QT_TRANSLATE_NOOP("Return", "Trưởng ban kiểm soát, kiểm soát viên")),
    ("chief_accountant", QT_TRANSLATE_NOOP("Return", "Kế toán trưởng")),
    ("other", QT_TRANSLATE_NOOP("Return", "Chức danh quản lý khác")),
)


def matrix_key(kind: str, row: str, level: str) -> str:
    """The key of a count of the managers matrix in ``ReturnSnapshot.counts``."""
    return f"managers.{kind}.{row}.{level}"


def not_rated_key(kind: str) -> str:
    return f"ratings.{kind}.not_rated"


def _t(text: str) -> str:
    return translate("Return", text)


class Figures(Protocol):
    """The numbers of an indicator the tables show: an IndicatorFigures of a snapshot, or an
    indicator as a return's data sheet holds it (``exchange.return_data.IndicatorData``)."""

    value: Number | None
    ytd: Number | None
    year_earlier: Number | None


@dataclass(frozen=True)
class TableSource:
    """What the tables are made from (the snapshot without its tables)."""

    period: Period
    indicators: Mapping[str, Figures]
    counts: Mapping[str, int]
    organisations: Sequence[OrganisationLine]
    ocop_expiring: Sequence[OcopLine]
    targets: Sequence[TargetJudgement]

    def value(self, code: str, field: str = "value") -> Number | None:
        figures = self.indicators.get(code)
        return None if figures is None else getattr(figures, field)

    @property
    def split_flows(self) -> bool:
        """Flows are shown for the period and for the year to date (a quarter after the first)."""
        return not self.period.window_is_year_to_date

    @property
    def day(self) -> str:
        return format_date(self.period.reference_date)

    @property
    def reporting_year(self) -> int:
        """The year of the figures and ratings of sections 2, 3, 5 and 9."""
        return self.period.reporting_year


def _kind_label(kind: str) -> str:
    return OrgKind(kind).label


def _flow_columns(data: TableSource, title: str) -> list[Column]:
    if data.split_flows:
        return [Column(_t("Trong kỳ"), group=title), Column(_t("Lũy kế năm"), group=title)]
    return [Column(title)]


def _flow_values(data: TableSource, code: str) -> list[Value]:
    if data.split_flows:
        return [data.value(code), data.value(code, "ytd")]
    return [data.value(code)]


def _by_kind(data: TableSource, cells: Callable[[str], list[Value]], first: Column,
             columns: list[Column], notes: tuple[str, ...] = ()) -> Table:
    """A table with a row per kind of organisation and a total row (scope ``kttt``)."""
    rows = [Row((_kind_label(kind), *cells(kind))) for kind in KINDS]
    rows.append(Row((_t("Tổng cộng"), *cells("kttt")), style="total"))
    return Table((first, *columns), tuple(rows), notes=notes)


def _kind_column() -> Column:
    return Column(_t("Loại hình"), "text", 2.4)


def _share(part: Number | None, whole: Number | None) -> float | None:
    return None if part is None or not whole else part / whole * 100


# --- 1. Organisations ---------------------------------------------------------------------------

def organisations_section(data: TableSource) -> Section:
    at_day = _t("Tại ngày {day}").format(day=data.day)
    columns = [Column(_t("Tổng số"), group=at_day), Column(_t("Đang hoạt động"), group=at_day),
               *_flow_columns(data, _t("Thành lập mới")),
               *_flow_columns(data, _t("Giải thể")),
               Column(_t("Cùng kỳ năm trước")), Column(_t("Tăng, giảm so với cùng kỳ"))]

    def cells(scope: str) -> list[Value]:
        count, earlier = data.value(f"{scope}.count"), data.value(f"{scope}.count", "year_earlier")
        change = None if count is None or earlier is None else count - earlier
        return [count, data.value(f"{scope}.operating"), *_flow_values(data, f"{scope}.new"),
                *_flow_values(data, f"{scope}.dissolved"), earlier, change]

    table = _by_kind(data, cells, _kind_column(), columns)
    return Section("organisations", 1, _t("1. Số lượng tổ chức kinh tế tập thể"),
                   _t("1. Tổ chức"), (table,))


# --- rows of indicators by scope ----------------------------------------------------------------

@dataclass(frozen=True)
class Line:
    """A row of an indicator table: a label, a unit, and the field of the code per scope."""

    label: str
    measure: str  # the measure (``members.new``): the code is ``scope.measure``
    unit: str = ""
    field: str = "value"
    style: str = ""
    decimals: int | None = None


def _scope_table(data: TableSource, lines: Sequence[Line], notes: tuple[str, ...] = (),
                 title: str = "") -> Table:
    columns = (Column(_t("Chỉ tiêu"), "text", 4.0), Column(_t("Đơn vị"), "text", 1.4),
               *(Column(OrgKind(k).abbreviation) for k in KINDS), Column(_t("Chung")))
    rows = tuple(Row((line.label, line.unit, *(data.value(f"{scope}.{line.measure}", line.field)
                                                 for scope in SCOPES)),
                     line.style, line.decimals) for line in lines)
    return Table(columns, rows, title=title, notes=notes)


def _flow_lines(data: TableSource, label: str, measure: str, unit: str) -> list[Line]:
    if data.split_flows:
        return [Line(label + _t(" trong kỳ"), measure, unit),
                Line(label + _t(" lũy kế năm"), measure, unit, "ytd")]
    return [Line(label, measure, unit)]


# --- 2. Members and workers ---------------------------------------------------------------------

def members_section(data: TableSource) -> Section:
    people, percent = _t("người"), "%"
    lines = [
        Line(_t("Số thành viên tại ngày {day}").format(day=data.day), "members", people),
        Line(_t("Trong đó: thành viên chính thức"), "members.official", people, style="sub"),
        Line(_t("Trong đó: theo số kê khai (chưa có danh sách thành viên)"), "members.declared",
             people, style="sub"),
        *_flow_lines(data, _t("Thành viên mới kết nạp"), "members.new", people),
        *_flow_lines(data, _t("Thành viên ra khỏi tổ chức"), "members.left", people),
        Line(_t("Số thành viên cùng kỳ năm trước"), "members", people, "year_earlier"),
        Line(_t("Tốc độ tăng số thành viên so với cùng kỳ"), "members.growth_pct", percent,
             decimals=1),
        Line(_t("Lao động thường xuyên"), "workers", people),
    ]
    notes = (_t("Thành viên của liên hiệp hợp tác xã là các hợp tác xã thành viên (đơn vị: "
                "HTX)."),
             _t("Tổ chức chưa nhập danh sách thành viên được tính theo số thành viên kê khai "
                "của năm gần nhất có số kê khai."),
             _t("Số lao động thường xuyên theo số liệu năm {year} của các tổ chức.").format(
                 year=data.reporting_year))
    return Section("members", 2, _t("2. Thành viên và lao động"), _t("2. Thành viên, lao động"),
                   (_scope_table(data, lines, notes),))


# --- 3. Business results ------------------------------------------------------------------------

def business_section(data: TableSource) -> Section:
    million, percent = translate("Unit", MILLION_VND), "%"
    year = data.reporting_year
    lines = [
        Line(_t("Số tổ chức có số liệu doanh thu"), "revenue.reporting", _t("tổ chức")),
        Line(_t("Doanh thu bình quân một tổ chức"), "revenue.avg", million, decimals=1),
        Line(_t("Tốc độ tăng doanh thu bình quân so với năm trước"), "revenue.growth_pct",
             percent, decimals=1),
        Line(_t("Lợi nhuận trước thuế bình quân một tổ chức"), "profit.avg", million, decimals=1),
        Line(_t("Thu nhập bình quân của lao động thường xuyên"), "income.avg",
             _t("triệu đồng/người/năm"), decimals=1),
        Line(_t("Tốc độ tăng thu nhập bình quân so với năm trước"), "income.growth_pct", percent,
             decimals=1),
    ]
    notes = [_t("Bình quân tính trên các tổ chức có số liệu của năm {year}; tốc độ tăng so với "
                "năm {previous}.").format(year=year, previous=year - 1)]
    if year != data.period.year:
        notes.insert(0, _t("Năm {current} chưa kết thúc tại ngày {day}: kết quả sản xuất, kinh "
                           "doanh lấy theo số liệu năm {year}, năm gần nhất đã kết thúc.").format(
            current=data.period.year, day=data.day, year=year))
    title = _t("3. Kết quả sản xuất, kinh doanh năm {year}").format(year=year)
    return Section("business", 3, title, _t("3. Kết quả kinh doanh"),
                   (_scope_table(data, lines, tuple(notes)),))


# --- 4. Managers --------------------------------------------------------------------------------

def _matrix(data: TableSource) -> Table:
    levels = [level.value for level in TrainingLevel]
    columns = (Column(_t("Chức danh"), "text", 3.2),
               *(Column(level.label, group=_t("Trình độ đào tạo")) for level in TrainingLevel),
               Column(_t("Tổng số")))
    totals = dict.fromkeys(levels, 0)
    rows = []
    for key, label in MATRIX_ROWS:
        counts = [sum(data.counts.get(matrix_key(kind, key, level), 0) for kind in KINDS)
                  for level in levels]
        for level, count in zip(levels, counts, strict=True):
            totals[level] += count
        rows.append(Row((_t(label), *counts, sum(counts))))
    grand = sum(totals.values())
    rows.append(Row((_t("Tổng số"), *totals.values(), grand), style="total"))
    rows.append(Row((_t("Tỷ lệ so với tổng số (%)"),
                     *(_share(totals[level], grand) for level in levels),
                     100.0 if grand else None), style="sub", decimals=1))
    return Table(columns, tuple(rows), title=_t("a) Chức danh quản lý theo trình độ đào tạo tại "
                                               "ngày {day}").format(day=data.day),
                 notes=(_t("Một người giữ nhiều chức danh được tính ở mỗi chức danh; bảng b) "
                           "tính mỗi người một lần trong một tổ chức."),))


def managers_section(data: TableSource) -> Section:
    people, percent = _t("người"), "%"
    lines = [
        Line(_t("Số cán bộ quản lý"), "managers", people),
        Line(_t("Tỷ lệ trình độ sơ cấp, trung cấp"), "managers.basic_pct", percent, decimals=1),
        Line(_t("Tỷ lệ trình độ cao đẳng, đại học trở lên"), "managers.higher_pct", percent,
             decimals=1),
        Line(_t("Tỷ lệ trình độ đại học trở lên"), "managers.university_pct", percent,
             decimals=1),
        *_flow_lines(data, _t("Lượt cán bộ quản lý được đào tạo, bồi dưỡng"),
                     "training.attendances", _t("lượt")),
    ]
    people_table = _scope_table(data, lines, title=_t("b) Cán bộ quản lý theo nhóm trình độ; "
                                                      "đào tạo, bồi dưỡng"))
    return Section("managers", 4, _t("4. Cán bộ quản lý theo trình độ đào tạo"),
                   _t("4. Cán bộ quản lý"), (_matrix(data), people_table))


# --- 5. Ratings ---------------------------------------------------------------------------------

RATED = ("good", "fair", "average", "weak")


def ratings_section(data: TableSource) -> Section:
    classes = [RatingClass(c).label for c in RATED]
    columns = (_kind_column(), Column(_t("Tổng số")), *(Column(c) for c in classes),
               Column(RatingClass.NOT_RATED.label), Column(_t("Chưa có kết quả")),
               Column(_t("Tỷ lệ tốt, khá trên số được xếp loại (%)"), "decimal", 1.4))
    rows = []
    for scope in (*KINDS, "kttt"):
        kinds = KINDS if scope == "kttt" else (scope,)
        total = data.value(f"{scope}.count")
        rated = [data.value(f"{scope}.rated.{c}") for c in RATED]
        not_rated = sum(data.counts.get(not_rated_key(k), 0) for k in kinds)
        missing = None if total is None else total - (data.value(f"{scope}.rated") or 0) - not_rated
        label = _t("Tổng cộng") if scope == "kttt" else _kind_label(scope)
        counts = [*rated, not_rated, missing]
        rows.append(Row((label, total, *counts, data.value(f"{scope}.good_fair_pct")),
                        style="total" if scope == "kttt" else ""))
        rows.append(Row((_t("Tỷ lệ so với tổng số (%)"), "",
                         *(_share(c, total) for c in counts), ""), style="sub", decimals=1))
    notes = (_t("Xếp loại của năm {year}; tổng số là số tổ chức tồn tại tại ngày {day}.").format(
        year=data.reporting_year, day=data.day),)
    return Section("ratings", 5, _t("5. Kết quả đánh giá, xếp loại năm {year}").format(
        year=data.reporting_year), _t("5. Xếp loại"), (Table(columns, tuple(rows), notes=notes),))


# --- 6. Value chain, high technology, digital ---------------------------------------------------

FLAGS = (
    ("value_chain", QT_TRANSLATE_NOOP("Return", "Liên kết chuỗi giá trị")),
    ("high_tech", QT_TRANSLATE_NOOP("Return", "Ứng dụng công nghệ cao")),
    ("digital", QT_TRANSLATE_NOOP("Return", "Ứng dụng chuyển đổi số")),
)


def flags_section(data: TableSource) -> Section:
    columns = [Column(_t("Tổng số"))]
    for _, label in FLAGS:
        columns += [Column(_t("Số tổ chức"), group=_t(label)),
                    Column(_t("Tỷ lệ (%)"), "decimal", group=_t(label))]

    def cells(scope: str) -> list[Value]:
        values: list[Value] = [data.value(f"{scope}.count")]
        for flag, _ in FLAGS:
            values += [data.value(f"{scope}.{flag}"), data.value(f"{scope}.{flag}_pct")]
        return values

    table = _by_kind(data, cells, _kind_column(), columns, notes=(
        _t("Tỷ lệ trên tổng số tổ chức tồn tại tại ngày {day}.").format(day=data.day),))
    return Section("flags", 6, _t("6. Liên kết chuỗi giá trị, ứng dụng công nghệ cao, chuyển đổi "
                                  "số"), _t("6. Chuỗi giá trị, CNC, CĐS"), (table,))


# --- 7. OCOP ------------------------------------------------------------------------------------

def ocop_section(data: TableSource) -> Section:
    valid = _t("Còn hiệu lực tại ngày {day}").format(day=data.day)
    columns = [*(Column(_t("{n} sao").format(n=n), group=valid) for n in (3, 4, 5)),
               Column(_t("Tổng số"), group=valid), *_flow_columns(data, _t("Mới công nhận")),
               Column(_t("Sắp hết hạn (90 ngày)"))]

    def cells(scope: str) -> list[Value]:
        return [*(data.value(f"{scope}.ocop.{n}star") for n in (3, 4, 5)),
                data.value(f"{scope}.ocop.products"), *_flow_values(data, f"{scope}.ocop.new"),
                data.value(f"{scope}.ocop.expiring")]

    products = _by_kind(data, cells, Column(_t("Chủ thể"), "text", 2.4), columns,
                        notes=(_t("Sản phẩm từ 3 sao của các tổ chức kinh tế tập thể."),))
    products = Table(products.columns, products.rows, _t("a) Sản phẩm OCOP"), products.notes)
    expiring_title = _t("b) Sản phẩm sắp hết hạn (trong 90 ngày sau ngày {day})").format(
        day=data.day)
    listed = Table(
        (Column(_t("STT"), "index", 0.8), Column(_t("Sản phẩm"), "text", 2.8),
         Column(_t("Chủ thể"), "text", 2.8), Column(_t("Xã, phường"), "text", 1.8),
         Column(_t("Số sao"), "int", 0.7), Column(_t("Số quyết định"), "text", 2.0),
         Column(_t("Ngày hết hạn"), "date", 1.3)),
        tuple(Row((i, p.product, p.organisation, p.commune, p.stars, p.decision_no, p.expires_on))
              for i, p in enumerate(data.ocop_expiring, start=1)),
        expiring_title,
        () if data.ocop_expiring else (_t("Không có sản phẩm nào sắp hết hạn."),))
    return Section("ocop", 7, _t("7. Sản phẩm OCOP"), _t("7. OCOP"), (products, listed))


# --- 8. Targets ---------------------------------------------------------------------------------

def _target_decimals(check: TargetJudgement) -> int:
    indicator = check.indicator
    if indicator is None or indicator.combine is not Combine.SUM:
        return 1
    return 1 if indicator.source_unit == MILLION_VND or indicator.is_manual else 0


def _target_row(number: int, check: TargetJudgement) -> Row:
    target, judgement = check.target, check.judgement
    label = check.indicator.label if check.indicator else target.indicator
    unit = check.indicator.unit if check.indicator else ""
    pace = judgement.pace.label if judgement.pace else ""
    year = f"{target.year}*" if check.horizon else str(target.year)
    return Row((number, label, year, target.basis, target.goal.in_words(), unit, check.actual,
                judgement.gap, judgement.status.label, pace),
               decimals=_target_decimals(check), status=judgement.status.value)


def targets_section(data: TableSource) -> Section:
    columns = (Column(_t("STT"), "index", 0.6), Column(_t("Chỉ tiêu"), "text", 4.4),
               Column(_t("Năm"), "text", 0.7), Column(_t("Căn cứ"), "text", 3.8),
               Column(_t("Mục tiêu"), "text", 1.6), Column(_t("Đơn vị"), "text", 1.0),
               Column(_t("Thực hiện"), "decimal", 1.1), Column(_t("Chênh lệch"), "decimal", 1.1),
               Column(_t("Đánh giá"), "text", 1.1), Column(_t("Tiến độ"), "text", 1.4))
    rows = tuple(_target_row(i, check) for i, check in enumerate(data.targets, start=1))
    notes = [_t("Chỉ tiêu tính lũy kế từ đầu năm được so với mục tiêu của năm; tiến độ so với "
                "mục tiêu chia theo phần năm đã qua.")]
    if any(check.horizon for check in data.targets):
        notes.append(_t("* Mục tiêu của năm sau năm báo cáo: so với số liệu hiện có, không xét "
                        "tiến độ."))
    if not rows:
        notes = [_t("Chưa có mục tiêu kế hoạch nào cho năm {year}.").format(
            year=data.period.year)]
    return Section("targets", 8, _t("8. Thực hiện các chỉ tiêu kế hoạch"),
                   _t("8. Chỉ tiêu kế hoạch"), (Table(columns, rows, notes=tuple(notes)),),
                   landscape=True)


# --- 9. The list of organisations ---------------------------------------------------------------

def list_section(data: TableSource) -> Section:
    columns = (Column(_t("STT"), "index", 0.6), Column(_t("Mã số"), "code", 1.4),
               Column(_t("Tên tổ chức"), "text", 4.2), Column(_t("Xã, phường"), "text", 2.0),
               Column(_t("Loại hình"), "text", 0.9), Column(_t("Lĩnh vực"), "text", 2.0),
               Column(_t("Thành viên"), "int", 1.0), Column(_t("Lao động"), "int", 1.0),
               Column(_t("Doanh thu (triệu đồng)"), "decimal", 1.4),
               Column(_t("Xếp loại"), "text", 1.1), Column(_t("Sản phẩm OCOP"), "int", 0.9))
    orgs = data.organisations
    # Labels looked up once, not once per organisation (a national list has 40,000).
    kinds = {k.value: k.abbreviation for k in OrgKind}
    sectors = {s.value: s.label for s in Sector}
    ratings = {r.value: r.label for r in RatingClass} | {"": ""}
    rows = [Row((i, o.code, o.name, o.commune, kinds[o.kind], sectors.get(o.sector, o.sector),
                 o.members, o.workers, o.revenue, ratings[o.rating], o.ocop_products))
            for i, o in enumerate(orgs, start=1)]
    rows.append(Row(("", "", _t("Tổng cộng"), "", "", "", sum(o.members for o in orgs),
                     sum(o.workers or 0 for o in orgs), sum(o.revenue or 0.0 for o in orgs),
                     "", sum(o.ocop_products for o in orgs)), style="total"))
    notes = (_t("Tổ chức tồn tại tại ngày {day}; lao động, doanh thu và xếp loại của năm {year}; "
                "sản phẩm OCOP từ 3 sao còn hiệu lực.").format(day=data.day,
                                                             year=data.reporting_year),)
    return Section("organisations_list", 9, _t("9. Danh sách tổ chức kinh tế tập thể"),
                   _t("9. Danh sách tổ chức"), (Table(columns, tuple(rows), notes=notes),),
                   landscape=True, appendix=True)


def build_sections(data: TableSource) -> tuple[Section, ...]:
    return (organisations_section(data), members_section(data),
            business_section(data), managers_section(data),
            ratings_section(data), flags_section(data), ocop_section(data),
            targets_section(data), list_section(data))
