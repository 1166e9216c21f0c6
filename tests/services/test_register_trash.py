"""Deleting into the trash, restoring, forgetting personal data, and the history of a record."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from kttt_desktop.core.errors import InputError
from kttt_desktop.data.models import AuditEntry, Member, Organisation, Suspension, TrashItem
from kttt_desktop.services.registers.history import history
from kttt_desktop.services.registers.records import load_record, save_record
from kttt_desktop.services.registers.trash import (
    delete_record,
    list_trash,
    purge,
    restore,
)
from tests.registers_helpers import TAX_CODES, member, organisation


def count(db, model) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def personal_values_in_log(db, table: str, record_id: int) -> list[str]:
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.table_name == table,
                                                     AuditEntry.record_id == record_id)).all()
    found = []
    for entry in entries:
        for text in (entry.old_value, entry.new_value):
            if text and ("022080123456" in text or "0912345678" in text or "1980-04-02" in text):
                found.append(text)
    return found


@pytest.fixture
def cooperative(db):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    save_record(db, "suspension", {"organisation_id": htx, "starts_on": date(2020, 2, 1),
                                   "ends_on": date(2020, 5, 1), "reason": "Mưa lũ"})
    an = member(db, htx, "Nguyễn Văn An", cccd="022080123456", gender="male",
                birth_date=date(1980, 4, 2), phone="0912345678")
    member(db, htx, "Lò Thị Bình", birth_year=1975)
    save_record(db, "member", {**load_record(db, "member", an), "phone": "0987654321"}, an)
    return htx, an


def test_deleting_a_member_keeps_it_in_the_trash_and_forgets_its_personal_data(db, cooperative):
    htx, an = cooperative
    assert personal_values_in_log(db, "member", an)  # logged when typed in
    entry = delete_record(db, "member", an, reason="Nhập trùng")
    assert entry.label == "Nguyễn Văn An (Hợp tác xã Đồng Tâm)"
    assert load_record(db, "member", an) is None
    assert personal_values_in_log(db, "member", an) == []
    actions = [c.action for c in history(db, "member", an)]
    assert actions == ["delete", "update", "insert"]  # the entries stay, without the values
    assert list_trash(db, ["member"])[0].trash_id == entry.trash_id
    restored = restore(db, entry.trash_id)
    assert restored.record_id == an  # the same id again
    back = load_record(db, "member", an)
    assert (back["cccd"], back["phone"], back["birth_date"]) == (
        "022080123456", "0987654321", date(1980, 4, 2))
    assert count(db, TrashItem) == 0  # the trash let go of the copy


def test_an_organisation_goes_with_everything_that_belongs_to_it_and_comes_back(db, cooperative):
    htx, an = cooperative
    entry = delete_record(db, "organisation", htx)
    assert (count(db, Organisation), count(db, Member), count(db, Suspension)) == (0, 0, 0)
    with db.session() as s:
        payload = json.loads(s.get(TrashItem, entry.trash_id).payload_json)
    assert [item["table"] for item in payload] == ["organisation", "suspension", "member",
                                                  "member"]
    assert personal_values_in_log(db, "member", an) == []
    restored = restore(db, entry.trash_id)
    assert restored.record_id == htx
    assert (count(db, Organisation), count(db, Member), count(db, Suspension)) == (1, 2, 1)
    assert load_record(db, "member", an)["organisation_id"] == htx


@pytest.mark.sqlite_only  # SQLite gives a freed largest id again; a sequence never does
def test_ids_taken_meanwhile_are_replaced_and_children_follow(db, cooperative):
    htx, _ = cooperative
    entry = delete_record(db, "organisation", htx)
    newcomer = organisation(db, "Hợp tác xã Tiến Bộ", code=TAX_CODES[1])
    assert newcomer == htx  # SQLite gave the free id again
    restored = restore(db, entry.trash_id)
    assert restored.record_id != htx
    with db.session() as s:
        owners = set(s.scalars(select(Member.organisation_id)))
    assert owners == {restored.record_id}


def test_a_member_cannot_come_back_into_an_organisation_that_is_gone(db, cooperative):
    htx, an = cooperative
    member_entry = delete_record(db, "member", an)
    delete_record(db, "organisation", htx)
    with pytest.raises(InputError, match="tổ chức của bản ghi này không còn"):
        restore(db, member_entry.trash_id)


def test_an_htx_that_stands_in_a_union_is_not_deleted_first(db):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    union = organisation(db, "Liên hiệp hợp tác xã Bình Liêu", kind="lhhtx", code=TAX_CODES[1])
    member(db, union, "Hợp tác xã Đồng Tâm", member_organisation_id=htx,
           member_type="legal_person", birth_year=None)
    with pytest.raises(InputError, match="Liên hiệp hợp tác xã Bình Liêu"):
        delete_record(db, "organisation", htx)


def test_purging_removes_the_copy_for_good(db, cooperative):
    _, an = cooperative
    entry = delete_record(db, "member", an)
    assert purge(db, [entry.trash_id]) == 1
    assert list_trash(db) == []
    with pytest.raises(InputError):
        restore(db, entry.trash_id)


def test_the_history_of_an_organisation_covers_its_rows_in_words(db, cooperative):
    htx, an = cooperative
    save_record(db, "organisation", {**load_record(db, "organisation", htx),
                                     "dissolved_on": date(2024, 6, 30)}, htx,
                reason="Quyết định giải thể số 12")
    delete_record(db, "member", an)
    changes = history(db, "organisation", htx)
    what = [(c.action_label, c.table, c.field_label) for c in changes]
    assert what[0] == ("Xóa", "member", "")
    assert ("Sửa", "organisation", "Ngày giải thể") in what
    assert ("Thêm", "suspension", "") in what
    assert sum(1 for c in changes if c.table == "member" and c.action == "insert") == 2
    dissolved = next(c for c in changes if c.field == "dissolved_on")
    assert (dissolved.old, dissolved.new, dissolved.reason) == (
        "", "30/06/2024", "Quyết định giải thể số 12")
    inserted = next(c for c in changes if c.table == "organisation" and c.action == "insert")
    assert "Loại hình: Hợp tác xã" in inserted.new and "Ngày thành lập: 02/03/2015" in inserted.new


PERSONAL = ("034085009876", "0987111222", "1985-06-15", "Thôn Nà Làng")


def traces(path, db) -> dict[str, list[str]]:
    """Where the personal values of the manager below still are: the log, the trash, the bytes
    of the database file (after SQLite folded its journal into it)."""
    with db.session() as s:
        logged = [t for e in s.scalars(select(AuditEntry)) for t in (e.old_value, e.new_value)
                  if t and any(v in t for v in PERSONAL)]
        trashed = [i.payload_json for i in s.scalars(select(TrashItem))
                   if any(v in i.payload_json for v in PERSONAL)]
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    in_file = [v for v in PERSONAL if v.encode() in data]
    return {"log": logged, "trash": trashed, "file": in_file}


@pytest.mark.parametrize("deleted", ["manager", "organisation"])
@pytest.mark.sqlite_only  # personal data left in the file's pages
def test_a_deleted_manager_with_training_leaves_no_personal_data_once_the_trash_is_emptied(
        db, db_path, deleted):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    manager = save_record(db, "manager", {
        "organisation_id": htx, "full_name": "Hoàng Văn Nam", "cccd": PERSONAL[0],
        "phone": PERSONAL[1], "birth_date": date(1985, 6, 15), "gender": "male",
        "training_level": "so_cap"}, reason="thử").record_id
    save_record(db, "manager", {**load_record(db, "manager", manager), "phone": "0987333444"},
                manager)
    save_record(db, "training_record", {"manager_id": manager, "course": "Quản trị HTX",
                                        "institution": "Trường Chính trị tỉnh",
                                        "starts_on": date(2022, 3, 1),
                                        "ends_on": date(2022, 5, 30), "level": "so_cap"},
                reason="thử")
    if deleted == "organisation":  # a member of it goes too
        member(db, htx, "Lò Văn Tư", address=PERSONAL[3])
    assert traces(db_path, db)["log"]  # logged while the record lived
    record_id = manager if deleted == "manager" else htx
    entry = delete_record(db, deleted, record_id, reason="Nhập nhầm")
    found = traces(db_path, db)
    assert found["log"] == [] and found["trash"]  # only the trash keeps them, to undo
    with db.session() as s:
        payload = s.get(TrashItem, entry.trash_id).payload_json
    assert "Quản trị HTX" in payload  # the training went along with its manager
    assert purge(db, [entry.trash_id]) == 1  # "Xóa hẳn" (emptying the trash does the same)
    assert traces(db_path, db) == {"log": [], "trash": [], "file": []}
    # The entries stay, without the values: who deleted what, when and why.
    changes = history(db, deleted, record_id)
    assert changes[0].action == "delete" and changes[0].reason == "Nhập nhầm"
    assert any(c.table == "training_record" and c.action == "delete" for c in changes)
