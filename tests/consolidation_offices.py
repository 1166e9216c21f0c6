"""Three offices of one province and the office of their union, for the consolidation tests.

Each is a copy of the province demo database whose office area is set to some of its communes
(the registers are the same, so each office's return counts only its own communes): offices A,
B and C have disjoint areas, and the union office has the three areas together — but not the
whole province, so that a consolidation cannot pass by counting everything. Each writes its
return of 2025-Q3, made at the same time, to Excel, signed with its own key; the union also to
PDF. The union office has registered the keys of A, B and C. Built once per session.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kttt_desktop.core.periods import Period
from kttt_desktop.data.database import open_database
from kttt_desktop.data.keys import signing_key
from kttt_desktop.services.keys import export_public_key, register_key
from kttt_desktop.services.office import load_profile, save_profile
from kttt_desktop.services.returns import WrittenReturn, build_snapshot, write_return

PERIOD = Period.parse("2025-Q3")
CREATED = datetime(2026, 2, 5, 5, 0, tzinfo=UTC)
SLICES = {"a": slice(0, 10), "b": slice(10, 25), "c": slice(25, 40)}  # of the 54 communes
NAMES = {"a": "Phòng Kinh tế khu vực Hạ Long", "b": "Phòng Kinh tế khu vực Cẩm Phả",
         "c": "Phòng Kinh tế khu vực Tiên Yên"}


@dataclass(frozen=True)
class Office:
    database: Path
    area: list[str]
    written: WrittenReturn

    @property
    def xlsx(self) -> Path:
        assert self.written.xlsx is not None
        return self.written.xlsx


def office_copy(source: Path, target: Path, area: list[str], name: str | None = None) -> Path:
    """A copy of ``source`` whose office keeps ``area`` (and is called ``name``)."""
    shutil.copyfile(source, target)
    db = open_database(target)
    try:
        profile = load_profile(db)
        assert profile is not None
        profile.area = list(area)
        if name:
            profile.name = name
        save_profile(db, profile)
    finally:
        db.close()
    return target


def write_office_return(database: Path, folder: Path, stem: str, period: Period = PERIOD, *,
                        pdf: bool = False) -> WrittenReturn:
    """The office's return, signed with its key."""
    db = open_database(database, read_only=True)
    try:
        snapshot = build_snapshot(db, period, created_at=CREATED)
    finally:
        db.close()
    return write_return(snapshot, xlsx=folder / f"{stem}.xlsx",
                        pdf=folder / f"{stem}.pdf" if pdf else None, key=signing_key(database))


def register_offices(database: Path, offices: dict[str, Office], keys: str = "abc") -> None:
    """Register in ``database`` the keys of the offices ``keys``, as a province does: from the
    file each office exports, with the fingerprint it reads out."""
    db = open_database(database)
    try:
        for key in keys:
            office = open_database(offices[key].database, read_only=True)
            try:
                path, signing = export_public_key(
                    office, offices[key].database.with_name(f"{key}.kttt-key"))
            finally:
                office.close()
            register_key(db, path, signing.fingerprint)
    finally:
        db.close()


@pytest.fixture(scope="session")
def province_offices(province_db_path: Path, tmp_path_factory: pytest.TempPathFactory
                     ) -> dict[str, Office]:
    """Offices "a", "b", "c" and "union" (module docstring)."""
    folder = tmp_path_factory.mktemp("offices")
    db = open_database(province_db_path, read_only=True)
    try:
        profile = load_profile(db)
        assert profile is not None
        communes = sorted(profile.area)
    finally:
        db.close()
    assert len(communes) == 54
    areas = {key: communes[part] for key, part in SLICES.items()}
    areas["union"] = [code for key in SLICES for code in areas[key]]
    offices = {}
    for key, area in areas.items():
        database = office_copy(province_db_path, folder / f"{key}.db", area, NAMES.get(key))
        written = write_office_return(database, folder, key, pdf=key == "union")
        offices[key] = Office(database, area, written)
    register_offices(offices["union"].database, offices)
    return offices
