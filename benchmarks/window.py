"""The window scenarios: what the officer feels, from an event posted to the view painted.

    python -m benchmarks.window GROUP SETTING_JSON RUNS

Each group runs in a fresh child process (so it has its own peak memory): the program's own
start (``kttt_desktop.app.start``: the main window, the database opened in the background) on
the run's copy of the scale's database, offscreen, with the section to open on remembered in a
settings file of the child's own data folder. Once the window is settled (the database open,
the first screen shown and no background work left: the day's automatic backup included), each
run sends the events the officer's hand makes (QTest: a click on the navigation list, a key
typed in the search box, Down on a row, Ctrl+S, F5), then runs Qt's event loop as the program
does until the result is there and no background work is left, and paints the view: the clock
stops when that paint returns (a view Qt had already painted is painted once more; the moment is
never early).

Groups and the rows they give (``ROWS``):

- ``sections``: a click on each section of the navigation list, the section built (its widget is
  thrown away between runs, so each run is its first opening in a window that runs already; the
  first run of each also imports its modules, as the program's first opening of it does: the
  slowest run) to its data shown. For Báo cáo and Kiểm tra dữ liệu also the first paint of the
  section, before its data arrive;
- ``search``: one key typed in the member list's search box, to the first rows of the results
  painted (the wait of the search after a key included; the count may follow). The keys type
  six names in turn, one run each;
- ``record``: Down in the member list, to the next member's record shown in the form; then
  the phone number edited and Ctrl+S, to the record saved and the list read again with the row
  selected;
- ``dashboard``: another period chosen on Tổng quan, to its cards, table and charts painted;
- ``checks``: F5 on Kiểm tra dữ liệu, to the findings of the new run painted.

The child prints one JSON object: for each row the wall and processor times of its runs, and the
peak memory of the child (``ru_maxrss``).

The floors of some rows (``*_floor``, run by benchmarks.child like any other path): the same data
read or computed by the service alone, without a window, so that the ratio says what the window
adds to the work it waits for.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.measure import Prepared, Setting, peak_mb

TIMEOUT_S = 300.0
LIGHT = ("settings", "exchange")  # sections without data to wait for, to leave one from
PERIODS = ("2023-Q1", "2023-Q2", "2023-H1", "2023-Q3", "2023-M9", "2023-Q4", "2023")
CHANGED_PHONE = "0912{:06d}"

GROUPS: dict[str, tuple[str, int]] = {  # the section the window opens on, runs per repetition
    "sections": ("settings", 1), "search": ("members", 5), "record": ("members", 2),
    "dashboard": ("overview", 2), "checks": ("checks", 1),
}


def section_row(key: str) -> str:
    return f"window.section.{key}"


class Window:
    """The program's main window on the database, and the means to wait for it."""

    def __init__(self, database: Path, section: str, data_dir: Path) -> None:
        from PySide6.QtWidgets import QApplication  # noqa: F401 - made by create_application

        from benchmarks.start import settings_text
        from kttt_desktop import app
        from kttt_desktop.ui import msgbox
        from kttt_desktop.ui.settings import Settings

        settings = data_dir / "settings.ini"
        settings.write_text(settings_text(section), encoding="utf-8")
        self.app = app.create_application()
        self.answers = msgbox.Recorder()  # no dialog waits for a click
        msgbox.set_recorder(self.answers)
        self.window = app.start(database, Settings(settings))
        self.window.resize(1366, 768)
        self.settle()
        assert self.window.database is not None, "the database did not open"

    def until(self, condition: Callable[[], bool]) -> float:
        """Run the event loop until ``condition()`` holds (benchmarks.start.when); the moment
        it was seen to hold, on the clock of the runs."""
        from benchmarks.start import when

        if not condition():
            when(condition, TIMEOUT_S)
        return time.perf_counter()

    def idle(self) -> bool:
        """No background work under way, no search waiting for its delay."""
        from kttt_desktop.ui import tasks

        page = self.page()
        timer = getattr(page, "search_timer", None)
        return tasks.pending() == 0 and not (timer is not None and timer.isActive())

    def settle(self) -> float:
        return self.until(lambda: self.window.database is not None and self.idle())

    def page(self) -> Any:
        return self.window.stack.currentWidget()

    def painted(self) -> float:
        """Paint the section shown now (and its children), here and now; the moment after."""
        self.page().repaint()
        return time.perf_counter()

    def after(self, signal: Any, send: Callable[[], None]) -> tuple[float, float, float]:
        """``send()`` the officer's events, run until ``signal`` came and nothing is left to do,
        paint: when it started (wall, processor) and the moment after the paint."""
        came: list[object] = []
        signal.connect(came.append)
        started, cpu = time.perf_counter(), time.process_time()
        send()
        self.until(lambda: bool(came) and self.idle())
        moment = self.painted()
        signal.disconnect(came.append)
        return started, cpu, moment

    def errors(self) -> list[str]:
        return self.answers.texts("error") + self.answers.texts("crash")

    # Events the officer's hand makes ----------------------------------------------------------

    def click_section(self, key: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        navigation = self.window.navigation
        row = [s.key for s in self.window.sections].index(key)
        point = navigation.visualItemRect(navigation.item(row)).center()
        QTest.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, point)

    @staticmethod
    def key(widget: Any, key: Any, modifiers: Any = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key, modifiers or Qt.KeyboardModifier.NoModifier)

    def go_to(self, key: str) -> None:
        """Show section ``key`` and wait until it is settled (not timed)."""
        self.window.show_section(key)
        self.settle()


class FirstPaint:
    """Notes the first paint of a widget inside the section shown, once another is shown."""

    def __init__(self, window: Window) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.window = window
        self.before = window.page()
        self.moment: float | None = None
        self.cpu = 0.0  # the processor time of the process then
        paint = QEvent.Type.Paint

        class Watch(QObject):
            def eventFilter(inner, receiver: Any, event: Any) -> bool:  # noqa: N802, N805
                if self.moment is None and event.type() == paint:
                    page = window.page()
                    if page is not self.before and (receiver is page or (
                            hasattr(receiver, "isWidgetType") and receiver.isWidgetType()
                            and page.isAncestorOf(receiver))):
                        self.moment, self.cpu = time.perf_counter(), time.process_time()
                return False

        self.watch = Watch()
        window.app.installEventFilter(self.watch)

    def wait(self) -> tuple[float, float]:
        """The moment of the first paint, and the processor time then."""
        self.window.until(lambda: self.moment is not None)
        self.window.app.removeEventFilter(self.watch)
        assert self.moment is not None
        return self.moment, self.cpu


Times = dict[str, dict[str, list[float]]]


def _note(times: Times, row: str, started: float, cpu: float, moment: float,
          cpu_then: float | None = None) -> None:
    """A run of ``row``: from ``started`` to ``moment``, the processor time from ``cpu`` to now
    (or to ``cpu_then``)."""
    entry = times.setdefault(row, {"wall_ms": [], "cpu_ms": []})
    entry["wall_ms"].append((moment - started) * 1000)
    entry["cpu_ms"].append(((time.process_time() if cpu_then is None else cpu_then) - cpu) * 1000)


def sections(window: Window, runs: int, _setting: Setting) -> Times:
    times: Times = {}
    for section in window.window.sections:
        key = section.key
        for _ in range(runs):
            window.go_to(LIGHT[0] if key != LIGHT[0] else LIGHT[1])
            window.window.rebuild_sections()  # the section is built again
            first = FirstPaint(window)
            started, cpu = time.perf_counter(), time.process_time()
            window.click_section(key)
            painted, cpu_painted = first.wait()
            window.settle()
            moment = window.painted()
            assert window.window.current_section().key == key
            _note(times, section_row(key), started, cpu, moment)
            if key in ("returns", "checks"):
                _note(times, f"window.{key}.first", started, cpu, painted, cpu_painted)
    return times


def search(window: Window, runs: int, _setting: Setting) -> Times:
    from PySide6.QtCore import Qt

    from benchmarks.registers import KEYSTROKES

    screen = window.page()
    box = screen.search
    box.setFocus()
    times: Times = {}
    for number in range(-2, runs):
        typed = KEYSTROKES[number % len(KEYSTROKES)]
        if box.text() != typed[:-1]:  # the name typed so far (not timed)
            box.setText(typed[:-1])
            window.settle()
        char = typed[-1]
        key = Qt.Key.Key_Space if char == " " else getattr(Qt.Key, f"Key_{char.upper()}")
        started, cpu = time.perf_counter(), time.process_time()
        window.key(box, key)
        assert box.text() == typed, box.text()
        window.until(lambda typed=typed: screen.model.query.search == typed)
        moment = window.painted()
        if number >= 0:
            _note(times, "window.search", started, cpu, moment)
        window.settle()  # the count, when it comes after the rows
    return times


def _clean_members(window: Window, count: int) -> list[int]:
    """Members the list shows first whose record saves without a warning to answer."""
    from kttt_desktop.services.registers.records import check_record, load_record

    database, model = window.window.database, window.page().model
    found = []
    for row in range(min(model.rowCount(), 200)):
        member = model.record_id(row)
        values = load_record(database, "member", member)
        if not check_record(database, "member", values, member).all:
            found.append(row)
        if len(found) == count:
            break
    assert found, "no member saves without warnings"
    return found


def record(window: Window, runs: int, _setting: Setting) -> Times:
    from PySide6.QtCore import Qt

    screen = window.page()
    view, form = screen.view, screen.form
    rows = _clean_members(window, runs + 2)
    times: Times = {}
    for number in range(-2, runs):
        row = rows[number % len(rows)]
        view.setFocus()
        view.selectRow(row - 1 if row else 1)  # the row above (the Down key moves from it)
        window.settle()
        member = screen.model.record_id(row)
        started, cpu = time.perf_counter(), time.process_time()
        window.key(view, Qt.Key.Key_Up if row == 0 else Qt.Key.Key_Down)
        window.until(lambda member=member: form.record_id == member)
        moment = window.painted()
        if number >= 0:
            _note(times, "window.record.open", started, cpu, moment)
        form.ui.phone.setText(CHANGED_PHONE.format(number % 1_000_000))
        assert form.is_dirty(), "the phone edited makes the record unsaved"
        started, cpu, moment = window.after(form.saved, lambda: window.key(
            form.ui.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier))
        assert not form.is_dirty() and screen.current_id() == member, window.errors()
        if number >= 0:
            _note(times, "window.record.save", started, cpu, moment)
    return times


def dashboard(window: Window, runs: int, _setting: Setting) -> Times:
    from PySide6.QtCore import QTimer

    from kttt_desktop.core.periods import Period

    page = window.page()
    times: Times = {}
    for number in range(-1, runs):
        period = Period.parse(PERIODS[number % len(PERIODS)])
        if page.period() == period:
            period = Period.parse(PERIODS[(number + 1) % len(PERIODS)])
        started, cpu, moment = window.after(page.loaded, lambda period=period: QTimer.singleShot(
            0, lambda: page.ui.period.set_period(period)))
        assert page.overview.period == period
        if number >= 0:
            _note(times, "window.dashboard.period", started, cpu, moment)
    return times


def checks(window: Window, runs: int, _setting: Setting) -> Times:
    from PySide6.QtCore import Qt

    page = window.page()
    times: Times = {}
    for number in range(-1, runs):
        started, cpu, moment = window.after(page.checked,
                                            lambda: window.key(page, Qt.Key.Key_F5))
        if number >= 0:
            _note(times, "window.checks.run", started, cpu, moment)
    return times


RUNNERS: dict[str, Callable[[Window, int, Setting], Times]] = {
    "sections": sections, "search": search, "record": record, "dashboard": dashboard,
    "checks": checks,
}


# Floors -----------------------------------------------------------------------------------------

def _service(setting: Setting, work: Callable[[Any], object]) -> Prepared:
    from kttt_desktop.data.database import open_database

    database = open_database(setting.database, read_only=True)
    return Prepared(lambda _: work(database), database.close)


def returns_floor(setting: Setting, _path: str) -> Prepared:
    from kttt_desktop.core.periods import Period
    from kttt_desktop.services.returns import return_overview

    period = Period.parse(setting.period)
    return _service(setting, lambda database: return_overview(database, period))


def checks_floor(setting: Setting, _path: str) -> Prepared:
    from kttt_desktop.services.findings import run_rules

    return _service(setting, run_rules)


def dashboard_floor(setting: Setting, _path: str) -> Prepared:
    from kttt_desktop.core.periods import Period
    from kttt_desktop.services.overview import load_overview

    periods = [Period.parse(p) for p in PERIODS]
    runs = iter(range(1_000_000))
    return _service(setting, lambda database: load_overview(
        database, periods[next(runs) % len(periods)]))


def record_floor(setting: Setting, _path: str) -> Prepared:
    from benchmarks.registers import raw_connection

    raw = raw_connection(setting.database)
    members = [row[0] for row in raw.execute("SELECT id FROM member ORDER BY name_sort LIMIT 64")]

    def floor(number: int) -> None:
        assert raw.execute("SELECT * FROM member WHERE id = ?",
                           (members[number % len(members)],)).fetchone()

    return Prepared(floor, raw.close)


def main(argv: list[str]) -> int:
    import os

    group, setting_json, runs = argv
    setting = Setting.from_json(json.loads(setting_json))
    window = Window(setting.database, GROUPS[group][0], Path(os.environ["KTTT_DATA_DIR"]))
    try:
        times = RUNNERS[group](window, int(runs), setting)
        problems = window.errors()
        assert not problems, problems
    finally:
        window.window.close()
    print(json.dumps({"rows": times, "peak_mb": round(peak_mb(), 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
