"""The tables of a periodic return that are not indicators, each in one set-based query.

They count with the same conditions as the indicators (``data.indicators.pieces``: who is in
the area, who exists at D, who is a member, which OCOP certificate is valid), so a list and the
indicator it breaks down always agree: the members of the organisation list add up to
``kttt.members``, its OCOP counts to ``kttt.ocop.products``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection, and_, case, func, or_, select

from kttt_desktop.data import models
from kttt_desktop.data.indicators.pieces import (
    MANAGING_POSITIONS,
    MILLION,
    Bound,
    Span,
    declared_year,
    exists_on,
    figures,
    in_area,
    manager,
    member,
    member_on,
    ocop,
    ocop_valid_on,
    org,
    position,
    rating,
)

commune = models.Commune.__table__
declared = figures.alias("declared")
KIND_ORDER = ("tht", "htx", "lhhtx")


def _at(day: date) -> tuple[Bound, dict[str, object]]:
    return Bound("d"), Span.on(day).values("d")


def _kind_order():  # noqa: ANN202 - an SQL expression
    return case({kind: i for i, kind in enumerate(KIND_ORDER)}, value=org.c.kind, else_=9)


class PositionCount(NamedTuple):
    kind: str
    row: str  # the row of the managers matrix the position belongs to
    level: str  # core.enums.TrainingLevel code
    count: int


def positions_by_level(connection: Connection, day: date,
                       rows: Mapping[str, str]) -> list[PositionCount]:
    """Managing positions held at ``day``, by kind of organisation, matrix row and training level.

    ``rows`` maps each managing position to its matrix row ("supervisor_head" and "controller"
    to one row, say). A person is counted once per row, however many of its positions they
    hold: the matrix counts positions, the indicators count persons.
    """
    bound, values = _at(day)
    row = case(dict(rows), value=position.c.position, else_="other")
    query = (
        select(org.c.kind, row, manager.c.training_level,
               func.count(func.distinct(manager.c.id)))
        .select_from(position.join(manager, manager.c.id == position.c.manager_id)
                     .join(org, org.c.id == manager.c.organisation_id))
        .where(in_area(), exists_on(bound), position.c.position.in_(MANAGING_POSITIONS),
               position.c.starts_on <= bound.end,
               or_(position.c.ends_on.is_(None), position.c.ends_on > bound.end))
        .group_by(org.c.kind, row, manager.c.training_level))
    return [PositionCount(*r) for r in connection.execute(query, values)]


class RatingCount(NamedTuple):
    kind: str
    rating: str  # core.enums.RatingClass code
    count: int


def ratings_by_class(connection: Connection, day: date) -> list[RatingCount]:
    """Organisations that exist at ``day`` by kind and by their rating of the reporting year of
    ``day``."""
    bound, values = _at(day)
    query = (select(org.c.kind, rating.c.rating_class, func.count())
             .select_from(rating.join(org, org.c.id == rating.c.organisation_id))
             .where(in_area(), exists_on(bound), rating.c.year == bound.reporting_year)
             .group_by(org.c.kind, rating.c.rating_class))
    return [RatingCount(*r) for r in connection.execute(query, values)]


class OrganisationRow(NamedTuple):
    code: str
    name: str
    commune: str
    kind: str
    sector: str
    members: int
    workers: int | None
    revenue: float | None  # million VND
    rating: str
    ocop_products: int


def organisation_rows(connection: Connection, day: date) -> list[OrganisationRow]:
    """Every organisation that exists at ``day``, with its key figures, by kind then name (then
    commune: the same order as a consolidation of several offices' lists gives).

    Members: the member list at ``day``, or for an organisation without a list its latest
    declared count up to year(day) (as the ``members`` indicator counts them). Workers, revenue
    and rating: of the reporting year of ``day``.
    """
    bound, values = _at(day)
    members = (select(member.c.organisation_id.label("owner"),
                      func.count().filter(member_on(bound)).label("at_day"),
                      func.count().label("listed"))
               .group_by(member.c.organisation_id).subquery())
    products = (select(ocop.c.organisation_id.label("owner"), func.count().label("valid"))
                .where(ocop_valid_on(bound)).group_by(ocop.c.organisation_id).subquery())
    rows = (org.join(commune, commune.c.code == org.c.commune_code)
            .outerjoin(members, members.c.owner == org.c.id)
            .outerjoin(products, products.c.owner == org.c.id)
            .outerjoin(figures, and_(figures.c.organisation_id == org.c.id,
                                     figures.c.year == bound.reporting_year))
            .outerjoin(declared, and_(declared.c.organisation_id == org.c.id,
                                      declared.c.year == declared_year(bound, org.c.id)))
            .outerjoin(rating, and_(rating.c.organisation_id == org.c.id,
                                    rating.c.year == bound.reporting_year)))
    member_count = case((members.c.listed > 0, members.c.at_day),
                        else_=func.coalesce(declared.c.declared_members, 0))
    query = (select(org.c.code, org.c.name, commune.c.name, org.c.kind, org.c.sector, member_count,
                    figures.c.workers, figures.c.revenue, rating.c.rating_class,
                    func.coalesce(products.c.valid, 0))
             .select_from(rows).where(in_area(), exists_on(bound))
             .order_by(_kind_order(), org.c.name_sort, commune.c.name_sort, org.c.id))
    return [OrganisationRow(code or "", name, commune_name, kind, sector, int(members_ or 0),
                            workers, None if revenue is None else revenue / MILLION,
                            rating_class or "", int(valid))
            for (code, name, commune_name, kind, sector, members_, workers, revenue,
                 rating_class, valid) in connection.execute(query, values)]


class ExpiringProduct(NamedTuple):
    product: str
    organisation: str
    commune: str
    stars: int
    decision_no: str
    expires_on: date


def expiring_products(connection: Connection, day: date) -> list[ExpiringProduct]:
    """OCOP products valid at ``day`` that expire within 90 days after it, soonest first (then
    by organisation, product and commune)."""
    bound, values = _at(day)
    query = (select(ocop.c.name, org.c.name, commune.c.name, ocop.c.stars, ocop.c.decision_no,
                    ocop.c.expires_on)
             .select_from(ocop.join(org, org.c.id == ocop.c.organisation_id)
                          .join(commune, commune.c.code == org.c.commune_code))
             .where(in_area(), exists_on(bound), ocop_valid_on(bound),
                    ocop.c.expires_on <= bound.notice_end)
             .order_by(ocop.c.expires_on, org.c.name_sort, ocop.c.name_sort, commune.c.name_sort,
                       ocop.c.id))
    return [ExpiringProduct(*r) for r in connection.execute(query, values)]
