"""Background work: outcomes arrive on the GUI thread, writes never overlap, bugs reach the user."""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QWidget

from kttt_desktop.core.errors import DatabaseLocked, InputError
from kttt_desktop.ui import tasks


def on_gui_thread() -> bool:
    return QThread.currentThread() is QCoreApplication.instance().thread()


def test_the_result_arrives_on_the_gui_thread(qtbot):
    seen = {}

    def work(a, b, *, c):
        seen["worker"] = threading.get_ident()
        return a + b + c

    def done(result):
        seen["result"] = result
        seen["done_on_gui"] = on_gui_thread()

    task = tasks.run_task(work, 1, 2, c=3, on_done=done,
                          on_finished=lambda: seen.setdefault("finished_on_gui", on_gui_thread()))
    with qtbot.waitSignal(task.finished):
        pass
    assert seen == {"worker": seen["worker"], "result": 6, "done_on_gui": True,
                    "finished_on_gui": True}
    assert seen["worker"] != threading.get_ident()
    assert task.is_finished and tasks.pending() == 0


def test_an_expected_error_goes_to_on_error_on_the_gui_thread(qtbot, msgbox_answers):
    errors, done, finished = [], [], []

    def work():
        raise InputError("Hãy nhập tên cơ quan.")

    task = tasks.run_write(work, on_done=done.append,
                           on_error=lambda exc: errors.append((exc, on_gui_thread())),
                           on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: task.is_finished)
    assert [(e.message, gui) for e, gui in errors] == [("Hãy nhập tên cơ quan.", True)]
    assert done == [] and finished == [True]
    assert msgbox_answers.shown == []


def test_without_on_error_the_message_is_shown(qtbot, msgbox_answers):
    def work():
        raise DatabaseLocked("Cơ sở dữ liệu đang bị một chương trình khác khóa.")

    task = tasks.run_task(work)
    qtbot.waitUntil(lambda: task.is_finished)
    assert msgbox_answers.texts("error") == ["Cơ sở dữ liệu đang bị một chương trình khác khóa."]


def test_a_bug_in_a_worker_is_logged_and_shown_with_its_traceback(qtbot, msgbox_answers, caplog):
    errors = []

    def compute_the_total():
        return {}["tổng"]

    task = tasks.run_task(compute_the_total, on_error=errors.append)
    qtbot.waitUntil(lambda: task.is_finished)
    (crash,) = msgbox_answers.take("crash")
    assert "lỗi không mong đợi" in crash.text
    assert "compute_the_total" in crash.details and "KeyError: 'tổng'" in crash.details
    assert errors == []  # a bug is not an expected error
    assert any("compute_the_total" in r.getMessage() for r in caplog.records
               if r.levelname == "ERROR")


def test_writes_never_overlap_and_run_in_order(qtbot):
    spans: list[tuple[str, float, float]] = []

    def write(name):
        start = time.perf_counter()
        time.sleep(0.15)
        spans.append((name, start, time.perf_counter()))

    started = [tasks.run_write(write, name) for name in ("a", "b", "c")]
    qtbot.waitUntil(lambda: all(t.is_finished for t in started), timeout=5000)
    assert [name for name, _, _ in spans] == ["a", "b", "c"]
    for (_, _, end), (_, start, _) in zip(spans, spans[1:], strict=False):
        assert start >= end


def test_reads_do_run_side_by_side(qtbot):
    """The overlap measure of the test above does see overlap when there is some."""
    spans: list[tuple[float, float]] = []

    def read():
        start = time.perf_counter()
        time.sleep(0.3)
        spans.append((start, time.perf_counter()))

    started = [tasks.run_task(read) for _ in range(2)]
    qtbot.waitUntil(lambda: all(t.is_finished for t in started), timeout=5000)
    (s1, e1), (s2, e2) = sorted(spans)
    assert s2 < e1


def test_progress_arrives_in_order_on_the_gui_thread(qtbot):
    seen = []

    def work(*, progress):
        for step in range(1, 6):
            progress(step, 5)
        return "xong"

    results = []
    task = tasks.run_task(work, on_done=results.append,
                          on_progress=lambda done, total: seen.append((done, total,
                                                                        on_gui_thread())))
    qtbot.waitUntil(lambda: task.is_finished)
    assert seen == [(step, 5, True) for step in range(1, 6)]
    assert results == ["xong"]


def test_a_cancelled_task_stops_early_and_delivers_only_finished(qtbot):
    steps, done, finished = [], [], []
    started = threading.Event()

    def long_job(*, cancelled):
        started.set()
        for step in range(500):
            if cancelled():
                return "dừng"
            steps.append(step)
            time.sleep(0.01)
        return "hết"

    task = tasks.run_task(long_job, on_done=done.append, cancellable=True,
                          on_finished=lambda: finished.append(True))
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: task.is_finished, timeout=5000)
    assert task.cancelled and done == [] and finished == [True]
    assert len(steps) < 500


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot):
    owner = QWidget()
    gate = threading.Event()
    done, finished = [], []

    def work():
        gate.wait(5)
        return 1

    task = tasks.run_task(work, on_done=done.append, owner=owner,
                          on_finished=lambda: finished.append(True))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    gate.set()
    qtbot.waitUntil(lambda: task.is_finished)
    assert done == [] and finished == []


def test_wait_for_all_waits_for_running_workers(qtbot):
    finished_work = threading.Event()

    def work():
        time.sleep(0.2)
        finished_work.set()

    task = tasks.run_write(work)
    assert tasks.wait_for_all(5000)
    assert finished_work.is_set()
    qtbot.waitUntil(lambda: task.is_finished)


def test_a_read_stopped_by_its_cancellation_is_not_reported(qtbot, msgbox_answers):
    from kttt_desktop.core.errors import Cancelled

    started, finished = threading.Event(), []

    def read(*, cancelled):
        started.set()
        while not cancelled():
            time.sleep(0.005)
        raise Cancelled()

    task = tasks.run_task(read, cancellable=True, on_finished=lambda: finished.append(True))
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: task.is_finished, timeout=5000)
    assert finished == [True] and msgbox_answers.shown == []


def test_a_deferred_function_imports_its_module_on_the_worker(qtbot):
    seen = {}

    def done(result):
        seen["result"] = result

    task = tasks.run_task(tasks.deferred("statistics:median"), [3, 1, 2], on_done=done)
    qtbot.waitUntil(lambda: task.is_finished, timeout=5000)
    assert seen == {"result": 2}
