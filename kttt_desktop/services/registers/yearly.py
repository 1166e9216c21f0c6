"""Records kept per year (ratings, yearly figures): the years on record, and the class a rating
should carry."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kttt_desktop.core.enums import RatingClass
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.numbers import format_number
from kttt_desktop.core.rating import NotRatedReason, not_rated_reason, scheme_by_code
from kttt_desktop.data.database import Database
from kttt_desktop.data.registers.records import organisation_context, table_of

YEARLY_TABLES = ("rating", "yearly_figures")


def years_on_record(db: Database, table: str) -> list[int]:
    """The years that have records in ``table`` (ratings or figures), latest first."""
    if table not in YEARLY_TABLES:
        raise ValueError(f"{table} is not kept per year")
    source = table_of(table)
    with db.engine.connect() as connection:
        return list(connection.execute(
            select(source.c.year).distinct().order_by(source.c.year.desc())).scalars())


@dataclass(frozen=True)
class RatingAdvice:
    """The class a rating should carry (``None``: nothing to suggest) and why, in Vietnamese."""

    rating_class: RatingClass | None = None
    text: str = ""


def rating_advice(db: Database, organisation_id: int | None, year: int | None,
                  score: float | None, scheme: str | None) -> RatingAdvice:
    """What the rules say about the rating of an organisation for ``year``.

    "Không đánh giá" when the organisation falls outside the rating that year (under 12 months
    old at its end, or suspended more than 3 months of it); else the class of ``score`` under
    the scheme.
    """
    if organisation_id is not None and year is not None:
        with db.engine.connect() as connection:
            organisation = organisation_context(connection, organisation_id)
        if organisation is not None and organisation.established_on is not None:
            reason = not_rated_reason(year, organisation.established_on, organisation.suspensions)
            if reason is NotRatedReason.NOT_ESTABLISHED:
                return RatingAdvice(None, translate(
                    "Ratings", "Năm {year} tổ chức này chưa thành lập.").format(year=year))
            if reason is not None:
                return RatingAdvice(RatingClass.NOT_RATED, translate(
                    "Ratings", "Năm {year} tổ chức này thuộc diện “{class_}”: {reason}.").format(
                        year=year, class_=RatingClass.NOT_RATED.label,
                        reason=reason.label.lower()))
    rules = scheme_by_code(scheme)
    if score is None or rules is None or not 0 <= score <= 100:
        return RatingAdvice()
    suggested = rules.classify(score)
    return RatingAdvice(suggested, translate(
        "Ratings", "Theo {scheme}, {score} điểm là loại “{class_}”.").format(
            scheme=rules.label, score=format_score(score), class_=suggested.label))


def format_score(score: float) -> str:
    """A score as officers write it: "72", "82,5"."""
    return format_number(int(score) if float(score).is_integer() else score, None)
