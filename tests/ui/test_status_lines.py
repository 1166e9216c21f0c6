"""What a screen says it is doing stops when it is done: the print preview's "Đang chuẩn bị bản
xem trước…", and the import wizard offers an error report only when there are errors."""

from __future__ import annotations

import pytest

from tests.ui import test_returns_page as returns_tests
from tests.ui.test_exchange_page import check, load
from tests.workbooks import office_sheets, write_xlsx

TIMEOUT = returns_tests.TIMEOUT
# The Báo cáo screen of the office with a return, on its Q3 (the fixtures of its own tests).
office_window = returns_tests.office_window
page = returns_tests.page


def test_the_preview_message_goes_once_the_preview_is_open(qtbot, page):
    ready = page.ui.status.text()
    assert ready.startswith("Số liệu đến ngày")
    with qtbot.waitSignal(page.preview_opened, timeout=TIMEOUT) as opened:
        page.ui.preview.click()
        assert page.ui.status.text() == "Đang chuẩn bị bản xem trước…"
    qtbot.waitUntil(lambda: not page.busy, timeout=TIMEOUT)
    assert page.ui.status.text() == ready
    opened.args[0].close()
    assert page.ui.status.text() == ready
    assert not page.ui.progress.isVisible()


def test_a_message_of_the_task_itself_stays(qtbot, page, msgbox_answers, tmp_path):
    msgbox_answers.answer(tmp_path / "bao-cao.xlsx")
    with qtbot.waitSignal(page.files_written, timeout=TIMEOUT):
        page.export("xlsx")
    qtbot.waitUntil(lambda: not page.busy, timeout=TIMEOUT)
    assert page.ui.status.text().startswith("Đã ghi ")


@pytest.mark.parametrize("spoilt", [False, True], ids=["clean", "one-error"])
def test_the_error_report_is_offered_only_with_errors(qtbot, main_window, tmp_path, spoilt):
    wizard = main_window.show_section("exchange").open_wizard()
    qtbot.addWidget(wizard)
    sheets = office_sheets()
    if spoilt:
        sheets["ThanhVien"][3][4] = "30/02/1980"
    load(qtbot, wizard, write_xlsx(tmp_path / "so.xlsx", sheets))
    check(qtbot, wizard)
    assert bool(wizard.result.errors) is spoilt
    assert wizard.ui.save_report.isEnabled() is spoilt
