"""The plan of the register: which organisations exist, where, since when, and how large.

Everything that spans organisations is decided here, before any row is written: the dates of
establishment and dissolution, names unique within a commune, tax codes, the size of each member
list (apportioned so that the totals of the scale are exact), which HTX belong to which union,
suspensions, flags and the number of OCOP certificates. The rows of each organisation are then
made one organisation at a time, so memory stays bounded at any scale.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from kttt_desktop.services.demo import dates
from kttt_desktop.services.demo.identifiers import TaxCodes
from kttt_desktop.services.demo.lists import DemoLists, OrgType, Weighted
from kttt_desktop.services.demo.scales import KINDS, MST_PREFIX, RECENT_KINDS, Scale

HTX_MIN_MEMBERS = 7  # founders needed before the 2023 law (5 after)
THT_MIN_MEMBERS = 2
UNION_MIN_MEMBERS = 3
RURAL_SECTORS = frozenset({"agriculture"})
URBAN_SECTORS = frozenset({"transport", "trade", "construction", "environment", "housing", "other"})
OCOP_SECTORS = frozenset({"agriculture", "industry", "trade"})
OCOP_FIRST_DAY = date(2019, 7, 1)
YAGI = (date(2024, 9, 7), date(2025, 3, 31))  # typhoon no. 3 and the months of repair after it
_KIND_PREFIX = {"htx": "Hợp tác xã", "tht": "Tổ hợp tác", "lhhtx": "Liên hiệp hợp tác xã"}
_UNIT_PREFIX = re.compile(r"^(Xã|Phường|Đặc khu)\s+")
_TRAILING_NUMBER = re.compile(r"\s+\d+$")


@dataclass(frozen=True)
class Commune:
    code: str
    name: str  # as the commune table has it: "Xã Lục Hồn"
    kind: str  # xã, phường, đặc khu
    province_name: str  # "Quảng Ninh"
    province_label: str  # "tỉnh Quảng Ninh"

    @property
    def place(self) -> str:
        """The bare place name organisations are named after ("Lục Hồn", "Móng Cái")."""
        return _TRAILING_NUMBER.sub("", _UNIT_PREFIX.sub("", self.name))

    @property
    def in_address(self) -> str:
        return self.name[0].lower() + self.name[1:]

    @property
    def rural(self) -> bool:
        return self.kind != "phường"


@dataclass(slots=True, eq=False)
class OrgPlan:
    kind: str
    org_type: OrgType
    commune: Commune
    established: date
    quality: float  # a latent trait: good organisations are larger, earn more and rate better
    register_day: date  # the day the register stands on (dates.Calendar.last_day)
    dissolved: date | None = None
    id: int = 0
    name: str = ""
    address: str = ""
    code: str | None = None
    charter_capital: int | None = None
    members: int = 0  # rows of its member list
    declared: int | None = None  # the declared member count of an organisation with no list
    member_htx: list[OrgPlan] = field(default_factory=list)
    suspensions: list[tuple[date, date | None, str]] = field(default_factory=list)
    value_chain_year: int | None = None
    high_tech_year: int | None = None
    digital_year: int | None = None
    ocop: int = 0

    @property
    def sector(self) -> str:
        return self.org_type.sector

    @property
    def last_day(self) -> date:
        """The last day of its life in the register."""
        return self.dissolved or self.register_day

    def exists_on(self, day: date) -> bool:
        return self.established <= day and (self.dissolved is None or self.dissolved > day)


def address(commune: Commune, village: str, rng: random.Random) -> str:
    """A postal address in the commune: a village (thôn) of a rural commune, a quarter of a ward."""
    local = f"Thôn {village}" if commune.rural else f"Khu {rng.randint(1, 12)}"
    return f"{local}, {commune.in_address}, {commune.province_label}"


def apportion(total: int, weights: Sequence[float], minimum: int) -> list[int]:
    """Whole shares of ``total``, each at least ``minimum``, the rest in proportion to ``weights``."""
    rest = total - minimum * len(weights)
    if rest < 0:
        raise ValueError(f"{total} cannot give {len(weights)} shares of at least {minimum}")
    if not weights:
        return []
    weight_sum = sum(weights)
    exact = [rest * w / weight_sum for w in weights]
    shares = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: (shares[i] - exact[i], i))
    for i in by_remainder[: rest - sum(shares)]:
        shares[i] += 1
    return [minimum + s for s in shares]


def _weighted_sample(rng: random.Random, items: Sequence[OrgPlan], weights: Sequence[float],
                     count: int) -> list[OrgPlan]:
    """``count`` distinct items, each chosen with a chance that grows with its weight."""
    keyed = sorted(((rng.random() ** (1.0 / w), i) for i, w in enumerate(weights)), reverse=True)
    return [items[i] for _, i in keyed[:count]]


class Planner:
    """Draws the plan of every organisation of a scale (see the module's docstring)."""

    def __init__(self, rng: random.Random, scale: Scale, communes: Sequence[Commune],
                 lists: DemoLists, calendar: dates.Calendar) -> None:
        self.rng = rng
        self.scale = scale
        self.lists = lists
        self.calendar = calendar
        self.history = {kind: scale.history(kind, calendar) for kind in KINDS}
        base = [rng.uniform(0.6, 1.4) for _ in communes]
        self._where = {
            "rural": Weighted([(w * (2.5 if c.rural else 1.0), c)
                               for w, c in zip(base, communes, strict=True)]),
            "urban": Weighted([(w * (1.0 if c.rural else 2.5), c)
                               for w, c in zip(base, communes, strict=True)]),
            "any": Weighted(list(zip(base, communes, strict=True))),
        }

    def plan(self) -> list[OrgPlan]:
        orgs: list[OrgPlan] = []
        for kind in KINDS:
            orgs += self._establish(kind)
        for kind in KINDS:
            self._dissolve([o for o in orgs if o.kind == kind], self.history[kind].dissolved)
        orgs.sort(key=lambda o: o.established)  # the register numbers them as they were set up
        for number, org in enumerate(orgs, start=1):
            org.id = number
        self._name(orgs)
        htx = [o for o in orgs if o.kind == "htx"]
        self._size_htx(htx)
        self._size_tht([o for o in orgs if o.kind == "tht"])
        self._unite([o for o in orgs if o.kind == "lhhtx"], htx)
        for org in orgs:
            self._suspend(org)
            self._flag(org)
        self._allot_ocop(orgs)
        return orgs

    # -- when and where ---------------------------------------------------------------------------

    def _establish(self, kind: str) -> list[OrgPlan]:
        rng, history = self.rng, self.history[kind]
        older = self.scale.total(kind) - sum(history.new.values())
        first_year = {"htx": dates.FIRST_YEAR, "tht": 2008, "lhhtx": 2010}[kind]
        years = Weighted([(1.5 if y < 2003 else 1.0 if y < 2013 else 2.0, y)
                          for y in range(first_year, dates.HISTORY_START.year)])
        established = [self._day_in(years.pick(rng)) for _ in range(older)]
        recent = self.calendar.recent if kind in RECENT_KINDS else ()
        for year, count in history.new.items():
            quarters = [(first, last) for first, last in recent if first.year == year]
            established += [dates.day(rng, first, last) for first, last in quarters]
            established += [self._day_in(year) for _ in range(count - len(quarters))]
        return [self._organisation(kind, day) for day in established]

    def _day_in(self, year: int) -> date:
        last = min(dates.year_end(year), self.calendar.last_day - timedelta(days=30))
        return dates.day(self.rng, date(year, 1, 1), last)

    def _organisation(self, kind: str, established: date) -> OrgPlan:
        rng = self.rng
        org_type = self.lists.org_types[kind].pick(rng)
        where = ("rural" if kind == "tht" or org_type.sector in RURAL_SECTORS
                 else "urban" if org_type.sector in URBAN_SECTORS else "any")
        return OrgPlan(kind, org_type, self._where[where].pick(rng), established, rng.gauss(0, 1),
                       self.calendar.last_day)

    def _dissolve(self, orgs: list[OrgPlan], by_year: dict[int, int]) -> None:
        rng = self.rng
        for year, count in sorted(by_year.items()):
            candidates = [o for o in orgs
                          if o.dissolved is None and o.established.year <= year - 2]
            weights = [math.exp(-o.quality) for o in candidates]
            for org in _weighted_sample(rng, candidates, weights, count):
                org.dissolved = dates.day(rng, date(year, 1, 1),
                                          min(dates.year_end(year), self.calendar.last_day))

    # -- names and codes --------------------------------------------------------------------------

    def _name(self, orgs: list[OrgPlan]) -> None:
        rng = self.rng
        taken: dict[str, set[str]] = {}
        tax_codes = TaxCodes(rng, MST_PREFIX)
        for org in orgs:
            # Unions are known by name across the province; others within their commune.
            used = taken.setdefault("" if org.kind == "lhhtx" else org.commune.code, set())
            org.name = self._unique_name(org, used)
            used.add(org.name)
            org.address = address(org.commune, rng.choice(self.lists.villages), rng)
            if org.kind != "tht":
                org.code = tax_codes.issue()
            org.charter_capital = self._charter_capital(org)

    def _unique_name(self, org: OrgPlan, used: set[str]) -> str:
        rng, commune = self.rng, org.commune
        prefix = f"{_KIND_PREFIX[org.kind]} {org.org_type.phrase}"
        for attempt in range(40):
            if org.kind == "lhhtx" and attempt == 0:
                place = commune.province_name
            elif org.kind == "tht" and commune.rural and rng.random() < 0.3:
                place = f"thôn {rng.choice(self.lists.villages)}"
            elif rng.random() < 0.3:
                place = commune.place
            else:
                place = rng.choice(self.lists.name_places)
            name = f"{prefix} {place}"
            if name not in used:
                return name
        number = 2
        while f"{name} số {number}" in used:
            number += 1
        return f"{name} số {number}"

    def _charter_capital(self, org: OrgPlan) -> int | None:
        rng = self.rng
        if org.kind == "tht":
            return None
        median = 3e9 if org.kind == "lhhtx" else 6e8
        value = rng.lognormvariate(math.log(median) + 0.4 * org.quality, 0.8)
        return max(50, round(value / 1e6)) * 1_000_000

    # -- sizes ------------------------------------------------------------------------------------

    def _size_htx(self, htx: list[OrgPlan]) -> None:
        """Member lists of HTX: small for new ones, the rest by a long-tailed weight.

        Organisations that do not exist on 31/12/2023 get short lists, so that the 2023 stock
        stays close to the number of rows.
        """
        rng, scale = self.rng, self.scale
        end_2023 = dates.year_end(2023)
        veterans = [o for o in htx if o.dissolved is None and o.established.year <= 2018]
        for org in rng.sample(veterans, scale.declared_htx):
            org.declared = int(rng.lognormvariate(math.log(250), 0.5))
        fixed = 0
        grown: list[OrgPlan] = []
        for org in htx:
            if org.declared is not None:
                continue
            if not org.exists_on(end_2023):
                org.members = rng.randint(HTX_MIN_MEMBERS, 12)
            elif org.established >= dates.HISTORY_START:
                org.members = rng.randint(HTX_MIN_MEMBERS, 25)
            else:
                grown.append(org)
                continue
            fixed += org.members
        weights = [rng.lognormvariate(math.log(45) + 0.3 * o.quality, 0.9) for o in grown]
        for org, size in zip(grown, apportion(scale.htx_members - fixed, weights,
                                              HTX_MIN_MEMBERS), strict=True):
            org.members = size

    def _size_tht(self, tht: list[OrgPlan]) -> None:
        weights = [self.rng.uniform(0.5, 2.0) for _ in tht]
        for org, size in zip(tht, apportion(self.scale.tht_members, weights, THT_MIN_MEMBERS), strict=True):
            org.members = size

    def _unite(self, unions: list[OrgPlan], htx: list[OrgPlan]) -> None:
        """Give each union its member HTX: founded a year before it, lasting, with a member list."""
        rng = self.rng
        free = set(htx)
        sizes = apportion(self.scale.lhhtx_members, [1.0] * len(unions), UNION_MIN_MEMBERS)
        for union, size in zip(unions, sizes, strict=True):
            founded_before = dates.add_years(union.established, -1)
            pool = [o for o in htx if o in free and o.dissolved is None and o.declared is None
                    and o.established <= founded_before]
            union.member_htx = sorted(rng.sample(pool, size), key=lambda o: o.id)
            free.difference_update(union.member_htx)
            union.members = size

    # -- events and flags -------------------------------------------------------------------------

    def _suspend(self, org: OrgPlan) -> None:
        rng = self.rng
        chance = {"htx": 0.05, "tht": 0.02, "lhhtx": 0.0}[org.kind]
        if rng.random() >= chance:
            return
        first = max(dates.add_years(org.established, 1), dates.HISTORY_START)
        last = org.last_day - timedelta(days=60)
        if first > last:
            return
        starts = dates.day(rng, first, last)
        ends: date | None = starts + timedelta(days=rng.randint(45, 540))
        if org.dissolved is not None:
            ends = min(ends, org.dissolved - timedelta(days=1))
        elif ends > self.calendar.last_day or rng.random() < 0.25:
            ends = None  # still suspended
        reasons = [r for r in self.lists.suspension_reasons if "Yagi" not in r]
        if YAGI[0] <= starts <= YAGI[1] and rng.random() < 0.7:
            reasons = [r for r in self.lists.suspension_reasons if "Yagi" in r]
        org.suspensions.append((starts, ends, rng.choice(reasons)))

    def _flag(self, org: OrgPlan) -> None:
        rng = self.rng
        farming = org.sector in RURAL_SECTORS

        def year_from(first: int, last: int) -> int:
            return max(org.established.year, rng.randint(first, last))

        last_year = self.calendar.last_day.year
        chain = {"htx": 0.24 if farming else 0.11, "tht": 0.04, "lhhtx": 0.5}[org.kind]
        if rng.random() < chain:
            org.value_chain_year = year_from(2016, last_year - 1)
        high_tech = "Công nghệ cao" in org.org_type.phrase or (
            org.kind == "htx" and farming and rng.random() < 0.006)
        if high_tech:
            org.high_tech_year = year_from(2018, last_year - 1)
        if org.kind != "tht" and rng.random() < 0.25:
            org.digital_year = year_from(2020, last_year)

    def _allot_ocop(self, orgs: list[OrgPlan]) -> None:
        """Spread the certificates of the scale over the makers, more to larger, better ones."""
        makers = [o for o in orgs if o.kind != "lhhtx" and o.sector in OCOP_SECTORS
                  and (o.last_day - max(o.established + timedelta(days=180), OCOP_FIRST_DAY)).days
                  > 90]
        weights = Weighted([(math.exp(0.6 * o.quality) * (1.5 if o.kind == "htx" else 0.5), o)
                            for o in makers])
        for _ in range(self.scale.ocop):
            weights.pick(self.rng).ocop += 1
