"""The reason an operating-system call failed, in the interface language.

``OSError.strerror`` is the C library's English ("No such file or directory"), or on Windows the
system's own language; a message that names a file and why it could not be read or written says
the why in Vietnamese for the errors an officer meets.
"""

from __future__ import annotations

import errno

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("OsErrors", "không có tệp hoặc thư mục này"),
    errno.EACCES: QT_TRANSLATE_NOOP("OsErrors", "không có quyền"),
    errno.EPERM: QT_TRANSLATE_NOOP("OsErrors", "không có quyền"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("OsErrors", "ổ đĩa đã đầy"),
    errno.EROFS: QT_TRANSLATE_NOOP("OsErrors", "ổ đĩa chỉ cho đọc"),
    errno.EISDIR: QT_TRANSLATE_NOOP("OsErrors", "đó là một thư mục"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("OsErrors", "một phần của đường dẫn không phải là thư mục"),
    errno.EEXIST: QT_TRANSLATE_NOOP("OsErrors", "đã có tệp hoặc thư mục tên này"),
    errno.EBUSY: QT_TRANSLATE_NOOP("OsErrors", "tệp đang được dùng"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("OsErrors", "tên tệp quá dài"),
    errno.EIO: QT_TRANSLATE_NOOP("OsErrors", "lỗi đọc ghi ổ đĩa"),
}
_WINDOWS_REASONS = {  # OSError.winerror: what Windows says when another program holds the file
    32: QT_TRANSLATE_NOOP("OsErrors", "tệp đang mở trong một chương trình khác"),
    33: QT_TRANSLATE_NOOP("OsErrors", "tệp đang mở trong một chương trình khác"),
}


def os_reason(exc: OSError) -> str:
    """Why ``exc`` happened, in words for the officer (the system's own words when we have
    none)."""
    text = _WINDOWS_REASONS.get(getattr(exc, "winerror", None) or 0) or _REASONS.get(exc.errno or 0)
    if text is not None:
        return translate("OsErrors", text)
    return exc.strerror or str(exc)
