"""Yearly figures (revenue, profit, workers, income) and yearly ratings of each organisation."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date

from kttt_desktop.services.demo import dates
from kttt_desktop.services.demo.organisations import OrgPlan


@dataclass(frozen=True)
class Economy:
    """What a typical organisation of a kind earns and pays (VND), and how fast that grows."""

    revenue: float  # median yearly revenue in 2021
    revenue_spread: float
    revenue_growth: float  # mean yearly growth of an organisation's revenue
    workers: float  # median regular workers
    income: float  # mean yearly income of a regular worker in 2021
    income_growth: float


ECONOMY = {
    "htx": Economy(1.2e9, 0.8, 0.13, 8, 52e6, 0.075),
    "tht": Economy(2.5e8, 0.6, 0.09, 4, 38e6, 0.06),
    "lhhtx": Economy(8e9, 0.5, 0.10, 20, 70e6, 0.07),
}
MISSING_FIGURES = 0.02  # organisations that did not report one year
DECLARED_FLOOR = 7  # a declared member count never falls below what an HTX needs
NOT_RATED_AFTER_SUSPENSION = 92  # days: "suspended for more than 3 months in the year"


def _round(value: float, unit: int = 100_000) -> int:
    return int(round(value / unit)) * unit


def rating_class(score: float) -> str:
    """The class of a score under TT 01/2020: tốt ≥ 80, khá ≥ 65, trung bình ≥ 50, yếu below."""
    if score >= 80:
        return "good"
    if score >= 65:
        return "fair"
    return "average" if score >= 50 else "weak"


def _suspended_days(org: OrgPlan, year: int) -> int:
    return sum(dates.overlap_days(starts, ends, date(year, 1, 1), dates.year_end(year))
               for starts, ends, _ in org.suspensions)


def figures(rng: random.Random, org: OrgPlan, years: range) -> list[dict]:
    """Figures of each of ``years`` (the finished ones) in which the organisation existed at the
    year's end."""
    economy = ECONOMY[org.kind]
    revenue = rng.lognormvariate(math.log(economy.revenue) + 0.35 * org.quality,
                                 economy.revenue_spread)
    if org.established >= dates.HISTORY_START:
        revenue *= 0.6  # organisations set up lately start small
    growth = rng.gauss(economy.revenue_growth, 0.05)
    workers = max(1.0, rng.lognormvariate(math.log(economy.workers) + 0.3 * org.quality, 0.6))
    income = max(18e6, rng.gauss(economy.income, economy.income / 6))
    declared = org.declared
    rows = []
    for year in years:
        if year > dates.HISTORY_START.year:
            revenue *= 1 + growth + rng.gauss(0, 0.06)
            income *= 1 + rng.gauss(economy.income_growth, 0.03)
            workers *= 1 + rng.gauss(0.02, 0.05)
            if declared is not None:
                declared = max(DECLARED_FLOOR, round(declared * (1 + rng.gauss(0.02, 0.02))))
        end = dates.year_end(year)
        if not org.exists_on(end) or (declared is None and rng.random() < MISSING_FIGURES):
            continue
        active = 1.0 - _suspended_days(org, year) / 365
        if org.established.year == year:
            active *= (end - org.established).days / 365 * 0.6
        earned = revenue * max(active, 0.05)
        margin = rng.gauss(0.05 + 0.01 * org.quality, 0.04)
        rows.append({
            "organisation_id": org.id, "year": year, "revenue": _round(earned),
            "profit": _round(earned * margin), "workers": max(1, round(workers)),
            "avg_income": _round(income), "declared_members": declared,
        })
    return rows


def ratings(rng: random.Random, org: OrgPlan, years: range) -> list[dict]:
    """Ratings of each of ``years`` (the finished ones) in which the HTX or union existed at the
    year's end."""
    if org.kind == "tht":
        return []
    rows = []
    for year in years:
        if not org.exists_on(dates.year_end(year)):
            continue
        suspended = _suspended_days(org, year)
        score: float | None = None
        note = ""
        if org.established.year == year:
            rating, note = "not_rated", "Thành lập chưa đủ 12 tháng"
        elif suspended > NOT_RATED_AFTER_SUSPENSION:
            rating, note = "not_rated", "Tạm ngừng hoạt động trên 3 tháng trong năm"
        else:
            drift = 1.2 * (year - dates.HISTORY_START.year) - (10 if suspended else 0)
            score = float(min(98, max(20, round(rng.gauss(58.5 + 10 * org.quality + drift, 6)))))
            rating = rating_class(score)
        rows.append({"organisation_id": org.id, "year": year, "score": score,
                     "rating_class": rating, "scheme": "TT01/2020", "note": note})
    return rows
