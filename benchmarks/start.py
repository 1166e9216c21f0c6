"""The start scenario: each run is a fresh process, timed from before it is launched.

    python -m benchmarks.start program DATABASE    # the program, as `kttt --db DATABASE`
    python -m benchmarks.start floor               # a bare QApplication + QMainWindow

The program runs the real entry point (``kttt_desktop.cli.main``): the command line, the log, the
application, the window, the database opened in the background. Only Qt's event loop is replaced
by one that notes the moment the window has been painted ("shown"), then the moment the database
is open, no background work is left and the first screen has been painted with what that work
brought ("ready"), then closes the window as the officer would. The first screen is the section
remembered in the settings, which the suite writes into the child's own data folder
(:func:`settings_text`): the overview, where a new installation opens, or the member list.

Each child prints one JSON object: those two moments on the system's monotonic clock (the same
clock in every process, so the suite subtracts the moment it launched the child), the processor
time and the peak memory (``ru_maxrss``) of the child.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

TIMEOUT_S = 120.0


def settings_text(section: str) -> str:
    """The settings file of a start whose remembered section is ``section``."""
    return f"[settings]\nversion=1\n\n[window]\nsection={section}\n"


def _report(shown: float, ready: float | None, **extra: object) -> None:
    """The moments, the processor time and the peak memory of this child, as JSON."""
    from benchmarks.measure import peak_mb

    print(json.dumps({"shown": shown, "ready": ready, "cpu_ms": time.process_time() * 1000,
                      "peak_mb": round(peak_mb(), 1), **extra}), flush=True)


def _paint_watch():
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


def when(condition, timeout_s: float = TIMEOUT_S) -> float:
    """Run Qt's event loop until ``condition()`` holds; the moment it was seen to hold
    (``time.monotonic``).

    The loop waits for events as the program's own loop does (a busy loop here would take the
    interpreter from the program's background thread); a timer looks every millisecond.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop, timer = QEventLoop(), QTimer()
    seen: list[float] = []

    def look() -> None:
        if condition():
            seen.append(time.monotonic())
            loop.quit()

    timer.timeout.connect(look)
    timer.start(1)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    timer.stop()
    if not seen:
        raise TimeoutError(f"not ready after {timeout_s:g} s")
    return seen[0]


def _shown(window) -> float:
    """The moment ``window`` (already shown) has been painted once."""
    watch = _paint_watch()
    window.installEventFilter(watch)
    shown = when(lambda: watch.painted)
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


def _measured_loop(app) -> int:
    from kttt_desktop.ui import tasks
    from kttt_desktop.ui.main_window import MainWindow

    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    failed: list[object] = []
    window.database_failed.connect(failed.append)
    shown = _shown(window)
    when(lambda: (window.database is not None or failed) and tasks.pending() == 0)
    if failed:
        raise RuntimeError(f"the database did not open: {failed[0]}")
    page = window.stack.currentWidget()
    assert page is window.page(window.current_section().key), "the first screen is not shown"
    # Painted now with everything the background work brought (had Qt painted it already, this
    # paints it once more: the moment is never early).
    page.repaint()
    ready = time.monotonic()
    model = getattr(page, "model", None)
    rows = model.rowCount() if model is not None else None
    window.close()
    _report(shown, ready, section=window.current_section().key, rows=rows)
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
