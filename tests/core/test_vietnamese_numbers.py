import pytest

from kttt_desktop.core.numbers import format_number, parse_number


@pytest.mark.parametrize(("value", "decimals", "text"), [
    (60500, None, "60.500"),
    (1325.5, None, "1.325,5"),
    (36.25, None, "36,2"),
    (700.0, None, "700"),
    (36.0, 1, "36,0"),
    (-12.44, None, "-12,4"),
    (-0.04, 1, "0,0"),
    (1234567.891, 2, "1.234.567,89"),
    (None, None, "–"),
    (float("nan"), None, "–"),
])
def test_format_number_the_vietnamese_way(value, decimals, text):
    assert format_number(value, decimals) == text


@pytest.mark.parametrize(("text", "value"), [
    ("với 60.500 thành viên", 60500), ("đạt 1.325 triệu đồng", 1325), ("tăng 2,5%", 2.5),
    ("04 liên hiệp", 4), ("không có số", None),
])
def test_parse_number_the_vietnamese_way(text, value):
    assert parse_number(text) == value
