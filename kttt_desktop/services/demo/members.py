"""Member lists: founders, people who joined later, people who left."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from kttt_desktop.services.demo import dates
from kttt_desktop.services.demo.organisations import (
    HTX_MIN_MEMBERS,
    THT_MIN_MEMBERS,
    OrgPlan,
    address,
)
from kttt_desktop.services.demo.people import People, Person

LATE_JOIN = 0.035  # share of members of an older organisation who joined after 2023
RECENT_JOIN = 0.004  # share who joined in one of the recent quarters (dates.Calendar.recent)
LEFT_BY_2023 = 0.012  # share who left in 2021-2023
LEFT_LATER = 0.025  # share who left from 2024 on
STAYING_FOUNDERS = 5  # founders who never leave: the board is chosen from them
END_2023 = dates.year_end(2023)
_SUBTYPES = (("capital_use", 0.7), ("capital_labour", 0.1), ("capital_use_labour", 0.2))


@dataclass(frozen=True, slots=True)
class Stayer:
    """A member who stays to the end: someone who can be given a managing position."""

    person: Person
    joined: date


@dataclass
class MemberList:
    rows: list[dict]
    stayers: list[Stayer]


class MemberMaker:
    def __init__(self, rng: random.Random, people: People, villages: tuple[str, ...],
                 calendar: dates.Calendar) -> None:
        self.rng = rng
        self.people = people
        self.villages = villages
        self.recent = calendar.recent

    def members(self, org: OrgPlan) -> MemberList:
        if org.kind == "lhhtx":
            return MemberList([self._member_htx(org, htx) for htx in org.member_htx], [])
        rng = self.rng
        minimum = HTX_MIN_MEMBERS if org.kind == "htx" else THT_MIN_MEMBERS
        share = 0.8 if org.established >= dates.HISTORY_START else 0.5
        founders = min(org.members, max(minimum, round(org.members * share)))
        addresses = [address(org.commune, village, rng) for village in
                     rng.sample(self.villages, min(8, len(self.villages)))]
        rows, stayers = [], []
        for index in range(org.members):
            joined = org.established if index < founders else self._joined(org)
            left = None if index < STAYING_FOUNDERS else self._left(org, joined)
            if org.dissolved is not None and left is None:
                left = org.dissolved  # a dissolved organisation has no members left
            person = self.people.person(joined, ages=(19, 62, 38), female_share=0.38)
            if left is None or left == org.dissolved:
                stayers.append(Stayer(person, joined))
            rows.append(self._row(org, person, joined, left, founder=index < founders,
                                  home=rng.choice(addresses)))
        return MemberList(rows, stayers)

    def _joined(self, org: OrgPlan) -> date:
        rng = self.rng
        if rng.random() < RECENT_JOIN:
            first, last = rng.choice(self.recent)
            first = max(first, org.established + timedelta(days=1))
            if first <= min(last, org.last_day):
                return dates.day(rng, first, min(last, org.last_day))
        after_2023 = org.established > END_2023
        if not after_2023 and org.last_day > END_2023 and rng.random() < LATE_JOIN:
            return dates.day(rng, END_2023 + timedelta(days=1), org.last_day)
        last = org.last_day if after_2023 else min(org.last_day, END_2023)
        return dates.day(rng, min(org.established + timedelta(days=1), last), last)

    def _left(self, org: OrgPlan, joined: date) -> date | None:
        rng = self.rng
        draw = rng.random()
        earliest = max(joined + timedelta(days=90), dates.HISTORY_START)
        if draw < LEFT_BY_2023:
            last = min(org.last_day, END_2023)
        elif draw < LEFT_BY_2023 + LEFT_LATER:
            earliest, last = max(earliest, END_2023 + timedelta(days=1)), org.last_day
        else:
            return None
        return dates.day(rng, earliest, last) if earliest < last else None

    def _row(self, org: OrgPlan, person: Person, joined: date, left: date | None, *,
             founder: bool, home: str) -> dict:
        rng = self.rng
        kind, subtype, capital = "official", None, None
        household = rng.random() < (0.4 if org.kind == "tht" else 0.12)
        worker = org.kind == "tht"
        if org.kind == "htx":
            if not founder and joined >= dates.LAW_2023_IN_FORCE and rng.random() < 0.3:
                kind = "associate_capital" if rng.random() < 0.5 else "associate"
            if kind == "official":
                draw, subtype = rng.random(), _SUBTYPES[-1][0]
                for code, share in _SUBTYPES:
                    if draw < share:
                        subtype = code
                        break
                    draw -= share
                worker = subtype != "capital_use"
            if kind != "associate":
                capital = self._contribution(org)
        return {
            "organisation_id": org.id, **person.columns(),
            "member_kind": kind, "official_subtype": subtype,
            "member_type": "household" if household else "individual",
            "member_organisation_id": None, "joined_on": joined, "left_on": left,
            "capital_contribution": capital, "is_worker": worker, "address": home,
            "note": "Đại diện hộ gia đình" if household else "",
        }

    def _contribution(self, org: OrgPlan) -> int:
        """A share of the charter capital, never above the 20% cap of the 2012 law."""
        capital = org.charter_capital or 0
        share = min(0.2, self.rng.uniform(0.4, 1.6) / max(org.members, 1))
        return max(1, round(capital * share / 100_000)) * 100_000

    def _member_htx(self, union: OrgPlan, htx: OrgPlan) -> dict:
        return {
            "organisation_id": union.id, "full_name": htx.name, "gender": None,
            "birth_date": None, "birth_year": None, "cccd": None, "phone": "",
            "member_kind": "official", "official_subtype": "capital_use",
            "member_type": "legal_person", "member_organisation_id": htx.id,
            "joined_on": union.established, "left_on": None,
            "capital_contribution": self._contribution(union), "is_worker": False,
            "address": htx.address, "note": f"Mã số thuế {htx.code}",
        }
