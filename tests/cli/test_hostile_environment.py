"""The command where the disk is full, the folder read-only, the database truncated, or the file
to restore over is not a database: one clear message, the right exit status, nothing lost."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kttt_desktop.cli import main
from kttt_desktop.data.backup import backups_of
from tests.workbooks import office_sheets, write_xlsx

pytestmark = pytest.mark.sqlite_only  # disks, folders and damaged database files

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    return status, capsys.readouterr().err


def kttt(*argv, data: Path) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own: what it prints when its objects are collected at
    the end counts too."""
    return subprocess.run([sys.executable, "-m", "kttt_desktop", *map(str, argv)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          env={**os.environ, "KTTT_DATA_DIR": str(data)})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Restore over what is not a database of ours --------------------------------------------------

@pytest.fixture
def backup_file(db_path, capsys):
    assert run(capsys, "--db", db_path, "backup")[0] == 0
    return backups_of(db_path)[0].path


def test_restore_never_replaces_a_picture(backup_file, tmp_path, capsys):
    pictures = tmp_path / "anh"
    pictures.mkdir()
    photo = pictures / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    before = digest(photo)
    status, err = run(capsys, "--db", photo, "restore", backup_file)
    assert status == 3, err
    assert "không phải là cơ sở dữ liệu của chương trình này nên không bị thay" in err
    assert digest(photo) == before and [p.name for p in pictures.iterdir()] == ["photo.png"]


def test_restore_never_replaces_another_programs_sqlite_file(backup_file, tmp_path, capsys):
    foreign = tmp_path / "ke-toan.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE so_cai (id INTEGER)")
    connection.commit()
    connection.close()
    before = digest(foreign)
    status, err = run(capsys, "--db", foreign, "restore", backup_file)
    assert status == 3 and "không bị thay" in err and digest(foreign) == before


def test_restore_does_replace_a_damaged_database_of_ours(db_path, backup_file, capsys):
    with db_path.open("r+b") as f:
        f.truncate(6000)
    status, err = run(capsys, "--db", db_path, "restore", backup_file)
    assert status == 0 and "Đã khôi phục" in err
    assert run(capsys, "--db", db_path, "verify")[0] == 0


# A truncated database -------------------------------------------------------------------------

@pytest.mark.parametrize("size", [6000, 60])
@pytest.mark.parametrize("command", [["verify"], ["check", "--period", "2025"], ["backup"]])
def test_a_truncated_database_is_called_damaged_and_the_good_backup_named(
        db_path, backup_file, capsys, size, command):
    with db_path.open("r+b") as f:
        f.truncate(size)
    status, err = run(capsys, "--db", db_path, *command)
    assert status == 3, err
    assert "bị hỏng" in err and "không phải là cơ sở dữ liệu" not in err
    if command != ["backup"]:
        assert f"Bản sao lưu tốt gần nhất: {backup_file}" in err


# A folder that takes no file --------------------------------------------------------------------

def _mount_tmpfs(folder: Path, size: str) -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("this machine does not let the tests mount a tmpfs")


@pytest.fixture
def read_only_copy(db_path, tmp_path):
    """A copy of the database on a drive mounted read-only."""
    folder = tmp_path / "cd"
    folder.mkdir()
    _mount_tmpfs(folder, "16m")
    shutil.copyfile(db_path, folder / "kttt.db")
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    yield folder / "kttt.db"
    subprocess.run(["umount", "--lazy", str(folder)], check=True)


@pytest.mark.parametrize("command", [["verify"], ["check", "--period", "2025"], ["validate"],
                                     ["dump", "--out", "{out}/so.xlsx"],
                                     ["export", "--period", "2025", "--xlsx", "{out}/bc.xlsx"]])
def test_a_database_in_a_read_only_folder_is_read(read_only_copy, tmp_path, capsys, command):
    args = [a.format(out=tmp_path) for a in command]
    status, err = run(capsys, "--db", read_only_copy, *args)
    assert status == 0, err
    assert "không phải là cơ sở dữ liệu" not in err
    if command != ["verify"]:
        assert "không cho phép ghi" in err and "chỉ mở được để xem" in err


@pytest.mark.parametrize("command", [["import", "{workbook}"],
                                     ["export", "--period", "2025", "--submit", "--xlsx",
                                      "{out}/bc.xlsx"]])
def test_writing_to_a_database_in_a_read_only_folder_says_why_not(read_only_copy, tmp_path,
                                                                   capsys, command):
    workbook = write_xlsx(tmp_path / "so.xlsx", office_sheets())
    args = [a.format(out=tmp_path, workbook=workbook) for a in command]
    status, err = run(capsys, "--db", read_only_copy, *args)
    assert status == 3, err
    assert "Không ghi được vào cơ sở dữ liệu" in err and "không cho phép ghi" in err
    assert not (tmp_path / "bc.xlsx").exists()


# A full disk ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def district_db(tmp_path_factory) -> Path:
    """A district demo database (about 2 MB), built once for these tests."""
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.services.demo import build_demo

    path = tmp_path_factory.mktemp("district") / "kttt.db"
    build_new_database(path, lambda db: build_demo(db, scale="district", seed=1))
    return path


@pytest.fixture
def disk(tmp_path, request, district_db):
    """A tmpfs of the size the test's parameter gives ("40k"; "1.4x": 1.4 times the database)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    size = request.param
    if size.endswith("x"):
        size = f"{int(float(size[:-1]) * district_db.stat().st_size) // 1024}k"
    _mount_tmpfs(folder, size)
    yield folder
    subprocess.run(["umount", "--lazy", str(folder)], check=True)


@pytest.mark.parametrize("disk", ["1.4x"], indirect=True)
def test_a_backup_that_fills_the_disk_leaves_nothing_behind(district_db, disk, tmp_path):
    # The database fits the disk; its copy begins to, and its journal does not.
    database = disk / "kttt.db"
    shutil.copyfile(district_db, database)
    run_ = kttt("--db", database, "backup", data=tmp_path)
    assert run_.returncode == 3, run_.stderr
    assert run_.stderr.startswith("Ổ đĩa đã đầy") and "Traceback" not in run_.stderr
    assert list((disk / "backups").iterdir()) == []


@pytest.mark.parametrize("disk", ["40k", "60k"], indirect=True)
@pytest.mark.parametrize("command", [["dump", "--out", "{disk}/so.xlsx"],
                                     ["export", "--period", "2024", "--xlsx", "{disk}/bc.xlsx"]])
def test_an_export_that_fills_the_disk_is_one_message(district_db, disk, tmp_path, command):
    run_ = kttt("--db", district_db, *[a.format(disk=disk) for a in command], data=tmp_path)
    assert run_.returncode == 3, run_.stderr
    assert run_.stderr.startswith("Ổ đĩa đã đầy"), run_.stderr
    assert "Traceback" not in run_.stderr and "Exception ignored" not in run_.stderr
    assert len(run_.stderr.strip().splitlines()) == 1
    assert list(disk.iterdir()) == []
