"""Turning database failures caused by the environment into messages for the user."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from kttt_desktop.core.errors import DatabaseCorrupt, DatabaseLocked, DiskFull, KtttError
from kttt_desktop.core.i18n import translate
from kttt_desktop.data import engines


def classify(exc: BaseException, path: Path | str, url: URL | None = None) -> KtttError | None:
    """The user-facing error for an environment failure, or ``None`` for a bug. ``url``: the
    server's, for a database on a server (its driver's failures are told there)."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if original is not None and engines.is_server_error(original):
        return engines.server_problem(original, str(path), url)
    if isinstance(original, OSError) and original.errno == errno.ENOSPC:
        return DiskFull(translate(
            "Database", "Ổ đĩa đã đầy, không ghi được {path}. Hãy giải phóng dung lượng rồi thử "
            "lại; dữ liệu đã có không bị ảnh hưởng.").format(path=path))
    if not isinstance(original, sqlite3.Error):
        return None
    text = str(original).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(translate(
            "Database", "Cơ sở dữ liệu {path} đang bị một chương trình khác khóa. Hãy thử lại sau "
            "ít phút.").format(path=path))
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(translate(
            "Database", "Ổ đĩa đã đầy, không ghi được {path}. Hãy giải phóng dung lượng rồi thử "
            "lại; dữ liệu đã có không bị ảnh hưởng.").format(path=path))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseCorrupt(translate(
            "Database", "Cơ sở dữ liệu {path} bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất."
        ).format(path=path))
    if "readonly" in text or "read-only" in text:
        return DatabaseLocked(translate(
            "Database", "Không ghi được vào {path}: tệp chỉ cho phép đọc.").format(path=path))
    if "unable to open" in text or "disk i/o" in text:
        return DatabaseCorrupt(translate(
            "Database", "Không đọc/ghi được cơ sở dữ liệu {path} (lỗi vào/ra của ổ đĩa).").format(
                path=path))
    return None


@contextmanager
def environment_errors(path: Path | str, url: URL | None = None) -> Iterator[None]:
    """Re-raise environment failures inside the block as the matching :class:`KtttError`."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        known = classify(exc, path, url)
        if known is None:
            raise
        raise known from exc
