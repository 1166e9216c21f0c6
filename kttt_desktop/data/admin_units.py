"""The program's administrative units (resources/units) and what a database keeps of them.

The shipped data (:func:`catalogue`) holds every unit since the 2025 reform with its dated names,
and the pre-reform units by name. A database holds today's names of the provinces and communes
(tables ``province`` and ``commune``, what records refer to), every dated name
(``unit_version``), and the codes it used that the official list does not confirm
(``unplaced_commune``, reported at opening). Migrations bring a database to the shipped data
(:mod:`kttt_desktop.data.unit_updates`).
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, func, or_, select

from kttt_desktop.core.i18n import translate
from kttt_desktop.core.unit_resolver import UnitResolver
from kttt_desktop.core.units import Catalogue, Version, catalogue_from_data
from kttt_desktop.data.models import AreaCommune, Organisation, UnitVersion, UnplacedCommune
from kttt_desktop.system.paths import resources_dir

UNITS_FILE = "units.json"
OLD_UNITS_FILE = "old_units.json"


def units_dir() -> Path:
    return resources_dir() / "units"


@cache
def catalogue() -> Catalogue:
    """The shipped units, read once per process."""
    folder = units_dir()
    units = json.loads((folder / UNITS_FILE).read_text(encoding="utf-8"))
    old = json.loads((folder / OLD_UNITS_FILE).read_text(encoding="utf-8"))
    return catalogue_from_data(units, old)


@cache
def resolver() -> UnitResolver:
    """The resolver of commune names over the shipped units, built once per process."""
    return UnitResolver(catalogue())


def history(connection: Connection, code: str, level: str = "commune") -> list[Version]:
    """Every name the database knows the unit ``code`` by, oldest first."""
    rows = connection.execute(
        select(UnitVersion.name, UnitVersion.kind, UnitVersion.valid_from, UnitVersion.valid_to)
        .where(UnitVersion.level == level, UnitVersion.code == code)
        .order_by(UnitVersion.valid_from)).all()
    return [Version(*row) for row in rows]


def name_on(connection: Connection, code: str, day: date, level: str = "commune") -> str | None:
    """What the unit ``code`` was called on ``day`` (``None``: no such unit then)."""
    return next((v.name for v in history(connection, code, level) if v.covers(day)), None)


def unplaced_warning(connection: Connection) -> str | None:
    """The communes this database used that the official list does not confirm and that records
    still use, as a message for the officer (``None``: none)."""
    in_use = or_(
        UnplacedCommune.code.in_(select(Organisation.commune_code)),
        UnplacedCommune.code.in_(select(AreaCommune.commune_code)))
    organisations = (select(func.count()).where(Organisation.commune_code == UnplacedCommune.code)
                     .scalar_subquery())
    rows = connection.execute(
        select(UnplacedCommune.code, UnplacedCommune.name, organisations)
        .where(in_use).order_by(UnplacedCommune.code)).all()
    if not rows:
        return None
    listed = "; ".join(translate("Units", "{name} (mã {code}, {count} tổ chức)").format(
        name=name, code=code, count=count) for code, name, count in rows)
    return translate(
        "Units", "Cơ sở dữ liệu có {count} xã, phường không khớp danh mục đơn vị hành chính chính "
        "thức nên chưa xếp được vào xã, phường mới: {units}. Hãy mở từng tổ chức ở các xã, "
        "phường này và chọn lại xã, phường (và địa bàn trong Cài đặt).").format(
            count=len(rows), units=listed)
