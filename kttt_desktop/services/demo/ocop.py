"""OCOP certificates: products of 3 to 5 stars with their decision, level and 36-month validity."""

from __future__ import annotations

import calendar
import random
from collections.abc import Iterator
from datetime import date, timedelta

from kttt_desktop.services.demo import dates
from kttt_desktop.services.demo.lists import DemoLists, Weighted
from kttt_desktop.services.demo.organisations import OCOP_FIRST_DAY, OrgPlan

STARS: Weighted[int] = Weighted([(72, 3), (25, 4), (3, 5)])
SCORE_BANDS = {3: (50, 69), 4: (70, 89), 5: (90, 96)}
VALIDITY_MONTHS = 36
RENEWED = 0.55  # share of expired certificates whose product was assessed again
UPGRADED = 0.15  # share of renewals that gained a star
MINISTRY_RENAMED = date(2025, 3, 1)  # the ministry of agriculture merged with the environment's


class Decisions:
    """Products certified in the same month by the same body share one decision."""

    def __init__(self, rng: random.Random, last_day: date) -> None:
        self.rng = rng
        self.last_day = last_day
        self._known: dict[tuple, tuple[str, date]] = {}
        self._numbers: dict[tuple[str, int], set[int]] = {}

    def decision(self, level: str, commune_code: str, drawn: date) -> tuple[str, date]:
        """The decision of ``level`` signed in the month of ``drawn``, on the same side of the
        2025 reform as ``drawn`` (so that the level stays right)."""
        reformed = drawn >= dates.OCOP_TWO_LEVELS
        key = (level, drawn.year, drawn.month, reformed,
               commune_code if level == "district" else "")
        if key not in self._known:
            first = date(drawn.year, drawn.month, 1)
            last = min(date(drawn.year, drawn.month,
                            calendar.monthrange(drawn.year, drawn.month)[1]), self.last_day)
            if reformed:
                first = max(first, dates.OCOP_TWO_LEVELS)
            else:
                last = min(last, dates.OCOP_TWO_LEVELS - timedelta(days=1))
            signed = dates.day(self.rng, first, last)
            used = self._numbers.setdefault((level, drawn.year), set())
            number = self.rng.randint(100, 4999)
            while number in used:
                number = self.rng.randint(100, 4999)
            used.add(number)
            self._known[key] = (f"{number}/{_issuer(level, signed)}", signed)
        return self._known[key]


def _issuer(level: str, signed: date) -> str:
    if level != "central":
        return "QĐ-UBND"
    return "QĐ-BNN-VPĐP" if signed < MINISTRY_RENAMED else "QĐ-BNNMT"


def certifying_level(stars: int, signed: date) -> str:
    """Districts certified 3 stars until QĐ 1489/2025; the province 4 (and 3 after); the centre 5."""
    if stars == 5:
        return "central"
    return "district" if stars == 3 and signed < dates.OCOP_TWO_LEVELS else "province"


class OcopMaker:
    def __init__(self, rng: random.Random, lists: DemoLists, last_day: date) -> None:
        self.rng = rng
        self.templates = lists.ocop_products
        self.villages = lists.villages
        self.decisions = Decisions(rng, last_day)

    def certificates(self, org: OrgPlan) -> list[dict]:
        rng = self.rng
        first = max(org.established + timedelta(days=180), OCOP_FIRST_DAY)
        last = org.last_day - timedelta(days=31)
        rows: list[dict] = []
        names = self._names(org)
        while len(rows) < org.ocop:
            name, group = next(names)
            drawn, stars, note = dates.day(rng, first, last), STARS.pick(rng), ""
            while len(rows) < org.ocop:
                rows.append(self._certificate(org, name, group, stars, drawn, note))
                expired = rows[-1]["expires_on"]
                drawn = (date(expired.year, expired.month, 1) + timedelta(days=31)).replace(day=1)
                drawn += timedelta(days=rng.randint(0, 90))
                if drawn > last or rng.random() >= RENEWED:
                    break
                stars = min(5, stars + int(rng.random() < UPGRADED))
                note = "Đánh giá lại sau khi giấy chứng nhận hết hạn"
        return rows

    def _names(self, org: OrgPlan) -> Iterator[tuple[str, str]]:
        """Product names of the maker, none twice: its commune's name first, then its villages."""
        templates = [t for t in self.templates if org.sector in t.sectors]
        places = [org.commune.place, *self.rng.sample(self.villages, len(self.villages))]
        for place in places:
            for template in self.rng.sample(templates, len(templates)):
                yield template.name.format(place=place), template.group

    def _certificate(self, org: OrgPlan, name: str, group: str, stars: int, drawn: date,
                     note: str) -> dict:
        level = certifying_level(stars, drawn)
        number, signed = self.decisions.decision(level, org.commune.code, drawn)
        low, high = SCORE_BANDS[stars]
        return {
            "organisation_id": org.id, "name": name, "product_group": group, "stars": stars,
            "score": float(self.rng.randint(low, high)), "decision_no": number,
            "decision_date": signed, "level": level,
            "expires_on": dates.add_months(signed, VALIDITY_MONTHS), "note": note,
        }
