"""Errors the user can act on, each with the exit status of the `kttt` command (spec/cli.md).

A bug is any other exception: it is logged with its traceback and shown with a dialog to copy it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kttt_desktop.core.issues import Issue


class Cancelled(Exception):
    """Work stopped because it was cancelled (the officer typed on): nobody awaits its result."""


class KtttError(Exception):
    """An expected failure with a message for the user (Vietnamese, already translated)."""

    exit_status = 1

    def __init__(self, message: str, *, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class InputError(KtttError):
    """The input has problems the user can fix; nothing was written (exit status 1).

    ``issues`` holds the findings behind the message (:class:`~kttt_desktop.core.issues.Issue`,
    each naming its field), so that a form can show each one next to the field that caused it.
    """

    exit_status = 1

    def __init__(self, message: str, *, details: str = "", issues: Sequence[Issue] = ()) -> None:
        super().__init__(message, details=details)
        self.issues = tuple(issues)


class EnvironmentProblem(KtttError):
    """The environment stopped the work: a locked, corrupt or newer database, a full disk (exit 3)."""

    exit_status = 3


class DatabaseLocked(EnvironmentProblem):
    pass


class DatabaseNewer(EnvironmentProblem):
    pass


class DatabaseCorrupt(EnvironmentProblem):
    pass


class NotOurDatabase(EnvironmentProblem):
    pass


class DiskFull(EnvironmentProblem):
    pass


class FileUnreadable(EnvironmentProblem):
    pass
