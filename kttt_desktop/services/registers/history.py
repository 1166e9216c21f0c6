"""The history of a record as its form shows it: every change to it and to the rows that belong
to it, newest first, in words.

A value that refers to another record (an organisation's id, a commune's code) reads as that
record's name, as long as the record is there to be named."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from kttt_desktop.data.audit import UNLOGGED
from kttt_desktop.data.database import Database
from kttt_desktop.data.registers.history import audit_entries, history_keys, names_of
from kttt_desktop.services.registers.values import display_text, field_label, table_label

ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("Registers", "Thêm"),
    "update": QT_TRANSLATE_NOOP("Registers", "Sửa"),
    "delete": QT_TRANSLATE_NOOP("Registers", "Xóa"),
    "restore": QT_TRANSLATE_NOOP("Registers", "Khôi phục"),  # the database, from a backup
    "export": QT_TRANSLATE_NOOP("Registers", "Xuất"),  # the audit log, to a workbook
    "submit": QT_TRANSLATE_NOOP("Registers", "Gửi"),  # a return, sent up
    "accept": QT_TRANSLATE_NOOP("Registers", "Chấp nhận"),  # a finding of the data check
    "withdraw": QT_TRANSLATE_NOOP("Registers", "Bỏ chấp nhận"),
}
# Columns that refer to another record: the table referred to, and what the column is called.
REFERENCES: dict[str, tuple[str, str]] = {
    "organisation_id": ("organisation", QT_TRANSLATE_NOOP("Registers", "Tổ chức")),
    "member_organisation_id": ("organisation",
                               QT_TRANSLATE_NOOP("Registers", "Hợp tác xã thành viên")),
    "manager_id": ("manager", QT_TRANSLATE_NOOP("Registers", "Cán bộ")),
    "commune_code": ("commune", QT_TRANSLATE_NOOP("Registers", "Xã, phường")),
    "province_code": ("province", QT_TRANSLATE_NOOP("Registers", "Tỉnh, thành phố")),
}
LABELLED_BY = {"office_area": "commune_code"}  # tables whose entries carry a reference as label
Names = Mapping[tuple[str, str], str]  # (table referred to, id or code as stored) -> its name


@dataclass(frozen=True)
class Change:
    """One entry of the audit log, ready to read."""

    at: datetime
    user: str
    action: str  # insert, update, delete
    table: str
    record_id: int | None
    record: str  # the record's label when the change was made
    field: str
    old: str
    new: str
    reason: str

    @property
    def when(self) -> str:
        """The local time of the change, "21/11/2026 08:30" (the log stores UTC)."""
        moment = self.at if self.at.tzinfo else self.at.replace(tzinfo=UTC)
        return moment.astimezone().strftime("%d/%m/%Y %H:%M")

    @property
    def action_label(self) -> str:
        raw = ACTIONS.get(self.action)
        return translate("Registers", raw) if raw else self.action

    @property
    def what(self) -> str:
        """The record: "Thành viên Nguyễn Văn An"."""
        return f"{table_label(self.table)} {self.record}".strip()

    @property
    def field_label(self) -> str:
        return column_label(self.table, self.field) if self.field else ""


def column_label(table: str, column: str) -> str:
    reference = REFERENCES.get(column)
    return translate("Registers", reference[1]) if reference else field_label(table, column)


def _snapshot_values(text: str | None) -> dict[str, object] | None:
    """The values of an insert snapshot (JSON of the new row); ``None`` when it is not one."""
    try:
        values = json.loads(text or "")
    except ValueError:
        return None
    return values if isinstance(values, dict) else None


def _shown(table: str, column: str, text: str | None, names: Names) -> str:
    reference = REFERENCES.get(column)
    if reference and text:
        name = names.get((reference[0], str(text)))
        if name:
            return name
    return display_text(table, column, text)


def _snapshot(table: str, text: str | None, names: Names) -> str:
    """An insert snapshot as "Label: value; …"."""
    if not text:
        return ""
    values = _snapshot_values(text)
    if values is None:
        return text
    return "; ".join(f"{column_label(table, k)}: {_shown(table, k, v, names)}"  # type: ignore[arg-type]
                     for k, v in values.items() if k not in UNLOGGED and v not in (None, ""))


def _references(entry: dict) -> list[tuple[str, str]]:
    """(column, stored text) of every value of ``entry`` that refers to another record."""
    table, column = entry["table_name"], entry["field"] or ""
    found = []
    if table in LABELLED_BY and entry["record_label"]:
        found.append((LABELLED_BY[table], entry["record_label"]))
    if column in REFERENCES:
        found += [(column, entry[v]) for v in ("old_value", "new_value") if entry[v]]
    if entry["action"] == "insert":
        values = _snapshot_values(entry["new_value"]) or {}
        found += [(k, str(v)) for k, v in values.items() if k in REFERENCES and v]
    return found


def referenced_names(connection: Connection, entries: Iterable[dict]) -> Names:
    """The names of the records the entries refer to by id or code."""
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        for column, text in _references(entry):
            wanted.setdefault(REFERENCES[column][0], set()).add(text)
    return names_of(connection, wanted)


def change_of(entry: dict, names: Names | None = None) -> Change:
    """An audit entry (a row of ``audit_log`` as a dict) in words; ``names`` (from
    :func:`referenced_names`) turn ids and codes of other records into their names."""
    names = names or {}
    table, column = entry["table_name"], entry["field"] or ""
    if entry["action"] == "insert":
        new = _snapshot(table, entry["new_value"], names)
    else:
        new = _shown(table, column, entry["new_value"], names)
    record = entry["record_label"]
    if table in LABELLED_BY:
        record = _shown(table, LABELLED_BY[table], record, names)
    return Change(entry["at"], entry["user_name"], entry["action"], table, entry["record_id"],
                  record, column, _shown(table, column, entry["old_value"], names), new,
                  entry["reason"])


def history(db: Database, table: str, record_id: int) -> list[Change]:
    """Changes to the record and to the rows that belong or belonged to it, newest first."""
    with db.engine.connect() as connection:
        keys = history_keys(connection, table, record_id)
        entries = audit_entries(connection, keys)
        names = referenced_names(connection, entries)
        return [change_of(entry, names) for entry in entries]
