"""The index of people's names stays in step with the stored folded names whatever writes them,
and finds what comparing every row finds."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kttt_desktop.data import name_index
from kttt_desktop.data.database import open_database
from kttt_desktop.data.models import Member
from kttt_desktop.data.registers.lists import ListQuery
from kttt_desktop.services import backups
from kttt_desktop.services.importing import import_workbook
from kttt_desktop.services.registers import lists, trash
from kttt_desktop.services.registers.records import load_record, save_record
from tests.registers_helpers import TAX_CODES, member, organisation
from tests.workbooks import office_sheets, write_xlsx

pytestmark = pytest.mark.sqlite_only  # SQLite's FTS5 index; PostgreSQL's is a trigram index of the column

M = Member.__table__


def found(db, text: str, table: str = "member") -> list[str]:
    """The names the list finds for ``text``, through the index (few rows match)."""
    query = ListQuery(search=text)
    name = "full_name"
    return sorted(row[name] for row in lists.page(db, table, query, 0, 100_000, matches=1))


def scanned(db, text: str) -> list[str]:
    """The names every row compared by LIKE finds for ``text`` (the rule, without the index)."""
    words = ListQuery(search=text).words
    with db.engine.connect() as connection:
        rows = connection.execute(select(M.c.full_name).where(
            *(name_index.name_has_word(M.c.name_folded, w) for w in words)))
        return sorted(row[0] for row in rows)


def in_step(db) -> bool:
    with db.engine.connect() as connection:
        return all(name_index.in_step(connection, r) for r in name_index.INDEXED)


@pytest.fixture
def people(db):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    ids = {name: member(db, htx, name) for name in (
        "Nguyễn Văn An", "Vũ Thị Lan", "Vương Đình Hùng", "Hoàng Văn Vui", "Lê Thị Ánh")}
    return htx, ids


def test_what_a_form_saves_is_found_and_what_it_changes_or_deletes_is_not(db, people):
    htx, ids = people
    assert found(db, "vuong dinh") == ["Vương Đình Hùng"]
    record = load_record(db, "member", ids["Vương Đình Hùng"])
    save_record(db, "member", {**record, "full_name": "Vương Đình Tuấn"}, ids["Vương Đình Hùng"])
    assert found(db, "hung") == [] and found(db, "tuấn") == ["Vương Đình Tuấn"]
    entry = trash.delete_record(db, "member", ids["Lê Thị Ánh"])
    assert found(db, "anh") == []
    trash.restore(db, entry.trash_id)
    assert found(db, "anh") == ["Lê Thị Ánh"]
    member(db, htx, "Đặng Thị Ánh")
    assert found(db, "anh") == ["Lê Thị Ánh", "Đặng Thị Ánh"]
    assert in_step(db)


def test_short_words_start_a_word_longer_ones_occur_anywhere(db, people):
    assert found(db, "vu") == ["Hoàng Văn Vui", "Vũ Thị Lan", "Vương Đình Hùng"]
    assert found(db, "an") == ["Lê Thị Ánh", "Nguyễn Văn An"]  # not "Lan", not "Hoàng"
    assert found(db, "v") == ["Hoàng Văn Vui", "Nguyễn Văn An", "Vũ Thị Lan",
                              "Vương Đình Hùng"]
    assert found(db, "uyen") == ["Nguyễn Văn An"]
    assert found(db, "lan vu") == ["Vũ Thị Lan"]
    assert found(db, "x") == found(db, "zq") == []


def test_an_import_is_found_at_once(db, tmp_path):
    import_workbook(db, write_xlsx(tmp_path / "so.xlsx", office_sheets()))
    assert found(db, "tran thi binh") == ["Trần Thị Bình"]
    assert found(db, "nguyen van an", "manager") == ["Nguyễn Văn An"]
    assert in_step(db)


def test_a_restored_backup_finds_its_own_names(db, people):
    htx, _ids = people
    saved = backups.back_up(db.path)
    member(db, htx, "Triệu Văn Páo")  # the change the restore undoes
    assert found(db, "pao") == ["Triệu Văn Páo"]
    path = db.path
    db.close()
    backups.restore(path, saved.path)
    restored = open_database(path)
    try:
        assert found(restored, "pao") == [] and found(restored, "vuong") == ["Vương Đình Hùng"]
        assert in_step(restored)
    finally:
        restored.close()


def test_a_database_copied_table_by_table_is_put_back_in_step_by_rebuild(db, people):
    """What a migration that rebuilds the member table (Alembic's batch mode) leaves, and the
    one line that repairs it."""
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER member_fts_update")
        connection.exec_driver_sql(
            "UPDATE member SET name_folded = 'nguyen van binh' WHERE id = 1")
    assert not in_step(db) and found(db, "binh") == []
    with db.engine.begin() as connection:
        name_index.rebuild(connection)
    assert in_step(db) and found(db, "binh") == ["Nguyễn Văn An"]
    record = load_record(db, "member", 1)
    save_record(db, "member", {**record, "full_name": "Nguyễn Văn Chung"}, 1)  # trigger back
    assert found(db, "chung") == ["Nguyễn Văn Chung"] and in_step(db)


WORDS = ["n", "ng", "ngu", "nguyen van", "van h", "thi", "a", "an", "anh", "h", "hung", "uyen",
         "le minh tuan", "tran thi h", "x", "q", "o'", "100%", "a_b", '"', "d"]


@pytest.mark.parametrize("text", WORDS)
def test_the_index_finds_what_comparing_every_row_finds(province_db_path, text):
    db = open_database(province_db_path, read_only=True)
    try:
        assert found(db, text) == scanned(db, text)
        spec = lists.LISTS["member"]
        with db.engine.connect() as connection:
            counted = lists.count_rows(connection, spec, ListQuery(search=text))
        assert counted == len(scanned(db, text))
    finally:
        db.close()


def test_a_search_typed_past_stops_the_read_under_way(province_db_path):
    db = open_database(province_db_path, read_only=True)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    try:
        from kttt_desktop.core.errors import Cancelled

        with pytest.raises(Cancelled):
            lists.load(db, "member", ListQuery(search="n"), 64, cancelled=cancelled)
        whole = lists.load(db, "member", ListQuery(search="n"), 64)
        assert whole.count > 10_000 and len(whole.rows) == 64
    finally:
        db.close()


def test_the_first_rows_come_before_a_slow_count(province_db_path):
    db = open_database(province_db_path, read_only=True)
    try:
        shown = []
        listed = lists.load(db, "member", ListQuery(search="v"), 64, progress=shown.append)
        with db.engine.connect() as connection:
            total = connection.execute(select(func.count()).select_from(M).where(
                name_index.name_has_word(M.c.name_folded, "v"))).scalar_one()
        assert [len(s.rows) for s in shown] == [64] and shown[0].rows == listed.rows
        assert listed.count == total
    finally:
        db.close()


@pytest.mark.parametrize("text", ["n", "van", "nguyen van h", "thi", "le minh tuan"])
def test_walking_the_sort_index_or_sorting_the_matches_gives_the_same_pages(province_db_path,
                                                                            text):
    """However a page is read (along the sort index as far as the walk may look, or the matches
    sorted), it holds the same rows in the same order."""
    db = open_database(province_db_path, read_only=True)
    try:
        query = ListQuery(search=text)
        for offset in (0, 64, 6400):
            walked = lists.page(db, "member", query, offset, 64, matches=10**9)
            sorted_ = lists.page(db, "member", query, offset, 64, matches=1)
            assert [r["id"] for r in walked] == [r["id"] for r in sorted_], offset
    finally:
        db.close()


def test_names_recomputed_all_at_once_are_found_by_their_new_form(db, people):
    """What a migration does after fold() changed: every folded name rewritten, then the one
    line that brings the index in step."""
    with db.engine.begin() as connection, name_index.rebuilt_after(connection):
        connection.exec_driver_sql("UPDATE member SET name_folded = upper(name_folded)")
        connection.exec_driver_sql("UPDATE member SET name_folded = lower(name_folded) || ' x'")
    assert in_step(db)
    assert len(found(db, "x")) == 5
