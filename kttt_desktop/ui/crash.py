"""What happens to an exception nobody caught: it is logged with its traceback and shown.

An expected error (:class:`~kttt_desktop.core.errors.KtttError`) that escapes a slot is shown as a
plain error message; anything else is a bug and gets the crash dialog, whose traceback the user can
copy. :func:`install` makes this the ``sys.excepthook``; background tasks report their bugs through
:func:`report`.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kttt_desktop.core.errors import KtttError
from kttt_desktop.logging_setup import log_file
from kttt_desktop.ui import msgbox

log = logging.getLogger(__name__)

_showing = False  # a second failure while the dialog is open is only logged


def install() -> None:
    sys.excepthook = handle_exception


def report(exc: BaseException) -> None:
    """Log and show an exception caught elsewhere (e.g. in a background task)."""
    handle_exception(type(exc), exc, exc.__traceback__)


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    global _showing
    if isinstance(exc, KtttError):
        log.warning("unhandled %s: %s", exc_type.__name__, exc.message)
        if QApplication.instance() is not None and not _showing:
            msgbox.error(QApplication.activeWindow(), exc.message, details=exc.details)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details.rstrip())
    if QApplication.instance() is None or _showing:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        msgbox.crash(QApplication.activeWindow(), QCoreApplication.translate(
            "Crash", "Chương trình gặp lỗi không mong đợi và thao tác vừa rồi có thể chưa "
            "hoàn tất. Dữ liệu đã lưu trước đó không bị ảnh hưởng.\n\nHãy bấm “Sao chép chi "
            "tiết” rồi gửi nội dung cho người hỗ trợ kỹ thuật. Chi tiết cũng được ghi trong "
            "nhật ký: {path}").format(path=log_file()), details)
    finally:
        _showing = False
