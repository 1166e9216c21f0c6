"""One writer: a second window on the same file reads only, says who writes, and offers to open
again for writing or to take over; a window whose lock was taken over stops writing; a database
on a network share is pointed out once."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import PurePosixPath

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from kttt_desktop.core.errors import DatabaseLocked
from kttt_desktop.data import database as database_module
from kttt_desktop.data.location import Location, StorageKind
from kttt_desktop.data.lock import read_holder
from kttt_desktop.data.models import Organisation
from kttt_desktop.services.dump import dump_registers
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.msgbox import Answer
from kttt_desktop.ui.settings import Settings
from tests.registers_helpers import TAX_CODES, organisation
from tests.safety_helpers import write_lock
from tests.ui.register_steps import select_row
from tests.ui.test_exchange_page import check, load
from tests.workbooks import office_sheets, write_xlsx


def open_window(qtbot, path) -> MainWindow:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        window.open_database(path)
    return window


def organisations(db) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(Organisation)).scalar_one()


@pytest.fixture
def second(qtbot, main_window, db_path):
    organisation(main_window.database, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    return open_window(qtbot, db_path)


def test_a_second_window_reads_only_and_says_who_writes(second):
    assert second.database.read_only
    banner = second.read_only_banner
    assert banner.isVisible()
    text = banner.message.text()
    assert text.startswith("Chỉ đọc: cơ sở dữ liệu đang được ")
    holder = read_holder(second.database.path)
    assert f"mở trên máy {holder.machine} từ " in text
    assert "(chỉ đọc)" in second.database_label.text()
    assert second.windowTitle().endswith("Phòng Kinh tế xã Bình Liêu (chỉ đọc)")
    assert banner.button("reopen_for_writing").isVisible()
    assert "take_over" not in banner.buttons  # a live program on this very machine


def test_a_read_only_window_cannot_change_a_record(qtbot, second, msgbox_answers):
    screen = second.show_section("organisations")
    select_row(qtbot, screen, "Hợp tác xã Đồng Tâm")
    form = screen.form
    assert not form.body.isEnabled()
    for button in (form.save_button, form.delete_button, screen.new_button):
        assert not button.isEnabled()
        assert button.toolTip().startswith("Chỉ đọc")
    form.ui.name.setText("Hợp tác xã Đổi Tên")
    assert form.save() is None and form.delete() is None
    screen.new_record()
    assert form.record_id is not None  # no new record started
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    members = second.show_section("members")
    assert not members.new_button.isEnabled()
    trash = screen.show_trash()
    assert not trash.restore_button.isEnabled() and not trash.empty_button.isEnabled()
    trash.close()
    # Underneath, the database refuses a write that got past the screens, and says why.
    with pytest.raises(DatabaseLocked, match="đang mở ở chế độ chỉ đọc"):
        organisation(second.database, "Hợp tác xã Mới", code=TAX_CODES[1])
    assert organisations(second.database) == 1
    assert msgbox_answers.shown == []


def test_a_read_only_window_offers_no_saving_elsewhere(qtbot, second):
    settings_page = second.show_section("settings")
    assert not settings_page.save_button.isEnabled()
    assert settings_page.editor.save() is None
    returns = second.show_section("returns")
    qtbot.waitUntil(lambda: returns.overview is not None, timeout=20_000)
    assert not returns.ui.submit.isEnabled() and not returns.ui.save_draft.isEnabled()
    assert returns.ui.export_xlsx.isEnabled()  # writing a file changes nothing here
    assert returns.submit() is None and returns.save_draft() is None
    backup = second.show_section("backup")
    qtbot.waitUntil(backup.backup_button.isEnabled)  # a backup only reads the database
    assert not backup.restore_button.isEnabled() and not backup.restore_file_button.isEnabled()
    assert second.ask_office_profile() is None


def test_a_read_only_window_changes_no_target_and_imports_nothing(qtbot, second, tmp_path):
    targets = second.show_section("targets")
    qtbot.waitUntil(lambda: targets.data is not None, timeout=20_000)
    for button in (targets.ui.add, targets.ui.copy_previous, targets.ui.add_manual):
        assert not button.isEnabled() and button.toolTip().startswith("Chỉ đọc")
    assert targets.add_target() is None and targets.copy_previous_year() is None
    assert targets.add_manual() is None
    wizard = second.show_section("exchange").open_wizard()
    qtbot.addWidget(wizard)
    load(qtbot, wizard, write_xlsx(tmp_path / "so.xlsx", office_sheets()))
    check(qtbot, wizard)  # the dry run only reads: it works here too
    assert wizard.result.ok and not wizard.ui.run_import.isEnabled()
    wizard.close()
    with pytest.raises(DatabaseLocked, match="chỉ đọc"):  # it could not be in the audit log
        dump_registers(second.database, tmp_path / "ca-nhan.xlsx", with_personal_data=True)
    assert not (tmp_path / "ca-nhan.xlsx").exists()


def test_reopening_for_writing_waits_for_the_other_window_to_close(qtbot, main_window, second,
                                                                   msgbox_answers):
    with qtbot.waitSignal(second.database_opened, timeout=10_000):
        qtbot.mouseClick(second.read_only_banner.button("reopen_for_writing"),
                         Qt.MouseButton.LeftButton)
    assert second.database.read_only
    [told] = msgbox_answers.texts("information")
    assert "vẫn đang được mở để ghi ở nơi khác" in told
    main_window.close()
    with qtbot.waitSignal(second.database_opened, timeout=10_000):
        qtbot.mouseClick(second.read_only_banner.button("reopen_for_writing"),
                         Qt.MouseButton.LeftButton)
    assert second.database.writable and not second.read_only_banner.isVisible()
    screen = second.show_section("organisations")
    select_row(qtbot, screen, "Hợp tác xã Đồng Tâm")
    assert screen.form.save_button.isEnabled() and screen.form.body.isEnabled()
    assert screen.new_button.isEnabled()


def test_a_lock_from_a_machine_that_is_gone_can_be_taken_over_after_a_warning(
        qtbot, db_path, msgbox_answers):
    write_lock(db_path, machine="PKT-02", pid=4242, refreshed=timedelta(hours=3))
    window = open_window(qtbot, db_path)
    assert window.database.read_only
    banner = window.read_only_banner
    assert "Nguyễn Văn A mở trên máy PKT-02" in banner.message.text()
    assert "cập nhật 3 giờ trước" in banner.message.text()
    msgbox_answers.answer(Answer.NO)
    banner.button("take_over").click()
    assert window.database.read_only  # the officer thought again
    msgbox_answers.answer(Answer.YES)
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        banner.button("take_over").click()
    first, second = msgbox_answers.take("question")
    assert "Chỉ tiếp quản khi chắc chắn máy PKT-02 đã tắt" in first.text
    assert "có thể làm mất dữ liệu" in first.text and first.answer is Answer.NO
    assert window.database.writable
    assert read_holder(db_path).token == window.database.lock.holder.token


def test_a_window_whose_lock_is_taken_over_stops_writing_and_says_so(qtbot, main_window,
                                                                      db_path, msgbox_answers):
    old = main_window.database
    write_lock(db_path, machine="PKT-02", pid=4242, user="Trần Thị B")  # took it over
    old.lock.refresh()
    assert old.lock_lost and not old.writable
    with pytest.raises(DatabaseLocked, match="đã tiếp quản"):
        organisation(old, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    with qtbot.waitSignal(main_window.database_opened, timeout=10_000):
        assert main_window.check_lock() is False
    [warning] = msgbox_answers.texts("warning")
    assert "Trần Thị B mở trên máy PKT-02" in warning and "chỉ đọc" in warning
    assert main_window.database.read_only
    assert "Trần Thị B" in main_window.read_only_banner.message.text()
    assert read_holder(db_path).machine == "PKT-02"  # the new holder's lock stays


def test_a_database_on_a_network_share_is_pointed_out_once_after_opening(qtbot, db_path,
                                                                         monkeypatch):
    share = Location(PurePosixPath(db_path), StorageKind.NETWORK, "cifs //may-chu/du-lieu")
    monkeypatch.setattr(database_module, "locate", lambda path: share)
    window = open_window(qtbot, db_path)
    banner = window.location_banner
    assert banner.isVisible() and "ổ mạng (cifs //may-chu/du-lieu)" in banner.message.text()
    banner.button("dismiss").click()
    assert not banner.isVisible()
    assert not window.read_only_banner.isVisible()


def test_a_database_in_a_read_only_folder_opens_read_only_and_says_why(qtbot, db_path,
                                                                        tmp_path):
    from tests.cli.test_hostile_environment import _mount_tmpfs

    folder = tmp_path / "cd"
    folder.mkdir()
    _mount_tmpfs(folder, "16m")
    try:
        shutil.copyfile(db_path, folder / "kttt.db")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        window = open_window(qtbot, folder / "kttt.db")
        assert window.database.read_only
        text = window.read_only_banner.message.text()
        assert text.startswith(f"Chỉ đọc: Thư mục {folder} không cho phép ghi")
        assert "chương trình khác" not in text  # not said to be another program's
        window.close()
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)
