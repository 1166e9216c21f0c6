import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kttt_desktop.core.errors import DatabaseCorrupt, DiskFull
from kttt_desktop.data import backup as backup_module
from kttt_desktop.data.backup import (
    BackupFile,
    BackupKind,
    backups_of,
    copy_database,
    make_backup,
    newest_good_backup,
    rotate,
    to_remove,
)
from kttt_desktop.data.database import DatabaseDamaged, open_database
from kttt_desktop.data.lock import lock_path
from tests.safety_helpers import corrupt, local

pytestmark = pytest.mark.sqlite_only  # backups copy the database file


def test_backups_are_named_by_time_and_kind_and_listed_newest_first(db_path):
    first = make_backup(db_path, BackupKind.AUTOMATIC, now=local(2026, 11, 21, 9, 30, 15))
    second = make_backup(db_path, BackupKind.BEFORE_IMPORT, now=local(2026, 11, 21, 10, 5, 0))
    third = make_backup(db_path, BackupKind.BEFORE_IMPORT, now=local(2026, 11, 21, 10, 5, 0))
    assert first.path.name == "office-2026-11-21-093015-tu-dong.db"
    assert second.path.name == "office-2026-11-21-100500-truoc-nhap.db"
    assert third.path.name == "office-2026-11-21-100500-truoc-nhap-2.db"
    assert first.path.parent == db_path.parent / "backups"
    (first.path.parent / "ghi chú.txt").write_text("not a backup")
    (first.path.parent / "khac-2026-11-21-093015-tu-dong.db").write_bytes(b"")  # another database
    assert [b.path for b in backups_of(db_path)] == [third.path, second.path, first.path]
    assert [b.kind for b in backups_of(db_path)] == [BackupKind.BEFORE_IMPORT] * 2 + [
        BackupKind.AUTOMATIC]


def test_a_backup_is_a_sound_copy_of_an_open_database_including_unsaved_wal(db):
    from kttt_desktop.data.models import Office

    with db.session() as s:
        s.get(Office, 1).place_name = "Hoành Mô"  # committed, still in the WAL
    backup = make_backup(db.path, BackupKind.MANUAL)
    con = sqlite3.connect(backup.path)
    assert con.execute("SELECT place_name FROM office").fetchone()[0] == "Hoành Mô"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    con.close()


def fake(day: datetime, kind: BackupKind = BackupKind.AUTOMATIC) -> BackupFile:
    return BackupFile(Path(f"{kind.value}-{day:%Y%m%d%H%M}.db"), kind, day)


def test_rotation_keeps_the_newest_of_each_of_30_days_and_12_months_per_kind_and_all_of_today():
    today = date(2026, 11, 21)
    daily = [fake(local(2026, 11, 21, 9) - timedelta(days=n)) for n in range(400)]
    evening = fake(local(2026, 11, 20, 17))
    morning = fake(local(2026, 11, 20, 8))
    earlier_today = fake(local(2026, 11, 21, 7))
    old_import = fake(local(2024, 3, 2, 10), BackupKind.BEFORE_IMPORT)
    old_restores = [fake(local(2024, 5, 1, 10), BackupKind.BEFORE_RESTORE),
                    fake(local(2024, 6, 1, 10), BackupKind.BEFORE_RESTORE)]
    clock_set_back = fake(local(2027, 1, 1, 9))
    backups = [*daily, evening, morning, earlier_today, old_import, *old_restores, clock_set_back]

    removed = {b.path for b in to_remove(backups, today)}
    kept = {b.path for b in backups} - removed

    last_30_days = {fake(local(2026, 11, 21, 9) - timedelta(days=n)).path for n in range(30)}
    last_30_days = last_30_days - {fake(local(2026, 11, 20, 9)).path} | {evening.path}
    # Dec 2025 … Sep 2026: the last day of each month; Oct and Nov are inside the 30 days.
    month_ends = {fake(local(y, m, 1, 9) - timedelta(days=1)).path
                  for y, m in [(2026, 1), *((2026, m) for m in range(2, 11))]}
    expected = (last_30_days | month_ends | {earlier_today.path, old_import.path,
                                             old_restores[1].path, clock_set_back.path})
    assert len(month_ends) == 10
    assert kept == expected
    assert len(kept) == 30 + 10 + 4


def test_rotation_never_deletes_the_newest_backup_even_a_very_old_one():
    lone = fake(local(2020, 1, 1, 9))
    assert to_remove([lone, fake(local(2019, 1, 1, 9))], date(2026, 11, 21)) == [
        fake(local(2019, 1, 1, 9))]


def test_rotating_the_folder_deletes_only_our_backups_that_are_not_kept(tmp_path):
    database = tmp_path / "kttt.db"
    folder = tmp_path / "backups"
    folder.mkdir()
    names = ["kttt-2026-11-21-090000-tu-dong.db", "kttt-2026-11-20-080000-tu-dong.db",
             "kttt-2026-11-20-090000-tu-dong.db",
             "kttt-2025-01-01-080000-tu-dong.db", "kttt-2024-01-01-080000-tu-dong.db",
             "khac-2020-01-01-080000-tu-dong.db", "ghi chú.txt"]
    for name in names:
        (folder / name).write_bytes(b"")
    removed = rotate(database, today=date(2026, 11, 21))
    assert sorted(p.name for p in removed) == ["kttt-2024-01-01-080000-tu-dong.db",
                                               "kttt-2025-01-01-080000-tu-dong.db",
                                               "kttt-2026-11-20-080000-tu-dong.db"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["kttt-2026-11-21-090000-tu-dong.db", "kttt-2026-11-20-090000-tu-dong.db",
         "khac-2020-01-01-080000-tu-dong.db", "ghi chú.txt"])


def test_a_damaged_database_is_refused_at_open_naming_the_newest_good_backup(db_path):
    older = make_backup(db_path, BackupKind.AUTOMATIC, now=local(2026, 11, 19, 8))
    good = make_backup(db_path, BackupKind.AUTOMATIC, now=local(2026, 11, 20, 8))
    damaged_backup = make_backup(db_path, BackupKind.MANUAL, now=local(2026, 11, 20, 16))
    corrupt(damaged_backup.path)
    corrupt(db_path)
    before = db_path.read_bytes()

    with pytest.raises(DatabaseDamaged) as info:
        open_database(db_path)

    assert info.value.exit_status == 3
    assert info.value.good_backup.path == good.path != older.path
    assert good.path.name in info.value.message and "bị hỏng" in info.value.message
    assert db_path.read_bytes() == before
    assert not lock_path(db_path).exists()
    with pytest.raises(DatabaseDamaged):
        open_database(db_path, read_only=True)


def test_a_damaged_database_without_backups_says_where_to_look(db_path):
    corrupt(db_path)
    with pytest.raises(DatabaseDamaged, match="Không có bản sao lưu tốt") as info:
        open_database(db_path)
    assert info.value.good_backup is None


def test_a_backup_written_by_a_newer_version_is_not_offered(db_path):
    good = make_backup(db_path, BackupKind.AUTOMATIC, now=local(2026, 11, 20, 8))
    newer = make_backup(db_path, BackupKind.AUTOMATIC, now=local(2026, 11, 21, 8))
    con = sqlite3.connect(newer.path)
    con.execute("UPDATE alembic_version SET version_num = 'f00d'")
    con.commit()
    con.close()
    assert newest_good_backup(db_path).path == good.path


def test_copying_a_damaged_database_fails_clearly_and_leaves_no_copy(db_path, tmp_path):
    corrupt(db_path)
    target = tmp_path / "copy.db"
    with pytest.raises(DatabaseCorrupt):
        copy_database(db_path, target)
    assert not target.exists() and not target.with_name("copy.db.partial").exists()


def test_a_full_disk_during_a_backup_names_the_backup_and_leaves_no_copy(db_path, tmp_path,
                                                                       monkeypatch):
    def full(_connection):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "integrity_problems", full)
    target = tmp_path / "usb" / "copy.db"
    with pytest.raises(DiskFull) as info:
        copy_database(db_path, target)
    assert str(target) in info.value.message
    assert list(target.parent.iterdir()) == []
