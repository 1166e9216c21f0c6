"""Communes in an officer's workbook written as before the 2025 reform, by a name several
communes share, with look-alike apostrophes and dashes, or by a code and a name that disagree."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from kttt_desktop.cli import main
from kttt_desktop.data.database import open_database
from kttt_desktop.data.models import Organisation
from kttt_desktop.services.importing import import_workbook
from kttt_desktop.services.office import OfficeProfile, save_profile
from tests.workbooks import calamine_rows, cell_mark, write_xlsx

HEADERS = ["STT", "Loại hình", "Tên", "Xã/Phường", "Ngày thành lập", "Lĩnh vực"]
# Thanh Oai's communes of today, the two wards old Cống Vị was split between, the two communes
# of old communes named Tân Dân, Văn Miếu - Quốc Tử Giám and Kim Liên.
HA_NOI_AREA = ["09568", "10096", "10114", "10126", "10144", "10180", "00008", "00025", "00382",
               "10330", "00226", "00229"]


def ha_noi_office(db, area=HA_NOI_AREA, province="01"):
    save_profile(db, OfficeProfile(name="Phòng Kinh tế", province_code=province, area=list(area)))


def organisations(*communes: str) -> list[list]:
    rows = [HEADERS]
    for number, commune in enumerate(communes, start=1):
        rows.append([number, "THT", f"Tổ hợp tác số {number}", commune, "01/03/2020",
                     "Nông nghiệp"])
    return rows


def filed(db) -> dict[str, str]:
    with db.engine.connect() as connection:
        return dict(connection.execute(select(Organisation.name, Organisation.commune_code)).all())


def messages(result) -> dict[int, str]:
    return {p.row: p.message for p in result.errors}


OLD_NAMES = (
    "xã Hồng Dương, huyện Thanh Oai",  # row 2: the old name with its old district
    "Hồng Dương",  # 3: without kind and district: one old commune of Hà Nội had it
    "phường Cống Vị",  # 4: split between Ngọc Hà and Giảng Võ
    "Phường Cống Vị",  # 5: the same name: one choice for both rows
    "Xã Tân Dân",  # 6: two old communes (Sóc Sơn, Phú Xuyên) went into different communes
    "Xã Tân Dân, huyện Phú Xuyên",  # 7: the old district settles it
    "Phường Văn Miếu – Quốc Tử Giám",  # 8: an en dash for the letter's hyphen
    "Xã  Dân Hoà",  # 9: today's name with a double space and the old tone placement
)


@pytest.fixture
def old_names_xlsx(tmp_path):
    return write_xlsx(tmp_path / "so cu.xlsx", {"ToChuc": organisations(*OLD_NAMES)})


def test_old_names_map_to_todays_commune_and_the_dry_run_shows_each(db, old_names_xlsx):
    ha_noi_office(db)
    result = import_workbook(db, old_names_xlsx, dry_run=True)

    errors = messages(result)
    assert sorted(errors) == [4, 5, 6]
    assert "phường Cống Vị, quận Ba Đình, thành phố Hà Nội (trước ngày 01/07/2025) đã được chia " \
           "vào 2 xã, phường: Phường Ngọc Hà (mã 00008), Phường Giảng Võ (mã 00025)" in errors[4]
    assert "Phường Ngọc Hà (mã 00008), Phường Giảng Võ (mã 00025)" in errors[5]
    assert "Có 2 xã, phường trước ngày 01/07/2025 tên “Xã Tân Dân”" in errors[6]
    assert "xã Tân Dân, huyện Sóc Sơn" in errors[6] and "xã Tân Dân, huyện Phú Xuyên" in errors[6]
    assert "Xã Kim Anh (mã 00382)" in errors[6] and "Xã Chuyên Mỹ (mã 10330)" in errors[6]

    choices = {c.text: c for c in result.commune_choices}
    assert list(choices) == ["phường Cống Vị", "Xã Tân Dân"]
    assert [code for code, _, _ in choices["phường Cống Vị"].candidates] == ["00008", "00025"]
    assert choices["phường Cống Vị"].rows == [("ToChuc", 4), ("ToChuc", 5)]

    renamed = {r.value: r for r in result.renamings}
    assert set(renamed) == {"xã Hồng Dương, huyện Thanh Oai", "Hồng Dương",
                            "Xã Tân Dân, huyện Phú Xuyên"}
    assert (renamed["Hồng Dương"].code, renamed["Hồng Dương"].rows) == ("10180", [3])
    assert renamed["xã Hồng Dương, huyện Thanh Oai"].describe() == (
        "ToChuc, cột “Xã/Phường”: “xã Hồng Dương, huyện Thanh Oai” → Xã Dân Hòa (10180), 1 dòng "
        "(đổi theo sắp xếp đơn vị hành chính 2025)")
    assert "đổi theo sắp xếp đơn vị hành chính 2025" in renamed["Hồng Dương"].reason
    assert filed(db) == {}


def test_a_choice_for_an_old_name_applies_to_every_row_that_writes_it(db, old_names_xlsx):
    ha_noi_office(db)
    result = import_workbook(db, old_names_xlsx,
                             commune_choices={"Phường Cống Vị": "00025", "Xã Tân Dân": "10330"})
    assert result.ok and result.written, [p.describe() for p in result.errors]
    assert filed(db) == {
        "Tổ hợp tác số 1": "10180", "Tổ hợp tác số 2": "10180", "Tổ hợp tác số 3": "00025",
        "Tổ hợp tác số 4": "00025", "Tổ hợp tác số 5": "10330", "Tổ hợp tác số 6": "10330",
        "Tổ hợp tác số 7": "00226", "Tổ hợp tác số 8": "10180"}
    chosen = next(r for r in result.renamings if r.value == "phường Cống Vị")
    assert chosen.rows == [4, 5] and "đã chọn Phường Giảng Võ (mã 00025)" in chosen.reason


def test_a_choice_outside_the_candidates_settles_nothing(db, old_names_xlsx):
    ha_noi_office(db)
    result = import_workbook(db, old_names_xlsx, dry_run=True,
                             commune_choices={"phường Cống Vị": "10180"})
    assert {4, 5} <= set(messages(result))


def test_the_annotated_copy_marks_each_renamed_cell(db, old_names_xlsx, tmp_path):
    from kttt_desktop.services.importing import read_file, write_error_report

    ha_noi_office(db)
    workbook = read_file(old_names_xlsx)
    result = import_workbook(db, workbook, dry_run=True)
    report = write_error_report(workbook, result, tmp_path / "bao cao.xlsx")
    fill, comment = cell_mark(report, "ToChuc", "D2")
    assert fill is not None and "nay thuộc Xã Dân Hòa (mã 10180): đổi theo sắp xếp đơn vị hành " \
                                 "chính 2025" in comment
    errors = [row for row in calamine_rows(report, "ToChuc") if row and row[0] == 4]
    assert "hãy chọn một" in errors[0][-1]


CODE_AND_NAME = ["STT", "Loại hình", "Tên", "Mã xã", "Xã/Phường", "Ngày thành lập", "Lĩnh vực"]


def test_a_code_and_a_name_that_name_different_communes_is_an_error_naming_both(db, tmp_path):
    ha_noi_office(db)
    rows = [CODE_AND_NAME,
            [1, "THT", "Tổ hợp tác Kim Liên", "00226", "Phường Kim Liên", "01/03/2020",
             "Nông nghiệp"],
            [2, "THT", "Tổ hợp tác Hồng Dương", "10180", "xã Hồng Dương, huyện Thanh Oai",
             "01/03/2020", "Nông nghiệp"],
            [3, "THT", "Tổ hợp tác Cống Vị", "00025", "phường Cống Vị", "01/03/2020",
             "Nông nghiệp"],
            [4, "THT", "Tổ hợp tác Đâu", "00229", "Xã Không Có", "01/03/2020", "Nông nghiệp"]]
    result = import_workbook(db, write_xlsx(tmp_path / "ma va ten.xlsx", {"ToChuc": rows}),
                             dry_run=True)
    errors = {p.row: p for p in result.errors}
    assert sorted(errors) == [2, 5]
    assert errors[2].column == "Xã/Phường"
    assert errors[2].message == (
        "Mã xã 00226 là Phường Văn Miếu - Quốc Tử Giám, còn cột Xã/Phường ghi “Phường Kim Liên”: "
        "là Phường Kim Liên (mã 00229). Hai cột chỉ hai xã, phường khác nhau; hãy sửa cột sai.")
    assert "Mã xã 00229 là Phường Kim Liên, còn cột Xã/Phường ghi “Xã Không Có”: Không có xã, " \
           "phường nào tên" in errors[5].message
    assert not result.commune_choices  # the code settled the split of Cống Vị
    assert {r.value: r.code for r in result.renamings} == {
        "xã Hồng Dương, huyện Thanh Oai": "10180", "phường Cống Vị": "00025"}


@pytest.mark.parametrize("written", ["Xã Ea H’Leo", "xã Ea Hʼleo", "XÃ EA H‘LEO", "Ea H'Leo",
                                     "xã  Ea   H'Leo"])
def test_apostrophes_case_and_spaces_of_any_kind_find_the_commune(db, tmp_path, written):
    ha_noi_office(db, area=["24184"], province="66")
    result = import_workbook(db, write_xlsx(tmp_path / "dak lak.xlsx",
                                            {"ToChuc": organisations(written)}))
    assert result.ok and result.written, [p.describe() for p in result.errors]
    assert filed(db) == {"Tổ hợp tác số 1": "24184"} and not result.renamings


def test_the_command_lists_what_it_renamed_and_takes_the_choices(db_path, old_names_xlsx, capsys):
    db = open_database(db_path)
    ha_noi_office(db)
    db.close()
    status = main(["--db", str(db_path), "import", str(old_names_xlsx), "--dry-run", "--json"])
    captured = capsys.readouterr()
    assert status == 1
    assert ("ToChuc, cột “Xã/Phường”: “Hồng Dương” → Xã Dân Hòa (10180), 1 dòng (đổi theo sắp "
            "xếp đơn vị hành chính 2025)") in captured.err
    assert "--commune \"phường Cống Vị=MÃ\"" in captured.err
    output = json.loads(captured.out)
    assert [c["text"] for c in output["commune_choices"]] == ["phường Cống Vị", "Xã Tân Dân"]
    assert output["renamed"][0]["code"] == "10180"

    status = main(["--db", str(db_path), "import", str(old_names_xlsx),
                   "--commune", "phường Cống Vị=25", "--commune", "Xã Tân Dân=00382"])
    assert status == 0, capsys.readouterr().err
    db = open_database(db_path)
    try:
        assert filed(db)["Tổ hợp tác số 4"] == "00025" and filed(db)["Tổ hợp tác số 5"] == "00382"
    finally:
        db.close()
