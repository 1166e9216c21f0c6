"""The lists of people: members across organisations, managers, and a manager's positions and
training records."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, exists, func, or_, select

from kttt_desktop.core.enums import Gender, MemberKind, Position, TrainingLevel
from kttt_desktop.data.models import Manager, ManagerPosition, Member, TrainingRecord
from kttt_desktop.data.name_index import name_has_word
from kttt_desktop.data.registers.lists import (
    Column,
    Expr,
    Filter,
    ListSpec,
    contains,
    enum_order,
    with_described,
)
from kttt_desktop.data.registers.organisation_lists import (
    is_member_on,
    organisation_columns,
    organisation_filters,
    with_organisation,
)

M = Member.__table__
G = Manager.__table__
MP = ManagerPosition.__table__
T = TrainingRecord.__table__

CURRENT = "current"
LEFT = "left"


def person_search(table: object) -> object:
    """A word matches a person's folded name (data.name_index's rule), or, when it is digits,
    their personal ID."""
    def matches(word: str) -> Expr:
        name = name_has_word(table.c.name_folded, word)
        return or_(name, contains(table.c.cccd, word)) if word.isdigit() else name

    return matches


def person_columns(table: object) -> tuple[Column, ...]:
    """Name (sorted given name first), birth, gender, personal ID and phone of a person table."""
    return (
        Column("full_name", table.c.full_name, table.c.name_sort, indexed=True),
        Column("birth_date", table.c.birth_date, (table.c.birth_year, table.c.birth_date)),
        Column("birth_year", table.c.birth_year),
        Column("gender", table.c.gender, lambda _: enum_order(table.c.gender, Gender)),
        Column("cccd", table.c.cccd),
        Column("phone", table.c.phone),
    )


def _member_status(value: str, today: date) -> Expr:
    return is_member_on(today) if value == CURRENT else and_(
        M.c.left_on.is_not(None), M.c.left_on <= today)


MEMBERS = ListSpec(
    name="member",
    table=M,
    source=with_organisation(M),
    columns=with_described(M, "member", (
        *person_columns(M),
        *organisation_columns(),
        Column("member_kind", M.c.member_kind, lambda _: enum_order(M.c.member_kind, MemberKind)),
        Column("joined_on", M.c.joined_on),
        Column("left_on", M.c.left_on),
        Column("capital_contribution", M.c.capital_contribution),
    )),
    search=person_search(M),
    search_index=True,
    filters=(
        Filter("member_kind", lambda v, _: M.c.member_kind == v),
        Filter("status", _member_status),
        *organisation_filters(M.c.organisation_id),
    ),
    default_sort="full_name",
)


def _held_on(today: date) -> Expr:
    """A position of the manager (``G``) held on ``today``: from then or before, to after it."""
    return and_(MP.c.manager_id == G.c.id, MP.c.starts_on <= today,
                or_(MP.c.ends_on.is_(None), MP.c.ends_on > today))


def in_post(today: date) -> Expr:
    """The manager holds a position on ``today``."""
    return exists().where(_held_on(today))


def current_position(today: date) -> Expr:
    """The position a manager took last among those held on ``today`` (a code, or null)."""
    return (select(MP.c.position).where(_held_on(today))
            .order_by(MP.c.starts_on.desc(), MP.c.id.desc()).limit(1).scalar_subquery())


def positions_held(today: date) -> Expr:
    """Every position a manager holds on ``today``: their codes joined by commas (or null)."""
    return (select(func.aggregate_strings(MP.c.position, ",")).where(_held_on(today))
            .scalar_subquery())


MANAGERS = ListSpec(
    name="manager",
    table=G,
    source=with_organisation(G),
    columns=(
        *person_columns(G),
        *organisation_columns(),
        Column("position", current_position,
               lambda today: enum_order(current_position(today), Position)),
        Column("positions", positions_held,
               lambda today: enum_order(current_position(today), Position)),
        Column("training_level", G.c.training_level,
               lambda _: enum_order(G.c.training_level, TrainingLevel)),
    ),
    search=person_search(G),
    search_index=True,
    filters=(
        Filter("training_level", lambda v, _: G.c.training_level == v),
        Filter("in_post", lambda v, today: in_post(today) if v else ~in_post(today)),
        Filter("position", lambda v, today: exists().where(_held_on(today), MP.c.position == v)),
        *organisation_filters(G.c.organisation_id),
    ),
    default_sort="full_name",
)

POSITIONS = ListSpec(
    name="manager_position",
    table=MP,
    source=MP,
    columns=(
        Column("position", MP.c.position, lambda _: enum_order(MP.c.position, Position)),
        Column("starts_on", MP.c.starts_on),
        Column("ends_on", MP.c.ends_on),
    ),
    filters=(Filter("manager_id", lambda v, _: MP.c.manager_id == v, narrow=True),),
    default_sort="starts_on",
)

TRAININGS = ListSpec(
    name="training_record",
    table=T,
    source=T,
    columns=(
        Column("course", T.c.course),
        Column("institution", T.c.institution),
        Column("starts_on", T.c.starts_on),
        Column("ends_on", T.c.ends_on),
        Column("level", T.c.level, lambda _: enum_order(T.c.level, TrainingLevel)),
    ),
    filters=(Filter("manager_id", lambda v, _: T.c.manager_id == v, narrow=True),),
    default_sort="starts_on",
)
