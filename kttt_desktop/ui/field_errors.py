"""Validation messages shown next to the field that caused them.

A form names each field widget after the field it edits (``name``, ``province_code``…) and puts a
label called ``<field>_error`` beside it. :func:`show_field_errors` writes each
:class:`~kttt_desktop.core.issues.Issue` into its field's label, focuses the first field that
has a problem, and puts messages without such a label into the form's general label.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import QLabel, QWidget

from kttt_desktop.core.issues import Issue

ERROR_SUFFIX = "_error"
ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"


def clear_field_errors(form: QWidget) -> None:
    for label in form.findChildren(QLabel, QRegularExpression(f"{ERROR_SUFFIX}$")):
        label.clear()
        label.hide()


def show_field_errors(form: QWidget, issues: Iterable[Issue], *, general: QLabel,
                      focus: bool = True) -> None:
    """Show ``issues`` in ``form``; ``general`` (a label of the form) takes the unplaced ones.

    A label showing only warnings is drawn in amber, one with an error in red. ``focus=False``
    leaves the focus where it is (messages shown while the user types).
    """
    clear_field_errors(form)
    messages: dict[QLabel, list[Issue]] = {}
    first: QWidget | None = None
    for issue in issues:
        label = form.findChild(QLabel, issue.field + ERROR_SUFFIX) if issue.field else None
        messages.setdefault(label or general, []).append(issue)
        if label is not None and first is None and issue.is_error:
            first = form.findChild(QWidget, issue.field)
    for label, found in messages.items():
        label.setStyleSheet(ERROR_STYLE if any(i.is_error for i in found) else WARNING_STYLE)
        label.setText("\n".join(i.message for i in found))
        label.show()
    if first is not None and focus:
        first.setFocus()
