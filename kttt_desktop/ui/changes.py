"""Screens told what changed: after a write in the background, the tables it changed.

A write started with :func:`kttt_desktop.ui.tasks.run_write` collects the registers its units of
work committed (``data.changes``); once it is done, :data:`ChangeBus.did_execute` carries them,
with the object that started the write (its ``owner``), to every screen that listens, as Anki's
``operation_did_execute`` does. A screen refreshes what it shows when the change concerns it:
at once while it is shown, else when it is next shown (:class:`Staleness`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kttt_desktop.data.changes import Changed


class ChangeBus(QObject):
    did_execute = Signal(object, object)  # Changed, the object that started the write (or None)


_bus: ChangeBus | None = None


def bus() -> ChangeBus:
    """The bus of the application (made on first use, on the GUI thread)."""
    global _bus
    if _bus is None:
        _bus = ChangeBus()
    return _bus


def announce(changed: Changed, initiator: object = None) -> None:
    if changed.tables:
        bus().did_execute.emit(changed, initiator)


class Staleness(QObject):
    """Refreshes a screen when a change made elsewhere concerns it: ``refresh()`` at once while
    ``screen`` is visible, else the next time it is shown (the screen calls :meth:`shown` from
    its showEvent). ``concerns(changed)`` says whether a change does (default: any). A write the
    screen started itself (from it, a widget inside it or a dialog it opened) is its own business."""

    def __init__(self, screen: QWidget, refresh: Callable[[], object],
                 concerns: Callable[[Changed], bool] | None = None) -> None:
        super().__init__(screen)
        self.screen = screen
        self.refresh = refresh
        self.concerns = concerns or (lambda _changed: True)
        self.stale = False
        bus().did_execute.connect(self._changed)

    def _changed(self, changed: Changed, initiator: object) -> None:
        if not self.concerns(changed) or self._started_here(initiator):
            return
        if self.screen.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def _started_here(self, initiator: object) -> bool:
        """Whether ``initiator`` is the screen or one of its children, also in a dialog of its
        own (QWidget.isAncestorOf stops at a window)."""
        while isinstance(initiator, QObject):
            if initiator is self.screen:
                return True
            initiator = initiator.parent()
        return False

    def shown(self) -> bool:
        """Refresh if a change came while hidden; whether it did."""
        if not self.stale:
            return False
        self.stale = False
        self.refresh()
        return True
