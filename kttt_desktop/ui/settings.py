"""The program's settings: one INI file in the data folder, never the Windows registry.

Options are declared once, as typed class attributes of :class:`Settings` with their default
(``last_section = Option("window/section", "overview")``); reading one gives a value of the
default's type, assigning one stores it. UI state (the window, the column widths of each list)
has its own helpers. The file carries a settings version so a later version can migrate it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView

from kttt_desktop.languages import LANGUAGE_KEY, SOURCE_LANGUAGE
from kttt_desktop.system.paths import settings_file
from kttt_desktop.ui.screen_fit import available_area, clamp_to_screen, is_small_screen

T = TypeVar("T")

SETTINGS_VERSION = 1
WINDOW_STATE_VERSION = 1  # bump when the main window's docks and toolbars change
DEFAULT_WINDOW_SIZE = (1180, 760)


class Option(Generic[T]):
    """A typed setting with a default; a class attribute of :class:`Settings`."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    @overload
    def __get__(self, settings: None, owner: type) -> Option[T]: ...
    @overload
    def __get__(self, settings: Settings, owner: type) -> T: ...

    def __get__(self, settings: Settings | None, owner: type) -> Option[T] | T:
        if settings is None:
            return self
        return settings.qsettings.value(self.key, self.default, type=type(self.default))

    def __set__(self, settings: Settings, value: T) -> None:
        settings.qsettings.setValue(self.key, value)


class Settings:
    """The settings file (``kttt_desktop.system.paths.settings_file()`` unless a path is given)."""

    version = Option("settings/version", 0)
    last_section = Option("window/section", "overview")
    language = Option(LANGUAGE_KEY, SOURCE_LANGUAGE)  # of the interface; applies at the next start

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else settings_file()
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self.version < SETTINGS_VERSION:
            # Migrations from older versions go here, step by step, before the version is raised.
            self.version = SETTINGS_VERSION

    def value(self, key: str, default: T) -> T:
        """An undeclared setting of the default's type (prefer declaring an :class:`Option`)."""
        return self.qsettings.value(key, default, type=type(default))

    def set_value(self, key: str, value: Any) -> None:
        self.qsettings.setValue(key, value)

    def sync(self) -> None:
        self.qsettings.sync()

    # The main window -------------------------------------------------------------------------

    def save_window(self, window: QMainWindow) -> None:
        self.qsettings.setValue("window/geometry", window.saveGeometry())
        self.qsettings.setValue("window/state", window.saveState(WINDOW_STATE_VERSION))

    def restore_window(self, window: QMainWindow) -> bool:
        """Put the window back where it was, inside a screen that still exists.

        Returns False (and gives the window its default size, centred, maximised on a small
        screen) when nothing was saved.
        """
        geometry = self._bytes("window/geometry")
        restored = geometry is not None and window.restoreGeometry(geometry)
        if restored:
            state = self._bytes("window/state")
            if state is not None:
                window.restoreState(state, WINDOW_STATE_VERSION)
        else:
            area = available_area(window)
            width, height = DEFAULT_WINDOW_SIZE
            window.resize(min(width, int(area.width() * 0.9)), min(height, int(area.height() * 0.9)))
            frame = window.frameGeometry()
            frame.moveCenter(area.center())
            window.move(frame.topLeft())
            if is_small_screen(area):  # every pixel counts on a 1366×768 screen
                window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        clamp_to_screen(window)
        return restored

    # Lists -----------------------------------------------------------------------------------

    def save_header(self, key: str, view: QTableView) -> None:
        """Remember the column widths, order and sort column of the list called ``key``."""
        header = view.horizontalHeader()
        self.qsettings.setValue(f"lists/{key}/header", header.saveState())
        self.qsettings.setValue(f"lists/{key}/columns", header.count())

    def restore_header(self, key: str, view: QTableView) -> bool:
        """Put back what :meth:`save_header` stored; call it after the view has its model.

        A state saved for another number of columns (the list has changed) is ignored.
        """
        header = view.horizontalHeader()
        state = self._bytes(f"lists/{key}/header")
        if state is None or self.value(f"lists/{key}/columns", -1) != header.count():
            return False
        return header.restoreState(state)

    def track_header(self, key: str, view: QTableView) -> None:
        """Restore the list's columns now and save them whenever the user changes them."""
        self.restore_header(key, view)
        header: QHeaderView = view.horizontalHeader()

        def save(*_: object) -> None:
            self.save_header(key, view)

        header.sectionResized.connect(save)
        header.sectionMoved.connect(save)
        header.sortIndicatorChanged.connect(save)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
