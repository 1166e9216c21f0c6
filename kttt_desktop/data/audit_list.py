"""The audit log as a list: filtered by time, user, register and record, sorted and paged in SQL
like the registers' lists (:mod:`kttt_desktop.data.registers.lists`), newest first.

Filters (values as the officer chose them): ``since`` and ``until`` (local days, both included),
``user``, ``table``, and ``record``: words of the record's name. A record is found by the label
its entries carry (as typed, any case of its letters) and, for records that still exist, by the
accent-insensitive name of the record, of the organisation a row belongs to (a rating, a member)
or of the manager (a training record).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, and_, or_, select

from kttt_desktop.core.text import fold
from kttt_desktop.data import name_index
from kttt_desktop.data.models import AuditEntry
from kttt_desktop.data.registers.lists import Column, Expr, Filter, ListSpec, contains
from kttt_desktop.data.registers.records import table_of

A = AuditEntry.__table__
NAMED = {"organisation": "name", "member": "full_name", "manager": "full_name",
         "ocop_product": "name"}  # tables with a folded name (name_folded)
BELONGING = {"suspension": "organisation_id", "member": "organisation_id",
             "manager": "organisation_id", "ocop_product": "organisation_id",
             "rating": "organisation_id", "yearly_figures": "organisation_id",
             "manager_position": "manager_id", "training_record": "manager_id"}
PARENTS = {"organisation_id": "organisation", "manager_id": "manager"}


def day_start(day: date) -> datetime:
    """The first moment of a local day, in UTC (the log stores UTC)."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _since(day: date, _today: date) -> Expr:
    return A.c.at >= day_start(day)


def _until(day: date, _today: date) -> Expr:
    return A.c.at < day_start(day + timedelta(days=1))


def _named_ids(table: str, words: list[str]) -> Expr:
    """Ids of the rows of ``table`` whose folded name holds every word."""
    source = table_of(table)
    return select(source.c.id).where(*name_index.name_conditions(source, words))


def _record(text: str, _today: date) -> Expr:
    words = fold(text).split()
    typed = text.strip()
    matches = [contains(A.c.record_label, typed)]
    for table in NAMED:
        matches.append(and_(A.c.table_name == table,
                            A.c.record_id.in_(_named_ids(table, words))))
    for table, column in BELONGING.items():
        source = table_of(table)
        owners = _named_ids(PARENTS[column], words)
        matches.append(and_(A.c.table_name == table, A.c.record_id.in_(
            select(source.c.id).where(source.c[column].in_(owners)))))
    return or_(*matches)


AUDIT_LIST = ListSpec(
    name="audit_log",
    table=A,
    source=A,
    columns=(
        Column("at", A.c.at, indexed=True),
        Column("user_name", A.c.user_name),
        Column("action", A.c.action),
        Column("table_name", A.c.table_name),
        Column("record_id", A.c.record_id),
        Column("record_label", A.c.record_label),
        Column("field", A.c.field),
        Column("old_value", A.c.old_value),
        Column("new_value", A.c.new_value),
        Column("reason", A.c.reason),
    ),
    filters=(
        Filter("since", _since),
        Filter("until", _until),
        Filter("user", lambda user, _today: A.c.user_name == user, narrow=True),
        Filter("table", lambda table, _today: A.c.table_name == table),
        Filter("record", _record, narrow=True),
    ),
    default_sort="at",
)


def log_users(connection: Connection) -> list[str]:
    """Every user name the log holds (the empty name of scripts included)."""
    return list(connection.execute(select(A.c.user_name).distinct().order_by(A.c.user_name))
                .scalars())


def log_tables(connection: Connection) -> list[str]:
    """Every table the log has entries of (events that concern no table left out)."""
    return list(connection.execute(select(A.c.table_name).distinct()
                                   .where(A.c.table_name != "")).scalars())
