"""Saving an edited record: written with Core statements, it leaves exactly what the ORM path
leaves (the changed columns, the derived name columns, the time of the change, one audit entry
per changed field), and nothing at all when the save is refused or nothing changed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from kttt_desktop.core.errors import DatabaseLocked, InputError
from kttt_desktop.data.models import AuditEntry, Member
from kttt_desktop.services.registers.records import load_record, save_record
from tests.registers_helpers import TAX_CODES, member, organisation
from tests.safety_helpers import write_lock

EDIT = {"full_name": "Nguyễn Thị Hoà", "phone": "0912345678", "birth_year": 1982}
COMPARED = ("action", "table_name", "record_label", "field", "old_value", "new_value", "reason",
            "user_name")


def entries(db, record_id: int) -> list[tuple]:
    with db.session() as s:
        found = s.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "member", AuditEntry.record_id == record_id,
            AuditEntry.action == "update").order_by(AuditEntry.id))
        return [tuple(getattr(e, name) for name in COMPARED) for e in found]


def stored(db, record_id: int) -> Member:
    with db.session() as s:
        return s.get(Member, record_id)


@pytest.fixture
def twins(db):
    """Two members alike but for their ids and birth years."""
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    return [member(db, htx, "Nguyễn Thị Hoa", gender="female", phone="0987654321",
                   birth_year=year) for year in (1980, 1981)]


def test_an_edit_leaves_what_an_orm_update_leaves(db, twins):
    by_orm, by_form = twins
    with db.session(reason="Sửa theo hồ sơ") as s:
        record = s.get(Member, by_orm)
        for name, value in EDIT.items():
            setattr(record, name, value)
    save_record(db, "member", {**load_record(db, "member", by_form), **EDIT}, by_form,
                reason="Sửa theo hồ sơ")

    # The birth years differ: compare everything but that entry's old value.
    assert [e[:4] + e[5:] for e in entries(db, by_form)] == [
        e[:4] + e[5:] for e in entries(db, by_orm)]
    assert {e[3] for e in entries(db, by_form)} == {"full_name", "phone", "birth_year"}
    orm, form = stored(db, by_orm), stored(db, by_form)
    assert (form.full_name, form.phone, form.birth_year) == ("Nguyễn Thị Hoà", "0912345678", 1982)
    assert (form.name_folded, form.name_sort) == (orm.name_folded, orm.name_sort)
    assert form.name_folded == "nguyen thi hoa"
    assert form.updated_at > form.created_at


def test_an_edit_that_changes_nothing_writes_nothing(db, twins):
    record_id = twins[0]
    before = stored(db, record_id)
    save_record(db, "member", load_record(db, "member", record_id), record_id)
    assert entries(db, record_id) == []
    assert stored(db, record_id).updated_at == before.updated_at


def test_a_refused_edit_writes_nothing(db, twins):
    record_id = twins[0]
    values = load_record(db, "member", record_id)
    with pytest.raises(InputError):  # joined before the organisation was set up
        save_record(db, "member", {**values, "phone": "0912345678",
                                   "joined_on": date(2001, 1, 1)}, record_id)
    assert stored(db, record_id).phone == "0987654321"
    assert entries(db, record_id) == []


@pytest.mark.sqlite_only  # the writer lock
def test_an_edit_is_refused_once_another_program_took_the_database_over(db, db_path, twins):
    record_id = twins[0]
    values = load_record(db, "member", record_id)
    write_lock(db_path, machine="PKT-02", pid=1)  # taken over after the user confirmed there
    with pytest.raises(DatabaseLocked, match="Một chương trình khác đã tiếp quản"):
        save_record(db, "member", {**values, "phone": "0912345678"}, record_id)
    assert stored(db, record_id).phone == "0987654321"
    assert entries(db, record_id) == []


def test_an_edit_of_another_field_puts_right_a_stale_derived_name(db, twins):
    record_id = twins[0]
    with db.engine.begin() as connection:  # as an older version's sort key might have left it
        connection.execute(text(
            "UPDATE member SET name_sort = 'stale', name_folded = 'stale' WHERE id = :id"),
            {"id": record_id})
    save_record(db, "member", {**load_record(db, "member", record_id), "phone": "0912345678"},
                record_id)
    form, orm = stored(db, record_id), stored(db, twins[1])
    assert (form.name_folded, form.name_sort) == (orm.name_folded, orm.name_sort)
    assert [e[3] for e in entries(db, record_id)] == ["phone"]
