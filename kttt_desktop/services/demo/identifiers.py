"""Numbers that identify people and organisations: personal IDs, tax codes, phone numbers.

Every personal ID and tax code handed out is unique, by construction rather than by remembering
the ones already given: each series walks a random full-cycle permutation ``n → (a·n + b) mod m``
(``a`` prime to ``m``), so memory stays small even for a national-size register.
"""

from __future__ import annotations

import math
import random

from kttt_desktop.core.enums import Gender
from kttt_desktop.core.identity import century_sex_digit
from kttt_desktop.core.tax_code import check_digit
from kttt_desktop.services.demo.lists import Weighted

# Provinces of birth registration (the old 63-province codes the personal ID keeps): mostly
# Quảng Ninh, some from the Red River delta provinces people moved from.
BIRTH_PROVINCES: Weighted[str] = Weighted([
    (80, "022"), (4, "030"), (4, "034"), (3, "036"), (3, "031"), (2, "024"), (2, "001"),
    (1, "020"), (1, "033"), (1, "038"),
])
MOBILE_PREFIXES = (
    "032", "033", "034", "035", "036", "037", "038", "039", "056", "058", "059", "070", "076",
    "077", "078", "079", "081", "082", "083", "084", "085", "086", "088", "089", "090", "091",
    "093", "094", "096", "097", "098", "099",
)


class _Series:
    """Distinct numbers below ``modulus`` in a random order."""

    def __init__(self, rng: random.Random, modulus: int) -> None:
        self._modulus = modulus
        self._step = rng.randrange(1, modulus)
        while math.gcd(self._step, modulus) != 1:
            self._step = rng.randrange(1, modulus)
        self._offset = rng.randrange(modulus)
        self._next = 0

    def take(self) -> int:
        if self._next >= self._modulus:
            raise OverflowError("the series is exhausted")
        value = (self._step * self._next + self._offset) % self._modulus
        self._next += 1
        return value


class PersonalIds:
    """Unique 12-digit personal IDs consistent with the birth year and sex of their holder."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._series: dict[str, _Series] = {}

    def issue(self, birth_year: int, gender: str) -> str:
        prefix = (f"{BIRTH_PROVINCES.pick(self._rng)}{century_sex_digit(birth_year, Gender(gender))}"
                  f"{birth_year % 100:02d}")
        series = self._series.get(prefix)
        if series is None:
            series = self._series[prefix] = _Series(self._rng, 1_000_000)
        return f"{prefix}{series.take():06d}"


class TaxCodes:
    """Unique 10-digit tax codes of one province's series (Quảng Ninh: 57…) with their check digit."""

    def __init__(self, rng: random.Random, prefix: str = "57") -> None:
        self._prefix = prefix
        self._series = _Series(rng, 10 ** (9 - len(prefix)))
        self._width = 9 - len(prefix)

    def issue(self) -> str:
        while True:
            first_nine = f"{self._prefix}{self._series.take():0{self._width}d}"
            check = check_digit(first_nine)
            if check is not None:
                return f"{first_nine}{check}"


def phone_number(rng: random.Random) -> str:
    return f"{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10_000_000):07d}"
