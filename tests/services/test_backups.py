import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import func, select

from kttt_desktop.core.errors import DatabaseCorrupt, DatabaseLocked, DatabaseNewer, InputError
from kttt_desktop.data.backup import BackupKind, backups_of
from kttt_desktop.data.database import open_database
from kttt_desktop.data.lock import DatabaseInUse
from kttt_desktop.data.models import Member, Organisation
from kttt_desktop.services import backups
from tests.safety_helpers import corrupt, local

pytestmark = pytest.mark.sqlite_only  # backups and restores of the database file


def add_organisation(db, name: str, members: int = 0) -> None:
    with db.session(reason="test") as s:
        org = Organisation(kind="htx", name=name, commune_code="06838",
                           established_on=date(2020, 1, 1), sector="agriculture")
        s.add(org)
        s.flush()
        for n in range(members):
            s.add(Member(organisation_id=org.id, full_name=f"Thành viên {n}",
                         joined_on=date(2020, 1, 1)))


def organisation_names(path: Path) -> list[str]:
    db = open_database(path, read_only=True)
    try:
        with db.session() as s:
            return sorted(s.exec(select(Organisation.name)).all())
    finally:
        db.close()


def test_restore_brings_back_the_backup_and_keeps_the_replaced_data(db):
    add_organisation(db, "HTX Nông nghiệp Đồng Tâm")
    saved = backups.back_up(db.path, now=local(2026, 11, 20, 9))
    add_organisation(db, "HTX Dịch vụ Hoành Mô")  # the change the restore undoes
    path = db.path
    db.close()

    result = backups.restore(path, saved.path, now=local(2026, 11, 21, 9))

    assert organisation_names(path) == ["HTX Nông nghiệp Đồng Tâm"]
    assert result.previous.kind is BackupKind.BEFORE_RESTORE and not result.previous_damaged
    assert organisation_names(result.previous.path) == ["HTX Dịch vụ Hoành Mô",
                                                        "HTX Nông nghiệp Đồng Tâm"]
    assert result.summary.organisations == 1
    for suffix in ("-wal", "-shm", "-journal", ".lock", ".restoring"):
        assert not Path(str(path) + suffix).exists()


def test_restore_folds_a_crashed_sessions_wal_into_the_copy_it_keeps(db_path, tmp_path):
    """A crash leaves commits in kttt.db-wal; they must end up in the pre-restore copy, and the
    old WAL must not be applied to the restored file."""
    saved = backups.back_up(db_path)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE office SET place_name = 'Lục Hồn'")
    con.commit()
    for suffix in ("", "-wal"):  # the files as they are on disk at the moment of the crash
        shutil.copyfile(str(db_path) + suffix, crashed / f"kttt.db{suffix}")
    con.close()
    database = crashed / "kttt.db"

    result = backups.restore(database, saved.path)

    kept = sqlite3.connect(result.previous.path)
    assert kept.execute("SELECT place_name FROM office").fetchone()[0] == "Lục Hồn"
    kept.close()
    restored = sqlite3.connect(database)
    assert restored.execute("SELECT place_name FROM office").fetchone()[0] == "Bình Liêu"
    assert restored.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    restored.close()


def test_restore_is_refused_while_a_window_writes_to_the_database(db):
    saved = backups.back_up(db.path)
    add_organisation(db, "HTX Mới")
    with pytest.raises(DatabaseInUse):
        backups.restore(db.path, saved.path)
    with db.session() as s:
        assert s.exec(select(func.count()).select_from(Organisation)).one() == 1
    assert [b.kind for b in backups_of(db.path)] == [BackupKind.MANUAL]


def test_restore_is_refused_while_a_read_only_window_has_the_database_open(db_path):
    saved = backups.back_up(db_path)
    reader = open_database(db_path, read_only=True)
    try:
        with reader.session() as s:  # the window has shown a list: its connection stays open
            s.exec(select(Organisation)).all()
        before = db_path.read_bytes()
        with pytest.raises(DatabaseLocked, match="đóng hết các cửa sổ"):
            backups.restore(db_path, saved.path)
        assert db_path.read_bytes() == before
    finally:
        reader.close()


def test_restore_over_a_damaged_database_keeps_its_bytes(db_path):
    saved = backups.back_up(db_path)
    corrupt(db_path)
    damaged = db_path.read_bytes()
    result = backups.restore(db_path, saved.path)
    assert result.previous_damaged
    assert result.previous.path.read_bytes() == damaged
    open_database(db_path).close()


def test_restore_onto_a_new_machine_needs_no_current_database(db_path, tmp_path):
    saved = backups.back_up(db_path)
    new_home = tmp_path / "máy mới" / "kttt.db"
    result = backups.restore(new_home, saved.path)
    assert result.previous is None
    db = open_database(new_home)
    db.close()


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a workbook, not a database"])
def test_a_file_that_is_not_our_backup_is_refused_as_an_input_error(db_path, tmp_path, content):
    wrong = tmp_path / "nhầm.db"
    wrong.write_bytes(content)
    before = db_path.read_bytes()
    with pytest.raises(InputError, match="không phải là bản sao lưu") as info:
        backups.restore(db_path, wrong)
    assert info.value.exit_status == 1
    assert db_path.read_bytes() == before and not backups_of(db_path)


def test_a_damaged_or_newer_backup_is_refused(db_path):
    damaged = backups.back_up(db_path, now=local(2026, 11, 20, 9)).path
    corrupt(damaged)
    with pytest.raises(DatabaseCorrupt, match="bị hỏng"):
        backups.restore(db_path, damaged)
    newer = backups.back_up(db_path, now=local(2026, 11, 21, 9)).path
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'f00d'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseNewer, match="phiên bản mới hơn"):
        backups.restore(db_path, newer)


def test_the_list_shows_kind_size_and_what_each_backup_holds(db):
    add_organisation(db, "HTX Đồng Tâm", members=7)
    backups.back_up(db.path, BackupKind.AUTOMATIC, now=local(2026, 11, 20, 8))
    add_organisation(db, "HTX Hoành Mô", members=5)
    backups.back_up(db.path, BackupKind.BEFORE_IMPORT, now=local(2026, 11, 21, 14, 5))

    entries = backups.list_backups(db.path)

    assert [(e.kind, e.summary.organisations, e.summary.members) for e in entries] == [
        (BackupKind.BEFORE_IMPORT, 2, 12), (BackupKind.AUTOMATIC, 1, 7)]
    assert entries[0].summary.office == "Phòng Kinh tế xã Bình Liêu"
    assert all(e.size == e.path.stat().st_size > 0 for e in entries)
    assert entries[0].describe().startswith("21/11/2026 14:05 · Trước khi nhập dữ liệu · ")
    assert entries[0].describe().endswith("2 tổ chức, 12 thành viên")


def test_a_damaged_backup_is_listed_with_its_problem(db_path):
    entry = backups.back_up(db_path)
    with entry.path.open("r+b") as f:  # everything after the first page lost
        f.seek(4096)
        f.write(b"\xa5" * (entry.size - 4096))
    [listed] = backups.list_backups(db_path)
    assert listed.summary.problem and listed.summary.organisations is None
    assert "Tệp hỏng" in listed.describe()
    assert not backups.is_sound_backup(entry.path)


def test_a_damaged_backup_whose_counts_still_read_fails_the_soundness_check(db_path):
    entry = backups.back_up(db_path)
    corrupt(entry.path, at=0.75)  # the reference data (communes), which the list does not read
    assert backups.list_backups(db_path)[0].summary.problem == ""  # the list stays fast
    assert not backups.is_sound_backup(entry.path)
    assert backups.is_sound_backup(backups.back_up(db_path).path)


def test_the_automatic_backup_is_made_once_a_day(db):
    monday = local(2026, 11, 23, 8)
    assert backups.automatic_backup(db, now=monday).kind is BackupKind.AUTOMATIC
    assert backups.automatic_backup(db, now=monday + timedelta(hours=6)) is None
    assert backups.automatic_backup(db, now=monday + timedelta(days=1)) is not None
    assert len(backups_of(db.path)) == 2


def test_a_read_only_session_makes_no_automatic_backup(db_path):
    reader = open_database(db_path, read_only=True)
    try:
        assert backups.automatic_backup(reader) is None
    finally:
        reader.close()
    assert not (db_path.parent / "backups").exists()


def test_an_extra_copy_goes_to_a_chosen_folder_under_a_backups_name(db, tmp_path):
    add_organisation(db, "HTX Đồng Tâm")
    usb = tmp_path / "USB"
    usb.mkdir()
    copy = backups.save_copy(db.path, usb, now=datetime(2026, 11, 21, 9, 30).astimezone())
    assert copy == usb / "office-2026-11-21-093000-thu-cong.db"
    assert organisation_names(copy) == ["HTX Đồng Tâm"]
    listed = backups.back_up(db.path)
    assert backups.save_copy(listed.path, usb) == usb / listed.path.name
    with pytest.raises(InputError):
        backups.save_copy(db.path, db.path)


def test_verify_reports_a_sound_database(db_path):
    report = backups.verify(db_path)
    assert report.ok
    text = "\n".join(report.lines())
    assert "integrity_check): tốt" in text and "Liên kết giữa các bảng: tốt" in text
    assert text.endswith("Kết luận: cơ sở dữ liệu tốt.")


def test_verify_reports_broken_links_between_tables(db_path):
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO office_area (commune_code) VALUES ('99999')")
    con.commit()
    con.close()
    report = backups.verify(db_path)
    assert not report.ok
    assert any("office_area" in i.message and "commune" in i.message for i in report.issues
               if i.is_error)


def test_verify_reports_a_damaged_file(db_path):
    corrupt(db_path)
    report = backups.verify(db_path)
    assert not report.ok
    assert "tệp bị hỏng" in report.lines()[1]
