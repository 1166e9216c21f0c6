"""The lists of organisations and of the records kept per organisation (suspensions, OCOP
products, ratings, yearly figures), and the status of an organisation at a date in SQL."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select

from kttt_desktop.core.enums import OcopGroup, OcopLevel, OrgKind, OrgStatus, RatingClass, Sector
from kttt_desktop.data.indicators.pieces import EXPIRY_NOTICE_DAYS
from kttt_desktop.data.models import (
    Commune,
    Member,
    OcopProduct,
    Organisation,
    Rating,
    Suspension,
    YearlyFigures,
)
from kttt_desktop.data.name_index import name_has_word
from kttt_desktop.data.registers.lists import Column, Expr, Filter, ListSpec, contains, enum_order

ORG = Organisation.__table__
C = Commune.__table__
S = Suspension.__table__
M = Member.__table__
P = OcopProduct.__table__
R = Rating.__table__
F = YearlyFigures.__table__

VALID = "valid"
EXPIRING = "expiring"  # valid, and expiring within EXPIRY_NOTICE_DAYS
EXPIRED = "expired"


def status_at(today: date) -> Expr:
    """The :class:`~kttt_desktop.core.enums.OrgStatus` code of each organisation on ``today``.

    Dissolved on or before the day, suspended by a suspension that covers the day, not yet
    established, else operating.
    """
    suspended = exists().where(S.c.organisation_id == ORG.c.id, S.c.starts_on <= today,
                               or_(S.c.ends_on.is_(None), S.c.ends_on >= today))
    return case(
        (ORG.c.established_on > today, OrgStatus.NOT_YET.value),
        (and_(ORG.c.dissolved_on.is_not(None), ORG.c.dissolved_on <= today),
         OrgStatus.DISSOLVED.value),
        (suspended, OrgStatus.SUSPENDED.value),
        else_=OrgStatus.OPERATING.value,
    )


def is_member_on(today: date) -> Expr:
    """A member row counts on ``today``: joined by then and not yet left."""
    return and_(M.c.joined_on <= today, or_(M.c.left_on.is_(None), M.c.left_on > today))


def current_members(today: date) -> Expr:
    """The number of members of each organisation on ``today``."""
    return (select(func.count()).select_from(M)
            .where(M.c.organisation_id == ORG.c.id, is_member_on(today)).scalar_subquery())


def has_member_list() -> Expr:
    """The organisation keeps a list of its members (else it only declares their number)."""
    return exists().where(M.c.organisation_id == ORG.c.id)


def declared_members(today: date) -> Expr:
    """The number of members declared in the organisation's latest figures up to ``today``'s year."""
    return (select(F.c.declared_members)
            .where(F.c.organisation_id == ORG.c.id, F.c.year <= today.year,
                   F.c.declared_members.is_not(None))
            .order_by(F.c.year.desc()).limit(1).scalar_subquery())


def members_shown(today: date) -> Expr:
    """The members on ``today``, as indicators.md counts them: the listed ones, or, for an
    organisation without a member list, the number it declared."""
    return case((has_member_list(), current_members(today)),
                else_=func.coalesce(declared_members(today), 0))


def of_organisations(column: Expr, *conditions: Expr) -> Expr:
    """``column`` (an organisation id) names an organisation that meets ``conditions``."""
    return column.in_(select(ORG.c.id).where(*conditions))


def organisation_filters(column: Expr) -> tuple[Filter, ...]:
    """The filters every list of records of organisations has: kind, commune, the organisation."""
    return (
        Filter("org_kind", lambda v, _: of_organisations(column, ORG.c.kind == v)),
        Filter("commune_code", lambda v, _: of_organisations(column, ORG.c.commune_code == v),
               narrow=True),
        Filter("organisation_id", lambda v, _: column == v, narrow=True),
    )


def organisation_name_search(column: Expr) -> Any:
    """Search records of organisations by the organisation's name or code."""
    return lambda word: of_organisations(column, or_(name_has_word(ORG.c.name_folded, word),
                                                      contains(ORG.c.code, word)))


def with_organisation(table: Any) -> Any:
    """A table of records of organisations joined with its organisation and the commune."""
    return table.join(ORG, ORG.c.id == table.c.organisation_id).outerjoin(
        C, C.c.code == ORG.c.commune_code)


def organisation_columns() -> tuple[Column, ...]:
    """The organisation's name, kind and commune (the list must join ``O`` and ``C``)."""
    return (
        Column("organisation", ORG.c.name, ORG.c.name_sort),
        Column("org_kind", ORG.c.kind, lambda _: enum_order(ORG.c.kind, OrgKind)),
        Column("commune", C.c.name, C.c.name_sort),
    )


def _status_order(today: date) -> Expr:
    return enum_order(status_at(today), OrgStatus)


ORGANISATIONS = ListSpec(
    name="organisation",
    table=ORG,
    source=ORG.outerjoin(C, C.c.code == ORG.c.commune_code),
    columns=(
        Column("name", ORG.c.name, ORG.c.name_sort, indexed=True),
        Column("code", ORG.c.code),
        Column("kind", ORG.c.kind, lambda _: enum_order(ORG.c.kind, OrgKind)),
        Column("commune", C.c.name, C.c.name_sort),
        Column("sector", ORG.c.sector, lambda _: enum_order(ORG.c.sector, Sector)),
        Column("established_on", ORG.c.established_on),
        Column("dissolved_on", ORG.c.dissolved_on),
        Column("status", status_at, _status_order),
        Column("members", members_shown),
        Column("members_declared",
               lambda today: and_(~has_member_list(), declared_members(today).is_not(None))),
    ),
    search=lambda word: or_(name_has_word(ORG.c.name_folded, word), contains(ORG.c.code, word)),
    filters=(
        Filter("kind", lambda v, _: ORG.c.kind == v),
        Filter("commune_code", lambda v, _: ORG.c.commune_code == v, narrow=True),
        Filter("sector", lambda v, _: ORG.c.sector == v),
        Filter("status", lambda v, today: status_at(today) == v),
    ),
    default_sort="name",
)

SUSPENSIONS = ListSpec(
    name="suspension",
    table=S,
    source=S,
    columns=(
        Column("starts_on", S.c.starts_on),
        Column("ends_on", S.c.ends_on),
        Column("reason", S.c.reason),
    ),
    filters=(Filter("organisation_id", lambda v, _: S.c.organisation_id == v, narrow=True),),
    default_sort="starts_on",
)


def _ocop_validity(value: str, today: date) -> Expr:
    """Valid on ``today`` when the certificate expires after it (spec/indicators.md)."""
    if value == VALID:
        return P.c.expires_on > today
    if value == EXPIRING:
        return and_(P.c.expires_on > today,
                    P.c.expires_on <= today + timedelta(days=EXPIRY_NOTICE_DAYS))
    return P.c.expires_on <= today


OCOP_PRODUCTS = ListSpec(
    name="ocop_product",
    table=P,
    source=with_organisation(P),
    columns=(
        Column("name", P.c.name, P.c.name_sort, indexed=True),
        Column("product_group", P.c.product_group,
               lambda _: enum_order(P.c.product_group, OcopGroup)),
        Column("stars", P.c.stars),
        Column("score", P.c.score),
        Column("decision_no", P.c.decision_no),
        Column("decision_date", P.c.decision_date),
        Column("level", P.c.level, lambda _: enum_order(P.c.level, OcopLevel)),
        Column("expires_on", P.c.expires_on),
        *organisation_columns(),
    ),
    search=lambda word: or_(name_has_word(P.c.name_folded, word),
                            organisation_name_search(P.c.organisation_id)(word)),
    filters=(
        Filter("stars", lambda v, _: P.c.stars == int(v)),
        Filter("product_group", lambda v, _: P.c.product_group == v),
        Filter("validity", _ocop_validity),
        *organisation_filters(P.c.organisation_id),
    ),
    default_sort="name",
)

RATINGS = ListSpec(
    name="rating",
    table=R,
    source=with_organisation(R),
    columns=(
        *organisation_columns(),
        Column("year", R.c.year),
        Column("score", R.c.score),
        Column("rating_class", R.c.rating_class,
               lambda _: enum_order(R.c.rating_class, RatingClass)),
        Column("scheme", R.c.scheme),
    ),
    search=organisation_name_search(R.c.organisation_id),
    filters=(
        Filter("year", lambda v, _: R.c.year == int(v)),
        Filter("rating_class", lambda v, _: R.c.rating_class == v),
        *organisation_filters(R.c.organisation_id),
    ),
    default_sort="organisation",
)

FIGURES = ListSpec(
    name="yearly_figures",
    table=F,
    source=with_organisation(F),
    columns=(
        *organisation_columns(),
        Column("year", F.c.year),
        Column("revenue", F.c.revenue),
        Column("profit", F.c.profit),
        Column("workers", F.c.workers),
        Column("avg_income", F.c.avg_income),
        Column("declared_members", F.c.declared_members),
    ),
    search=organisation_name_search(F.c.organisation_id),
    filters=(
        Filter("year", lambda v, _: F.c.year == int(v)),
        *organisation_filters(F.c.organisation_id),
    ),
    default_sort="organisation",
)
