"""Rules on the members of an organisation: how many, how much capital each holds, their age.

Each rule is one query over the whole register at the day it is evaluated at.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, and_, case, extract, func, or_, select

from kttt_desktop.core import cooperative_law
from kttt_desktop.core.dates import age_on, format_date
from kttt_desktop.core.enums import MemberKind, MemberType, OrgKind
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.numbers import format_million, format_percent
from kttt_desktop.data.date_sql import date_number
from kttt_desktop.data.indicators.pieces import exists_on, has_no_member_list, member_on
from kttt_desktop.data.models import Member, Organisation, YearlyFigures
from kttt_desktop.services.findings.finding import ON, Hit, at, dependent_label

_REQUIREMENTS = {
    OrgKind.HTX: lambda: translate(
        "Validate", "hợp tác xã cần ít nhất {minimum} thành viên chính thức"),
    OrgKind.LHHTX: lambda: translate(
        "Validate", "liên hiệp hợp tác xã cần ít nhất {minimum} hợp tác xã thành viên chính thức"),
    OrgKind.THT: lambda: translate("Validate", "tổ hợp tác cần ít nhất {minimum} thành viên"),
}


def _below_minimum(connection: Connection, day: date, kind: OrgKind) -> list[Hit]:
    """Organisations of ``kind`` that exist on ``day`` with fewer members than the law asks.

    The members counted are those of the member list (official ones for an HTX or an LHHTX); an
    organisation whose list has not been entered is judged by the member count it declared in
    its latest figures up to the year of ``day``.
    """
    rule = cooperative_law.min_members(kind, day)
    org = Organisation
    counted = select(Member.organisation_id, func.count().label("members")).where(member_on(ON))
    if kind is not OrgKind.THT:
        counted = counted.where(Member.member_kind == MemberKind.OFFICIAL.value)
    counted = counted.group_by(Member.organisation_id).subquery()
    has_list = ~has_no_member_list()
    declared_year = (
        select(func.max(YearlyFigures.year))
        .where(YearlyFigures.organisation_id == org.id, YearlyFigures.year <= day.year,
               YearlyFigures.declared_members.is_not(None))
        .scalar_subquery())
    declared = YearlyFigures.__table__.alias("declared")
    members = case((has_list, func.coalesce(counted.c.members, 0)),
                   else_=func.coalesce(declared.c.declared_members, 0))
    rows = connection.execute(
        select(org.id, org.name, has_list.label("has_list"), members.label("members"),
               declared.c.year)
        .select_from(org)
        .outerjoin(counted, counted.c.organisation_id == org.id)
        .outerjoin(declared, and_(declared.c.organisation_id == org.id,
                                  declared.c.year == declared_year))
        .where(org.kind == kind.value, exists_on(ON), members < rule.value)
        .order_by(org.name_sort, org.id), at(day))
    requirement = _REQUIREMENTS[kind]().format(minimum=rule.value)
    hits = []
    for org_id, name, has_list_value, count, declared_in in rows:
        if has_list_value:
            has = translate("Validate", "{name} có {count}.").format(name=name, count=count)
        elif declared_in is not None:
            has = translate("Validate", "{name} có {count} theo số thành viên kê khai năm "
                            "{year} (chưa nhập danh sách thành viên).").format(
                name=name, count=count, year=declared_in)
        else:
            has = translate("Validate", "{name} chưa nhập danh sách thành viên và chưa kê khai "
                            "số thành viên.").format(name=name)
        hits.append(Hit("organisation", org_id, name, f"{requirement}; {has}", rule.basis))
    return hits


def htx_below_minimum(connection: Connection, day: date) -> list[Hit]:
    return _below_minimum(connection, day, OrgKind.HTX)


def lhhtx_below_minimum(connection: Connection, day: date) -> list[Hit]:
    return _below_minimum(connection, day, OrgKind.LHHTX)


def tht_below_minimum(connection: Connection, day: date) -> list[Hit]:
    return _below_minimum(connection, day, OrgKind.THT)


def capital_over_cap(connection: Connection, day: date) -> list[Hit]:
    """Members on ``day`` of an existing HTX or LHHTX holding more than the law's share of its
    charter capital (or, where none was entered, of the capital its members contributed)."""
    caps = {kind: cooperative_law.capital_cap_pct(kind, day) for kind in (OrgKind.HTX,
                                                                           OrgKind.LHHTX)}
    org = Organisation
    holding = and_(member_on(ON), Member.capital_contribution > 0)
    without_charter = select(org.id).where(or_(org.charter_capital.is_(None),
                                               org.charter_capital == 0))
    totals = (select(Member.organisation_id, func.sum(Member.capital_contribution).label("total"))
              .where(holding, Member.organisation_id.in_(without_charter))
              .group_by(Member.organisation_id).subquery())
    base = func.coalesce(func.nullif(org.charter_capital, 0), totals.c.total)
    cap = case((org.kind == OrgKind.HTX.value, caps[OrgKind.HTX].value),
               else_=caps[OrgKind.LHHTX].value)
    rows = connection.execute(
        select(Member.id, Member.full_name, Member.capital_contribution, org.name, org.kind,
               org.charter_capital, totals.c.total)
        .select_from(Member)
        .join(org, org.id == Member.organisation_id)
        .outerjoin(totals, totals.c.organisation_id == org.id)
        .where(org.kind.in_([OrgKind.HTX.value, OrgKind.LHHTX.value]),
               exists_on(ON), holding, Member.capital_contribution * 100 > cap * base)
        .order_by(org.name_sort, org.id, Member.name_sort, Member.id), at(day))
    hits = []
    for member_id, person, amount, org_name, kind_code, charter, total in rows:
        kind = OrgKind(kind_code)
        rule = caps[kind]
        if kind is OrgKind.HTX:
            requirement = translate("Validate", "mỗi thành viên góp không quá {cap}% vốn điều lệ "
                                    "của hợp tác xã")
        else:
            requirement = translate("Validate", "mỗi hợp tác xã thành viên góp không quá {cap}% "
                                    "vốn điều lệ của liên hiệp hợp tác xã")
        if charter:
            held = translate("Validate", "{person} góp {amount} triệu đồng, bằng {share}% vốn "
                             "điều lệ {capital} triệu đồng của {organisation}.")
        else:
            held = translate("Validate", "{person} góp {amount} triệu đồng, bằng {share}% tổng "
                             "vốn góp {capital} triệu đồng của các thành viên {organisation} "
                             "(chưa nhập vốn điều lệ).")
        capital = charter or total
        text = requirement.format(cap=rule.value) + "; " + held.format(
            person=person, amount=format_million(amount, None),
            share=format_percent(100 * amount / capital),
            capital=format_million(capital, None), organisation=org_name)
        hits.append(Hit("member", member_id, dependent_label(person, org_name), text, rule.basis))
    return hits


def under_age_at_joining(connection: Connection, day: date) -> list[Hit]:
    """Members on ``day`` who are persons and were under 18 on the day they joined.

    With only the year of birth, a member is reported when certainly under age (the year of
    joining minus the year of birth is under 18); the uncertain year is left to the form.
    """
    adult = cooperative_law.ADULT_AGE
    org = Organisation
    rows = connection.execute(
        select(Member.id, Member.full_name, Member.joined_on, Member.birth_date,
               Member.birth_year, org.name, org.kind)
        .select_from(Member)
        .join(org, org.id == Member.organisation_id)
        .where(Member.member_type == MemberType.INDIVIDUAL.value, member_on(ON),
               or_(and_(Member.birth_date.is_not(None),
                        date_number(Member.joined_on) - date_number(Member.birth_date)
                        < adult * 10000),
                   and_(Member.birth_date.is_(None), Member.birth_year.is_not(None),
                        extract("year", Member.joined_on) - Member.birth_year < adult)))
        .order_by(org.name_sort, org.id, Member.name_sort, Member.id), at(day))
    hits = []
    for member_id, person, joined, birth_date, birth_year, org_name, kind_code in rows:
        if birth_date is not None:
            born = translate("Validate", "khi mới {age} tuổi (sinh ngày {birth})").format(
                age=age_on(birth_date, joined), birth=format_date(birth_date))
        else:
            born = translate("Validate", "khi chưa đủ {adult} tuổi (sinh năm {year})").format(
                adult=adult, year=birth_year)
        text = translate("Validate", "thành viên là cá nhân phải từ đủ {adult} tuổi; {person} "
                         "vào {organisation} ngày {joined} {born}.").format(
            adult=adult, person=person, organisation=org_name, joined=format_date(joined),
            born=born)
        basis = cooperative_law.adult_member_basis(OrgKind(kind_code), joined)
        hits.append(Hit("member", member_id, dependent_label(person, org_name), text, basis))
    return hits
