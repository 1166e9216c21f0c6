"""The SQL pieces every indicator is computed from (spec/indicators.md §Who is counted).

A *family* is a table of records that belong to organisations (members, managers, figures…). A
*condition* says, for a span of dates, which records count: a part on the records themselves and a
part on their organisation. A *piece* is a condition with what each record adds (one, or an
amount such as the revenue) and, optionally, the values of the family's *split* column it keeps
(``members.official`` is the piece of ``members`` whose member kind is "official").

A count adds ``COUNT(*)`` or ``SUM(amount)`` ``FILTER (WHERE condition)`` per kind of
organisation (for the member lists, first per organisation on the records' part, then per kind
on the organisation's part); the drill-down lists the records for which the same condition
holds, so a list and its count can never disagree.

Everything here is SQLAlchemy Core with portable constructs (no SQLite-only functions).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Date,
    FromClause,
    Integer,
    and_,
    bindparam,
    cast,
    exists,
    func,
    or_,
    select,
    true,
)

from kttt_desktop.core.enums import MemberKind, Position, RatingClass, TrainingLevel
from kttt_desktop.core.indicators import LEVEL_GROUPS
from kttt_desktop.core.periods import reporting_year
from kttt_desktop.data import models

org = models.Organisation.__table__
area = models.AreaCommune.__table__
suspension = models.Suspension.__table__
member = models.Member.__table__
figures = models.YearlyFigures.__table__
rating = models.Rating.__table__
manager = models.Manager.__table__
position = models.ManagerPosition.__table__
training = models.TrainingRecord.__table__
ocop = models.OcopProduct.__table__

MILLION = 1_000_000
EXPIRY_NOTICE_DAYS = 90
MANAGING_POSITIONS = tuple(p.value for p in Position)


@dataclass(frozen=True)
class Span:
    """The dates a condition is evaluated over: ``end`` is D for stocks; flows count start…end."""

    start: date
    end: date

    @classmethod
    def on(cls, day: date) -> Span:
        return cls(day, day)

    @classmethod
    def cover(cls, spans: Iterable[Span]) -> Span:
        """The smallest span that holds ``spans``."""
        spans = list(spans)
        return cls(min(s.start for s in spans), max(s.end for s in spans))

    def values(self, slot: int | str) -> dict[str, object]:
        """The values of the parameters of ``Bound(slot)``."""
        return {f"start{slot}": self.start, f"end{slot}": self.end,
                f"year{slot}": self.end.year,
                f"first_reporting{slot}": reporting_year(self.start),
                f"reporting{slot}": reporting_year(self.end),
                f"notice{slot}": self.end + timedelta(EXPIRY_NOTICE_DAYS)}


class Bound:
    """A span as parameters of a statement, so that a statement serves every period.

    ``end`` is D, ``year`` is year(D), ``reporting_year`` the reporting year of D (the year of
    the figures and ratings that yearly measures use), ``first_reporting_year`` that of
    ``start``, ``notice_end`` is D + 90 days (OCOP expiry notice).
    """

    def __init__(self, slot: int | str) -> None:
        self.start = bindparam(f"start{slot}", type_=Date())
        self.end = bindparam(f"end{slot}", type_=Date())
        self.year = bindparam(f"year{slot}", type_=Integer())
        self.first_reporting_year = bindparam(f"first_reporting{slot}", type_=Integer())
        self.reporting_year = bindparam(f"reporting{slot}", type_=Integer())
        self.notice_end = bindparam(f"notice{slot}", type_=Date())


Predicate = Callable[[Bound], ColumnElement[bool]]


# --- who is counted (spec/indicators.md) -------------------------------------------------------

def in_area() -> ColumnElement[bool]:
    return org.c.commune_code.in_(select(area.c.commune_code))


def exists_on(s: Bound) -> ColumnElement[bool]:
    """Established on or before D and not dissolved on or before it."""
    return and_(org.c.established_on <= s.end,
                or_(org.c.dissolved_on.is_(None), org.c.dissolved_on > s.end))


def operating_on(s: Bound) -> ColumnElement[bool]:
    """Exists and no suspension covers D (both ends inclusive; an open one never ends)."""
    return and_(exists_on(s), ~exists().where(
        suspension.c.organisation_id == org.c.id, suspension.c.starts_on <= s.end,
        or_(suspension.c.ends_on.is_(None), suspension.c.ends_on >= s.end)))


def flag_holds(flag: str) -> Predicate:
    """Exists and the flag is set with no year, or a year no later than year(D)."""
    year = org.c[f"{flag}_year"]
    return lambda s: and_(exists_on(s), org.c[flag] == true(),
                          or_(year.is_(None), year <= s.year))


def member_on(s: Bound) -> ColumnElement[bool]:
    return and_(member.c.joined_on <= s.end,
                or_(member.c.left_on.is_(None), member.c.left_on > s.end))


def in_post_on(s: Bound) -> ColumnElement[bool]:
    """The manager holds a managing position from on or before D to after it (or open)."""
    return exists().where(
        position.c.manager_id == manager.c.id, position.c.position.in_(MANAGING_POSITIONS),
        position.c.starts_on <= s.end,
        or_(position.c.ends_on.is_(None), position.c.ends_on > s.end))


def ocop_valid_on(s: Bound) -> ColumnElement[bool]:
    """Certified with 3 stars or more, decided on or before D, expiring after it."""
    return and_(ocop.c.stars >= 3, ocop.c.decision_date <= s.end, ocop.c.expires_on > s.end)


def within(column: ColumnElement) -> Predicate:
    """A flow condition: the date in ``column`` falls in the span."""
    return lambda s: and_(column >= s.start, column <= s.end)


def has_no_member_list() -> ColumnElement[bool]:
    return ~exists().where(member.c.organisation_id == org.c.id)


_earlier = figures.alias("earlier_figures")


def declared_year(s: Bound, owner: ColumnElement) -> ColumnElement:
    """The latest year on or before year(D) in which organisation ``owner`` declared a member
    count: its declared count carries forward to later years (spec/indicators.md)."""
    return (select(func.max(_earlier.c.year))
            .where(_earlier.c.organisation_id == owner, _earlier.c.year <= s.year,
                   _earlier.c.declared_members.is_not(None))
            .scalar_subquery())


# --- families ----------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)  # SQL expressions do not compare with ==
class RowFamily:
    """Records of one kind; ``owner`` is their organisation id (``None``: the organisations).

    ``key`` is what a drill-down lists; ``split`` a column of few values that counts group by
    (pieces keep some of its values); ``narrow`` a condition, over the span that covers all the
    spans asked for, implied by every piece of the family: it lets the database read only the
    index range it needs; ``per_owner`` sums records per organisation before looking at the
    organisation (worth it when records are many, or when an index serves ``narrow``).
    """

    name: str
    rows: FromClause
    owner: ColumnElement | None
    key: ColumnElement
    table: str
    split: ColumnElement | None = None
    narrow: Predicate | None = None
    per_owner: bool = False


def _reporting_years_of(column: ColumnElement) -> Predicate:
    return lambda s: and_(column >= s.first_reporting_year, column <= s.reporting_year)


ORGANISATIONS = RowFamily("organisations", org, None, org.c.id, "organisation")
MEMBERS = RowFamily("members", member, member.c.organisation_id, member.c.id, "member",
                    split=member.c.member_kind, per_owner=True)
MEMBERS_JOINED = RowFamily("members joined", member, member.c.organisation_id, member.c.id,
                           "member", narrow=within(member.c.joined_on))
MEMBERS_LEFT = RowFamily("members left", member, member.c.organisation_id, member.c.id, "member",
                         narrow=within(member.c.left_on), per_owner=True)
FIGURES = RowFamily("figures", figures, figures.c.organisation_id, figures.c.organisation_id,
                    "organisation", narrow=_reporting_years_of(figures.c.year), per_owner=True)
DECLARED = RowFamily("declared members", figures, figures.c.organisation_id,
                     figures.c.organisation_id, "organisation",
                     narrow=lambda s: and_(figures.c.year <= s.year,
                                           figures.c.declared_members.is_not(None)),
                     per_owner=True)
RATINGS = RowFamily("ratings", rating, rating.c.organisation_id, rating.c.organisation_id,
                    "organisation", split=rating.c.rating_class,
                    narrow=_reporting_years_of(rating.c.year))
MANAGERS = RowFamily("managers", manager, manager.c.organisation_id, manager.c.id, "manager",
                     split=manager.c.training_level)
TRAINING = RowFamily("training", training.join(manager, training.c.manager_id == manager.c.id),
                     manager.c.organisation_id, training.c.id, "training_record",
                     narrow=within(training.c.starts_on))
OCOP = RowFamily("ocop", ocop, ocop.c.organisation_id, ocop.c.id, "ocop_product",
                 split=ocop.c.stars)
OCOP_CERTIFIED = RowFamily("ocop certified", ocop, ocop.c.organisation_id, ocop.c.id,
                           "ocop_product", narrow=within(ocop.c.decision_date))


@dataclass(frozen=True, eq=False)
class Condition:
    """Which records count for a span: a part on the records, a part on their organisation."""

    records: Predicate | None = None
    organisation: Predicate | None = None


@dataclass(frozen=True, eq=False)
class Amount:
    """What a counted record adds instead of one; the sum is divided by ``scale``."""

    column: ColumnElement
    scale: int = 1


@dataclass(frozen=True, eq=False)
class Piece:
    """What an additive measure adds up: the records of a family that meet a condition."""

    family: RowFamily
    condition: Condition
    amount: Amount | None = None
    split: tuple[object, ...] | None = None  # values of family.split kept (None: all)


_MEMBER = Condition(member_on, exists_on)
_IN_POST = Condition(in_post_on, exists_on)
RATED_IN_REPORTING_YEAR = Condition(lambda s: rating.c.year == s.reporting_year, exists_on)
_OCOP_VALID = Condition(ocop_valid_on, exists_on)


def _of_year(*present: str) -> Condition:
    """Figures of the reporting year with ``present`` filled in, of organisations that exist
    at D."""
    return Condition(lambda s: and_(figures.c.year == s.reporting_year, *(
        figures.c[name].is_not(None) for name in present)), exists_on)


def _organisations(predicate: Predicate) -> Piece:
    return Piece(ORGANISATIONS, Condition(organisation=predicate))


def _records(family: RowFamily, predicate: Predicate) -> Piece:
    return Piece(family, Condition(predicate))


def _sum_of(condition: Condition, column: ColumnElement, scale: int = 1) -> Piece:
    return Piece(FIGURES, condition, Amount(column, scale))


_DECLARED = Piece(DECLARED, Condition(
    lambda s: figures.c.year == declared_year(s, figures.c.organisation_id),
    lambda s: and_(exists_on(s), has_no_member_list())), Amount(figures.c.declared_members))
_REVENUE, _PROFIT = _of_year("revenue"), _of_year("profit")
_INCOME = _of_year("workers", "avg_income")
_RATED_CLASSES = tuple(c.value for c in RatingClass if c is not RatingClass.NOT_RATED)

# Additive measure -> the pieces whose sums it adds (members: the lists, then declared counts).
PIECES: dict[str, tuple[Piece, ...]] = {
    "count": (_organisations(exists_on),),
    "operating": (_organisations(operating_on),),
    "new": (_organisations(within(org.c.established_on)),),
    "dissolved": (_organisations(within(org.c.dissolved_on)),),
    "members": (Piece(MEMBERS, _MEMBER), _DECLARED),
    "members.declared": (_DECLARED,),
    "members.official": (Piece(MEMBERS, _MEMBER, split=(MemberKind.OFFICIAL.value,)),),
    "members.new": (_records(MEMBERS_JOINED, within(member.c.joined_on)),),
    "members.left": (_records(MEMBERS_LEFT, within(member.c.left_on)),),
    "workers": (_sum_of(_of_year("workers"), figures.c.workers),),
    "revenue.total": (_sum_of(_REVENUE, figures.c.revenue, MILLION),),
    "revenue.reporting": (Piece(FIGURES, _REVENUE),),
    "profit.total": (_sum_of(_PROFIT, figures.c.profit, MILLION),),
    "profit.reporting": (Piece(FIGURES, _PROFIT),),
    "income.total": (_sum_of(_INCOME, cast(figures.c.avg_income, BigInteger) * figures.c.workers,
                             MILLION),),
    "income.workers": (_sum_of(_INCOME, figures.c.workers),),
    "rated": (Piece(RATINGS, RATED_IN_REPORTING_YEAR, split=_RATED_CLASSES),),
    **{f"rated.{c}": (Piece(RATINGS, RATED_IN_REPORTING_YEAR, split=(c,)),)
       for c in _RATED_CLASSES},
    **{flag: (_organisations(flag_holds(flag)),) for flag in ("value_chain", "high_tech",
                                                               "digital")},
    "managers": (Piece(MANAGERS, _IN_POST),),
    **{f"managers.{level.value}": (Piece(MANAGERS, _IN_POST, split=(level.value,)),)
       for level in TrainingLevel},
    **{key: (Piece(MANAGERS, _IN_POST, split=levels),) for key, levels in LEVEL_GROUPS.items()},
    "training.attendances": (_records(TRAINING, within(training.c.starts_on)),),
    "ocop.products": (Piece(OCOP, _OCOP_VALID),),
    **{f"ocop.{n}star": (Piece(OCOP, _OCOP_VALID, split=(n,)),) for n in (3, 4, 5)},
    "ocop.new": (_records(OCOP_CERTIFIED, lambda s: and_(within(ocop.c.decision_date)(s),
                                                         ocop.c.stars >= 3)),),
    "ocop.expiring": (Piece(OCOP, Condition(
        lambda s: and_(ocop_valid_on(s), ocop.c.expires_on <= s.notice_end), exists_on)),),
}
