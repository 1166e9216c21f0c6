"""Managers: who holds each managing position and since when, their training and courses."""

from __future__ import annotations

import bisect
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from kttt_desktop.services.demo import dates
from kttt_desktop.services.demo.lists import Course, DemoLists, Weighted
from kttt_desktop.services.demo.members import Stayer
from kttt_desktop.services.demo.organisations import OrgPlan
from kttt_desktop.services.demo.people import MANAGER_RECORDS, People, Person

LEVELS = ("untrained", "so_cap", "trung_cap", "cao_dang", "dai_hoc", "tren_dai_hoc")
# Highest training level by role, tuned so that about 45% of HTX managers in post have sơ cấp or
# trung cấp and about a quarter cao đẳng or above, as in the Quảng Ninh plan.
LEVEL_WEIGHTS = {
    "head": (26, 27, 16, 8, 21, 2),
    "deputy": (33, 25, 16, 8, 17, 1),
    "supervisor": (45, 24, 14, 6, 10, 1),
    "accountant": (13, 14, 33, 18, 22, 0),
    "leader": (60, 30, 7, 1, 2, 0),
}
VOCATIONAL = frozenset({"so_cap", "trung_cap"})
CHANGE_OF_HOLDER = 0.15  # share of positions that changed hands during the detailed history
SHORT_COURSE_PER_YEAR = 0.12
RECENT_COURSE = 0.08  # chance of a manager in post to take a course in a recent quarter
COURSE_MARGIN = timedelta(days=7)  # a short course starts at least this long before it must end
OLDEST_NEW_MANAGER = 62
MEMBER_DRAWS = 6  # tries to find a member young enough before taking an older one
LAST_TERM_STARTS = (date(2016, 1, 1), date(2020, 12, 31))  # the congress before 2021


@dataclass(frozen=True)
class Slot:
    """One managing seat: its positions (a chair may also be the director) and its role."""

    positions: tuple[str, ...]
    role: str


@dataclass
class Staff:
    managers: list[dict] = field(default_factory=list)
    positions: list[dict] = field(default_factory=list)
    training: list[dict] = field(default_factory=list)
    representative: Person | None = None


class ManagerMaker:
    def __init__(self, rng: random.Random, people: People, lists: DemoLists,
                 next_id: Callable[[str], int], calendar: dates.Calendar) -> None:
        self.rng = rng
        self.people = people
        self.next_id = next_id
        self.calendar = calendar
        self.levels = {role: Weighted(list(zip(weights, LEVELS, strict=True)))
                       for role, weights in LEVEL_WEIGHTS.items()}
        self.courses = lists.courses
        self.institutions = lists.institutions

    def staff(self, org: OrgPlan, stayers: list[Stayer]) -> Staff:
        rng = self.rng
        pool = sorted(stayers, key=lambda s: s.joined)
        if org.established >= LAST_TERM_STARTS[0]:
            term_start = org.established
        else:
            term_start = dates.day(rng, *LAST_TERM_STARTS)
        staff = Staff()
        for slot in self._slots(org):
            holders = [term_start]
            first_change = max(dates.add_years(term_start, 1), dates.HISTORY_START)
            last_change = org.last_day - timedelta(days=30)
            if rng.random() < CHANGE_OF_HOLDER and first_change < last_change:
                holders.append(dates.day(rng, first_change, last_change))
            for index, starts in enumerate(holders):
                ends = holders[index + 1] if index + 1 < len(holders) else org.dissolved
                person = self._holder(pool, starts, slot.role)
                self._add(staff, org, slot, person, starts, ends)
            if {"director", "tht_leader"} & set(slot.positions):
                staff.representative = person
        return staff

    def _slots(self, org: OrgPlan) -> list[Slot]:
        rng = self.rng
        if org.kind == "tht":
            return [Slot(("tht_leader",), "leader")]
        large = org.kind == "lhhtx" or (org.declared or org.members) >= 50
        if rng.random() < 0.65:
            slots = [Slot(("chair", "director"), "head")]
        else:
            slots = [Slot(("chair",), "head"), Slot(("director",), "head")]
        if rng.random() < (0.45 if large else 0.2):
            slots.append(Slot(("deputy_director",), "deputy"))
        big_enough = large or org.members >= 30
        slots.append(Slot(("supervisor_head",) if big_enough else ("controller",), "supervisor"))
        if org.kind == "lhhtx" or rng.random() < 0.8:
            slots.append(Slot(("chief_accountant",), "accountant"))
        return slots

    def _holder(self, pool: list[Stayer], starts: date, role: str) -> Person:
        """A member who had joined by then (preferably of working age), or someone from outside
        when there is none."""
        eligible = bisect.bisect_right([s.joined for s in pool], starts)
        if eligible:
            for _ in range(MEMBER_DRAWS):
                index = self.rng.randrange(eligible)
                born = pool[index].person.birth_year
                if born is None or starts.year - born <= OLDEST_NEW_MANAGER:
                    break
            return pool.pop(index).person
        female_share = 0.6 if role == "accountant" else 0.22
        return self.people.person(starts, ages=(25, 62, 42), female_share=female_share,
                                  records=MANAGER_RECORDS)

    def _add(self, staff: Staff, org: OrgPlan, slot: Slot, person: Person, starts: date,
             ends: date | None) -> None:
        manager_id = self.next_id("manager")
        level = self.levels[slot.role].pick(self.rng)
        staff.managers.append({"id": manager_id, "organisation_id": org.id, **person.columns(),
                               "training_level": level, "note": ""})
        staff.positions += [{"manager_id": manager_id, "position": position,
                             "starts_on": starts, "ends_on": ends} for position in slot.positions]
        staff.training += self._training(manager_id, person, level, slot.role, starts,
                                         ends or self.calendar.last_day)

    def _training(self, manager_id: int, person: Person, level: str, role: str, starts: date,
                  ends: date) -> list[dict]:
        rng, last_day = self.rng, self.calendar.last_day
        born = person.birth_year or 1975
        courses: list[tuple[Course, date]] = []
        if level in VOCATIONAL and rng.random() < 0.9:
            course = self._course(level, role)
            first = max(date(born + 20, 1, 1), date(2008, 1, 1))
            last = min(date(born + 55, 12, 31), last_day - timedelta(days=course.days + 1))
            if first < last:
                courses.append((course, dates.day(rng, first, last)))
        elif level not in VOCATIONAL and level != "untrained" and rng.random() < 0.5:
            course = self._course(level, role)
            age = rng.randint(26, 36) if level == "tren_dai_hoc" else rng.randint(18, 23)
            begins = date(born + age, 9, 5)
            if begins + timedelta(days=course.days) < last_day:
                courses.append((course, begins))
        for year in self.calendar.history_years:
            first = max(starts, date(year, 1, 1))
            last = min(ends, dates.year_end(year), last_day) - COURSE_MARGIN
            if first < last and rng.random() < SHORT_COURSE_PER_YEAR:
                courses.append((self._course(None, role), dates.day(rng, first, last)))
        for quarter_start, quarter_end in self.calendar.recent:
            first, last = max(starts, quarter_start), min(ends, quarter_end) - COURSE_MARGIN
            if first <= last and rng.random() < RECENT_COURSE:
                courses.append((self._course(None, role), dates.day(rng, first, last)))
        return [{"manager_id": manager_id, "course": course.name,
                 "institution": rng.choice(self.institutions[_tier(course.level)]),
                 "starts_on": begins, "ends_on": begins + timedelta(days=course.days - 1),
                 "level": course.level} for course, begins in courses]

    def _course(self, level: str | None, role: str) -> Course:
        kind = "accountant" if role == "accountant" else "manager"
        return self.rng.choice([c for c in self.courses
                                if c.level == level and c.role in (kind, "any")])


def _tier(level: str | None) -> str:
    if level is None:
        return "short"
    return "vocational" if level in VOCATIONAL else "higher"
