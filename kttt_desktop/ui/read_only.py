"""Read-only windows: one mechanism for every screen.

A database that another program writes to is opened read-only (the window says so in a banner);
one whose writer lock was taken over stops writing. Either way ``Database.writable`` is false,
and every widget that changes the database asks it: the base classes of the registers
(:class:`~kttt_desktop.ui.registers.record_form.RecordForm`,
:class:`~kttt_desktop.ui.registers.panel.RecordPanel`, the trash), the office profile, the
returns page and the backup page. A new screen does the same: call :func:`refuse_edits` on its
editing buttons once, include ``database.writable`` wherever it computes whether one is enabled,
and return early from the methods that write. Underneath, SQLite itself refuses the writes (the
connection is read-only, or ``query_only`` once the lock is lost), so a button forgotten here
ends in a clear message, never in a silent change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kttt_desktop.data.database import Database


def read_only_tip() -> str:
    return QCoreApplication.translate(
        "ReadOnly", "Chỉ đọc: cơ sở dữ liệu đang được một chương trình khác mở để ghi.")


def refuse_edits(database: Database, *widgets: QWidget) -> bool:
    """Disable ``widgets`` (they change the database) when ``database`` may not be written,
    with a tooltip that says why; whether it may be written."""
    if database.writable:
        return True
    for widget in widgets:
        widget.setEnabled(False)
        widget.setToolTip(read_only_tip())
    return False
