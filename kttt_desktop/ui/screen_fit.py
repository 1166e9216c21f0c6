"""Windows that fit the screen they open on: the common office screen is 1366×768, less the
taskbar, and a dialog whose buttons are below the bottom edge cannot be used.

:func:`fit_to_screen` gives a window the size it asks for, or as much of it as the screen
holds; :func:`clamp_to_screen` moves and shrinks a window back onto a screen;
:func:`is_small_screen` says whether the main window should start maximised.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SMALL_SCREEN = QSize(1366, 768)  # at most this big (the screen, taskbar included): small
FRAME_ALLOWANCE = QSize(16, 48)  # the window manager's borders and title bar, before it adds them


def available_area(widget: QWidget) -> QRect:
    """The available area (without the taskbar) of the screen ``widget`` is on, or will open
    on: its parent window's screen, else the primary one."""
    parent = widget.parentWidget()
    anchor = parent.window() if parent is not None else widget
    screen = QGuiApplication.screenAt(anchor.frameGeometry().center()) or anchor.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(wanted: QSize, area: QRect) -> QSize:
    """``wanted``, shrunk to what ``area`` holds once the window's frame is added."""
    return wanted.boundedTo(area.size() - FRAME_ALLOWANCE)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` the size ``width`` × ``height``, or as much of it as its screen holds."""
    window.resize(fitted_size(QSize(width, height), available_area(window)))


def is_small_screen(area: QRect) -> bool:
    """A screen whose available ``area`` is no bigger than a 1366×768 one."""
    return area.width() <= SMALL_SCREEN.width() or area.height() <= SMALL_SCREEN.height()


def clamp_to_screen(window: QWidget) -> None:
    """Move and shrink ``window`` so that all of it lies on one screen's available area."""
    area = available_area(window)
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()  # the window manager's frame
    extra_h = frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
