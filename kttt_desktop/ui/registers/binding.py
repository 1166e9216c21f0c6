"""Moving values between the widgets of a form and a record, by field name.

A widget's objectName is the field it edits (``full_name``, ``joined_on``…). :class:`Binding`
finds the widgets of the given fields in a form and reads them into a dict (:meth:`values`),
writes a dict into them (:meth:`set_values`), collects what the widgets cannot even read
(:meth:`input_issues`), says which field the user has just changed (:attr:`changed`) and whether
the form differs from what was last loaded or saved (:meth:`is_dirty`).

Widgets of this package (``value``/``set_value``/``edited``) and the plain Qt editors
(QLineEdit, QPlainTextEdit, QCheckBox, QComboBox with item data, QSpinBox) are understood.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from kttt_desktop.core.issues import Issue


def read(widget: QWidget) -> Any:
    if hasattr(widget, "set_value"):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        return widget.value()
    raise TypeError(f"cannot read a {type(widget).__name__}")


def write(widget: QWidget, value: Any) -> None:
    if hasattr(widget, "set_value"):
        widget.set_value(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    else:
        raise TypeError(f"cannot write a {type(widget).__name__}")


def _edit_signal(widget: QWidget) -> Any:
    if hasattr(widget, "edited"):
        return widget.edited
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QComboBox):
        return widget.activated
    if isinstance(widget, QAbstractSpinBox):
        return widget.editingFinished
    raise TypeError(f"cannot follow a {type(widget).__name__}")


class Binding(QObject):
    """The fields of a form (see the module's note)."""

    changed = Signal(str)  # the field the user changed

    def __init__(self, form: QWidget, fields: Iterable[str]) -> None:
        super().__init__(form)
        self.form = form
        self.widgets: dict[str, QWidget] = {}
        for name in fields:
            widget = form.findChild(QWidget, name)
            if widget is None:
                raise LookupError(f"{type(form).__name__} has no widget named {name}")
            self.widgets[name] = widget
            _edit_signal(widget).connect(lambda *_, name=name: self._edited(name))
        self._loading = False
        self._snapshot: dict[str, Any] = self.values()

    @property
    def fields(self) -> list[str]:
        return list(self.widgets)

    def widget(self, name: str) -> QWidget:
        return self.widgets[name]

    def _edited(self, name: str) -> None:
        if not self._loading:
            self.changed.emit(name)

    def values(self) -> dict[str, Any]:
        return {name: read(widget) for name, widget in self.widgets.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show ``values`` (fields left out are emptied) and take them as the saved state."""
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                write(widget, values.get(name))
        finally:
            self._loading = False
        self.mark_clean()

    def mark_clean(self) -> None:
        self._snapshot = self.values()

    def is_dirty(self) -> bool:
        return self.values() != self._snapshot

    def input_issues(self) -> list[Issue]:
        issues: list[Issue] = []
        for widget in self.widgets.values():
            if hasattr(widget, "input_issues"):
                issues += widget.input_issues()
        return issues
