import json
import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from kttt_desktop import __version__
from kttt_desktop.core.errors import DatabaseLocked, DatabaseNewer
from kttt_desktop.data.database import open_database
from kttt_desktop.data.lock import DatabaseInUse, LockHolder, WriterLock, lock_path, read_holder
from kttt_desktop.data.models import Office, Organisation
from tests.safety_helpers import write_lock

pytestmark = pytest.mark.sqlite_only  # the writer lock is a file beside the database

ROOT = Path(__file__).resolve().parents[2]


def a_dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_opening_for_writing_takes_the_lock_and_closing_releases_it(db_path):
    db = open_database(db_path)
    holder = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
    assert holder["pid"] == os.getpid()
    assert holder["machine"] == socket.gethostname()
    assert holder["version"] == __version__
    assert holder["user"] == db.user
    db.close()
    assert not lock_path(db_path).exists()


def test_a_second_writer_is_refused_with_the_holder_until_the_first_closes(db_path):
    first = open_database(db_path)
    with pytest.raises(DatabaseInUse) as info:
        open_database(db_path)
    assert info.value.exit_status == 3
    assert info.value.holder.pid == os.getpid()
    assert socket.gethostname() in info.value.message
    first.close()
    second = open_database(db_path)
    second.close()


def test_a_reader_opens_beside_a_writer_and_writes_nothing(db_path):
    writer = open_database(db_path)
    before = db_path.read_bytes()
    lock_before = lock_path(db_path).read_bytes()
    reader = open_database(db_path, read_only=True)
    try:
        assert reader.lock is None
        with reader.session() as s:
            assert s.get(Office, 1).name == "Phòng Kinh tế xã Bình Liêu"
        with pytest.raises(DatabaseLocked, match="đang mở ở chế độ chỉ đọc"):
            with reader.session() as s:
                s.add(Organisation(kind="htx", name="HTX Mới", commune_code="06838",
                                   established_on=datetime(2024, 1, 1).date(), sector="agriculture"))
                s.flush()
    finally:
        reader.close()
    assert db_path.read_bytes() == before
    assert lock_path(db_path).read_bytes() == lock_before  # the reader did not touch the lock
    writer.close()


def test_a_reader_does_not_migrate_an_older_file(db_path):
    import sqlite3

    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM alembic_version")  # as if no migration had run yet
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseNewer, match="chỉ đọc"):
        open_database(db_path, read_only=True)
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists()


def test_a_lock_left_by_a_dead_process_of_this_machine_is_taken_over(db_path):
    write_lock(db_path, machine=socket.gethostname(), pid=a_dead_pid())
    db = open_database(db_path)
    assert read_holder(db_path).pid == os.getpid()
    db.close()
    assert not lock_path(db_path).exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process start known on Linux")
def test_a_lock_whose_pid_was_reused_by_another_process_is_taken_over(db_path):
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as stranger:
        try:
            write_lock(db_path, machine=socket.gethostname(), pid=stranger.pid,
                       process_start="another-boot:12345")
            db = open_database(db_path)
            db.close()
        finally:
            stranger.kill()


def test_a_live_process_of_this_machine_keeps_its_lock(db_path):
    from kttt_desktop.system.processes import start_mark

    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as other:
        try:
            write_lock(db_path, machine=socket.gethostname(), pid=other.pid,
                       process_start=start_mark(other.pid))
            with pytest.raises(DatabaseInUse):
                open_database(db_path)
        finally:
            other.kill()


def test_a_lock_from_another_machine_is_respected_and_shows_its_age(db_path):
    write_lock(db_path, machine="PKT-01", pid=1, refreshed=timedelta(hours=3, minutes=5))
    before = lock_path(db_path).read_bytes()
    with pytest.raises(DatabaseInUse) as info:
        open_database(db_path)
    message = info.value.message
    assert "Nguyễn Văn A" in message and "PKT-01" in message and "3 giờ trước" in message
    assert info.value.holder.machine == "PKT-01"
    assert lock_path(db_path).read_bytes() == before
    db = open_database(db_path, take_over=True)  # after the user confirmed PKT-01 is gone
    assert read_holder(db_path).pid == os.getpid()
    db.close()


def test_a_lock_file_being_written_is_respected_but_a_half_written_old_one_is_not(db_path):
    lock_path(db_path).write_bytes(b"")
    with pytest.raises(DatabaseInUse, match="một chương trình khác"):
        open_database(db_path)
    a_minute_ago = time.time() - 60
    os.utime(lock_path(db_path), (a_minute_ago, a_minute_ago))
    open_database(db_path).close()


def test_refreshing_records_the_time_and_a_lock_taken_over_is_left_to_its_new_holder(db_path):
    lock = WriterLock.acquire(db_path, user="Lý Thị Mai")
    later = datetime.now(UTC) + timedelta(minutes=5)
    lock.refresh(now=later)
    assert read_holder(db_path).refreshed_at == later
    write_lock(db_path, machine="PKT-02", pid=1)  # someone forced it meanwhile
    lock.refresh()
    assert lock.lost
    lock.release()
    assert read_holder(db_path).machine == "PKT-02"


def test_the_holder_knows_its_lock_by_its_token_however_the_file_is_written(db_path):
    lock = WriterLock.acquire(db_path, user="Lý Thị Mai")
    lock.refresh(now=datetime.now(UTC) + timedelta(minutes=5))
    assert lock.still_held()
    holder = json.loads(lock_path(db_path).read_bytes())
    lock_path(db_path).write_text(json.dumps(holder), encoding="utf-8")  # the same holder, respelt
    assert lock.still_held()
    lock_path(db_path).write_text(json.dumps({**holder, "token": "another"}), encoding="utf-8")
    assert not lock.still_held() and lock.lost
    lock.release()
    assert lock_path(db_path).exists()  # left to the program that holds it now


def test_a_database_whose_lock_was_taken_over_reads_but_refuses_every_write(db_path):
    db = open_database(db_path)
    with db.engine.connect() as connection:  # a connection already in the pool before
        connection.exec_driver_sql("SELECT 1")
    write_lock(db_path, machine="PKT-02", pid=1)
    db.lock.refresh()
    assert db.lock_lost and not db.writable
    with db.session() as s:
        assert s.get(Office, 1).name == "Phòng Kinh tế xã Bình Liêu"
    with pytest.raises(DatabaseLocked, match="Một chương trình khác đã tiếp quản"):
        with db.session() as s:
            s.get(Office, 1).name = "Tên khác"
    with pytest.raises(OperationalError, match="readonly"):  # outside a session, SQLite refuses
        with db.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE office SET name = 'Tên khác'")
    db.close()
    reader = open_database(db_path, read_only=True)
    with reader.session() as s:
        assert s.get(Office, 1).name == "Phòng Kinh tế xã Bình Liêu"
    reader.close()


def test_the_holder_text_names_user_machine_and_time():
    taken = datetime(2026, 11, 21, 1, 30, tzinfo=UTC)
    holder = LockHolder("Nguyễn Văn A", "PKT-01", 42, None, taken, taken, "0.1.0", "t")
    text = holder.describe(now=taken + timedelta(minutes=2))
    local = taken.astimezone().strftime("%H:%M %d/%m/%Y")
    assert text == f"Nguyễn Văn A mở trên máy PKT-01 từ {local} (cập nhật 2 phút trước)"


HOLDER = """
import sys
from kttt_desktop.data.database import open_database
db = open_database(sys.argv[1])
print("open", flush=True)
sys.stdin.read()
"""


def test_another_program_holds_the_lock_until_it_is_killed(db_path):
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], cwd=ROOT,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as other:
        assert other.stdout.readline() == "open\n"
        with pytest.raises(DatabaseInUse) as info:
            open_database(db_path)
        assert info.value.holder.pid == other.pid
        other.kill()  # a crash: the lock file stays behind
    assert read_holder(db_path).pid == other.pid
    db = open_database(db_path)
    with db.session() as s:
        assert s.exec(select(Office)).one().name == "Phòng Kinh tế xã Bình Liêu"
    db.close()


def test_a_write_committed_after_a_take_over_is_refused_at_once(db_path):
    db = open_database(db_path)
    with db.session() as s:  # a reading session commits nothing and checks nothing
        s.get(Office, 1)
    write_lock(db_path, machine="PKT-02", pid=1)  # before this program's next refresh
    assert not db.lock.lost
    with pytest.raises(DatabaseLocked, match="đã tiếp quản"):
        with db.session() as s:
            s.get(Office, 1).name = "Tên khác"
    assert db.lock.lost
    with db.session() as s:
        assert s.get(Office, 1).name == "Phòng Kinh tế xã Bình Liêu"
    db.close()
    assert read_holder(db_path).machine == "PKT-02"
