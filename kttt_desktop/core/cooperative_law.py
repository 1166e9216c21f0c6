"""The minimums and caps of the law on cooperatives, as they stood on a given day.

Law 17/2023/QH15 (in force 01/7/2024) lowered the membership an HTX and an LHHTX need and raised
the share of the charter capital one member may hold, compared with Law 23/2012/QH13:

====================================  ===========  ===========
                                      before       from
                                      01/7/2024    01/7/2024
====================================  ===========  ===========
official members of an HTX            7            5
member HTX of an LHHTX                4            3
members of a THT                      2 (3 before  2
                                      25/11/2019)
capital one member may hold, HTX      20%          30%
capital one member may hold, LHHTX    30%          40%
====================================  ===========  ===========

A THT was governed by decrees before the 2023 law: NĐ 151/2007/NĐ-CP (at least 3 members), then
NĐ 77/2019/NĐ-CP from 25/11/2019 (at least 2). Days before the 2012 law took effect use its
rules: the register holds nothing older that these checks could judge differently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kttt_desktop.core.enums import OrgKind
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

LAW_2023_IN_FORCE = date(2024, 7, 1)
DECREE_77_2019_IN_FORCE = date(2019, 11, 25)
ADULT_AGE = 18


@dataclass(frozen=True)
class Requirement:
    """One requirement: its number and the text it comes from (Vietnamese, translated)."""

    value: int
    basis: str


# Each kind's rules, newest first: (in force from, value, the text that sets it).
_MIN_MEMBERS: dict[OrgKind, tuple[tuple[date, int, str], ...]] = {
    OrgKind.HTX: (
        (LAW_2023_IN_FORCE, 5, QT_TRANSLATE_NOOP(
            "CooperativeLaw", "Luật Hợp tác xã 2023, khoản 7 Điều 4 (từ 01/7/2024)")),
        (date.min, 7, QT_TRANSLATE_NOOP(
            "CooperativeLaw", "Luật Hợp tác xã 2012, khoản 1 Điều 3 (trước 01/7/2024)")),
    ),
    OrgKind.LHHTX: (
        (LAW_2023_IN_FORCE, 3, QT_TRANSLATE_NOOP(
            "CooperativeLaw", "Luật Hợp tác xã 2023, khoản 8 Điều 4 (từ 01/7/2024)")),
        (date.min, 4, QT_TRANSLATE_NOOP(
            "CooperativeLaw", "Luật Hợp tác xã 2012, khoản 2 Điều 3 (trước 01/7/2024)")),
    ),
    OrgKind.THT: (
        (LAW_2023_IN_FORCE, 2, QT_TRANSLATE_NOOP(
            "CooperativeLaw", "Luật Hợp tác xã 2023, khoản 21 Điều 4 (từ 01/7/2024)")),
        (DECREE_77_2019_IN_FORCE, 2, QT_TRANSLATE_NOOP(
            "CooperativeLaw", "Nghị định 77/2019/NĐ-CP (từ 25/11/2019 đến 30/6/2024)")),
        (date.min, 3, QT_TRANSLATE_NOOP(
            "CooperativeLaw", "Nghị định 151/2007/NĐ-CP (trước 25/11/2019)")),
    ),
}
_LAW_2023 = QT_TRANSLATE_NOOP("CooperativeLaw", "Luật Hợp tác xã 2023 (từ 01/7/2024)")
_LAW_2012 = QT_TRANSLATE_NOOP("CooperativeLaw", "Luật Hợp tác xã 2012 (trước 01/7/2024)")
_CAPITAL_CAPS: dict[OrgKind, tuple[tuple[date, int, str], ...]] = {
    OrgKind.HTX: ((LAW_2023_IN_FORCE, 30, _LAW_2023), (date.min, 20, _LAW_2012)),
    OrgKind.LHHTX: ((LAW_2023_IN_FORCE, 40, _LAW_2023), (date.min, 30, _LAW_2012)),
}


def _in_force(rules: tuple[tuple[date, int, str], ...], day: date) -> Requirement:
    value, basis = next((value, basis) for since, value, basis in rules if day >= since)
    return Requirement(value, translate("CooperativeLaw", basis))


def min_members(kind: OrgKind, day: date) -> Requirement:
    """The fewest members an organisation of ``kind`` may have on ``day``.

    For an HTX these are official members; for an LHHTX, member HTX (its official members).
    """
    return _in_force(_MIN_MEMBERS[kind], day)


def capital_cap_pct(kind: OrgKind, day: date) -> Requirement | None:
    """The largest share (in %) of the charter capital one member may hold, or ``None`` (a THT
    has no charter capital)."""
    rules = _CAPITAL_CAPS.get(kind)
    return _in_force(rules, day) if rules else None


def adult_member_basis(kind: OrgKind, joined_on: date) -> str:
    """The text that requires a member who is a person to be 18 or older when joining, as it
    stood on the join date; empty for a THT (its decrees are not cited here)."""
    if kind is OrgKind.THT:
        return ""
    if joined_on >= LAW_2023_IN_FORCE:
        return translate("CooperativeLaw", QT_TRANSLATE_NOOP(
            "CooperativeLaw", "Luật Hợp tác xã 2023, Điều 30"))
    return translate("CooperativeLaw", QT_TRANSLATE_NOOP(
        "CooperativeLaw", "Luật Hợp tác xã 2012, Điều 13"))
