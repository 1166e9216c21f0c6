import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kttt_desktop.core.errors import DiskFull, FileUnreadable
from kttt_desktop.system import files
from kttt_desktop.system.files import replacing, replacing_file, write_bytes

OLD = "Báo cáo quý cũ\n".encode() * 100
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "báo cáo.xlsx"
    path.write_bytes(OLD)
    return path


def test_a_finished_write_replaces_the_file_and_leaves_nothing_else(target):
    write_bytes(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert os.listdir(target.parent) == [target.name]


def test_a_library_that_writes_by_name_gets_a_fresh_path_with_the_same_extension(target):
    with replacing(target) as path:
        assert not path.exists() and path.suffix == ".xlsx" and path.parent == target.parent
        path.write_bytes(b"written by name")
        assert target.read_bytes() == OLD  # not replaced before the block ends
    assert target.read_bytes() == b"written by name"


def test_an_error_midway_leaves_the_old_file_intact(target):
    with pytest.raises(RuntimeError):
        with replacing_file(target) as f:
            f.write(b"half of the new")
            raise RuntimeError("the workbook could not be built")
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == [target.name]


def test_a_full_disk_while_writing_is_a_clear_message_and_the_old_file_stays(target):
    class FullDisk:
        def write(self, _data):
            raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DiskFull, match="Ổ đĩa đã đầy") as info:
        with replacing_file(target) as f:
            f.write(b"first part fits")
            FullDisk().write(b"second part does not")
    assert str(target) in info.value.message and info.value.exit_status == 3
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == [target.name]


def test_a_full_disk_found_only_when_flushing_keeps_the_old_file(target, monkeypatch):
    def no_space(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    with pytest.raises(DiskFull):
        write_bytes(target, b"new")
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == [target.name]


def test_a_target_held_open_by_another_program_is_a_clear_message(target, monkeypatch):
    def refused(_src, _dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refused)
    with pytest.raises(FileUnreadable, match="đang được mở trong một chương trình khác"):
        write_bytes(target, b"new")
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == [target.name]


def test_leftovers_of_a_killed_writer_are_removed_once_old(target):
    old = target.with_name(f".{target.stem}.dead0001.tmp{target.suffix}")
    young = target.with_name(f".{target.stem}.live0002.tmp{target.suffix}")
    for path in (old, young):
        path.write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    write_bytes(target, b"new")
    assert not old.exists()
    assert young.exists()  # may belong to a writer still running


CHILD = """
import sys, time
from kttt_desktop.system.files import replacing_file
with replacing_file(sys.argv[1]) as f:
    for i in range(8):
        f.write(b"N" * 100_000)
        f.flush()
        if i == 0:
            print("writing", flush=True)
        time.sleep(0.02)
print("done", flush=True)
"""


def _writer(target: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(target)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_writer_killed_midway_leaves_the_old_file(target):
    with _writer(target) as child:
        assert child.stdout.readline() == "writing\n"
        child.send_signal(signal.SIGKILL)
    assert target.read_bytes() == OLD


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.1, 0.15, 0.2, 0.3])
def test_a_writer_killed_at_any_moment_leaves_the_old_or_the_new_file(target, delay):
    with _writer(target) as child:
        child.stdout.readline()
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
    assert target.read_bytes() in (OLD, b"N" * 800_000)


def test_a_writer_left_alone_writes_the_new_file(target):
    with _writer(target) as child:
        assert child.stdout.read().endswith("done\n")
    assert child.returncode == 0
    assert target.read_bytes() == b"N" * 800_000
