"""The data sheet of an Excel return: the snapshot in machine-readable form, sealed by a hash.

A province consolidates the returns of several offices from this sheet, never from the visible
cells, and refuses a file whose hash does not match, whose signature is not that of a key it
registered, or whose visible cells differ from the ones sealed here (``exchange.return_data``
reads and checks it). Format version 2 (version 1 had no records 6 and 8):

- The sheet is named ``_data``; it is hidden and protected (no password: the hash, not the
  protection, tells an edited file).
- Every cell is text. Each row is a record: column A says what it is, the next columns hold it.
  Trailing empty cells do not count (a row ``indicator | htx.new | ytd`` with nothing after it
  says the value is missing).
- Numbers are written ``str(int)`` for whole numbers and Python's ``repr(float)`` otherwise
  (``36.18421052631579``, ``1325.0``): read them back with ``int()`` / ``float()``. A missing
  value (a ratio with a zero denominator) is the empty text. Dates are ISO ``yyyy-mm-dd``.

Records, in this order:

1. ``kttt-return-data | 1`` — the format and its version (always the first row).
2. ``meta | KEY | VALUE`` — ``office``, ``superior_body``, ``province_code``, ``province``,
   ``area`` (the commune codes of the office's area, comma-separated, sorted), ``period``
   (``2026``, ``2026-Q3``, ``2026-H1``, ``2026-M9``), ``period_start``, ``reference_date``,
   ``program_version``, ``created_at`` (ISO 8601 with its UTC offset), ``issued_on`` (the date
   printed on the document), ``reporting_year`` (the year whose figures and ratings the yearly
   indicators hold: year(D) when D is 31/12, else the year before; absent from returns made
   before this rule, whose yearly indicators are of year(D)).
3. ``indicator | CODE | FIELD | VALUE`` — every indicator of the catalogue (spec/indicators.md)
   and the office's own (``manual.*``), in catalogue order. Fields, each on its own row:
   ``kind`` (``stock`` / ``flow`` / ``ratio``), ``combine`` (``sum`` / ``share`` / ``mean`` /
   ``growth``), ``unit``, ``value`` (at D; over the period's window for a flow),
   ``year_earlier``, and for a flow ``ytd`` and ``year_earlier_ytd``, for a ratio
   ``numerator`` and ``denominator`` (for a growth: the base now and a year earlier), and
   ``parts``: the additive codes the value is made from, space-separated (the code itself for
   an additive indicator). Every code named in ``parts`` has its own ``indicator`` rows, with
   its value at D and a year earlier, so several returns combine by adding the additive values
   and recomputing each ratio from its parts (``core.indicators.figure``), never by averaging.
4. ``count | KEY | VALUE`` — additive numbers of the return that are not indicators:
   ``managers.KIND.ROW.LEVEL`` (managing positions held at D, the matrix of section 4: KIND
   ``tht`` / ``htx`` / ``lhhtx``, ROW ``chair`` / ``director`` / ``supervision`` /
   ``chief_accountant`` / ``other``, LEVEL a training level code of ``core.enums.TrainingLevel``;
   absent keys are 0) and ``ratings.KIND.not_rated`` (organisations rated "không đánh giá").
5. ``columns | LIST | FIELD…`` then ``LIST | VALUE…`` rows — the lists of the return, each after
   the row naming its fields: ``organisation`` (``code``, ``name``, ``commune``, ``kind``,
   ``sector``, ``members``, ``workers``, ``revenue`` in million VND, ``rating`` code,
   ``ocop_products``) and ``ocop_expiring`` (``product``, ``organisation``, ``commune``,
   ``stars``, ``decision_no``, ``expires_on``).
6. ``sheet | NAME`` then ``cells | ROW | JSON`` rows — every visible sheet of the file, in
   order, and each of its rows that holds a value: its number and its cells from column A as a
   compact JSON array of texts in one cell (``core.return_data.cell_text``: "6" for a whole
   number, yyyy-mm-dd for a date, "" for an empty cell). A reader compares them with what the
   visible sheets show.
7. ``sha256 | HEX`` — the SHA-256 of every row above it (``core.return_data.content_hash``: each
   row, without trailing empty cells, as a compact JSON array of its texts in UTF-8, rows joined
   by a line feed).
8. ``signature | ed25519 | PUBLIC KEY | SIGNATURE`` — the last row, when the office has a key:
   its Ed25519 public key (32 bytes) and its signature of ``core.return_data.signed_message``
   of the hash, both in base64. The hash alone tells a damaged file; anyone can recompute it
   after an edit, so only the signature, checked against the keys the province registered,
   tells who wrote the file.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from kttt_desktop.core.return_data import (
    CELLS_RECORD,
    HASH_RECORD,
    MAGIC,
    SHEET_RECORD,
    SIGNATURE_KIND,
    SIGNATURE_RECORD,
    VERSION,
    canonical,
    cell_text,
    cells_json,
    content_hash,
    number_text,
    signed_message,
)
from kttt_desktop.data.keys import SigningKey, encode_key
from kttt_desktop.reports.snapshot import IndicatorFigures, ReturnSnapshot

ORGANISATION_FIELDS = ("code", "name", "commune", "kind", "sector", "members", "workers",
                       "revenue", "rating", "ocop_products")
OCOP_FIELDS = ("product", "organisation", "commune", "stars", "decision_no", "expires_on")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _meta(snapshot: ReturnSnapshot) -> Iterator[list[str]]:
    header = snapshot.header
    values = {
        "office": header.office, "superior_body": header.superior_body,
        "province_code": header.province_code, "province": header.province,
        "area": ",".join(sorted(header.area)), "period": snapshot.period,
        "period_start": snapshot.period_start.isoformat(),
        "reference_date": snapshot.reference_date.isoformat(),
        "program_version": snapshot.program_version,
        "created_at": snapshot.created_at.isoformat(),
        "issued_on": snapshot.issued_on.isoformat(),
    }
    if snapshot.reporting_year:  # a submitted snapshot of an earlier version has none
        values["reporting_year"] = str(snapshot.reporting_year)
    for key, value in values.items():
        yield ["meta", key, value]


def _indicator(figures: IndicatorFigures) -> Iterator[list[str]]:
    fields: list[tuple[str, object]] = [("kind", figures.kind), ("combine", figures.combine),
                                        ("unit", figures.unit), ("value", figures.value),
                                        ("year_earlier", figures.year_earlier)]
    if figures.kind == "flow":
        fields += [("ytd", figures.ytd), ("year_earlier_ytd", figures.year_earlier_ytd)]
    if figures.kind == "ratio":
        fields += [("numerator", figures.numerator), ("denominator", figures.denominator)]
    fields.append(("parts", " ".join(figures.parts)))
    for name, value in fields:
        yield ["indicator", figures.code, name, _text(value)]


def _list(name: str, fields: tuple[str, ...], lines: tuple) -> Iterator[list[str]]:
    yield ["columns", name, *fields]
    for line in lines:
        yield [name, *(_text(getattr(line, f)) for f in fields)]


def visible_rows(sheets: Iterable[tuple[str, Iterable[Sequence[object]]]]) -> Iterator[list[str]]:
    """The ``sheet`` and ``cells`` records of the visible sheets: (name, rows of cell values
    from A1). Empty rows are left out; each kept row says its number."""
    for name, rows in sheets:
        yield [SHEET_RECORD, name]
        for number, values in enumerate(rows, start=1):
            texts = canonical(cell_text(v) for v in values)
            if texts:
                yield [CELLS_RECORD, str(number), cells_json(texts)]


def data_rows(snapshot: ReturnSnapshot, visible: Iterable[list[str]] = (),
              key: SigningKey | None = None) -> list[list[str]]:
    """Every row of the data sheet (module docstring): ``visible`` are the records of the
    visible sheets (:func:`visible_rows`); the hash row, then the signature row with ``key``."""
    rows = [[MAGIC, str(VERSION)], *_meta(snapshot)]
    for figures in snapshot.indicators:
        rows.extend(_indicator(figures))
    rows.extend(["count", key_, _text(value)] for key_, value in snapshot.counts.items())
    rows.extend(_list("organisation", ORGANISATION_FIELDS, snapshot.organisations))
    rows.extend(_list("ocop_expiring", OCOP_FIELDS, snapshot.ocop_expiring))
    rows.extend(visible)
    digest = content_hash(rows)
    rows.append([HASH_RECORD, digest])
    if key is not None:
        rows.append([SIGNATURE_RECORD, SIGNATURE_KIND, encode_key(key.public),
                     base64.b64encode(key.sign(signed_message(digest))).decode("ascii")])
    return rows
