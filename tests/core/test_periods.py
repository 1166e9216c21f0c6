from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.periods import (
    HALF,
    NINE_MONTHS,
    QUARTER,
    YEAR,
    Period,
    current_period,
    one_year_earlier,
    periods_of_year,
)

# written form, window start, reference date D, in words, elapsed share of the year
CASES = [
    ("2026", date(2026, 1, 1), date(2026, 12, 31), "năm 2026", 1.0),
    ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31), "quý I năm 2026", 0.25),
    ("2026-Q2", date(2026, 4, 1), date(2026, 6, 30), "quý II năm 2026", 0.5),
    ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30), "quý III năm 2026", 0.75),
    ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31), "quý IV năm 2026", 1.0),
    ("2026-H1", date(2026, 1, 1), date(2026, 6, 30), "6 tháng đầu năm 2026", 0.5),
    ("2026-M9", date(2026, 1, 1), date(2026, 9, 30), "9 tháng năm 2026", 0.75),
]


@pytest.mark.parametrize(("text", "start", "end", "words", "share"), CASES)
def test_every_kind_of_period(text, start, end, words, share):
    period = Period.parse(text)
    assert str(period) == text
    assert period.window == (start, end)
    assert period.reference_date == end
    assert period.year_to_date == (date(2026, 1, 1), end)
    assert period.in_words() == words
    assert period.elapsed_share == share


@pytest.mark.parametrize(("text", "expected"), [
    (" 2026 - q3 ", "2026-Q3"), ("2026-h1", "2026-H1"), ("2026-m9", "2026-M9"), (2026, "2026"),
])
def test_loose_writing_is_accepted(text, expected):
    assert str(Period.parse(text)) == expected


@pytest.mark.parametrize("text", ["2026-Q5", "2026-Q0", "2026-H2", "2026-M6", "26-Q1",
                                  "2026-X1", "Q1-2026", "", "1850"])
def test_refused_periods_say_how_to_write_one(text):
    with pytest.raises(InputError) as raised:
        Period.parse(text)
    assert "2026-Q1" in raised.value.message


@given(st.integers(1900, 2200), st.sampled_from([(YEAR, 0), (QUARTER, 1), (QUARTER, 2),
                                                 (QUARTER, 3), (QUARTER, 4), (HALF, 1),
                                                 (NINE_MONTHS, 9)]))
def test_print_and_parse_round_trip(year, kind_number):
    period = Period(year, *kind_number)
    assert Period.parse(str(period)) == period
    start, end = period.window
    assert start <= end and end.year == year


def test_leap_february_quarter_and_previous_year():
    assert Period.parse("2024-Q1").window == (date(2024, 1, 1), date(2024, 3, 31))
    assert Period.parse("2025-Q3").previous_year() == Period.parse("2024-Q3")


def test_one_year_earlier():
    assert one_year_earlier(date(2024, 2, 29)) == date(2023, 2, 28)
    assert one_year_earlier(date(2026, 3, 31)) == date(2025, 3, 31)


def test_short_labels():
    assert Period.parse("2026-Q3").short_label() == "Quý III/2026"
    assert Period.parse("2026").short_label() == "Năm 2026"


def test_covers_whole_year_only_for_the_year_and_not_for_q4():
    assert Period.parse("2026").covers_whole_year
    assert not Period.parse("2026-Q4").covers_whole_year
    assert Period.parse("2026-M9").window_is_year_to_date
    assert not Period.parse("2026-Q3").window_is_year_to_date


def test_periods_of_a_year_in_reporting_order():
    assert [str(p) for p in periods_of_year(2026)] == [
        "2026-Q1", "2026-Q2", "2026-H1", "2026-Q3", "2026-M9", "2026-Q4", "2026"]


@pytest.mark.parametrize(("today", "expected"), [
    (date(2026, 2, 10), "2025-Q4"), (date(2026, 4, 1), "2026-Q1"),
    (date(2026, 12, 31), "2026-Q3"),
])
def test_current_period_is_the_last_quarter_ended(today, expected):
    assert str(current_period(today)) == expected
