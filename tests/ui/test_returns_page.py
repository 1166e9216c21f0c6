"""The Báo cáo screen on the office of tests/return_office.py (the main window, offscreen)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTableView
from python_calamine import CalamineWorkbook

from kttt_desktop.core.periods import Period
from kttt_desktop.data.database import open_database
from kttt_desktop.exchange.return_data import read_return_data
from kttt_desktop.services.registers.records import save_record
from kttt_desktop.services.returns import load_draft, submissions, submitted_snapshot
from kttt_desktop.ui import changes, tasks
from kttt_desktop.ui.msgbox import Answer
from kttt_desktop.ui.snapshot_model import STATUS_ROLE
from tests.known_office import H4
from tests.pdf_tools import pdf_text
from tests.return_office import FREE_TEXT, Q3, build_return_office

TIMEOUT = 20_000


@pytest.fixture
def office_window(qtbot, db, db_path):
    build_return_office(db)
    db.close()
    from kttt_desktop.ui.main_window import MainWindow
    from kttt_desktop.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=TIMEOUT):
        window.open_database(db_path)
    return window


@pytest.fixture
def page(qtbot, office_window):
    page = office_window.show_section("returns")
    assert page.objectName() == "returns_page"
    with qtbot.waitSignal(page.overview_shown, timeout=TIMEOUT):
        page.set_period(Q3)
    qtbot.waitUntil(lambda: not page.busy, timeout=TIMEOUT)
    return page


def _stored(db_path, read):
    db = open_database(db_path, read_only=True)
    try:
        return read(db)
    finally:
        db.close()


def _view(page, key):
    return page.ui.section_panel.findChild(QTableView, key)


def test_choosing_a_period_rebuilds_the_view(qtbot, page):
    assert page.overview.snapshot.period == "2023-Q3"
    assert page.ui.status.text() == ("Số liệu đến ngày 30/09/2023; chỉ tiêu năm theo số liệu "
                                     "năm 2022")
    assert page.ui.section_list.count() == 9
    assert page.ui.free_text.toPlainText() == FREE_TEXT
    assert page.ui.changes_label.text() == "Kỳ này chưa gửi báo cáo lần nào."
    with qtbot.waitSignal(page.overview_shown, timeout=TIMEOUT) as shown:
        page.ui.period_kind.setCurrentIndex(page.ui.period_kind.findData(""))  # the whole year
    assert shown.args[0].snapshot.period == "2023"
    assert page.ui.status.text() == ("Số liệu đến ngày 31/12/2023; chỉ tiêu năm theo số liệu "
                                     "năm 2023")
    assert page.ui.free_text.toPlainText() == ""  # no draft for the year yet


def test_sections_show_as_tables_and_targets_are_coloured(page):
    page.ui.section_list.setCurrentRow(0)
    view = _view(page, "table_organisations")
    model = view.model()
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert model.index(rows["Hợp tác xã"], 1).data() == "6"
    page.ui.section_list.setCurrentRow(7)
    targets = _view(page, "table_targets").model()
    statuses = {targets.index(r, 1).data(): targets.index(r, 0).data(STATUS_ROLE)
                for r in range(targets.rowCount())}
    assert statuses["Số hợp tác xã thành lập mới"] == "not_achieved"
    brush = targets.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert brush is not None and brush.color().isValid()


def test_the_free_text_is_kept_as_a_draft(qtbot, page, db_path):
    page.ui.free_text.setPlainText("Đánh giá mới của quý III.")
    task = page.save_draft()
    qtbot.waitUntil(lambda: task.is_finished, timeout=TIMEOUT)
    assert page.ui.draft_status.text() == "Đã lưu bản nháp."
    assert _stored(db_path, lambda db: load_draft(db, Q3)).free_text == \
        "Đánh giá mới của quý III."


def test_changing_period_saves_the_text_typed(qtbot, page, db_path):
    page.ui.free_text.setPlainText("Viết dở cho quý III")
    page.ui.free_text.document().setModified(True)
    with qtbot.waitSignal(page.overview_shown, timeout=TIMEOUT):
        page.set_period(Period.parse("2023-Q4"))
    qtbot.waitUntil(lambda: not page.busy and not tasks.pending(), timeout=TIMEOUT)
    assert _stored(db_path, lambda db: load_draft(db, Q3)).free_text == "Viết dở cho quý III"


def test_the_number_and_signer_typed_in_the_draft_are_saved_and_printed(
        qtbot, page, db_path, msgbox_answers, tmp_path, type_text):
    ui = page.ui
    assert ui.doc_number.text() == ""  # blank: the clerk writes it in
    assert (ui.signer_title.text(), ui.signer_name.text()) == ("PHÓ TRƯỞNG PHÒNG",
                                                                "Hoàng Văn Thắng")
    type_text(ui.doc_number, "12a7/")  # only digits get in
    assert ui.doc_number.text() == "127"
    ui.signer_title.clear()
    type_text(ui.signer_title, "Trưởng phòng")
    ui.signer_name.clear()
    type_text(ui.signer_name, "Nông Thị Lan")
    assert ui.draft_status.text() == "Có thay đổi chưa lưu."
    task = page.save_draft()
    qtbot.waitUntil(lambda: task.is_finished, timeout=TIMEOUT)
    stored = _stored(db_path, lambda db: load_draft(db, Q3))
    assert (stored.doc_number, stored.signer_title, stored.signer_name) == (
        "127", "Trưởng phòng", "Nông Thị Lan")
    msgbox_answers.answer(tmp_path / "bao-cao.xlsx")
    with qtbot.waitSignal(page.files_written, timeout=TIMEOUT):
        page.export("xlsx")
    msgbox_answers.answer(tmp_path / "bao-cao.pdf")
    with qtbot.waitSignal(page.files_written, timeout=TIMEOUT):
        page.export("pdf")
    text = " ".join(pdf_text(tmp_path / "bao-cao.pdf").split())
    assert "Số: 127/BC-PKT" in text and "Nông Thị Lan" in text
    assert "KT. TRƯỞNG PHÒNG TRƯỞNG PHÒNG" in text  # the office's authority, the new title
    assert "Hoàng Văn Thắng" not in text and "PHÓ TRƯỞNG PHÒNG" not in text
    workbook = CalamineWorkbook.from_path(str(tmp_path / "bao-cao.xlsx"))
    cells = [c for name in workbook.sheet_names[:-1]
             for row in workbook.get_sheet_by_name(name).to_python() for c in row]
    assert "Số: 127/BC-PKT" in cells and "Nông Thị Lan" in cells and "TRƯỞNG PHÒNG" in cells
    assert "PHÓ TRƯỞNG PHÒNG" not in cells
    # Another period, then back: the page shows what was saved for the quarter.
    with qtbot.waitSignal(page.overview_shown, timeout=TIMEOUT):
        page.set_period(Period.parse("2023-Q4"))
    assert (ui.doc_number.text(), ui.signer_name.text()) == ("", "Hoàng Văn Thắng")
    with qtbot.waitSignal(page.overview_shown, timeout=TIMEOUT):
        page.set_period(Q3)
    assert (ui.doc_number.text(), ui.signer_name.text()) == ("127", "Nông Thị Lan")


def test_export_runs_in_the_background_and_writes_both_files(qtbot, page, msgbox_answers,
                                                            tmp_path):
    page.ui.free_text.setPlainText("Văn bản trong tệp")
    msgbox_answers.answer(tmp_path / "bao-cao.xlsx")
    with qtbot.waitSignal(page.files_written, timeout=TIMEOUT) as written:
        task = page.export("xlsx")
        assert page.busy and page.ui.progress.isVisible()
        assert not page.ui.submit.isEnabled()
    assert task is not None
    data = read_return_data(written.args[0].xlsx)
    assert data.period == "2023-Q3" and data.signature is not None and data.signature.valid
    msgbox_answers.answer(tmp_path / "bao-cao")  # the extension is added
    with qtbot.waitSignal(page.files_written, timeout=TIMEOUT):
        page.ui.export_pdf.click()
    pdf = tmp_path / "bao-cao.pdf"
    assert PdfReader(pdf).pages and b"%PDF" in pdf.read_bytes()[:8]
    qtbot.waitUntil(lambda: not page.busy, timeout=TIMEOUT)
    assert page.ui.submit.isEnabled()
    kinds = [s.kind for s in msgbox_answers.shown]
    assert kinds == ["save_file", "information", "save_file"]  # the office's key was just made
    assert msgbox_answers.texts("information")[0].startswith("Đã tạo khóa ký mới cho cơ quan")


def test_a_cancelled_file_chooser_writes_nothing(page, msgbox_answers, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    page.context.settings.set_value("returns/folder", str(out))
    assert page.export("pdf") is None  # no answer queued: the user cancelled
    [chooser] = msgbox_answers.shown
    assert Path(chooser.answer or "") == Path() and not page.busy
    assert list(out.iterdir()) == []


def test_submit_asks_then_stores_and_lists_the_submission(qtbot, page, msgbox_answers, db_path,
                                                         tmp_path):
    msgbox_answers.answer(Answer.NO)
    assert page.submit() is None
    confirmation = msgbox_answers.shown[-1]
    assert confirmation.kind == "question"
    assert "Gửi báo cáo quý III năm 2023 (phiên bản 1)?" in confirmation.text
    assert "không thể sửa" in confirmation.text
    assert _stored(db_path, submissions) == []

    msgbox_answers.answer(Answer.YES, tmp_path / "gui.xlsx")
    with qtbot.waitSignal(page.submitted, timeout=TIMEOUT) as sent:
        page.ui.submit.click()
    assert sent.args[0].version == 1
    assert (tmp_path / "gui.xlsx").is_file() and (tmp_path / "gui.pdf").is_file()
    with qtbot.waitSignal(page.overview_shown, timeout=TIMEOUT):
        pass  # the view reloads after the submission
    assert page.ui.submitted_table.rowCount() == 1
    assert page.ui.submitted_table.item(0, 1).text() == "1"
    assert page.ui.changes_label.text().startswith("Không có giá trị nào thay đổi")
    [stored] = _stored(db_path, submissions)
    assert (stored.period, stored.version) == ("2023-Q3", 1)


def test_the_print_preview_loads_the_pdf_and_prints_every_page(qtbot, page, msgbox_answers,
                                                              tmp_path):
    with qtbot.waitSignal(page.preview_opened, timeout=TIMEOUT) as opened:
        page.ui.preview.click()
    dialog = opened.args[0]
    assert dialog.document.status() == QPdfDocument.Status.Ready
    pages = dialog.document.pageCount()
    assert pages >= 3 and dialog.pages.text() == f"{pages} trang"
    folder = dialog.folder
    assert folder.is_dir()

    assert dialog.print_document() == 0  # the print dialog was cancelled
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)
    from kttt_desktop.ui.pdf_preview import print_pdf

    assert print_pdf(dialog.document, printer) == pages
    printed = PdfReader(tmp_path / "printed.pdf").pages
    assert len(printed) == pages
    widths = [float(p.mediabox.width) for p in printed]
    assert widths[0] < widths[-1]  # the annexed list prints on landscape pages
    dialog.close()
    qtbot.waitUntil(lambda: not Path(folder).exists(), timeout=TIMEOUT)


def test_without_an_office_profile_the_page_says_why(qtbot, main_window, db_path, msgbox_answers):
    from kttt_desktop.data.models import Office

    with main_window.database.session() as s:
        s.delete(s.get(Office, 1))
    page = main_window.show_section("returns")
    qtbot.waitUntil(lambda: "thông tin cơ quan" in page.ui.changes_label.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not page.busy, timeout=TIMEOUT)
    assert not page.ui.export_pdf.isEnabled() and page.ui.section_list.count() == 0
    assert msgbox_answers.shown == []


def _new_member_of_htx_4() -> dict:
    return {"organisation_id": H4, "full_name": "Lò Văn Mới", "member_kind": "official",
            "member_type": "individual", "joined_on": date(2023, 8, 20), "birth_year": 1990}


def test_a_record_saved_in_another_section_is_in_the_return_submitted(
        qtbot, page, office_window, msgbox_answers, db_path, tmp_path):
    assert page.overview.snapshot.indicator("htx.members").value == 42
    members = office_window.show_section("members")
    with qtbot.waitSignal(changes.bus().did_execute, timeout=TIMEOUT):
        tasks.run_write(save_record, office_window.database, "member", _new_member_of_htx_4(),
                        owner=members.form)  # as the member form saves it
    with qtbot.waitSignal(page.overview_shown, timeout=TIMEOUT):
        office_window.show_section("returns")  # computed again: a register changed meanwhile
    qtbot.waitUntil(lambda: not page.busy, timeout=TIMEOUT)
    msgbox_answers.answer(Answer.YES, tmp_path / "gui.xlsx")
    with qtbot.waitSignal(page.submitted, timeout=TIMEOUT) as sent:
        page.ui.submit.click()
    stored = _stored(db_path, lambda db: submitted_snapshot(db, sent.args[0].id))
    assert stored.indicator("htx.members").value == 43


def test_a_return_computed_before_a_change_is_not_submitted(
        qtbot, page, office_window, msgbox_answers, db_path, tmp_path):
    save_record(office_window.database, "member", _new_member_of_htx_4())  # told to no screen
    msgbox_answers.answer(Answer.YES, tmp_path / "gui.xlsx")
    with qtbot.waitSignal(page.overview_shown, timeout=TIMEOUT):
        page.ui.submit.click()  # refused, and the return is computed again
    assert "đã thay đổi" in msgbox_answers.shown[-1].text
    assert _stored(db_path, submissions) == []
    assert not (tmp_path / "gui.xlsx").exists()
    assert page.overview.snapshot.indicator("htx.members").value == 43
