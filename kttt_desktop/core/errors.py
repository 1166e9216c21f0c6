"""Errors the user can act on, each with the exit status of the `kttt` command (spec/cli.md).

A bug is any other exception: it is logged with its traceback and shown with a dialog to copy it.
"""

from __future__ import annotations


class KtttError(Exception):
    """An expected failure with a message for the user (Vietnamese, already translated)."""

    exit_status = 1

    def __init__(self, message: str, *, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class InputError(KtttError):
    """The input has problems the user can fix; nothing was written (exit status 1)."""

    exit_status = 1


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
