"""The mapping of an officer's own list: its header words, the columns read from others, values
for every row, and a saved mapping found again for a file with the same headers."""

from __future__ import annotations

from kttt_desktop.exchange.mapping import TITLE, apply_payload, detect, same_headers, set_constant
from kttt_desktop.services.importing import read_file
from kttt_desktop.services.importing.mappings import save_mapping, saved_for
from tests.officer_lists import HEADERS, ROWS, write_members, write_organisations


def test_the_officers_header_words_are_understood_below_a_title(tmp_path):
    workbook = read_file(write_organisations(tmp_path / "ds.xlsx"))
    [mapping] = detect(workbook).sheets
    assert mapping.register == "organisation" and mapping.header_row == 6
    assert {mapping.headers[i]: key for i, key in mapping.columns.items()} == {
        "STT": "row_number", "Tên hợp tác xã": "name", "Mã số thuế": "code",
        "Địa chỉ trụ sở": "address", "Giám đốc": "head", "Số thành viên": "declared_members",
        "Ngày thành lập": "established_on"}
    assert mapping.inferred == {"kind": "name", "commune_name": "address",
                                "representative": "head", "year": TITLE}
    assert mapping.title_year(workbook.sheets[0]) == 2024


def test_member_lists_by_household_heads_and_other_header_words(tmp_path):
    [mapping] = detect(read_file(write_members(tmp_path / "tv.xlsx"))).sheets
    assert mapping.register == "member"
    assert {mapping.headers[i]: key for i, key in mapping.columns.items()} == {
        "STT": "row_number", "Họ tên chủ hộ": "full_name", "Năm sinh": "birth",
        "Giới tính": "gender", "Địa chỉ": "address", "Tên HTX": "organisation_name",
        "Ngày tham gia": "joined_on", "Loại TV": "member_kind"}
    assert mapping.inferred == {"member_type": "full_name"}


def test_a_sheet_with_its_own_columns_reads_nothing_from_others(tmp_path):
    headers = [*HEADERS, "Loại hình", "Xã/Phường", "Người đại diện", "Năm"]
    rows = [[*ROWS[0], "HTX", "Xã Dân Hòa", "An", 2024]]
    [mapping] = detect(read_file(write_organisations(tmp_path / "du.xlsx", rows, headers))
                       ).sheets
    assert mapping.inferred == {}


def test_a_value_for_every_row_stands_for_a_missing_column_and_is_saved_with_the_headers(
        tmp_path):
    headers = [*HEADERS, "Ngành nghề"]
    path = write_organisations(tmp_path / "ds.xlsx", [[*ROWS[0], "Trồng lúa"]], headers)
    workbook = read_file(path)
    mapping = detect(workbook)
    assert "sector" in mapping.sheets[0].columns.values()  # "Ngành nghề" is the sector
    assert set_constant(workbook, mapping, "linh vuc", "Nông nghiệp") == ([], ["Sheet1"])
    assert set_constant(workbook, mapping, "Loại hình", "HTX") == (["Sheet1"], [])
    assert set_constant(workbook, mapping, "Họ và tên", "An") == ([], [])  # no sheet of people
    sheet = mapping.sheets[0]
    assert "sector" in sheet.columns.values()  # the file's column is kept
    assert sheet.constants == {"kind": "HTX"}
    assert "kind" not in sheet.inferred and sheet.inferred["commune_name"] == "address"

    payload = mapping.to_payload(workbook)
    assert payload["sheets"][0]["headers"] == headers
    again = apply_payload(workbook, payload).sheets[0]
    assert (again.columns, again.constants, again.inferred) == (
        sheet.columns, sheet.constants, sheet.inferred)


def test_a_saved_mapping_is_found_for_a_file_with_the_same_headers_only(db, tmp_path):
    workbook = read_file(write_organisations(tmp_path / "2024.xlsx"))
    mapping = detect(workbook)
    set_constant(workbook, mapping, "Lĩnh vực", "Nông nghiệp")
    save_mapping(db, "Danh sách của phòng", mapping, workbook)
    assert saved_for(db, workbook)[0] == "Danh sách của phòng"

    next_year = read_file(write_organisations(
        tmp_path / "2025.xlsx", ROWS[:2], titles=["DANH SÁCH HỢP TÁC XÃ NĂM 2025"]))
    name, found = saved_for(db, next_year)
    assert name == "Danh sách của phòng"
    assert found.sheets[0].constants == {"sector": "Nông nghiệp"}
    assert found.sheets[0].inferred["kind"] == "name"
    assert found.sheets[0].title_year(next_year.sheets[0]) == 2025

    other = read_file(write_organisations(tmp_path / "khac.xlsx", [ROWS[0][:6]], HEADERS[:6]))
    assert saved_for(db, other) is None
    assert not same_headers(other, mapping.to_payload(workbook))
    old_form = mapping.to_payload(workbook)
    del old_form["sheets"][0]["headers"]  # saved before the headers were kept
    assert not same_headers(workbook, old_form)
