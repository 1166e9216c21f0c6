from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kttt_desktop.core import identity
from kttt_desktop.core.enums import Gender, Severity
from kttt_desktop.core.identity import century_sex_digit, check_cccd, decode

TODAY = date(2026, 3, 15)


@pytest.mark.parametrize(("text", "year", "gender"), [
    ("035199000123", 1999, "female"),   # the worked example: a woman born 1999, Hà Nam
    ("001099012345", 1999, "male"),
    ("079203000001", 2003, "male"),
    ("022305000001", 2005, "female"),
    ("096080123456", 1980, "male"),
])
def test_valid_numbers_agree_with_birth_year_and_gender(text, year, gender):
    checked = check_cccd(text, birth_year=year, gender=gender, today=TODAY)
    assert checked.ok and checked.issues == ()
    assert checked.value == text


@pytest.mark.parametrize("text", ["035 199 000 123", "035.199.000.123", "035-199-000-123",
                                  " 035199000123 ", "035–199–000–123"])
def test_separators_are_removed(text):
    assert check_cccd(text, today=TODAY).value == "035199000123"


def test_empty_input_is_not_a_finding():
    assert check_cccd("  ", today=TODAY) == identity.Checked(None)
    assert check_cccd(None, today=TODAY).issues == ()


@pytest.mark.parametrize(("text", "count"), [("0351990001", 10), ("0351990001234", 13),
                                             ("12345", 5)])
def test_wrong_length_names_the_count(text, count):
    checked = check_cccd(text, today=TODAY)
    assert not checked.ok and checked.value is None
    assert checked.has(identity.WRONG_LENGTH)
    assert f"có {count} chữ số" in checked.issues[0].message
    assert "12 chữ số" in checked.issues[0].message


def test_letters_are_refused():
    checked = check_cccd("03519900012O", today=TODAY)
    assert checked.has(identity.NOT_DIGITS) and not checked.ok


def test_a_number_cell_that_lost_its_leading_zero_gets_a_suggestion():
    checked = check_cccd(35199000123, birth_year=1999, today=TODAY)  # int from a spreadsheet
    assert not checked.ok
    assert checked.suggestion == "035199000123"
    assert "số 0 ở đầu" in checked.issues[0].message
    # No suggestion when the padded number would not be valid either.
    assert check_cccd(35199000123, birth_year=1998, today=TODAY).suggestion is None


def test_century_digit_must_match_the_birth_year():
    checked = check_cccd("035199000123", birth_year=2099, gender="female", today=TODAY)
    assert checked.has(identity.CENTURY_MISMATCH) and not checked.ok
    assert "1900–1999" in checked.issues[0].message and "2099" in checked.issues[0].message


def test_year_digits_must_match_the_birth_year():
    checked = check_cccd("035199000123", birth_year=1998, today=TODAY)
    assert [i.code for i in checked.issues] == [identity.YEAR_MISMATCH]
    assert "(99)" in checked.issues[0].message and "1998" in checked.issues[0].message


@pytest.mark.parametrize("gender", [Gender.MALE, "male", "Nam"])
def test_sex_digit_must_match_the_gender(gender):
    checked = check_cccd("035199000123", gender=gender, today=TODAY)
    assert [i.code for i in checked.issues] == [identity.GENDER_MISMATCH]
    assert "giới tính nữ" in checked.issues[0].message
    assert "(nam)" in checked.issues[0].message


def test_a_birth_year_still_to_come_is_refused_when_none_was_typed():
    checked = check_cccd("035427000123", today=TODAY)  # digit 4 → 2100s: born 2127
    assert checked.has(identity.FUTURE_YEAR) and not checked.ok
    assert check_cccd("035226000123", today=TODAY).ok  # born 2026: possible


def test_a_code_that_is_no_province_is_accepted_with_a_warning():
    checked = check_cccd("003199000123", today=TODAY)
    assert checked.ok and checked.value == "003199000123"
    assert [(i.severity, i.code) for i in checked.issues] == [
        (Severity.WARNING, identity.FOREIGN_PREFIX)]
    assert "(003)" in checked.issues[0].message


def test_old_nine_digit_cmnd_is_kept_and_flagged():
    checked = check_cccd("012 345 678", today=TODAY)
    assert checked.ok and checked.value == "012345678"
    assert checked.has(identity.LEGACY_CMND)
    assert checked.issues[0].severity is Severity.WARNING
    assert "31/12/2024" in checked.issues[0].message
    assert identity.is_legacy_cmnd("012345678")
    assert not identity.is_legacy_cmnd("035199000123")


def test_province_table_is_the_63_old_provinces():
    codes = identity.BIRTH_PROVINCES
    assert len(codes) == 63
    assert min(codes) == "001" and max(codes) == "096"
    assert codes["001"] == "Hà Nội" and codes["022"] == "Quảng Ninh"
    assert codes["035"] == "Hà Nam" and codes["079"] == "Hồ Chí Minh"
    assert codes["096"] == "Cà Mau"
    assert not {"003", "005", "007", "009", "097"} & codes.keys()


def test_decode_reads_every_part():
    parts = decode("079203000001")
    assert parts is not None
    assert (parts.birth_place_code, parts.birth_province) == ("079", "Hồ Chí Minh")
    assert (parts.gender, parts.birth_year, parts.century) == (Gender.MALE, 2003, 2000)
    assert decode("012345678") is None


def test_mask_keeps_the_last_four_digits():
    assert identity.mask("035199000123") == "********0123"
    assert identity.mask("") == ""


@given(year=st.integers(1900, 2399), gender=st.sampled_from(list(Gender)),
       province=st.sampled_from(sorted(identity.BIRTH_PROVINCES)),
       serial=st.integers(0, 999_999))
def test_numbers_built_from_year_and_sex_decode_back(year, gender, province, serial):
    number = f"{province}{century_sex_digit(year, gender)}{year % 100:02d}{serial:06d}"
    parts = decode(number)
    assert parts is not None and (parts.birth_year, parts.gender) == (year, gender)
    checked = check_cccd(number, birth_year=year, gender=gender, today=date(2400, 1, 1))
    assert checked.ok and checked.issues == ()


@given(year=st.integers(1900, 2025), other=st.integers(1900, 2025))
def test_any_other_birth_year_is_an_error(year, other):
    number = f"001{century_sex_digit(year, Gender.MALE)}{year % 100:02d}000001"
    assert check_cccd(number, birth_year=other, today=TODAY).ok == (year == other)
