"""The thresholds of the law on cooperatives change on the day the 2023 law took effect."""

from datetime import date

from kttt_desktop.core.cooperative_law import adult_member_basis, capital_cap_pct, min_members
from kttt_desktop.core.enums import OrgKind

LAST_DAY_2012 = date(2024, 6, 30)
FIRST_DAY_2023 = date(2024, 7, 1)


def test_minimum_membership_drops_on_1_july_2024():
    assert [min_members(k, LAST_DAY_2012).value for k in (OrgKind.HTX, OrgKind.LHHTX)] == [7, 4]
    assert [min_members(k, FIRST_DAY_2023).value for k in (OrgKind.HTX, OrgKind.LHHTX)] == [5, 3]
    assert "khoản 7 Điều 4" in min_members(OrgKind.HTX, FIRST_DAY_2023).basis
    assert "2012" in min_members(OrgKind.LHHTX, LAST_DAY_2012).basis


def test_a_tht_needed_three_members_before_decree_77_2019():
    assert min_members(OrgKind.THT, date(2019, 11, 24)).value == 3
    assert min_members(OrgKind.THT, date(2019, 11, 25)).value == 2
    assert "77/2019" in min_members(OrgKind.THT, LAST_DAY_2012).basis
    assert "Luật Hợp tác xã 2023" in min_members(OrgKind.THT, FIRST_DAY_2023).basis


def test_capital_caps_rise_on_1_july_2024_and_a_tht_has_none():
    assert capital_cap_pct(OrgKind.HTX, LAST_DAY_2012).value == 20
    assert capital_cap_pct(OrgKind.LHHTX, LAST_DAY_2012).value == 30
    assert capital_cap_pct(OrgKind.HTX, FIRST_DAY_2023).value == 30
    assert capital_cap_pct(OrgKind.LHHTX, FIRST_DAY_2023).value == 40
    assert capital_cap_pct(OrgKind.THT, FIRST_DAY_2023) is None


def test_the_age_rule_is_cited_from_the_law_in_force_on_the_join_date():
    assert adult_member_basis(OrgKind.HTX, LAST_DAY_2012) == "Luật Hợp tác xã 2012, Điều 13"
    assert adult_member_basis(OrgKind.HTX, FIRST_DAY_2023) == "Luật Hợp tác xã 2023, Điều 30"
    assert adult_member_basis(OrgKind.THT, FIRST_DAY_2023) == ""
