"""The indicator catalogue (spec/indicators.md) as data, and how ratios are made from their parts.

A code is ``SCOPE.MEASURE``: scopes ``tht``, ``htx``, ``lhhtx`` and ``kttt`` (all three), and every
measure below for each scope. Offices add their own indicators as ``manual.<slug>``.

Every indicator that is not a ratio is *additive*: its value for several scopes or several offices
is the sum of theirs (``kttt.count`` = ``tht.count`` + ``htx.count`` + ``lhhtx.count``). A ratio is
made only from additive indicators of its own scope, never by averaging percentages:

- ``share``: Σ numerator ÷ Σ denominator × 100 (``good_fair_pct`` = (``rated.good`` +
  ``rated.fair``) ÷ ``rated``);
- ``mean``: Σ numerator ÷ Σ denominator (``revenue.avg`` = ``revenue.total`` ÷
  ``revenue.reporting``, in million VND);
- ``growth``: (base at D ÷ base a year earlier − 1) × 100, the base being an additive indicator or
  a ``mean`` (``members.growth_pct`` on ``members``, ``revenue.growth_pct`` on ``revenue.avg``).

Some additive indicators exist only to carry those parts (``revenue.total``, ``revenue.reporting``,
``profit.total``, ``profit.reporting``, ``income.total``, ``income.workers``,
``members.declared``); they are marked ``auxiliary`` so that screens can keep them out of sight.

Why it is long: it is the catalogue of spec/indicators.md as data (every measure of every
scope) with the few functions that make ratios from their parts; a catalogue is read in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from kttt_desktop.core.text import fold

MANUAL_PREFIX = "manual."


class Kind(str, Enum):
    STOCK = "stock"  # counted at the reference date D
    FLOW = "flow"  # counted over a window (the period, the year to date)
    RATIO = "ratio"  # made from additive indicators at D


class Combine(str, Enum):
    """How an indicator's value is made from additive parts (module docstring)."""

    SUM = "sum"
    SHARE = "share"
    MEAN = "mean"
    GROWTH = "growth"


class Family(str, Enum):
    """The records an indicator is computed from (one set of queries each)."""

    ORGANISATIONS = "organisations"
    MEMBERS = "members"
    FIGURES = "figures"
    RATINGS = "ratings"
    MANAGERS = "managers"
    TRAINING = "training"
    OCOP = "ocop"
    MANUAL = "manual"


YEARLY_FAMILIES = frozenset({Family.FIGURES, Family.RATINGS})

SCOPES = ("tht", "htx", "lhhtx", "kttt")
SCOPE_KINDS: dict[str, tuple[str, ...]] = {
    "tht": ("tht",), "htx": ("htx",), "lhhtx": ("lhhtx",), "kttt": ("tht", "htx", "lhhtx"),
}
_SCOPE_NOUN = {
    "tht": QT_TRANSLATE_NOOP("IndicatorScope", "tổ hợp tác"),
    "htx": QT_TRANSLATE_NOOP("IndicatorScope", "hợp tác xã"),
    "lhhtx": QT_TRANSLATE_NOOP("IndicatorScope", "liên hiệp hợp tác xã"),
    "kttt": QT_TRANSLATE_NOOP("IndicatorScope", "tổ chức kinh tế tập thể"),
}
# Units are abbreviations or short words; the unit of organisations and members depends on scope.
_ORG_UNIT = {"tht": "THT", "htx": "HTX", "lhhtx": "LHHTX",
             "kttt": QT_TRANSLATE_NOOP("Unit", "tổ chức")}
_MEMBER_UNIT = {"tht": QT_TRANSLATE_NOOP("Unit", "người"),
                "htx": QT_TRANSLATE_NOOP("Unit", "người"), "lhhtx": "HTX",
                "kttt": QT_TRANSLATE_NOOP("Unit", "thành viên")}
ORGS, MEMBERS = "{orgs}", "{members}"  # unit placeholders resolved per scope
PEOPLE = QT_TRANSLATE_NOOP("Unit", "người")
TIMES = QT_TRANSLATE_NOOP("Unit", "lượt")
PRODUCTS = QT_TRANSLATE_NOOP("Unit", "sản phẩm")
PERCENT = "%"
MILLION_VND = QT_TRANSLATE_NOOP("Unit", "triệu đồng")
INCOME_UNIT = QT_TRANSLATE_NOOP("Unit", "triệu đồng/người/năm")


@dataclass(frozen=True)
class Measure:
    """A measure of the catalogue, the same for every scope.

    ``label`` and ``definition`` are Vietnamese templates with ``{org}`` (the scope's noun);
    ``numerator`` / ``denominator`` name the additive measures a ratio adds up; ``base`` is the
    measure a growth ratio compares with a year earlier; ``drill`` the table whose records a
    drill-down lists (``organisation`` for measures that count organisations).
    """

    key: str
    kind: Kind
    family: Family
    label: str
    unit: str
    definition: str
    combine: Combine = Combine.SUM
    numerator: tuple[str, ...] = ()
    denominator: tuple[str, ...] = ()
    base: str = ""
    drill: str = ""
    auxiliary: bool = False

    @property
    def yearly(self) -> bool:
        """Measured on the figures or ratings of the period's reporting year (workers,
        revenue, profit, income, ratings), not on the records at D."""
        return self.family in YEARLY_FAMILIES


def _count(key: str, kind: Kind, family: Family, label: str, definition: str, *,
           unit: str = ORGS, drill: str = "organisation", auxiliary: bool = False) -> Measure:
    return Measure(key, kind, family, label, unit, definition, drill=drill, auxiliary=auxiliary)


def _total(key: str, family: Family, label: str, unit: str, definition: str, *,
           auxiliary: bool = True) -> Measure:
    """An additive sum of amounts (money, workers), drilled down by organisation."""
    return Measure(key, Kind.STOCK, family, label, unit, definition, drill="organisation",
                   auxiliary=auxiliary)


def _share(key: str, family: Family, label: str, definition: str, numerator: tuple[str, ...],
           denominator: str, *, unit: str = PERCENT) -> Measure:
    return Measure(key, Kind.RATIO, family, label, unit, definition, Combine.SHARE,
                   numerator, (denominator,))


def _mean(key: str, label: str, unit: str, definition: str, numerator: str,
          denominator: str) -> Measure:
    return Measure(key, Kind.RATIO, Family.FIGURES, label, unit, definition, Combine.MEAN,
                   (numerator,), (denominator,))


def _growth(key: str, family: Family, label: str, definition: str, base: str) -> Measure:
    return Measure(key, Kind.RATIO, family, label, PERCENT, definition, Combine.GROWTH, base=base)


_S, _F = Kind.STOCK, Kind.FLOW
_O, _M, _Y = Family.ORGANISATIONS, Family.MEMBERS, Family.FIGURES
# Training-level groups of the plans: measure key -> levels it adds up.
LEVEL_GROUPS: dict[str, tuple[str, ...]] = {
    "managers.basic": ("so_cap", "trung_cap"),
    "managers.higher": ("cao_dang", "dai_hoc", "tren_dai_hoc"),
    "managers.university": ("dai_hoc", "tren_dai_hoc"),
}
_MANAGER_LEVELS = (
    ("managers.untrained",
     QT_TRANSLATE_NOOP("IndicatorLabel", "Cán bộ quản lý {org} chưa qua đào tạo")),
    ("managers.so_cap",
     QT_TRANSLATE_NOOP("IndicatorLabel", "Cán bộ quản lý {org} trình độ sơ cấp")),
    ("managers.trung_cap",
     QT_TRANSLATE_NOOP("IndicatorLabel", "Cán bộ quản lý {org} trình độ trung cấp")),
    ("managers.cao_dang",
     QT_TRANSLATE_NOOP("IndicatorLabel", "Cán bộ quản lý {org} trình độ cao đẳng")),
    ("managers.dai_hoc",
     QT_TRANSLATE_NOOP("IndicatorLabel", "Cán bộ quản lý {org} trình độ đại học")),
    ("managers.tren_dai_hoc",
     QT_TRANSLATE_NOOP("IndicatorLabel", "Cán bộ quản lý {org} trình độ trên đại học")),
    ("managers.basic",
     QT_TRANSLATE_NOOP("IndicatorLabel", "Cán bộ quản lý {org} trình độ sơ cấp, trung cấp")),
    ("managers.higher", QT_TRANSLATE_NOOP(
        "IndicatorLabel", "Cán bộ quản lý {org} trình độ cao đẳng, đại học trở lên")),
    ("managers.university",
     QT_TRANSLATE_NOOP("IndicatorLabel", "Cán bộ quản lý {org} trình độ đại học trở lên")),
)
_MANAGERS_DEF = QT_TRANSLATE_NOOP(
    "IndicatorDefinition",
    "Cán bộ quản lý đang giữ chức vụ quản lý tại ngày cuối kỳ (mỗi người tính một lần trong một "
    "tổ chức), theo trình độ đào tạo cao nhất.")
_MANAGER_SHARES = (
    ("managers.basic_pct",
     QT_TRANSLATE_NOOP("IndicatorLabel", "Tỷ lệ cán bộ quản lý {org} trình độ sơ cấp, trung cấp")),
    ("managers.higher_pct", QT_TRANSLATE_NOOP(
        "IndicatorLabel", "Tỷ lệ cán bộ quản lý {org} trình độ cao đẳng, đại học trở lên")),
    ("managers.university_pct",
     QT_TRANSLATE_NOOP("IndicatorLabel", "Tỷ lệ cán bộ quản lý {org} trình độ đại học trở lên")),
)
_MANAGER_SHARE_DEF = QT_TRANSLATE_NOOP(
    "IndicatorDefinition", "Cán bộ quản lý thuộc nhóm trình độ này ÷ số cán bộ quản lý × 100.")
_RATED = (
    ("rated.good", QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} xếp loại tốt")),
    ("rated.fair", QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} xếp loại khá")),
    ("rated.average", QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} xếp loại trung bình")),
    ("rated.weak", QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} xếp loại yếu")),
)
_RATED_DEF = QT_TRANSLATE_NOOP(
    "IndicatorDefinition", "{Org} tồn tại tại ngày cuối kỳ có xếp loại năm báo cáo thuộc loại này.")
_FLAGS = (
    ("value_chain",
     QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} tham gia liên kết theo chuỗi giá trị"),
     QT_TRANSLATE_NOOP("IndicatorLabel", "Tỷ lệ {org} tham gia liên kết theo chuỗi giá trị")),
    ("high_tech", QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} ứng dụng công nghệ cao"),
     QT_TRANSLATE_NOOP("IndicatorLabel", "Tỷ lệ {org} ứng dụng công nghệ cao")),
    ("digital", QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} ứng dụng chuyển đổi số"),
     QT_TRANSLATE_NOOP("IndicatorLabel", "Tỷ lệ {org} ứng dụng chuyển đổi số")),
)
_FLAG_DEF = QT_TRANSLATE_NOOP(
    "IndicatorDefinition", "{Org} tồn tại tại ngày cuối kỳ có đánh dấu này, với năm bắt đầu "
    "(nếu có) không sau năm báo cáo.")
_FLAG_SHARE_DEF = QT_TRANSLATE_NOOP(
    "IndicatorDefinition", "Số {org} có đánh dấu này ÷ số {org} tồn tại tại ngày cuối kỳ × 100.")
_OCOP_STARS = (
    ("ocop.3star", QT_TRANSLATE_NOOP("IndicatorLabel", "Số sản phẩm OCOP 3 sao của {org}")),
    ("ocop.4star", QT_TRANSLATE_NOOP("IndicatorLabel", "Số sản phẩm OCOP 4 sao của {org}")),
    ("ocop.5star", QT_TRANSLATE_NOOP("IndicatorLabel", "Số sản phẩm OCOP 5 sao của {org}")),
)
_OCOP_VALID_DEF = QT_TRANSLATE_NOOP(
    "IndicatorDefinition", "Sản phẩm OCOP (từ 3 sao) của các {org} tồn tại tại ngày cuối kỳ, có "
    "quyết định công nhận đến ngày cuối kỳ và còn hiệu lực sau ngày đó.")

MEASURES: tuple[Measure, ...] = (
    _count("count", _S, _O, QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org}"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "{Org} đã thành lập đến ngày cuối kỳ và chưa "
                             "giải thể tại ngày đó.")),
    _count("operating", _S, _O, QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} đang hoạt động"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "{Org} tồn tại tại ngày cuối kỳ và không tạm "
                             "ngừng hoạt động vào ngày đó.")),
    _count("new", _F, _O, QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} thành lập mới"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "{Org} có ngày thành lập trong kỳ.")),
    _count("dissolved", _F, _O, QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} giải thể"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "{Org} có ngày giải thể trong kỳ.")),
    _count("members", _S, _M, QT_TRANSLATE_NOOP("IndicatorLabel", "Số thành viên {org}"),
           QT_TRANSLATE_NOOP(
               "IndicatorDefinition", "Thành viên tại ngày cuối kỳ của các {org} tồn tại tại ngày "
               "đó (liên hiệp: các HTX thành viên); tổ chức chưa nhập danh sách thành viên thì lấy "
               "số thành viên kê khai của năm gần nhất có số kê khai, đến năm của ngày cuối kỳ."),
           unit=MEMBERS, drill="member"),
    _count("members.declared", _S, _M,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số thành viên {org} theo số kê khai"),
           QT_TRANSLATE_NOOP(
               "IndicatorDefinition", "Phần của số thành viên lấy từ số kê khai của năm gần nhất "
               "có số kê khai (đến năm của ngày cuối kỳ), của các {org} chưa nhập danh sách "
               "thành viên."),
           unit=MEMBERS, auxiliary=True),
    _count("members.official", _S, _M,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số thành viên chính thức {org}"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "Thành viên chính thức tại ngày cuối kỳ của "
                             "các {org} tồn tại tại ngày đó (theo danh sách thành viên)."),
           unit=MEMBERS, drill="member"),
    _count("members.new", _F, _M,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số thành viên {org} mới kết nạp"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "Thành viên của các {org} có ngày gia nhập "
                             "trong kỳ."), unit=MEMBERS, drill="member"),
    _count("members.left", _F, _M,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số thành viên ra khỏi {org}"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "Thành viên của các {org} có ngày ra khỏi "
                             "trong kỳ."), unit=MEMBERS, drill="member"),
    _growth("members.growth_pct", _M,
            QT_TRANSLATE_NOOP("IndicatorLabel", "Tốc độ tăng số thành viên {org}"),
            QT_TRANSLATE_NOOP("IndicatorDefinition", "(Số thành viên tại ngày cuối kỳ ÷ số thành "
                              "viên một năm trước đó − 1) × 100."), "members"),
    _total("workers", _Y,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số lao động thường xuyên trong {org}"),
           PEOPLE, QT_TRANSLATE_NOOP("IndicatorDefinition", "Tổng số lao động thường xuyên trong "
                                     "số liệu năm báo cáo của các {org} tồn tại tại ngày cuối kỳ."),
           auxiliary=False),
    _total("revenue.total", _Y, QT_TRANSLATE_NOOP("IndicatorLabel", "Tổng doanh thu của {org}"),
           MILLION_VND, QT_TRANSLATE_NOOP("IndicatorDefinition", "Tổng doanh thu năm báo cáo của "
                                          "các {org} tồn tại tại ngày cuối kỳ.")),
    _count("revenue.reporting", _S, _Y,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} có số liệu doanh thu"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "{Org} tồn tại tại ngày cuối kỳ có số liệu "
                             "doanh thu năm báo cáo."), auxiliary=True),
    _mean("revenue.avg", QT_TRANSLATE_NOOP("IndicatorLabel", "Doanh thu bình quân một {org}"),
          MILLION_VND, QT_TRANSLATE_NOOP("IndicatorDefinition", "Tổng doanh thu năm báo cáo ÷ số "
                                         "{org} có số liệu doanh thu, triệu đồng."),
          "revenue.total", "revenue.reporting"),
    _growth("revenue.growth_pct", _Y,
            QT_TRANSLATE_NOOP("IndicatorLabel", "Tốc độ tăng doanh thu bình quân một {org}"),
            QT_TRANSLATE_NOOP("IndicatorDefinition", "(Doanh thu bình quân năm báo cáo ÷ doanh "
                              "thu bình quân năm trước − 1) × 100."), "revenue.avg"),
    _total("profit.total", _Y,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Tổng lợi nhuận trước thuế của {org}"), MILLION_VND,
           QT_TRANSLATE_NOOP("IndicatorDefinition", "Tổng lợi nhuận trước thuế năm báo cáo của các "
                             "{org} tồn tại tại ngày cuối kỳ.")),
    _count("profit.reporting", _S, _Y,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} có số liệu lợi nhuận"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "{Org} tồn tại tại ngày cuối kỳ có số liệu "
                             "lợi nhuận trước thuế năm báo cáo."), auxiliary=True),
    _mean("profit.avg",
          QT_TRANSLATE_NOOP("IndicatorLabel", "Lợi nhuận trước thuế bình quân một {org}"),
          MILLION_VND, QT_TRANSLATE_NOOP("IndicatorDefinition", "Tổng lợi nhuận trước thuế năm báo "
                                         "cáo ÷ số {org} có số liệu lợi nhuận, triệu đồng."),
          "profit.total", "profit.reporting"),
    _total("income.total", _Y,
           QT_TRANSLATE_NOOP("IndicatorLabel",
                             "Tổng thu nhập của lao động thường xuyên trong {org}"),
           MILLION_VND, QT_TRANSLATE_NOOP(
               "IndicatorDefinition", "Tổng (thu nhập bình quân × số lao động thường xuyên) năm "
               "báo cáo của các {org} tồn tại tại ngày cuối kỳ có cả hai số liệu.")),
    _total("income.workers", _Y,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số lao động có số liệu thu nhập trong {org}"),
           PEOPLE, QT_TRANSLATE_NOOP(
               "IndicatorDefinition", "Tổng số lao động thường xuyên năm báo cáo của các {org} tồn "
               "tại tại ngày cuối kỳ có cả số lao động và thu nhập bình quân.")),
    _mean("income.avg",
          QT_TRANSLATE_NOOP("IndicatorLabel",
                            "Thu nhập bình quân của lao động thường xuyên trong {org}"),
          INCOME_UNIT, QT_TRANSLATE_NOOP(
              "IndicatorDefinition", "Tổng (thu nhập × số lao động) ÷ tổng số lao động, của các "
              "{org} có cả hai số liệu năm báo cáo; triệu đồng/người/năm."),
          "income.total", "income.workers"),
    _growth("income.growth_pct", _Y, QT_TRANSLATE_NOOP(
                "IndicatorLabel", "Tốc độ tăng thu nhập bình quân của lao động trong {org}"),
            QT_TRANSLATE_NOOP("IndicatorDefinition", "(Thu nhập bình quân năm báo cáo ÷ thu nhập "
                              "bình quân năm trước − 1) × 100."), "income.avg"),
    _count("rated", _S, Family.RATINGS,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số {org} được đánh giá, xếp loại"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "{Org} tồn tại tại ngày cuối kỳ có xếp loại "
                             "năm báo cáo, trừ loại “không đánh giá”.")),
    *(_count(key, _S, Family.RATINGS, label, _RATED_DEF) for key, label in _RATED),
    _share("good_fair_pct", Family.RATINGS,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Tỷ lệ {org} xếp loại tốt, khá"),
           QT_TRANSLATE_NOOP("IndicatorDefinition",
                             "(Số xếp loại tốt + khá) ÷ số được xếp loại × 100."),
           ("rated.good", "rated.fair"), "rated"),
    *(m for key, label, share_label in _FLAGS for m in (
        _count(key, _S, _O, label, _FLAG_DEF),
        _share(f"{key}_pct", _O, share_label, _FLAG_SHARE_DEF, (key,), "count"))),
    _count("managers", _S, Family.MANAGERS,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số cán bộ quản lý {org}"), _MANAGERS_DEF,
           unit=PEOPLE, drill="manager"),
    *(_count(key, _S, Family.MANAGERS, label, _MANAGERS_DEF, unit=PEOPLE, drill="manager")
      for key, label in _MANAGER_LEVELS),
    *(_share(key, Family.MANAGERS, label, _MANAGER_SHARE_DEF, (key.removesuffix("_pct"),),
             "managers") for key, label in _MANAGER_SHARES),
    _count("training.attendances", _F, Family.TRAINING,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Lượt cán bộ quản lý {org} được đào tạo, bồi dưỡng"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "Lượt đào tạo, bồi dưỡng của cán bộ quản lý "
                             "các {org} bắt đầu trong kỳ."), unit=TIMES, drill="training_record"),
    _count("ocop.products", _S, Family.OCOP,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số sản phẩm OCOP từ 3 sao của {org}"),
           _OCOP_VALID_DEF, unit=PRODUCTS, drill="ocop_product"),
    *(_count(key, _S, Family.OCOP, label, _OCOP_VALID_DEF, unit=PRODUCTS, drill="ocop_product")
      for key, label in _OCOP_STARS),
    _count("ocop.new", _F, Family.OCOP,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số sản phẩm OCOP của {org} mới được công nhận"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "Sản phẩm OCOP từ 3 sao của các {org} có ngày "
                             "quyết định công nhận trong kỳ."),
           unit=PRODUCTS, drill="ocop_product"),
    _count("ocop.expiring", _S, Family.OCOP,
           QT_TRANSLATE_NOOP("IndicatorLabel", "Số sản phẩm OCOP của {org} sắp hết hạn"),
           QT_TRANSLATE_NOOP("IndicatorDefinition", "Sản phẩm OCOP từ 3 sao của các {org} còn hiệu "
                             "lực tại ngày cuối kỳ và hết hạn trong vòng 90 ngày sau ngày đó."),
           unit=PRODUCTS, drill="ocop_product"),
)
MEASURE_BY_KEY: dict[str, Measure] = {m.key: m for m in MEASURES}


@dataclass(frozen=True)
class Indicator:
    """One code of the catalogue: a measure for a scope, or a manual indicator of the office."""

    code: str
    scope: str  # "tht" | "htx" | "lhhtx" | "kttt" | "manual"
    measure: Measure
    manual_name: str = ""
    manual_unit: str = ""

    @property
    def key(self) -> str:
        return self.measure.key

    @property
    def kind(self) -> Kind:
        return self.measure.kind

    @property
    def family(self) -> Family:
        return self.measure.family

    @property
    def combine(self) -> Combine:
        return self.measure.combine

    @property
    def is_manual(self) -> bool:
        return self.scope == "manual"

    @property
    def is_ratio(self) -> bool:
        return self.measure.kind is Kind.RATIO

    @property
    def is_percentage(self) -> bool:
        return self.measure.unit == PERCENT

    @property
    def auxiliary(self) -> bool:
        return self.measure.auxiliary

    @property
    def yearly(self) -> bool:
        """Its value is of the reporting year (``Measure.yearly``)."""
        return self.measure.yearly

    @property
    def kinds(self) -> tuple[str, ...]:
        """The organisation kinds the indicator counts (empty for a manual indicator)."""
        return SCOPE_KINDS.get(self.scope, ())

    def _scoped(self, text: str) -> str:
        noun = translate("IndicatorScope", _SCOPE_NOUN[self.scope])
        return text.format(org=noun, Org=noun[:1].upper() + noun[1:])

    @property
    def label(self) -> str:
        """The Vietnamese name shown to the user ("Tỷ lệ hợp tác xã xếp loại tốt, khá")."""
        if self.is_manual:
            return self.manual_name
        return self._scoped(translate("IndicatorLabel", self.measure.label))

    @property
    def definition(self) -> str:
        if self.is_manual:
            return translate("IndicatorDefinition", "Chỉ tiêu do cơ quan tự theo dõi; giá trị "
                             "của mỗi kỳ được nhập tay kèm nguồn số liệu.")
        return self._scoped(translate("IndicatorDefinition", self.measure.definition))

    @property
    def source_unit(self) -> str:
        """The unit in Vietnamese whatever the interface language (files and JSON carry it)."""
        if self.is_manual:
            return self.manual_unit
        unit = self.measure.unit
        if unit == ORGS:
            return _ORG_UNIT[self.scope]
        if unit == MEMBERS:
            return _MEMBER_UNIT[self.scope]
        return unit

    @property
    def unit(self) -> str:
        return self.source_unit if self.is_manual else translate("Unit", self.source_unit)

    def part_codes(self, keys: Iterable[str]) -> tuple[str, ...]:
        return tuple(f"{self.scope}.{key}" for key in keys)

    @property
    def numerator_codes(self) -> tuple[str, ...]:
        return self.part_codes(self.measure.numerator)

    @property
    def denominator_codes(self) -> tuple[str, ...]:
        return self.part_codes(self.measure.denominator)

    @property
    def base_code(self) -> str:
        return f"{self.scope}.{self.measure.base}" if self.measure.base else ""


@dataclass(frozen=True)
class Figure:
    """One computed value with, for a ratio, the numerator and denominator it was made from.

    For a growth ratio the numerator is the base now and the denominator the base a year earlier.
    """

    value: float | int | None
    numerator: float | int | None = None
    denominator: float | int | None = None


@dataclass(frozen=True)
class IndicatorValue:
    """An indicator computed for a period.

    ``at`` is the value at D for a stock or a ratio and over the period's window for a flow;
    ``ytd`` the flow from 01/01 to D; ``year_earlier`` / ``year_earlier_ytd`` the same one year
    before (at D minus one year, over the window a year before). ``source`` says where a manual
    value came from.
    """

    indicator: Indicator
    at: Figure
    ytd: Figure | None = None
    year_earlier: Figure | None = None
    year_earlier_ytd: Figure | None = None
    source: str = ""

    @property
    def code(self) -> str:
        return self.indicator.code

    @property
    def actual(self) -> Figure:
        """What a target of the year is checked against: year to date for a flow."""
        if self.indicator.kind is Kind.FLOW and self.ytd is not None:
            return self.ytd
        return self.at


def ratio(combine: Combine, numerator: float | int | None,
          denominator: float | int | None) -> float | None:
    """The value of a ratio; ``None`` when a part is missing or the denominator is zero."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    if combine is Combine.SHARE:
        return numerator / denominator * 100
    if combine is Combine.GROWTH:
        return (numerator / denominator - 1) * 100
    return numerator / denominator


def _sum(values: Iterable[float | int | None]) -> float | int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


Amount = Callable[[str], "float | int | None"]


def figure(indicator: Indicator, now: Amount, earlier: Amount | None = None) -> Figure:
    """The figure of ``indicator`` from the additive values ``now(code)`` (and, for growth, the
    same a year earlier, ``earlier(code)``). This is how returns of several offices recombine:
    pass lookups that add the offices' additive values.
    """
    combine = indicator.combine
    if combine is Combine.SUM:
        return Figure(now(indicator.code))
    if combine is Combine.GROWTH:
        base = CATALOGUE.get(indicator.base_code)
        current = figure(base, now).value
        previous = figure(base, earlier).value if earlier is not None else None
        return Figure(ratio(combine, current, previous), current, previous)
    numerator = _sum(now(code) for code in indicator.numerator_codes)
    denominator = _sum(now(code) for code in indicator.denominator_codes)
    return Figure(ratio(combine, numerator, denominator), numerator, denominator)


def additive_parts(indicator: Indicator) -> tuple[str, ...]:
    """The additive codes a value of ``indicator`` is made from (itself when it is additive).

    A growth ratio needs them both at D and a year earlier.
    """
    if indicator.combine is Combine.SUM:
        return (indicator.code,)
    if indicator.combine is Combine.GROWTH:
        return additive_parts(CATALOGUE.get(indicator.base_code))
    return indicator.numerator_codes + indicator.denominator_codes


@dataclass(frozen=True)
class ManualDefinition:
    slug: str
    name: str
    unit: str = ""


_MANUAL_MEASURE = Measure("manual", Kind.STOCK, Family.MANUAL, "", "", "")


def manual_indicator(definition: ManualDefinition) -> Indicator:
    return Indicator(MANUAL_PREFIX + definition.slug, "manual", _MANUAL_MEASURE,
                     definition.name, definition.unit)


class UnknownIndicator(KeyError):
    """No indicator has this code (neither in the catalogue nor among the office's own)."""


_FIXED = {f"{scope}.{m.key}": Indicator(f"{scope}.{m.key}", scope, m)
          for scope in SCOPES for m in MEASURES}


@dataclass
class Catalogue:
    """Every indicator in catalogue order (scope by scope), then the office's manual indicators."""

    manual: tuple[ManualDefinition, ...] = ()
    _by_code: dict[str, Indicator] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code = dict(_FIXED)
        self._by_code.update((i.code, i) for i in map(manual_indicator, self.manual))

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self._by_code.values())

    def get(self, code: str) -> Indicator:
        try:
            return self._by_code[code]
        except KeyError:
            raise UnknownIndicator(code) from None

    def find(self, code: str) -> Indicator | None:
        return self._by_code.get(code)

    def codes(self) -> list[str]:
        return list(self._by_code)

    def search(self, text: str, *, include_auxiliary: bool = False) -> list[Indicator]:
        """The indicators an officer means by ``text``, best first, diacritics ignored.

        A scope named in the text ("HTX", "hợp tác xã", "tổ hợp tác", "liên hiệp", "kinh tế
        tập thể") keeps the indicators of that scope; every other word must be in the label
        (or the code). Labels where the words begin words come first, then the shorter ones;
        when no scope is named, cooperatives (the plans' usual subject) before the others.
        """
        words, scopes = _scope_words(text)
        every_word = _typed_words(text)
        ranked = []
        for position, indicator in enumerate(self):
            if indicator.auxiliary and not include_auxiliary:
                continue
            wanted = every_word if indicator.is_manual else words
            label = fold(indicator.label).replace(",", " ").split()
            haystack = f"{' '.join(label)} {indicator.code.lower()}"
            if (scopes and not indicator.is_manual and indicator.scope not in scopes) or not all(
                    w in haystack for w in wanted):
                continue
            starts = sum(any(part.startswith(w) for part in label) for w in wanted)
            scope_rank = 0 if scopes else _SCOPE_PREFERENCE.index(indicator.scope)
            ranked.append(((scope_rank, -starts, len(label), position), indicator))
        return [indicator for _key, indicator in sorted(ranked, key=lambda pair: pair[0])]


# What officers type to name a scope (folded), the longest first.
_SCOPE_NAMES = (("lien hiep hop tac xa", "lhhtx"), ("lien hiep htx", "lhhtx"),
                ("lien hiep", "lhhtx"), ("lhhtx", "lhhtx"), ("to hop tac", "tht"), ("tht", "tht"),
                ("hop tac xa", "htx"), ("htx", "htx"), ("kinh te tap the", "kttt"),
                ("kttt", "kttt"))
_SCOPE_PREFERENCE = ("htx", "kttt", "tht", "lhhtx", "manual")


def _typed_words(text: str) -> list[str]:
    return fold(text).replace(",", " ").split()


def _scope_words(text: str) -> tuple[list[str], set[str]]:
    """The words of ``text`` (folded) without the scopes it names, and those scopes."""
    folded = f" {' '.join(_typed_words(text))} "
    scopes = set()
    for phrase, scope in _SCOPE_NAMES:
        if f" {phrase} " in folded:
            scopes.add(scope)
            folded = folded.replace(f" {phrase} ", " ")
    return folded.split(), scopes


CATALOGUE = Catalogue()






def in_order(codes: Mapping[str, object] | Iterable[str], catalogue: Catalogue) -> list[str]:
    """``codes`` in catalogue order (unknown codes last, alphabetically)."""
    position = {code: i for i, code in enumerate(catalogue.codes())}
    return sorted(codes, key=lambda c: (position.get(c, len(position)), c))
