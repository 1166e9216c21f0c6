"""Records that may be the one being typed: the same personal ID, tax code, or person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, literal, or_, select, union_all

from kttt_desktop.data.prepared import Prepared
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


# The statements run on every save of a person are built once, with their values as parameters
# (``other``: the id of the record being saved, 0 when it is new or of the other table).
def _with_personal_id(name: str, people: Any) -> Select[Any]:
    return (select(literal(name).label("tbl"), people.c.id, people.c.full_name,
                   ORG.c.name.label("organisation"))
            .join(ORG, ORG.c.id == people.c.organisation_id)
            .where(people.c.cccd == bindparam("cccd"), people.c.id != bindparam(f"other_{name}"))
            .order_by(people.c.id).limit(5))


# Members and managers in one statement: each part keeps its own order and limit.
_PARTS = [_with_personal_id(name, people).subquery() for name, people in (("member", M),
                                                                          ("manager", G))]
_WITH_PERSONAL_ID = Prepared(union_all(*(select(part) for part in _PARTS)))


def _namesakes(born: Any) -> Select[Any]:
    return (select(M.c.id, M.c.full_name, ORG.c.name).join(ORG, ORG.c.id == M.c.organisation_id)
            .where(M.c.organisation_id == bindparam("organisation"),
                   M.c.name_folded == bindparam("name"), born, M.c.id != bindparam("other"))
            .limit(5))


_BORN_IN_YEAR = and_(M.c.birth_date.is_(None), M.c.birth_year == bindparam("year"))
_NAMESAKES_BORN_ON = Prepared(_namesakes(or_(M.c.birth_date == bindparam("born"), _BORN_IN_YEAR)))
_NAMESAKES_BORN_IN = Prepared(_namesakes(_BORN_IN_YEAR))


def same_personal_id(connection: Connection, cccd: str, *, table: str,
                     record_id: int | None) -> list[Candidate]:
    """Members and managers anywhere with the personal ID ``cccd`` (except the record itself)."""
    values = {"cccd": cccd, "other_member": 0, "other_manager": 0}
    if record_id is not None and table in ("member", "manager"):
        values[f"other_{table}"] = record_id
    return [Candidate(*row) for row in _WITH_PERSONAL_ID.rows(connection, values)]


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
    values = {"organisation": organisation_id, "name": name_folded, "other": record_id or 0}
    if birth_date is not None:
        statement, values = _NAMESAKES_BORN_ON, {**values, "born": birth_date,
                                                 "year": birth_date.year}
    else:
        statement, values = _NAMESAKES_BORN_IN, {**values, "year": birth_year}
    return [Candidate("member", *row) for row in statement.rows(connection, values)]


def organisation_names_in_commune(connection: Connection, commune_code: str, *,
                                  record_id: int | None) -> list[tuple[int, str, str]]:
    """(id, name, folded name) of every organisation of the commune except the record."""
    rows = connection.execute(select(ORG.c.id, ORG.c.name, ORG.c.name_folded).where(
        ORG.c.commune_code == commune_code,
        *_not("organisation", record_id, "organisation", ORG.c.id)))
    return [(row.id, row.name, row.name_folded) for row in rows]
