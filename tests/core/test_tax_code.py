import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kttt_desktop.core import tax_code
from kttt_desktop.core.tax_code import check_digit, check_tax_code


def reference_check_digit(first9: str) -> int | None:
    """The formula as published, written out independently of the module."""
    total = (31 * int(first9[0]) + 29 * int(first9[1]) + 23 * int(first9[2])
             + 19 * int(first9[3]) + 17 * int(first9[4]) + 13 * int(first9[5])
             + 7 * int(first9[6]) + 5 * int(first9[7]) + 3 * int(first9[8]))
    digit = 10 - total % 11
    return None if digit == 10 else digit


@pytest.mark.parametrize(("text", "value"), [
    ("0100109106", "0100109106"),
    ("0100112437", "0100112437"),
    ("0100684378", "0100684378"),
    ("0300588569", "0300588569"),
    ("0100109106-001", "0100109106-001"),
    ("0100109106 - 999", "0100109106-999"),
    ("0100109106–002", "0100109106-002"),  # an en dash from a word processor
    ("0100109106001", "0100109106-001"),
    (" 0100 109 106 ", "0100109106"),
])
def test_valid_codes(text, value):
    checked = check_tax_code(text)
    assert checked.ok and checked.issues == () and checked.value == value


def test_check_digit_of_known_code():
    assert check_digit("010010910") == 6


def test_wrong_check_digit_says_so():
    checked = check_tax_code("0100109107")
    assert not checked.ok and checked.value is None
    assert checked.has(tax_code.CHECK_DIGIT)
    assert "chữ số kiểm tra sai" in checked.issues[0].message


def test_nine_digits_with_remainder_zero_have_no_valid_code():
    assert check_digit("000000000") is None
    for last in range(10):
        assert check_tax_code(f"000000000{last}").has(tax_code.CHECK_DIGIT)


@pytest.mark.parametrize(("text", "code"), [
    ("0100109106-000", tax_code.SUFFIX),
    ("010010910", tax_code.FORMAT),
    ("01001O9106", tax_code.FORMAT),
    ("0100109106-01", tax_code.FORMAT),
    ("035199000123", tax_code.PERSONAL),
])
def test_invalid_forms(text, code):
    checked = check_tax_code(text)
    assert not checked.ok and checked.has(code)


def test_suffix_000_message_names_the_range():
    assert "001 đến 999" in check_tax_code("0100109106-000").issues[0].message


def test_a_number_cell_that_lost_its_leading_zero_gets_a_suggestion():
    checked = check_tax_code(100109106)
    assert not checked.ok and checked.suggestion == "0100109106"


def test_check_digit_refuses_anything_but_nine_digits():
    with pytest.raises(ValueError):
        check_digit("12345678")


first_nine = st.text(alphabet="0123456789", min_size=9, max_size=9)


@given(first_nine)
def test_check_digit_matches_the_published_formula(digits):
    assert check_digit(digits) == reference_check_digit(digits)


@given(first_nine, st.integers(0, 9), st.integers(1, 9))
def test_changing_any_one_digit_of_a_valid_code_makes_it_invalid(digits, position, shift):
    # True for this checksum: every weight is non-zero modulo 11 and a change of one digit is
    # at most 9, so the weighted sum moves by a non-multiple of 11 and the check digit changes.
    last = check_digit(digits)
    assume(last is not None)
    code = digits + str(last)
    assert check_tax_code(code).ok
    changed = code[:position] + str((int(code[position]) + shift) % 10) + code[position + 1:]
    assert check_tax_code(changed).has(tax_code.CHECK_DIGIT)


@given(first_nine, st.integers(0, 7))
def test_swapping_two_neighbours_among_the_first_nine_is_caught(digits, position):
    last = check_digit(digits)
    assume(last is not None and digits[position] != digits[position + 1])
    swapped = (digits[:position] + digits[position + 1] + digits[position]
               + digits[position + 2:])
    assert not check_tax_code(swapped + str(last)).ok


def test_swapping_the_second_and_seventh_digits_is_not_caught():
    # 29 ≡ 7 (mod 11): the checksum cannot see this exchange (documented in the module).
    code = "0100109106"
    swapped = code[0] + code[6] + code[2:6] + code[1] + code[7:]
    assert swapped == "0900101106"
    assert check_tax_code(swapped).ok
