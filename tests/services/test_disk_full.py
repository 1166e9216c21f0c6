"""A full disk during a save or an export: a clear Vietnamese message, and nothing damaged.

The save fills the database up to ``PRAGMA max_page_count`` (SQLite then answers
SQLITE_FULL, "database or disk is full", exactly as on a full disk). The export gets its
"No space left on device" from the writer (injected into the zip writer of the Excel file and
into the flush of the PDF) and, where this machine lets a test mount one, from a real tiny
tmpfs.
"""

from __future__ import annotations

import errno
import os
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kttt_desktop.core.errors import DiskFull
from kttt_desktop.core.periods import Period
from kttt_desktop.data.models import Organisation
from kttt_desktop.exchange.return_data import read_return_data
from kttt_desktop.services.backups import verify
from kttt_desktop.services.registers.records import save_record
from kttt_desktop.services.returns import build_snapshot, write_return
from kttt_desktop.system import files
from tests.registers_helpers import TAX_CODES, organisation
from tests.safety_helpers import database_full

pytestmark = pytest.mark.sqlite_only  # a full disk under the database file

LONG_NOTE = "Ghi chú rất dài về lịch sử hợp tác xã. " * 800  # 30 KB: needs new pages


def organisations(db) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Organisation.name).order_by(Organisation.id)))


def new_cooperative(note: str = LONG_NOTE) -> dict:
    return {"kind": "htx", "name": "Hợp tác xã Tiến Bộ", "commune_code": "06838",
            "code": TAX_CODES[1], "sector": "agriculture", "established_on": date(2019, 5, 6),
            "note": note}


def test_a_save_on_a_full_disk_says_so_and_changes_nothing(db, db_path):
    organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    with database_full(db), pytest.raises(DiskFull) as full:
        save_record(db, "organisation", new_cooperative())
    assert full.value.message.startswith("Ổ đĩa đã đầy, không ghi được ")
    assert "dữ liệu đã có không bị ảnh hưởng" in full.value.message
    assert organisations(db) == ["Hợp tác xã Đồng Tâm"]
    assert verify(db_path).ok
    save_record(db, "organisation", new_cooperative())  # space again: the same save works
    assert organisations(db) == ["Hợp tác xã Đồng Tâm", "Hợp tác xã Tiến Bộ"]


@pytest.fixture
def snapshot(db):
    organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    return build_snapshot(db, Period.parse("2025-Q3"))


@pytest.fixture
def exports(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def previous(exports, snapshot):
    """An export made earlier, to be replaced."""
    write_return(snapshot, xlsx=exports / "bao-cao.xlsx", pdf=exports / "bao-cao.pdf")
    return {kind: (exports / f"bao-cao.{kind}").read_bytes() for kind in ("xlsx", "pdf")}


def no_space(*_args):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_an_excel_export_on_a_full_disk_keeps_the_previous_file(exports, snapshot, previous,
                                                                 monkeypatch):
    written = []

    class FillingZip(zipfile.ZipFile):  # the disk fills after the first parts of the file
        def writestr(self, name, data, *args, **kwargs):
            if len(written) == 3:
                no_space()
            written.append(name)
            return super().writestr(name, data, *args, **kwargs)

    monkeypatch.setattr("openpyxl.writer.excel.ZipFile", FillingZip)
    target = exports / "bao-cao.xlsx"
    with pytest.raises(DiskFull) as full:
        write_return(snapshot, xlsx=target)
    assert full.value.message == (
        f"Ổ đĩa đã đầy, không ghi được {target}. Hãy giải phóng dung lượng rồi thử lại; tệp cũ "
        "(nếu có) vẫn còn nguyên.")
    assert target.read_bytes() == previous["xlsx"]
    assert sorted(p.name for p in exports.iterdir()) == ["bao-cao.pdf", "bao-cao.xlsx"]


def test_a_pdf_export_whose_flush_finds_the_disk_full_keeps_the_previous_file(
        exports, snapshot, previous, monkeypatch):
    monkeypatch.setattr(files.os, "fsync", no_space)
    with pytest.raises(DiskFull, match="Ổ đĩa đã đầy"):
        write_return(snapshot, pdf=exports / "bao-cao.pdf")
    assert (exports / "bao-cao.pdf").read_bytes() == previous["pdf"]
    assert sorted(p.name for p in exports.iterdir()) == ["bao-cao.pdf", "bao-cao.xlsx"]


@pytest.fixture
def tiny_disk(tmp_path):
    """A real file system of 512 KB (tmpfs), where this machine lets the tests mount one."""
    folder = tmp_path / "usb"
    folder.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("this machine does not let the tests mount a tmpfs")
    yield folder
    subprocess.run(["umount", "--lazy", str(folder)], check=True)


def test_an_export_onto_a_really_full_disk_keeps_the_previous_file(tiny_disk, snapshot):
    target = tiny_disk / "bao-cao.pdf"
    write_return(snapshot, pdf=target)
    old = target.read_bytes()
    space = os.statvfs(tiny_disk)
    free = space.f_bavail * space.f_frsize
    (tiny_disk / "other.bin").write_bytes(b"\0" * (free - len(old) // 2))  # not room for two
    with pytest.raises(DiskFull, match="Ổ đĩa đã đầy"):
        write_return(snapshot, xlsx=tiny_disk / "bao-cao.xlsx", pdf=target)
    assert target.read_bytes() == old
    # The Excel file, written first, fitted, whole; no half PDF is left beside them.
    assert read_return_data(tiny_disk / "bao-cao.xlsx").meta["period"] == "2025-Q3"
    assert sorted(p.name for p in Path(tiny_disk).iterdir()) == [
        "bao-cao.pdf", "bao-cao.xlsx", "other.bin"]
