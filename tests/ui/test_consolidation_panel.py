"""The tab "Tổng hợp báo cáo các đơn vị" of the Báo cáo screen (the main window, offscreen)."""

from __future__ import annotations

import openpyxl
import pytest

from kttt_desktop.core.periods import Period
from kttt_desktop.exchange.return_data import read_return_data
from kttt_desktop.ui.consolidation_panel import COMMUNES, OFFICE, PERIOD, STATUS
from kttt_desktop.ui.msgbox import Answer
from tests.consolidation_offices import NAMES, register_offices

pytestmark = pytest.mark.slow
TIMEOUT = 20_000


@pytest.fixture
def db_path(db_path, province_offices):
    """The window's database, where the keys of offices A, B and C are registered."""
    register_offices(db_path, province_offices)
    return db_path


@pytest.fixture
def page(qtbot, main_window):
    page = main_window.show_section("returns")
    page.set_period(Period.parse("2025-Q3"))
    qtbot.waitUntil(lambda: not page.busy, timeout=TIMEOUT)
    return page


@pytest.fixture
def panel(page):
    panel = page.consolidation
    page.ui.tabs.setCurrentWidget(panel)
    assert page.ui.tabs.tabText(page.ui.tabs.currentIndex()) == "Tổng hợp báo cáo các đơn vị"
    return panel


@pytest.fixture
def three_files(province_offices, tmp_path):
    """Returns of offices A and B, and C's edited after it was written."""
    tampered = tmp_path / "c-da-sua.xlsx"
    workbook = openpyxl.load_workbook(province_offices["c"].xlsx)
    workbook["_data"]["C2"] = "Phòng khác"  # the office's name, in the data sheet
    workbook.save(tampered)
    return [province_offices["a"].xlsx, province_offices["b"].xlsx, tampered]


def _column(panel, column):
    table = panel.ui.files_table
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _add(qtbot, panel, msgbox_answers, paths):
    msgbox_answers.answer(list(paths))
    with qtbot.waitSignal(panel.files_read, timeout=TIMEOUT):
        panel.ui.add_files.click()


def test_files_are_listed_with_their_status(qtbot, page, panel, msgbox_answers, three_files):
    _add(qtbot, panel, msgbox_answers, three_files)
    assert _column(panel, OFFICE) == [NAMES["a"], NAMES["b"], ""]
    assert _column(panel, COMMUNES) == ["10", "15", ""]
    assert _column(panel, PERIOD) == ["Quý III/2025", "Quý III/2025", ""]
    status = _column(panel, STATUS)
    assert status[:2] == ["Hợp lệ", "Hợp lệ"]
    assert status[2].startswith("Bị từ chối: ") and "đã bị sửa sau khi xuất" in status[2]
    assert panel.ui.summary.text() == ("2 tệp hợp lệ, 1 tệp bị từ chối; địa bàn tổng hợp 25 xã, "
                                       "phường.")
    msgbox_answers.answer([three_files[0]])  # the same file again is not added twice
    panel.ui.add_files.click()
    assert panel.ui.files_table.rowCount() == 3
    page.set_period(Period.parse("2025-Q4"))  # another period: every return is refused
    assert all("không phải quý IV năm 2025" in s for s in _column(panel, STATUS)[:2])
    assert not panel.ui.consolidate.isEnabled()


def test_consolidating_leaves_the_refused_file_out_once_confirmed(qtbot, panel, msgbox_answers,
                                                                  three_files, tmp_path):
    _add(qtbot, panel, msgbox_answers, three_files)
    msgbox_answers.answer(Answer.YES, tmp_path / "tong-hop")  # the extension is added
    with qtbot.waitSignal(panel.consolidated, timeout=TIMEOUT) as done:
        task = panel.consolidate()
        assert panel.busy and not panel.ui.consolidate.isEnabled()
    assert task is not None
    question = msgbox_answers.texts("question")[0]
    assert "1 tệp bị từ chối" in question and "c-da-sua.xlsx" in question
    assert "Tổng hợp 2 tệp hợp lệ còn lại?" in question
    written = done.args[0]
    assert written.xlsx == tmp_path / "tong-hop.xlsx"
    assert (tmp_path / "tong-hop.pdf").read_bytes().startswith(b"%PDF")
    data = read_return_data(written.xlsx)
    assert data.office == "Phòng Kinh tế xã Bình Liêu"  # the consolidating office's header
    assert len(data.area) == 25
    assert "Đã ghi báo cáo tổng hợp" in panel.ui.status.text()


def test_answering_no_writes_nothing_and_removing_the_refused_file_asks_no_more(
        qtbot, panel, msgbox_answers, three_files, tmp_path):
    _add(qtbot, panel, msgbox_answers, three_files)
    msgbox_answers.answer(Answer.NO)
    assert panel.consolidate() is None
    assert not list(tmp_path.glob("tong-hop*"))
    panel.ui.files_table.selectRow(2)
    panel.ui.remove_files.click()
    assert _column(panel, STATUS) == ["Hợp lệ", "Hợp lệ"]
    panel.ui.with_pdf.setChecked(False)
    msgbox_answers.answer(tmp_path / "tong-hop.xlsx")
    with qtbot.waitSignal(panel.consolidated, timeout=TIMEOUT) as done:
        panel.ui.consolidate.click()
    assert done.args[0].pdf is None and not (tmp_path / "tong-hop.pdf").exists()
    assert msgbox_answers.texts("question") == [msgbox_answers.texts("question")[0]]
