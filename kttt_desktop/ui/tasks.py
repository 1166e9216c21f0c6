"""Background work: the one small API every screen uses to keep the window responsive.

``run_task(fn, *args, on_done=…)`` runs ``fn(*args)`` on a thread pool (reads, computations,
exports); ``run_write(fn, *args, on_done=…)`` runs it on a pool of a single thread, so that writes
to the database never overlap. The worker takes plain data and returns plain data, and never
touches a widget. Everything it produces reaches the GUI thread through a queued signal:

- ``on_done(result)`` when ``fn`` returns;
- ``on_error(exc)`` when ``fn`` raises a :class:`~kttt_desktop.core.errors.KtttError` (by default
  the message is shown with :func:`kttt_desktop.ui.msgbox.error`);
- any other exception is a bug: logged with its traceback and shown with the crash dialog;
- ``on_progress(*values)``: when given, ``fn`` is called with a keyword ``progress`` and each
  ``progress(*values)`` it makes is delivered (keep it to a few hundred calls);
- ``on_finished()`` last, in every case (done, error, bug, cancelled): re-enable buttons here.

What the work committed to the registers is then told to every screen (:mod:`kttt_desktop.ui.
changes`).

With ``cancellable=True`` ``fn`` also gets a keyword ``cancelled``, a function it polls to stop
early (``Database.reading(cancelled)`` stops a statement under way, raising
:class:`~kttt_desktop.core.errors.Cancelled`); :meth:`Task.cancel` asks
for that, and a cancelled task delivers only ``on_finished`` (and a bug it meets).
With ``owner`` (a widget) the callbacks are skipped once the owner is deleted, so closing a dialog
while its data loads is safe; an error then still reaches the user through the message helper.

Tests wait with ``qtbot.waitSignal(task.finished)`` or ``qtbot.waitUntil(lambda: task.is_finished)``.
"""

from __future__ import annotations

import importlib
import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication

from kttt_desktop.core.errors import Cancelled, KtttError
from kttt_desktop.data import changes as data_changes
from kttt_desktop.data.changes import Changed
from kttt_desktop.ui import changes, crash, msgbox

log = logging.getLogger(__name__)

_live: dict[int, Task] = {}  # started and not yet delivered, by id
_ids = itertools.count(1)
_pools: dict[str, QThreadPool] = {}
_dispatcher: _Dispatcher | None = None


class Task(QObject):
    """The handle of one piece of background work; it lives on the GUI thread."""

    finished = Signal()

    def __init__(self, task_id: int, name: str,
                 callbacks: dict[str, Callable[..., Any] | None], owner: QObject | None) -> None:
        super().__init__()
        self.task_id = task_id
        self.name = name
        self.is_finished = False
        self._callbacks = callbacks
        self._owner = owner
        self._cancel = threading.Event()
        self._started = time.perf_counter()

    def cancel(self) -> None:
        """Ask the worker to stop; from now on only ``on_finished`` is delivered."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _callback(self, name: str) -> Callable[..., Any] | None:
        return self._callbacks[name] if self._owner_alive() else None

    def _deliver(self, what: str, payload: Any) -> None:
        if what == "progress":
            on_progress = self._callback("on_progress")
            if on_progress is not None and not self.cancelled:
                on_progress(*payload)
            return
        log.debug("task %s %s after %.3f s", self.name, what, time.perf_counter() - self._started)
        try:
            if what == "done":
                result, changed = payload
                on_done = self._callback("on_done")
                if on_done is not None and not self.cancelled:
                    on_done(result)
                changes.announce(changed, self._owner if self._owner_alive() else None)
            elif isinstance(payload, (Cancelled, KtttError)) and self.cancelled:
                log.debug("task %s stopped as asked: %r", self.name, payload)
            elif isinstance(payload, KtttError):
                log.info("task %s stopped: %s", self.name, payload.message)
                on_error = self._callback("on_error") or _show_error
                on_error(payload)
            else:
                log.error("background task %s failed", self.name)
                crash.report(payload)
        finally:
            self._finish()

    def _finish(self) -> None:
        self.is_finished = True
        _live.pop(self.task_id, None)
        on_finished = self._callback("on_finished")
        try:
            if on_finished is not None:
                on_finished()
        finally:
            self.finished.emit()


class _Dispatcher(QObject):
    """Carries what workers produce to the GUI thread. Workers hold only a task id, no QObject."""

    event = Signal(int, str, object)

    def __init__(self) -> None:
        super().__init__()
        self.event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)

    @Slot(int, str, object)
    def _on_event(self, task_id: int, what: str, payload: object) -> None:
        task = _live.get(task_id)
        if task is not None:
            task._deliver(what, payload)


def _show_error(exc: KtttError) -> None:
    msgbox.error(QApplication.activeWindow(), exc.message, details=exc.details)


def _pool(kind: str) -> QThreadPool:
    pool = _pools.get(kind)
    if pool is None:
        pool = _pools[kind] = QThreadPool()
        pool.setMaxThreadCount(1 if kind == "write" else max(2, QThread.idealThreadCount()))
    return pool


def _start(kind: str, fn: Callable[..., Any], args: tuple, kwargs: dict[str, Any], *,
           on_done: Callable[[Any], None] | None, on_error: Callable[[KtttError], None] | None,
           on_progress: Callable[..., None] | None, on_finished: Callable[[], None] | None,
           cancellable: bool, owner: QObject | None) -> Task:
    global _dispatcher
    app = QCoreApplication.instance()
    assert app is not None and QThread.currentThread() is app.thread(), \
        "start background work from the GUI thread"
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    task_id = next(_ids)
    task = Task(task_id, getattr(fn, "__qualname__", repr(fn)), {
        "on_done": on_done, "on_error": on_error, "on_progress": on_progress,
        "on_finished": on_finished}, owner)
    _live[task_id] = task
    emit = _dispatcher.event.emit
    if on_progress is not None:
        kwargs["progress"] = lambda *values: emit(task_id, "progress", values)
    if cancellable:
        kwargs["cancelled"] = task._cancel.is_set

    def work() -> None:  # on a pool thread: touches no QObject but the dispatcher's signal
        try:
            with data_changes.collected() as tables:
                result = fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure is delivered to the GUI thread
            emit(task_id, "failed", exc)
        else:
            emit(task_id, "done", (result, Changed(frozenset(tables))))

    _pool(kind).start(work)
    return task


def run_task(fn: Callable[..., Any], /, *args: Any,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[KtttError], None] | None = None,
             on_progress: Callable[..., None] | None = None,
             on_finished: Callable[[], None] | None = None,
             cancellable: bool = False, owner: QObject | None = None, **kwargs: Any) -> Task:
    """Run ``fn(*args, **kwargs)`` on the shared pool (reads, computations, exports)."""
    return _start("read", fn, args, kwargs, on_done=on_done, on_error=on_error,
                  on_progress=on_progress, on_finished=on_finished, cancellable=cancellable,
                  owner=owner)


def run_write(fn: Callable[..., Any], /, *args: Any,
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[KtttError], None] | None = None,
              on_progress: Callable[..., None] | None = None,
              on_finished: Callable[[], None] | None = None,
              cancellable: bool = False, owner: QObject | None = None, **kwargs: Any) -> Task:
    """Run ``fn(*args, **kwargs)`` on the write pool: one at a time, in the order started."""
    return _start("write", fn, args, kwargs, on_done=on_done, on_error=on_error,
                  on_progress=on_progress, on_finished=on_finished, cancellable=cancellable,
                  owner=owner)


def deferred(where: str) -> Callable[..., Any]:
    """The function named ``"module:function"``, its module imported when it is called: on the
    worker, so that a screen whose work needs heavy modules (the return needs openpyxl and
    reportlab: half a second to import) opens at once and shows that it is working."""
    module, name = where.split(":")

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__qualname__ = where
    return call


def pending() -> int:
    """How many tasks have started and not yet delivered their outcome."""
    return len(_live)


def wait_for_all(timeout_ms: int = -1) -> bool:
    """Block until every worker has returned (at shutdown); their deliveries stay queued."""
    return all(pool.waitForDone(timeout_ms) for pool in _pools.values())


def drain(timeout_s: float = 30.0) -> bool:
    """Wait for every task and deliver its outcome, and so for the tasks those outcomes start.

    Called before a database is closed: no worker may still be using it, and no delivery may
    start new work on it afterwards. Returns whether everything was delivered in time.
    """
    deadline = time.monotonic() + timeout_s
    while _live and time.monotonic() < deadline:
        wait_for_all(max(1, int((deadline - time.monotonic()) * 1000)))
        QCoreApplication.processEvents()
    return not _live
