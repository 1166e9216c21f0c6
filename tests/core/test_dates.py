from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kttt_desktop.core import dates
from kttt_desktop.core.dates import (
    add_months,
    age_on,
    check_adult_on,
    check_not_future,
    check_order,
    format_date,
    format_long_date,
    parse_date,
    parse_date_or_year,
)
from kttt_desktop.core.enums import Severity

FEB_5 = date(2026, 2, 5)


@pytest.mark.parametrize("text", [
    "05/02/2026", "5/2/2026", "05-02-2026", "05.02.2026", " 05 / 02 / 2026 ", "5-2-2026",
    "2026-02-05", "2026-02-05 00:00:00", "ngày 05 tháng 02 năm 2026", "Ngày 5 tháng 2 năm 2026",
    FEB_5, datetime(2026, 2, 5, 14, 30),
])
def test_accepted_forms(text):
    checked = parse_date(text)
    assert checked.ok and checked.issues == () and checked.value == FEB_5


def test_two_digit_year_is_refused_with_a_clear_message():
    checked = parse_date("05/02/26")
    assert checked.has(dates.SHORT_YEAR) and checked.value is None
    assert "bốn chữ số" in checked.issues[0].message


def test_impossible_day_is_named():
    checked = parse_date("31/02/2025")
    assert checked.has(dates.IMPOSSIBLE)
    message = checked.issues[0].message
    assert "31/02/2025" in message and "28 ngày" in message


def test_leap_years():
    assert parse_date("29/02/2024").value == date(2024, 2, 29)
    assert "28 ngày" in parse_date("29/02/2023").issues[0].message
    assert parse_date("29/02/2000").ok and not parse_date("29/02/1900").ok


def test_impossible_month_is_named():
    checked = parse_date("15/13/2025")
    assert checked.has(dates.IMPOSSIBLE) and "tháng 13" in checked.issues[0].message


@pytest.mark.parametrize(("text", "code"), [
    ("hôm qua", dates.NOT_A_DATE), ("05/02", dates.NOT_A_DATE), ("05/02-2026", dates.NOT_A_DATE),
    ("05/02/20266", dates.NOT_A_DATE), ("05/02/1850", dates.YEAR_RANGE),
    ("00/02/2026", dates.IMPOSSIBLE), (date(1800, 1, 1), dates.YEAR_RANGE),
])
def test_refused_input(text, code):
    checked = parse_date(text)
    assert checked.has(code) and checked.value is None


def test_empty_is_no_date_and_no_finding():
    assert parse_date(" ").issues == () and parse_date(None).value is None


@pytest.mark.parametrize(("value", "expected"), [
    ("1985", 1985), (1985, 1985), (1985.0, 1985), ("05/02/1985", date(1985, 2, 5)),
])
def test_a_bare_year_where_a_field_allows_it(value, expected):
    assert parse_date_or_year(value).value == expected


def test_a_bare_year_is_still_checked():
    assert parse_date_or_year("1850").has(dates.YEAR_RANGE)
    assert parse_date("1985").has(dates.NOT_A_DATE)  # not where only dates are allowed


@pytest.mark.parametrize(("day", "text"), [
    (date(2026, 2, 5), "ngày 05 tháng 02 năm 2026"),
    (date(2026, 3, 15), "ngày 15 tháng 3 năm 2026"),
    (date(2026, 1, 9), "ngày 09 tháng 01 năm 2026"),
    (date(2026, 12, 1), "ngày 01 tháng 12 năm 2026"),
    (date(2026, 10, 10), "ngày 10 tháng 10 năm 2026"),
])
def test_long_form_has_zeros_on_days_1_to_9_and_months_1_and_2_only(day, text):
    assert format_long_date(day) == text


def test_short_form():
    assert format_date(date(2026, 2, 5)) == "05/02/2026"
    assert format_date(None) == ""


days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(days)
def test_parse_of_format_is_identity(day):
    assert parse_date(format_date(day)).value == day
    assert parse_date(format_long_date(day)).value == day


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 2, 29), 36, date(2027, 2, 28)),
    (date(2025, 8, 15), 36, date(2028, 8, 15)),
    (date(2025, 11, 30), 3, date(2026, 2, 28)),
    (date(2026, 3, 31), -1, date(2026, 2, 28)),
])
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_age_is_exact_on_dates():
    born = date(2008, 5, 10)
    assert age_on(born, date(2026, 5, 9)) == 17
    assert age_on(born, date(2026, 5, 10)) == 18
    leap = date(2008, 2, 29)
    assert age_on(leap, date(2026, 2, 28)) == 17
    assert age_on(leap, date(2026, 3, 1)) == 18


def test_a_member_must_be_18_on_the_join_date():
    born = date(2008, 5, 10)
    too_young = check_adult_on(date(2026, 5, 9), birth_date=born)
    assert [(i.severity, i.code) for i in too_young] == [(Severity.ERROR, dates.UNDER_AGE)]
    assert "17 tuổi" in too_young[0].message and "09/05/2026" in too_young[0].message
    assert check_adult_on(date(2026, 5, 10), birth_date=born) == []


def test_with_only_the_birth_year():
    assert check_adult_on(date(2027, 1, 1), birth_year=2008) == []
    assert [i.code for i in check_adult_on(date(2025, 12, 31), birth_year=2008)] == [
        dates.UNDER_AGE]
    undecided = check_adult_on(date(2026, 6, 1), birth_year=2008)
    assert [(i.severity, i.code) for i in undecided] == [(Severity.WARNING, dates.MAYBE_UNDER_AGE)]


@given(st.integers(1950, 2020), st.dates(min_value=date(1960, 1, 1), max_value=date(2045, 1, 1)))
def test_the_year_only_decision_agrees_with_every_possible_birth_date(year, joined):
    first, last = date(year, 1, 1), date(year, 12, 31)
    possible = {age_on(first + timedelta(days=n), joined) >= 18
                for n in range((last - first).days + 1)}
    found = check_adult_on(joined, birth_year=year)
    if possible == {True}:
        assert found == []
    elif possible == {False}:
        assert [i.severity for i in found] == [Severity.ERROR]
    else:
        assert [i.severity for i in found] == [Severity.WARNING]


def test_order_of_two_dates():
    issues = check_order(date(2026, 2, 5), date(2026, 2, 4), "Ngày vào", "Ngày ra")
    assert [i.code for i in issues] == [dates.ORDER]
    assert issues[0].message == "Ngày ra (04/02/2026) không được trước ngày vào (05/02/2026)."
    assert check_order(FEB_5, FEB_5, "Ngày vào", "Ngày ra") == []
    assert check_order(FEB_5, FEB_5, "Ngày quyết định", "Ngày hết hạn", strict=True)
    assert check_order(None, FEB_5, "a", "b") == []


def test_not_future():
    today = date(2026, 2, 4)
    issues = check_not_future(FEB_5, today, "Ngày sinh")
    assert [(i.severity, i.code) for i in issues] == [(Severity.ERROR, dates.FUTURE)]
    assert "05/02/2026" in issues[0].message and "04/02/2026" in issues[0].message
    assert check_not_future(FEB_5, today, "Ngày vào", severity=Severity.WARNING)[0].severity \
        is Severity.WARNING
    assert check_not_future(today, today, "Ngày sinh") == []
