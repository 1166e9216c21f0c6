"""The four charts of the Tổng quan screen (QtCharts), filled from a :class:`Charts`.

- organisations at D by sector, stacked by kind (the legend gives each kind's total);
- ratings of the last five reporting years, stacked by class (tốt, khá, trung bình, yếu, không đánh giá);
- members at the end of each of the last five years (the last bar: at D);
- valid OCOP products at D by stars.

Numbers on axes and labels are written the Vietnamese way ("60.000"); a bar's exact value shows
in a tooltip when the pointer rests on it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip

from kttt_desktop.core.enums import OrgKind, RatingClass, Sector
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP
from kttt_desktop.core.numbers import format_figure, format_number
from kttt_desktop.core.periods import reporting_year
from kttt_desktop.services.overview import Charts

KIND_COLOURS = {"htx": "#1565c0", "tht": "#26a69a", "lhhtx": "#8e24aa"}
RATING_COLOURS = {"good": "#2e7d32", "fair": "#8bc34a", "average": "#fbc02d", "weak": "#e65100",
                  "not_rated": "#9e9e9e"}
MEMBERS_COLOUR = "#1565c0"
OCOP_COLOUR = "#ef6c00"
# Two rows of charts and the window around them fit 768 px at 125 % (614 px, less the taskbar).
CHART_MIN_HEIGHT = 170
# Sector names as charts abbreviate them (the full name shows in the tooltip of a bar).
SECTOR_SHORT = {
    "industry": QT_TRANSLATE_NOOP("OverviewCharts", "CN - TTCN"),
    "trade": QT_TRANSLATE_NOOP("OverviewCharts", "TM - DV"),
}
TITLES = {
    "sector": QT_TRANSLATE_NOOP("OverviewCharts", "Tổ chức theo ngành nghề và loại hình"),
    "ratings": QT_TRANSLATE_NOOP("OverviewCharts",
                                 "Đánh giá, xếp loại 5 năm gần nhất (dưới mỗi năm: % tốt, khá)"),
    "members": QT_TRANSLATE_NOOP("OverviewCharts", "Thành viên cuối mỗi năm"),
    "ocop": QT_TRANSLATE_NOOP("OverviewCharts", "Sản phẩm OCOP còn hiệu lực theo số sao"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewCharts", text)


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 × 10^k) that cuts 0…``top`` into about ``ticks`` parts."""
    if top <= 0:
        return 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(1, factor * power)
    return max(1, 10 * power)


def value_axis(top: float) -> QCategoryAxis:
    """A value axis from 0 with round ticks labelled in Vietnamese ("20.000")."""
    axis = QCategoryAxis()
    step = nice_step(top)
    end = max(step, math.ceil(top * 1.08 / step) * step)  # room for labels above the bars
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(0, end)
    axis.setStartValue(0)
    tick = 0.0
    while tick <= end + 1e-9:
        axis.append(format_number(tick, 0), tick)
        tick += step
    axis.setGridLineVisible(True)
    return axis


def day_label(day: date) -> str:
    """A year's end as its year ("2024"), another day in full ("30/09/2025")."""
    return str(day.year) if (day.month, day.day) == (12, 31) else day.strftime("%d/%m/%Y")


class OverviewCharts:
    """Owns the charts shown in four chart views."""

    def __init__(self, sector: QChartView, ratings: QChartView, members: QChartView,
                 ocop: QChartView) -> None:
        self.views = {"sector": sector, "ratings": ratings, "members": members, "ocop": ocop}
        self.charts: dict[str, QChart] = {}
        for key, view in self.views.items():
            chart = QChart()
            chart.setTitle(_tr(TITLES[key]))
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            chart.setMargins(QMargins(4, 4, 4, 4))
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            title_font = chart.titleFont()
            title_font.setBold(True)
            chart.setTitleFont(title_font)
            view.setChart(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(CHART_MIN_HEIGHT)
            self.charts[key] = chart

    def series(self, key: str) -> QAbstractBarSeries:
        """The bar series of chart ``key`` ("sector", "ratings", "members", "ocop")."""
        return self.charts[key].series()[0]  # type: ignore[return-value]

    def show(self, charts: Charts) -> None:
        self._sectors(charts)
        self._ratings(charts)
        self._members(charts)
        self._ocop(charts)

    # Building --------------------------------------------------------------------------------

    def _reset(self, key: str) -> QChart:
        chart = self.charts[key]
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        return chart

    def _place(self, key: str, series: QAbstractBarSeries, categories: Sequence[str],
               top: float, names: Sequence[str], *, horizontal: bool = False) -> None:
        """Put ``series`` in chart ``key`` with its axes; ``names`` say what each category is
        in the tooltip of a bar."""
        chart = self._reset(key)
        chart.addSeries(series)
        category_axis = QBarCategoryAxis()
        category_axis.append(list(categories))
        category_axis.setTruncateLabels(False)
        values = value_axis(top)
        category_side, value_side = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
                                     if horizontal else
                                     (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
        chart.addAxis(category_axis, category_side)
        chart.addAxis(values, value_side)
        series.attachAxis(category_axis)
        series.attachAxis(values)
        series.hovered.connect(lambda status, index, bar: _show_value(status, names[index], bar,
                                                                      index))

    def _sectors(self, charts: Charts) -> None:
        series = QHorizontalStackedBarSeries()
        sectors = list(reversed(charts.by_sector))  # the first sector at the top
        for kind in OrgKind:
            counts = [charts.by_sector[s].get(kind.value, 0) for s in sectors]
            if not any(counts):
                continue
            bar = QBarSet(f"{kind.abbreviation} ({format_number(sum(counts))})")
            bar.append([float(c) for c in counts])
            bar.setColor(QColor(KIND_COLOURS[kind.value]))
            series.append(bar)
        top = max((sum(k.values()) for k in charts.by_sector.values()), default=0)
        self._place("sector", series, [_sector_label(s) for s in sectors], top,
                    [_sector_name(s) for s in sectors], horizontal=True)

    def _ratings(self, charts: Charts) -> None:
        series = QStackedBarSeries()
        for rating in RatingClass:
            bar = QBarSet(rating.label)
            bar.append([float(charts.ratings[day][rating.value]) for day in charts.rating_days])
            bar.setColor(QColor(RATING_COLOURS[rating.value]))
            series.append(bar)
        top = max((sum(c.values()) for c in charts.ratings.values()), default=0)
        self._place("ratings", series, [self._rating_category(charts, day)
                                        for day in charts.rating_days], top,
                    [str(reporting_year(day)) for day in charts.rating_days])

    @staticmethod
    def _rating_category(charts: Charts, day: date) -> str:
        """The year, and the share rated tốt or khá among those rated (as the catalogue's
        ``good_fair_pct``)."""
        counts = charts.ratings[day]
        rated = sum(n for rating, n in counts.items() if rating != RatingClass.NOT_RATED.value)
        good_fair = counts[RatingClass.GOOD.value] + counts[RatingClass.FAIR.value]
        share = f"{format_figure(good_fair / rated * 100, 1)}%" if rated else format_figure(None)
        return f"{reporting_year(day)}<br>{share}"

    def _members(self, charts: Charts) -> None:
        series = QBarSeries()
        bar = QBarSet(QCoreApplication.translate("OverviewCharts", "Thành viên (mọi loại hình)"))
        totals = [sum(charts.members[day].values()) for day in charts.days]
        bar.append([float(t) for t in totals])
        bar.setColor(QColor(MEMBERS_COLOUR))
        series.append(bar)
        labels = [f"{day_label(day)}<br>{format_number(total)}"
                  for day, total in zip(charts.days, totals, strict=True)]
        self._place("members", series, labels, max(totals, default=0),
                    [day_label(day) for day in charts.days])
        self.charts["members"].legend().hide()

    def _ocop(self, charts: Charts) -> None:
        series = QBarSeries()
        bar = QBarSet(QCoreApplication.translate("OverviewCharts", "Sản phẩm"))
        bar.append([float(charts.ocop_stars[stars]) for stars in charts.ocop_stars])
        bar.setColor(QColor(OCOP_COLOUR))
        bar.setLabelColor(QColor("black"))
        series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        labels = [QCoreApplication.translate("OverviewCharts", "{stars} sao").format(stars=stars)
                  for stars in charts.ocop_stars]
        self._place("ocop", series, labels, max(charts.ocop_stars.values(), default=0), labels)
        self.charts["ocop"].legend().hide()


def _sector_name(code: str) -> str:
    try:
        return Sector(code).label
    except ValueError:
        return code


def _sector_label(code: str) -> str:
    return _tr(SECTOR_SHORT[code]) if code in SECTOR_SHORT else _sector_name(code)


def _show_value(status: bool, name: str, bar: QBarSet, index: int) -> None:
    if status:
        QToolTip.showText(QCursor.pos(),
                          f"{name} — {bar.label()}: {format_number(bar.at(index))}")
    else:
        QToolTip.hideText()
