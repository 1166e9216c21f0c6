from datetime import date

import pytest

from kttt_desktop.core import rating
from kttt_desktop.core.enums import RatingClass
from kttt_desktop.core.rating import (
    TT01_2020,
    NotRatedReason,
    RatingBand,
    RatingScheme,
    expected_class,
    not_rated_reason,
    suspended_over_three_months,
)


@pytest.mark.parametrize(("score", "expected"), [
    (100, RatingClass.GOOD), (80, RatingClass.GOOD), (79.99, RatingClass.FAIR),
    (65, RatingClass.FAIR), (64.9, RatingClass.AVERAGE), (50, RatingClass.AVERAGE),
    (49.99, RatingClass.WEAK), (0, RatingClass.WEAK),
])
def test_bands_of_tt01_2020(score, expected):
    assert TT01_2020.classify(score) is expected


@pytest.mark.parametrize("score", [-1, 100.5])
def test_scores_outside_0_100_are_refused(score):
    with pytest.raises(ValueError):
        TT01_2020.classify(score)


def test_band_limits():
    assert TT01_2020.band_of(RatingClass.GOOD) == (80, 100)
    assert TT01_2020.band_of(RatingClass.FAIR) == (65, 80)
    assert TT01_2020.band_of(RatingClass.NOT_RATED) is None


def test_a_provincial_scheme_is_data(monkeypatch):
    monkeypatch.setattr(rating, "_SCHEMES", dict(rating._SCHEMES))
    strict = RatingScheme("QN/2026", "Bộ tiêu chí tỉnh", (
        RatingBand(RatingClass.GOOD, 85), RatingBand(RatingClass.FAIR, 70),
        RatingBand(RatingClass.AVERAGE, 50), RatingBand(RatingClass.WEAK, 0)))
    rating.register(strict)
    assert rating.scheme_by_code("QN/2026") is strict
    assert strict in rating.schemes()
    assert strict.classify(82) is RatingClass.FAIR
    assert TT01_2020.classify(82) is RatingClass.GOOD


def test_bands_must_descend_to_zero():
    with pytest.raises(ValueError):
        RatingScheme("x", "x", (RatingBand(RatingClass.GOOD, 50), RatingBand(RatingClass.WEAK, 10)))
    with pytest.raises(ValueError):
        RatingScheme("x", "x", (RatingBand(RatingClass.WEAK, 0), RatingBand(RatingClass.GOOD, 80)))


@pytest.mark.parametrize(("established", "reason"), [
    (date(2015, 6, 1), None),
    (date(2024, 12, 31), None),
    (date(2025, 1, 1), None),                 # 12 full months at 31/12/2025
    (date(2025, 1, 2), NotRatedReason.TOO_NEW),
    (date(2025, 11, 20), NotRatedReason.TOO_NEW),
    (date(2026, 2, 1), NotRatedReason.NOT_ESTABLISHED),
])
def test_an_organisation_under_12_months_old_at_year_end_is_not_rated(established, reason):
    assert not_rated_reason(2025, established) is reason


@pytest.mark.parametrize(("suspensions", "over"), [
    ([(date(2025, 2, 1), date(2025, 4, 30))], False),     # exactly three months
    ([(date(2025, 2, 1), date(2025, 5, 1))], True),       # three months and a day
    ([(date(2025, 10, 1), None)], False),                 # open: 01/10–31/12 is three months
    ([(date(2025, 9, 30), None)], True),
    ([(date(2024, 11, 1), date(2025, 2, 28))], False),    # only January-February fall in 2025
    ([(date(2024, 6, 1), None)], True),                   # still suspended all year
    ([(date(2025, 1, 1), date(2025, 1, 31)), (date(2025, 3, 1), date(2025, 3, 31)),
      (date(2025, 5, 1), date(2025, 5, 31))], True),      # 93 days in three pieces
    ([(date(2025, 2, 1), date(2025, 4, 30)), (date(2025, 3, 1), date(2025, 3, 31))], False),
    ([(date(2024, 1, 1), date(2024, 12, 31))], False),    # another year
    ([], False),
])
def test_suspended_more_than_three_months(suspensions, over):
    assert suspended_over_three_months(2025, suspensions) is over


def test_suspension_gives_the_reason():
    long = [(date(2025, 3, 1), date(2025, 8, 31))]
    assert not_rated_reason(2025, date(2010, 1, 1), long) is NotRatedReason.SUSPENDED
    assert NotRatedReason.SUSPENDED.label == "Tạm ngừng hoạt động quá 3 tháng trong năm"


def test_expected_class():
    assert expected_class(85, 2025, date(2010, 1, 1)) is RatingClass.GOOD
    assert expected_class(85, 2025, date(2025, 6, 1)) is RatingClass.NOT_RATED
    assert expected_class(None, 2025, date(2010, 1, 1)) is None
