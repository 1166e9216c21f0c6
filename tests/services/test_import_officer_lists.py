"""An officer's own list imported as it is (tests/officer_lists.py): what the dry run reads from it
without a column for it, what is stored, and that a second import changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

import pytest
from sqlalchemy import func, select

from kttt_desktop.data.models import (
    AuditEntry,
    Manager,
    ManagerPosition,
    Member,
    Organisation,
    YearlyFigures,
)
from kttt_desktop.exchange.mapping import TITLE, detect, set_constant
from kttt_desktop.services.importing import import_workbook, read_file, write_error_report
from tests.officer_lists import (
    CODE_HONG_DUONG,
    EXPECTED,
    HEADERS,
    HTX_HONG_DUONG,
    ROWS,
    SPLIT_ROW,
    THANH_OAI_AREA,
    THT_THANH_MAI,
    write_members,
    write_organisations,
    write_province_list,
)
from tests.services.test_import_units import ha_noi_office
from tests.workbooks import calamine_rows, write_xlsx

SECTOR = ("Lĩnh vực", "Nông nghiệp")


@pytest.fixture
def office(db):
    ha_noi_office(db, area=THANH_OAI_AREA)
    return db


@pytest.fixture
def orgs_xlsx(tmp_path):
    return write_organisations(tmp_path / "Danh sach HTX 2024.xlsx")


def with_sector(path, *constants):
    """The workbook at ``path`` and its mapping with ``constants`` (header, value) set."""
    workbook = read_file(path)
    mapping = detect(workbook)
    for header, value in constants or (SECTOR,):
        assert set_constant(workbook, mapping, header, value)[0]
    return workbook, mapping


def rows(db, *columns, where=None):
    with db.engine.connect() as connection:
        query = select(*columns)
        if where is not None:
            query = query.where(where)
        return connection.execute(query).all()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only  # the database file read by sqlite3
def test_the_dry_run_lists_what_it_read_from_the_names_addresses_title_and_heads(office,
                                                                                 orgs_xlsx):
    before = digest(office.path)
    result = import_workbook(office, orgs_xlsx, dry_run=True)

    # The one thing the list does not say: the sector (the template's Lĩnh vực).
    [error] = result.errors
    assert error.row == 7 and "thiếu cột bắt buộc “Lĩnh vực”" in error.message
    assert '--set "Lĩnh vực=…"' in error.message
    read = {(i.field, i.value): i for i in result.inferences}
    assert read[("Loại hình", "Hợp tác xã")].result == "Hợp tác xã"
    assert read[("Loại hình", "Hợp tác xã")].rows == [8, 12]
    assert read[("Loại hình", "HTX")].rows == [9]
    assert read[("Loại hình", "Tổ hợp tác")].rows == [10]
    assert read[("Loại hình", "THT")].result == "Tổ hợp tác"
    assert read[("Loại hình", "HTX")].source == "đọc từ cột “Tên hợp tác xã”"
    hong_duong = read[("Xã/Phường", "xã Hồng Dương, huyện Thanh Oai")]
    assert hong_duong.result == "Xã Dân Hòa (10180), đổi theo sắp xếp đơn vị hành chính 2025"
    assert hong_duong.source == "đọc từ cột “Địa chỉ trụ sở”" and hong_duong.column_number == 4
    assert read[("Xã/Phường", "xã Kim An, huyện Thanh Oai")].result.startswith(
        "Xã Thanh Oai (10114)")
    assert read[("Xã/Phường", "Xã Bình Minh")].result == "Xã Bình Minh (10126)"  # today's name
    assert read[("Năm", "")].result == "2024"
    assert read[("Năm", "")].source == "theo tiêu đề phía trên các cột"
    assert {i.result: len(i.rows) for i in result.inferences if i.field == "Giám đốc / Tổ trưởng"
            } == {"Giám đốc, cán bộ quản lý từ ngày thành lập": 3,
                  "Tổ trưởng, cán bộ quản lý từ ngày thành lập": 2}
    assert digest(office.path) == before

    workbook, mapping = with_sector(orgs_xlsx)
    result = import_workbook(office, workbook, mapping=mapping, dry_run=True)
    assert result.ok and result.sheets[0].inserted == 5
    assert read[("Loại hình", "Hợp tác xã")].describe() == (
        "Sheet1: Loại hình = Hợp tác xã, đọc từ cột “Tên hợp tác xã” (“Hợp tác xã”), 2 dòng")
    sector = next(i for i in result.inferences if i.field == "Lĩnh vực")
    assert (sector.result, sector.source, len(sector.rows)) == (
        "Nông nghiệp", "giá trị chọn cho mọi dòng", 5)
    assert digest(office.path) == before


def test_the_list_imports_with_a_sector_for_every_row_and_a_second_import_changes_nothing(
        office, orgs_xlsx):
    workbook, mapping = with_sector(orgs_xlsx)
    result = import_workbook(office, workbook, mapping=mapping)
    assert result.ok and result.written, [p.describe() for p in result.errors]

    stored = {name: (kind, commune, representative, sector) for name, kind, commune,
              representative, sector in rows(
                  office, Organisation.name, Organisation.kind, Organisation.commune_code,
                  Organisation.representative, Organisation.sector)}
    assert stored == {name: (kind, commune, head, "agriculture")
                      for name, (kind, commune, head, _, _) in EXPECTED.items()}
    founded = {row[1]: row[6] if isinstance(row[6], date) else None for row in ROWS}
    founded.update({ROWS[1][1]: date(2016, 8, 5), ROWS[3][1]: date(2021, 10, 20)})
    posts = rows(office, Organisation.name, Manager.full_name, Manager.training_level,
                 ManagerPosition.position, ManagerPosition.starts_on, ManagerPosition.ends_on,
                 where=(Manager.organisation_id == Organisation.id)
                 & (ManagerPosition.manager_id == Manager.id))
    assert sorted(posts) == sorted(
        (name, head, "untrained", position, founded[name], None)
        for name, (_, _, head, positions, _) in EXPECTED.items() for position in positions)
    declared = rows(office, Organisation.name, YearlyFigures.year, YearlyFigures.declared_members,
                    YearlyFigures.revenue, where=YearlyFigures.organisation_id == Organisation.id)
    assert sorted(declared) == sorted((name, 2024, count, None)
                                      for name, (*_, count) in EXPECTED.items())

    audit = rows(office, func.count(AuditEntry.id))[0][0]
    again = import_workbook(office, workbook, mapping=mapping)
    assert again.ok and not again.written
    assert (again.sheets[0].unchanged, again.sheets[0].inserted, again.sheets[0].updated) == (
        5, 0, 0)
    assert rows(office, func.count(AuditEntry.id))[0][0] == audit


def test_the_members_file_names_its_organisations_and_lists_households(office, orgs_xlsx,
                                                                       tmp_path):
    workbook, mapping = with_sector(orgs_xlsx)
    assert import_workbook(office, workbook, mapping=mapping).written
    members = write_members(tmp_path / "Danh sach thanh vien.xlsx")
    result = import_workbook(office, members)
    assert result.ok and result.written and result.sheets[0].inserted == 6
    [households] = result.inferences
    assert (households.field, households.result, households.source) == (
        "Đối tượng thành viên", "Hộ gia đình", "theo tên cột “Họ tên chủ hộ”")
    stored = rows(office, Member.full_name, Member.member_type, Member.birth_year,
                  Organisation.name, where=Member.organisation_id == Organisation.id)
    assert ("Nguyễn Văn Lâm", "household", 1968, HTX_HONG_DUONG) in stored
    assert ("Lê Văn Sáu", "household", 1975, THT_THANH_MAI) in stored
    assert len(stored) == 6
    again = import_workbook(office, members)
    assert not again.written and again.sheets[0].unchanged == 6


def test_a_split_old_commune_in_an_address_waits_for_the_officers_choice(office, tmp_path):
    path = write_organisations(tmp_path / "cu khe.xlsx", [*ROWS, SPLIT_ROW])
    workbook, mapping = with_sector(path)
    result = import_workbook(office, workbook, mapping=mapping, dry_run=True)
    [choice] = result.commune_choices
    assert choice.text == "xã Cự Khê, huyện Thanh Oai" and choice.rows == [("Sheet1", 13)]
    assert [(code, in_area) for code, _, in_area in choice.candidates] == [
        ("09568", False), ("10126", True)]
    [error] = result.errors
    assert error.column == "Địa chỉ trụ sở" and "đã được chia vào 2 xã, phường" in error.message

    result = import_workbook(office, workbook, mapping=mapping,
                             commune_choices={"xã Cự Khê, huyện Thanh Oai": "10126"})
    assert result.written
    assert rows(office, Organisation.commune_code,
                where=Organisation.code == SPLIT_ROW[2]) == [("10126",)]


def test_what_cannot_be_read_is_an_error_at_the_cell_it_is_read_from(office, tmp_path):
    bad = [[1, "Công ty TNHH Đồng Tâm", None, "Thôn Đông, xã Hồng Dương", "An", 5, "01/02/2020"],
           [2, "Tổ hợp tác Rau", None, "Thôn Đông, Hồng Dương, Thanh Oai", "Bình", 7,
            "01/02/2020"]]
    workbook, mapping = with_sector(write_organisations(tmp_path / "loi.xlsx", bad))
    result = import_workbook(office, workbook, mapping=mapping, dry_run=True)
    errors = {(p.row, p.column): p.message for p in result.errors}
    assert set(errors) == {(8, "Tên hợp tác xã"), (9, "Địa chỉ trụ sở")}
    assert errors[(8, "Tên hợp tác xã")].startswith(
        "Không biết loại hình của “Công ty TNHH Đồng Tâm”: tên không bắt đầu bằng “Hợp tác xã”")
    assert errors[(9, "Địa chỉ trụ sở")].startswith(
        "Không thấy tên xã, phường trong địa chỉ “Thôn Đông, Hồng Dương, Thanh Oai”")


def test_a_kind_for_every_row_replaces_the_names_reading(office, tmp_path):
    odd = [[1, "Hợp tác xã Đông", "0108101236", "Thôn Đông, xã Hồng Dương", "An", 5,
            "01/02/2020"]]
    workbook, mapping = with_sector(write_organisations(tmp_path / "htx.xlsx", odd),
                                    SECTOR, ("Loại hình", "THT"))
    assert "kind" not in mapping.sheets[0].inferred
    result = import_workbook(office, workbook, mapping=mapping, dry_run=True)
    kind = next(i for i in result.inferences if i.field == "Loại hình")
    assert (kind.result, kind.source) == ("Tổ hợp tác", "giá trị chọn cho mọi dòng")
    assert any("là tên của hợp tác xã" in p.message for p in result.warnings)  # the rule says


def test_a_commune_for_every_row_may_be_written_as_before_the_reform(office, tmp_path):
    headers = [h for h in HEADERS if h != "Địa chỉ trụ sở"]
    lines = [[cell for header, cell in zip(HEADERS, row, strict=True) if header != "Địa chỉ trụ sở"]
             for row in ROWS[:2]]
    path = write_organisations(tmp_path / "mot xa.xlsx", lines, headers)
    workbook, mapping = with_sector(path, SECTOR, ("Xã/Phường", "xã Hồng Dương, huyện Thanh Oai"))
    result = import_workbook(office, workbook, mapping=mapping)
    assert result.written, [p.describe() for p in result.errors]
    communes = {i.result: (i.source, i.value, len(i.rows)) for i in result.inferences
                if i.field == "Xã/Phường"}
    assert communes["Xã Dân Hòa (10180), đổi theo sắp xếp đơn vị hành chính 2025"] == (
        "giá trị chọn cho mọi dòng", "xã Hồng Dương, huyện Thanh Oai", 2)
    assert rows(office, Organisation.commune_code) == [("10180",), ("10180",)]


def test_a_value_for_every_row_that_cannot_be_read_is_one_error(office, orgs_xlsx):
    workbook, mapping = with_sector(orgs_xlsx, ("Lĩnh vực", "Trồng lúa"))
    result = import_workbook(office, workbook, mapping=mapping, dry_run=True)
    [error] = result.errors
    assert error.message.startswith(
        "Giá trị “Trồng lúa” chọn cho cột “Lĩnh vực” của mọi dòng không đọc được: hãy chọn một "
        "trong: Nông nghiệp; Công nghiệp - Tiểu thủ công nghiệp")
    assert result.sheets[0].rejected == 5


def test_without_a_year_in_the_title_the_member_counts_need_one(office, tmp_path):
    path = write_organisations(tmp_path / "khong nam.xlsx", titles=["DANH SÁCH HỢP TÁC XÃ"])
    workbook, mapping = with_sector(path)
    assert "year" not in mapping.sheets[0].inferred
    result = import_workbook(office, workbook, mapping=mapping, dry_run=True)
    [error] = result.errors
    assert error.column == "Số thành viên" and error.row == 6
    assert "Không biết số thành viên ở cột “Số thành viên” là của năm nào" in error.message
    assert '--set "Năm=2024"' in error.message

    workbook, mapping = with_sector(path, SECTOR, ("Năm", "2023"))
    assert import_workbook(office, workbook, mapping=mapping).written
    assert sorted(rows(office, YearlyFigures.year, YearlyFigures.declared_members)) == sorted(
        (2023, count) for *_, count in EXPECTED.values())


def test_a_chair_and_director_column_gives_both_posts_and_a_held_post_is_not_given_twice(
        office, tmp_path):
    headers = [*HEADERS[:4], "Chủ tịch HĐQT kiêm giám đốc", *HEADERS[5:]]
    path = write_organisations(tmp_path / "ct.xlsx", ROWS[:1], headers=headers)
    workbook, mapping = with_sector(path)
    assert import_workbook(office, workbook, mapping=mapping).written
    assert sorted(rows(office, Manager.full_name, ManagerPosition.position,
                       where=ManagerPosition.manager_id == Manager.id)) == [
        ("Nguyễn Văn Hùng", "chair"), ("Nguyễn Văn Hùng", "director")]

    # The next list names another director: only the representative changes.
    changed = [[*ROWS[0][:4], "Trần Văn Mới", *ROWS[0][5:]]]
    workbook, mapping = with_sector(write_organisations(tmp_path / "moi.xlsx", changed,
                                                        headers=headers))
    result = import_workbook(office, workbook, mapping=mapping)
    assert result.written and result.sheets[0].updated == 1
    warnings = [p.message for p in result.warnings if p.column == headers[4]]
    assert len(warnings) == 2 and "Tổ chức đã có người giữ chức Giám đốc" in warnings[1]
    assert rows(office, Organisation.representative) == [("Trần Văn Mới",)]
    assert rows(office, func.count(Manager.id)) == [(1,)]


def test_with_a_sheet_of_managers_the_head_column_fills_only_the_representative(office,
                                                                                tmp_path):
    sheets = {"ToChuc": [HEADERS, ROWS[0]],
              "CanBo": [["Mã số tổ chức", "Họ và tên", "Chức vụ", "Từ ngày", "Trình độ"],
                        [CODE_HONG_DUONG, "Nguyễn Văn Hùng", "Giám đốc", "01/01/2015", "Sơ cấp"]]}
    workbook, mapping = with_sector(write_xlsx(tmp_path / "co can bo.xlsx", sheets), SECTOR,
                                    ("Năm", "2024"))
    result = import_workbook(office, workbook, mapping=mapping)
    assert result.written
    [warning] = result.warnings
    assert warning.row == 1 and warning.column == "Giám đốc"
    assert "chỉ được ghi vào Người đại diện" in warning.message
    assert rows(office, ManagerPosition.position, ManagerPosition.starts_on) == [
        ("director", date(2015, 1, 1))]


REFERENCES = ["STT", "Mã số tổ chức", "Họ và tên", "Loại thành viên", "Ngày vào"]


def test_an_organisation_is_found_by_its_name_in_the_code_column(office, orgs_xlsx, tmp_path):
    workbook, mapping = with_sector(orgs_xlsx)
    assert import_workbook(office, workbook, mapping=mapping).written
    members = [REFERENCES,
               [1, CODE_HONG_DUONG, "Nguyễn Văn A", "Chính thức", "01/01/2020"],
               [2, THT_THANH_MAI, "Lê Văn B", "Chính thức", "01/01/2020"],
               [3, "tổ hợp tác rau an toàn thanh mai", "Lê Văn C", "Chính thức", "01/01/2020"],
               [4, "Tổ hợp tác Không Có", "Lê Văn D", "Chính thức", "01/01/2020"],
               [5, "0108999999", "Lê Văn E", "Chính thức", "01/01/2020"]]
    result = import_workbook(office, write_xlsx(tmp_path / "tv.xlsx", {"ThanhVien": members}),
                             dry_run=True)
    errors = {p.row: p.message for p in result.errors}
    assert set(errors) == {5, 6}
    assert errors[5] == ("Không có tổ chức nào tên “Tổ hợp tác Không Có”, ở trang tổ chức của "
                         "tệp cũng như trong cơ sở dữ liệu.")
    assert errors[6].startswith("Không có tổ chức nào mã số 0108999999")
    assert result.sheets[0].inserted == 3

    both = [["Mã số tổ chức", "Tên tổ chức", "Họ và tên", "Loại thành viên", "Ngày vào"],
            [CODE_HONG_DUONG, HTX_HONG_DUONG, "Nguyễn Văn A", "Chính thức", "01/01/2020"],
            [None, THT_THANH_MAI, "Lê Văn B", "Chính thức", "01/01/2020"]]
    result = import_workbook(office, write_xlsx(tmp_path / "ca hai.xlsx", {"ThanhVien": both}))
    assert result.written and result.sheets[0].inserted == 2


def test_a_city_list_imported_with_the_skip_leaves_out_the_other_offices_rows(office,
                                                                              tmp_path):
    path = write_province_list(tmp_path / "thanh pho.xlsx")
    workbook, mapping = with_sector(path)
    refused = import_workbook(office, workbook, mapping=mapping)
    assert not refused.written and refused.outside_area == 3
    errors = {p.row: p.message for p in refused.errors}
    assert set(errors) == {8, 9, 11}
    assert errors[8].startswith("Xã Kim Anh (mã 00382) không thuộc địa bàn của cơ quan")
    assert errors[9].startswith(  # an old ward split between two wards, both elsewhere
        "“phường Cống Vị, quận Ba Đình” nay là Phường Ngọc Hà (mã 00008) hoặc Phường Giảng Võ "
        "(mã 00025): không xã, phường nào trong số đó thuộc địa bàn của cơ quan")
    assert not refused.commune_choices  # nothing to choose: every candidate is elsewhere

    result = import_workbook(office, workbook, mapping=mapping, skip_outside_area=True)
    assert result.ok and result.written
    assert rows(office, Organisation.name) == [(HTX_HONG_DUONG,), ("THT Chăn nuôi Kim An",)]
    assert sorted(rows(office, Member.full_name)) == [("Nguyễn Văn Lâm",), ("Phạm Thị Bảy",)]
    left = [(r.sheet, r.row, r.name, r.reason) for r in result.left_out]
    assert left == [
        ("Danh sách HTX", 8, "Hợp tác xã Nông nghiệp Tân Dân", "Xã Kim Anh (mã 00382), ngoài địa bàn"),
        ("Danh sách HTX", 9, "Tổ hợp tác May mặc Cống Vị",
         "Phường Ngọc Hà (mã 00008), Phường Giảng Võ (mã 00025), ngoài địa bàn"),
        ("Danh sách HTX", 11, "HTX Rau sạch Dương Quang", "Xã Thuận An (mã 00562), ngoài địa bàn"),
        ("Thành viên", 8, "Hợp tác xã Nông nghiệp Tân Dân", "Xã Kim Anh (mã 00382), ngoài địa bàn"),
        ("Thành viên", 10, "HTX Rau sạch Dương Quang", "Xã Thuận An (mã 00562), ngoài địa bàn")]
    assert [(s.inserted, s.left_out, s.rejected) for s in result.sheets] == [(2, 3, 0), (2, 2, 0)]
    assert result.sheets[0].describe().endswith(", bỏ qua 3 (ngoài địa bàn)")

    report = write_error_report(workbook, result, tmp_path / "bao cao.xlsx")
    marked = {row[0]: row[-1] for row in calamine_rows(report, "Danh sách HTX")
              if row and isinstance(row[0], float)}
    assert marked[2.0] == "Dòng này không được nhập: Xã Kim Anh (mã 00382), ngoài địa bàn."

    again = import_workbook(office, workbook, mapping=mapping, skip_outside_area=True)
    assert not again.written and [s.unchanged for s in again.sheets] == [2, 2]


@pytest.mark.sqlite_only  # the database file read by sqlite3
def test_the_stored_database_agrees_with_an_independent_reader(office, orgs_xlsx):
    workbook, mapping = with_sector(orgs_xlsx)
    assert import_workbook(office, workbook, mapping=mapping).written
    connection = sqlite3.connect(office.path)
    try:
        kinds = dict(connection.execute("SELECT name, kind FROM organisation"))
        declared = connection.execute(
            "SELECT SUM(declared_members) FROM yearly_figures WHERE year = 2024").fetchone()[0]
    finally:
        connection.close()
    assert kinds == {name: kind for name, (kind, *_) in EXPECTED.items()}
    assert declared == sum(count for *_, count in EXPECTED.values())


def test_the_title_year_is_read_for_the_mapping(orgs_xlsx):
    [mapping] = detect(read_file(orgs_xlsx)).sheets
    assert mapping.header_row == 6
    assert mapping.inferred == {"kind": "name", "commune_name": "address",
                                "representative": "head", "year": TITLE}
