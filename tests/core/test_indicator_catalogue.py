"""The catalogue holds every code of the specification, with Vietnamese labels and units."""

from __future__ import annotations

import pytest

from kttt_desktop.core.indicators import (
    CATALOGUE,
    Catalogue,
    Kind,
    ManualDefinition,
    UnknownIndicator,
    additive_parts,
    figure,
)

# The measures of spec/indicators.md, written out here independently of the code.
SPEC_FLOWS = {"new", "dissolved", "members.new", "members.left", "training.attendances",
              "ocop.new"}
SPEC_RATIOS = {"members.growth_pct", "revenue.avg", "revenue.growth_pct", "profit.avg",
               "income.avg", "income.growth_pct", "good_fair_pct", "value_chain_pct",
               "high_tech_pct", "digital_pct", "managers.basic_pct", "managers.higher_pct",
               "managers.university_pct"}
SPEC_STOCKS = {"count", "operating", "members", "members.official", "workers", "rated",
               "rated.good", "rated.fair", "rated.average", "rated.weak", "value_chain",
               "high_tech", "digital", "managers", "managers.untrained", "managers.so_cap",
               "managers.trung_cap", "managers.cao_dang", "managers.dai_hoc",
               "managers.tren_dai_hoc", "managers.basic", "managers.higher",
               "managers.university", "ocop.products", "ocop.3star", "ocop.4star", "ocop.5star",
               "ocop.expiring"}
SCOPES = ("tht", "htx", "lhhtx", "kttt")


@pytest.mark.parametrize("scope", SCOPES)
def test_every_measure_of_the_specification_exists_for_every_scope_with_its_kind(scope):
    for measures, kind in ((SPEC_FLOWS, Kind.FLOW), (SPEC_RATIOS, Kind.RATIO),
                           (SPEC_STOCKS, Kind.STOCK)):
        for measure in measures:
            assert CATALOGUE.get(f"{scope}.{measure}").kind is kind, f"{scope}.{measure}"


def test_codes_beyond_the_specification_are_only_the_additive_parts():
    spec = SPEC_FLOWS | SPEC_RATIOS | SPEC_STOCKS
    extra = {i.key for i in CATALOGUE if i.key not in spec}
    assert extra == {"members.declared", "revenue.total", "revenue.reporting", "profit.total",
                     "profit.reporting", "income.total", "income.workers"}
    assert all(i.auxiliary for i in CATALOGUE if i.key in extra)
    assert not any(i.auxiliary for i in CATALOGUE if i.key in spec)


@pytest.mark.parametrize(("code", "label", "unit"), [
    ("htx.count", "Số hợp tác xã", "HTX"),
    ("tht.count", "Số tổ hợp tác", "THT"),
    ("lhhtx.count", "Số liên hiệp hợp tác xã", "LHHTX"),
    ("kttt.count", "Số tổ chức kinh tế tập thể", "tổ chức"),
    ("htx.members", "Số thành viên hợp tác xã", "người"),
    ("lhhtx.members", "Số thành viên liên hiệp hợp tác xã", "HTX"),
    ("htx.good_fair_pct", "Tỷ lệ hợp tác xã xếp loại tốt, khá", "%"),
    ("htx.revenue.avg", "Doanh thu bình quân một hợp tác xã", "triệu đồng"),
    ("htx.income.avg", "Thu nhập bình quân của lao động thường xuyên trong hợp tác xã",
     "triệu đồng/người/năm"),
    ("htx.managers.basic_pct", "Tỷ lệ cán bộ quản lý hợp tác xã trình độ sơ cấp, trung cấp",
     "%"),
    ("tht.training.attendances", "Lượt cán bộ quản lý tổ hợp tác được đào tạo, bồi dưỡng",
     "lượt"),
    ("kttt.ocop.products", "Số sản phẩm OCOP từ 3 sao của tổ chức kinh tế tập thể", "sản phẩm"),
])
def test_labels_and_units_are_vietnamese(code, label, unit):
    indicator = CATALOGUE.get(code)
    assert (indicator.label, indicator.unit, indicator.source_unit) == (label, unit, unit)


def test_every_indicator_has_a_filled_in_definition():
    for indicator in CATALOGUE:
        assert indicator.definition and "{" not in indicator.definition, indicator.code
        assert indicator.label and "{" not in indicator.label, indicator.code


def test_search_ignores_accents_and_case():
    found = [i.code for i in CATALOGUE.search("ty le HOP TAC XA tot kha")]
    assert found == ["htx.good_fair_pct"]  # "hợp tác xã" names the scope: not the unions
    assert [i.code for i in CATALOGUE.search("tỷ lệ tốt khá")][0] == "htx.good_fair_pct"
    assert "lhhtx.members" in [i.code for i in CATALOGUE.search("thành viên liên hiệp")]


def test_search_keeps_the_additive_parts_out_unless_asked():
    assert not CATALOGUE.search("tong doanh thu")
    assert [i.code for i in CATALOGUE.search("tong doanh thu tht",
                                             include_auxiliary=True)] == ["tht.revenue.total"]


def test_manual_indicators_resolve_by_code():
    own = Catalogue((ManualDefinition("ty_trong_ngan_sach", "Tỷ trọng đóng góp ngân sách", "%"),))
    indicator = own.get("manual.ty_trong_ngan_sach")
    assert (indicator.label, indicator.unit, indicator.is_manual) == (
        "Tỷ trọng đóng góp ngân sách", "%", True)
    assert [i.code for i in own.search("ngan sach")] == ["manual.ty_trong_ngan_sach"]
    with pytest.raises(UnknownIndicator):
        CATALOGUE.get("manual.ty_trong_ngan_sach")


def test_ratios_recombine_from_added_parts_of_several_offices():
    # Two offices: 220 of 600 and 30 of 40 rated good or fair.
    office_a = {"htx.rated.good": 100, "htx.rated.fair": 120, "htx.rated": 600}
    office_b = {"htx.rated.good": 10, "htx.rated.fair": 20, "htx.rated": 40}
    both = figure(CATALOGUE.get("htx.good_fair_pct"),
                  lambda code: office_a[code] + office_b[code])
    assert (both.numerator, both.denominator) == (250, 640)
    assert both.value == pytest.approx(250 / 640 * 100)  # not the mean of 36.7% and 75%


def test_growth_recombines_from_the_base_parts_now_and_a_year_earlier():
    indicator = CATALOGUE.get("htx.revenue.growth_pct")
    assert additive_parts(indicator) == ("htx.revenue.total", "htx.revenue.reporting")
    now = {"htx.revenue.total": 6000.0, "htx.revenue.reporting": 3}
    before = {"htx.revenue.total": 2000.0, "htx.revenue.reporting": 2}
    growth = figure(indicator, now.__getitem__, before.__getitem__)
    assert (growth.numerator, growth.denominator) == (2000, 1000)
    assert growth.value == pytest.approx(100.0)


def test_a_zero_denominator_gives_no_value():
    empty = figure(CATALOGUE.get("htx.income.avg"), lambda code: 0)
    assert (empty.value, empty.numerator, empty.denominator) == (None, 0, 0)
