"""Typed-in codes (personal ID, tax code, phone) before any rule looks at them.

People type codes with spaces, dots or hyphens as separators, and spreadsheets hand them over as
numbers; every code rule starts from :func:`code_text` and :func:`compact`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from kttt_desktop.core.text import clean_text

_DIGITS = re.compile(r"[0-9]+")
# Hyphen-like characters that word processors put in place of "-".
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})


def code_text(value: object) -> str:
    """The code as text: a whole number from a spreadsheet cell becomes its digits."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return clean_text(str(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return str(int(value))
    return clean_text(str(value)).translate(_DASHES)


@cache
def _deletion(separators: str) -> dict[int, None]:
    return {ord(c): None for c in separators}


def compact(text: str, separators: str = " .-") -> str:
    """``text`` without the separator characters (and without any white space)."""
    return "".join(text.translate(_deletion(separators)).split())


def is_digits(text: str) -> bool:
    """Only the ASCII digits 0-9 (``str.isdigit`` also accepts other scripts' digits)."""
    return bool(_DIGITS.fullmatch(text))
