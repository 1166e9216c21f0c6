"""Translation of user-facing text outside the Qt layer.

Layers below the GUI cannot call Qt, yet their messages must be translatable with the same catalogue.
They call :func:`translate` (a name pyside6-lupdate extracts); the GUI installs Qt's own
``QCoreApplication.translate`` as the backend, the command installs a reader of the ``.ts`` catalogue.
Text that must be marked where it is defined but translated later is wrapped in
:func:`QT_TRANSLATE_NOOP`.
"""

from __future__ import annotations

from collections.abc import Callable

Backend = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_backend: Backend = _identity


def install(backend: Backend | None) -> None:
    """Route every later :func:`translate` call through ``backend`` (``None``: Vietnamese source)."""
    global _backend
    _backend = backend or _identity


def translate(context: str, text: str) -> str:
    return _backend(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
