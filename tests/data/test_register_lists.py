"""The register lists: accent-insensitive search, Vietnamese order, filters, counts and pages."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.data.registers.lists import ListQuery
from kttt_desktop.services.registers import lists
from kttt_desktop.services.registers.records import save_record
from tests.registers_helpers import HOANH_MO, LUC_HON, TAX_CODES, member, organisation

TODAY = date(2025, 6, 1)


@pytest.fixture
def register(db):
    dong_tam = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    dong_tien = organisation(db, "Hợp tác xã Dương Tiến", code=TAX_CODES[1], commune=LUC_HON)
    an_phu = organisation(db, "Hợp tác xã An Phú", code=TAX_CODES[2], commune=HOANH_MO,
                          dissolved_on=date(2024, 1, 1))
    khe_van = organisation(db, "Tổ hợp tác Khe Vằn", kind="tht", commune=HOANH_MO)
    save_record(db, "suspension", {"organisation_id": dong_tien, "starts_on": date(2025, 3, 1)})
    names = ["Nguyễn Thị Hoà", "Đào Văn An", "Dương Thị Ánh", "Nguyễn Văn Ấn", "Trần Thị Ân",
             "Nguyễn Thị Hoa", "Lý Văn Đông"]
    for number, name in enumerate(names):
        member(db, dong_tam if number % 2 else dong_tien, name, birth_year=1970 + number,
               left_on=date(2024, 12, 31) if name == "Trần Thị Ân" else None)
    member(db, khe_van, "Hoàng Văn Tùng", birth_year=1960)
    return {"dong_tam": dong_tam, "dong_tien": dong_tien, "an_phu": an_phu, "khe_van": khe_van}


def names(db, table: str, query: ListQuery, key: str = "name") -> list[str]:
    return [row[key] for row in lists.page(db, table, query, 0, 100)]


def test_search_ignores_accents_and_case_and_takes_every_word(db, register):
    query = ListQuery(today=TODAY)
    assert names(db, "organisation", query.replace(search="dong tam")) == ["Hợp tác xã Đồng Tâm"]
    assert names(db, "organisation", query.replace(search="DUONG")) == ["Hợp tác xã Dương Tiến"]
    assert names(db, "organisation", query.replace(search=TAX_CODES[2][-4:])) == [
        "Hợp tác xã An Phú"]
    people = query.replace(search="nguyen thi")
    assert names(db, "member", people, "full_name") == ["Nguyễn Thị Hoa", "Nguyễn Thị Hoà"]
    assert lists.count(db, "member", query.replace(search="nguyen hoa")) == 2  # words anywhere
    assert lists.count(db, "member", query.replace(search="100%")) == 0  # no wildcard


def test_lists_are_in_vietnamese_order(db, register):
    query = ListQuery(today=TODAY)
    # D before Đ, A before Ă … ; an organisation list by its whole name.
    assert names(db, "organisation", query) == [
        "Hợp tác xã An Phú", "Hợp tác xã Dương Tiến", "Hợp tác xã Đồng Tâm", "Tổ hợp tác Khe Vằn"]
    # People by given name first (An, Ánh, Ấn, Ân … Đông), tones after letters.
    assert names(db, "member", query, "full_name") == [
        "Đào Văn An", "Dương Thị Ánh", "Trần Thị Ân", "Nguyễn Văn Ấn", "Lý Văn Đông",
        "Nguyễn Thị Hoa", "Nguyễn Thị Hoà", "Hoàng Văn Tùng"]
    descending = names(db, "member", query.replace(descending=True), "full_name")
    assert descending[0] == "Hoàng Văn Tùng" and descending[-1] == "Đào Văn An"


def test_organisations_filter_by_kind_commune_and_status_on_a_day(db, register):
    query = ListQuery(today=TODAY)
    assert names(db, "organisation", query.with_filter("kind", "tht")) == ["Tổ hợp tác Khe Vằn"]
    assert names(db, "organisation", query.with_filter("commune_code", HOANH_MO)) == [
        "Hợp tác xã An Phú", "Tổ hợp tác Khe Vằn"]
    assert names(db, "organisation", query.with_filter("status", "dissolved")) == [
        "Hợp tác xã An Phú"]
    assert names(db, "organisation", query.with_filter("status", "suspended")) == [
        "Hợp tác xã Dương Tiến"]
    before = ListQuery(today=date(2023, 1, 1)).with_filter("status", "operating")
    assert len(names(db, "organisation", before)) == 4
    rows = lists.page(db, "organisation", query, 0, 10)
    assert {r["name"]: r["members"] for r in rows} == {
        "Hợp tác xã An Phú": 0, "Hợp tác xã Dương Tiến": 3, "Hợp tác xã Đồng Tâm": 3,
        "Tổ hợp tác Khe Vằn": 1}  # Trần Thị Ân left at the end of 2024


def test_members_filter_by_their_organisation_and_status(db, register):
    query = ListQuery(today=TODAY)
    assert lists.count(db, "member", query.with_filter("org_kind", "tht")) == 1
    assert lists.count(db, "member", query.with_filter("commune_code", LUC_HON)) == 4
    assert names(db, "member", query.with_filter("status", "left"), "full_name") == [
        "Trần Thị Ân"]
    assert lists.count(db, "member", query.with_filter("status", "current")) == 7
    assert lists.count(db, "member", query.with_filter(
        "organisation_id", register["dong_tam"])) == 3
    assert lists.count(db, "member", query.with_filter("member_kind", "associate")) == 0


def test_pages_cut_the_same_order_and_the_count_agrees(db, register):
    query = ListQuery(today=TODAY)
    whole = [row["id"] for row in lists.page(db, "member", query, 0, 100)]
    pieces = [row["id"] for offset in range(0, 8, 3)
              for row in lists.page(db, "member", query, offset, 3)]
    assert pieces == whole and len(whole) == lists.count(db, "member", query) == 8


@pytest.mark.parametrize("table", ["organisation", "suspension", "member", "manager",
                                   "manager_position", "training_record", "ocop_product",
                                   "rating", "yearly_figures"])
def test_every_list_reads_the_province_register(province_db_path, table):
    from kttt_desktop.data.database import open_database

    db = open_database(province_db_path, read_only=True)
    try:
        query = ListQuery(search="a", descending=True)
        total = lists.count(db, table, ListQuery())
        assert total > 0
        found = lists.count(db, table, query)
        rows = lists.page(db, table, query, 0, 50)
        assert len(rows) == min(50, found)
        assert set(rows[0]) == {"id", *lists.LISTS[table].keys} if rows else True
    finally:
        db.close()


def test_an_organisation_picker_is_searched_as_its_text_folds(province_db_path):
    """The picker's folded texts come from the stored folded names (40,000 of them at national
    scale are not folded again): they are what folding the text shown gives."""
    from kttt_desktop.core.text import fold
    from kttt_desktop.data.database import open_database

    db = open_database(province_db_path, read_only=True)
    try:
        picks = lists.organisation_picks(db)
        htx = lists.organisation_picks(db, ["htx"])
    finally:
        db.close()
    assert len(picks) > 900 and 0 < len(htx) < len(picks)
    assert all(pick.folded == fold(pick.text) and " – " in pick.text for pick in picks)
