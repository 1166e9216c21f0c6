"""Adding up the data of several offices' returns (their ``_data`` sheets).

Every additive indicator is the sum of the offices' values (at D, over the window, year to
date, and the same a year earlier); every ratio is made again from the summed additive parts
with ``core.indicators.figure`` — a share or a mean from the summed numerator and denominator,
a growth from the summed bases at D and a year earlier — never by averaging the offices'
ratios. The counts of the return add up; the lists are put together in the order one office's
list has (kind, name, commune).

The offices' own indicators (``manual.*``) are not combined: each office defines its own, and
their values were typed in, not counted.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from kttt_desktop.core.indicators import (
    CATALOGUE,
    Combine,
    Figure,
    Indicator,
    IndicatorValue,
    Kind,
    figure,
)
from kttt_desktop.core.text import sort_key
from kttt_desktop.data.return_tables import KIND_ORDER
from kttt_desktop.exchange.return_data import ReturnData
from kttt_desktop.reports.snapshot import Number, OcopLine, OrganisationLine

FIELDS = ("value", "ytd", "year_earlier", "year_earlier_ytd")


def computed_indicators() -> list[Indicator]:
    """The indicators every return holds (the catalogue without the offices' own)."""
    return [i for i in CATALOGUE if not i.is_manual]


def missing_indicators(data: ReturnData) -> list[str]:
    """Codes of the catalogue that the data sheet of ``data`` does not have."""
    return [i.code for i in computed_indicators() if i.code not in data.indicators]


def _sum(values: Iterable[Number | None]) -> Number | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


@dataclass(frozen=True)
class Totals:
    """The additive values of several returns added up, by code and field."""

    values: dict[str, dict[str, Number | None]]

    @classmethod
    def of(cls, offices: Sequence[ReturnData]) -> Totals:
        additive = [i.code for i in computed_indicators() if i.combine is Combine.SUM]
        return cls({code: {name: _sum(getattr(o.indicators[code], name) for o in offices)
                           for name in FIELDS} for code in additive})

    def lookup(self, name: str) -> Callable[[str], Number | None]:
        return lambda code: self.values[code][name]

    def indicator(self, indicator: Indicator) -> IndicatorValue:
        """``indicator`` made from the totals, with the same figures a database computes."""
        now, earlier = self.lookup("value"), self.lookup("year_earlier")
        if indicator.kind is Kind.FLOW:
            code = indicator.code
            return IndicatorValue(indicator, Figure(now(code)),
                                  ytd=Figure(self.values[code]["ytd"]),
                                  year_earlier=Figure(earlier(code)),
                                  year_earlier_ytd=Figure(self.values[code]["year_earlier_ytd"]))
        # A growth a year earlier would need the bases two years back, which no return holds.
        year_earlier = (None if indicator.combine is Combine.GROWTH
                        else figure(indicator, earlier))
        return IndicatorValue(indicator, figure(indicator, now, earlier),
                              year_earlier=year_earlier)


def combined_values(offices: Sequence[ReturnData]) -> dict[str, IndicatorValue]:
    """Every computed indicator of the offices together, in catalogue order."""
    totals = Totals.of(offices)
    return {i.code: totals.indicator(i) for i in computed_indicators()}


def combined_counts(offices: Sequence[ReturnData]) -> dict[str, int]:
    """The counts of the return (managers matrix, not rated) added up; absent keys are 0."""
    counts: dict[str, Number] = {}
    for office in offices:
        for key, value in office.counts.items():
            counts[key] = counts.get(key, 0) + value
    return {key: int(counts[key]) for key in sorted(counts)}


def _optional(value: object) -> object:
    return None if value == "" else value


def organisation_lines(data: ReturnData) -> list[OrganisationLine]:
    lines = []
    for row in data.lists.get("organisation", []):
        revenue = _optional(row["revenue"])
        lines.append(OrganisationLine(
            code=str(row["code"]), name=str(row["name"]), commune=str(row["commune"]),
            kind=str(row["kind"]), sector=str(row["sector"]), members=int(row["members"] or 0),
            workers=_optional(row["workers"]), ocop_products=int(row["ocop_products"] or 0),
            revenue=None if revenue is None else float(revenue), rating=str(row["rating"])))
    return lines


def ocop_lines(data: ReturnData) -> list[OcopLine]:
    return [OcopLine(product=str(row["product"]), organisation=str(row["organisation"]),
                     commune=str(row["commune"]), stars=int(row["stars"] or 0),
                     decision_no=str(row["decision_no"]),
                     expires_on=date.fromisoformat(str(row["expires_on"])))
            for row in data.lists.get("ocop_expiring", [])]


def combined_organisations(offices: Sequence[ReturnData]) -> list[OrganisationLine]:
    """The offices' lists as one, by kind, name and commune (``data.return_tables``' order)."""
    kind_order = {kind: i for i, kind in enumerate(KIND_ORDER)}
    key = functools.cache(sort_key)  # names and communes repeat
    lines = [line for office in offices for line in organisation_lines(office)]
    return sorted(lines, key=lambda o: (kind_order.get(o.kind, len(kind_order)), key(o.name),
                                        key(o.commune)))


def combined_expiring(offices: Sequence[ReturnData]) -> list[OcopLine]:
    key = functools.cache(sort_key)
    lines = [line for office in offices for line in ocop_lines(office)]
    return sorted(lines, key=lambda p: (p.expires_on, key(p.organisation), key(p.product),
                                        key(p.commune)))
