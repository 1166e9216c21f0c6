"""The Tổng quan screen in the autumn, before anyone has the figures of the current year: the
cards and the table read the last complete year and say so (tests/current_year_office.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.core import clock
from kttt_desktop.core.targets import Status
from kttt_desktop.ui.indicator_table import LABEL, VALUE, YEAR_EARLIER
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.settings import Settings
from tests.current_year_office import Q3, TODAY, A, B


@pytest.fixture
def page(qtbot, current_year_db_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)  # the last quarter ended: 2026-Q3
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.open_database(current_year_db_path)
    page = window.page("overview")
    qtbot.waitUntil(lambda: page.overview is not None, timeout=15_000)
    assert page.period() == Q3
    return page


def _card(page, code):
    return next(c for c in page.ui.cards.cards if c.check.target.indicator == code)


def test_the_good_and_fair_card_reads_the_ratings_of_the_last_complete_year(qtbot, page):
    card = _card(page, "htx.good_fair_pct")
    assert card.check.status is Status.ACHIEVED  # was "Không có số liệu" all year
    assert card.ui.status_label.text() == "Đạt"
    assert card.ui.actual_label.text() == "Theo số liệu năm 2025: 66,7%"
    members = _card(page, "htx.members")  # declared counts carried forward: 277, not 17
    assert members.ui.actual_label.text() == "Đến 30/09/2026: 277 người"
    assert page.ui.period_dates.text().endswith(
        "lao động, doanh thu, lợi nhuận, thu nhập và xếp loại theo số liệu năm 2025.")
    with qtbot.waitSignal(card.activated, timeout=5_000):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.listing is not None, timeout=15_000)
    listed = [row.record_id for row in dialog.listing.rows]
    assert sorted(listed) == [A, B]  # the numerator: rated good (A) and fair (B) in 2025
    assert "theo số liệu năm 2025 (tổ chức tồn tại tại ngày 30/09/2026)" in \
        dialog.ui.heading.text()


def test_the_table_names_the_year_of_its_yearly_rows(page):
    model = page.model
    rows = {row.value.code: (group_row, index) for group_row, group in enumerate(model.groups)
            for index, row in enumerate(group.rows)}
    group_row, index = rows["htx.workers"]
    parent = model.index(group_row, 0)
    assert model.index(index, LABEL, parent).data() == (
        "Số lao động thường xuyên trong hợp tác xã (năm 2025)")
    assert model.index(index, VALUE, parent).data() == "32"
    assert model.index(index, YEAR_EARLIER, parent).data() == "24"
    assert model.index(index, YEAR_EARLIER, parent).data(Qt.ItemDataRole.ToolTipRole) \
        .startswith("Theo số liệu năm 2024")
    group_row, index = rows["htx.members"]
    assert model.index(index, LABEL, model.index(group_row, 0)).data() == \
        "Số thành viên hợp tác xã"
