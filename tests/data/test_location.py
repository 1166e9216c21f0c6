import sqlite3

import pytest

from kttt_desktop.data import database as database_module
from kttt_desktop.data.database import open_database
from kttt_desktop.data.location import Location, StorageKind, locate

pytestmark = pytest.mark.sqlite_only  # where a database file lives

MOUNTINFO = r"""
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro
30 22 0:40 / /srv/share rw,relatime shared:12 - nfs4 fileserver:/export/kttt rw,vers=4.2
31 22 0:41 / /mnt/phong\040ke\040toan rw,relatime shared:13 - cifs //PKT-SERVER/KeToan rw,vers=3.1.1
32 22 0:42 / /home/mai/remote rw,nosuid,nodev,relatime shared:14 - fuse.sshfs mai@nas:/data rw
33 22 0:43 / /mnt/wsl/c rw,relatime - 9p C:\134 rw,aname=drvfs
34 30 8:2 / /srv/share/local-cache rw,relatime shared:15 - ext4 /dev/sdb1 rw
35 22 0:44 / /run/user/1000 rw,nosuid,nodev,relatime shared:16 - tmpfs tmpfs rw
"""


def linux(path, environ=None):
    return locate(path, platform="linux", mountinfo=MOUNTINFO, environ=environ or {})


@pytest.mark.parametrize(("path", "fs_type"), [
    ("/srv/share/kttt.db", "nfs4"),
    ("/mnt/phong ke toan/2026/kttt.db", "cifs"),
    ("/home/mai/remote/kttt.db", "fuse.sshfs"),
    ("/mnt/wsl/c/Users/mai/kttt.db", "9p"),
])
def test_a_database_on_a_network_file_system_is_detected(path, fs_type):
    found = linux(path)
    assert found.kind is StorageKind.NETWORK
    assert found.detail.startswith(fs_type)
    assert found.journal_mode == "DELETE"
    assert "ổ mạng" in found.warning and path in found.warning


@pytest.mark.parametrize("path", [
    "/home/mai/.local/share/kttt-desktop/kttt.db",  # the default place
    "/srv/share/local-cache/kttt.db",  # a local disk mounted inside the share: the deepest wins
    "/srv/shared/kttt.db",  # a sibling whose name merely starts like the share's
    "/run/user/1000/kttt.db",
])
def test_a_database_on_a_local_file_system_is_local(path):
    found = linux(path)
    assert found.kind is StorageKind.LOCAL
    assert found.journal_mode == "WAL" and found.warning is None


def fake_drive_types(remote: set[str]):
    return lambda root: 4 if root.upper() in remote else 3  # DRIVE_REMOTE / DRIVE_FIXED


@pytest.mark.parametrize(("path", "detail"), [
    (r"\\PKT-SERVER\KeToan\kttt.db", r"\\PKT-SERVER\KeToan"),
    (r"\\?\UNC\PKT-SERVER\KeToan\kttt.db", r"\\PKT-SERVER\KeToan"),
    (r"Z:\KTTT\kttt.db", "Z:\\"),
])
def test_windows_shares_and_mapped_drives_are_network(path, detail):
    found = locate(path, platform="win32", environ={}, drive_type=fake_drive_types({"Z:\\"}))
    assert found.kind is StorageKind.NETWORK
    assert found.detail == detail


def test_a_windows_local_drive_is_local():
    found = locate(r"C:\Users\Mai\AppData\Local\KTTT Desktop\kttt.db", platform="win32",
                   environ={}, drive_type=fake_drive_types({"Z:\\"}))
    assert found.kind is StorageKind.LOCAL


@pytest.mark.parametrize(("path", "platform", "environ", "client"), [
    (r"C:\Users\Mai\OneDrive\KTTT\kttt.db", "win32", {}, "OneDrive"),
    (r"C:\Users\Mai\OneDrive - Sở Tài chính\kttt.db", "win32", {}, "OneDrive"),
    (r"D:\Dong bo\KTTT\kttt.db", "win32", {"OneDrive": r"D:\Dong bo"}, "OneDrive"),
    (r"C:\Users\Mai\Dropbox\kttt.db", "win32", {}, "Dropbox"),
    (r"G:\My Drive\kttt.db", "win32", {}, "Google Drive"),
    ("/home/mai/Dropbox (Personal)/kttt.db", "linux", {}, "Dropbox"),
    ("/Users/mai/Library/Mobile Documents/com~apple~CloudDocs/kttt.db", "darwin", {}, "iCloud"),
])
def test_synced_folders_are_detected(path, platform, environ, client):
    found = locate(path, platform=platform, environ=environ, mountinfo="",
                   drive_type=fake_drive_types(set()))
    assert found.kind is StorageKind.CLOUD
    assert found.detail == client
    assert client in found.warning and found.journal_mode == "DELETE"


def test_a_folder_named_like_a_client_only_as_part_of_a_word_is_not_synced():
    found = locate("/home/mai/onedrivers-club/kttt.db", platform="linux", mountinfo="", environ={})
    assert found.kind is StorageKind.LOCAL


def test_a_database_on_a_share_is_opened_without_wal_and_carries_the_warning(db_path, monkeypatch):
    share = Location(db_path, StorageKind.NETWORK, "cifs //PKT-SERVER/KeToan")
    monkeypatch.setattr(database_module, "locate", lambda _path: share)
    db = open_database(db_path)
    try:
        with db.engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar_one()
        assert mode == "delete"
        assert "PKT-SERVER" in db.warning
    finally:
        db.close()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # stays so on the share
    con.close()


def test_a_local_database_uses_wal_and_has_no_warning(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
    assert db.warning is None
