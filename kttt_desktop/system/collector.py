"""Helpers of the bulk paths (import and export of whole registers)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk pass.

    Reading a province's workbook keeps about a million cell objects alive while the pass makes
    hundreds of thousands of small dictionaries; each of them counts towards the collector's
    thresholds, and every full collection walks the whole heap again (a fifth of the import's
    time), although the pass makes no reference cycles worth collecting. Reference counting still
    frees everything as usual; the collector runs again when the block ends.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
