"""`kttt import` of an officer's own lists (tests/officer_lists.py): --set for a column the list
lacks, --skip-outside-area for a list of the whole city, and what the output says."""

from __future__ import annotations

import json

import pytest

from kttt_desktop.data.database import open_database
from tests.cli.test_cmd_exchange import run
from tests.officer_lists import (
    THANH_OAI_AREA,
    write_members,
    write_organisations,
    write_province_list,
)
from tests.services.test_import_units import ha_noi_office
from tests.workbooks import count_rows


@pytest.fixture
def office_path(db_path):
    db = open_database(db_path)
    ha_noi_office(db, area=THANH_OAI_AREA)
    db.close()
    return db_path


def test_the_list_imports_with_the_sector_given_once_and_again_changes_nothing(
        office_path, tmp_path, capsys):
    orgs = write_organisations(tmp_path / "Danh sach HTX 2024.xlsx")
    status, _, err = run(capsys, "--db", office_path, "import", orgs, "--dry-run")
    assert status == 1
    assert 'thiếu cột bắt buộc “Lĩnh vực”' in err and '--set "Lĩnh vực=…"' in err
    assert ("Sheet1: Xã/Phường = Xã Dân Hòa (10180), đổi theo sắp xếp đơn vị hành chính 2025, "
            "đọc từ cột “Địa chỉ trụ sở” (“xã Hồng Dương, huyện Thanh Oai”), 1 dòng") in err
    assert "Sheet1: Loại hình = Tổ hợp tác, đọc từ cột “Tên hợp tác xã” (“THT”), 1 dòng" in err

    status, out, err = run(capsys, "--db", office_path, "import", orgs, "--set",
                           "Lĩnh vực=Nông nghiệp", "--dry-run", "--json")
    assert status == 0 and "Chạy thử: tệp không có lỗi; chưa ghi gì." in err
    inferred = json.loads(out)["inferred"]
    assert {"field": "Lĩnh vực", "result": "Nông nghiệp", "source": "giá trị chọn cho mọi dòng"
            }.items() <= inferred[0].items()
    assert count_rows(office_path, "organisation") == 0

    status, _, err = run(capsys, "--db", office_path, "import", orgs, "--set",
                         "Lĩnh vực=Nông nghiệp")
    assert status == 0 and "Đã nhập xong" in err
    assert [count_rows(office_path, t) for t in (
        "organisation", "manager", "manager_position", "yearly_figures")] == [5, 5, 5, 5]
    status, _, err = run(capsys, "--db", office_path, "import", orgs, "--set",
                         "Lĩnh vực=Nông nghiệp")
    assert status == 0 and "Không có gì thay đổi: cơ sở dữ liệu đã giống tệp." in err

    members = write_members(tmp_path / "Danh sach thanh vien.xlsx")
    status, _, err = run(capsys, "--db", office_path, "import", members)
    assert status == 0 and "Thành viên: thêm mới 6" in err
    assert "Thành viên: Đối tượng thành viên = Hộ gia đình, theo tên cột “Họ tên chủ hộ”" in err


def test_a_city_list_is_refused_or_imported_without_the_rows_outside_the_area(
        office_path, tmp_path, capsys):
    city = write_province_list(tmp_path / "thanh pho.xlsx")
    sector = ("--set", "Lĩnh vực=Nông nghiệp")
    status, _, err = run(capsys, "--db", office_path, "import", city, *sector)
    assert status == 1
    assert "Có 3 tổ chức ở xã, phường ngoài địa bàn; nếu tệp là danh sách của cả tỉnh, chạy lại " \
           "với --skip-outside-area để bỏ qua các dòng này." in err
    assert count_rows(office_path, "organisation") == 0

    status, out, err = run(capsys, "--db", office_path, "import", city, *sector,
                           "--skip-outside-area", "--json")
    assert status == 0
    assert "Bỏ qua 5 dòng ngoài địa bàn:" in err
    assert ("  Danh sách HTX, dòng 8: Hợp tác xã Nông nghiệp Tân Dân — Xã Kim Anh (mã 00382), "
            "ngoài địa bàn") in err
    assert ("  Thành viên, dòng 10: HTX Rau sạch Dương Quang — Xã Thuận An (mã 00562), ngoài địa "
            "bàn") in err
    output = json.loads(out)
    assert [r["row"] for r in output["left_out"]] == [8, 9, 11, 8, 10]
    assert output["sheets"]["Danh sách HTX"]["left_out"] == 3
    assert count_rows(office_path, "organisation") == 2 and count_rows(office_path, "member") == 2


def test_a_value_for_a_column_no_sheet_has_is_refused(office_path, tmp_path, capsys):
    orgs = write_organisations(tmp_path / "ds.xlsx")
    status, _, err = run(capsys, "--db", office_path, "import", orgs, "--set", "Màu sắc=Đỏ")
    assert status == 1
    assert "--set “Màu sắc=…”: không trang nào của tệp nhập vào sổ có cột “Màu sắc”" in err
    status, _, err = run(capsys, "--db", office_path, "import", orgs, "--set", "Tên=HTX A")
    assert status == 1 and "--set “Tên=…”: trang Sheet1 đã có cột này" in err
    with pytest.raises(SystemExit) as exited:
        run(capsys, "--db", office_path, "import", orgs, "--set", "Lĩnh vực")
    assert exited.value.code == 2
    assert "hãy ghi tên cột, dấu = và giá trị" in capsys.readouterr().err
