"""Loading, checking and saving one record of a register.

:func:`check_record` gives every finding of the rules (core.record_rules) and every duplicate
(:mod:`.duplicates`) for values as a form holds them; forms call it as the officer types.
:func:`save_record` checks again and writes in one transaction:

- any error: nothing is written; :class:`~kttt_desktop.core.errors.InputError` carries every
  finding, each naming its field;
- warnings not yet accepted: nothing is written; :class:`WarningsToAccept` lists them, and the
  form asks for a reason and saves again with ``reason=...``, which goes into the audit entries
  of the changes. A warning the stored record already had (the same rule on the same field, the
  same clash with the same record) was accepted when it was first saved and is not asked again.

The audit log is written by the data layer for every change made in the session.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Issue
from kttt_desktop.data.database import Database
from kttt_desktop.data.models import new_row
from kttt_desktop.data.registers.records import (
    MODELS,
    load_row,
    organisation_context,
    table_of,
    update_row,
)
from kttt_desktop.services.registers.duplicates import Duplicate, find_duplicates
from kttt_desktop.services.registers.kinds import KINDS, Context, check, label, tidy
from kttt_desktop.services.registers.values import table_noun


@dataclass(frozen=True)
class Findings:
    """What the rules and the duplicate search found about the values of one record."""

    issues: tuple[Issue, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()

    @property
    def all(self) -> list[Issue]:
        return [*self.issues, *(d.issue for d in self.duplicates)]

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.all if i.is_error]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.all if not i.is_error]

    def warning_keys(self) -> set[tuple[Any, ...]]:
        keys: set[tuple[Any, ...]] = {(i.code, i.field) for i in self.issues if not i.is_error}
        keys.update(d.key for d in self.duplicates if not d.issue.is_error)
        return keys

    def new_warnings(self, accepted: set[tuple[Any, ...]]) -> list[Issue]:
        """The warnings whose key is not in ``accepted``."""
        fresh = [i for i in self.issues if not i.is_error and (i.code, i.field) not in accepted]
        fresh += [d.issue for d in self.duplicates
                  if not d.issue.is_error and d.key not in accepted]
        return fresh


class WarningsToAccept(InputError):
    """The record has warnings that need a reason before it is saved (see the module's note)."""

    def __init__(self, warnings: Sequence[Issue]) -> None:
        super().__init__(translate(
            "Registers", "Bản ghi có cảnh báo cần xác nhận trước khi lưu:") + "\n" + "\n".join(
                f"– {w.message}" for w in warnings), issues=warnings)


@dataclass(frozen=True)
class Saved:
    table: str
    record_id: int
    label: str
    created: bool


def load_record(db: Database, table: str, record_id: int) -> dict[str, Any] | None:
    """The fields a form edits of one record, and its ``id`` (``None``: no such record)."""
    with db.engine.connect() as connection:
        row = load_row(connection, table, record_id)
    if row is None:
        return None
    return {"id": row["id"], **{name: row[name] for name in KINDS[table].fields}}


def _context(connection: Connection, table: str, values: Mapping[str, Any],
             record_id: int | None, today: date | None) -> Context:
    organisation_id = values.get("organisation_id")
    if table == "manager_position" and values.get("manager_id") is not None:
        managers = table_of("manager")
        organisation_id = connection.execute(select(managers.c.organisation_id).where(
            managers.c.id == values["manager_id"])).scalar()
    organisation = organisation_context(connection, organisation_id)
    others: tuple = ()
    if table == "suspension" and organisation_id is not None:
        suspensions = table_of("suspension")
        query = select(suspensions.c.starts_on, suspensions.c.ends_on).where(
            suspensions.c.organisation_id == organisation_id)
        if record_id is not None:
            query = query.where(suspensions.c.id != record_id)
        others = tuple((start, end) for start, end in connection.execute(query))
    member_organisation_kind = None
    if values.get("member_organisation_id") is not None:
        organisations = table_of("organisation")
        member_organisation_kind = connection.execute(select(organisations.c.kind).where(
            organisations.c.id == values["member_organisation_id"])).scalar()
    return Context(organisation, others, member_organisation_kind, today)


def _findings(connection: Connection, table: str, values: Mapping[str, Any],
              record_id: int | None, today: date | None) -> Findings:
    context = _context(connection, table, values, record_id, today)
    return Findings(tuple(check(table, values, context)),
                    tuple(find_duplicates(connection, table, values, record_id)))


def check_record(db: Database, table: str, values: Mapping[str, Any],
                 record_id: int | None = None, *, today: date | None = None) -> Findings:
    """Every finding about ``values`` of a record of ``table`` (``record_id``: the one edited)."""
    with db.engine.connect() as connection:
        return _findings(connection, table, tidy(table, values), record_id, today)


def _accepted_before(connection: Connection, table: str, record_id: int | None,
                     today: date | None) -> set[tuple[Any, ...]]:
    """The warnings the stored record has (accepted when it was saved)."""
    stored = load_row(connection, table, record_id) if record_id is not None else None
    if stored is None:
        return set()
    values = tidy(table, {name: stored[name] for name in KINDS[table].fields})
    return _findings(connection, table, values, record_id, today).warning_keys()


def _not_found(table: str) -> InputError:
    return InputError(translate(
        "Registers", "Không tìm thấy bản ghi {what} này; có thể nó vừa bị xóa.").format(
            what=table_noun(table)))


def _check_before_saving(connection: Connection, table: str, values: Mapping[str, Any],
                         record_id: int | None, reason: str, today: date | None) -> None:
    """Raise when the rules or the duplicates stop the save (see the module's note)."""
    findings = _findings(connection, table, values, record_id, today)
    if findings.errors:
        raise InputError("\n".join(i.message for i in findings.errors), issues=findings.all)
    if findings.warnings and not reason:
        fresh = findings.new_warnings(_accepted_before(connection, table, record_id, today))
        if fresh:
            raise WarningsToAccept(fresh)


def save_record(db: Database, table: str, values: Mapping[str, Any],
                record_id: int | None = None, *, reason: str = "",
                today: date | None = None) -> Saved:
    """Check and store one record (new when ``record_id`` is ``None``); see the module's note.

    A new record goes through the ORM (its defaults, its id); an edited one is written with
    Core statements (data.registers.records.update_row), the same change and audit entries in
    a third of the time.
    """
    values = tidy(table, values)
    if record_id is None:
        with db.session(reason=reason) as session:
            _check_before_saving(session.connection(), table, values, None, reason, today)
            record = new_row(MODELS[table], values)
            session.add(record)
            session.flush()
            return Saved(table, record.id, label(table, values), True)
    with db.transaction() as connection:
        _check_before_saving(connection, table, values, record_id, reason, today)
        if not update_row(connection, table, record_id, values, user=db.user, reason=reason):
            raise _not_found(table)
    return Saved(table, record_id, label(table, values), False)
