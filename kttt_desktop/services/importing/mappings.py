"""Column mappings saved by name, for the next file of the same shape (table import_mapping)."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import select

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.text import clean_text
from kttt_desktop.data.database import Database
from kttt_desktop.data.models import ImportMapping
from kttt_desktop.exchange.mapping import Mapping, apply_payload
from kttt_desktop.exchange.reader import WorkbookData


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
