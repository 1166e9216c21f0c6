import sqlite3

import pytest

from kttt_desktop.core.errors import DatabaseNewer, FileUnreadable, InputError, NotOurDatabase
from kttt_desktop.data.database import APPLICATION_ID, build_new_database, head_revision, open_database


def test_new_database_is_migrated_to_head_with_all_communes(tmp_path):
    db = open_database(tmp_path / "new.db", create=True)
    db.close()
    con = sqlite3.connect(tmp_path / "new.db")
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert con.execute("SELECT COUNT(*) FROM province").fetchone()[0] == 34
    assert con.execute("SELECT COUNT(*) FROM commune").fetchone()[0] == 3321
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_missing_file_is_not_created_without_asking(tmp_path):
    with pytest.raises(FileUnreadable, match="Không tìm thấy"):
        open_database(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()


@pytest.mark.sqlite_only  # the file's schema revision written by hand
def test_database_of_a_newer_version_is_refused_and_left_alone(db_path):
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = 'f00d'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseNewer, match="phiên bản mới hơn") as info:
        open_database(db_path)
    assert info.value.exit_status == 3
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("content", [b"hello, not a database", b"PK\x03\x04 zip bytes"])
def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path, content):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(NotOurDatabase, match="không phải là cơ sở dữ liệu"):
        open_database(path)
    assert path.read_bytes() == content


def test_a_foreign_sqlite_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotOurDatabase):
        open_database(path)
    assert path.read_bytes() == before


def test_build_new_database_leaves_nothing_when_the_build_fails(tmp_path):
    target = tmp_path / "demo.db"

    def failing(_db):
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        build_new_database(target, failing)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.sqlite_only  # a file built under a temporary name
def test_build_new_database_never_overwrites(db_path):
    before = db_path.read_bytes()
    with pytest.raises(InputError, match="đã có"):
        build_new_database(db_path, lambda db: None)
    assert db_path.read_bytes() == before


def test_a_folder_name_with_characters_special_to_uris_opens_and_backs_up(tmp_path):
    from kttt_desktop.data.backup import BackupKind, make_backup, read_summary

    path = tmp_path / "Phòng KT #2 ? 100% đủ" / "kttt.db"
    open_database(path, create=True).close()
    reader = open_database(path, read_only=True)
    reader.close()
    backup = make_backup(path, BackupKind.MANUAL)
    assert backup.path.parent == path.parent / "backups"
    assert read_summary(backup.path).revision == head_revision()


def test_many_threads_read_at_the_same_time(db):
    """Worker threads (each one new to the engine) keep their connection while others connect."""
    import threading

    from sqlalchemy import text

    threads, errors = 8, []
    together = threading.Barrier(threads)

    def read() -> None:
        try:
            with db.session() as s:
                connection = s.connection()
                connection.execute(text("SELECT COUNT(*) FROM commune")).scalar()
                together.wait(timeout=10)  # every thread holds a connection now
                for _ in range(3):
                    assert connection.execute(text("SELECT COUNT(*) FROM commune")).scalar() == 3321
        except Exception as exc:  # noqa: BLE001 - collected for the assertion below
            errors.append(exc)

    workers = [threading.Thread(target=read) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
