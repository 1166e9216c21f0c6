"""The Nhập / Xuất section in the main window (offscreen): the import wizard, the template and the
export of the registers."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.services.importing.mappings import mapping_names
from kttt_desktop.ui.import_wizard import CHECK, FILE, IMPORT, MAPPING
from kttt_desktop.ui.msgbox import Answer
from tests.workbooks import CODE_A, calamine_rows, count_rows, errors_column, office_sheets, write_xlsx

TIMEOUT = 20_000


@pytest.fixture
def page(main_window):
    page = main_window.show_section("exchange")
    assert page.objectName() == "exchange_page"
    return page


@pytest.fixture
def wizard(qtbot, page):
    wizard = page.open_wizard()
    qtbot.addWidget(wizard)
    return wizard


def load(qtbot, wizard, path):
    with qtbot.waitSignal(wizard.file_read, timeout=TIMEOUT):
        wizard.load_file(path)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=TIMEOUT)


def check(qtbot, wizard):
    wizard.next()
    assert wizard.step == MAPPING
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=TIMEOUT)
    assert wizard.step == CHECK


def table_texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_file_goes_through_mapping_check_and_import(qtbot, main_window, tmp_path, db_path):
    organisations = main_window.show_section("organisations")
    qtbot.waitUntil(lambda: organisations.model.is_counted, timeout=TIMEOUT)
    assert organisations.model.rowCount() == 0
    wizard = main_window.show_section("exchange").open_wizard()
    qtbot.addWidget(wizard)
    load(qtbot, wizard, write_xlsx(tmp_path / "so.xlsx", office_sheets()))
    assert "nhận ra 8 trang" in wizard.ui.file_status.text()
    check(qtbot, wizard)
    counts = table_texts(wizard.ui.counts_table)
    assert counts[1][0] == "ThanhVien" and counts[1][2:] == ["5", "0", "0", "0", "0"]
    assert wizard.ui.run_import.isEnabled() and count_rows(db_path, "member") == 0
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.ui.run_import, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=TIMEOUT)
    assert wizard.step == IMPORT and "Đã nhập xong" in wizard.ui.import_status.text()
    assert count_rows(db_path, "member") == 5 and count_rows(db_path, "organisation") == 3
    # The registers shown in other sections are read again when next shown.
    assert main_window.show_section("organisations") is organisations
    qtbot.waitUntil(lambda: organisations.model.rowCount() == 3, timeout=TIMEOUT)


def test_changing_the_mapping_changes_what_is_imported(qtbot, wizard, tmp_path):
    members = [["Đơn vị", "Người", "Ngày kết nạp TV", "Kiểu"],
               [CODE_A, "Nguyễn Văn An", "01/02/2020", "Chính thức"]]
    sheets = {"ToChuc": office_sheets()["ToChuc"], "DS": members}
    load(qtbot, wizard, write_xlsx(tmp_path / "la.xlsx", sheets))
    wizard.next()
    assert wizard.step == MAPPING
    register = wizard.ui.sheets_table.cellWidget(1, 1)
    assert register.currentData() is None  # the headers say nothing the program knows
    register.setCurrentIndex(register.findData("member"))
    wizard.ui.sheets_table.setCurrentCell(1, 0)
    fields = wizard.ui.columns_table
    assert [fields.item(r, 0).text() for r in range(fields.rowCount())] == [
        "Đơn vị", "Người", "Ngày kết nạp TV", "Kiểu"]
    for row, key in enumerate(("organisation_code", "full_name", "joined_on", "member_kind")):
        choice = fields.cellWidget(row, 1)
        choice.setCurrentIndex(choice.findData(key))
    assert wizard.mapping.of("DS").columns == {
        0: "organisation_code", 1: "full_name", 2: "joined_on", 3: "member_kind"}
    # One field takes one column: choosing it for another column frees the first.
    fields.cellWidget(3, 1).setCurrentIndex(fields.cellWidget(3, 1).findData("full_name"))
    assert wizard.mapping.of("DS").columns == {0: "organisation_code", 2: "joined_on",
                                               3: "full_name"}
    assert fields.cellWidget(1, 1).currentData() is None
    fields.cellWidget(1, 1).setCurrentIndex(fields.cellWidget(1, 1).findData("full_name"))
    fields.cellWidget(3, 1).setCurrentIndex(fields.cellWidget(3, 1).findData("member_kind"))
    wizard.ui.mapping_name.setText("Danh sách của xã")
    task = wizard.save_mapping()
    qtbot.waitUntil(lambda: task.is_finished, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: wizard.ui.saved_mappings.count() == 1, timeout=TIMEOUT)
    assert mapping_names(wizard.database) == ["Danh sách của xã"]
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=TIMEOUT)
    assert table_texts(wizard.ui.counts_table)[1][:3] == ["DS", "Thành viên của tổ hợp tác, "
                                                          "hợp tác xã, liên hiệp", "1"]


def test_a_dry_run_lists_the_errors_and_saves_the_annotated_report(qtbot, wizard, tmp_path,
                                                                   msgbox_answers, db_path):
    sheets = office_sheets()
    sheets["ThanhVien"][3][4] = "30/02/1980"
    load(qtbot, wizard, write_xlsx(tmp_path / "loi.xlsx", sheets))
    check(qtbot, wizard)
    assert "Có 1 lỗi" in wizard.ui.check_status.text()
    [problem] = table_texts(wizard.ui.problems_table)
    assert problem[:5] == ["ThanhVien", "4", "Ngày sinh", "30/02/1980", "Lỗi"]
    assert "không có thật" in problem[5]
    assert not wizard.ui.run_import.isEnabled()
    report = tmp_path / "bao cao.xlsx"
    msgbox_answers.answer(report)
    with qtbot.waitSignal(wizard.report_written, timeout=TIMEOUT):
        wizard.save_report()
    assert "không có thật" in errors_column(report, "ThanhVien")[4]
    assert count_rows(db_path, "organisation") == 0


def test_cancelling_the_import_writes_nothing(qtbot, wizard, tmp_path, db_path):
    load(qtbot, wizard, write_xlsx(tmp_path / "so.xlsx", office_sheets()))
    check(qtbot, wizard)
    audit = count_rows(db_path, "audit_log")
    task = wizard.start_import()
    wizard.cancel()  # at once: the worker is still reading the database
    qtbot.waitUntil(lambda: task.is_finished, timeout=TIMEOUT)
    assert task.cancelled and wizard.step == CHECK
    assert "không có gì được ghi" in wizard.ui.check_status.text()
    assert count_rows(db_path, "organisation") == 0 and count_rows(db_path, "member") == 0
    assert count_rows(db_path, "audit_log") == audit
    assert wizard.ui.run_import.isEnabled()  # the officer may try again


def test_a_refused_file_says_why_on_the_first_step(qtbot, wizard, tmp_path):
    page = tmp_path / "trang.xls"
    page.write_text("<html><table></table></html>", encoding="utf-8")
    task = wizard.load_file(page)
    qtbot.waitUntil(lambda: task.is_finished, timeout=TIMEOUT)
    assert wizard.step == FILE and "trang web" in wizard.ui.file_status.text()
    assert not wizard.ui.next.isEnabled()


def test_the_template_is_saved_where_the_officer_chooses(qtbot, page, tmp_path, msgbox_answers):
    target = tmp_path / "mau.xlsx"
    msgbox_answers.answer(target)
    with qtbot.waitSignal(page.template_written, timeout=TIMEOUT):
        page.save_template()
    assert calamine_rows(target, "ToChuc")[1][0] == "Ví dụ"


def test_personal_data_is_exported_only_after_the_warning_is_accepted(qtbot, page, tmp_path,
                                                                     msgbox_answers, db_path):
    page.ui.personal_data.setChecked(True)
    msgbox_answers.answer(Answer.NO)
    assert page.dump() is None
    [asked] = msgbox_answers.shown
    assert asked.kind == "question" and "dữ liệu cá nhân" in asked.text
    target = tmp_path / "so.xlsx"
    msgbox_answers.answer(Answer.YES, target)
    with qtbot.waitSignal(page.dump_written, timeout=TIMEOUT):
        page.dump()
    assert "Số CCCD" in calamine_rows(target, "ThanhVien")[0]
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'export'").fetchone()[0] == 1
    finally:
        connection.close()


def test_an_export_without_personal_data_asks_nothing(qtbot, page, tmp_path, msgbox_answers):
    target = tmp_path / "so.xlsx"
    msgbox_answers.answer(target)
    with qtbot.waitSignal(page.dump_written, timeout=TIMEOUT):
        page.dump()
    assert [s.kind for s in msgbox_answers.shown] == ["save_file"]
    assert "Số CCCD" not in calamine_rows(target, "ThanhVien")[0]
