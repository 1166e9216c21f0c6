"""Every measure computed on a small office whose answers are worked out by hand.

The records and their boundary cases are in tests/known_office.py (period 2023-Q3, D = 30/09/2023,
D' = 30/09/2022). Each expectation says why.
"""

from __future__ import annotations

import shutil

import pytest

from kttt_desktop.core.indicators import CATALOGUE, Combine, Kind, UnknownIndicator
from kttt_desktop.core.periods import Period
from kttt_desktop.data.database import open_database
from kttt_desktop.data.indicators import compute, drill_down
from tests import known_office as k

Q3 = Period.parse("2023-Q3")


@pytest.fixture(scope="module")
def known(_template_database, tmp_path_factory):
    path = tmp_path_factory.mktemp("known") / "office.db"
    shutil.copyfile(_template_database, path)
    database = open_database(path)
    k.build_known_office(database)
    yield database
    database.close()


@pytest.fixture(scope="module")
def values(known):
    with known.session() as s:
        return compute(s.connection(), Q3, earlier_growth=True)


def at(values, code):
    return values[code].at.value


def test_every_catalogue_code_is_computed(values):
    assert set(values) == set(CATALOGUE.codes())


# --- organisations -----------------------------------------------------------------------------

def test_count_includes_one_established_on_d_and_excludes_one_dissolved_on_d(values):
    # H1, H2 (established on D), H4, H5, H6, H9; not H3 (dissolved on D), H8 (the day after),
    # OUT (outside the area).
    assert at(values, "htx.count") == 6
    # A year earlier: H1, H3, H4, H5, H6.
    assert values["htx.count"].year_earlier.value == 5
    assert (at(values, "tht.count"), at(values, "lhhtx.count"), at(values, "kttt.count")) == (
        2, 1, 9)


def test_operating_excludes_suspensions_covering_d_only(values):
    # H4's suspension ends on D and H6's is open: both cover D. H5's ended the day before.
    assert at(values, "htx.operating") == 4
    assert values["htx.operating"].year_earlier.value == 5  # all suspensions began in 2023


def test_new_and_dissolved_over_window_year_to_date_and_a_year_earlier(values):
    new = values["htx.new"]
    # H2 was established on D (in the window), H9 in March, H8 the day after D.
    assert (new.at.value, new.ytd.value) == (1, 2)
    assert (new.year_earlier.value, new.year_earlier_ytd.value) == (0, 0)
    dissolved = values["htx.dissolved"]
    assert (dissolved.at.value, dissolved.ytd.value) == (1, 1)  # H3, on D


def test_flags_hold_from_their_year(values):
    # value chain: H1 (no year); H4's starts in 2024; OUT is outside.
    assert at(values, "htx.value_chain") == 1
    ratio = values["htx.value_chain_pct"].at
    assert (ratio.numerator, ratio.denominator) == (1, 6)
    assert ratio.value == pytest.approx(100 / 6)
    # high tech: H1 from 2023, so not a year earlier; digital: H5 (2020), not H1 (2024).
    assert (at(values, "htx.high_tech"), values["htx.high_tech"].year_earlier.value) == (1, 0)
    assert at(values, "htx.digital") == 1


# --- members -----------------------------------------------------------------------------------

def test_members_at_d_with_declared_counts(values):
    # Lists: H1 has members 1, 2, 4, 5 (3 left on D, 6 joined after D, 7 left in 2022), H4 has 9;
    # H3's member 8 does not count (H3 dissolved on D). Declared: H2 (7) and H5 (30) have no list;
    # H1's declared 999 is ignored because H1 has a list. 5 + 37 = 42.
    assert at(values, "htx.members") == 42
    assert at(values, "htx.members.declared") == 37
    # A year earlier: H1 has 1, 3, 4; H3 has 8; H4 has 9; declared H5 (2022) 25: 30.
    assert values["htx.members"].year_earlier.value == 30


def test_members_growth_keeps_both_member_counts(values):
    growth = values["htx.members.growth_pct"].at
    assert (growth.numerator, growth.denominator) == (42, 30)
    assert growth.value == pytest.approx(40.0)


def test_official_members_come_from_the_lists_only(values):
    assert at(values, "htx.members.official") == 4  # 1, 2, 4 (H1) and 9 (H4); 5 is associate


def test_member_flows(values):
    joined, left = values["htx.members.new"], values["htx.members.left"]
    assert (joined.at.value, joined.ytd.value) == (1, 2)  # 2 in August; 5 in February
    assert (left.at.value, left.ytd.value) == (1, 1)  # 3, on D
    assert (left.year_earlier.value, left.year_earlier_ytd.value) == (0, 1)  # 7 in March 2022
    assert values["tht.members.new"].year_earlier_ytd.value == 1  # 12 joined T2 in June 2022


def test_tht_members_mix_lists_and_declared_counts(values):
    assert at(values, "tht.members") == 14  # T1 declared 12 + T2's two members
    assert values["tht.members"].year_earlier.value == 12  # T1 declared 10 in 2022 + T2's two


def test_lhhtx_members_are_member_htx(values):
    assert at(values, "lhhtx.members") == 2  # H1 and H4; H5 left on D
    assert values["lhhtx.members"].year_earlier.value == 3
    assert values["lhhtx.members.left"].at.value == 1


def test_kttt_adds_the_three_kinds(values):
    for code in ("count", "members", "members.declared", "managers", "ocop.products",
                 "revenue.total", "workers"):
        parts = sum(at(values, f"{scope}.{code}") for scope in ("tht", "htx", "lhhtx"))
        assert at(values, f"kttt.{code}") == pytest.approx(parts)
    assert at(values, "kttt.members") == 58


# --- yearly figures ----------------------------------------------------------------------------

def test_revenue_average_over_organisations_with_a_figure(values):
    # H1 2000, H4 1000, H5 3000 million; H2 has no revenue; H3 (dissolved on D) and OUT excluded.
    average = values["htx.revenue.avg"].at
    assert (average.numerator, average.denominator, average.value) == (6000, 3, 2000)
    assert at(values, "htx.revenue.reporting") == 3


def test_revenue_growth_against_the_year_before(values):
    # 2022: H1 1500 and H3 500 (H3 existed then): 1000 on average; 2000 / 1000 - 1 = 100%.
    growth = values["htx.revenue.growth_pct"].at
    assert (growth.numerator, growth.denominator) == (2000, 1000)
    assert growth.value == pytest.approx(100.0)


def test_growth_without_a_previous_year_has_no_value(values):
    growth = values["tht.revenue.growth_pct"].at  # T1 reported revenue for 2023 only
    assert (growth.numerator, growth.denominator, growth.value) == (100, None, None)


def test_profit_average_counts_losses(values):
    profit = values["htx.profit.avg"].at
    assert (profit.numerator, profit.denominator, profit.value) == (80, 2, 40)


def test_workers_and_income_average_weighted_by_workers(values):
    assert at(values, "htx.workers") == 35  # H1 10, H2 5, H4 20
    # Only H1 (60 × 10) and H4 (45 × 20) have both figures: 1500 / 30.
    income = values["htx.income.avg"].at
    assert (income.numerator, income.denominator, income.value) == (1500, 30, 50)
    # 2022: H1 50 × 10 and H3 40 × 10: 900 / 20 = 45.
    assert values["htx.income.avg"].year_earlier.value == pytest.approx(45)
    assert values["htx.income.growth_pct"].at.value == pytest.approx((50 / 45 - 1) * 100)


def test_zero_denominators_give_no_value_never_zero(values):
    for code in ("lhhtx.revenue.avg", "tht.good_fair_pct", "tht.managers.basic_pct",
                 "lhhtx.income.avg"):
        figure = values[code].at
        assert figure.value is None, code
        assert figure.denominator == 0, code


# --- ratings -----------------------------------------------------------------------------------

def test_ratings_leave_out_not_rated(values):
    # H1 good, H4 fair, H5 weak, H6 average; H2 is not rated; H3 dissolved on D; OUT outside.
    assert [at(values, f"htx.rated{part}") for part in
            ("", ".good", ".fair", ".average", ".weak")] == [4, 1, 1, 1, 1]
    share = values["htx.good_fair_pct"].at
    assert (share.numerator, share.denominator, share.value) == (2, 4, 50)
    # 2022: H1 fair and H3 good; H4 not rated.
    assert values["htx.good_fair_pct"].year_earlier.value == 100


# --- managers and training ---------------------------------------------------------------------

def test_managers_in_post_counted_once_each(values):
    # Manager 1 holds two positions (once); 2's position ends on D (out); 3's starts on D (in);
    # 4's starts after D; 5 is in H3 (dissolved on D); 6 is in H4.
    assert at(values, "htx.managers") == 3
    levels = {level: at(values, f"htx.managers.{level}") for level in (
        "untrained", "so_cap", "trung_cap", "cao_dang", "dai_hoc", "tren_dai_hoc")}
    assert levels == {"untrained": 0, "so_cap": 0, "trung_cap": 1, "cao_dang": 0, "dai_hoc": 1,
                      "tren_dai_hoc": 1}
    assert (at(values, "htx.managers.basic"), at(values, "htx.managers.higher"),
            at(values, "htx.managers.university")) == (1, 2, 2)
    basic = values["htx.managers.basic_pct"].at
    assert (basic.numerator, basic.denominator) == (1, 3)
    assert basic.value == pytest.approx(100 / 3)


def test_managers_a_year_earlier(values):
    # 1, 2 (so cấp, until D), 5 (cao đẳng, H3 existed) and 6.
    assert values["htx.managers"].year_earlier.value == 4
    assert values["htx.managers.basic"].year_earlier.value == 1
    assert values["htx.managers.higher"].year_earlier.value == 3


def test_training_attendances_started_in_the_window(values):
    # Window: manager 1 (1 August), 4 (on D) and 5 (15 July; a flow needs no existence at D);
    # year to date adds 1's February course; 4's course of 1 October is after D.
    training = values["htx.training.attendances"]
    assert (training.at.value, training.ytd.value) == (3, 4)
    assert (training.year_earlier.value, training.year_earlier_ytd.value) == (1, 1)


# --- OCOP --------------------------------------------------------------------------------------

def test_ocop_products_valid_at_d(values):
    # Valid: 1 (4★), 2 (3★, certified on D), 4 (3★), 9 (4★). Not: 3 expires on D, 5 has 2 stars,
    # 6 is certified after D, 7 belongs to H3 (dissolved on D), 8 is outside.
    assert [at(values, f"htx.ocop.{part}") for part in
            ("products", "3star", "4star", "5star")] == [4, 2, 2, 0]
    assert at(values, "htx.ocop.expiring") == 1  # 4 expires on D + 90 days; 1 three days later
    new = values["htx.ocop.new"]
    assert (new.at.value, new.ytd.value) == (1, 2)  # 2 (on D); 9 (March)
    # A year earlier: 1, 3 (5★), 4 and 7.
    assert values["htx.ocop.products"].year_earlier.value == 4
    assert values["htx.ocop.5star"].year_earlier.value == 1


# --- drill-down --------------------------------------------------------------------------------

ADDITIVE = [i.code for i in CATALOGUE if i.combine is Combine.SUM]


@pytest.mark.parametrize("year_earlier", [False, True])
def test_drill_down_total_equals_the_value_for_every_additive_indicator(known, values,
                                                                       year_earlier):
    with known.session() as s:
        connection = s.connection()
        for code in ADDITIVE:
            value = values[code]
            flow = value.indicator.kind is Kind.FLOW
            expected = value.year_earlier if year_earlier else value.at
            listed = drill_down(connection, code, Q3, year_earlier=year_earlier)
            assert listed.total == pytest.approx(expected.value), code
            assert len(set(listed.ids)) == len(listed.ids), code
            if flow:
                ytd = value.year_earlier_ytd if year_earlier else value.ytd
                listed = drill_down(connection, code, Q3, year_to_date=True,
                                    year_earlier=year_earlier)
                assert listed.total == ytd.value, code


def test_drill_down_lists_the_records_behind_the_number(known):
    with known.session() as s:
        connection = s.connection()
        count = drill_down(connection, "htx.count", Q3)
        assert (count.table, count.ids, count.amounts) == (
            "organisation", [k.H1, k.H2, k.H4, k.H5, k.H6, k.H9], {})
        members = drill_down(connection, "htx.members", Q3)
        assert (members.table, members.ids) == ("member", [1, 2, 4, 5, 9])
        assert members.amounts == {k.H2: 7, k.H5: 30}  # declared counts, by organisation
        revenue = drill_down(connection, "htx.revenue.total", Q3)
        assert revenue.ids == [] and revenue.amounts == {k.H1: 2000, k.H4: 1000, k.H5: 3000}


def test_a_ratio_has_no_records_of_its_own(known):
    with known.session() as s, pytest.raises(UnknownIndicator):
        drill_down(s.connection(), "htx.good_fair_pct", Q3)


def test_growth_a_year_earlier_only_on_request(known):
    with known.session() as s:
        plain = compute(s.connection(), Q3)
    assert plain["htx.members.growth_pct"].year_earlier is None
    assert plain["htx.members.growth_pct"].at.value == pytest.approx(40.0)


@pytest.mark.parametrize("text", ["2023-Q1", "2023-Q2", "2023-H1", "2023-M9", "2023-Q4", "2023"])
def test_every_kind_of_period_agrees_with_its_drill_down(known, text):
    period = Period.parse(text)
    with known.session() as s:
        connection = s.connection()
        computed = compute(connection, period)
        for code in ("htx.count", "htx.members", "htx.new", "htx.members.new",
                     "htx.ocop.new", "htx.training.attendances"):
            assert drill_down(connection, code, period).total == computed[code].at.value
