"""Where a database file lives: on this machine's disk, on a network share, or in a synced folder.

SQLite's locking is unreliable over SMB/NFS and its WAL mode needs shared memory that does not
work across machines; a sync client (OneDrive, Dropbox...) may upload a file half-written or make
"conflicted copies". A database found there is opened in rollback-journal mode (no WAL) and the
caller shows :attr:`Location.warning`. Detection: on Windows a UNC path or a drive whose type is
DRIVE_REMOTE; on Linux the file system type of the mount holding the path (/proc/self/mountinfo);
everywhere, folder names and environment variables of the common sync clients. macOS network
volumes are not detected (only synced folders are).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from kttt_desktop.core.enums import LabelledEnum
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "sshfs", "9p", "9p2000", "afs", "ceph",
    "glusterfs", "lustre", "davfs", "webdav", "ncpfs", "coda", "gfs2", "ocfs2", "drvfs",
    "rclone", "s3fs", "gcsfuse",
})
DRIVE_REMOTE = 4
# Folder names (compared without case) used by sync clients, with the name shown to the user.
_CLOUD_FOLDERS = (
    (re.compile(r"^onedrive\b"), "OneDrive"),
    (re.compile(r"^dropbox\b"), "Dropbox"),
    (re.compile(r"^(google ?drive|my drive|drive của tôi|shared drives)$"), "Google Drive"),
    (re.compile(r"^(icloud ?drive|mobile documents)$"), "iCloud"),
    (re.compile(r"^cloudstorage$"), "iCloud / CloudStorage"),
)
_CLOUD_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


class StorageKind(LabelledEnum):
    LOCAL = "local", QT_TRANSLATE_NOOP("StorageKind", "ổ đĩa của máy này")
    NETWORK = "network", QT_TRANSLATE_NOOP("StorageKind", "ổ mạng")
    CLOUD = "cloud", QT_TRANSLATE_NOOP("StorageKind", "thư mục đồng bộ đám mây")


@dataclass(frozen=True)
class Location:
    path: PurePath
    kind: StorageKind = StorageKind.LOCAL
    detail: str = ""  # the file system, the share or the sync client

    @property
    def is_local(self) -> bool:
        return self.kind is StorageKind.LOCAL

    @property
    def journal_mode(self) -> str:
        return "WAL" if self.is_local else "DELETE"

    @property
    def warning(self) -> str | None:
        """What to tell the user about this place, or ``None`` when it is safe."""
        if self.kind is StorageKind.NETWORK:
            return translate(
                "Location", "Cơ sở dữ liệu {path} nằm trên ổ mạng ({detail}). Trên ổ mạng, tệp có "
                "thể hỏng khi mạng chập chờn hoặc khi hai máy cùng ghi. Nên chép tệp về ổ đĩa của "
                "máy này (thư mục mặc định của chương trình) và dùng chức năng Sao lưu để gửi bản "
                "sao lên ổ mạng.").format(path=self.path, detail=self.detail)
        if self.kind is StorageKind.CLOUD:
            return translate(
                "Location", "Cơ sở dữ liệu {path} nằm trong thư mục đồng bộ {detail}. Phần mềm "
                "đồng bộ có thể chép tệp khi chương trình đang ghi dở, hoặc tạo các bản xung đột. "
                "Nên để cơ sở dữ liệu ở thư mục mặc định của chương trình và dùng chức năng Sao "
                "lưu để chép bản sao vào {detail}.").format(path=self.path, detail=self.detail)
        return None


def _unescape(field: str) -> str:
    """Mount points in mountinfo escape space, tab, newline and backslash as octal."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def mount_of(path: PurePosixPath, mountinfo: str) -> tuple[str, str, str] | None:
    """(mount point, file system type, source) of the mount holding ``path``."""
    best: tuple[str, str, str] | None = None
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields[6:]:
            continue
        separator = fields.index("-", 6)
        point = _unescape(fields[4])
        fs_type = fields[separator + 1] if len(fields) > separator + 1 else ""
        source = _unescape(fields[separator + 2]) if len(fields) > separator + 2 else ""
        if path.is_relative_to(point) and (best is None or len(point) >= len(best[0])):
            best = (point, fs_type, source)
    return best


def is_network_file_system(fs_type: str) -> bool:
    """``nfs4``, ``cifs``, ``fuse.sshfs``… are; ``ext4``, ``tmpfs``, ``fuse.portal`` are not."""
    base = fs_type.lower().removeprefix("fuse.").removeprefix("fuseblk.")
    return base in NETWORK_FILE_SYSTEMS


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))


def _read_mountinfo() -> str:
    try:
        return Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _network_detail(path: PurePath, platform: str, mountinfo: str | None,
                    drive_type: Callable[[str], int] | None) -> str | None:
    if platform == "win32":
        drive = path.drive
        if drive.startswith("\\\\") and not drive.startswith("\\\\?\\"):
            return drive  # \\server\share
        if drive.upper().startswith("\\\\?\\UNC\\"):
            return "\\\\" + drive[8:]
        if drive:
            root = drive[-2:] + "\\"
            if (drive_type or _windows_drive_type)(root) == DRIVE_REMOTE:
                return root
        return None
    if platform.startswith("linux"):
        found = mount_of(PurePosixPath(path), _read_mountinfo() if mountinfo is None else mountinfo)
        if found and is_network_file_system(found[1]):
            _point, fs_type, source = found
            return f"{fs_type} {source}".strip()
    return None


def _cloud_detail(path: PurePath, environ: Mapping[str, str], flavour: type[PurePath]) -> str | None:
    for variable in _CLOUD_VARIABLES:
        root = environ.get(variable)
        if root and path.is_relative_to(flavour(root)):
            return "OneDrive"
    for part in path.parent.parts:
        name = part.casefold()
        for pattern, label in _CLOUD_FOLDERS:
            if pattern.search(name):
                return label
    return None


def locate(path: Path | str, *, platform: str = sys.platform, mountinfo: str | None = None,
           environ: Mapping[str, str] | None = None,
           drive_type: Callable[[str], int] | None = None) -> Location:
    """Where ``path`` (an absolute, resolved path) lives.

    The keyword arguments exist for tests: the platform, the text of /proc/self/mountinfo, the
    environment and Windows' GetDriveTypeW default to this machine's.
    """
    flavour: type[PurePath] = PureWindowsPath if platform == "win32" else PurePosixPath
    pure = flavour(str(path))
    network = _network_detail(pure, platform, mountinfo, drive_type)
    if network:
        return Location(pure, StorageKind.NETWORK, network)
    cloud = _cloud_detail(pure, os.environ if environ is None else environ, flavour)
    if cloud:
        return Location(pure, StorageKind.CLOUD, cloud)
    return Location(pure)
