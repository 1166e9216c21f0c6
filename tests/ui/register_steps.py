"""What an officer does on a register screen, as steps the screen tests share."""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from kttt_desktop.ui.registers.dialogs import AcceptWarningsDialog


def settled(timeout_s: float = 5.0) -> None:
    """Wait until no background work is under way (a form's choices are read when it shows)."""
    from kttt_desktop.ui import tasks

    deadline = time.monotonic() + timeout_s
    while tasks.pending() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    assert not tasks.pending(), "background work did not finish in time"


def enter(widget, text: str, type_text) -> None:
    """Replace what a field holds by ``text`` typed on the keyboard (a drop-down, once its
    choices are read)."""
    if isinstance(widget, QComboBox):
        settled()
    edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    edit.clear()
    type_text(edit, text)
    edit.editingFinished.emit()


def choose(combo, value) -> None:
    """Pick ``value`` in a drop-down as with the mouse."""
    combo.set_value(value)
    combo.activated.emit(combo.currentIndex())


def save(qtbot, form, *, reason: str | None = None) -> None:
    """Save the form and wait until it is stored (answering the warnings with ``reason``)."""
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
        if reason is not None:
            dialog = wait_for_warnings(qtbot, form)
            dialog.reason.setText(reason)
            dialog.save_button.click()


def wait_for_warnings(qtbot, form) -> AcceptWarningsDialog:
    qtbot.waitUntil(lambda: form.findChild(AcceptWarningsDialog) is not None
                    and form.findChild(AcceptWarningsDialog).isVisible(), timeout=5000)
    return form.findChild(AcceptWarningsDialog)


def wait_idle(qtbot, form) -> None:
    qtbot.waitUntil(lambda: not form.busy, timeout=5000)


def listed(screen, timeout_s: float = 5.0) -> None:
    """Wait until the list of ``screen`` shows and counts what was last asked of it (a register
    screen reads its list in the background)."""
    deadline = time.monotonic() + timeout_s
    while (screen.model.loading or screen.search_timer.isActive()) \
            and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    assert not screen.model.loading, "the list was not read in time"


def rows(screen, column: int = 0) -> list[str]:
    if hasattr(screen, "search_timer"):
        listed(screen)
    model = screen.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def search(qtbot, screen, text: str, type_text) -> None:
    screen.search.clear()
    type_text(screen.search, text)
    qtbot.waitUntil(lambda: screen.model.query.search == text and not screen.model.loading,
                    timeout=3000)


def select_row(qtbot, screen, name: str) -> None:
    row = rows(screen).index(name)
    screen.view.setFocus()
    screen.view.selectRow(row)
    qtbot.waitUntil(lambda: screen.form.record_id == screen.model.record_id(row), timeout=3000)


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)
