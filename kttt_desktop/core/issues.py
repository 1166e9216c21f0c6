"""Findings of the value rules and of the cross-record rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from kttt_desktop.core.enums import Severity

T = TypeVar("T")


@dataclass(frozen=True)
class Issue:
    """One finding about one value.

    ``field`` is the name of the field (the widget's objectName in a form, the column in a workbook);
    a rule that checks a lone value leaves it empty and the caller fills it with :meth:`at`.
    """

    severity: Severity
    message: str
    field: str = ""
    code: str = ""

    def at(self, field_name: str) -> Issue:
        return Issue(self.severity, self.message, field_name, self.code)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def error(message: str, code: str = "", field: str = "") -> Issue:
    return Issue(Severity.ERROR, message, field, code)


def warning(message: str, code: str = "", field: str = "") -> Issue:
    return Issue(Severity.WARNING, message, field, code)


def info(message: str, code: str = "", field: str = "") -> Issue:
    return Issue(Severity.INFO, message, field, code)


@dataclass(frozen=True)
class Checked(Generic[T]):
    """The result of checking one typed-in value: the normalised value and what was found.

    ``value`` is ``None`` when the input was empty or had an error. ``suggestion`` is a corrected
    value the program may offer to put in place of ``value`` (the new 10-digit form of an old
    mobile number, a code whose leading zero a spreadsheet dropped); it is never applied silently.
    """

    value: T | None
    issues: tuple[Issue, ...] = field(default_factory=tuple)
    suggestion: T | None = None

    @property
    def ok(self) -> bool:
        return not any(i.is_error for i in self.issues)

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.is_error)

    def has(self, code: str) -> bool:
        """Whether one of the findings carries ``code`` (e.g. ``identity.LEGACY_CMND``)."""
        return any(i.code == code for i in self.issues)

    def at(self, field_name: str) -> Checked[T]:
        return Checked(self.value, tuple(i.at(field_name) for i in self.issues), self.suggestion)
