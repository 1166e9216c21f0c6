"""The import wizard with an officer's own list (offscreen): a value chosen once for a column the
list lacks, a choice among the communes an old commune went into, the file fixed and read again
after Quay lại, a typed path, a saved mapping offered again, the rows outside the area left out."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.data.models import Manager, Organisation, YearlyFigures
from kttt_desktop.ui.import_wizard import CHECK, FILE, IMPORT, MAPPING, ImportWizard
from tests.officer_lists import (
    EXPECTED,
    HEADERS,
    HTX_CU_KHE,
    ROWS,
    SPLIT_ROW,
    THANH_OAI_AREA,
    write_organisations,
    write_province_list,
)
from tests.services.test_import_officer_lists import rows
from tests.services.test_import_units import ha_noi_office
from tests.ui.test_exchange_page import load, table_texts

TIMEOUT = 20_000


@pytest.fixture
def wizard(qtbot, db):
    ha_noi_office(db, area=THANH_OAI_AREA)
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def missing(wizard) -> dict[str, str]:
    """The fields the sheet shown lacks → what each takes, as the mapping step shows them."""
    table = wizard.ui.missing_table
    return {table.item(r, 0).text(): table.cellWidget(r, 1).currentText()
            for r in range(table.rowCount())}


def choose(wizard, key: str, text: str) -> None:
    box = wizard.ui.missing_table.findChild(type(wizard.ui.saved_mappings), f"constant_{key}")
    box.setCurrentIndex(box.findText(text))


def wait(qtbot, wizard) -> None:
    qtbot.waitUntil(lambda: not wizard.busy, timeout=TIMEOUT)


def recheck(qtbot, wizard, button) -> None:
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait(qtbot, wizard)


def run_import(qtbot, wizard) -> None:
    assert wizard.ui.run_import.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.ui.run_import, Qt.MouseButton.LeftButton)
    wait(qtbot, wizard)
    assert wizard.step == IMPORT


def test_a_sector_chosen_once_for_the_missing_column_imports_the_list(qtbot, wizard, db,
                                                                      tmp_path):
    load(qtbot, wizard, write_organisations(tmp_path / "Danh sach HTX 2024.xlsx"))
    wizard.next()
    assert wizard.step == MAPPING and wizard.ui.missing_table.isVisible()
    assert missing(wizard) == {
        "Loại hình": "Đọc từ cột “Tên hợp tác xã”", "Lĩnh vực": "— chưa có —",
        "Xã/Phường": "Đọc từ cột “Địa chỉ trụ sở”", "Năm": "Theo tiêu đề phía trên các cột: 2024",
        "Người đại diện": "Đọc từ cột “Giám đốc”"}
    fields = wizard.ui.columns_table
    assert [fields.cellWidget(r, 1).currentText() for r in range(fields.rowCount())] == [
        "STT", "Tên", "Mã số", "Địa chỉ", "Giám đốc / Tổ trưởng", "Số thành viên",
        "Ngày thành lập"]

    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        wizard.next()
    wait(qtbot, wizard)
    assert "thiếu cột bắt buộc “Lĩnh vực”" in table_texts(wizard.ui.problems_table)[0][5]
    qtbot.mouseClick(wizard.ui.back, Qt.MouseButton.LeftButton)
    choose(wizard, "sector", "Nông nghiệp")
    assert wizard.mapping.sheets[0].constants == {"sector": "Nông nghiệp"}
    recheck(qtbot, wizard, wizard.ui.next)

    assert wizard.result.ok and wizard.ui.inferences_group.isVisible()
    shown = table_texts(wizard.ui.inferences_table)
    assert ["Sheet1", "Lĩnh vực", "Nông nghiệp", "giá trị chọn cho mọi dòng", "", "5"] in shown
    assert ["Sheet1", "Loại hình", "Tổ hợp tác", "đọc từ cột “Tên hợp tác xã”", "THT",
            "1"] in shown
    assert ["Sheet1", "Xã/Phường", "Xã Dân Hòa (10180), đổi theo sắp xếp đơn vị hành chính 2025",
            "đọc từ cột “Địa chỉ trụ sở”", "xã Hồng Dương, huyện Thanh Oai", "1"] in shown
    run_import(qtbot, wizard)
    assert sorted(rows(db, Organisation.name, Organisation.kind)) == sorted(
        (name, kind) for name, (kind, *_) in EXPECTED.items())
    assert len(rows(db, Manager.id)) == 5 and len(rows(db, YearlyFigures.id)) == 5


def test_the_officer_chooses_the_commune_an_old_commune_of_an_address_went_into(
        qtbot, wizard, db, tmp_path):
    load(qtbot, wizard, write_organisations(tmp_path / "cu khe.xlsx", [*ROWS, SPLIT_ROW]))
    wizard.next()
    choose(wizard, "sector", "Nông nghiệp")
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        wizard.next()
    wait(qtbot, wizard)
    assert table_texts(wizard.ui.commune_choices_table) == [
        ["xã Cự Khê, huyện Thanh Oai", "1", ""]]
    box = wizard.ui.commune_choices_table.cellWidget(0, 2)
    assert [box.itemText(i) for i in range(box.count())] == [
        "— chọn —", "Phường Phú Lương (09568) — ngoài địa bàn", "Xã Bình Minh (10126)"]
    box.setCurrentIndex(box.findData("10126"))
    recheck(qtbot, wizard, wizard.ui.apply_choices)
    assert wizard.result.ok
    run_import(qtbot, wizard)
    assert rows(db, Organisation.commune_code, where=Organisation.name == HTX_CU_KHE) == [
        ("10126",)]


def test_the_file_fixed_after_the_check_is_read_again_on_going_back_and_on(qtbot, wizard,
                                                                            tmp_path):
    path = tmp_path / "ds.xlsx"
    wrong = [[*ROWS[0][:1], "Công ty Hồng Dương", *ROWS[0][2:]], *ROWS[1:]]
    load(qtbot, wizard, write_organisations(path, wrong))
    wizard.next()
    choose(wizard, "sector", "Nông nghiệp")
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        wizard.next()
    wait(qtbot, wizard)
    assert not wizard.result.ok and "Không biết loại hình của “Công ty Hồng Dương”" in \
        table_texts(wizard.ui.problems_table)[0][5]

    write_organisations(path)  # the officer fixes the name in Excel and saves
    stamp = os.stat(path)
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000_000))
    qtbot.mouseClick(wizard.ui.back, Qt.MouseButton.LeftButton)
    assert wizard.step == MAPPING
    with qtbot.waitSignal(wizard.file_read, timeout=TIMEOUT):
        with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
            qtbot.mouseClick(wizard.ui.next, Qt.MouseButton.LeftButton)
    wait(qtbot, wizard)
    assert wizard.step == CHECK and wizard.result.ok
    assert wizard.ui.check_status.text().startswith(
        "Tệp đã thay đổi từ lần đọc trước nên đã được đọc lại (giữ cách ghép cột).")
    assert wizard.mapping.sheets[0].constants == {"sector": "Nông nghiệp"}  # kept

    # Headers changed too: read again, mapped again by its headers.
    write_organisations(path, headers=[*HEADERS[:5], "Số TV", HEADERS[6]])
    stamp = os.stat(path)
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 2_000_000_000))
    qtbot.mouseClick(wizard.ui.back, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.ui.next, Qt.MouseButton.LeftButton)
    wait(qtbot, wizard)
    assert "tên các cột đã khác nên các cột được ghép lại theo tên" in wizard.ui.check_status.text()
    assert "declared_members" in wizard.mapping.sheets[0].columns.values()
    assert wizard.mapping.sheets[0].constants == {"sector": "Nông nghiệp"}  # still missing
    assert wizard.result.ok

    # Unchanged since: going back and on checks the copy already read.
    qtbot.mouseClick(wizard.ui.back, Qt.MouseButton.LeftButton)
    read_before = wizard.workbook
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.ui.next, Qt.MouseButton.LeftButton)
    wait(qtbot, wizard)
    assert wizard.workbook is read_before


def test_a_typed_path_is_read_on_enter_and_on_next(qtbot, wizard, tmp_path, type_text):
    path = write_organisations(tmp_path / "go tay.xlsx")
    assert wizard.step == FILE and not wizard.ui.next.isEnabled()
    type_text(wizard.ui.file_path, str(path))
    assert wizard.ui.next.isEnabled()  # Tiếp reads what was typed
    with qtbot.waitSignal(wizard.file_read, timeout=TIMEOUT):
        qtbot.keyClick(wizard.ui.file_path, Qt.Key.Key_Return)
    wait(qtbot, wizard)
    assert wizard.workbook.path == path and "nhận ra 1 trang" in wizard.ui.file_status.text()

    other = write_organisations(tmp_path / "khac.xlsx", ROWS[:2])
    wizard.ui.file_path.selectAll()
    type_text(wizard.ui.file_path, str(other))
    with qtbot.waitSignal(wizard.file_read, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.ui.next, Qt.MouseButton.LeftButton)
    wait(qtbot, wizard)
    assert wizard.workbook.path == other and wizard.step == MAPPING

    wizard.back()
    wizard.ui.file_path.selectAll()
    type_text(wizard.ui.file_path, str(tmp_path / "khong co.xlsx"))
    task = wizard.load_typed_path()
    qtbot.waitUntil(lambda: task.is_finished, timeout=TIMEOUT)
    assert wizard.step == FILE and "khong co.xlsx" in wizard.ui.file_status.text()
    assert not wizard.ui.next.isEnabled()


def test_a_saved_mapping_is_used_again_for_a_file_with_the_same_headers(qtbot, db, tmp_path):
    ha_noi_office(db, area=THANH_OAI_AREA)
    first = ImportWizard(db)
    qtbot.addWidget(first)
    load(qtbot, first, write_organisations(tmp_path / "2024.xlsx"))
    first.next()
    choose(first, "sector", "Nông nghiệp")
    first.ui.mapping_name.setText("Danh sách của phòng")
    task = first.save_mapping()
    qtbot.waitUntil(lambda: task.is_finished, timeout=TIMEOUT)

    later = ImportWizard(db)
    qtbot.addWidget(later)
    qtbot.waitUntil(lambda: later.ui.saved_mappings.count() == 1, timeout=TIMEOUT)
    load(qtbot, later, write_organisations(tmp_path / "2025.xlsx", ROWS[:3],
                                           titles=["DANH SÁCH HTX NĂM 2025", "", "(cập nhật)"]))
    assert "dùng cách ghép đã lưu “Danh sách của phòng”" in later.ui.file_status.text()
    later.next()
    assert missing(later)["Lĩnh vực"] == "Nông nghiệp"
    assert missing(later)["Năm"] == "Theo tiêu đề phía trên các cột: 2025"
    with qtbot.waitSignal(later.checked, timeout=TIMEOUT):
        later.next()
    qtbot.waitUntil(lambda: not later.busy, timeout=TIMEOUT)
    assert later.result.ok and later.result.sheets[0].inserted == 3


def test_the_rows_outside_the_area_are_left_out_when_the_officer_ticks_it(qtbot, wizard, db,
                                                                         tmp_path):
    load(qtbot, wizard, write_province_list(tmp_path / "thanh pho.xlsx"))
    wizard.next()
    choose(wizard, "sector", "Nông nghiệp")
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        wizard.next()
    wait(qtbot, wizard)
    box = wizard.ui.skip_outside_area
    assert box.isVisible() and not box.isChecked() and not wizard.ui.run_import.isEnabled()
    assert box.text() == ("Bỏ qua 3 tổ chức ngoài địa bàn (và các dòng của chúng ở các trang "
                          "khác)")
    assert "Có 3 tổ chức ở xã, phường ngoài địa bàn" in wizard.ui.check_status.text()

    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        box.click()
    wait(qtbot, wizard)
    assert wizard.result.ok and box.isChecked()
    left = [row for row in table_texts(wizard.ui.problems_table) if row[4] == "Bỏ qua"]
    assert [row[:4] for row in left] == [
        ["Danh sách HTX", "8", "", "Hợp tác xã Nông nghiệp Tân Dân"],
        ["Danh sách HTX", "9", "", "Tổ hợp tác May mặc Cống Vị"],
        ["Danh sách HTX", "11", "", "HTX Rau sạch Dương Quang"],
        ["Thành viên", "8", "", "Hợp tác xã Nông nghiệp Tân Dân"],
        ["Thành viên", "10", "", "HTX Rau sạch Dương Quang"]]
    assert table_texts(wizard.ui.counts_table)[0][2:] == ["2", "0", "0", "0", "3"]
    run_import(qtbot, wizard)
    assert len(rows(db, Organisation.id)) == 2
