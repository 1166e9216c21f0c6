"""Targets judged against actual values: statuses, gaps in words, pace, the plan's words."""

from __future__ import annotations

import pytest

from kttt_desktop.core.enums import Comparator
from kttt_desktop.core.periods import Period
from kttt_desktop.core.targets import (
    Goal,
    Pace,
    PlanWords,
    Status,
    comparator_of_words,
    gap,
    gap_in_words,
    judge,
    parse_plan_words,
    status,
)

GE, GT, LE = Comparator.AT_LEAST, Comparator.ABOVE, Comparator.AT_MOST
RANGE, APPROX = Comparator.RANGE, Comparator.APPROX
A, E, N, X = Status.ACHIEVED, Status.EXCEEDED, Status.NOT_ACHIEVED, Status.NO_DATA


@pytest.mark.parametrize(("goal", "actual", "expected"), [
    (Goal(GE, 45), 45, A), (Goal(GE, 45), 44.9, N), (Goal(GE, 45), 60, A),
    (Goal(GT, 35), 35, N), (Goal(GT, 35), 35.1, A),
    (Goal(LE, 10), 10, A), (Goal(LE, 10), 11, N),
    (Goal(RANGE, 30, 50), 29, N), (Goal(RANGE, 30, 50), 30, A), (Goal(RANGE, 30, 50), 50, A),
    (Goal(RANGE, 30, 50), 51, E),
    # "khoảng 700": ±5% by default, 665 … 735
    (Goal(APPROX, 700), 665, A), (Goal(APPROX, 700), 664, N), (Goal(APPROX, 700), 735, A),
    (Goal(APPROX, 700), 736, E), (Goal(APPROX, 700, tolerance_pct=10), 640, A),
    (Goal(APPROX, 700, tolerance_pct=1), 690, N),
    (Goal(GE, 45), None, X), (Goal(APPROX, 700), None, X),
])
def test_status_of_every_comparator(goal, actual, expected):
    assert status(goal, actual) is expected


@pytest.mark.parametrize(("goal", "actual", "unit", "words"), [
    (Goal(GE, 700), 692, "HTX", "còn thiếu 8 HTX"),
    (Goal(GT, 35), 37.3, "%", "vượt 2,3 điểm %"),
    (Goal(GE, 45), 45, "%", "đạt"),
    (Goal(RANGE, 30, 50), 55, "HTX", "vượt 5 HTX"),
    (Goal(RANGE, 30, 50), 41, "HTX", "đạt"),
    (Goal(RANGE, 30, 50), 12, "HTX", "còn thiếu 18 HTX"),
    (Goal(LE, 10), 11, "HTX", "vượt mức tối đa 1 HTX"),
    (Goal(APPROX, 700), 710, "HTX", "đạt"),
    (Goal(APPROX, 1325), 1200.5, "triệu đồng", "còn thiếu 124,5 triệu đồng"),
    (Goal(GT, 35), 35, "%", "bằng chỉ tiêu, cần cao hơn"),
    (Goal(GE, 45), None, "%", "không có số liệu"),
])
def test_gap_in_words_for_the_dashboard(goal, actual, unit, words):
    assert gap_in_words(goal, actual, unit) == words


def test_numeric_gap_is_measured_from_the_nearest_bound():
    assert gap(Goal(GE, 700), 692) == -8
    assert gap(Goal(RANGE, 30, 50), 55) == 5
    assert gap(Goal(RANGE, 30, 50), 40) == 0
    assert gap(Goal(RANGE, 30, 50), 20) == -10
    assert gap(Goal(GE, 1), None) is None


def _pace(goal: Goal, ytd: float, period: str, *, flow: bool = True, year: int = 2023):
    p = Period.parse(period)
    return judge(goal, ytd, unit="HTX", flow=flow, target_year=year, period_year=p.year,
                 elapsed_share=p.elapsed_share)


@pytest.mark.parametrize(("period", "ytd", "pace", "scaled"), [
    ("2023-Q1", 10, Pace.ON_TRACK, 10),  # a quarter of 40 is 10
    ("2023-Q2", 15, Pace.BEHIND, 20),
    ("2023-Q3", 31, Pace.ON_TRACK, 30),
    ("2023-M9", 29, Pace.BEHIND, 30),
    ("2023-Q4", 39, None, None),  # the year is over: the status alone says it
])
def test_pace_of_a_flow_target_through_the_year(period, ytd, pace, scaled):
    judged = _pace(Goal(GE, 40), ytd, period)
    assert (judged.pace, judged.pace_value) == (pace, scaled)


def test_pace_of_a_range_counts_from_its_minimum():
    assert _pace(Goal(RANGE, 30, 50), 14, "2023-H1").pace is Pace.BEHIND  # half of 30 is 15
    assert _pace(Goal(RANGE, 30, 50), 26, "2023-H1").pace is Pace.ON_TRACK  # above half of 50


def test_the_status_of_a_flow_target_compares_the_year_to_date_as_it_is():
    assert _pace(Goal(GE, 40), 31, "2023-Q3").status is Status.NOT_ACHIEVED


def test_stocks_and_horizon_targets_have_no_pace():
    assert _pace(Goal(GE, 700), 650, "2023-Q2", flow=False).pace is None
    horizon = _pace(Goal(GE, 5000), 120, "2026-Q2", year=2030)
    assert (horizon.pace, horizon.status) == (None, Status.NOT_ACHIEVED)


@pytest.mark.parametrize(("words", "comparator"), [
    ("ít nhất", GE), ("tối thiểu", GE), ("đạt", GE), ("trên", GT), ("không quá", LE),
    ("tối đa", LE), ("từ … đến", RANGE), ("khoảng", APPROX), ("phấn đấu có khoảng", APPROX),
    ("Ít Nhất", GE), ("tuy nhien", None),
])
def test_comparator_words_of_plans(words, comparator):
    assert comparator_of_words(words) is comparator


@pytest.mark.parametrize(("sentence", "read"), [
    ("khoảng 235 tổ hợp tác", PlanWords(APPROX, 235)),
    ("thành lập mới từ 15 - 20 THT", PlanWords(RANGE, 15, 20)),
    ("thành lập mới từ 30-50 HTX", PlanWords(RANGE, 30, 50)),
    ("65 – 70% HTX đạt loại tốt, khá", PlanWords(RANGE, 65, 70)),
    ("từ 30 đến 50 HTX", PlanWords(RANGE, 30, 50)),
    ("thành lập mới 01 liên hiệp HTX", PlanWords(GE, 1)),
    ("Doanh thu bình quân của THT, HTX tăng tối thiểu 10%", PlanWords(GE, 10)),
    ("trình độ sơ, trung cấp đạt 45%", PlanWords(GE, 45)),
    ("Trên 35% HTX đạt loại tốt, khá", PlanWords(GT, 35)),
    ("ít nhất 12% HTX tham gia liên kết theo chuỗi giá trị", PlanWords(GE, 12)),
    ("Doanh thu bình quân một HTX đạt 1.325 triệu đồng", PlanWords(GE, 1325)),
    ("cao đẳng, đại học ước đạt 71 người", PlanWords(APPROX, 71)),
    ("phấn đấu có khoảng 12 HTX ứng dụng công nghệ cao", PlanWords(APPROX, 12)),
    ("số HTX giải thể không quá 5", PlanWords(LE, 5)),
    ("trên địa bàn tỉnh có 60.500 thành viên", PlanWords(GE, 60500)),
    ("không có con số nào", None),
])
def test_targets_read_from_the_plans_sentences(sentence, read):
    assert parse_plan_words(sentence) == read


def test_goal_in_words():
    assert Goal(GE, 45).in_words() == "≥ 45"
    assert Goal(RANGE, 30, 50).in_words() == "30 – 50"
    assert Goal(APPROX, 60500).in_words() == "≈ 60.500 (±5%)"


@pytest.mark.parametrize(("goal", "unit", "words"), [
    (Goal(APPROX, 700), "HTX", "khoảng 700 HTX (±5%)"),
    (Goal(APPROX, 60500, tolerance_pct=2.5), "người", "khoảng 60.500 người (±2,5%)"),
    (Goal(RANGE, 30, 50), "HTX", "từ 30 đến 50 HTX"),
    (Goal(GT, 35), "%", "trên 35%"),
    (Goal(GE, 1325), "triệu đồng", "ít nhất 1.325 triệu đồng"),
    (Goal(LE, 4.5), "%", "không quá 4,5%"),
    (Goal(GE, 10), "", "ít nhất 10"),
])
def test_a_goal_in_the_plans_words(goal, unit, words):
    assert goal.in_plan_words(unit) == words
