"""Which commune a text names, over the shipped units: today's names, the names they had since
the reform, and the pre-reform communes with their old districts and provinces."""

from __future__ import annotations

import pytest

from kttt_desktop.core.unit_resolver import Outcome, split_kind
from kttt_desktop.data.admin_units import catalogue, resolver


def codes(resolution) -> list[str]:
    return [unit.code for unit in resolution.candidates]


@pytest.mark.parametrize(("text", "province"), [
    ("xã Hồng Dương, huyện Thanh Oai", "01"),
    ("xã Hồng Dương, huyện Thanh Oai, thành phố Hà Nội", None),
    ("Hồng Dương, Thanh Oai, Hà Nội", None),
    ("X. Hồng Dương, H. Thanh Oai, TP. Hà Nội", None),
    ("Hồng Dương", "01"),
    ("xa hong duong, huyen thanh oai", "01"),
    ("Thôn Đại Định, xã Hồng Dương, huyện Thanh Oai", "01"),
])
def test_an_old_commune_maps_to_its_new_commune(text, province):
    found = resolver().resolve(text, province)
    assert (found.outcome, codes(found)) == (Outcome.UNIQUE, ["10180"])
    assert found.renamed and found.old[0].describe() == (
        "xã Hồng Dương, huyện Thanh Oai, thành phố Hà Nội")
    assert found.reason.endswith("nay thuộc Xã Dân Hòa (mã 10180): đổi theo sắp xếp đơn vị hành "
                                 "chính 2025.")


def test_todays_name_is_todays_commune_not_a_renaming():
    found = resolver().resolve("Xã Dân Hòa", "01")
    assert (found.outcome, codes(found), found.renamed) == (Outcome.UNIQUE, ["10180"], False)
    assert found.reason == "“Xã Dân Hòa” là Xã Dân Hòa (mã 10180)."


def test_a_name_a_commune_had_since_the_reform_is_still_found():
    found = resolver().resolve("Xã Lộc Ninh", "75")  # a ward since 30/04/2026
    assert (found.outcome, codes(found), found.renamed) == (Outcome.UNIQUE, ["25270"], False)


def test_a_split_commune_gives_its_candidates():
    found = resolver().resolve("phường Cống Vị", "01")
    assert (found.outcome, codes(found)) == (Outcome.CANDIDATES, ["00008", "00025"])
    assert found.commune is None
    assert found.reason == (
        "phường Cống Vị, quận Ba Đình, thành phố Hà Nội (trước ngày 01/07/2025) đã được chia vào "
        "2 xã, phường: Phường Ngọc Hà (mã 00008), Phường Giảng Võ (mã 00025); hãy chọn một.")


def test_a_name_two_old_communes_had_gives_both_and_the_old_district_settles_it():
    found = resolver().resolve("Xã Tân Dân", "01")
    assert (found.outcome, codes(found)) == (Outcome.CANDIDATES, ["00382", "10330"])
    assert "hãy ghi thêm tên huyện, tỉnh cũ hoặc chọn một" in found.reason
    settled = resolver().resolve("Xã Tân Dân, huyện Phú Xuyên", "01")
    assert codes(settled) == ["10330"]


def test_an_old_name_that_is_todays_name_of_another_commune_is_a_choice():
    """Old xã Phan Thanh (Bảo Lạc) went elsewhere; today's Xã Phan Thanh is another commune."""
    found = resolver().resolve("Xã Phan Thanh", "04")
    today = [u.code for u in catalogue().communes.values() if u.name == "Xã Phan Thanh"]
    assert found.outcome is Outcome.CANDIDATES and codes(found)[0] == today[0]
    assert "là tên hiện nay của Xã Phan Thanh" in found.reason
    with_district = resolver().resolve("Xã Phan Thanh, huyện Bảo Lạc", "04")
    assert with_district.outcome is Outcome.UNIQUE and codes(with_district) != today


def test_names_differing_only_by_diacritics_are_told_apart():
    assert codes(resolver().resolve("Xã Văn Lang", "19")) == ["02143"]
    assert codes(resolver().resolve("Xã Văn Lăng", "19")) == ["05665"]
    typed_bare = resolver().resolve("xa van lang", "19")
    assert (typed_bare.outcome, sorted(codes(typed_bare))) == (Outcome.CANDIDATES,
                                                               ["02143", "05665"])


@pytest.mark.parametrize("text", ["Phường Văn Miếu – Quốc Tử Giám", "Văn Miếu — Quốc Tử Giám",
                                  "phường văn miếu  -  quốc tử giám"])
def test_dashes_and_spaces_of_any_kind(text):
    assert codes(resolver().resolve(text, "01")) == ["00226"]


def test_an_island_district_without_communes_is_its_special_zone():
    found = resolver().resolve("huyện Côn Đảo, tỉnh Bà Rịa - Vũng Tàu")
    assert codes(found) == ["26732"] and found.renamed


def test_a_province_outside_the_hint_or_an_unknown_place_finds_nothing():
    elsewhere = resolver().resolve("xã Hồng Dương, huyện Thanh Oai", "22")
    assert elsewhere.outcome is Outcome.NONE and "ở Quảng Ninh" in elsewhere.reason
    unknown = resolver().resolve("xã Hồng Dương, huyện Không Có")
    assert unknown.outcome is Outcome.NONE
    assert unknown.reason == ("Không có huyện, tỉnh nào (trước hay sau ngày 01/07/2025) tên "
                              "“huyện Không Có”.")
    assert resolver().resolve("  ").outcome is Outcome.NONE


def test_codes_of_today_and_of_before_the_reform():
    assert codes(resolver().resolve_code("10180")) == ["10180"]
    cong_vi = resolver().resolve_code("00007", "01")  # old Cống Vị's code
    assert (cong_vi.outcome, codes(cong_vi)) == (Outcome.CANDIDATES, ["00008", "00025"])
    assert resolver().resolve_code("99999").outcome is Outcome.NONE


def test_kinds_and_their_abbreviations():
    assert (split_kind("Thị trấn Vân Đình").kind, split_kind("Thị trấn Vân Đình").name) == (
        "thi tran", "Vân Đình")
    assert split_kind("tt. Vân Đình").kind == "thi tran"
    assert split_kind("P.1").kind == "phuong" and split_kind("P.1").name == "1"
    assert split_kind("Phường").kind == ""  # a kind alone is a name
    assert codes(resolver().resolve("Phường 01, Quận Gò Vấp", "79")) == codes(
        resolver().resolve("phường 1, quận Gò Vấp", "79"))


def test_how_many_old_communes_map_uniquely():
    """The figures of the closing note: with the old district and province every old commune
    that was not split maps to one new commune; by its name alone in its province, fewer."""
    full, by_name = {"unique": 0, "choice": 0}, {"unique": 0, "choice": 0}
    for old in catalogue().old_units.values():
        if old.is_district:
            continue
        province = catalogue().communes[old.successors[0]].province_code
        for figures, text in ((full, f"{old.name}, {old.district}, {old.province}"),
                              (by_name, old.name)):
            found = resolver().resolve(text, province)
            if found.outcome is Outcome.UNIQUE:
                assert found.commune.code in old.successors, text
                figures["unique"] += 1
            else:
                assert found.outcome is Outcome.CANDIDATES, text
                figures["choice"] += 1
    assert full == {"unique": 9587, "choice": 460}
    assert by_name == {"unique": 8930, "choice": 1117}
