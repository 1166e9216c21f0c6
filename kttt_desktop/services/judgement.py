"""The judgement of a period: every indicator, and every target judged against it.

Which targets: those of the period's year; with ``later_years`` also those of later (horizon)
years such as 2030, judged on the period's values as they stand and without pace
(core.targets explains why). Flow targets compare the year to date; the rest the value at D.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kttt_desktop.core.indicators import (
    Catalogue,
    Figure,
    Indicator,
    IndicatorValue,
    Kind,
    manual_indicator,
)
from kttt_desktop.core.periods import Period
from kttt_desktop.core.targets import Judgement, Status, gap_in_words, judge
from kttt_desktop.data.database import Database
from kttt_desktop.data.indicators import DrillDown, compute
from kttt_desktop.data.indicators import drill_down as counted_records
from kttt_desktop.data.indicators.queries import KeptSums
from kttt_desktop.services.manual_indicators import manual_values, office_catalogue
from kttt_desktop.services.office import load_profile
from kttt_desktop.services.targets import TargetRecord, list_targets


@dataclass(frozen=True)
class TargetJudgement:
    """A target with the actual value it was judged against."""

    target: TargetRecord
    indicator: Indicator | None  # None: the code is no longer known (a deleted own indicator)
    actual: float | int | None
    judgement: Judgement
    horizon: bool = False  # the target is for a later year than the period's

    @property
    def status(self) -> Status:
        return self.judgement.status


@dataclass(frozen=True)
class PeriodJudgement:
    office: str
    period: Period
    indicators: dict[str, IndicatorValue]  # catalogue order, then the office's own indicators
    targets: list[TargetJudgement]  # by year, then in catalogue order

    @property
    def reference_date(self) -> date:
        return self.period.reference_date

    @property
    def reporting_year(self) -> int:
        """The year of the figures and ratings that the yearly indicators use."""
        return self.period.reporting_year


def manual_indicator_values(db: Database, period: Period,
                            catalogue: Catalogue) -> dict[str, IndicatorValue]:
    """The office's own indicators of ``catalogue`` with the values typed in for ``period``."""
    if not catalogue.manual:
        return {}
    now, before = manual_values(db, period), manual_values(db, period.previous_year())
    values = {}
    for definition in catalogue.manual:
        indicator = manual_indicator(definition)
        entry, earlier = now.get(definition.slug), before.get(definition.slug)
        values[indicator.code] = IndicatorValue(
            indicator, Figure(entry.value if entry else None),
            year_earlier=Figure(earlier.value if earlier else None),
            source=entry.source if entry else "")
    return values


def judge_target(target: TargetRecord, value: IndicatorValue | None,
                 period: Period) -> TargetJudgement:
    """``target`` judged on ``value`` (``None``: its code is unknown, so there is no data)."""
    horizon = target.year > period.year
    if value is None:
        judgement = Judgement(Status.NO_DATA, None, gap_in_words(target.goal, None, ""))
        return TargetJudgement(target, None, None, judgement, horizon)
    indicator = value.indicator
    actual = value.actual.value
    judgement = judge(target.goal, actual, unit=indicator.unit,
                      flow=indicator.kind is Kind.FLOW, target_year=target.year,
                      period_year=period.year, elapsed_share=period.elapsed_share)
    return TargetJudgement(target, indicator, actual, judgement, horizon)


def indicator_values(db: Database, period: Period, *, earlier_growth: bool = False,
                     catalogue: Catalogue | None = None, kept: KeptSums | None = None
                     ) -> dict[str, IndicatorValue]:
    """Every indicator of the office for ``period``: the computed ones in catalogue order, then
    the office's own with the values typed in (``earlier_growth``, ``kept``: see
    data.indicators)."""
    catalogue = catalogue or office_catalogue(db)
    with db.session() as s:
        values = compute(s.connection(), period, catalogue, earlier_growth=earlier_growth,
                         kept=kept)
    values.update(manual_indicator_values(db, period, catalogue))
    return values


def drill_down(db: Database, code: str, period: Period, *, year_to_date: bool = False,
               year_earlier: bool = False) -> DrillDown:
    """The records behind an additive indicator's value (data.indicators.drill_down)."""
    with db.session() as s:
        return counted_records(s.connection(), code, period, year_to_date=year_to_date,
                              year_earlier=year_earlier)


def judge_targets(db: Database, period: Period, values: dict[str, IndicatorValue], *,
                  later_years: bool = False, catalogue: Catalogue | None = None) -> list[TargetJudgement]:
    """The office's targets of ``period``'s year (``later_years``: and later) judged on
    ``values``."""
    targets = (list_targets(db, from_year=period.year, catalogue=catalogue) if later_years
               else list_targets(db, period.year, catalogue=catalogue))
    return [judge_target(t, values.get(t.indicator), period) for t in targets]


def judge_period(db: Database, period: Period, *, later_years: bool = False,
                 earlier_growth: bool = False, kept: KeptSums | None = None) -> PeriodJudgement:
    """Compute every indicator for ``period`` and judge the targets (module docstring);
    ``kept``: sums computed before (data.indicators.queries.KeptSums)."""
    catalogue = office_catalogue(db)
    values = indicator_values(db, period, earlier_growth=earlier_growth, catalogue=catalogue,
                              kept=kept)
    profile = load_profile(db)
    return PeriodJudgement(profile.name if profile else "", period, values,
                       judge_targets(db, period, values, later_years=later_years,
                                     catalogue=catalogue))


# --- the JSON of `kttt check --json` (spec/cli.md) ----------------------------------------------

def _number(value: float | int | None) -> float | int | None:
    """Whole floats as integers (700.0 → 700); other values unchanged (ratios stay unrounded)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _window(period: Period) -> str:
    start, end = period.window
    return f"{start.isoformat()}/{end.isoformat()}"


def _indicator_json(value: IndicatorValue, period: Period) -> dict[str, Any]:
    earlier = value.year_earlier.value if value.year_earlier is not None else None
    unit = value.indicator.source_unit
    if value.indicator.kind is Kind.FLOW:
        assert value.ytd is not None
        return {"value": value.at.value, "window": _window(period), "ytd": value.ytd.value,
                "unit": unit, "year_earlier": earlier}
    entry: dict[str, Any] = {"value": value.at.value, "numerator": value.at.numerator,
                             "denominator": value.at.denominator, "unit": unit,
                             "year_earlier": earlier}
    if value.indicator.yearly:
        entry["reporting_year"] = period.reporting_year
    if value.indicator.is_manual:
        entry["source"] = value.source
    return entry


def _target_json(check: TargetJudgement) -> dict[str, Any]:
    target, judgement = check.target, check.judgement
    return {
        "year": target.year, "indicator": target.indicator,
        "comparator": target.comparator.value, "value": _number(target.value),
        "max": _number(target.max_value), "actual": check.actual,
        "status": judgement.status.value,
        "pace": judgement.pace.value if judgement.pace else None, "basis": target.basis,
        "gap": judgement.gap,
    }


def judgement_json(result: PeriodJudgement) -> dict[str, Any]:
    """The check as `kttt check --json` writes it.

    Keys beyond the contract: ``reporting_year`` (the year of the figures and ratings that
    yearly indicators use); every indicator has ``unit`` and ``year_earlier`` (its value a
    year earlier; for a flow, over the window a year earlier), a yearly one its
    ``reporting_year``, a manual one its ``source``; every target its numeric ``gap``.
    """
    return {
        "office": result.office,
        "period": str(result.period),
        "reference_date": result.reference_date.isoformat(),
        "reporting_year": result.reporting_year,
        "indicators": {code: _indicator_json(v, result.period)
                       for code, v in result.indicators.items()},
        "targets": [_target_json(t) for t in result.targets],
    }
