"""The office profile editor: province and communes, the search box, saving and its messages."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.data.database import open_database
from kttt_desktop.services.office import load_profile
from kttt_desktop.ui.office_profile import OfficeProfileDialog, OfficeProfileEditor


def communes_of(db_path, province_code: str) -> set[str]:
    """Names of a province's communes, read straight from the database file."""
    con = sqlite3.connect(db_path)
    try:
        return {name for (name,) in con.execute(
            "SELECT name FROM commune WHERE province_code = ?", (province_code,))}
    finally:
        con.close()


def stored_profile(db_path):
    db = open_database(db_path, read_only=True)
    try:
        return load_profile(db)
    finally:
        db.close()


def shown_names(editor: OfficeProfileEditor) -> list[str]:
    proxy = editor.area_proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def checked_names(editor: OfficeProfileEditor) -> set[str]:
    model = editor.area_model
    return {model.item(row).text() for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked}


@pytest.fixture
def editor(qtbot, main_window) -> OfficeProfileEditor:
    """The editor of the "Cài đặt" section, loaded with the small office's profile."""
    page = main_window.show_section("settings")
    qtbot.waitUntil(lambda: page.editor.choices is not None)
    return page.editor


def test_the_stored_profile_is_shown(editor, db_path):
    assert editor.ui.name.text() == "Phòng Kinh tế xã Bình Liêu"
    assert editor.ui.signer_authority.text() == "KT. TRƯỞNG PHÒNG"
    assert editor.ui.province_code.currentText() == "Quảng Ninh"
    assert editor.ui.province_code.count() == 34
    assert {shown for shown in shown_names(editor)} == communes_of(db_path, "22")
    assert checked_names(editor) == {"Xã Bình Liêu", "Xã Hoành Mô", "Xã Lục Hồn"}
    total = len(communes_of(db_path, "22"))
    assert editor.ui.area_count.text() == f"Đã chọn 3 / {total} xã, phường"


def test_changing_the_province_lists_its_communes_unchosen(editor, db_path):
    combo = editor.ui.province_code
    combo.setCurrentIndex(combo.findText("Cao Bằng"))
    assert set(shown_names(editor)) == communes_of(db_path, "04")
    assert checked_names(editor) == set()
    assert editor.ui.area_count.text().startswith("Đã chọn 0 / ")


@pytest.mark.parametrize("typed", ["luc hon", "Lục Hồn", "LUC HON", "06856", "lục hon"])
def test_the_search_box_ignores_accents_and_case(editor, type_text, typed):
    type_text(editor.ui.area_filter, typed)
    assert shown_names(editor) == ["Xã Lục Hồn"]


def test_the_search_box_finds_a_commune_by_its_names_before_the_reform(editor, type_text):
    type_text(editor.ui.area_filter, "dong tam")  # old xã Đồng Tâm is part of Lục Hồn today
    assert shown_names(editor) == ["Xã Lục Hồn"]
    index = editor.area_proxy.index(0, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == (
        "Trước 01/07/2025: xã Đồng Tâm, xã Lục Hồn (huyện Bình Liêu, tỉnh Quảng Ninh)")
    editor.ui.area_filter.clear()
    type_text(editor.ui.area_filter, "huyện Bình Liêu")  # every commune of the old district
    assert shown_names(editor) == ["Xã Bình Liêu", "Xã Hoành Mô", "Xã Lục Hồn", "Xã Tiên Yên"]
    editor.ui.area_filter.clear()
    type_text(editor.ui.area_filter, "binh lieu")  # today's name first
    assert shown_names(editor) == ["Xã Bình Liêu"]


def test_the_search_box_keeps_choices_and_clearing_it_shows_all(editor, db_path, type_text):
    type_text(editor.ui.area_filter, "binh")
    assert shown_names(editor) and all("Bình" in n for n in shown_names(editor))
    editor.ui.area_filter.clear()
    assert len(shown_names(editor)) == len(communes_of(db_path, "22"))
    assert checked_names(editor) == {"Xã Bình Liêu", "Xã Hoành Mô", "Xã Lục Hồn"}


def test_choosing_communes_with_the_keyboard_and_the_buttons(qtbot, editor, type_text):
    type_text(editor.ui.area_filter, "quang ha")
    assert shown_names(editor) == ["Phường Quang Hanh", "Xã Quảng Hà"]
    editor.ui.area_filter.clear()
    type_text(editor.ui.area_filter, "xa quang ha")
    assert shown_names(editor) == ["Xã Quảng Hà"]
    view = editor.ui.area
    view.setCurrentIndex(editor.area_proxy.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert "Xã Quảng Hà" in checked_names(editor)

    editor.ui.area_filter.clear()
    type_text(editor.ui.area_filter, "hai")
    shown = set(shown_names(editor))
    assert shown == {"Xã Hải Hòa", "Xã Hải Lạng", "Xã Hải Ninh", "Xã Hải Sơn"}
    qtbot.mouseClick(editor.ui.select_all, Qt.MouseButton.LeftButton)
    # Only what the search shows is chosen; earlier choices stay.
    assert checked_names(editor) == shown | {"Xã Quảng Hà", "Xã Bình Liêu", "Xã Hoành Mô",
                                             "Xã Lục Hồn"}
    qtbot.mouseClick(editor.ui.select_none, Qt.MouseButton.LeftButton)
    assert checked_names(editor) == {"Xã Quảng Hà", "Xã Bình Liêu", "Xã Hoành Mô", "Xã Lục Hồn"}
    editor.ui.area_filter.clear()
    qtbot.mouseClick(editor.ui.select_none, Qt.MouseButton.LeftButton)
    assert checked_names(editor) == set()
    assert editor.ui.area_count.text().startswith("Đã chọn 0 / ")


def test_saving_writes_the_profile_and_renames_the_window(qtbot, main_window, editor, db_path,
                                                          type_text):
    editor.ui.name.setText("")
    type_text(editor.ui.name, "Phòng Kinh tế – Hạ tầng xã Bình Liêu")
    editor.ui.signer_name.setText("Nông Thị Hằng")
    editor.ui.recipients.setPlainText("- UBND tỉnh Quảng Ninh;\n- Lưu: VT.")
    type_text(editor.ui.area_filter, "quang ha")
    editor.area_model.findItems("Xã Quảng Hà")[0].setCheckState(Qt.CheckState.Checked)
    page = main_window.page("settings")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    stored = stored_profile(db_path)
    assert stored.name == "Phòng Kinh tế – Hạ tầng xã Bình Liêu"
    assert stored.signer_name == "Nông Thị Hằng"
    assert stored.recipients == "- UBND tỉnh Quảng Ninh;\n- Lưu: VT."
    con = sqlite3.connect(db_path)
    quang_ha = con.execute("SELECT code FROM commune WHERE name = 'Xã Quảng Hà'").fetchone()[0]
    con.close()
    assert stored.area == sorted(["06838", "06841", "06856", quang_ha])
    assert main_window.windowTitle().endswith("— Phòng Kinh tế – Hạ tầng xã Bình Liêu")
    assert main_window.office_label.text() == "Phòng Kinh tế – Hạ tầng xã Bình Liêu"
    assert main_window.statusBar().currentMessage() == "Đã lưu thông tin cơ quan."


def test_an_invalid_profile_is_explained_next_to_its_fields_and_nothing_is_written(
        qtbot, main_window, editor, db_path):
    before = stored_profile(db_path)
    editor.ui.name.setText("   ")
    qtbot.mouseClick(editor.ui.select_none, Qt.MouseButton.LeftButton)
    page = main_window.page("settings")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.ui.name_error.isVisibleTo(editor))

    assert editor.ui.name_error.text() == "Hãy nhập tên cơ quan."
    assert editor.ui.area_error.text() == "Hãy chọn ít nhất một xã, phường trong địa bàn."
    assert not editor.ui.province_code_error.isVisibleTo(editor)
    assert stored_profile(db_path) == before
    assert main_window.office_label.text() == "Phòng Kinh tế xã Bình Liêu"

    editor.ui.name.setText("Phòng Kinh tế xã Bình Liêu")  # fixed: the messages go away
    editor.area_model.findItems("Xã Lục Hồn")[0].setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not editor.ui.name_error.isVisibleTo(editor)
    assert not editor.ui.area_error.isVisibleTo(editor)
    assert stored_profile(db_path).area == ["06856"]


def test_revert_brings_back_what_is_stored(qtbot, main_window, editor):
    editor.ui.name.setText("Tên gõ nhầm")
    page = main_window.page("settings")
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.ui.name.text() == "Phòng Kinh tế xã Bình Liêu")


def test_the_first_start_dialog_saves_and_closes(qtbot, tmp_path, type_text):
    from kttt_desktop.ui.main_window import MainWindow
    from kttt_desktop.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        window.open_database(tmp_path / "moi.db", create=True)
    dialog = window.findChild(OfficeProfileDialog)
    editor = dialog.editor
    qtbot.waitUntil(lambda: editor.choices is not None)
    assert editor.ui.province_code.currentIndex() == -1 and editor.area_model.rowCount() == 0

    type_text(editor.ui.name, "Phòng Kinh tế phường Hà Giang 1")
    combo = editor.ui.province_code
    combo.setCurrentIndex(combo.findText("Tuyên Quang"))
    type_text(editor.ui.area_filter, "ha giang 1")
    editor.area_model.findItems("Phường Hà Giang 1")[0].setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    stored = stored_profile(tmp_path / "moi.db")
    assert stored.name == "Phòng Kinh tế phường Hà Giang 1"
    assert stored.province_code == "08" and len(stored.area) == 1
    assert stored.doc_symbol == "BC-UBND"  # the default when left empty
    assert window.office_label.text() == "Phòng Kinh tế phường Hà Giang 1"


def test_escape_closes_the_dialog_without_writing(qtbot, db_path, type_text):
    db = open_database(db_path, read_only=True)
    try:
        dialog = OfficeProfileDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.editor.choices is not None)
        dialog.editor.ui.name.setText("Không lưu")
        with qtbot.waitSignal(dialog.rejected):
            qtbot.keyClick(dialog.editor.ui.name, Qt.Key.Key_Escape)
    finally:
        db.close()
    assert stored_profile(db_path).name == "Phòng Kinh tế xã Bình Liêu"
