"""Naming a database before the database layer is loaded: a file, or a server's URL (a text with
``://``), and its name for the user without the password.

Nothing here imports SQLAlchemy: the window names the database it opens before its first paint,
and the URL is read (data.engines.server_url) on the worker that opens it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

URL_VARIABLE = "KTTT_DATABASE_URL"  # the server database to open when none is named


def is_url(value: object) -> bool:
    """Whether a ``--db`` value names a server (it contains ``://``) rather than a file."""
    return "://" in str(value)


def hidden_password(value: str) -> str:
    """A URL as written, its password (between ``:`` and ``@``) hidden."""
    scheme, _, rest = value.partition("://")
    login, at, place = rest.rpartition("@")
    if not at or ":" not in login:
        return value
    return f"{scheme}://{login.split(':', 1)[0]}:***@{place}"


def named(value: str | Path | URL | None, default: Path) -> Path | str | URL:
    """The database ``value`` names (``None``: the URL in ``KTTT_DATABASE_URL`` when it is set,
    else ``default``): a file's path, or a server's URL as it was given."""
    if value is None or value == "":
        value = os.environ.get(URL_VARIABLE) or default
    return as_address(value)


def as_address(value: str | Path | URL) -> Path | str | URL:
    """A file's path, or a server's URL as it was given (a text with ``://``, or a URL)."""
    if isinstance(value, str):
        return value if is_url(value) else Path(value)
    return value


def shown_name(address: Path | str | URL) -> str:
    """The database named for the user: the file's path, or the URL without its password."""
    if isinstance(address, Path):
        return str(address)
    if isinstance(address, str):
        return hidden_password(address)
    return address.render_as_string(hide_password=True)
