"""Saving records: the rules block or warn, warnings need a reason that reaches the audit log,
duplicates are found while typing."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from kttt_desktop.core.errors import InputError
from kttt_desktop.data.models import AuditEntry
from kttt_desktop.services.registers import duplicates
from kttt_desktop.services.registers.records import (
    WarningsToAccept,
    check_record,
    load_record,
    save_record,
)
from tests.registers_helpers import BINH_LIEU, HOANH_MO, TAX_CODES, member, organisation


def audit(db, table: str, record_id: int) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(
            AuditEntry.table_name == table, AuditEntry.record_id == record_id)
            .order_by(AuditEntry.id)))


def test_a_new_organisation_is_stored_tidied_and_logged(db):
    saved = save_record(db, "organisation", {
        "kind": "htx", "name": "  Hợp tác xã   Nông nghiệp Đồng Tâm ", "code": "5701 000 014",
        "commune_code": BINH_LIEU, "sector": "agriculture", "established_on": date(2015, 3, 2),
        "phone": "+84 912 345 678", "charter_capital": 1_250_000_000})
    assert saved.created and saved.label == "Hợp tác xã Nông nghiệp Đồng Tâm"
    stored = load_record(db, "organisation", saved.record_id)
    assert stored["name"] == "Hợp tác xã Nông nghiệp Đồng Tâm"
    assert stored["code"] == "5701000014"
    assert stored["phone"] == "0912345678"
    [entry] = audit(db, "organisation", saved.record_id)
    assert entry.action == "insert" and json.loads(entry.new_value)["code"] == "5701000014"


def test_errors_block_the_save_and_name_their_fields(db):
    with pytest.raises(InputError) as caught:
        save_record(db, "organisation", {"kind": "htx", "name": "", "code": "5701000015",
                                         "commune_code": BINH_LIEU, "sector": "agriculture",
                                         "established_on": date(2015, 3, 2)})
    fields = {i.field for i in caught.value.issues if i.is_error}
    assert fields == {"name", "code"}  # the name is missing; the check digit of the code is wrong
    assert "chữ số kiểm tra sai" in caught.value.message
    with db.session() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "insert",
                                                  AuditEntry.table_name == "organisation")
                         ).first() is None


def test_a_warning_needs_a_reason_which_goes_into_the_audit_log(db):
    values = {"kind": "htx", "name": "HTX Đồng Tâm", "code": TAX_CODES[0],
              "commune_code": BINH_LIEU, "sector": "agriculture",
              "established_on": date(2015, 3, 2)}
    with pytest.raises(WarningsToAccept) as caught:
        save_record(db, "organisation", values)
    assert [i.field for i in caught.value.issues] == ["name"]
    assert "Hợp tác xã" in caught.value.issues[0].message
    saved = save_record(db, "organisation", values, reason="Tên theo giấy chứng nhận")
    [entry] = audit(db, "organisation", saved.record_id)
    assert entry.reason == "Tên theo giấy chứng nhận"
    # Accepted once: an edit that keeps the same warning is not asked again.
    save_record(db, "organisation", {**values, "address": "Thôn Khe Vằn"}, saved.record_id)
    assert audit(db, "organisation", saved.record_id)[-1].new_value == "Thôn Khe Vằn"


def test_member_rules_are_applied_with_the_organisation_known(db):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    tht = organisation(db, "Tổ hợp tác Khe Vằn", kind="tht")
    findings = check_record(db, "member", {
        "organisation_id": htx, "full_name": "Nguyễn Văn An", "member_kind": "official",
        "member_type": "individual", "birth_date": date(2000, 5, 1),
        "joined_on": date(2016, 1, 4), "cccd": "022185012345", "gender": "male"})
    codes = {(i.field, i.code) for i in findings.errors}
    assert ("birth_date", "date.under_age") in codes  # 15 years old when joining
    assert {f for f, c in codes if c.startswith("identity.")} == {"cccd"}  # 1985 and female
    findings = check_record(db, "member", {
        "organisation_id": tht, "full_name": "Lò Thị Bình", "member_kind": "associate",
        "official_subtype": "capital_use", "member_type": "individual",
        "joined_on": date(2016, 1, 4), "birth_year": 1970})
    assert {i.field for i in findings.errors} == {"official_subtype", "member_kind"}


def test_a_union_member_is_an_htx_chosen_as_such(db):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    tht = organisation(db, "Tổ hợp tác Khe Vằn", kind="tht")
    union = organisation(db, "Liên hiệp hợp tác xã Bình Liêu", kind="lhhtx", code=TAX_CODES[1])
    values = {"organisation_id": union, "full_name": "Hợp tác xã Đồng Tâm",
              "member_kind": "official", "member_type": "legal_person",
              "joined_on": date(2018, 1, 4)}
    assert [i.field for i in check_record(db, "member", values).errors] == [
        "member_organisation_id"]
    assert [i.field for i in check_record(
        db, "member", {**values, "member_organisation_id": tht}).errors] == [
        "member_organisation_id"]
    member(db, union, "Hợp tác xã Đồng Tâm", member_organisation_id=htx,
           member_type="legal_person", birth_year=None)
    assert [i.field for i in check_record(db, "member", {
        "organisation_id": htx, "full_name": "Lê Văn Cường", "member_kind": "official",
        "member_type": "individual", "joined_on": date(2018, 1, 4), "birth_year": 1970,
        "member_organisation_id": tht}).errors] == ["member_organisation_id"]


def test_duplicates_name_the_existing_record(db):
    htx = organisation(db, "Hợp tác xã Nông nghiệp Đồng Tâm", code=TAX_CODES[0])
    other = organisation(db, "Hợp tác xã Chè Hoành Mô", code=TAX_CODES[1], commune=HOANH_MO)
    first = member(db, htx, "Nguyễn Văn An", cccd="022080123456", gender="male",
                   birth_date=date(1980, 4, 2))
    # The same CCCD in another organisation: a warning that points at the member.
    found = check_record(db, "member", {
        "organisation_id": other, "full_name": "Nguyễn Văn Ân", "cccd": "022080123456",
        "member_kind": "official", "member_type": "individual", "joined_on": date(2019, 1, 2),
        "birth_year": 1980}).duplicates
    assert [(d.issue.code, d.table, d.record_id, d.issue.is_error) for d in found] == [
        (duplicates.SAME_CCCD, "member", first, False)]
    assert "Hợp tác xã Nông nghiệp Đồng Tâm" in found[0].issue.message
    # The same name and birth date in the same organisation.
    found = check_record(db, "member", {
        "organisation_id": htx, "full_name": "nguyễn văn  an", "member_kind": "official",
        "member_type": "individual", "joined_on": date(2019, 1, 2),
        "birth_date": date(1980, 4, 2)}).duplicates
    assert [(d.issue.code, d.record_id) for d in found] == [(duplicates.SAME_PERSON, first)]
    # The member itself is no duplicate of itself.
    assert not check_record(db, "member", load_record(db, "member", first), first).duplicates
    # An organisation: the tax code is an error, a near name in the commune a warning.
    found = check_record(db, "organisation", {
        "kind": "htx", "name": "HTX nông nghiệp Đồng Tâm", "code": TAX_CODES[0],
        "commune_code": BINH_LIEU, "sector": "agriculture",
        "established_on": date(2020, 1, 2)}).duplicates
    assert [(d.issue.code, d.issue.is_error, d.record_id) for d in found] == [
        (duplicates.SAME_TAX_CODE, True, htx), (duplicates.SIMILAR_NAME, False, htx)]
    # The same name in another commune is another organisation.
    assert not check_record(db, "organisation", {
        "kind": "htx", "name": "Hợp tác xã Nông nghiệp Đồng Tâm", "commune_code": HOANH_MO,
        "sector": "agriculture", "established_on": date(2020, 1, 2)}).duplicates


@pytest.mark.parametrize(("name", "other", "clash"), [
    ("Hợp tác xã Đồng Tâm", "HTX Đồng Tâm", True),
    ("Hợp tác xã Nông nghiệp Đồng Tâm", "Hợp tác xã Nông nghiệp Đồng Tân", True),
    ("Hợp tác xã Đồng Tâm", "Hợp tác xã Đồng Tiến", False),
    ("Tổ hợp tác Khe Vằn", "Tổ hợp tác Khe Mo", False),
])
def test_organisation_names_clash_once_their_kind_is_left_out(name, other, clash):
    from kttt_desktop.core.text import fold

    assert bool(duplicates.similar_names(name, [(1, other, fold(other))])) is clash


def test_a_second_rating_for_the_same_year_is_refused(db):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    save_record(db, "rating", {"organisation_id": htx, "year": 2023, "score": 82,
                               "rating_class": "good", "scheme": "TT01/2020"})
    with pytest.raises(InputError) as caught:
        save_record(db, "rating", {"organisation_id": htx, "year": 2023, "score": 70,
                                   "rating_class": "fair", "scheme": "TT01/2020"})
    assert [i.code for i in caught.value.issues if i.is_error] == [duplicates.SAME_YEAR]


def test_a_record_deleted_meanwhile_cannot_be_saved(db):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    values = load_record(db, "organisation", htx)
    from kttt_desktop.services.registers.trash import delete_record

    delete_record(db, "organisation", htx)
    with pytest.raises(InputError, match="có thể nó vừa bị xóa"):
        save_record(db, "organisation", values, htx)


def test_a_form_opened_after_an_organisation_was_saved_offers_it(db):
    """The organisations a picker offers are read once and kept, but only while nothing was
    written: the next form offers an organisation saved meanwhile, under its new name too."""
    from kttt_desktop.services.registers.lists import organisation_picks

    before = organisation_picks(db)
    saved = organisation(db, "Hợp tác xã Mới Lập", kind="tht", reason="thử")
    assert saved in {p.id for p in organisation_picks(db)} - {p.id for p in before}
    save_record(db, "organisation", {**load_record(db, "organisation", saved),
                                     "name": "Hợp tác xã Đổi Tên"}, saved, reason="thử")
    [pick] = [p for p in organisation_picks(db) if p.id == saved]
    assert pick.text.startswith("Hợp tác xã Đổi Tên – ")
