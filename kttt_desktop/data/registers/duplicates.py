"""Records that may be the one being typed: the same personal ID, tax code, or person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, and_, or_, select

from kttt_desktop.data.registers.organisation_lists import ORG
from kttt_desktop.data.registers.people_lists import G, M


@dataclass(frozen=True)
class Candidate:
    """An existing record: its table, id, label and the organisation it belongs to."""

    table: str
    record_id: int
    label: str
    organisation: str = ""


def _not(table_name: str, record_id: int | None, table: str, column: object) -> list[object]:
    return [column != record_id] if record_id is not None and table == table_name else []


def same_personal_id(connection: Connection, cccd: str, *, table: str,
                     record_id: int | None) -> list[Candidate]:
    """Members and managers anywhere with the personal ID ``cccd`` (except the record itself)."""
    found: list[Candidate] = []
    for name, people in (("member", M), ("manager", G)):
        rows = connection.execute(
            select(people.c.id, people.c.full_name, ORG.c.name)
            .join(ORG, ORG.c.id == people.c.organisation_id)
            .where(people.c.cccd == cccd, *_not(name, record_id, table, people.c.id))
            .order_by(people.c.id).limit(5))
        found += [Candidate(name, row.id, row.full_name, row.name) for row in rows]
    return found


def same_tax_code(connection: Connection, code: str, *,
                  record_id: int | None) -> list[Candidate]:
    rows = connection.execute(select(ORG.c.id, ORG.c.name).where(
        ORG.c.code == code, *_not("organisation", record_id, "organisation", ORG.c.id)))
    return [Candidate("organisation", row.id, row.name, row.name) for row in rows]


def same_person_in_organisation(connection: Connection, organisation_id: int, name_folded: str,
                                birth_date: date | None, birth_year: int | None, *,
                                record_id: int | None) -> list[Candidate]:
    """Members of the organisation with the same name, born the same day (or year)."""
    if birth_date is None and birth_year is None:
        return []
    born = (M.c.birth_date == birth_date if birth_date is not None
            else and_(M.c.birth_date.is_(None), M.c.birth_year == birth_year))
    if birth_date is not None:
        born = or_(born, and_(M.c.birth_date.is_(None), M.c.birth_year == birth_date.year))
    rows = connection.execute(
        select(M.c.id, M.c.full_name, ORG.c.name).join(ORG, ORG.c.id == M.c.organisation_id)
        .where(M.c.organisation_id == organisation_id, M.c.name_folded == name_folded, born,
               *_not("member", record_id, "member", M.c.id)).limit(5))
    return [Candidate("member", row.id, row.full_name, row.name) for row in rows]


def organisation_names_in_commune(connection: Connection, commune_code: str, *,
                                  record_id: int | None) -> list[tuple[int, str, str]]:
    """(id, name, folded name) of every organisation of the commune except the record."""
    rows = connection.execute(select(ORG.c.id, ORG.c.name, ORG.c.name_folded).where(
        ORG.c.commune_code == commune_code,
        *_not("organisation", record_id, "organisation", ORG.c.id)))
    return [(row.id, row.name, row.name_folded) for row in rows]
