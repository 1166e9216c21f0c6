"""The Sao lưu section: the automatic backup on opening, backing up now, the list with what each
backup holds, a copy elsewhere, the check of the file, restoring with a preview, and a damaged
database that is offered its newest good backup."""

from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kttt_desktop.data.backup import BackupKind, backups_of, read_summary
from kttt_desktop.data.database import open_database
from kttt_desktop.data.models import AuditEntry, Organisation
from kttt_desktop.services.registers.records import load_record, save_record
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.msgbox import Answer
from kttt_desktop.ui.settings import Settings
from tests.registers_helpers import TAX_CODES, member, organisation
from tests.safety_helpers import corrupt


def cell(page, row: int, column: int) -> str:
    return page.model.index(row, column).data()


def kinds_on_disk(path) -> list[BackupKind]:
    return [b.kind for b in backups_of(path)]


def automatic_backup_made(qtbot, window) -> None:
    qtbot.waitUntil(lambda: "Đã sao lưu tự động" in window.statusBar().currentMessage())


@pytest.fixture
def backup_page(qtbot, main_window):
    automatic_backup_made(qtbot, main_window)
    page = main_window.show_section("backup")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.backup_button.isEnabled())
    return page


def back_up_now(qtbot, page) -> None:
    qtbot.waitUntil(page.backup_button.isEnabled)  # the list read again meanwhile
    before = page.model.rowCount()
    with qtbot.waitSignal(page.listed, timeout=10_000,
                          check_params_cb=lambda entries: len(entries) == before + 1):
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)


def test_opening_for_writing_makes_the_days_backup_in_the_background_once(qtbot, main_window,
                                                                          db_path):
    automatic_backup_made(qtbot, main_window)
    assert kinds_on_disk(db_path) == [BackupKind.AUTOMATIC]
    with qtbot.waitSignal(main_window.database_opened, timeout=10_000):
        main_window.open_database(db_path)
    main_window.show_section("backup")
    qtbot.wait(200)
    assert kinds_on_disk(db_path) == [BackupKind.AUTOMATIC]  # once a day


def test_backup_now_is_listed_first_with_kind_size_and_counts(qtbot, main_window, backup_page):
    htx = organisation(main_window.database, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    member(main_window.database, htx, "Nguyễn Văn An")
    member(main_window.database, htx, "Lò Thị Bình")
    back_up_now(qtbot, backup_page)
    assert backup_page.model.rowCount() == 2
    assert [cell(backup_page, 0, c) for c in (1, 3, 4, 5)] == [
        "Thủ công", "1", "2", "Phòng Kinh tế xã Bình Liêu"]
    assert [cell(backup_page, 1, c) for c in (1, 3, 4)] == ["Tự động khi mở", "0", "0"]
    # About a megabyte (the administrative units), in the units a person reads.
    assert re.fullmatch(r"\d+(,\d)? (KB|MB)", cell(backup_page, 0, 2))
    assert backup_page.selected().kind is BackupKind.MANUAL
    assert backup_page.count_label.text().startswith("2 bản sao lưu, tổng ")
    assert "Đã sao lưu: " in backup_page.status.text()


def test_an_extra_copy_goes_into_the_folder_chosen(qtbot, backup_page, msgbox_answers, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    msgbox_answers.answer(usb)
    with qtbot.waitSignal(backup_page.copied, timeout=10_000) as copied:
        qtbot.mouseClick(backup_page.copy_button, Qt.MouseButton.LeftButton)
    [copy] = list(usb.iterdir())
    assert copied.args[0] == copy and copy.name.endswith("-thu-cong.db")
    assert read_summary(copy).office == "Phòng Kinh tế xã Bình Liêu"
    assert str(copy) in backup_page.status.text()
    assert backup_page.context.settings.value("backup/copy_folder", "") == str(usb)


def test_checking_the_database_shows_each_check_and_the_verdict(qtbot, backup_page,
                                                                 msgbox_answers):
    with qtbot.waitSignal(backup_page.verified, timeout=10_000):
        qtbot.mouseClick(backup_page.verify_button, Qt.MouseButton.LeftButton)
    [shown] = msgbox_answers.shown
    assert shown.kind == "information"
    assert "Kiểm tra toàn vẹn (integrity_check): tốt." in shown.text
    assert shown.text.endswith("Kết luận: cơ sở dữ liệu tốt.")


def open_preview(qtbot, page, dialog):
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.notice.isHidden())
    return dialog


def test_a_restore_shows_what_the_backup_holds_and_brings_it_back(qtbot, main_window,
                                                                   backup_page, msgbox_answers):
    db = main_window.database
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    back_up_now(qtbot, backup_page)
    # A change made after the backup: a member added and the cooperative renamed.
    member(db, htx, "Nguyễn Văn An")
    save_record(db, "organisation", {**load_record(db, "organisation", htx),
                                     "name": "Hợp tác xã Đồng Tâm Mới"}, htx)

    dialog = open_preview(qtbot, backup_page, backup_page.restore_selected())
    assert dialog.fields["kind"].text().startswith("Thủ công · ")
    assert dialog.fields["office"].text() == "Phòng Kinh tế xã Bình Liêu"
    assert dialog.fields["holds"].text() == "1 tổ chức, 0 thành viên"
    assert dialog.fields["now"].text() == "1 tổ chức, 1 thành viên"
    assert dialog.fields["schema"].text() == "Cùng phiên bản với chương trình đang dùng"
    assert "Dữ liệu hiện tại sẽ được sao lưu trước" in dialog.notice.text()
    assert dialog.restore_button.isEnabled()

    with qtbot.waitSignal(main_window.restore_finished, timeout=20_000) as finished:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    db = main_window.database
    assert db is not None and db.writable
    assert load_record(db, "organisation", htx)["name"] == "Hợp tác xã Đồng Tâm"
    assert read_summary(result.previous.path).members == 1  # the change is kept aside
    assert result.previous.kind is BackupKind.BEFORE_RESTORE
    [told] = msgbox_answers.texts("information")
    assert "Đã khôi phục" in told and str(result.previous.path) in told
    tasks_done(qtbot)
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
    assert entry.record_label == result.source.name
    assert result.previous.path.name in entry.reason
    # The list, shown again, has the copy made before the restore.
    page = main_window.show_section("backup")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert cell(page, 0, 1) == "Trước khi khôi phục"


def tasks_done(qtbot) -> None:
    from kttt_desktop.ui import tasks

    qtbot.waitUntil(lambda: tasks.pending() == 0)


def test_a_file_that_is_not_a_backup_is_refused_in_the_preview(qtbot, backup_page,
                                                                msgbox_answers, tmp_path):
    other = tmp_path / "ghi-chu.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    msgbox_answers.answer(other)
    dialog = open_preview(qtbot, backup_page, backup_page.restore_from_file())
    assert "không phải là bản sao lưu của chương trình này" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()
    assert dialog.preview is None


def test_a_damaged_database_is_offered_its_newest_good_backup_and_restoring_reopens_it(
        qtbot, db_path, msgbox_answers):
    writer = open_database(db_path)
    organisation(writer, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    writer.close()
    from kttt_desktop.services.backups import back_up

    good = back_up(db_path)
    corrupt(db_path)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    msgbox_answers.answer(Answer.YES)
    with qtbot.waitSignal(window.restore_finished, timeout=20_000) as finished:
        window.open_database(db_path)
    [question] = msgbox_answers.take("question")
    assert "bị hỏng" in question.text and str(good.path) in question.text
    result = finished.args[0]
    assert result.previous_damaged  # the damaged bytes are kept as they were
    with window.database.session() as s:
        assert s.scalars(select(Organisation.name)).all() == ["Hợp tác xã Đồng Tâm"]
    assert window.stack.currentWidget() is not window.status_page


def test_a_damaged_database_left_as_it_is_keeps_the_offer_on_the_page(qtbot, db_path,
                                                                      msgbox_answers):
    from kttt_desktop.services.backups import back_up

    back_up(db_path)
    corrupt(db_path)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    msgbox_answers.answer(Answer.NO)
    with qtbot.waitSignal(window.database_failed, timeout=10_000):
        window.open_database(db_path)
    assert window.database is None
    assert window.restore_good_button.isVisible()
    with qtbot.waitSignal(window.restore_finished, timeout=20_000):
        qtbot.mouseClick(window.restore_good_button, Qt.MouseButton.LeftButton)
    assert window.database is not None and not window.restore_good_button.isVisible()


def test_a_restore_while_another_window_reads_the_file_is_refused_and_the_data_reopened(
        qtbot, main_window, backup_page, db_path, msgbox_answers):
    back_up_now(qtbot, backup_page)
    reader = MainWindow(Settings())
    qtbot.addWidget(reader)
    with qtbot.waitSignal(reader.database_opened, timeout=10_000):
        reader.open_database(db_path)
    assert reader.database.read_only
    with qtbot.waitSignal(main_window.restore_finished, timeout=20_000) as finished:
        main_window.restore_backup(backup_page.selected().path)
    assert "đang được mở ở nơi khác" in finished.args[0].message
    [error] = msgbox_answers.texts("error")
    assert "Hãy đóng hết các cửa sổ đang mở tệp này" in error
    qtbot.waitUntil(lambda: main_window.database is not None and main_window.database.writable)


def test_a_truncated_database_gets_the_offer_of_the_newest_good_backup(qtbot, db_path,
                                                                       msgbox_answers):
    from kttt_desktop.services.backups import back_up

    good = back_up(db_path)
    with db_path.open("r+b") as f:  # a copy cut short: its header still says it is ours
        f.truncate(6000)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    msgbox_answers.answer(Answer.NO)
    with qtbot.waitSignal(window.database_failed, timeout=10_000):
        window.open_database(db_path)
    [question] = msgbox_answers.take("question")
    assert "bị hỏng" in question.text and str(good.path) in question.text
    assert "không phải là cơ sở dữ liệu" not in window.status_message.text()
    assert window.restore_good_button.isVisible()


@pytest.mark.postgresql_only
def test_on_a_server_the_section_says_backups_are_the_server_s_and_checks_the_tables(
        qtbot, main_window, db_path, msgbox_answers, _isolated_data_dir):
    password = str(db_path).split(":")[2].split("@")[0]
    assert main_window.database.on_server
    label = main_window.database_label.text()
    assert "postgresql://kttt_test@127.0.0.1:" in label and password not in label
    page = main_window.show_section("backup")
    intro = page.findChild(type(page.status), "intro").text()
    assert "máy chủ PostgreSQL" in intro and "pg_dump" in intro and "pg_restore" in intro
    assert password not in intro
    assert [b.isVisible() for b in (page.backup_button, page.copy_button, page.restore_button,
                                    page.restore_file_button, page.table)] == [False] * 5
    with qtbot.waitSignal(page.verified, timeout=10_000):
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    [shown] = msgbox_answers.take("information")
    assert "Mọi bảng đọc được" in shown.text and "Kết luận: cơ sở dữ liệu tốt." in shown.text
    qtbot.wait(200)  # no automatic backup is made, no file written anywhere
    assert list(_isolated_data_dir.rglob("*.db")) == []
