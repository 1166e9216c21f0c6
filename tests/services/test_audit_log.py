"""The audit log as the Nhật ký screen reads it: filters, names of records, the export."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from kttt_desktop.data.audit import write_entries
from kttt_desktop.data.audit_list import day_start
from kttt_desktop.data.models import AuditEntry
from kttt_desktop.services import audit_log
from kttt_desktop.services.audit_log import describe_filters, export_log, log_query, note_export
from kttt_desktop.services.registers.records import load_record, save_record
from kttt_desktop.services.registers.trash import delete_record
from tests.registers_helpers import TAX_CODES, member, organisation


def lines(db, **filters):
    query = log_query(**filters)
    total = audit_log.count(db, query)
    rows = audit_log.page(db, query, 0, 500, matches=total)
    assert len(rows) == total
    return [row["line"] for row in rows]


def user_entries(db, at: datetime, user: str, label: str) -> None:
    with db.session() as s:
        write_entries(s.connection(), [{"at": at, "user_name": user, "action": "update",
                                        "table_name": "organisation", "record_label": label,
                                        "field": "note", "old_value": "a", "new_value": "b"}])


@pytest.fixture
def logged(db):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    other = organisation(db, "Hợp tác xã Tiến Bộ", code=TAX_CODES[1])
    an = member(db, htx, "Nguyễn Văn An")
    save_record(db, "rating", {"organisation_id": htx, "year": 2024, "score": 82,
                               "rating_class": "good", "scheme": "TT01/2020"})
    save_record(db, "organisation", {**load_record(db, "organisation", other),
                                     "note": "Đổi trụ sở"}, other, reason="Công văn 15")
    return {"htx": htx, "other": other, "an": an}


def test_the_log_lists_newest_first_with_every_change_in_words(db, logged):
    found = lines(db)
    assert [c.action_label for c in found[:2]] == ["Sửa", "Thêm"]
    note = found[0]
    assert (note.field_label, note.old, note.new, note.reason) == (
        "Ghi chú", "", "Đổi trụ sở", "Công văn 15")
    assert audit_log.change_text(note) == "∅ → Đổi trụ sở"
    rating = found[1]
    # Logged without a name; named from the record, with its organisation.
    assert rating.record == "Xếp loại năm 2024 (Hợp tác xã Đồng Tâm)"
    assert "Điểm: 82" in rating.new
    assert found[2].record == "Nguyễn Văn An (Hợp tác xã Đồng Tâm)"
    assert audit_log.register_label(found[2].table) == "Thành viên"
    assert audit_log.register_label("office") == "Thông tin cơ quan"


def test_the_name_of_a_record_finds_its_entries_without_accents(db, logged):
    assert {c.record for c in lines(db, record="dong tam")} == {
        "Hợp tác xã Đồng Tâm", "Nguyễn Văn An (Hợp tác xã Đồng Tâm)",
        "Xếp loại năm 2024 (Hợp tác xã Đồng Tâm)"}
    assert [c.record for c in lines(db, record="nguyen an")] == [
        "Nguyễn Văn An (Hợp tác xã Đồng Tâm)"]
    # A record that is gone is still found by the name its entries carry.
    delete_record(db, "member", logged["an"])
    gone = lines(db, record="Nguyễn Văn An")
    assert [c.action for c in gone] == ["delete", "insert"]
    assert lines(db, record="khong co ai") == []


def test_filters_by_register_user_and_days_combine(db, logged):
    assert {c.table for c in lines(db, table="member")} == {"member"}
    now = datetime.now(UTC)
    user_entries(db, now - timedelta(days=10), "lan", "Hợp tác xã Cũ")
    user_entries(db, now - timedelta(days=3), "lan", "Hợp tác xã Giữa")
    today = now.astimezone().date()
    assert [c.record for c in lines(db, user="lan")] == ["Hợp tác xã Giữa", "Hợp tác xã Cũ"]
    assert [c.record for c in lines(db, user="lan", since=today - timedelta(days=5))] == [
        "Hợp tác xã Giữa"]
    assert [c.record for c in lines(db, user="lan", until=today - timedelta(days=4))] == [
        "Hợp tác xã Cũ"]
    # The days are local days, both ends included.
    assert len(lines(db, since=today, until=today)) == len(lines(db)) - 2
    assert day_start(date(2026, 11, 21)) == datetime(2026, 11, 21).astimezone().astimezone(UTC)
    choices = audit_log.filter_choices(db)
    assert "lan" in choices.users
    assert ("rating", "Xếp loại") in choices.tables


def test_describing_filters_in_words():
    assert describe_filters(log_query()) == "toàn bộ nhật ký"
    assert describe_filters(log_query(since=date(2026, 11, 1), user="lan", table="member",
                                      record="An")) == (
        "từ ngày 01/11/2026, người dùng lan, sổ Thành viên, bản ghi “An”")


def test_the_export_holds_what_is_listed_and_is_recorded(db, logged, tmp_path):
    target = tmp_path / "nhat-ky.xlsx"
    target.write_bytes(b"an older export")
    save_record(db, "organisation", {**load_record(db, "organisation", logged["other"]),
                                     "note": "=1+1"}, logged["other"], reason="=SUM(A1)")
    query = log_query(record="tien bo")
    exported = export_log(db, query, target)
    assert exported.rows == audit_log.count(db, query) == 3
    sheet = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Nhật ký").to_python()
    assert sheet[0][0] == "NHẬT KÝ THAY ĐỔI DỮ LIỆU"
    assert sheet[1][0].startswith("Bản ghi “tien bo”: 3 dòng; xuất lúc ")
    assert sheet[2] == ["Thời gian", "Người dùng", "Thao tác", "Sổ", "Bản ghi", "Thông tin",
                        "Giá trị cũ → mới", "Lý do"]
    newest = sheet[3]
    assert isinstance(newest[0], datetime)
    assert abs(newest[0] - datetime.now()) < timedelta(minutes=5)  # local time, not UTC
    assert newest[2:] == ["Sửa", "Tổ chức", "Hợp tác xã Tiến Bộ", "Ghi chú",
                          "Đổi trụ sở → =1+1", "=SUM(A1)"]  # text, never a formula
    assert [row[2] for row in sheet[3:]] == ["Sửa", "Sửa", "Thêm"]
    note_export(db, exported)
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.record_label == "nhat-ky.xlsx"
    assert "Xuất 3 dòng nhật ký (bản ghi “tien bo”)" in entry.reason
    assert lines(db)[0].action_label == "Xuất"


def test_a_bulk_write_that_counts_rows_by_table_reads_in_words(db):
    with db.session() as s:
        write_entries(s.connection(), [{"action": "insert", "record_label": "Dữ liệu mẫu",
                                        "new_value": '{"manager": 3094, "member": 60500}'}])
    assert lines(db)[0].new == "Cán bộ: 3.094; Thành viên: 60.500"
