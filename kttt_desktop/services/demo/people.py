"""People of the registers: members, managers, representatives."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from kttt_desktop.services.demo import dates
from kttt_desktop.services.demo.identifiers import PersonalIds, phone_number
from kttt_desktop.services.demo.lists import DemoLists


@dataclass(frozen=True, slots=True)
class Person:
    full_name: str
    gender: str | None
    birth_date: date | None
    birth_year: int | None
    cccd: str | None
    phone: str

    def columns(self) -> dict[str, object]:
        return {"full_name": self.full_name, "gender": self.gender, "birth_date": self.birth_date,
                "birth_year": self.birth_year, "cccd": self.cccd, "phone": self.phone}


@dataclass(frozen=True)
class Completeness:
    """How often a detail is missing from a register: real lists are never complete."""

    year_only: float  # the birth year is known, not the date
    no_birth: float  # nothing is known of the birth (nor, then, the personal ID)
    no_cccd: float
    no_phone: float


MEMBER_RECORDS = Completeness(year_only=0.08, no_birth=0.03, no_cccd=0.09, no_phone=0.3)
MANAGER_RECORDS = Completeness(year_only=0.02, no_birth=0.0, no_cccd=0.02, no_phone=0.04)


class People:
    """Makes people with a Vietnamese name, a birth date, a personal ID and a phone."""

    def __init__(self, rng: random.Random, lists: DemoLists, ids: PersonalIds) -> None:
        self._rng = rng
        self._lists = lists
        self._ids = ids

    def name(self, gender: str) -> str:
        rng, lists = self._rng, self._lists
        family = lists.family_names.pick(rng)
        middle = lists.middle_names[gender].pick(rng)
        given = lists.given_names[gender].pick(rng)
        while given == middle:
            given = lists.given_names[gender].pick(rng)
        if middle == "Thị" and rng.random() < 0.12:  # "Nguyễn Thị Thu Hà"
            second = lists.middle_names[gender].pick(rng)
            if second not in (middle, given):
                middle = f"{middle} {second}"
        return f"{family} {middle} {given}"

    def person(self, at: date, *, ages: tuple[int, int, int] = (19, 70, 40),
               female_share: float = 0.4, records: Completeness = MEMBER_RECORDS) -> Person:
        """Someone aged ``ages`` (low, high, most likely) in years on ``at``: at least 18 then."""
        rng = self._rng
        gender = "female" if rng.random() < female_share else "male"
        low, high, mode = ages
        birth_year = at.year - int(rng.triangular(low, high + 1, mode))
        birth_date: date | None = dates.day(rng, date(birth_year, 1, 1), date(birth_year, 12, 31))
        known_year: int | None = birth_year
        draw = rng.random()
        if draw < records.no_birth:
            birth_date = known_year = None
        elif draw < records.no_birth + records.year_only:
            birth_date = None
        cccd = None
        if known_year is not None and rng.random() >= records.no_cccd:
            cccd = self._ids.issue(birth_year, gender)
        phone = "" if rng.random() < records.no_phone else phone_number(rng)
        return Person(self.name(gender), gender, birth_date, known_year, cccd, phone)
