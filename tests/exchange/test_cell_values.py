"""Reading cells by the workbook's reading rules (spec/workbook.md, Reading rules)."""

from __future__ import annotations

from datetime import date, datetime

from kttt_desktop.exchange.layout import (
    FIGURES_REGISTER,
    MEMBER_REGISTER,
    OCOP_REGISTER,
    ORGANISATION_REGISTER,
)
from kttt_desktop.exchange.values import ZERO_RESTORED, cell_text, convert_legacy, read_column


def read(register, key, *cells):
    return read_column(register.column(key), list(cells))


def test_dates_are_excel_dates_or_day_month_year_text():
    result = read(MEMBER_REGISTER, "joined_on", date(2020, 2, 1), datetime(2020, 2, 1, 9, 30),
                  "01/02/2020", "1/2/2020", "01-02-2020", 43862.0, "", None)
    assert result.values == [date(2020, 2, 1)] * 6 + [None, None]
    assert not result.issues


def test_an_impossible_date_and_a_text_that_is_no_date_are_errors():
    result = read(MEMBER_REGISTER, "joined_on", "31/02/2025", "tháng hai", 2020.0)
    assert result.values == [None, None, None]
    assert "tháng 2 năm 2025 chỉ có 28 ngày" in result.issues[0][0].message
    assert "không phải là một ngày" in result.issues[1][0].message
    assert "không phải là một ngày" in result.issues[2][0].message  # a bare year is no date


def test_a_birth_may_be_a_bare_year():
    result = read(MEMBER_REGISTER, "birth", "05/02/1980", 1975.0, "1975", date(1990, 1, 1))
    assert result.values == [(date(1980, 2, 5), 1980), (None, 1975), (None, 1975),
                             (date(1990, 1, 1), 1990)]


def test_money_in_million_vnd_becomes_whole_vnd():
    result = read(FIGURES_REGISTER, "revenue", 1250.5, "1.250,5", "1.250", "0,1", "-12",
                  "12 triệu đồng", 0.000001)
    assert result.values == [1_250_500_000, 1_250_500_000, 1_250_000_000, 100_000,
                             -12_000_000, 12_000_000, 1]


def test_yes_no_is_co_khong_x_blank_or_one_zero():
    result = read(MEMBER_REGISTER, "is_worker", "Có", "co", "x", "X", 1.0, True, "Không",
                  "0", 0.0, False, "", "hình như")
    assert result.values[:10] == [True] * 6 + [False] * 4
    assert result.values[10] is None and "không phải là có/không" in result.issues[11][0].message


def test_a_flag_is_yes_no_or_the_year_it_started():
    result = read(ORGANISATION_REGISTER, "value_chain", "Có", 2021.0, "2019", "Không", "sớm")
    assert result.values[:4] == [(True, None), (True, 2021), (True, 2019), (False, None)]
    assert 4 in result.issues


def test_choices_accept_labels_codes_and_text_without_diacritics():
    result = read(ORGANISATION_REGISTER, "kind", "Hợp tác xã", "HTX", "hop tac xa", "tht",
                  "Doanh nghiệp")
    # An unknown value goes on as typed: the record rule names it with the allowed values.
    assert result.values == ["htx", "htx", "htx", "tht", "Doanh nghiệp"]


def test_stars_are_numbers_or_star_labels():
    result = read(OCOP_REGISTER, "stars", 3.0, "4 sao", "5", "2")
    assert result.values == [3, 4, 5, 2]


def test_codes_stay_text_and_a_dropped_leading_zero_is_put_back_and_counted():
    result = read(ORGANISATION_REGISTER, "code", "0100109106", 100109106.0, "0100109106-001",
                  "0100 109 106")
    assert result.values == ["0100109106", "0100109106", "0100109106-001", "0100109106"]
    assert result.fixes[ZERO_RESTORED] == 1
    cccd = read(MEMBER_REGISTER, "cccd", 22080001234.0, "022 080 001 234", "022080001234")
    assert cccd.values == ["022080001234"] * 3 and cccd.fixes[ZERO_RESTORED] == 1
    phone = read(MEMBER_REGISTER, "phone", 912345678.0, "0912 345 678", "+84912345678")
    assert phone.values == ["0912345678"] * 3
    commune = read(ORGANISATION_REGISTER, "commune_code", 6838.0, "06838")
    assert commune.values == ["06838", "06838"] and commune.fixes[ZERO_RESTORED] == 1


def test_a_code_typed_as_text_keeps_what_was_typed_for_the_rules_to_judge():
    # Typed as text, eleven digits are the officer's mistake, not the spreadsheet's.
    result = read(MEMBER_REGISTER, "cccd", "22080001234")
    assert result.values == ["22080001234"] and not result.fixes


def test_a_column_typed_with_tcvn3_is_converted_and_counted():
    result = read(MEMBER_REGISTER, "full_name", "NguyÔn V¨n An", "TrÇn ThÞ B×nh", "Lª V¨n C",
                  "Nguyễn Văn Đức")
    assert result.values == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn C", "Nguyễn Văn Đức"]
    assert result.legacy == "tcvn3" and result.converted == 3


def test_a_column_typed_with_vni_is_converted():
    converted, encoding, count = convert_legacy(["Hôïp taùc xaõ Noâng nghieäp", "Nam"])
    assert encoding == "vni" and count == 1
    assert converted == ["Hợp tác xã Nông nghiệp", "Nam"]


def test_unicode_vietnamese_and_foreign_text_are_left_alone():
    values = ["Nguyễn Văn An", "Müller GmbH", "café"]
    assert convert_legacy(values) == (values, None, 0)


def test_cells_are_quoted_back_as_the_officer_sees_them():
    assert cell_text(20.0) == "20" and cell_text(1.5) == "1.5"
    assert cell_text(date(2020, 2, 1)) == "01/02/2020" and cell_text(None) == ""
