"""The start scenario: each run is a fresh process, timed from before it is launched.

    python -m benchmarks.start program DATABASE    # the program, as `kttt --db DATABASE`
    python -m benchmarks.start floor               # a bare QApplication + QMainWindow

The program runs the real entry point (``kttt_desktop.cli.main``): the command line, the log, the
application, the window, the database opened in the background. Only Qt's event loop is replaced
by one that notes the moment the window has been painted ("shown"), then the moment the database
is open, no background work is left and the first screen has been painted with its rows
("ready"), then closes the window as the officer would. The first screen is the section
remembered in the settings (:data:`FIRST_SECTION`, written by the suite into the child's own data
folder).

Each child prints one JSON object: those two moments on the system's monotonic clock (the same
clock in every process, so the suite subtracts the moment it launched the child), the processor
time and the peak memory (``ru_maxrss``) of the child.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

FIRST_SECTION = "members"
TIMEOUT_S = 120.0


def settings_text() -> str:
    """The settings file of a start: the member list is the section remembered."""
    return f"[settings]\nversion=1\n\n[window]\nsection={FIRST_SECTION}\n"


def _report(shown: float, ready: float | None, **extra: object) -> None:
    """The moments, the processor time and the peak memory of this child, as JSON."""
    from benchmarks.measure import peak_mb

    print(json.dumps({"shown": shown, "ready": ready, "cpu_ms": time.process_time() * 1000,
                      "peak_mb": round(peak_mb(), 1), **extra}), flush=True)


def _paint_watch():  # noqa: ANN202 - a QObject made after Qt is imported
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        """Notes whether a widget it watches has received a paint event."""

        def __init__(self) -> None:
            super().__init__()
            self.painted = False

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    return PaintWatch()


def _until(marks: dict[str, float], states: dict[str, object]) -> dict[str, float]:
    """Process events until every state holds; ``marks`` gets the moment each began to hold
    (after the pass of the event loop in which it did, so a paint is counted whole). A state
    that stops holding is marked again when it holds again."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + TIMEOUT_S
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        now = time.monotonic()
        for name, state in states.items():
            if not state():
                marks.pop(name, None)
            elif name not in marks:
                marks[name] = now
        if len(marks) == len(states):
            return marks
        if now > deadline:
            raise TimeoutError(f"only {sorted(marks)} after {TIMEOUT_S:g} s")


def _shown(window) -> float:  # noqa: ANN001
    """The moment ``window`` (already shown) has been painted once."""
    watch = _paint_watch()
    window.installEventFilter(watch)
    shown = _until({}, {"painted": lambda: watch.painted})["painted"]
    window.removeEventFilter(watch)
    return shown


def floor() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    shown = _shown(window)
    window.close()
    del app
    _report(shown, None)


def _measured_loop(app) -> int:  # noqa: ANN001 - replaces QApplication.exec
    from kttt_desktop.ui import tasks
    from kttt_desktop.ui.main_window import MainWindow

    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    watch = _paint_watch()
    failed: list[object] = []

    def opened(_database: object) -> None:  # the first screen exists: watch its rows painted
        page = window.page(FIRST_SECTION)
        assert page is not None and window.stack.currentWidget() is page, "first screen not shown"
        page.view.viewport().installEventFilter(watch)

    window.database_opened.connect(opened)
    window.database_failed.connect(failed.append)
    shown = _shown(window)
    marks = _until({}, {
        "opened": lambda: window.database is not None or failed,
        "idle": lambda: tasks.pending() == 0,
        "painted": lambda: watch.painted or failed})
    if failed:
        raise RuntimeError(f"the database did not open: {failed[0]}")
    rows = window.page(FIRST_SECTION).model.rowCount()
    assert rows > 0, "the first screen has no rows"
    window.close()
    _report(shown, max(marks.values()), rows=rows)
    return 0


def program(database: str) -> int:
    from PySide6.QtWidgets import QApplication

    from kttt_desktop.cli import main

    QApplication.exec = _measured_loop  # type: ignore[method-assign]
    return main(["--db", database])


if __name__ == "__main__":
    if sys.argv[1] == "floor":
        floor()
    else:
        sys.exit(program(str(Path(sys.argv[2]))))
