"""The lists of the register screens, and the choices their filters and pickers offer."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from kttt_desktop.core.text import fold
from kttt_desktop.data import name_index
from kttt_desktop.data.database import Database
from kttt_desktop.data.models import AreaCommune, Commune
from kttt_desktop.data.registers.catalogue import LISTS
from kttt_desktop.data.registers.lists import (
    ListQuery,
    count_rows,
    estimate_rows,
    fetch_page,
    few_rows,
)
from kttt_desktop.data.registers.organisation_lists import ORG


@dataclass(frozen=True)
class Listed:
    """The first rows of a list and how many rows it has."""

    query: ListQuery
    count: int
    rows: list[dict[str, Any]]


def load(db: Database, name: str, query: ListQuery, limit: int, *,
         progress: Callable[[Listed], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> Listed:
    """The first ``limit`` rows of the list ``name`` for ``query`` and its count: what a list
    shows first, read in the background.

    When counting takes longer than finding the first rows (a short word among a million
    names), the rows come first through ``progress`` (their count then says only how many
    were read) and the count follows. ``cancelled``: the officer typed on; stop
    (core.errors.Cancelled is raised).
    """
    spec = LISTS[name]
    with db.reading(cancelled) as connection, name_index.one_reading():
        few = few_rows(connection, spec, limit)
        estimate, exact = estimate_rows(connection, spec, query, few + 1)
        rows = fetch_page(connection, spec, query, 0, limit, matches=estimate)
        if exact or len(rows) < limit:
            return Listed(query, estimate if exact else len(rows), rows)
        if progress is not None:
            progress(Listed(query, len(rows), rows))
        return Listed(query, count_rows(connection, spec, query, few=estimate <= few), rows)


def count(db: Database, name: str, query: ListQuery) -> int:
    """How many rows the list ``name`` (a table) has for ``query``."""
    with db.engine.connect() as connection:
        return count_rows(connection, LISTS[name], query)


def page(db: Database, name: str, query: ListQuery, offset: int, limit: int, *,
         matches: int | None = None) -> list[dict[str, Any]]:
    """Rows ``offset`` to ``offset + limit`` of the list ``name`` for ``query``
    (``matches``: the count, when known, helps choose how to sort)."""
    with db.engine.connect() as connection:
        return fetch_page(connection, LISTS[name], query, offset, limit, matches=matches)


def default_sort(name: str) -> str:
    """The column the list ``name`` is sorted by until the officer chooses another."""
    spec = LISTS[name]
    return spec.default_sort or spec.keys[0]


@dataclass(frozen=True)
class OrganisationPick:
    """An organisation as a picker offers it: "name – commune", and folded to be searched."""

    id: int
    kind: str
    text: str
    folded: str


def organisation_picks(db: Database, kinds: Iterable[str] | None = None
                       ) -> list[OrganisationPick]:
    """The organisations a form's picker offers (of the given kinds), in Vietnamese alphabetical
    order, ready to show: read in the background, folded from the stored folded names (a
    national register has some 40,000; folding them again would take half a second), and kept
    for the next form while the database has not changed (reading them takes a third of a
    second)."""
    wanted = None if kinds is None else tuple(kinds)
    return db.kept(("organisation picks", wanted), lambda: _organisation_picks(db, wanted))


def _organisation_picks(db: Database, kinds: Iterable[str] | None) -> list[OrganisationPick]:
    communes = {unit.code: (unit.name, unit.folded) for unit in _area_names(db)}
    dash = fold(" – ")
    query = select(ORG.c.id, ORG.c.kind, ORG.c.name, ORG.c.name_folded, ORG.c.commune_code
                   ).order_by(ORG.c.name_sort)
    if kinds is not None:
        query = query.where(ORG.c.kind.in_(list(kinds)))
    with db.engine.connect() as connection:
        rows = connection.execute(query).all()
    picks = []
    for org_id, kind, name, folded, commune in rows:
        commune_name, commune_folded = communes.get(commune, (commune, commune))
        picks.append(OrganisationPick(org_id, kind, f"{name} – {commune_name}",
                                      f"{folded} {dash} {commune_folded}"))
    return picks


COMMUNE, AREA = Commune.__table__, AreaCommune.__table__


@dataclass(frozen=True)
class _AreaName:
    code: str
    name: str
    folded: str


def _area_names(db: Database) -> list[_AreaName]:
    """The communes of the office's area with their names as stored, folded too."""
    query = (select(COMMUNE.c.code, COMMUNE.c.name, COMMUNE.c.name_folded)
             .join(AREA, AREA.c.commune_code == COMMUNE.c.code))
    with db.engine.connect() as connection:
        return [_AreaName(*row) for row in connection.execute(query)]
