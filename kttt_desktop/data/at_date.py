"""Who exists, belongs or holds a post on a day (spec/indicators.md, "Who is counted"), in SQL.

Each function returns a SQLAlchemy Core expression over the columns of a model class or of an
alias of it, so that a query of any register can use the same definitions; they compile for
SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, extract, or_


def organisation_exists(organisation: Any, day: date) -> ColumnElement[bool]:
    """Established on or before ``day`` and not dissolved on or before it."""
    return and_(organisation.established_on <= day,
                or_(organisation.dissolved_on.is_(None), organisation.dissolved_on > day))


def member_at(member: Any, day: date) -> ColumnElement[bool]:
    """Joined on or before ``day`` and not left on or before it."""
    return and_(member.joined_on <= day, or_(member.left_on.is_(None), member.left_on > day))


def position_held(position: Any, day: date) -> ColumnElement[bool]:
    """A position held from on or before ``day`` to after it (or still held)."""
    return and_(position.starts_on <= day,
                or_(position.ends_on.is_(None), position.ends_on > day))


def date_number(column: Any) -> ColumnElement[int]:
    """The date as the number yyyymmdd, so that ``later - earlier < 180000`` reads "less than
    18 whole years apart" (someone born on 29/02 becomes a year older on 01/03)."""
    return (extract("year", column) * 10000 + extract("month", column) * 100
            + extract("day", column))
