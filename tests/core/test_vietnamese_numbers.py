import pytest

from kttt_desktop.core.numbers import format_figure
from kttt_desktop.core.targets import NUMBER_PATTERN, number_value


@pytest.mark.parametrize(("value", "decimals", "text"), [
    (60500, None, "60.500"),
    (1325.5, None, "1.325,5"),
    (36.25, None, "36,3"),  # halves round up, as a person rounds
    (36.24, None, "36,2"),
    (700.0, None, "700"),
    (36.0, 1, "36,0"),
    (-12.44, None, "-12,4"),
    (-0.04, 1, "0,0"),
    (1234567.891, 2, "1.234.567,89"),
    (None, None, "–"),
    (float("nan"), None, "–"),
])
def test_an_indicator_value_is_shown_the_vietnamese_way(value, decimals, text):
    assert format_figure(value, decimals) == text


@pytest.mark.parametrize(("text", "value"), [
    ("với 60.500 thành viên", 60500), ("đạt 1.325 triệu đồng", 1325), ("tăng 2,5%", 2.5),
    ("04 liên hiệp", 4),
])
def test_numbers_in_a_plan_sentence_are_read_the_vietnamese_way(text, value):
    import re

    assert number_value(re.search(NUMBER_PATTERN, text).group()) == value
