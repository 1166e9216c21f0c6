"""Writing files so that a crash, a full disk or a locked file never leaves a half-written one.

Every file the program writes for the user (Excel and PDF returns, exports, copies) goes through
:func:`replacing` (a path to hand to a library that writes by file name: openpyxl, xlsxwriter,
reportlab) or :func:`replacing_file` (a binary file object)::

    with replacing(target) as path:
        workbook.save(path)

    with replacing_file(target) as f:
        f.write(data)

The content is written to a hidden temporary file in the target's folder, flushed to the disk,
then renamed onto the target in one step (:func:`os.replace`). If the block raises, the temporary
file is removed and the previous target is left as it was; a killed process leaves the old file
or the new one, never a mix (and at worst a hidden ``.name.xxxx.tmp`` file, removed by the next
write to the same target once it is an hour old). A full disk becomes :class:`DiskFull`, a
refused write (no permission, the file open in Excel on Windows) :class:`FileUnreadable`, both
with a Vietnamese message naming the file.
"""

from __future__ import annotations

import errno
import os
import secrets
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from kttt_desktop.core.errors import DiskFull, FileUnreadable, KtttError
from kttt_desktop.core.i18n import translate

LEFTOVER_AGE_S = 3600
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_REFUSED = {errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY, errno.ETXTBSY}
# A folder on the way that is a file, or that cannot be made: the path itself is wrong.
_UNREACHABLE = {errno.ENOTDIR, errno.EEXIST, errno.ENOENT, errno.EISDIR, errno.ENAMETOOLONG,
                errno.EINVAL}


def write_error(exc: OSError, path: Path | str) -> KtttError | None:
    """The user-facing error for a failed write to ``path``, or ``None`` when it is not one."""
    if exc.errno in _FULL:
        return DiskFull(translate(
            "Files", "Ổ đĩa đã đầy, không ghi được {path}. Hãy giải phóng dung lượng rồi thử lại; "
            "tệp cũ (nếu có) vẫn còn nguyên.").format(path=path))
    if isinstance(exc, PermissionError) or exc.errno in _REFUSED:
        return FileUnreadable(translate(
            "Files", "Không ghi được {path}: tệp đang được mở trong một chương trình khác (ví dụ "
            "Excel) hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn thư mục khác rồi thử "
            "lại.").format(path=path))
    if exc.errno in _UNREACHABLE:
        return FileUnreadable(translate(
            "Files", "Không ghi được {path}: {reason}. Hãy chọn thư mục khác rồi thử lại.").format(
                path=path, reason=exc.strerror or exc))
    return None


@contextmanager
def write_errors(path: Path | str) -> Iterator[None]:
    """Re-raise a failed write inside the block as :class:`DiskFull` or :class:`FileUnreadable`."""
    try:
        yield
    except OSError as exc:
        known = write_error(exc, path)
        if known is None:
            raise
        raise known from exc


def fsync_path(path: Path) -> None:
    """Flush a file already written and closed (by a library) to the disk."""
    with open(path, "r+b") as f:  # Windows flushes only a handle open for writing
        os.fsync(f.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to flush)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network shares, FUSE) refuse to flush a folder
        pass
    finally:
        os.close(fd)


def temporary_name(target: Path) -> Path:
    """A fresh hidden name beside ``target`` that keeps its extension (for libraries that check it)."""
    return target.with_name(f".{target.stem}.{secrets.token_hex(4)}.tmp{target.suffix}")


def _remove_leftovers(target: Path) -> None:
    """Remove temporary files of ``target`` left by a killed process (old ones only: a running
    writer's file is young)."""
    limit = time.time() - LEFTOVER_AGE_S
    for leftover in target.parent.glob(f".{target.stem}.*.tmp{target.suffix}"):
        try:
            if leftover.stat().st_mtime < limit:
                leftover.unlink()
        except OSError:
            pass


@contextmanager
def replacing(target: Path | str, *, durable: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write; when the block ends, it replaces ``target`` durably.

    The path does not exist yet when the block starts (libraries that refuse to overwrite work).
    ``durable=False`` skips flushing to the disk, for small files a power cut may lose (locks).
    """
    target = Path(target)
    with write_errors(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(target)
        partial = temporary_name(target)
        try:
            yield partial
            if durable:
                fsync_path(partial)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        if durable:
            fsync_folder(target.parent)


@contextmanager
def replacing_file(target: Path | str, *, durable: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file to write; when the block ends, it replaces ``target`` durably."""
    with replacing(target, durable=durable) as partial, open(partial, "xb") as f:
        yield f


def write_workbook(workbook: Any, path: Path) -> None:
    """Save an openpyxl ``workbook`` to the new file ``path`` as ``Workbook.save`` does, except
    that a failed write (a full disk) closes the archive at once, quietly: left open, it would
    try to flush again when collected and print a second error after the user's message."""
    from openpyxl.writer import excel

    if workbook.write_only and not workbook.worksheets:
        workbook.create_sheet()
    archive = excel.ZipFile(path, "w", excel.ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    try:
        excel.ExcelWriter(workbook, archive).save()
    except BaseException:
        close_quietly(archive)
        raise


def close_quietly(archive: zipfile.ZipFile) -> None:
    """Close a zip archive being written whose writing failed, ignoring the errors of closing it
    (they repeat the failure already being raised)."""
    with suppress(Exception):
        archive.close()
    if archive.fp is not None:
        with suppress(Exception):
            archive.fp.close()
        archive.fp = None


def save_workbook(workbook: Any, target: Path | str) -> Path:
    """Write an openpyxl ``workbook`` to ``target``, replacing it in one step."""
    with replacing(target) as partial:
        write_workbook(workbook, partial)
    return Path(target)


def write_bytes(target: Path | str, data: bytes, *, durable: bool = True) -> None:
    """Replace ``target`` with ``data`` (see :func:`replacing_file`)."""
    with replacing_file(target, durable=durable) as f:
        f.write(data)
