"""The lists of the register screens, and the choices their filters and pickers offer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from kttt_desktop.data.database import Database
from kttt_desktop.data.registers.catalogue import LISTS
from kttt_desktop.data.registers.lists import ListQuery, count_rows, fetch_page
from kttt_desktop.data.registers.organisation_lists import ORG


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
class OrganisationChoice:
    id: int
    name: str
    kind: str
    commune_code: str


def organisation_choices(db: Database, kinds: Iterable[str] | None = None
                         ) -> list[OrganisationChoice]:
    """Organisations to pick from (of the given kinds), in Vietnamese alphabetical order."""
    query = select(ORG.c.id, ORG.c.name, ORG.c.kind, ORG.c.commune_code).order_by(ORG.c.name_sort)
    if kinds is not None:
        query = query.where(ORG.c.kind.in_(list(kinds)))
    with db.engine.connect() as connection:
        return [OrganisationChoice(*row) for row in connection.execute(query)]
