"""Demo databases (`kttt demo`): a realistic, generated register of an office in Quảng Ninh.

Three scales (``scales.SCALES``): ``district`` (≈ 60 HTX), ``province`` (700 HTX, 235 THT,
4 LHHTX, 60,500 member rows, as in the province's 2023 plan) and ``stress`` (30,000 HTX and a
million members). The same scale and seed always give the same data.
"""

from kttt_desktop.services.demo.build import build_demo
from kttt_desktop.services.demo.scales import SCALES

__all__ = ["SCALES", "build_demo"]
