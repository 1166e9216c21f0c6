"""Column mappings saved by name, for the next file of the same shape (table import_mapping),
and the reading of a file for the wizard: as it was mapped before when it is read again after a
change, else as a saved mapping made for the same headers says, else as detected."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import select

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.text import clean_text
from kttt_desktop.data.database import Database
from kttt_desktop.data.models import ImportMapping
from kttt_desktop.exchange.mapping import (
    Mapping,
    apply_payload,
    detect,
    keep_constants,
    same_headers,
)
from kttt_desktop.exchange.reader import WorkbookData, read_workbook

Stamp = tuple[int, int]  # a file's size and modification time (ns): it changed when these did


def mapping_names(db: Database) -> list[str]:
    with db.session() as session:
        return sorted(session.exec(select(ImportMapping.name)).all())


def save_mapping(db: Database, name: str, mapping: Mapping, workbook: WorkbookData) -> None:
    """Store ``mapping`` under ``name`` (replacing a mapping of that name)."""
    name = clean_text(name)
    if not name:
        raise InputError(translate("Import", "Hãy đặt tên cho cách ghép cột."))
    payload = json.dumps(mapping.to_payload(workbook), ensure_ascii=False)
    with db.session(reason=translate("Import", "Lưu cách ghép cột")) as session:
        row = session.exec(select(ImportMapping).where(ImportMapping.name == name)).first()
        if row is None:
            session.add(ImportMapping(name=name, payload_json=payload))
        else:
            row.payload_json = payload
            session.add(row)


def load_mapping(db: Database, name: str, workbook: WorkbookData) -> Mapping:
    """The mapping saved as ``name``, applied to ``workbook``."""
    with db.session() as session:
        row = session.exec(select(ImportMapping).where(
            ImportMapping.name == clean_text(name))).first()
    if row is None:
        raise InputError(translate("Import", "Không có cách ghép cột nào tên “{name}”.").format(
            name=name))
    payload: dict[str, Any] = json.loads(row.payload_json)
    return apply_payload(workbook, payload)


def saved_for(db: Database, workbook: WorkbookData) -> tuple[str, Mapping] | None:
    """The first saved mapping (by name) made for a file with the same headers, applied."""
    with db.session() as session:
        rows = session.exec(select(ImportMapping).order_by(ImportMapping.name)).all()
        saved = [(row.name, row.payload_json) for row in rows]
    for name, text in saved:
        payload = json.loads(text)
        if same_headers(workbook, payload):
            return name, apply_payload(workbook, payload)
    return None


def file_stamp(path: Path | str) -> Stamp | None:
    """The size and modification time of the file (``None``: it cannot be read)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns


@dataclass
class Opened:
    """A file read for the wizard, with the mapping it is read by."""

    workbook: WorkbookData
    mapping: Mapping
    stamp: Stamp | None
    saved: str | None = None  # the saved mapping applied (made for the same headers)
    kept: bool = False  # read again after a change, with the mapping of the earlier reading


def open_workbook(db: Database, path: Path | str, earlier: dict[str, Any] | None = None
                  ) -> Opened:
    """Read ``path`` and map it: as ``earlier`` (the mapping of an earlier reading of the file,
    in the form :meth:`Mapping.to_payload` gives) when the headers are still the same; else as
    a saved mapping made for the same headers, or as the headers say, with the values for every
    row ``earlier`` gave to the fields still missing."""
    stamp = file_stamp(path)
    workbook = read_workbook(path)
    if earlier is not None and same_headers(workbook, earlier):
        return Opened(workbook, apply_payload(workbook, earlier), stamp, kept=True)
    saved = saved_for(db, workbook)
    opened = Opened(workbook, saved[1], stamp, saved[0]) if saved is not None else Opened(
        workbook, detect(workbook), stamp)
    if earlier is not None:
        keep_constants(workbook, opened.mapping, earlier)
    return opened
