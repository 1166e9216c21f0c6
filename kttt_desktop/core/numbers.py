"""Numbers and money as Vietnamese officers type and read them.

Vietnamese writes "1.325,5": a dot between thousands, a comma before the decimals. Parsing rules:

- a comma alone, once, is the decimal comma ("3,5"; "1,325" is 1.325, not 1325);
- dots alone, more than once, group thousands ("1.250.000"); a single dot groups thousands when
  it stands between 1-3 digits (not starting with 0) and exactly 3 digits, as officers mean "80.000"
  and "1.325" (odoo#2545 shows what happens otherwise); any other single dot ("1325.5", "0.5",
  "12.3456") can only be a decimal point and is read as one;
- both signs: the last one is the decimal separator, so "1,250.5" from an English-language
  spreadsheet is also read correctly;
- spaces may group thousands ("1 250 000"); a leading "-" (or "−") makes it negative;
- money may carry "đ", "đồng", "VND" or "₫" after it.

Money is stored as whole VND (``int``), rounded half up. Forms and workbooks take it in million VND
with decimals allowed (:func:`parse_million_vnd`), and say so. Amounts of 10^15 VND (a million
billion) or more are refused as typing mistakes.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Checked, Issue, error
from kttt_desktop.core.text import clean_text

MILLION = 1_000_000
MONEY_LIMIT = 10**15
"""Amounts at or above this many VND are refused: no cooperative figure comes near it."""

# Issue codes.
NOT_A_NUMBER = "number.format"
NOT_WHOLE = "number.not_whole"
NEGATIVE = "number.negative"
TOO_LARGE = "number.too_large"

_CURRENCY = re.compile(r"\s*(?:đồng|đ|vnđ|vnd|₫)\.?$", re.IGNORECASE)
# Digits grouped by thousands (with dots, commas or spaces), or plain digits.
_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:[ .,][0-9]{3})+|[0-9]+")
_FRACTION = re.compile(r"[0-9]*")


def _as_decimal(number: Decimal | int | float) -> Decimal:
    # repr() gives the shortest text of a float, so 0.1 stays 0.1 and 2.675 stays 2.675.
    return Decimal(repr(number)) if isinstance(number, float) else Decimal(number)


def _to_decimal(value: object) -> Decimal | None:
    """The number in a cell or in typed text, or ``None`` if it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        number = _as_decimal(value)
        return number if number.is_finite() else None
    text = clean_text(str(value)).replace("\u2212", "-")
    sign = ""
    if text[:1] in "+-":
        sign, text = text[:1], text[1:].lstrip()
    whole, fraction = _split_decimal(text)
    if whole is None or not (whole or fraction) or not _FRACTION.fullmatch(fraction):
        return None
    if whole and not _GROUPED.fullmatch(whole):
        return None
    digits = re.sub(r"[ .,]", "", whole) or "0"
    return Decimal(f"{sign}{digits}" + (f".{fraction}" if fraction else ""))


def _split_decimal(text: str) -> tuple[str | None, str]:
    """``text`` cut into its integer part (grouping marks kept) and its decimals."""
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        mark = "," if text.rfind(",") > text.rfind(".") else "."
        whole, _, fraction = text.rpartition(mark)
        return (None, "") if mark in whole else (whole, fraction)
    if commas == 1:
        whole, _, fraction = text.partition(",")
        return whole, fraction
    if dots == 1 and not _GROUPED.fullmatch(text):
        whole, _, fraction = text.partition(".")
        return whole, fraction
    return text, ""


def _not_a_number(value: object) -> Issue:
    return error(translate(
        "Numbers", "“{text}” không phải là một số; hãy viết theo kiểu Việt Nam, ví dụ 1.325,5 "
        "(dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân).").format(
            text=clean_text(str(value))), NOT_A_NUMBER)


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not clean_text(value))


def parse_number(value: object) -> Checked[Decimal]:
    """A number typed in Vietnamese format or read from a cell (empty: ``Checked(None)``)."""
    if _is_empty(value):
        return Checked(None)
    number = _to_decimal(value)
    return Checked(number) if number is not None else Checked(None, (_not_a_number(value),))


def parse_int(value: object) -> Checked[int]:
    """A whole number (a count, a year, a number of stars)."""
    checked = parse_number(value)
    if checked.value is None:
        return checked  # type: ignore[return-value]
    if checked.value != checked.value.to_integral_value():
        return Checked(None, (error(translate(
            "Numbers", "“{text}” phải là số nguyên.").format(text=clean_text(str(value))),
            NOT_WHOLE),))
    return Checked(int(checked.value))


def parse_percent(value: object) -> Checked[Decimal]:
    """A percentage as typed in plans and targets ("35", "35,5%", "35 %"), without the sign."""
    if isinstance(value, str) and clean_text(value).endswith("%"):
        number = clean_text(value)[:-1].rstrip()
        return parse_number(number) if number else Checked(None, (_not_a_number(value),))
    return parse_number(value)


def round_vnd(amount: Decimal) -> int:
    """Whole VND, halves rounded away from zero."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def million_to_vnd(millions: Decimal | int | float) -> int:
    """An amount in million VND as whole VND ("1,5" million → 1 500 000)."""
    return round_vnd(_as_decimal(millions) * MILLION)


def check_money(vnd: int | None, label: str = "", *, allow_negative: bool = False) -> list[Issue]:
    """Money must be 0 or more (unless ``allow_negative``, e.g. a loss) and below 10^15 VND.

    Messages quote the amount in million VND, the unit forms and workbooks type it in.
    """
    if vnd is None:
        return []
    label = label or translate("Numbers", "Số tiền")
    if vnd < 0 and not allow_negative:
        return [error(translate("Numbers", "{label} không được âm ({amount} triệu đồng).").format(
            label=label, amount=format_million(vnd, None)), NEGATIVE)]
    if abs(vnd) >= MONEY_LIMIT:
        return [error(translate(
            "Numbers", "{label} {amount} triệu đồng lớn bất thường (từ một triệu tỷ đồng trở "
            "lên); hãy kiểm tra lại số chữ số và đơn vị tính.").format(
                label=label, amount=format_million(vnd, None)), TOO_LARGE)]
    return []


def check_not_negative(number: Decimal | int | float | None, label: str) -> list[Issue]:
    """A count or a score must not be negative."""
    if number is None or number >= 0:
        return []
    return [error(translate("Numbers", "{label} không được âm ({number}).").format(
        label=label, number=format_number(number, None)), NEGATIVE)]


def parse_million_vnd(value: object, label: str = "", *,
                      allow_negative: bool = False) -> Checked[int]:
    """An amount in million VND, decimals allowed ("1.325,5"), as whole VND: how forms and
    workbooks take money."""
    if isinstance(value, str):
        value = _CURRENCY.sub("", clean_text(value))
    checked = parse_number(value)
    if checked.value is None:
        return checked  # type: ignore[return-value]
    vnd = round_vnd(checked.value * MILLION)
    issues = check_money(vnd, label, allow_negative=allow_negative)
    return Checked(None, tuple(issues)) if issues else Checked(vnd)


def format_number(number: Decimal | int | float | None, decimals: int | None = 0) -> str:
    """Vietnamese display: ``format_number(1325.5, 1)`` → "1.325,5" (rounded half up).

    ``decimals=None`` keeps the decimals the number has (for quoting a typed value back).
    """
    if number is None:
        return ""
    amount = _as_decimal(number)
    if decimals is None:
        exponent = amount.as_tuple().exponent
        decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    amount = amount.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if amount == 0:
        amount = abs(amount)  # never "-0,0"
    english = f"{amount:,.{decimals}f}"
    return english.translate(str.maketrans(",.", ".,"))


def format_million(vnd: int | None, decimals: int | None = 1) -> str:
    """VND shown in million VND, as returns show money: 1250000 → "1,3"; ``decimals=None``
    keeps every decimal the amount has (1250000 → "1,25", as a form shows it)."""
    return "" if vnd is None else format_number(Decimal(vnd) / MILLION, decimals)


def format_percent(number: Decimal | int | float | None, decimals: int = 1) -> str:
    """A percentage without the sign, one decimal: 36.24 → "36,2"."""
    return format_number(number, decimals)


NO_VALUE = "–"


def format_figure(value: Decimal | int | float | None, decimals: int | None = None) -> str:
    """An indicator's value for display: "–" when it has none (spec/indicators.md), no decimals
    for a whole number and one otherwise unless ``decimals`` says ("60.500", "36,2")."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return NO_VALUE
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    return format_number(value, decimals)
