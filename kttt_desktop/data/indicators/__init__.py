"""Indicators computed from the registers (set-based SQL) and the drill-down behind them."""

from kttt_desktop.data.indicators.pieces import Span
from kttt_desktop.data.indicators.queries import DrillDown, compute, drill_down, moments

__all__ = ["DrillDown", "Span", "compute", "drill_down", "moments"]
