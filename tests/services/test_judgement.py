"""The check of a period on the office of tests/known_office.py, with targets of several years."""

from __future__ import annotations

import pytest

from kttt_desktop.core.enums import Comparator
from kttt_desktop.core.periods import Period
from kttt_desktop.core.targets import Pace, Status
from kttt_desktop.services.judgement import drill_down, judge_period, judgement_json
from kttt_desktop.services.manual_indicators import define_manual, set_manual_value
from kttt_desktop.services.targets import TargetRecord, save_targets
from tests.known_office import build_known_office

Q3 = Period.parse("2023-Q3")
GE, GT, RANGE, APPROX = (Comparator.AT_LEAST, Comparator.ABOVE, Comparator.RANGE,
                         Comparator.APPROX)


@pytest.fixture
def checked(db):
    build_known_office(db)
    define_manual(db, "ngan_sach", "Đóng góp vào ngân sách", "triệu đồng")
    define_manual(db, "xuat_khau", "Kim ngạch xuất khẩu", "triệu đồng")
    set_manual_value(db, "ngan_sach", Q3, 1200, "Chi cục Thuế")
    set_manual_value(db, "ngan_sach", "2022-Q3", 1000, "Chi cục Thuế")
    save_targets(db, [
        TargetRecord(2022, "htx.count", GE, 1, basis="KH 2022"),
        TargetRecord(2023, "htx.count", APPROX, 6, basis="KH 248/KH-UBND"),
        TargetRecord(2023, "htx.new", GE, 4),
        TargetRecord(2023, "htx.good_fair_pct", GT, 35),
        TargetRecord(2023, "htx.members", RANGE, 30, 40),
        TargetRecord(2023, "lhhtx.revenue.avg", GE, 1),
        TargetRecord(2023, "manual.ngan_sach", GE, 1000),
        TargetRecord(2023, "manual.xuat_khau", GE, 1),
        TargetRecord(2030, "htx.count", GE, 10, basis="Chiến lược 2030"),
    ])
    return judge_period(db, Q3, later_years=True)


def _by_code(result, year=2023):
    return {t.target.indicator: t for t in result.targets if t.target.year == year}


def test_targets_of_the_year_and_later_years_only(checked):
    assert [(t.target.year, t.target.indicator) for t in checked.targets][:1] == [
        (2023, "htx.count")]
    assert {t.target.year for t in checked.targets} == {2023, 2030}


def test_each_target_is_judged_against_the_right_value(checked):
    targets = _by_code(checked)
    count = targets["htx.count"]
    assert (count.actual, count.status, count.judgement.gap_words) == (6, Status.ACHIEVED, "đạt")
    new = targets["htx.new"]  # a flow: the year to date (2), behind the pace 4 × 3/4 = 3
    assert (new.actual, new.status, new.judgement.pace, new.judgement.pace_value) == (
        2, Status.NOT_ACHIEVED, Pace.BEHIND, 3)
    assert targets["htx.good_fair_pct"].judgement.gap_words == "vượt 15 điểm %"
    members = targets["htx.members"]
    assert (members.actual, members.status, members.judgement.gap) == (42, Status.EXCEEDED, 2)
    assert targets["lhhtx.revenue.avg"].status is Status.NO_DATA  # no LHHTX revenue figure
    assert targets["htx.count"].judgement.pace is None  # a stock


def test_targets_on_the_offices_own_indicators(checked):
    targets = _by_code(checked)
    assert (targets["manual.ngan_sach"].actual, targets["manual.ngan_sach"].status) == (
        1200, Status.ACHIEVED)
    assert targets["manual.xuat_khau"].status is Status.NO_DATA  # nothing typed in for Q3
    value = checked.indicators["manual.ngan_sach"]
    assert (value.at.value, value.year_earlier.value, value.source) == (1200, 1000,
                                                                        "Chi cục Thuế")


def test_a_horizon_target_compares_the_value_as_it_stands_without_pace(checked):
    horizon = _by_code(checked, 2030)["htx.count"]
    assert horizon.horizon
    assert (horizon.actual, horizon.status, horizon.judgement.pace) == (
        6, Status.NOT_ACHIEVED, None)


def test_only_the_targets_of_the_periods_year_by_default(db):
    build_known_office(db)
    save_targets(db, [TargetRecord(2030, "htx.count", GE, 10)])
    assert judge_period(db, Q3).targets == []


def test_json_of_the_check_follows_the_contract(checked):
    data = judgement_json(checked)
    assert (data["office"], data["period"], data["reference_date"]) == (
        "Phòng Kinh tế xã Bình Liêu", "2023-Q3", "2023-09-30")
    first = data["targets"][0]
    assert first == {"year": 2023, "indicator": "htx.count", "comparator": "approx", "value": 6,
                     "max": None, "actual": 6, "status": "achieved", "pace": None,
                     "basis": "KH 248/KH-UBND", "gap": 0}
    assert data["indicators"]["manual.ngan_sach"]["source"] == "Chi cục Thuế"


def test_drill_down_through_the_service(db):
    build_known_office(db)
    behind = drill_down(db, "htx.members.new", Q3, year_to_date=True)
    assert (behind.table, behind.ids, behind.total) == ("member", [2, 5], 2)
