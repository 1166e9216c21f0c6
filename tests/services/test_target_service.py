"""Targets entered, checked, corrected and copied through the target service."""

from __future__ import annotations

import pytest
from sqlmodel import select

from kttt_desktop.core.enums import Comparator
from kttt_desktop.core.errors import InputError
from kttt_desktop.data.models import Target
from kttt_desktop.services.manual_indicators import define_manual
from kttt_desktop.services.targets import (
    TargetRecord,
    copy_targets,
    delete_target,
    list_targets,
    save_target,
    save_targets,
    target_years,
)

GE, GT, RANGE, APPROX = (Comparator.AT_LEAST, Comparator.ABOVE, Comparator.RANGE,
                         Comparator.APPROX)
QN = "KH 248/KH-UBND ngày 14/10/2022"
KG = "KH 147/KH-UBND ngày 29/9/2020"
# The two plans of examples/plan-targets.md, line by line.
QUANG_NINH_2023 = [
    ("tht.count", APPROX, 235, None), ("tht.members", APPROX, 700, None),
    ("tht.new", RANGE, 15, 20), ("htx.count", APPROX, 700, None),
    ("htx.members", APPROX, 60500, None), ("htx.new", RANGE, 30, 50),
    ("lhhtx.count", APPROX, 4, None), ("lhhtx.members", APPROX, 20, None),
    ("lhhtx.new", GE, 1, None), ("kttt.revenue.growth_pct", GE, 10, None),
    ("htx.income.growth_pct", GE, 10, None), ("htx.managers.basic_pct", GE, 45, None),
    ("htx.managers.higher_pct", GE, 25, None), ("htx.good_fair_pct", GT, 35, None),
    ("htx.value_chain_pct", GE, 12, None), ("htx.high_tech", APPROX, 12, None),
]
KIEN_GIANG_2021 = [
    ("tht.new", GE, 50, None), ("htx.new", GE, 15, None), ("tht.members.new", GE, 750, None),
    ("htx.members.new", GE, 525, None), ("htx.revenue.avg", GE, 1325, None),
    ("htx.income.avg", GE, 57, None), ("htx.managers.basic", GE, 572, None),
    ("htx.managers.higher", APPROX, 71, None),
]


def _plan(year: int, lines, basis: str) -> list[TargetRecord]:
    return [TargetRecord(year, code, comparator, value, top, basis=basis)
            for code, comparator, value, top in lines]


def test_both_example_plans_are_entered_and_read_back(db):
    save_targets(db, _plan(2023, QUANG_NINH_2023, QN))
    save_targets(db, _plan(2021, KIEN_GIANG_2021, KG))
    assert target_years(db) == [2021, 2023]
    stored = list_targets(db, 2023)
    assert {(t.indicator, t.comparator, t.value, t.max_value) for t in stored} == set(
        QUANG_NINH_2023)
    assert {t.basis for t in stored} == {QN}
    # in catalogue order
    assert [t.indicator for t in stored][:3] == ["tht.count", "tht.new", "tht.members"]
    assert len(list_targets(db, 2021)) == len(KIEN_GIANG_2021)


@pytest.mark.parametrize(("target", "message"), [
    (TargetRecord(2023, "htx.new", RANGE, 30), "cần cả giá trị tối đa"),
    (TargetRecord(2023, "htx.new", RANGE, 50, 30), r"tối đa \(30\) nhỏ hơn giá trị tối thiểu \(50\)"),
    (TargetRecord(2023, "htx.members", RANGE, 60500, 1325.5),
     r"tối đa \(1\.325,5\) nhỏ hơn giá trị tối thiểu \(60\.500\)"),
    (TargetRecord(2023, "htx.new", GE, 30, 50), "mới có giá trị tối đa"),
    (TargetRecord(2023, "htx.new", GE, 30, tolerance_pct=5), "mới có sai số"),
    (TargetRecord(2023, "htx.count", APPROX, 700, tolerance_pct=0), "lớn hơn 0"),
    (TargetRecord(2023, "htx.good_fair_pct", GT, 135), "từ 0 đến 100%"),
    (TargetRecord(2023, "htx.count", GE, -1), "không thể âm"),
    (TargetRecord(2023, "htx.khong_co", GE, 1), "không có trong danh mục"),
    (TargetRecord(1999, "htx.count", GE, 1), "Năm 1999 không hợp lệ"),
    (TargetRecord(2023, "htx.count", GE, float("nan")), "phải là một số"),
])
def test_a_wrong_target_is_refused_with_a_message_that_says_why(db, target, message):
    with pytest.raises(InputError, match=message):
        save_target(db, target)
    assert list_targets(db) == []


def test_a_negative_growth_target_is_allowed(db):
    save_target(db, TargetRecord(2023, "htx.revenue.growth_pct", GE, -5))
    assert list_targets(db, 2023)[0].value == -5


def test_one_wrong_target_in_a_batch_writes_none_of_them(db):
    batch = _plan(2023, QUANG_NINH_2023, QN) + [TargetRecord(2023, "htx.nope", GE, 1)]
    with pytest.raises(InputError, match="2023 · htx.nope"):
        save_targets(db, batch)
    assert list_targets(db) == []


def test_a_second_target_for_the_same_year_and_indicator_is_refused(db):
    save_target(db, TargetRecord(2023, "htx.count", APPROX, 700))
    with pytest.raises(InputError, match="đã có mục tiêu"):
        save_target(db, TargetRecord(2023, "htx.count", GE, 650))
    with pytest.raises(InputError, match="đã có mục tiêu"):
        save_targets(db, [TargetRecord(2024, "htx.count", GE, 1),
                          TargetRecord(2024, "htx.count", GE, 2)])
    assert [(t.year, t.value) for t in list_targets(db)] == [(2023, 700)]


def test_a_target_is_corrected_and_deleted_by_id(db):
    saved = save_target(db, TargetRecord(2023, "htx.count", APPROX, 700, basis=QN))
    corrected = save_target(db, TargetRecord(2023, "htx.count", APPROX, 720, tolerance_pct=3,
                                             basis=QN, id=saved.id))
    assert (corrected.id, corrected.value, corrected.tolerance_pct) == (saved.id, 720, 3)
    assert len(list_targets(db)) == 1
    delete_target(db, saved.id)
    assert list_targets(db) == []
    with db.session() as s:  # the audit log saw all three changes
        assert s.exec(select(Target)).all() == []


def test_copy_to_a_new_year_keeps_what_that_year_already_has(db):
    save_targets(db, _plan(2023, QUANG_NINH_2023, QN))
    save_target(db, TargetRecord(2024, "htx.count", APPROX, 720, basis="KH 2024"))
    created = copy_targets(db, 2023, 2024)
    assert len(created) == len(QUANG_NINH_2023) - 1
    in_2024 = {t.indicator: t for t in list_targets(db, 2024)}
    assert in_2024["htx.count"].value == 720  # kept
    assert in_2024["htx.new"].max_value == 50  # copied
    assert copy_targets(db, 2023, 2024) == []


def test_targets_can_refer_to_the_offices_own_indicators(db):
    target = TargetRecord(2023, "manual.ty_trong_ngan_sach", GE, 5)
    with pytest.raises(InputError, match="không có trong danh mục"):
        save_target(db, target)
    define_manual(db, "ty_trong_ngan_sach", "Tỷ trọng đóng góp vào ngân sách", "%")
    assert save_target(db, target).indicator == "manual.ty_trong_ngan_sach"
