"""Administrative units as dated data: the provinces and communes since the 2025 reform, each
with the names it has had and when, the communes with the pre-reform units they were made of,
and those pre-reform units (63 provinces, their districts and 10,047 communes) by name.

The data is the program's own (resources/units, built by scripts/build_units.py from the
official code lists); :func:`catalogue_from_data` reads its JSON form. A later change (a commune
made a ward, a province made a city) is a new :class:`Version` of the same code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kttt_desktop.core.i18n import translate

REFORM_DAY = date(2025, 7, 1)


@dataclass(frozen=True)
class Version:
    """What a unit was called, and its kind, from ``valid_from`` to ``valid_to`` (both included;
    ``None``: still so)."""

    name: str
    kind: str
    valid_from: date
    valid_to: date | None = None

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class Unit:
    """A province (``province_code`` empty) or a commune since the reform."""

    code: str
    versions: tuple[Version, ...]
    province_code: str = ""
    predecessors: tuple[str, ...] = ()  # pre-reform codes: communes (5 digits), districts (3)

    @property
    def current(self) -> Version:
        return self.versions[-1]

    @property
    def name(self) -> str:
        return self.current.name

    @property
    def kind(self) -> str:
        return self.current.kind

    @property
    def valid_from(self) -> date:
        return self.versions[0].valid_from

    @property
    def valid_to(self) -> date | None:
        return self.versions[-1].valid_to

    def on(self, day: date) -> Version | None:
        """The version in force on ``day`` (``None``: the unit did not exist then)."""
        return next((v for v in self.versions if v.covers(day)), None)


@dataclass(frozen=True)
class OldUnit:
    """A pre-reform commune or district, with the district and province it lay in."""

    code: str
    name: str
    district: str  # the district's name ("Huyện Thanh Oai"); a district's own name for one
    province: str  # the old province's name ("Thành phố Hà Nội", "Tỉnh Hà Tây"…)
    district_code: str = ""
    province_code: str = ""
    aliases: tuple[str, ...] = ()  # other spellings in use ("Xã Can Hồ" for "Xã Kan Hồ")
    successors: tuple[str, ...] = ()  # the codes of the new communes it went into

    @property
    def is_district(self) -> bool:
        return self.code == self.district_code

    @property
    def split(self) -> bool:
        return len(self.successors) > 1

    def describe(self) -> str:
        """"xã Hồng Dương, huyện Thanh Oai, thành phố Hà Nội" as an address is written."""
        parts = [self.name] if self.is_district else [self.name, self.district]
        return ", ".join(_lower_kind(p) for p in [*parts, self.province])


def _lower_kind(name: str) -> str:
    return name[:1].lower() + name[1:]


@dataclass(frozen=True)
class Change:
    """A set of changes in force from ``valid_from``, and the documents that made them."""

    valid_from: date
    basis: str


@dataclass
class Catalogue:
    """Every unit of the program's data: today's (with their history) and the pre-reform ones."""

    release: date
    changes: tuple[Change, ...]
    provinces: dict[str, Unit]
    communes: dict[str, Unit]
    old_units: dict[str, OldUnit]  # pre-reform communes and districts by code
    old_provinces: dict[str, str] = field(default_factory=dict)
    _pasts: dict[tuple[str, str], str] = field(default_factory=dict, repr=False, compare=False)

    def successors(self, old: OldUnit) -> list[Unit]:
        return [self.communes[code] for code in old.successors]

    def predecessors(self, commune: Unit) -> list[OldUnit]:
        return [self.old_units[code] for code in commune.predecessors]

    def basis(self, version: Version) -> str:
        """The documents behind ``version`` (the change in force from its first day)."""
        return next((c.basis for c in self.changes if c.valid_from == version.valid_from), "")

    def past(self, commune: Unit) -> str:
        """What the commune was before, as lists and search show it: "Trước 01/07/2025: xã Hồng
        Dương, xã Dân Hòa (huyện Thanh Oai, thành phố Hà Nội). Đến 29/04/2026: Xã Lộc Ninh".

        Made once per commune and language (a picker of every commune asks for thousands)."""
        return self.pasts([commune.code])[commune.code]

    def pasts(self, codes: Iterable[str]) -> dict[str, str]:
        """:meth:`past` of each commune of ``codes`` (codes of no commune left out)."""
        language = translate("Units", "Trước {day}: {units}")
        found = {}
        for code in codes:
            commune = self.communes.get(code)
            if commune is None:
                continue
            text = self._pasts.get((code, language))
            if text is None:
                text = self._pasts[(code, language)] = self._past(commune)
            found[code] = text
        return found

    def _past(self, commune: Unit) -> str:
        groups: dict[tuple[str, ...], list[str]] = {}
        for old in self.predecessors(commune):
            where: tuple[str, ...] = (old.province,) if old.is_district else (old.district, old.province)
            groups.setdefault(where, []).append(_lower_kind(old.name))
        parts = [translate("Units", "Trước {day}: {units}").format(
            day=REFORM_DAY.strftime("%d/%m/%Y"), units="; ".join(
                f"{', '.join(names)} ({', '.join(_lower_kind(w) for w in where)})"
                for where, names in groups.items()))] if groups else []
        parts += [translate("Units", "Đến {day}: {name}").format(
            day=v.valid_to.strftime("%d/%m/%Y"), name=v.name)
            for v in commune.versions if v.valid_to is not None]
        return ". ".join(parts)


def _versions(rows: list[dict[str, Any]]) -> tuple[Version, ...]:
    return tuple(Version(r["name"], r["kind"], date.fromisoformat(r["from"]),
                         date.fromisoformat(r["to"]) if r.get("to") else None) for r in rows)


def catalogue_from_data(units: dict[str, Any], old: dict[str, Any]) -> Catalogue:
    """The catalogue of the JSON data of resources/units (units.json, old_units.json)."""
    provinces = {p["code"]: Unit(p["code"], _versions(p["versions"])) for p in units["provinces"]}
    communes = {c["code"]: Unit(c["code"], _versions(c["versions"]), c["province"],
                                tuple(c["predecessors"])) for c in units["communes"]}
    successors: dict[str, list[str]] = {}
    for commune in communes.values():
        for code in commune.predecessors:
            successors.setdefault(code, []).append(commune.code)
    old_provinces = dict(old["provinces"])
    districts = old["districts"]
    old_units: dict[str, OldUnit] = {}
    for code, (name, province_code) in districts.items():
        if code in successors:  # a district without communes (an island): a unit of its own
            old_units[code] = OldUnit(code, name, name, old_provinces[province_code], code,
                                      province_code, successors=tuple(successors[code]))
    for code, (name, district_code, *aliases) in old["communes"].items():
        district, province_code = districts[district_code]
        old_units[code] = OldUnit(code, name, district, old_provinces[province_code],
                                  district_code, province_code, tuple(aliases),
                                  tuple(successors.get(code, ())))
    changes = tuple(Change(date.fromisoformat(c["from"]), c["basis"]) for c in units["changes"])
    return Catalogue(date.fromisoformat(units["release"]), changes, provinces, communes,
                     old_units, old_provinces)
