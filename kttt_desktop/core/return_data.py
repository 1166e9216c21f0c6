"""The rows of a return's data sheet (``_data``) and the hash that seals them.

The writer (``reports.data_sheet``, where the format is described) and the reader
(``exchange.return_data``) share these rules, so a file the program wrote always verifies:

- every cell is text; a row is a list of texts without its trailing empty cells;
- a number is written ``str(int)`` for a whole number and ``repr(float)`` otherwise (the shortest
  text that reads back as the same float); no value is the empty text;
- the hash is the SHA-256 of the rows before the hash row, each row as a compact JSON array
  (UTF-8, no ASCII escaping), joined with line feeds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from json.encoder import encode_basestring

SHEET = "_data"
MAGIC = "kttt-return-data"
VERSION = 2  # 2: the visible cells sealed with the data, and the signature row
VERSIONS = (1, 2)  # the versions this program reads
HASH_RECORD = "sha256"
SIGNATURE_RECORD = "signature"  # signature | ed25519 | PUBLIC KEY | SIGNATURE (base64)
SIGNATURE_KIND = "ed25519"
SHEET_RECORD = "sheet"  # sheet | NAME: the visible sheet whose cells follow
CELLS_RECORD = "cells"  # cells | ROW | JSON: a row of it, as cell_text gives each cell
FINGERPRINT_DIGITS = 24
_ESCAPED = bytes(range(2, 32)) + b'"\\'  # what JSON escapes, but NUL and SOH


def number_text(value: int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    return repr(float(value))


def number_value(text: str) -> int | float | None:
    """The number :func:`number_text` wrote (``None`` for the empty text); ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    if text.lstrip("-").isdigit():
        return int(text)
    return float(text)


def canonical(row: Iterable[object]) -> list[str]:
    """``row`` as texts without its trailing empty cells (a spreadsheet pads rows with them)."""
    cells = [c if isinstance(c, str) else "" if c is None else str(c) for c in row]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def content_hash(rows: Iterable[Sequence[object]]) -> str:
    """The SHA-256 (hex) of ``rows`` as this module's docstring says."""
    return canonical_hash(canonical(row) for row in rows)


def canonical_hash(rows: Iterable[list[str]]) -> str:
    """:func:`content_hash` of rows that are already :func:`canonical` (as a reader makes them).

    A row of texts is written as ``json.dumps(row, ensure_ascii=False, separators=(",", ":"))``
    would write it, by quoting each text (the same function json uses) — three times faster.
    """
    text = "\n".join(["[" + ",".join(map(encode_basestring, row)) + "]" for row in rows])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def joined_hash(texts: Sequence[str]) -> str:
    """:func:`canonical_hash` of rows given as texts, each row's cells joined by NUL (how a
    reader holds them: a sheet cell never holds NUL).

    Rows whose cells need no escaping in JSON (no quote, backslash or control character: the
    usual rows) are quoted all at once in UTF-8, where no byte of a multi-byte character is
    below 0x80: the rows joined by SOH, NUL and SOH turned into the separators of cells and
    of rows. Other rows are quoted one by one.
    """
    data = "\x01".join(texts).encode("utf-8")
    if (texts and all(texts) and len(data.translate(None, _ESCAPED)) == len(data)
            and data.count(b"\x01") == len(texts) - 1):
        text = b'["' + data.replace(b"\0", b'","').replace(b"\x01", b'"]\n["') + b'"]'
        return hashlib.sha256(text).hexdigest()
    return canonical_hash([t.split("\0") if t else [] for t in texts])


def cell_text(value: object) -> str:
    """A visible cell as the seal records it, whichever library read it: a whole number
    without ".0" (a reader may give 6 or 6.0), a date as yyyy-mm-dd, no value as ""."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def cells_json(texts: list[str]) -> str:
    """A row of visible cells as the data sheet keeps it: a compact JSON array in one cell."""
    return "[" + ",".join(map(encode_basestring, texts)) + "]"


def signed_message(digest: str) -> bytes:
    """What an office's key signs: the hash of the data sheet, named with the format."""
    return f"{MAGIC}/{VERSION}\n{digest}".encode("ascii")


def fingerprint(public_key: bytes) -> str:
    """A public key in 24 digits, in groups of four, to be read over the phone and compared
    (80 bits of its SHA-256: no one can make another key with the same digits)."""
    number = int.from_bytes(hashlib.sha256(b"kttt-office-key\n" + public_key).digest()[:16], "big")
    digits = f"{number % 10 ** FINGERPRINT_DIGITS:0{FINGERPRINT_DIGITS}d}"
    return " ".join(digits[i:i + 4] for i in range(0, FINGERPRINT_DIGITS, 4))


def normal_fingerprint(text: str) -> str:
    """A fingerprint as typed (spaces, dashes or none) in the form :func:`fingerprint` gives."""
    digits = "".join(c for c in text if c.isdigit())
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))
