"""Deleting records into the trash, restoring them, and emptying the trash.

A deleted record goes into the trash (table ``trash``) with every row that belongs to it (an
organisation with its members, managers, OCOP products, ratings, figures and suspensions; a
manager with positions and training), as JSON, and is restored from there with the same ids
where they are still free.

Personal data: when a person (member, manager) is deleted, the values of their personal fields
(birth date and year, CCCD, phone, address) are erased from the audit log at once; the entries
themselves stay (who, when, what, why, and the person's name). The trash keeps the whole record
so that a mistake can be undone; restoring it or removing it from the trash (one item, or
emptying the trash) ends that copy, and nothing else keeps the personal data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import Session

from kttt_desktop.core import clock
from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.data import audit
from kttt_desktop.data.database import Database
from kttt_desktop.data.models import TrashItem, new_row
from kttt_desktop.data.registers.records import (
    MODELS,
    PARENT_COLUMNS,
    rows_from_json,
    rows_to_json,
    rows_with_children,
    table_of,
)
from kttt_desktop.services.registers.kinds import KINDS, label
from kttt_desktop.services.registers.values import table_noun


@dataclass(frozen=True)
class TrashEntry:
    trash_id: int
    deleted_at: datetime
    user: str
    table: str
    record_id: int
    label: str


@dataclass(frozen=True)
class Restored:
    table: str
    record_id: int
    label: str


def _entry(item: TrashItem) -> TrashEntry:
    return TrashEntry(item.id, item.deleted_at, item.user_name, item.table_name, item.record_id,
                      item.label)


def _trash_label(session: Session, table: str, row: dict[str, Any]) -> str:
    name = label(table, row)
    organisation_id = row.get("organisation_id")
    if organisation_id is None:
        return name
    organisations = table_of("organisation")
    owner = session.connection().execute(select(organisations.c.name).where(
        organisations.c.id == organisation_id)).scalar()
    return translate("Registers", "{name} ({organisation})").format(
        name=name, organisation=owner) if owner else name


def _refuse_if_referenced(session: Session, table: str, record_id: int) -> None:
    """An HTX that stands as a member of a union cannot go before that membership does."""
    if table != "organisation":
        return
    members, organisations = table_of("member"), table_of("organisation")
    union = session.connection().execute(
        select(organisations.c.name).join(members, members.c.organisation_id == organisations.c.id)
        .where(members.c.member_organisation_id == record_id,
               members.c.organisation_id != record_id).limit(1)).scalar()
    if union is not None:
        raise InputError(translate(
            "Registers", "Không xóa được: tổ chức này đang là thành viên của {union}. Hãy xóa "
            "thành viên đó của liên hiệp trước.").format(union=union))


def delete_record(db: Database, table: str, record_id: int, *, reason: str = "") -> TrashEntry:
    """Move a record and the rows that belong to it to the trash (see the module's note)."""
    with db.session(reason=reason) as session:
        connection = session.connection()
        rows = rows_with_children(connection, table, record_id)
        if not rows:
            raise InputError(translate(
                "Registers", "Không tìm thấy bản ghi này; có thể nó đã bị xóa."))
        _refuse_if_referenced(session, table, record_id)
        item = TrashItem(deleted_at=clock.now(), user_name=db.user, table_name=table,
                         record_id=record_id, label=_trash_label(session, table, rows[0][1]),
                         payload_json=rows_to_json(rows))
        session.add(item)
        by_table: dict[str, list[int]] = {}
        for name, row in rows:
            by_table.setdefault(name, []).append(row["id"])
        for name in reversed(list(by_table)):  # children before their parents
            model = MODELS[name]
            for record in session.scalars(select(model).where(model.id.in_(by_table[name]))):
                session.delete(record)
            session.flush()
        for name, ids in by_table.items():
            audit.forget_values(connection, name, ids, KINDS[name].personal)
        return _entry(item)


def _restore_rows(session: Session, rows: list[tuple[str, dict[str, Any]]]) -> dict[tuple, int]:
    """Insert the rows, parents first; an id taken meanwhile gets a new one. Old → new ids."""
    new_ids: dict[tuple[str, int], int] = {}
    parent_tables = {"organisation_id": "organisation", "manager_id": "manager"}
    for name, row in rows:
        row = dict(row)
        for column in PARENT_COLUMNS:
            if row.get(column) is not None:
                row[column] = new_ids.get((parent_tables[column], row[column]), row[column])
        old_id = row.pop("id")
        model = MODELS[name]
        taken = session.get(model, old_id) is not None
        record = new_row(model, row if taken else {"id": old_id, **row})
        session.add(record)
        session.flush()
        new_ids[(name, old_id)] = record.id
    return new_ids


def _check_restorable(session: Session, rows: list[tuple[str, dict[str, Any]]]) -> None:
    table, top = rows[0]
    connection = session.connection()
    organisations = table_of("organisation")
    for column, parent in (("organisation_id", "organisation"), ("manager_id", "manager")):
        parent_id = top.get(column)
        if parent_id is not None and session.get(MODELS[parent], parent_id) is None:
            raise InputError(translate(
                "Registers", "Không khôi phục được “{name}”: {parent} của bản ghi này không còn. "
                "Hãy khôi phục {parent} trước.").format(
                    name=label(table, top), parent=table_noun(parent)))
    if table == "organisation" and top.get("code"):
        other = connection.execute(select(organisations.c.name).where(
            organisations.c.code == top["code"])).scalar()
        if other is not None:
            raise InputError(translate(
                "Registers", "Không khôi phục được “{name}”: mã số {code} nay đã là mã số của "
                "{other}.").format(name=top["name"], code=top["code"], other=other))
    for name, row in rows:
        union_member = row.get("member_organisation_id")
        if name == "member" and union_member is not None and session.get(
                MODELS["organisation"], union_member) is None:
            row["member_organisation_id"] = None  # that HTX is gone: the member stays as typed


def restore(db: Database, trash_id: int, *, reason: str = "") -> Restored:
    """Put a deleted record back, with the rows that went with it, and empty its trash item."""
    reason = reason or translate("Registers", "Khôi phục từ thùng rác")
    with db.session(reason=reason) as session:
        item = session.get(TrashItem, trash_id)
        if item is None:
            raise InputError(translate(
                "Registers", "Mục này không còn trong thùng rác."))
        rows = rows_from_json(item.payload_json)
        _check_restorable(session, rows)
        new_ids = _restore_rows(session, rows)
        table, top = rows[0]
        session.delete(item)
        return Restored(table, new_ids[(table, top["id"])], label(table, top))


def list_trash(db: Database, tables: Iterable[str] | None = None) -> list[TrashEntry]:
    """What the trash holds (of the given tables), the latest deletion first."""
    with db.session() as session:
        query = select(TrashItem).order_by(TrashItem.deleted_at.desc(), TrashItem.id.desc())
        if tables is not None:
            query = query.where(TrashItem.table_name.in_(list(tables)))
        return [_entry(item) for item in session.scalars(query)]


def purge(db: Database, trash_ids: Iterable[int]) -> int:
    """Remove items from the trash for good; how many were removed."""
    ids = list(trash_ids)
    with db.session() as session:
        return session.execute(delete(TrashItem).where(TrashItem.id.in_(ids))).rowcount


def trash_count(db: Database, tables: Iterable[str] | None = None) -> int:
    with db.engine.connect() as connection:
        query = select(func.count()).select_from(TrashItem)
        if tables is not None:
            query = query.where(TrashItem.table_name.in_(list(tables)))
        return connection.execute(query).scalar_one()
