"""A page's count of background tasks, shown by its progress bar and status line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QProgressBar


class BusyState:
    """Tasks under way on a page: the progress bar shows while there is one, the status line
    says what is being done, and ``changed`` runs whenever the count changes (enable buttons).

    When the last task stops and the status line still says what it was doing ("Đang chuẩn bị
    bản xem trước…"), it says again what it said before (the task told nothing of its own).
    """

    def __init__(self, progress: QProgressBar, status: QLabel,
                 changed: Callable[[], None]) -> None:
        self.progress, self.status, self.changed = progress, status, changed
        self.count = 0
        self._before = ""  # the status line before the first task started
        self._said = ""  # what the status line was last told about the work under way
        progress.setVisible(False)

    @property
    def active(self) -> bool:
        return self.count > 0

    def start(self, message: str) -> None:
        if self.count == 0:
            self._before = self.status.text()
        self.count += 1
        self.progress.setRange(0, 0)  # moving, until a task says how far it is
        self.progress.setVisible(True)
        self._say(message)
        self.changed()

    def stop(self) -> None:
        self.count -= 1
        if self.count == 0:
            self.progress.setVisible(False)
            if self.status.text() == self._said:
                self.status.setText(self._before)
        self.changed()

    def step(self, step: int, steps: int, message: str) -> None:
        """A task's ``on_progress``: how far it is, and what it does now."""
        self.progress.setRange(0, max(steps, 1))
        self.progress.setValue(step)
        self._say(message)

    def _say(self, message: str) -> None:
        self._said = message
        self.status.setText(message)
