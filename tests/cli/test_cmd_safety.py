import argparse
import sqlite3
from datetime import timedelta

import pytest

from kttt_desktop.cli import main
from kttt_desktop.cli.common import open_for
from kttt_desktop.data.backup import BackupKind, backups_of
from kttt_desktop.data.lock import DatabaseInUse, lock_path
from tests.safety_helpers import corrupt, write_lock

pytestmark = pytest.mark.sqlite_only  # backup, restore and verify of the database file


def run(capsys, *argv):
    status = main(list(argv))
    return status, capsys.readouterr().err


def test_backup_writes_a_checked_copy_into_the_backups_folder(db_path, capsys):
    status, err = run(capsys, "--db", str(db_path), "backup")
    assert status == 0
    [backup] = backups_of(db_path)
    assert backup.kind is BackupKind.MANUAL
    assert str(backup.path) in err and "0 tổ chức, 0 thành viên" in err


def test_backup_out_writes_into_a_folder_on_another_drive(db_path, tmp_path, capsys):
    usb = tmp_path / "usb"
    status, err = run(capsys, "backup", "--db", str(db_path), "--out", f"{usb}/")
    assert status == 0
    [copy] = usb.iterdir()
    assert copy.name.startswith("office-") and copy.name.endswith("-thu-cong.db")
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_of_a_damaged_database_stops_with_status_3(db_path, capsys):
    corrupt(db_path)
    status, err = run(capsys, "--db", str(db_path), "backup")
    assert status == 3 and "hỏng" in err
    assert backups_of(db_path) == []


def test_restore_puts_the_backup_back_and_says_where_the_old_data_went(db_path, capsys):
    run(capsys, "--db", str(db_path), "backup")
    [saved] = backups_of(db_path)
    status, err = run(capsys, "--db", str(db_path), "restore", str(saved.path))
    assert status == 0
    assert "Đã khôi phục" in err and "Phòng Kinh tế xã Bình Liêu" in err
    assert BackupKind.BEFORE_RESTORE in [b.kind for b in backups_of(db_path)]


def test_restore_of_a_file_that_is_not_ours_is_an_input_error(db_path, tmp_path, capsys):
    wrong = tmp_path / "danh sach.xlsx"
    wrong.write_bytes(b"PK\x03\x04")
    assert run(capsys, "--db", str(db_path), "restore", str(wrong))[0] == 1
    assert run(capsys, "--db", str(db_path), "restore", str(tmp_path / "absent.db"))[0] == 1


def test_restore_of_a_damaged_backup_stops_with_status_3(db_path, capsys):
    run(capsys, "--db", str(db_path), "backup")
    [saved] = backups_of(db_path)
    corrupt(saved.path)
    status, err = run(capsys, "--db", str(db_path), "restore", str(saved.path))
    assert status == 3 and "bị hỏng" in err


def test_restore_while_another_machine_writes_says_who_and_stops_with_status_3(db_path, capsys):
    run(capsys, "--db", str(db_path), "backup")
    [saved] = backups_of(db_path)
    write_lock(db_path, machine="PKT-01", pid=4242, refreshed=timedelta(minutes=3))
    before = db_path.read_bytes()
    status, err = run(capsys, "--db", str(db_path), "restore", str(saved.path))
    assert status == 3
    assert "đang được Nguyễn Văn A mở trên máy PKT-01 từ " in err and "3 phút trước" in err
    assert db_path.read_bytes() == before


def test_backup_and_verify_only_read_so_they_run_while_another_machine_writes(db_path, capsys):
    write_lock(db_path, machine="PKT-01", pid=4242)
    assert run(capsys, "--db", str(db_path), "backup")[0] == 0
    assert run(capsys, "--db", str(db_path), "verify")[0] == 0


def test_verify_exit_status_follows_the_findings(db_path, capsys):
    status, err = run(capsys, "--db", str(db_path), "verify")
    assert status == 0 and "Kết luận: cơ sở dữ liệu tốt." in err
    corrupt(db_path)
    status, err = run(capsys, "--db", str(db_path), "verify")
    assert status == 3 and "tệp bị hỏng" in err


def test_verify_of_a_file_that_is_not_a_database_stops_with_status_3(tmp_path, capsys):
    other = tmp_path / "notes.db"
    other.write_text("ghi chú")
    assert run(capsys, "--db", str(other), "verify")[0] == 3


def test_init_on_a_path_another_program_is_creating_stops_with_status_3(tmp_path, capsys):
    target = tmp_path / "kttt.db"
    write_lock(target, machine="PKT-01", pid=4242)
    status, err = run(capsys, "--db", str(target), "init", "--office", "Phòng Kinh tế",
                      "--province", "22", "--area", "06838")
    assert status == 3 and "PKT-01" in err
    assert not target.exists()


def test_a_wrong_command_line_is_status_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["restore"])
    assert info.value.code == 2


def test_opening_for_a_writing_command_takes_the_lock_and_the_days_backup(db_path):
    args = argparse.Namespace(db=str(db_path))
    db = open_for(args, write=True)
    try:
        assert lock_path(db_path).exists()
        assert [b.kind for b in backups_of(db_path)] == [BackupKind.AUTOMATIC]
        with pytest.raises(DatabaseInUse) as info:
            open_for(args, write=True)
        assert info.value.exit_status == 3
        reader = open_for(args, write=False)
        reader.close()
    finally:
        db.close()
    assert not lock_path(db_path).exists()
