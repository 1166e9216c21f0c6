"""Plain-text tables for the command's readable output (columns padded to line up)."""

from __future__ import annotations

from collections.abc import Sequence

LEFT, RIGHT = "<", ">"


def render(headers: Sequence[str], rows: Sequence[Sequence[str]], align: str) -> str:
    """The table as lines: ``align`` has one "<" (text) or ">" (numbers) per column."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        padded = [c.ljust(w) if a == LEFT else c.rjust(w)
                  for c, w, a in zip(cells, widths, align, strict=True)]
        return "  ".join(padded).rstrip()

    rule = "  ".join("─" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])
