"""The word lists the demo data is made of (resources/demo), read once per process."""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Generic, TypeVar

from kttt_desktop.core.text import clean_text
from kttt_desktop.system.paths import resources_dir

T = TypeVar("T")


class Weighted(Generic[T]):
    """Items drawn at random in proportion to their weights."""

    def __init__(self, items: Sequence[tuple[float, T]]) -> None:
        self.items: tuple[T, ...] = tuple(item for _, item in items)
        cumulative, total = [], 0.0
        for weight, _ in items:
            total += weight
            cumulative.append(total)
        self._cumulative = tuple(cumulative)
        self._total = total

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect.bisect_right(self._cumulative, rng.random() * self._total)]


@dataclass(frozen=True)
class OrgType:
    kind: str
    sector: str
    phrase: str


@dataclass(frozen=True)
class Course:
    level: str | None  # None for a refresher course that gives no level
    role: str  # "manager", "accountant" or "any"
    days: int
    name: str


@dataclass(frozen=True)
class OcopTemplate:
    group: str
    sectors: frozenset[str]
    name: str  # with "{place}"


@dataclass(frozen=True)
class PlanTarget:
    indicator: str
    comparator: str
    value: float
    max_value: float | None
    words: str


@dataclass(frozen=True)
class DemoLists:
    family_names: Weighted[str]
    middle_names: dict[str, Weighted[str]]  # by gender code
    given_names: dict[str, Weighted[str]]
    org_types: dict[str, Weighted[OrgType]]  # by organisation kind
    name_places: tuple[str, ...]
    villages: tuple[str, ...]
    suspension_reasons: tuple[str, ...]
    courses: tuple[Course, ...]
    institutions: dict[str, tuple[str, ...]]  # by tier
    ocop_products: tuple[OcopTemplate, ...]
    plan_targets: tuple[PlanTarget, ...]


def _rows(name: str) -> list[list[str]]:
    """The tab-separated fields of every line of a list that is neither blank nor a comment."""
    text = (resources_dir() / "demo" / name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([clean_text(field) for field in line.split("\t")])
    return rows


_GENDERS = {"M": "male", "F": "female"}


def _by_gender(name: str) -> dict[str, Weighted[str]]:
    grouped: dict[str, list[tuple[float, str]]] = {}
    for sex, weight, word in _rows(name):
        grouped.setdefault(_GENDERS[sex], []).append((float(weight), word))
    return {gender: Weighted(items) for gender, items in grouped.items()}


def _org_types() -> dict[str, Weighted[OrgType]]:
    grouped: dict[str, list[tuple[float, OrgType]]] = {}
    for kind, sector, weight, phrase in _rows("organisation_types.txt"):
        grouped.setdefault(kind, []).append((float(weight), OrgType(kind, sector, phrase)))
    return {kind: Weighted(items) for kind, items in grouped.items()}


def _institutions() -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for tier, name in _rows("training_institutions.txt"):
        grouped.setdefault(tier, []).append(name)
    return {tier: tuple(names) for tier, names in grouped.items()}


def _plan_targets() -> tuple[PlanTarget, ...]:
    return tuple(
        PlanTarget(indicator, comparator, float(value), float(top) if top else None, words)
        for indicator, comparator, value, top, words in _rows("plan_targets.txt"))


@cache
def demo_lists() -> DemoLists:
    return DemoLists(
        family_names=Weighted([(float(w), name) for w, name in _rows("family_names.txt")]),
        middle_names=_by_gender("middle_names.txt"),
        given_names=_by_gender("given_names.txt"),
        org_types=_org_types(),
        name_places=tuple(row[0] for row in _rows("name_places.txt")),
        villages=tuple(row[0] for row in _rows("villages.txt")),
        suspension_reasons=tuple(row[0] for row in _rows("suspension_reasons.txt")),
        courses=tuple(Course(None if level == "-" else level, role, int(days), name)
                      for level, role, days, name in _rows("training_courses.txt")),
        institutions=_institutions(),
        ocop_products=tuple(OcopTemplate(group, frozenset(sectors.split(",")), name)
                            for group, sectors, name in _rows("ocop_products.txt")),
        plan_targets=_plan_targets(),
    )
