"""Which commune a name means: today's names and the names from before the 2025 reform.

:class:`UnitResolver` answers ``resolve(text, province)`` with a :class:`Resolution`: one commune
(``UNIQUE``), several to choose from (``CANDIDATES``: an old commune split between new ones, or a
name several communes share) or none (``NONE``), with the reason in Vietnamese. The text is a
commune's name with or without its kind ("xã Hồng Dương", "Hồng Dương", "X. Hồng Dương"),
optionally followed by its old district and province, comma separated ("xã Hồng Dương, huyện
Thanh Oai, Hà Nội"). Parts before the commune's own part are not read ("thôn 3, xã …").

Spelling is forgiven as search forgives it (apostrophes, dashes, Ð, spaces, case, tone
placement); a name is looked for as spelt first, and without its diacritics only when that finds
nothing ("Văn Lang" and "Văn Lăng" are two communes). A name is looked for among today's
communes (with the names they have had since the reform) and among the pre-reform communes
(with their other spellings): when both find it and they are not the same commune, the officer
chooses; a text that gives an old district names a pre-reform commune only. Nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from kttt_desktop.core.i18n import translate
from kttt_desktop.core.text import clean_text, fold, spelling_key
from kttt_desktop.core.units import Catalogue, OldUnit, Unit

COMMUNE_KINDS = ("xa", "phuong", "thi tran", "dac khu")
DISTRICT_KINDS = ("huyen", "quan", "thi xa", "thanh pho")
PROVINCE_KINDS = ("tinh", "thanh pho")
_KIND_WORDS = sorted({*COMMUNE_KINDS, *DISTRICT_KINDS, *PROVINCE_KINDS}, key=len, reverse=True)
_ABBREVIATIONS = (  # how addresses shorten the kinds: "TP. Hà Nội", "P.1", "tt Vôi"
    (re.compile(r"^(?:tp|t\.p)(?:\.\s*|\s+)", re.IGNORECASE), "Thành phố "),
    (re.compile(r"^tx(?:\.\s*|\s+)", re.IGNORECASE), "Thị xã "),
    (re.compile(r"^tt(?:\.\s*|\s+)", re.IGNORECASE), "Thị trấn "),
    (re.compile(r"^p\.\s*", re.IGNORECASE), "Phường "),
    (re.compile(r"^x\.\s*", re.IGNORECASE), "Xã "),
    (re.compile(r"^q\.\s*", re.IGNORECASE), "Quận "),
    (re.compile(r"^h\.\s*", re.IGNORECASE), "Huyện "),
)
_MAY_ABBREVIATE = re.compile(r"^(?:t\.?p|tx|tt|[pxqh]\.)", re.IGNORECASE)
_LEADING_ZEROS = re.compile(r"\b0+(?=\d)")


class Outcome(Enum):
    UNIQUE = "unique"
    CANDIDATES = "candidates"
    NONE = "none"


@dataclass(frozen=True)
class Resolution:
    """What a text names: ``candidates`` (one when ``UNIQUE``), the pre-reform units it named
    (``old``; empty when it named a commune by today's name) and why, in Vietnamese."""

    text: str
    outcome: Outcome
    candidates: tuple[Unit, ...] = ()
    old: tuple[OldUnit, ...] = ()
    reason: str = ""

    @property
    def commune(self) -> Unit | None:
        return self.candidates[0] if self.outcome is Outcome.UNIQUE else None

    @property
    def renamed(self) -> bool:
        """The text named a unit of before the reform (its commune is another name now)."""
        return bool(self.old)


@dataclass(frozen=True)
class _Part:
    kind: str  # folded kind words ("xa", "thi tran"…) or "" when the text gives none
    name: str  # the rest, as typed
    text: str = ""  # the whole part, as typed

    @property
    def keys(self) -> tuple[str, str]:
        return _keys(self.name)


def _keys(name: str) -> tuple[str, str]:
    """How a bare name is compared: with its diacritics, and without."""
    spelt = _LEADING_ZEROS.sub("", spelling_key(name))
    return spelt, fold(spelt)


def split_kind(name: str) -> _Part:
    """"Xã Hồng Dương" → kind "xa", name "Hồng Dương" (abbreviations expanded first)."""
    text = name = clean_text(name)
    if _MAY_ABBREVIATE.match(name):
        for pattern, full in _ABBREVIATIONS:
            name = pattern.sub(full, name, count=1)
    words = name.split(" ", 2)
    folded = fold(" ".join(words[:2])).split()
    for kind in _KIND_WORDS:
        size = kind.count(" ") + 1
        if folded[:size] == kind.split() and len(words) > size:
            return _Part(kind, name.split(" ", size)[size], text)
    return _Part("", name, text)


def _listed(units: Iterable[Unit]) -> str:
    return ", ".join(translate("Units", "{name} (mã {code})").format(name=u.name, code=u.code)
                     for u in units)


class _NameIndex:
    """Units by the keys of their bare names, each with the kind its name gives."""

    def __init__(self) -> None:
        self._by_key: tuple[dict[str, list[tuple[str, str]]], ...] = ({}, {})

    def add(self, name: str, code: str) -> None:
        part = split_kind(name)
        for index, key in zip(self._by_key, part.keys, strict=True):
            entry = (part.kind, code)
            if entry not in index.setdefault(key, []):
                index[key].append(entry)

    def find(self, part: _Part, spelt: bool | None = None) -> list[str]:
        """Codes named ``part``: as spelt (``spelt=True``), without diacritics (``False``), or
        as spelt and, when that finds none, without diacritics (``None``). A kind in the text
        must be the unit's (unless the unit's name gives none)."""
        allowed = {part.kind, ""} if part.kind else None
        levels = (0, 1) if spelt is None else (0,) if spelt else (1,)
        for level in levels:
            found = [code for kind, code in self._by_key[level].get(part.keys[level], [])
                     if allowed is None or kind in allowed]
            if found:
                return list(dict.fromkeys(found))
        return []


class UnitResolver:
    """Resolves names of communes against a :class:`Catalogue` (build once, use many times).

    The names of a province's communes, today's and former, are indexed the first time a
    name is looked for there (all of them for a look-up without a province).
    """

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._indexes: dict[str | None, tuple[_NameIndex, _NameIndex]] = {}
        self._districts = _NameIndex()
        for code, name in {o.district_code: o.district for o in catalogue.old_units.values()}.items():
            self._districts.add(name, code)
        self._provinces = _NameIndex()  # old and new provinces: "o01", "n75"
        for code, name in catalogue.old_provinces.items():
            self._provinces.add(name, "o" + code)
        for unit in catalogue.provinces.values():
            for version in unit.versions:
                self._provinces.add(version.name, "n" + unit.code)
        self._went_into: dict[str, set[str]] = {}  # old province → today's provinces
        for old in catalogue.old_units.values():
            self._went_into.setdefault(old.province_code, set()).update(
                catalogue.communes[s].province_code for s in old.successors)

    def _names(self, province: str | None) -> tuple[_NameIndex, _NameIndex]:
        """Today's communes of ``province`` and the pre-reform units that went into them, by
        name (everywhere for ``None``)."""
        if province not in self._indexes:
            communes = self.catalogue.communes
            current, old = _NameIndex(), _NameIndex()
            for unit in communes.values():
                if province is None or unit.province_code == province:
                    for version in unit.versions:
                        current.add(version.name, unit.code)
            for old_unit in self.catalogue.old_units.values():
                if any(province is None or communes[s].province_code == province
                       for s in old_unit.successors):
                    for name in (old_unit.name, *old_unit.aliases):
                        old.add(name, old_unit.code)
            self._indexes[province] = current, old
        return self._indexes[province]

    # The answers ----------------------------------------------------------------------------

    def resolve(self, text: str, province: str | None = None) -> Resolution:
        """The commune ``text`` names, among the communes of ``province`` (a code of today's
        provinces; ``None``: anywhere)."""
        text = clean_text(text)
        parts = [split_kind(p) for p in text.split(",") if p.strip()]
        if not parts:
            return Resolution(text, Outcome.NONE, reason=translate(
                "Units", "Chưa ghi tên xã, phường."))
        first = next((i for i, p in enumerate(parts) if p.kind in COMMUNE_KINDS), 0)
        commune, context = parts[first], parts[first + 1:]
        districts: set[str] = set()
        provinces: set[str] = set()
        for part in context:
            found = self._context(part)
            if not found:
                return Resolution(text, Outcome.NONE, reason=translate(
                    "Units", "Không có huyện, tỉnh nào (trước hay sau ngày 01/07/2025) tên "
                    "“{name}”.").format(name=part.text))
            districts |= {c for c in found if not c[0].isalpha()}
            provinces |= {c for c in found if c[0].isalpha()}
        for spelt in (True, False):  # "Tân Thành" of old before today's "Tân Thanh"
            today = [] if districts else self._today(commune, province, provinces, spelt)
            olds = self._before_reform(commune, province, districts, provinces, spelt)
            if today or olds:
                return self._answer(text, today, olds, province)
        where = (translate("Units", " ở {province}").format(
            province=self.catalogue.provinces[province].name)
            if province in self.catalogue.provinces else "")
        return Resolution(text, Outcome.NONE, reason=translate(
            "Units", "Không có xã, phường nào tên “{text}”{where}, kể cả tên trước ngày "
            "01/07/2025.").format(text=text, where=where))

    def resolve_code(self, code: str, province: str | None = None) -> Resolution:
        """The commune of a 5-digit code: today's code, or a pre-reform commune's code."""
        unit = self.catalogue.communes.get(code)
        if unit is not None:
            return Resolution(code, Outcome.UNIQUE, (unit,), reason=translate(
                "Units", "Mã {code} là {name}.").format(code=code, name=unit.name))
        old = self.catalogue.old_units.get(code)
        if old is None or old.is_district:
            return Resolution(code, Outcome.NONE, reason=translate(
                "Units", "Mã xã “{code}” không có trong danh mục đơn vị hành chính, kể cả mã "
                "trước ngày 01/07/2025.").format(code=code))
        return self._answer(code, [], [old], province)

    # Parts of the work ------------------------------------------------------------------------

    def _context(self, part: _Part) -> set[str]:
        """The old districts ("001") and provinces ("o01" old, "n01" today's) a part names."""
        found: set[str] = set()
        if part.kind in DISTRICT_KINDS or not part.kind:
            found |= set(self._districts.find(part))
        if part.kind in PROVINCE_KINDS or not part.kind:
            found |= set(self._provinces.find(part))
        return found

    def _today(self, part: _Part, province: str | None, provinces: set[str],
               spelt: bool) -> list[Unit]:
        """The communes of today that carry (or carried since the reform) the name."""
        units = [self.catalogue.communes[c] for c in self._names(province)[0].find(part, spelt)]
        if provinces:  # the province the text names, or the old one that went into it
            wanted = {c[1:] for c in provinces if c[0] == "n"}
            for code in (c[1:] for c in provinces if c[0] == "o"):
                wanted |= self._went_into.get(code, set())
            units = [u for u in units if u.province_code in wanted]
        return units

    def _before_reform(self, part: _Part, province: str | None, districts: set[str],
                       provinces: set[str], spelt: bool) -> list[OldUnit]:
        """The pre-reform units of that name (in those districts and provinces)."""
        olds = [self.catalogue.old_units[c] for c in self._names(province)[1].find(part, spelt)]
        if districts:
            olds = [o for o in olds if o.district_code in districts]
        if provinces:
            old_provinces = {c[1:] for c in provinces if c[0] == "o"}
            new_provinces = {c[1:] for c in provinces if c[0] == "n"}
            olds = [o for o in olds if o.province_code in old_provinces or any(
                self.catalogue.communes[s].province_code in new_provinces for s in o.successors)]
        return olds

    def _answer(self, text: str, today: list[Unit], olds: list[OldUnit],
                province: str | None) -> Resolution:
        """Today's communes named ``text`` and where the pre-reform units ``olds`` of that name
        went (in ``province``, if given): one commune, or the choice between them. An old unit
        that went (partly) into today's commune of its name is that commune's past."""
        if today:
            named = {u.code for u in today}
            olds = [o for o in olds if not named & set(o.successors)]
        codes = dict.fromkeys(s for o in olds for s in o.successors)
        later = [self.catalogue.communes[c] for c in codes]
        units = tuple(dict.fromkeys([*today, *(u for u in later
                                                if province is None or u.province_code == province)]))
        described = "; ".join(o.describe() for o in olds)
        if not units:
            return Resolution(text, Outcome.NONE, (), tuple(olds), translate(
                "Units", "{old} (trước ngày 01/07/2025) nay thuộc {units}, không ở {province}."
            ).format(old=described, units=_listed(later),
                     province=self.catalogue.provinces[province].name if province else ""))
        if len(units) == 1 and today:
            return Resolution(text, Outcome.UNIQUE, units, (), translate(
                "Units", "“{text}” là {name} (mã {code}).").format(
                    text=text, name=units[0].name, code=units[0].code))
        if len(units) == 1:
            return Resolution(text, Outcome.UNIQUE, units, tuple(olds), translate(
                "Units", "{old} (trước ngày 01/07/2025) nay thuộc {name} (mã {code}): đổi theo "
                "sắp xếp đơn vị hành chính 2025.").format(
                    old=described, name=units[0].name, code=units[0].code))
        if today and olds:
            reason = translate(
                "Units", "“{text}” là tên hiện nay của {today}, và là tên của {old} trước ngày "
                "01/07/2025, nay thuộc {later}; hãy chọn một.").format(
                    text=text, today=_listed(today), old=described, later=_listed(later))
        elif today:
            reason = translate("Units", "Có {count} xã, phường tên “{text}”: {units}; hãy chọn "
                               "một.").format(count=len(units), text=text, units=_listed(units))
        elif len(olds) == 1:
            reason = translate(
                "Units", "{old} (trước ngày 01/07/2025) đã được chia vào {count} xã, phường: "
                "{units}; hãy chọn một.").format(old=described, count=len(units),
                                                 units=_listed(units))
        else:
            reason = translate(
                "Units", "Có {count} xã, phường trước ngày 01/07/2025 tên “{text}” ({old}), nay "
                "thuộc {units}; hãy ghi thêm tên huyện, tỉnh cũ hoặc chọn một.").format(
                    count=len(olds), text=text, old=described, units=_listed(units))
        return Resolution(text, Outcome.CANDIDATES, units, tuple(olds), reason)
