"""The import wizard with communes written as before the 2025 reform: the dry run lists what it
renames, a name that means several communes gets a drop-down, and the choice made once files
every row that writes that name (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.ui.import_wizard import IMPORT, ImportWizard
from tests.services.test_import_units import HA_NOI_AREA, filed, ha_noi_office, organisations
from tests.ui.test_exchange_page import check, load, table_texts
from tests.workbooks import write_xlsx

TIMEOUT = 20_000


@pytest.fixture
def wizard(qtbot, db):
    ha_noi_office(db, area=[code for code in HA_NOI_AREA if code != "00008"])  # not Ngọc Hà
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def checked(qtbot, wizard, path) -> None:
    load(qtbot, wizard, path)
    check(qtbot, wizard)


def test_the_officer_chooses_once_for_every_row_of_a_split_commune(qtbot, wizard, db, tmp_path):
    path = write_xlsx(tmp_path / "so cu.xlsx", {"ToChuc": organisations(
        "xã Hồng Dương, huyện Thanh Oai", "phường Cống Vị", "Phường Cống Vị", "phường cống vị")})
    checked(qtbot, wizard, path)

    assert wizard.ui.units_group.isVisible() and not wizard.ui.run_import.isEnabled()
    assert "1 tên xã, phường cần chọn" in wizard.ui.check_status.text()
    assert table_texts(wizard.ui.renamings_table) == [
        ["ToChuc", "Xã/Phường", "xã Hồng Dương, huyện Thanh Oai", "Xã Dân Hòa (10180)", "1"]]
    assert "đổi theo sắp xếp đơn vị hành chính 2025" in wizard.ui.renamings_table.item(
        0, 3).toolTip()
    choices = wizard.ui.commune_choices_table
    assert table_texts(choices) == [["phường Cống Vị", "3", ""]]
    box = choices.cellWidget(0, 2)
    assert [box.itemText(i) for i in range(box.count())] == [
        "— chọn —", "Phường Ngọc Hà (00008) — ngoài địa bàn", "Phường Giảng Võ (00025)"]

    box.setCurrentIndex(box.findData("00025"))
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.ui.apply_choices, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=TIMEOUT)
    assert wizard.result.ok and wizard.ui.run_import.isEnabled()
    assert not wizard.ui.commune_choices_table.isVisible()
    assert ["ToChuc", "Xã/Phường", "phường Cống Vị", "Phường Giảng Võ (00025)", "3"] in table_texts(
        wizard.ui.renamings_table)

    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.ui.run_import, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=TIMEOUT)
    assert wizard.step == IMPORT
    assert filed(db) == {"Tổ hợp tác số 1": "10180", "Tổ hợp tác số 2": "00025",
                         "Tổ hợp tác số 3": "00025", "Tổ hợp tác số 4": "00025"}


def test_a_file_with_todays_names_shows_no_commune_list(qtbot, wizard, tmp_path):
    checked(qtbot, wizard, write_xlsx(tmp_path / "moi.xlsx", {"ToChuc": organisations(
        "Xã Dân Hòa", "Phường Giảng Võ")}))
    assert wizard.result.ok and not wizard.ui.units_group.isVisible()
