"""The mouse wheel scrolls a form: a drop-down or a number box turns with it only once it has
the focus (the usual guard: strong focus, and the wheel passed on while it is not focused).

Without it, an officer scrolling a long form with the wheel changes "Loại thành viên" or
"Hình thức" of the record as the pointer passes over them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


def _holds_focus(widget: QWidget) -> bool:
    """Whether a widget inside ``widget`` has the keyboard focus."""
    focus = QApplication.focusWidget()
    return focus is not None and widget.isAncestorOf(focus)


class WheelGuard(QObject):
    """Gives the wheel to the scroll area around the watched widget while it has no focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or (
                watched.hasFocus() or _holds_focus(watched)):
            return False
        assert isinstance(event, QWheelEvent)
        area = _scroll_area_around(watched)
        if area is None:
            event.ignore()  # a window's own wheel event then goes on to the parents
            return True
        viewport = area.viewport()
        position = QPointF(watched.mapTo(viewport, event.position().toPoint()))
        QApplication.sendEvent(viewport, QWheelEvent(
            position, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
            event.buttons(), event.modifiers(), event.phase(), event.inverted()))
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def guard_wheel(root: QWidget) -> None:
    """Guard every drop-down and number or date box inside ``root`` (see the module)."""
    guard = WheelGuard(root)
    widgets: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(guard)
