"""The administrative units of the 2025 reform: 34 provinces and 3,321 communes.

They come from the ``vietnam-provinces`` package and are copied into every database, so that a
database keeps working (and its codes keep their names) whatever version of the package is installed.
"""

from __future__ import annotations

import json
from functools import cache

from sqlalchemy import Connection, func, insert, select

from kttt_desktop.core.text import fold, sort_key
from kttt_desktop.data.models import Commune, Province


@cache
def _divisions() -> list[dict]:
    import vietnam_provinces

    with open(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH, encoding="utf-8") as f:
        return json.load(f)


def province_rows() -> list[dict]:
    return [
        {"code": f"{p['code']:02d}", "name": p["name"], "kind": p["division_type"]}
        for p in _divisions()
    ]


def commune_rows() -> list[dict]:
    return [
        {
            "code": f"{w['code']:05d}",
            "name": w["name"],
            "kind": w["division_type"],
            "province_code": f"{p['code']:02d}",
            "name_folded": fold(w["name"]),
            "name_sort": sort_key(w["name"]),
        }
        for p in _divisions()
        for w in p["wards"]
    ]


def ensure_loaded(connection: Connection) -> None:
    """Insert the units a database does not have yet (names already there are left alone)."""
    have = connection.execute(select(func.count()).select_from(Commune)).scalar_one()
    if have >= sum(len(p["wards"]) for p in _divisions()):
        return  # the usual case, checked without computing the rows' search and sort keys
    communes = commune_rows()
    known_p = set(connection.execute(select(Province.code)).scalars())
    new_p = [r for r in province_rows() if r["code"] not in known_p]
    if new_p:
        connection.execute(insert(Province), new_p)
    known_c = set(connection.execute(select(Commune.code)).scalars())
    new_c = [r for r in communes if r["code"] not in known_c]
    if new_c:
        connection.execute(insert(Commune), new_c)
