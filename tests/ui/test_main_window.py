"""The main window: shown before the database, sections, keyboard, menus, errors opening a file."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.sections import SECTIONS, PlaceholderPage
from kttt_desktop.ui.settings import Settings

LABELS = ["Tổng quan", "Tổ chức", "Thành viên", "Cán bộ & đào tạo", "OCOP", "Xếp loại",
          "Số liệu", "Kiểm tra dữ liệu", "Chỉ tiêu", "Báo cáo", "Nhập / Xuất", "Chữ ký số",
          "Sao lưu", "Nhật ký", "Cài đặt"]


def nav_labels(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_the_window_is_up_before_the_database_and_filled_when_it_opens(qtbot, db_path):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    window.open_database(db_path)
    # Nothing of the database yet: the window says what it is doing.
    assert window.database is None
    assert window.stack.currentWidget() is window.status_page
    assert "Đang mở cơ sở dữ liệu" in window.status_message.text()
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        pass
    assert window.windowTitle() == ("KTTT Desktop — Quản lý kinh tế tập thể — "
                                    "Phòng Kinh tế xã Bình Liêu")
    assert str(db_path) in window.database_label.text()
    assert window.office_label.text() == "Phòng Kinh tế xã Bình Liêu"
    assert window.stack.currentWidget() is window.page("overview")  # Tổng quan, the first screen


def test_navigation_lists_the_sections_in_order(main_window):
    assert nav_labels(main_window) == LABELS


def test_every_section_is_reachable_and_created_on_first_visit(main_window):
    assert main_window.page("members") is None
    for section in SECTIONS:
        page = main_window.show_section(section.key)
        assert page is not None and main_window.stack.currentWidget() is page
        assert page.isVisible()
        if section.factory is None:
            assert isinstance(page, PlaceholderPage)
            assert page.message.text() == "Chức năng này chưa có trong phiên bản này."
    assert main_window.show_section("members") is main_window.page("members")  # reused
    settings_page = main_window.page("settings")
    assert settings_page.findChild(type(settings_page.editor)) is settings_page.editor


def test_ctrl_digit_and_ctrl_page_keys_move_between_sections(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_section().label == "Thành viên"
    qtbot.keyClick(main_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_section().label == "Báo cáo"
    assert main_window.stack.currentWidget().objectName() == "returns_page"
    qtbot.keyClick(main_window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_section().label == "Nhập / Xuất"
    qtbot.keyClick(main_window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(main_window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_section().label == "Chỉ tiêu"
    assert main_window.stack.currentWidget().objectName() == "targets_page"


def test_menus_offer_open_quit_the_guide_and_about(main_window, msgbox_answers):
    menus = {action.text(): [a.text() for a in action.menu().actions() if a.text()]
             for action in main_window.menuBar().actions()}
    assert menus == {"&Tệp": ["&Mở cơ sở dữ liệu khác…", "T&hoát"],
                     "Trợ &giúp": ["&Hướng dẫn sử dụng", "&Giới thiệu"]}
    main_window.findChild(type(main_window.open_action), "about").trigger()
    (about,) = msgbox_answers.take("information")
    assert about.title == "Giới thiệu KTTT Desktop" and "KTTT Desktop 0." in about.text


def test_the_window_returns_to_the_last_section(qtbot, main_window, db_path):
    main_window.show_section("ocop")
    main_window.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.database_opened, timeout=10_000):
        again.open_database(db_path)
    assert again.current_section().key == "ocop"
    assert again.stack.currentWidget() is again.page("ocop")


def _foreign_file(tmp_path, db_path):
    bad = tmp_path / "ghi-chu.db"
    bad.write_bytes(b"hello, not a database")
    return bad


def _newer_database(tmp_path, db_path):
    newer = tmp_path / "ban-moi.db"
    shutil.copyfile(db_path, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'f00d'")
    con.commit()
    con.close()
    return newer


@pytest.mark.parametrize("make, message", [
    (_foreign_file, "không phải là cơ sở dữ liệu của chương trình này"),
    (_newer_database, "được tạo bởi một phiên bản mới hơn"),
])
def test_a_file_that_cannot_be_opened_is_explained_and_another_can_be_chosen(
        qtbot, tmp_path, db_path, msgbox_answers, make, message):
    bad = make(tmp_path, db_path)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_failed, timeout=10_000):
        window.open_database(bad)
    (shown,) = msgbox_answers.take("error")
    assert message in shown.text and str(bad) in shown.text
    assert window.database is None
    assert message in window.status_message.text()
    assert window.open_other_button.isVisible()
    window.show_section("members")  # the window stays usable
    assert window.stack.currentWidget() is window.status_page

    msgbox_answers.answer(db_path)
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        qtbot.mouseClick(window.open_other_button, Qt.MouseButton.LeftButton)
    assert msgbox_answers.take("open_file")[0].answer == db_path
    assert window.office.name == "Phòng Kinh tế xã Bình Liêu"
    assert window.stack.currentWidget() is window.page("members")


def test_opening_another_database_replaces_the_sections(qtbot, main_window, tmp_path,
                                                        msgbox_answers):
    old_page = main_window.show_section("members")
    new_path = tmp_path / "khac.db"
    with qtbot.waitSignal(main_window.database_opened, timeout=10_000):
        main_window.open_database(new_path, create=True)
    assert main_window.database.path == new_path
    assert main_window.page("members") is not old_page
    assert main_window.office is None
    assert main_window.windowTitle() == "KTTT Desktop — Quản lý kinh tế tập thể"


def test_a_new_database_asks_for_the_office_profile(qtbot, tmp_path):
    from kttt_desktop.ui.office_profile import OfficeProfileDialog

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        window.open_database(tmp_path / "moi.db", create=True)
    assert (tmp_path / "moi.db").exists()
    dialog = window.findChild(OfficeProfileDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Chào mừng" in dialog.findChild(QLabel, "intro").text()
    assert window.office_label.text() == "Chưa có thông tin cơ quan"
