"""The history of a record as its form shows it: every change to it and to the rows that belong
to it, newest first, in words."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from kttt_desktop.data.audit import UNLOGGED
from kttt_desktop.data.database import Database
from kttt_desktop.data.registers.history import audit_entries, history_keys
from kttt_desktop.services.registers.values import display_text, field_label, table_label

ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("Registers", "Thêm"),
    "update": QT_TRANSLATE_NOOP("Registers", "Sửa"),
    "delete": QT_TRANSLATE_NOOP("Registers", "Xóa"),
    "restore": QT_TRANSLATE_NOOP("Registers", "Khôi phục"),  # the database, from a backup
    "export": QT_TRANSLATE_NOOP("Registers", "Xuất"),  # the audit log, to a workbook
}


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
        return field_label(self.table, self.field) if self.field else ""


def _snapshot(table: str, text: str | None) -> str:
    """An insert snapshot (JSON of the new row) as "Label: value; …"."""
    if not text:
        return ""
    try:
        values = json.loads(text)
    except ValueError:
        return text
    return "; ".join(f"{field_label(table, k)}: {display_text(table, k, v)}"
                     for k, v in values.items() if k not in UNLOGGED and v not in (None, ""))


def change_of(entry: dict) -> Change:
    """An audit entry (a row of ``audit_log`` as a dict) in words."""
    table, column = entry["table_name"], entry["field"] or ""
    if entry["action"] == "insert":
        new = _snapshot(table, entry["new_value"])
    else:
        new = display_text(table, column, entry["new_value"])
    return Change(entry["at"], entry["user_name"], entry["action"], table, entry["record_id"],
                  entry["record_label"], column, display_text(table, column, entry["old_value"]),
                  new, entry["reason"])


def history(db: Database, table: str, record_id: int) -> list[Change]:
    """Changes to the record and to the rows that belong or belonged to it, newest first."""
    with db.engine.connect() as connection:
        keys = history_keys(connection, table, record_id)
        return [change_of(entry) for entry in audit_entries(connection, keys)]
