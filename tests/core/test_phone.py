import pytest
from hypothesis import given
from hypothesis import strategies as st

from kttt_desktop.core import phone
from kttt_desktop.core.enums import Severity
from kttt_desktop.core.phone import check_phone


@pytest.mark.parametrize("text", [
    "0912345678", "091 234 5678", "091.234.5678", "091-234-5678", "(091) 234 5678",
    "+84 912 345 678", "+84912345678", "84912345678", "0084 912 345 678",
    "+84 (0) 912 345 678",
])
def test_mobile_numbers_in_every_usual_writing(text):
    checked = check_phone(text)
    assert checked.ok and checked.issues == () and checked.value == "0912345678"


@pytest.mark.parametrize(("text", "value"), [
    ("0328 123 456", "0328123456"), ("0566 000 111", "0566000111"),
    ("0703 555 666", "0703555666"), ("0888 123 456", "0888123456"),
    ("024 3825 1234", "02438251234"), ("(0203) 3 825 123", "02033825123"),
    ("+84 24 3825 1234", "02438251234"),
])
def test_other_valid_numbers(text, value):
    checked = check_phone(text)
    assert checked.ok and checked.issues == () and checked.value == value


# The 2018 move of 11-digit mobile numbers to 10 digits, written out from the operators' table.
OLD_TO_NEW = [
    ("0162", "032"), ("0163", "033"), ("0164", "034"), ("0165", "035"), ("0166", "036"),
    ("0167", "037"), ("0168", "038"), ("0169", "039"),
    ("0120", "070"), ("0121", "079"), ("0122", "077"), ("0126", "076"), ("0128", "078"),
    ("0123", "083"), ("0124", "084"), ("0125", "085"), ("0127", "081"), ("0129", "082"),
    ("0186", "056"), ("0188", "058"),
    ("0199", "059"),
]


@pytest.mark.parametrize(("old", "new"), OLD_TO_NEW)
def test_old_eleven_digit_mobile_is_kept_with_the_new_form_offered(old, new):
    checked = check_phone(f"{old} 234 5678")
    assert checked.ok
    assert checked.value == f"{old}2345678"
    assert checked.suggestion == f"{new}2345678"
    assert [(i.severity, i.code) for i in checked.issues] == [
        (Severity.WARNING, phone.OLD_PREFIX)]
    assert f"{new}2345678" in checked.issues[0].message


def test_the_table_has_every_old_prefix_and_nothing_else():
    assert phone.OLD_MOBILE_PREFIXES == dict(OLD_TO_NEW)


def test_a_number_cell_that_lost_its_leading_zero_gets_a_suggestion():
    checked = check_phone(912345678)
    assert not checked.ok and checked.value is None
    assert checked.suggestion == "0912345678" and checked.has(phone.MISSING_ZERO)
    assert check_phone(2438251234).suggestion == "02438251234"


@pytest.mark.parametrize("text", [
    "0123456789",     # 01x with 10 digits: neither mobile nor landline
    "0612345678",     # 06 is no mobile prefix
    "0212345678",     # a landline needs 11 digits
    "091234567",      # too short
    "09123456789",    # too long
    "0912 345 67a",
    "số nhà 12",
])
def test_invalid_numbers(text):
    checked = check_phone(text)
    assert not checked.ok and checked.value is None and checked.has(phone.INVALID)
    assert "10 chữ số" in checked.issues[0].message


def test_empty_is_not_a_finding():
    assert check_phone("").issues == () and check_phone(None).value is None


mobiles = st.builds(lambda p, rest: p + rest,
                    st.sampled_from(["03", "05", "07", "08", "09"]),
                    st.text(alphabet="0123456789", min_size=8, max_size=8))


@given(mobiles, st.lists(st.sampled_from([" ", ".", "-"]), min_size=9, max_size=9),
       st.sampled_from(["", "+84", "84", "+84 (0)"]))
def test_separators_and_country_code_never_change_the_number(number, separators, country):
    written = "".join(d + s for d, s in zip(number, separators + [""], strict=True))
    if country:
        written = country + " " + written[1:]
    assert check_phone(written).value == number
