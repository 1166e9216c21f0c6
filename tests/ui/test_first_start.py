"""The first start of the program on a new database: the office dialog typed into at once, a
failed save that keeps the officer in the form, a dialog closed unsaved that says so, the
province and the communes typed without accents and taken on leaving the field, and the communes
of the area offered everywhere as soon as the office is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.office_profile import OfficeProfileDialog
from kttt_desktop.ui.settings import Settings


def first_start(qtbot, tmp_path, section: str = "overview") -> tuple[MainWindow, OfficeProfileDialog]:
    settings = Settings()
    settings.last_section = section
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        window.open_database(tmp_path / "moi.db", create=True)
    qtbot.waitUntil(lambda: window.findChild(OfficeProfileDialog) is not None)
    dialog = window.findChild(OfficeProfileDialog)
    qtbot.waitUntil(lambda: dialog.editor.choices is not None)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return window, dialog


def typed_into_focus(type_text, text: str) -> None:
    type_text(QApplication.focusWidget(), text)


def test_the_office_name_is_typed_at_once_without_pressing_a_button(qtbot, tmp_path, type_text):
    window, dialog = first_start(qtbot, tmp_path)
    assert QApplication.focusWidget() is dialog.editor.ui.name
    typed_into_focus(type_text, "UBND xã Bình Liêu")
    assert dialog.editor.ui.name.text() == "UBND xã Bình Liêu"
    assert dialog.isVisible()


def test_a_failed_save_keeps_the_focus_in_the_form_not_on_cancel(qtbot, tmp_path, type_text,
                                                                 msgbox_answers):
    window, dialog = first_start(qtbot, tmp_path)
    editor = dialog.editor
    typed_into_focus(type_text, "Phòng Kinh tế")
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)  # no province, no area: refused
    qtbot.waitUntil(lambda: editor.ui.province_code_error.isVisibleTo(editor), timeout=5000)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    focused = QApplication.focusWidget()
    assert focused is not None and editor.isAncestorOf(focused)
    assert focused is not dialog.cancel_button
    qtbot.keyClick(focused, Qt.Key.Key_Space)  # the next key stays in the form
    assert dialog.isVisible()
    assert msgbox_answers.shown == []


@pytest.mark.parametrize("close", ["escape", "cancel"])
def test_a_first_start_dialog_closed_unsaved_says_so(qtbot, tmp_path, msgbox_answers, close):
    window, dialog = first_start(qtbot, tmp_path)
    with qtbot.waitSignal(dialog.rejected):
        if close == "escape":
            qtbot.keyClick(dialog.editor.ui.name, Qt.Key.Key_Escape)
        else:
            dialog.cancel_button.click()
    [shown] = msgbox_answers.shown
    assert shown.title == "Chưa lưu thông tin cơ quan"
    assert "chưa được lưu" in shown.text and "Cài đặt" in shown.text
    assert window.office is None


def test_changes_dropped_in_the_office_dialog_are_reported(qtbot, main_window, msgbox_answers):
    dialog = main_window.ask_office_profile()
    qtbot.waitUntil(lambda: dialog.editor.choices is not None)
    dialog.reject()  # nothing typed: nothing to say
    assert msgbox_answers.shown == []
    dialog = main_window.ask_office_profile()
    qtbot.waitUntil(lambda: dialog.editor.choices is not None)
    dialog.editor.ui.signer_name.setText("Người khác")
    dialog.reject()
    assert msgbox_answers.texts("information") == [
        "Các thay đổi thông tin cơ quan chưa được lưu."]


def save_office(qtbot, dialog: OfficeProfileDialog) -> None:
    editor = dialog.editor
    editor.ui.name.setText("Phòng Kinh tế xã Bình Liêu")
    combo = editor.ui.province_code
    combo.setCurrentIndex(combo.findText("Quảng Ninh"))
    for name in ("Xã Bình Liêu", "Xã Lục Hồn"):
        editor.area_model.findItems(name)[0].setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.save_button.click()


def test_the_communes_of_the_first_office_are_offered_without_a_restart(qtbot, tmp_path):
    window, dialog = first_start(qtbot, tmp_path, section="organisations")
    assert window.page("organisations") is not None  # built before the office existed
    save_office(qtbot, dialog)

    screen = window.page("organisations")
    qtbot.waitUntil(lambda: screen is not None and screen.isVisible())
    communes = screen.filter_boxes["commune_code"]
    assert [communes.itemText(i) for i in range(1, communes.count())] == [
        "Xã Bình Liêu", "Xã Lục Hồn"]
    screen.new_record()
    combo = screen.form.ui.commune_code
    assert [combo.itemText(i) for i in range(combo.count())] == ["Xã Bình Liêu", "Xã Lục Hồn"]


def test_communes_chosen_in_the_settings_reach_the_other_sections(qtbot, main_window):
    members = main_window.show_section("members")
    before = members.filter_boxes["commune_code"].count()
    page = main_window.show_section("settings")
    editor = page.editor
    qtbot.waitUntil(lambda: editor.choices is not None)
    editor.area_model.findItems("Xã Quảng Hà")[0].setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        page.save_button.click()
    assert main_window.page("settings") is page  # the page edited in stays as it is
    members = main_window.show_section("members")
    box = members.filter_boxes["commune_code"]
    assert box.count() == before + 1
    assert "Xã Quảng Hà" in [box.itemText(i) for i in range(box.count())]


def test_the_province_is_found_without_accents(qtbot, tmp_path, type_text):
    window, dialog = first_start(qtbot, tmp_path)
    editor = dialog.editor
    province = editor.ui.province_code
    province.setFocus()
    type_text(QApplication.focusWidget(), "quang ninh")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # leaving it takes the choice
    assert province.currentText() == "Quảng Ninh"
    assert editor.profile().province_code == "22"
    assert editor.area_model.findItems("Xã Bình Liêu")


def test_tab_out_of_an_open_list_of_choices_takes_the_choice(qtbot, main_window, type_text):
    screen = main_window.show_section("organisations")
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    screen.new_record()
    commune = screen.form.ui.commune_code
    commune.setFocus()
    type_text(QApplication.focusWidget(), "luc hon")
    assert commune.completer_.popup().isVisible()  # the choices are offered as one types
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert commune.currentText() == "Xã Lục Hồn"
    assert QApplication.focusWidget() is screen.form.ui.address


@pytest.mark.postgresql
def test_started_with_a_server_s_address_the_program_sets_up_its_empty_database(
        qtbot, monkeypatch, server_database, tmp_path):
    from kttt_desktop.app import start
    from tests.engine_fixtures import raw_sql

    url = server_database()
    monkeypatch.setenv("KTTT_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    window = start(settings=Settings())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.database is not None, timeout=10_000)
    assert window.database.on_server and window.database_path == url  # as given
    qtbot.waitUntil(lambda: window.findChild(OfficeProfileDialog) is not None)  # no office yet
    assert raw_sql(url, "SELECT count(*) FROM office") == [(0,)]
    assert len(raw_sql(url, "SELECT version_num FROM alembic_version")) == 1
    assert list(tmp_path.iterdir()) == []  # no file named after the address
