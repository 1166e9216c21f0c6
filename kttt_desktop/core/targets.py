"""Plan targets: how an actual value is judged against one (spec/indicators.md §Targets).

Pure functions of numbers; services.judgement feeds them the computed indicators.

Which value is compared: year-to-date for a flow, the value at D for a stock or a ratio.
Pace: for a flow target of the period's own year, when the period ends before the year does, the
target is scaled by the share of the year elapsed at D and the year-to-date value is judged
against the scaled target with the same comparator; achieved or exceeded is ``on_track``,
anything else ``behind``. Stocks and ratios have no pace: they compare as they stand.

Horizon targets (a year after the period's, such as 2030 in a 2026 check) are judged with the
period's value as it stands, so the status says how far the area is from the horizon goal today;
they get no pace, because the plan does not say how a multi-year goal is spread over the years.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from kttt_desktop.core.enums import Comparator, LabelledEnum
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from kttt_desktop.core.numbers import format_figure
from kttt_desktop.core.text import fold

DEFAULT_TOLERANCE_PCT = 5.0


class Status(LabelledEnum):
    ACHIEVED = "achieved", QT_TRANSLATE_NOOP("Status", "Đạt")
    EXCEEDED = "exceeded", QT_TRANSLATE_NOOP("Status", "Vượt")
    NOT_ACHIEVED = "not_achieved", QT_TRANSLATE_NOOP("Status", "Chưa đạt")
    NO_DATA = "no_data", QT_TRANSLATE_NOOP("Status", "Không có số liệu")


class Pace(LabelledEnum):
    ON_TRACK = "on_track", QT_TRANSLATE_NOOP("Pace", "Đúng tiến độ")
    BEHIND = "behind", QT_TRANSLATE_NOOP("Pace", "Chậm tiến độ")


@dataclass(frozen=True)
class Goal:
    """What a target asks for: a comparator, a value, and for a range its maximum."""

    comparator: Comparator
    value: float
    max_value: float | None = None
    tolerance_pct: float | None = None  # approx only; None means DEFAULT_TOLERANCE_PCT

    @property
    def tolerance_or_default(self) -> float:
        return DEFAULT_TOLERANCE_PCT if self.tolerance_pct is None else self.tolerance_pct

    @property
    def tolerance(self) -> float:
        """The tolerance of "khoảng" in the indicator's unit (relative to the value)."""
        return abs(self.value) * self.tolerance_or_default / 100

    def scaled(self, share: float) -> Goal:
        """The goal for a share of the year (the pace of a flow target)."""
        top = None if self.max_value is None else self.max_value * share
        return Goal(self.comparator, self.value * share, top, self.tolerance_pct)

    def in_words(self) -> str:
        """The goal as a short phrase ("≥ 45", "30 – 50", "≈ 700 (±5%)")."""
        value = format_figure(self.value)
        if self.comparator is Comparator.RANGE:
            return f"{value} – {format_figure(self.max_value)}"
        if self.comparator is Comparator.APPROX:
            return f"≈ {value} (±{format_figure(self.tolerance_or_default)}%)"
        symbol = {Comparator.AT_LEAST: "≥", Comparator.ABOVE: ">", Comparator.AT_MOST: "≤"}
        return f"{symbol[self.comparator]} {value}"

    def in_plan_words(self, unit: str) -> str:
        """The goal as a plan writes it: "khoảng 700 HTX (±5%)", "từ 30 đến 50 HTX", "trên 35%"."""
        value = quantity(self.value, unit)
        if self.comparator is Comparator.RANGE:
            return translate("TargetWords", "từ {low} đến {high}").format(
                low=format_figure(self.value), high=quantity(self.max_value, unit))
        if self.comparator is Comparator.APPROX:
            return translate("TargetWords", "khoảng {value} (±{tolerance}%)").format(
                value=value, tolerance=format_figure(self.tolerance_or_default))
        return f"{self.comparator.label} {value}"


def quantity(value: float | None, unit: str) -> str:
    """A number with its unit as text writes it: "700 HTX", "35%", "1.325 triệu đồng"."""
    number = format_figure(value)
    if not unit:
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def status(goal: Goal, actual: float | None) -> Status:
    if actual is None or (isinstance(actual, float) and math.isnan(actual)):
        return Status.NO_DATA
    comparator, value = goal.comparator, goal.value
    if comparator is Comparator.AT_LEAST:
        met = actual >= value
    elif comparator is Comparator.ABOVE:
        met = actual > value
    elif comparator is Comparator.AT_MOST:
        met = actual <= value
    elif comparator is Comparator.RANGE:
        top = value if goal.max_value is None else goal.max_value
        if actual > top:
            return Status.EXCEEDED
        met = actual >= value
    else:
        if actual > value + goal.tolerance:
            return Status.EXCEEDED
        met = actual >= value - goal.tolerance
    return Status.ACHIEVED if met else Status.NOT_ACHIEVED


def gap(goal: Goal, actual: float | None) -> float | None:
    """Actual minus the nearest bound the goal sets (negative: short of it; 0 inside a range).

    ``>=``, ``>``, ``<=`` and ``approx`` measure from the value; ``range`` from the minimum when
    below it, from the maximum when above it.
    """
    if actual is None:
        return None
    if goal.comparator is Comparator.RANGE:
        top = goal.value if goal.max_value is None else goal.max_value
        if actual > top:
            return actual - top
        return min(actual - goal.value, 0)
    return actual - goal.value


def gap_in_words(goal: Goal, actual: float | None, unit: str) -> str:
    """The gap as the dashboard says it: "còn thiếu 8 HTX", "vượt 2,3 điểm %", "đạt"."""
    outcome = status(goal, actual)
    if outcome is Status.NO_DATA:
        return translate("TargetGap", "không có số liệu")
    difference = gap(goal, actual)
    assert difference is not None
    amount = format_figure(abs(difference), 0 if float(difference).is_integer() else 1)
    unit = translate("TargetGap", "điểm %") if unit == "%" else unit
    quantity = f"{amount} {unit}".strip()
    if outcome is Status.NOT_ACHIEVED and goal.comparator is Comparator.AT_MOST:
        return translate("TargetGap", "vượt mức tối đa {quantity}").format(quantity=quantity)
    if outcome is Status.NOT_ACHIEVED and difference == 0:  # "trên" a value met exactly
        return translate("TargetGap", "bằng chỉ tiêu, cần cao hơn")
    if outcome is Status.NOT_ACHIEVED:
        return translate("TargetGap", "còn thiếu {quantity}").format(quantity=quantity)
    surplus = goal.comparator in (Comparator.AT_LEAST, Comparator.ABOVE) and difference > 0
    if outcome is Status.EXCEEDED or surplus:
        return translate("TargetGap", "vượt {quantity}").format(quantity=quantity)
    return translate("TargetGap", "đạt")


def pace(goal: Goal, year_to_date: float | None, elapsed_share: float) -> Pace | None:
    """On track or behind for a flow target part-way through its year (``None`` without data)."""
    if year_to_date is None:
        return None
    outcome = status(goal.scaled(elapsed_share), year_to_date)
    return Pace.ON_TRACK if outcome in (Status.ACHIEVED, Status.EXCEEDED) else Pace.BEHIND


@dataclass(frozen=True)
class Judgement:
    """A target judged against an actual value (``pace_value``: the target scaled for pace)."""

    status: Status
    gap: float | None
    gap_words: str
    pace: Pace | None = None
    pace_value: float | None = None


def judge(goal: Goal, actual: float | None, *, unit: str, flow: bool, target_year: int,
          period_year: int, elapsed_share: float) -> Judgement:
    """Status, gap and (for a flow target of the period's year not yet over) pace.

    ``actual`` is the year-to-date value for a flow, the value at D otherwise. A target of a
    later (horizon) year is judged on the actual as it stands, without pace (module docstring).
    """
    paced = flow and target_year == period_year and elapsed_share < 1
    return Judgement(
        status(goal, actual), gap(goal, actual), gap_in_words(goal, actual, unit),
        pace(goal, actual, elapsed_share) if paced else None,
        goal.scaled(elapsed_share).value if paced else None)


# --- the plan's words --------------------------------------------------------------------------

# Folded phrases (fold(): no diacritics, lower case) in the order they are tried: longer first.
_WORDS: tuple[tuple[str, Comparator], ...] = (
    ("phan dau co khoang", Comparator.APPROX),
    ("phan dau dat khoang", Comparator.APPROX),
    ("khoang", Comparator.APPROX),
    ("uoc dat", Comparator.APPROX),
    ("khong vuot qua", Comparator.AT_MOST),
    ("khong qua", Comparator.AT_MOST),
    ("toi da", Comparator.AT_MOST),
    ("it nhat", Comparator.AT_LEAST),
    ("toi thieu", Comparator.AT_LEAST),
    ("tren", Comparator.ABOVE),
    ("dat", Comparator.AT_LEAST),
)
# A number as a plan's sentence writes it: "60.500", "1.325,5", "2,3", "04", "35".
NUMBER_PATTERN = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_RANGE = re.compile(rf"(?:\btu\s+)?({NUMBER_PATTERN})\s*%?\s*(?:-|–|—|den)\s*({NUMBER_PATTERN})")
_NUMBER = re.compile(NUMBER_PATTERN)


def number_value(token: str) -> float:
    """The value of one number matched by :data:`NUMBER_PATTERN` ("60.500" → 60500.0)."""
    return float(token.replace(".", "").replace(",", "."))


def comparator_of_words(text: str) -> Comparator | None:
    """The comparator a plan's phrase names ("ít nhất" → ``>=``, "khoảng" → ``approx``…)."""
    key = fold(text)
    if re.search(r"\btu\b.*\bden\b", key):
        return Comparator.RANGE
    for words, comparator in _WORDS:
        if re.search(rf"\b{words}\b", key):
            return comparator
    return None


@dataclass(frozen=True)
class PlanWords:
    """A target read from a plan's sentence: comparator, value, maximum."""

    comparator: Comparator
    value: float
    max_value: float | None = None


def parse_plan_words(text: str) -> PlanWords | None:
    """Read the target of a plan's sentence ("Trên 35% HTX đạt loại tốt, khá" → ``>`` 35).

    The comparator is the phrase just before the first number ("từ 15 - 20" and "65 – 70%" are
    ranges); a bare number ("Thành lập mới 50 THT") means at least. ``None`` when there is no
    number.
    """
    key = fold(text)
    span = _RANGE.search(key)
    first = _NUMBER.search(key)
    if first is None:
        return None
    if span is not None and span.start(1) == first.start():
        return PlanWords(Comparator.RANGE, number_value(span[1]), number_value(span[2]))
    before = key[:first.start()].rstrip()
    for words, comparator in _WORDS:
        if before.endswith(words) and (len(before) == len(words)
                                       or not before[-len(words) - 1].isalnum()):
            return PlanWords(comparator, number_value(first.group()))
    return PlanWords(Comparator.AT_LEAST, number_value(first.group()))
