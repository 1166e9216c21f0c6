"""Plan targets of the demo office: the Quảng Ninh plan for 2023, also copied to later years."""

from __future__ import annotations

from collections.abc import Sequence

from kttt_desktop.services.demo.lists import PlanTarget
from kttt_desktop.services.demo.scales import PROVINCE, Scale

BASIS = "KH 248/KH-UBND ngày 14/10/2022"
PLAN_YEAR = 2023
COUNTED = frozenset({"count", "new", "high_tech"})  # measures that count organisations


def _factor(scale: Scale, indicator: str) -> float:
    """How much larger this scale's register is than the province's, for a target's measure."""
    scope, measure = indicator.split(".", 1)
    if measure == "members":
        attribute = {"htx": "htx_members", "tht": "tht_members", "lhhtx": "lhhtx_members"}[scope]
        return getattr(scale, attribute) / getattr(PROVINCE, attribute)
    if measure in COUNTED:
        return scale.total(scope) / PROVINCE.total(scope)
    return 1.0  # a ratio or a growth rate is the same whatever the size


def target_rows(scale: Scale, plan: Sequence[PlanTarget], last_year: int) -> list[dict]:
    """The plan's targets for its year and each following year up to ``last_year`` (the demo's
    current year), in proportion for other scales."""
    rows = []
    for year in range(PLAN_YEAR, last_year + 1):
        for target in plan:
            factor = _factor(scale, target.indicator)
            value, top = target.value, target.max_value
            note = f"Kế hoạch: “{target.words}”"
            if factor != 1.0:
                value = max(1.0, round(value * factor))
                top = None if top is None else max(value, round(top * factor))
                note += "; quy đổi theo quy mô của địa bàn"
            if year != PLAN_YEAR:
                note += f"; dùng lại chỉ tiêu năm {PLAN_YEAR} cho năm {year}"
            rows.append({"year": year, "indicator": target.indicator,
                         "comparator": target.comparator, "value": value, "max_value": top,
                         "tolerance_pct": None, "basis": BASIS, "note": note})
    return rows
