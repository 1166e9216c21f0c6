"""Yearly measures of a period inside the year use the last complete year, and declared member
counts carry forward (spec/indicators.md §Who is counted), on an office whose figures of the
current year are missing (tests/current_year_office.py)."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core.indicators import CATALOGUE, Combine, Kind
from kttt_desktop.core.periods import Period, reporting_year
from kttt_desktop.data.database import open_database
from kttt_desktop.data.indicators import compute, drill_down
from tests.current_year_office import EXPECTED, Q3, B, C, T


@pytest.fixture(scope="module")
def office(current_year_db_path):
    database = open_database(current_year_db_path)
    yield database
    database.close()


@pytest.fixture(scope="module")
def values(office):
    with office.session() as s:
        return compute(s.connection(), Q3, earlier_growth=True)


@pytest.mark.parametrize(("day", "year"), [
    (date(2026, 9, 30), 2025), (date(2026, 12, 31), 2026), (date(2026, 1, 1), 2025),
    (date(2026, 12, 30), 2025), (date(2024, 2, 29), 2023)])
def test_the_reporting_year_is_the_last_complete_year(day, year):
    assert reporting_year(day) == year


def test_every_period_names_its_reporting_year():
    assert [Period.parse(p).reporting_year for p in (
        "2026-Q1", "2026-H1", "2026-Q3", "2026-M9", "2026-Q4", "2026")] == [
        2025, 2025, 2025, 2025, 2026, 2026]


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_yearly_measures_and_declared_members_of_a_current_year_period(values, code):
    now, earlier = EXPECTED[code]
    value = values[code]
    shown = value.at.value if value.at.value is None else round(value.at.value, 1)
    assert shown == now, code
    before = value.year_earlier.value
    assert (None if before is None else round(before, 1)) == earlier, code


def test_the_business_figures_keep_their_parts(values):
    income = values["htx.income.avg"].at
    assert (income.numerator, income.denominator) == (pytest.approx(1880), 28)
    share = values["htx.good_fair_pct"].at
    assert (share.numerator, share.denominator) == (2, 3)


def test_a_declared_count_carries_forward_to_the_drill_down(office):
    with office.session() as s:
        members = drill_down(s.connection(), "htx.members", Q3)
        tht = drill_down(s.connection(), "tht.members", Q3)
    assert members.amounts == {B: 200, C: 60}  # B's of 2024, C's of 2025 (not its 2023 count)
    assert len(members.ids) == 17 and members.total == 277
    assert tht.amounts == {T: 15}


ADDITIVE = [i.code for i in CATALOGUE if i.combine is Combine.SUM]


@pytest.mark.parametrize("year_earlier", [False, True])
def test_every_drill_down_is_as_long_as_its_count(office, values, year_earlier):
    with office.session() as s:
        connection = s.connection()
        for code in ADDITIVE:
            value = values[code]
            expected = value.year_earlier if year_earlier else value.at
            listed = drill_down(connection, code, Q3, year_earlier=year_earlier)
            assert listed.total == pytest.approx(expected.value), code
            if value.indicator.kind is Kind.FLOW:
                ytd = value.year_earlier_ytd if year_earlier else value.ytd
                assert drill_down(connection, code, Q3, year_to_date=True,
                                  year_earlier=year_earlier).total == ytd.value, code


def test_a_year_return_uses_the_year_itself(office):
    """At 31/12/2025 the reporting year is 2025: the same figures as Q3 2026, and the members
    are counted at the end of 2025 (B still declared 200, C 60; A's 10 members)."""
    with office.session() as s:
        year = compute(s.connection(), Period.parse("2025"))
    assert year["htx.workers"].at.value == 32
    assert year["htx.members"].at.value == 270
    assert year["htx.good_fair_pct"].at.value == pytest.approx(200 / 3)
