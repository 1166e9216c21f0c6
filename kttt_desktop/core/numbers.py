"""Numbers written the Vietnamese way: "60.500" (thousands), "1.325,5" (decimal comma).

Rounding happens only here, for display; stored and exported values keep their precision.
"""

from __future__ import annotations

import math
import re

NO_VALUE = "–"
# A number as Vietnamese text writes it: "60.500", "1.325,5", "2,3", "04", "35".
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def format_number(value: float | int | None, decimals: int | None = None) -> str:
    """``value`` with "." between thousands and "," before decimals; "–" when there is none.

    ``decimals`` defaults to 0 for integers and 1 for other numbers; trailing zeros are kept so
    that a column of figures lines up ("36,0").
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return NO_VALUE
    if decimals is None:
        decimals = 0 if isinstance(value, int) or float(value).is_integer() else 1
    text = f"{abs(value):,.{decimals}f}"
    if text.strip("0.,") == "":
        value = 0  # no "-0,0"
    text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"-{text}" if value < 0 else text


def parse_number(text: str) -> float | None:
    """The first number of ``text`` read the Vietnamese way ("60.500" → 60500, "2,5" → 2.5)."""
    match = _NUMBER.search(text)
    return None if match is None else number_value(match.group())


def number_value(token: str) -> float:
    """The value of one number token matched by :data:`NUMBER_PATTERN`."""
    return float(token.replace(".", "").replace(",", "."))


NUMBER_PATTERN = _NUMBER.pattern
