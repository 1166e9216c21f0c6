"""The hash of a return's data sheet is the one its format documents (core.return_data)."""

from __future__ import annotations

import hashlib
import json

import pytest

from kttt_desktop.core.return_data import canonical, canonical_hash, content_hash, joined_hash

ROWS = [
    ["kttt-return-data", "1"],
    ["meta", "office", 'Phòng "Kinh tế" \\ Bình Liêu'],
    ["indicator", "htx.count", "value", "", ""],  # trailing empty cells do not count
    ["organisation", "=HYPERLINK(\"x\")", "tab\there", "line\nbreak", "\u2028", "\x01"],
    [],
    ["count", None, "3"],
]


def _documented(rows):
    """Each row without trailing empty cells as compact JSON (UTF-8, no ASCII escaping),
    joined by line feeds."""
    lines = []
    for row in rows:
        cells = ["" if c is None else str(c) for c in row]
        while cells and cells[-1] == "":
            cells.pop()
        lines.append(json.dumps(cells, ensure_ascii=False, separators=(",", ":")))
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def test_the_hash_is_the_documented_one():
    assert content_hash(ROWS) == _documented(ROWS)
    assert canonical_hash([canonical(r) for r in ROWS]) == _documented(ROWS)
    assert content_hash(ROWS[:2]) != content_hash([ROWS[0], ["meta", "office", "Phòng khác"]])


PLAIN = [["kttt-return-data", "1"], ["meta", "office", "Phòng Kinh tế xã Bình Liêu"],
         ["indicator", "htx.count", "value", "6"], ["organisation", "", "HTX số 1", "", "12"]]


@pytest.mark.parametrize("rows", [
    PLAIN,  # the usual rows, quoted all at once
    ROWS,  # quotes, backslash, control characters, an empty row: quoted one by one
    PLAIN + [["meta", "office", 'Phòng "A"']],
    PLAIN + [["meta", "office", "a\\u0000b"]],  # a backslash before what looks like an escape
    PLAIN + [["meta", "office", "chữ\x01"]],  # the character that joins the rows, in a cell
    PLAIN + [["meta", "office", "dòng\nmới"]],
    [],
], ids=["plain", "escaped", "quote", "backslash", "soh", "newline", "none"])
def test_rows_read_as_joined_texts_have_the_documented_hash(rows):
    texts = ["\0".join(canonical(r)) for r in rows]
    assert joined_hash(texts) == _documented(rows)
