"""Which registers a write changed, as its units of work commit them.

Every change to a register writes audit entries (``data.audit``), each naming its table: those
tables are the registers a unit of work touched. What the units of a thread commit is handed to
whoever collects on that thread (:func:`collected`): the window collects around each write it
runs in the background and tells the screens (``ui.changes``), as Anki tells its screens what an
operation changed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

_local = threading.local()


@dataclass(frozen=True)
class Changed:
    """The tables a write changed."""

    tables: frozenset[str]

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)


def touched(tables: Iterable[str]) -> None:
    """The unit of work open on this thread writes to ``tables`` (called by data.audit)."""
    pending: set[str] = _local.__dict__.setdefault("pending", set())
    pending.update(t for t in tables if t)


def begun() -> None:
    """A unit of work begins on this thread: nothing of an earlier one is pending."""
    _local.pending = set()


def ended(*, committed: bool) -> None:
    """The unit of work of this thread ends: what it wrote goes to the collector if it was
    committed, and is forgotten either way."""
    pending = _local.__dict__.pop("pending", set())
    collector: set[str] | None = getattr(_local, "collector", None)
    if committed and collector is not None:
        collector.update(pending)


@contextmanager
def collected() -> Iterator[set[str]]:
    """The tables the units of work committed on this thread change while the block runs."""
    outer = getattr(_local, "collector", None)
    tables: set[str] = set()
    _local.collector = tables
    try:
        yield tables
    finally:
        _local.collector = outer
        if outer is not None:
            outer.update(tables)
