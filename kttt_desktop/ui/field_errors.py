"""Validation messages shown next to the field that caused them.

A form names each field widget after the field it edits (``name``, ``province_code``…) and puts a
label called ``<field>_error`` beside it. :func:`show_field_errors` writes each
:class:`~kttt_desktop.core.validation.Issue` into its field's label, focuses the first field that
has a problem, and puts messages without such a label into the form's general label.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import QLabel, QWidget

from kttt_desktop.core.validation import Issue

ERROR_SUFFIX = "_error"
ERROR_STYLE = "color: #b3261e;"


def clear_field_errors(form: QWidget) -> None:
    for label in form.findChildren(QLabel, QRegularExpression(f"{ERROR_SUFFIX}$")):
        label.clear()
        label.hide()


def show_field_errors(form: QWidget, issues: Iterable[Issue], *, general: QLabel) -> None:
    """Show ``issues`` in ``form``; ``general`` (a label of the form) takes the unplaced ones."""
    clear_field_errors(form)
    messages: dict[QLabel, list[str]] = {}
    first: QWidget | None = None
    for issue in issues:
        label = form.findChild(QLabel, issue.field + ERROR_SUFFIX) if issue.field else None
        messages.setdefault(label or general, []).append(issue.message)
        if label is not None and first is None:
            first = form.findChild(QWidget, issue.field)
    for label, texts in messages.items():
        label.setStyleSheet(ERROR_STYLE)
        label.setText("\n".join(texts))
        label.show()
    if first is not None:
        first.setFocus()
