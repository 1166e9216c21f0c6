"""Rules on organisations and their dated records: dissolution, names, OCOP, ratings."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, Select, and_, distinct, exists, func, not_, or_, select
from sqlalchemy.orm import aliased

from kttt_desktop.core.dates import format_date
from kttt_desktop.core.enums import OrgKind
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.periods import one_year_earlier
from kttt_desktop.core.text import fold
from kttt_desktop.data.indicators.pieces import exists_on
from kttt_desktop.data.models import (
    Manager,
    ManagerPosition,
    Member,
    OcopProduct,
    Organisation,
    Rating,
)
from kttt_desktop.services.findings.finding import ON, Hit, at, dependent_label


def _still_active(connection: Connection, day: date, counted: Select, text: str) -> list[Hit]:
    """Organisations dissolved on or before ``day``, with the count ``counted`` selects of the
    people still active after it; ``counted`` selects (id, name, dissolved_on, count)."""
    org = Organisation
    rows = connection.execute(
        counted.where(org.dissolved_on <= day)
        .group_by(org.id, org.name, org.dissolved_on, org.name_sort)
        .order_by(org.name_sort, org.id))
    return [Hit("organisation", org_id, name, text.format(
        name=name, day=format_date(dissolved), count=count))
        for org_id, name, dissolved, count in rows]


def members_after_dissolution(connection: Connection, day: date) -> list[Hit]:
    """Organisations dissolved on or before ``day`` with members who never left before that."""
    org = Organisation
    counted = (select(org.id, org.name, org.dissolved_on, func.count(Member.id))
               .join(Member, Member.organisation_id == org.id)
               .where(or_(Member.left_on.is_(None), Member.left_on > org.dissolved_on)))
    return _still_active(connection, day, counted, translate(
        "Validate", "{name} giải thể ngày {day} nhưng còn {count} thành viên chưa ra khỏi tổ "
        "chức (chưa có ngày ra, hoặc ngày ra sau ngày giải thể)."))


def managers_after_dissolution(connection: Connection, day: date) -> list[Hit]:
    """Organisations dissolved on or before ``day`` with managers still holding a position."""
    org = Organisation
    counted = (select(org.id, org.name, org.dissolved_on, func.count(distinct(Manager.id)))
               .join(Manager, Manager.organisation_id == org.id)
               .join(ManagerPosition, ManagerPosition.manager_id == Manager.id)
               .where(or_(ManagerPosition.ends_on.is_(None),
                          ManagerPosition.ends_on > org.dissolved_on)))
    return _still_active(connection, day, counted, translate(
        "Validate", "{name} giải thể ngày {day} nhưng còn {count} cán bộ giữ chức vụ sau ngày "
        "đó (chưa có ngày thôi giữ chức vụ, hoặc ngày thôi sau ngày giải thể)."))


def _starts_with_words(folded_name: object, prefix: str) -> object:
    folded_prefix = fold(prefix)
    return or_(folded_name == folded_prefix, folded_name.like(folded_prefix + " %"))


def names_without_prefix(connection: Connection, day: date) -> list[Hit]:
    """HTX whose name does not begin with "Hợp tác xã", LHHTX with "Liên hiệp hợp tác xã"."""
    org = Organisation
    rows = connection.execute(
        select(org.id, org.name, org.kind)
        .where(exists_on(ON), or_(
            and_(org.kind == OrgKind.HTX.value,
                 not_(_starts_with_words(org.name_folded, "Hợp tác xã"))),
            and_(org.kind == OrgKind.LHHTX.value,
                 not_(_starts_with_words(org.name_folded, "Liên hiệp hợp tác xã")))))
        .order_by(org.name_sort, org.id), at(day))
    htx = translate("Validate", "tên hợp tác xã thường bắt đầu bằng “Hợp tác xã” (viết đầy đủ, "
                    "không viết tắt “HTX”); tên đã nhập là “{name}”.")
    union = translate("Validate", "tên liên hiệp hợp tác xã thường bắt đầu bằng “Liên hiệp hợp "
                      "tác xã”; tên đã nhập là “{name}”.")
    return [Hit("organisation", org_id, name,
                (htx if kind == OrgKind.HTX.value else union).format(name=name))
            for org_id, name, kind in rows]


def expired_ocop(connection: Connection, day: date) -> list[Hit]:
    """OCOP certificates of existing organisations that expired in the year up to ``day`` and
    that no later certificate of the same product (same organisation, same name) replaced.

    A certificate that expired longer ago is history: the product lost its certification and the
    indicators no longer count it, so there is nothing left to do about it.
    """
    org = Organisation
    later = aliased(OcopProduct)
    replaced = exists().where(later.organisation_id == OcopProduct.organisation_id,
                              later.name_folded == OcopProduct.name_folded,
                              later.decision_date > OcopProduct.decision_date,
                              later.decision_date <= day)
    rows = connection.execute(
        select(OcopProduct.id, OcopProduct.name, OcopProduct.stars, OcopProduct.expires_on,
               org.name)
        .join(org, org.id == OcopProduct.organisation_id)
        .where(exists_on(ON), OcopProduct.expires_on <= day,
               OcopProduct.expires_on > one_year_earlier(day), not_(replaced))
        .order_by(org.name_sort, org.id, OcopProduct.name_sort, OcopProduct.id), at(day))
    text = translate("Validate", "chứng nhận OCOP {stars} sao của sản phẩm “{product}” "
                     "({organisation}) đã hết hạn ngày {day}; nếu sản phẩm đã được đánh giá "
                     "lại, hãy nhập quyết định công nhận mới.")
    return [Hit("ocop_product", product_id, dependent_label(product, org_name), text.format(
        stars=stars, product=product, organisation=org_name, day=format_date(expires)))
        for product_id, product, stars, expires, org_name in rows]


def missing_rating(connection: Connection, day: date) -> list[Hit]:
    """HTX and LHHTX that existed through the whole year before ``day``'s year (so were due to
    be rated, or marked "không đánh giá") and have no rating for it."""
    year = day.year - 1
    org = Organisation
    rated = exists().where(Rating.organisation_id == org.id, Rating.year == year)
    rows = connection.execute(
        select(org.id, org.name)
        .where(org.kind.in_([OrgKind.HTX.value, OrgKind.LHHTX.value]),
               org.established_on <= date(year, 1, 1),
               or_(org.dissolved_on.is_(None), org.dissolved_on > date(year, 12, 31)),
               not_(rated))
        .order_by(org.name_sort, org.id))
    text = translate("Validate", "{name} chưa có xếp loại năm {year}; nếu năm đó tổ chức thuộc "
                     "diện không đánh giá, hãy nhập xếp loại “Không đánh giá”.")
    return [Hit("organisation", org_id, name, text.format(name=name, year=year))
            for org_id, name in rows]
