"""A strip across the top of the window that tells something about the whole database (it is
read-only, it lives on a network share) and offers what can be done about it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

STYLES = {
    "warning": "QFrame#{name} {{ background: #fff4ce; border: 1px solid #e0b000; }}",
    "error": "QFrame#{name} {{ background: #fde7e9; border: 1px solid #d13438; }}",
}

Action = tuple[str, str, Callable[[], object]]  # text, objectName, what it does


class Banner(QFrame):
    """Hidden until :meth:`show_message`; the buttons of one message replace the last ones."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # paths, user and machine names
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.addWidget(self.message, 1)
        self.hide()

    def show_message(self, text: str, actions: Sequence[Action] = (), *,
                     kind: str = "warning") -> None:
        self.setStyleSheet(STYLES[kind].format(name=self.objectName()))
        self.message.setText(text)
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for label, name, act in actions:
            button = QPushButton(label, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, act=act: act())
            self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.buttons[name] = button
        self.show()

    def button(self, name: str) -> QPushButton:
        return self.buttons[name]
