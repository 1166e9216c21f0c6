"""The shipped administrative units are the official lists: Công văn 915/CTK-CSCL (34 provinces)
and Công văn 1027/CTK-CSCL (3,321 communes), kept in tests/data/units as published; the later
changes and the pre-reform units are the ones the data records."""

from __future__ import annotations

import csv
import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from kttt_desktop.core.units import REFORM_DAY
from kttt_desktop.data.admin_units import catalogue

OFFICIAL = Path(__file__).parent / "units"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def official_provinces() -> dict[str, str]:
    with open(OFFICIAL / "915_CTK-CSCL.csv", encoding="utf-8", newline="") as f:
        return {row["Mã số"]: nfc(row["Tên 34 tỉnh sau sáp nhập"]) for row in csv.DictReader(f)}


def official_communes() -> list[dict]:
    return json.loads((OFFICIAL / "gso_1027_communes.json").read_text(encoding="utf-8"))


def test_the_provinces_are_the_34_of_the_letter_915_by_code_and_name():
    shipped = {code: nfc(unit.on(REFORM_DAY).name) for code, unit in catalogue().provinces.items()}
    assert len(shipped) == 34
    assert shipped == official_provinces()


def test_the_communes_are_the_3321_of_the_letter_1027_by_code_name_and_province():
    provinces = official_provinces()
    shipped = {code: (nfc(unit.on(REFORM_DAY).name), provinces[unit.province_code])
               for code, unit in catalogue().communes.items()}
    letter = {row["code"]: nfc(row["name"]) for row in official_communes()}
    assert len(shipped) == len(letter) == 3321
    assert {code: name for code, (name, _) in shipped.items()} == letter
    # the letter names the province of each commune in its own words ("Tp Hải Phòng")
    for row in official_communes():
        province = shipped[row["code"]][1]
        short = province.removeprefix("Thành phố ")
        assert row["province"] in (province, f"Tỉnh {province}", f"Tp {short}"), row


def test_every_unit_was_in_force_from_the_reform_and_its_versions_follow_each_other():
    for unit in [*catalogue().provinces.values(), *catalogue().communes.values()]:
        assert unit.valid_from == REFORM_DAY and unit.valid_to is None
        for before, after in zip(unit.versions, unit.versions[1:], strict=False):
            assert (after.valid_from - before.valid_to).days == 1


def test_the_changes_since_the_reform_are_dong_nai_made_a_city_with_ten_new_wards():
    changed = {code: unit for code, unit in catalogue().communes.items() if len(unit.versions) > 1}
    assert sorted(changed) == ["25270", "25357", "25363", "26116", "26170", "26248", "26326",
                               "26368", "26425", "26485"]
    for unit in changed.values():
        before, after = unit.versions
        assert unit.province_code == "75"
        assert (before.kind, after.kind) == ("xã", "phường")
        assert after.name == "Phường " + before.name.removeprefix("Xã ")
        assert after.valid_from == date(2026, 4, 30)
    dong_nai = catalogue().provinces["75"]
    assert [(v.name, v.kind) for v in dong_nai.versions] == [
        ("Đồng Nai", "tỉnh"), ("Thành phố Đồng Nai", "thành phố trung ương")]
    assert dong_nai.on(date(2026, 4, 29)).name == "Đồng Nai"
    assert "237/NQ-UBTVQH16" in catalogue().basis(dong_nai.current)
    assert catalogue().release == date(2026, 4, 30)


# The second dataset (thanglequoc v3.0.2, from the statistics office's service) differs from the
# letter in these codes only; the letter's are shipped.
KNOWN_DIFFERENCES = {
    "00745": ("Xã Phố Bảng", "Xã Phó Bảng"),
    "06970": ("Xã Ba Chẽ", None),  # QĐ 19/2025 gives Ba Chẽ the code 06978
    "06978": (None, "Xã Ba Chẽ"),
    "23737": ("Xã Ia Mơ", None),  # and Ia Mơ 23938
    "23938": (None, "Xã Ia Mơ"),
}


def test_the_second_dataset_differs_from_the_shipped_list_only_where_known():
    data = json.loads((OFFICIAL / "thanglequoc_v3.0.2.json").read_text(encoding="utf-8"))
    theirs = {w["Code"]: nfc(w["FullName"]) for p in data for w in p["Wards"]}
    ours = {code: unit.on(REFORM_DAY).name for code, unit in catalogue().communes.items()}
    found = {code: (ours.get(code), theirs.get(code)) for code in set(ours) | set(theirs)
             if ours.get(code) != theirs.get(code)}
    assert found == KNOWN_DIFFERENCES


def test_the_pre_reform_communes_and_where_they_went():
    old = [u for u in catalogue().old_units.values() if not u.is_district]
    assert len(old) == 10047
    assert sum(u.split for u in old) == 460
    assert all(u.successors for u in old)
    assert {u.province_code for u in old} == set(catalogue().old_provinces)
    assert len(catalogue().old_provinces) == 63
    hong_duong = catalogue().old_units["10180"]
    assert (hong_duong.name, hong_duong.district, hong_duong.province) == (
        "Xã Hồng Dương", "Huyện Thanh Oai", "Thành phố Hà Nội")
    assert hong_duong.successors == ("10180",)
    assert catalogue().communes["10180"].name == "Xã Dân Hòa"
    islands = [u for u in catalogue().old_units.values() if u.is_district]
    assert sorted(u.name for u in islands) == ["Huyện Bạch Long Vĩ", "Huyện Côn Đảo", "Huyện Cồn Cỏ",
                                               "Huyện Hoàng Sa", "Huyện Lý Sơn"]
    # every commune of today came from some of them
    assert all(unit.predecessors for unit in catalogue().communes.values())


@pytest.mark.parametrize("name", ["units.json", "old_units.json", "README.md"])
def test_the_data_ships_with_its_sources_and_licences(name):
    folder = Path(__file__).resolve().parents[2] / "resources" / "units"
    assert (folder / name).is_file()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for words in ("1027/CTK-CSCL", "915/CTK-CSCL", "dvhcvn/20250701", "thanglequoc", "MIT"):
        assert words in readme
    for licence in ("LICENSE-dvhcvn.txt", "LICENSE-thanglequoc.txt"):
        assert "MIT License" in (folder / licence).read_text(encoding="utf-8")
