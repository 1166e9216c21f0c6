from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kttt_desktop.core import numbers
from kttt_desktop.core.numbers import (
    check_money,
    check_not_negative,
    format_million,
    format_number,
    format_percent,
    million_to_vnd,
    parse_int,
    parse_million_vnd,
    parse_number,
    parse_percent,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("1.325,5", "1325.5"),
    ("80.000", "80000"),
    ("1.325", "1325"),          # a Vietnamese officer means one thousand three hundred…
    ("1,325", "1.325"),         # …and this is one point three two five
    ("3,5", "3.5"),
    ("-3,5", "-3.5"),
    ("− 3,5", "-3.5"),          # the minus sign of a word processor
    ("+7", "7"),
    ("1325.5", "1325.5"),       # one dot that cannot group thousands is a decimal point
    ("0.325", "0.325"),
    ("12.3456", "12.3456"),
    (",5", "0.5"),
    ("1.250.000", "1250000"),
    ("1.250.000,75", "1250000.75"),
    ("1 250 000", "1250000"),
    ("1,250.5", "1250.5"),      # from an English-language spreadsheet
    ("1,250,000", "1250000"),
    ("0", "0"),
    ("007", "7"),
    (12.5, "12.5"),
    (0.1, "0.1"),
    (3, "3"),
    (Decimal("2.50"), "2.50"),
])
def test_vietnamese_input(text, expected):
    checked = parse_number(text)
    assert checked.ok and checked.value == Decimal(expected)


@pytest.mark.parametrize("text", [
    "abc", "1.25.000", "12 5", "1,2,3", "1.325,5,5", "1,325.5.5", "--5", "1e5", "1.325,5 đ",
    "5%", "١٢", True, float("nan"), float("inf"),
])
def test_refused_input(text):
    checked = parse_number(text)
    assert checked.value is None and checked.has(numbers.NOT_A_NUMBER)


def test_refusal_explains_the_vietnamese_format():
    assert "1.325,5" in parse_number("1.25.000").issues[0].message


def test_empty_is_no_number_and_no_finding():
    assert parse_number("  ").issues == () and parse_number(None).value is None


@pytest.mark.parametrize(("text", "vnd"), [
    ("1,25 đ", 1_250_000), ("1,25đ", 1_250_000), ("1,25 đồng", 1_250_000),
    ("1,25 VNĐ", 1_250_000), ("1,25 ₫", 1_250_000), (1.25, 1_250_000), ("0", 0),
])
def test_a_currency_word_after_the_amount_is_ignored(text, vnd):
    assert parse_million_vnd(text).value == vnd


@pytest.mark.parametrize(("text", "vnd"), [
    ("1,5", 1_500_000), ("1.325,5", 1_325_500_000), ("0,0000005", 1), ("0,0000004", 0),
    (2.75, 2_750_000), ("80", 80_000_000), ("999.999.999,999999", 999_999_999_999_999),
])
def test_money_in_million_vnd_is_rounded_half_up_to_whole_vnd(text, vnd):
    assert parse_million_vnd(text).value == vnd


def test_negative_money_is_refused_unless_allowed():
    refused = parse_million_vnd("-5", "Vốn góp")
    assert refused.value is None and refused.has(numbers.NEGATIVE)
    assert refused.issues[0].message == "Vốn góp không được âm (-5 triệu đồng)."
    assert parse_million_vnd("-1,5", allow_negative=True).value == -1_500_000
    assert parse_million_vnd("-0,0000005", allow_negative=True).value == -1  # half away from 0


def test_absurd_amounts_are_refused():
    checked = parse_million_vnd("1.000.000.000", "Doanh thu")
    assert checked.value is None and checked.has(numbers.TOO_LARGE)
    assert "Doanh thu 1.000.000.000 triệu đồng" in checked.issues[0].message
    assert check_money(10**15 - 1) == []
    assert [i.code for i in check_money(-(10**15), allow_negative=True)] == [numbers.TOO_LARGE]


def test_not_negative_rule_quotes_the_number():
    issues = check_not_negative(Decimal("-2.5"), "Lao động thường xuyên")
    assert issues[0].message == "Lao động thường xuyên không được âm (-2,5)."
    assert check_not_negative(0, "x") == [] and check_not_negative(None, "x") == []


def test_million_to_vnd():
    assert million_to_vnd(Decimal("1.2345675")) == 1_234_568
    assert million_to_vnd(0.1) == 100_000


@pytest.mark.parametrize(("text", "expected"), [("12", 12), ("12,0", 12), ("1.200", 1200),
                                                (7.0, 7)])
def test_whole_numbers(text, expected):
    assert parse_int(text).value == expected


@pytest.mark.parametrize(("text", "expected"), [("35", "35"), ("35,5%", "35.5"),
                                                ("35 %", "35"), (0.355, "0.355")])
def test_percentages(text, expected):
    assert parse_percent(text).value == Decimal(expected)


def test_a_percent_sign_alone_is_not_a_number():
    assert parse_percent("%").has(numbers.NOT_A_NUMBER)


def test_fractions_are_not_whole_numbers():
    checked = parse_int("12,5")
    assert checked.has(numbers.NOT_WHOLE) and "số nguyên" in checked.issues[0].message


@pytest.mark.parametrize(("call", "text"), [
    (lambda: format_number(1325.5, 1), "1.325,5"),
    (lambda: format_number(1234567.891, 2), "1.234.567,89"),
    (lambda: format_number(2.675, 2), "2,68"),          # half up, on the decimal written
    (lambda: format_number(-3.5, 1), "-3,5"),
    (lambda: format_number(-0.04, 1), "0,0"),           # never "-0,0"
    (lambda: format_number(999.5), "1.000"),
    (lambda: format_number(Decimal("1.50"), None), "1,50"),
    (lambda: format_number(None), ""),
    (lambda: format_million(1_250_000, None), "1,25"),
    (lambda: format_million(695_000_000, None), "695"),
    (lambda: format_million(1_234_567, None), "1,234567"),
    (lambda: format_percent(36.24), "36,2"),
    (lambda: format_percent(36.25), "36,3"),
    (lambda: format_percent(100), "100,0"),
    (lambda: format_million(1_250_000), "1,3"),
    (lambda: format_million(1_325_500_000), "1.325,5"),
])
def test_display(call, text):
    assert call() == text


amounts = st.decimals(min_value=-(10**14), max_value=10**14, allow_nan=False,
                      allow_infinity=False)


@given(amounts, st.integers(0, 4))
def test_parse_of_format_gives_the_rounded_number_back(number, decimals):
    step = Decimal(1).scaleb(-decimals)
    back = parse_number(format_number(number, decimals)).value
    assert back == number.quantize(step, rounding=ROUND_HALF_UP)
    assert abs(back - number) <= step / 2


@given(st.integers(0, 10**15 - 1))
def test_money_round_trip(vnd):
    """What a form shows of an amount (in million đồng) reads back as the same amount."""
    assert parse_million_vnd(format_million(vnd, None)).value == vnd


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False,
                   allow_infinity=False))
def test_numbers_with_their_own_decimals_survive_format_and_parse(number):
    assert parse_number(format_number(number, 3)).value == number
