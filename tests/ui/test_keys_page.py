"""The "Chữ ký số" screen: the office's fingerprint and public key file; the province registers
a key only when the typed fingerprint matches, lists it, revokes it; and on the consolidation tab
a file not verified is taken only once ticked and confirmed."""

from __future__ import annotations

import json
import shutil

import pytest
from pytestqt.modeltest import ModelTester

from kttt_desktop.core.periods import Period
from kttt_desktop.data.database import build_new_database
from kttt_desktop.services.keys import registered_keys
from kttt_desktop.services.office import OfficeProfile, save_profile
from kttt_desktop.ui.consolidation_panel import ACCEPT, SEAL, STATUS
from kttt_desktop.ui.msgbox import Answer

pytestmark = pytest.mark.slow
TIMEOUT = 20_000


@pytest.fixture
def page(qtbot, main_window):
    page = main_window.show_section("keys")
    qtbot.waitSignal(page.listed, timeout=TIMEOUT)
    return page


@pytest.fixture
def office_key_file(tmp_path, _template_database, capsys):
    """Another office's public key file, exported from its own database."""
    from kttt_desktop.cli import main

    other = tmp_path / "don-vi" / "office.db"
    other.parent.mkdir()
    shutil.copyfile(_template_database, other)
    path = tmp_path / "don-vi.kttt-key"
    assert main(["--db", str(other), "keys", "export", "--out", str(path)]) == 0
    capsys.readouterr()
    return path


def test_the_office_exports_its_key_and_sees_its_fingerprint(qtbot, page, msgbox_answers,
                                                             tmp_path):
    msgbox_answers.answer(tmp_path / "khoa.kttt-key")
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT) as done:
        page.ui.export_key.click()
    written = json.loads(done.args[0].read_text(encoding="utf-8"))
    assert page.ui.own_fingerprint.text() == f"Dấu vân tay: {written['fingerprint']}"
    assert written["fingerprint"] in page.ui.status.text()


def test_a_key_is_registered_only_with_its_fingerprint_then_revoked(
        qtbot, page, msgbox_answers, office_key_file, main_window):
    fingerprint = json.loads(office_key_file.read_text(encoding="utf-8"))["fingerprint"]
    ModelTester(None).check(page.model)
    msgbox_answers.answer(office_key_file)
    page.ui.choose_key_file.click()
    assert "Phòng Kinh tế xã Bình Liêu: 3 xã, phường" in page.ui.key_file.text()
    assert not page.ui.register_key.isEnabled()  # the fingerprint is not typed yet
    qtbot.keyClicks(page.ui.fingerprint, "1111 2222 3333 4444 5555 6666")
    page.register()
    qtbot.waitUntil(lambda: bool(msgbox_answers.texts("error")), timeout=TIMEOUT)
    assert "khác dấu vân tay của khóa trong tệp" in msgbox_answers.take("error")[0].text
    assert registered_keys(main_window.database) == []
    page.ui.fingerprint.setText(fingerprint.replace(" ", ""))
    with qtbot.waitSignal(page.listed, timeout=TIMEOUT):
        page.ui.register_key.click()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == fingerprint  # as the office's screen shows it
    assert page.model.index(0, 4).data() == "Có hiệu lực"
    page.ui.keys_table.selectRow(0)
    page.ui.revoke_reason.setText("đơn vị đổi máy")
    msgbox_answers.answer(Answer.YES)
    with qtbot.waitSignal(page.listed, timeout=TIMEOUT):
        page.ui.revoke_key.click()
    assert page.model.index(0, 4).data().startswith("Đã thu hồi ngày ")
    assert "đơn vị đổi máy" in page.model.index(0, 4).data()


def test_an_unverified_file_is_consolidated_only_once_ticked_and_confirmed(
        qtbot, main_window, msgbox_answers, tmp_path):
    from kttt_desktop.services.returns import build_snapshot, write_return

    other = tmp_path / "khac" / "khac.db"
    build_new_database(other, lambda db: save_profile(db, OfficeProfile(
        name="Phòng Kinh tế xã Hoành Mô", province_code="22", area=["06841"])))
    from kttt_desktop.data.database import open_database

    database = open_database(other, read_only=True)
    try:
        unsigned = write_return(build_snapshot(database, Period.parse("2025-Q3")),
                                xlsx=tmp_path / "chua-ky.xlsx").xlsx
    finally:
        database.close()
    page = main_window.show_section("returns")
    page.set_period(Period.parse("2025-Q3"))
    qtbot.waitUntil(lambda: not page.busy, timeout=TIMEOUT)
    panel = page.consolidation
    msgbox_answers.answer([unsigned])
    with qtbot.waitSignal(panel.files_read, timeout=TIMEOUT):
        panel.ui.add_files.click()
    table = panel.ui.files_table
    assert table.item(0, SEAL).text() == "Chưa ký số."
    assert table.item(0, STATUS).text().startswith("Bị từ chối")
    assert not panel.ui.consolidate.isEnabled()
    msgbox_answers.answer(Answer.NO)  # ticked, then not confirmed: still refused
    table.item(0, ACCEPT).setCheckState(table.item(0, ACCEPT).checkState().Checked)
    assert table.item(0, STATUS).text().startswith("Bị từ chối")
    msgbox_answers.answer(Answer.YES)
    table.item(0, ACCEPT).setCheckState(table.item(0, ACCEPT).checkState().Checked)
    assert "chua-ky.xlsx" in msgbox_answers.texts("question")[-1]
    assert table.item(0, STATUS).text() == "Chấp nhận khi chưa xác thực"
    msgbox_answers.answer(tmp_path / "tong-hop.xlsx")
    panel.ui.with_pdf.setChecked(False)
    with qtbot.waitSignal(panel.consolidated, timeout=TIMEOUT) as done:
        panel.ui.consolidate.click()
    assert done.args[0].accepted and "chua-ky.xlsx" in done.args[0].accepted[0]
