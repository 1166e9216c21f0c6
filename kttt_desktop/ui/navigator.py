"""What a screen may ask of the window it is shown in: the :class:`Navigator`.

A section's screen gets this instead of the window (``SectionContext.navigator``), so it knows
nothing of the window's making and no screen imports it: the window implements it
(``ui.main_window.MainWindow``), a test may give its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kttt_desktop.services.office import OfficeProfile

MESSAGE_MS = 8000  # how long a message stays in the status bar


class Navigator(Protocol):
    backup_made: SignalInstance  # the BackupEntry of the day's automatic backup

    def show_message(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        """A short message in the status bar."""

    def open_record(self, table: str, record_id: int) -> bool:
        """Go to the section that shows records of ``table`` and show that one (False when no
        section shows such records)."""

    def show_section(self, key: str) -> QWidget | None:
        """Go to the section ``key``; its widget, or None while no database is open."""

    def office_saved(self, profile: OfficeProfile, edited_in: QWidget | None = None) -> None:
        """The office profile was saved (in the section ``edited_in``): every other section is
        built again on the office's area."""

    def restore_backup(self, source: Path | str) -> None:
        """Close the database, put the backup ``source`` back and open it again."""
