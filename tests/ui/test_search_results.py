"""After a search (or a filter), the list starts at its top and the form shows one of the
records listed: the one shown when it is among them, else the first; none when nothing is found."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.registers_helpers import TAX_CODES, member, organisation
from tests.ui.register_steps import rows, search

GIVEN = ("An", "Bình", "Cúc", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga", "Oanh",
         "Phúc", "Quang", "Sơn", "Tâm", "Uyên", "Vân", "Xuân", "Yến")


@pytest.fixture
def screen(qtbot, main_window):
    """Members of two cooperatives: 38 "Nguyễn Văn …" and "Lò Thị …", one "Đặng Thị Ánh"."""
    db = main_window.database
    dong_tam = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    khe_van = organisation(db, "Hợp tác xã Khe Vằn", code=TAX_CODES[1])
    for given in GIVEN:
        member(db, dong_tam, f"Nguyễn Văn {given}", birth_date=date(1980, 1, 1))
        member(db, khe_van, f"Lò Thị {given}", birth_date=date(1981, 1, 1))
    member(db, khe_van, "Đặng Thị Ánh", birth_date=date(1975, 1, 1))
    main_window.setWindowState(Qt.WindowState.WindowNoState)
    main_window.resize(1280, 640)
    screen = main_window.show_section("members")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 39)
    return screen


def shown_name(screen) -> str:
    return screen.form.ui.full_name.text()


def show_last_row(qtbot, screen) -> None:
    last = screen.model.rowCount() - 1
    screen.view.selectRow(last)
    qtbot.waitUntil(lambda: screen.form.record_id == screen.model.record_id(last))
    assert screen.view.verticalScrollBar().value() > 0


def test_a_search_shows_its_first_result(qtbot, screen, type_text):
    show_last_row(qtbot, screen)
    search(qtbot, screen, "dang thi", type_text)
    assert rows(screen) == ["Đặng Thị Ánh"]
    qtbot.waitUntil(lambda: shown_name(screen) == "Đặng Thị Ánh")
    assert screen.view.currentIndex().row() == 0
    assert screen.view.verticalScrollBar().value() == 0


def test_the_list_starts_at_the_top_of_the_results(qtbot, screen, type_text):
    screen.window().resize(1280, 480)
    screen.view.selectRow(rows(screen).index("Lò Thị Yến"))
    qtbot.waitUntil(lambda: shown_name(screen) == "Lò Thị Yến")
    screen.view.scrollToBottom()
    search(qtbot, screen, "van", type_text)  # "Văn" and "Vân": still a long list
    assert len(rows(screen)) == 20 and screen.view.verticalScrollBar().maximum() > 0
    assert screen.view.verticalScrollBar().value() == 0
    assert screen.view.currentIndex().row() == 0
    qtbot.waitUntil(lambda: shown_name(screen) == rows(screen)[0])


def test_the_record_shown_stays_when_it_is_found(qtbot, screen, type_text):
    row = rows(screen).index("Lò Thị Vân")
    screen.view.selectRow(row)
    qtbot.waitUntil(lambda: shown_name(screen) == "Lò Thị Vân")
    search(qtbot, screen, "van", type_text)
    assert shown_name(screen) == "Lò Thị Vân"
    assert rows(screen)[screen.view.currentIndex().row()] == "Lò Thị Vân"


def test_nothing_found_shows_no_record(qtbot, screen, type_text):
    screen.view.selectRow(0)
    qtbot.waitUntil(lambda: screen.form.record_id is not None)
    search(qtbot, screen, "khong ai ten nay", type_text)
    assert rows(screen) == []
    assert screen.form.record_id is None and not screen.form.editing
    assert shown_name(screen) == ""


def test_a_filter_shows_its_first_result_too(qtbot, screen):
    show_last_row(qtbot, screen)  # a member of Khe Vằn... or of Đồng Tâm
    box = screen.filter_boxes["org_kind"]
    box.setCurrentIndex(box.findData("tht"))  # no THT: nothing listed
    assert rows(screen) == [] and screen.form.record_id is None


def test_typing_in_the_form_is_never_dropped_by_a_search(qtbot, screen, type_text):
    screen.view.selectRow(0)
    qtbot.waitUntil(lambda: screen.form.record_id is not None)
    screen.form.ui.note.setText("Đã nộp đơn")
    screen.form.binding.changed.emit("note")
    assert screen.form.is_dirty()
    kept = shown_name(screen)
    search(qtbot, screen, "dang thi", type_text)
    assert shown_name(screen) == kept and screen.form.ui.note.text() == "Đã nộp đơn"
