"""The audit log as the "Nhật ký" screen shows it and exports it.

:func:`count` and :func:`page` read the log filtered and sorted (:data:`AUDIT_LIST`), a page at a
time; each row carries ``line``, a :class:`~kttt_desktop.services.registers.history.Change` in
words whose ``record`` names the record even for rows logged without a name (a rating, a
figure), and adds the organisation a row belongs to. :func:`export_log` writes what is listed
to an Excel workbook; :func:`note_export` records the export in the log.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from kttt_desktop.core import clock
from kttt_desktop.core.dates import format_date
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from kttt_desktop.core.numbers import format_number
from kttt_desktop.data.audit import write_entries
from kttt_desktop.data.audit_list import AUDIT_LIST, log_tables, log_users
from kttt_desktop.data.database import Database
from kttt_desktop.data.registers.lists import ListQuery, count_rows, fetch_page
from kttt_desktop.data.registers.records import MODELS, table_of
from kttt_desktop.services.registers.history import Change, Names, change_of, referenced_names
from kttt_desktop.services.registers.kinds import label
from kttt_desktop.services.registers.values import TABLE_LABELS, table_label

OTHER_TABLES = {
    "office": QT_TRANSLATE_NOOP("AuditLog", "Thông tin cơ quan"),
    "office_area": QT_TRANSLATE_NOOP("AuditLog", "Địa bàn"),
    "province": QT_TRANSLATE_NOOP("AuditLog", "Tỉnh, thành phố"),
    "commune": QT_TRANSLATE_NOOP("AuditLog", "Xã, phường"),
    "target": QT_TRANSLATE_NOOP("AuditLog", "Chỉ tiêu kế hoạch"),
    "manual_indicator": QT_TRANSLATE_NOOP("AuditLog", "Chỉ tiêu tự theo dõi"),
    "manual_value": QT_TRANSLATE_NOOP("AuditLog", "Số liệu chỉ tiêu tự theo dõi"),
    "audit_log": QT_TRANSLATE_NOOP("AuditLog", "Nhật ký"),
    "submitted_return": QT_TRANSLATE_NOOP("AuditLog", "Báo cáo đã gửi"),
    "accepted_finding": QT_TRANSLATE_NOOP("AuditLog", "Phát hiện đã chấp nhận"),
}
EXPORT_PAGE = 2000
NEWEST_FIRST = ListQuery(sort="at", descending=True)


def register_label(table: str) -> str:
    """What the officer calls the records of ``table`` ("" for events of no table)."""
    if table in TABLE_LABELS:
        return table_label(table)
    raw = OTHER_TABLES.get(table)
    return translate("AuditLog", raw) if raw else table


def log_query(*, since: date | None = None, until: date | None = None, user: str | None = None,
              table: str | None = None, record: str = "",
              base: ListQuery = NEWEST_FIRST) -> ListQuery:
    """The list query for these filters (``None`` or empty: no filter), keeping ``base``'s sort."""
    return base.replace(filters={"since": since, "until": until, "user": user, "table": table,
                                 "record": record.strip()})


# Names of the records -----------------------------------------------------------------------------


def _names(connection: Connection, rows: list[dict[str, Any]]) -> dict[tuple[str, int], str]:
    """The names of the records of the registers among ``rows`` that still exist, each with the
    organisation it belongs to: "Xếp loại năm 2024 (Hợp tác xã Đồng Tâm)"."""
    wanted: dict[str, set[int]] = {}
    for row in rows:
        if row["table_name"] in MODELS and row["record_id"] is not None:
            wanted.setdefault(row["table_name"], set()).add(row["record_id"])
    names: dict[tuple[str, int], str] = {}
    organisations = table_of("organisation")
    for table, ids in wanted.items():
        source = table_of(table)
        query = select(source)
        if "organisation_id" in source.c and table != "organisation":
            query = select(source, organisations.c.name.label("owner")).outerjoin(
                organisations, organisations.c.id == source.c.organisation_id)
        for found in connection.execute(query.where(source.c.id.in_(sorted(ids)))).mappings():
            name = label(table, found)
            owner = found.get("owner")
            names[(table, found["id"])] = translate(
                "Registers", "{name} ({organisation})").format(
                    name=name, organisation=owner) if owner else name
    return names


def _counts_text(text: str | None) -> str | None:
    """A bulk write's entry (no table) whose value counts rows by table, in words:
    "Cán bộ: 3.094; Thành viên: 60.500"; ``None`` when the value is something else."""
    try:
        counts = json.loads(text or "")
    except ValueError:
        return None
    if not isinstance(counts, dict) or not all(
            isinstance(n, int) and register_label(t) != t for t, n in counts.items()):
        return None
    return "; ".join(f"{register_label(t)}: {format_number(n)}" for t, n in counts.items())


def _line(row: Mapping[str, Any], names: dict[tuple[str, int], str],
          referred: Names) -> Change:
    change = change_of(dict(row), referred)
    if not row["table_name"] and (counts := _counts_text(row["new_value"])):
        return dataclasses.replace(change, new=counts)
    named = names.get((row["table_name"], row["record_id"]))
    if named:
        return dataclasses.replace(change, record=named)
    if not change.record and row["record_id"] is not None:  # gone, and logged without a name
        return dataclasses.replace(change, record=translate(
            "AuditLog", "bản ghi số {id}").format(id=row["record_id"]))
    return change


def _with_lines(connection: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    names, referred = _names(connection, rows), referenced_names(connection, rows)
    return [{**row, "line": _line(row, names, referred)} for row in rows]


# Reading -------------------------------------------------------------------------------------------


def count(db: Database, query: ListQuery) -> int:
    with db.engine.connect() as connection:
        return count_rows(connection, AUDIT_LIST, query)


def page(db: Database, query: ListQuery, offset: int, limit: int, *,
         matches: int | None = None) -> list[dict[str, Any]]:
    """Rows of the log (dicts of its columns and ``line``, the entry in words)."""
    with db.engine.connect() as connection:
        rows = fetch_page(connection, AUDIT_LIST, query, offset, limit, matches=matches)
        return _with_lines(connection, rows)


@dataclass(frozen=True)
class FilterChoices:
    users: list[str]
    tables: list[tuple[str, str]]  # (table, its label), in Vietnamese order of the labels


def filter_choices(db: Database) -> FilterChoices:
    from kttt_desktop.core.text import sort_key

    with db.engine.connect() as connection:
        users = log_users(connection)
        tables = [(t, register_label(t)) for t in log_tables(connection)]
    return FilterChoices(users, sorted(tables, key=lambda item: sort_key(item[1])))


def record_exists(db: Database, table: str, record_id: int | None) -> bool:
    """Whether the record an entry concerns is still in its register (to open it)."""
    if table not in MODELS or record_id is None:
        return False
    source = table_of(table)
    with db.engine.connect() as connection:
        return connection.execute(select(source.c.id).where(source.c.id == record_id)
                                  ).first() is not None


# Export --------------------------------------------------------------------------------------------


def change_text(change: Change) -> str:
    """"old → new" for a field changed; the values of a record added."""
    if change.action == "update":
        return f"{change.old or '∅'} → {change.new or '∅'}"
    return change.new


def describe_filters(query: ListQuery) -> str:
    """The filters of ``query`` in words (for the export's heading and its log entry)."""
    filters = query.filters
    parts = []
    if filters.get("since"):
        parts.append(translate("AuditLog", "từ ngày {day}").format(
            day=format_date(filters["since"])))
    if filters.get("until"):
        parts.append(translate("AuditLog", "đến ngày {day}").format(
            day=format_date(filters["until"])))
    if filters.get("user") is not None and filters.get("user") != "":
        parts.append(translate("AuditLog", "người dùng {user}").format(user=filters["user"]))
    if filters.get("table"):
        parts.append(translate("AuditLog", "sổ {register}").format(
            register=register_label(filters["table"])))
    if filters.get("record"):
        parts.append(translate("AuditLog", "bản ghi “{record}”").format(record=filters["record"]))
    return ", ".join(parts) or translate("AuditLog", "toàn bộ nhật ký")


def _columns() -> list[tuple[str, int]]:
    return [(translate("AuditLog", "Thời gian"), 17), (translate("AuditLog", "Người dùng"), 14),
            (translate("AuditLog", "Thao tác"), 10), (translate("AuditLog", "Sổ"), 16),
            (translate("AuditLog", "Bản ghi"), 36), (translate("AuditLog", "Thông tin"), 20),
            (translate("AuditLog", "Giá trị cũ → mới"), 60), (translate("AuditLog", "Lý do"), 30)]


def _export_rows(db: Database, query: ListQuery, total: int) -> Iterator[list[object]]:
    for offset in range(0, total, EXPORT_PAGE):
        for row in page(db, query, offset, EXPORT_PAGE, matches=total):
            change: Change = row["line"]
            moment = change.at.astimezone().replace(tzinfo=None)
            yield [moment, change.user, change.action_label, register_label(change.table),
                   change.record, change.field_label, change_text(change), change.reason]


@dataclass(frozen=True)
class ExportedLog:
    path: Path
    rows: int
    filters: str  # in words


def export_log(db: Database, query: ListQuery, target: Path | str, *,
               progress: Callable[[int, int, str], None] | None = None) -> ExportedLog:
    """Write the entries ``query`` lists to the workbook ``target`` (replaced atomically); only
    reads the database (record the export with :func:`note_export`)."""
    from kttt_desktop.reports.log_xlsx import write_log  # openpyxl: not for the log's screen

    target = Path(target)
    total = count(db, query)
    filters = describe_filters(query)
    subtitle = translate("AuditLog", "{filters}: {n} dòng; xuất lúc {time} bởi {user}.").format(
        filters=filters[:1].upper() + filters[1:], n=format_number(total),
        time=clock.now().astimezone().strftime("%d/%m/%Y %H:%M"), user=db.user or "?")

    def step(done: int) -> None:
        if progress is not None:
            progress(done, total, translate("AuditLog", "Đang ghi {done}/{total} dòng…").format(
                done=format_number(done), total=format_number(total)))

    written = write_log(target, sheet=translate("AuditLog", "Nhật ký"),
                        title=translate("AuditLog", "NHẬT KÝ THAY ĐỔI DỮ LIỆU"),
                        subtitle=subtitle, columns=_columns(),
                        rows=_export_rows(db, query, total), progress=step)
    return ExportedLog(target, written, filters)


def note_export(db: Database, exported: ExportedLog) -> None:
    """Record in the log that (part of) it was exported, where to and with which filters."""
    with db.session() as session:
        write_entries(session.connection(), [{
            "action": "export", "user_name": db.user, "table_name": "audit_log",
            "record_label": exported.path.name,
            "reason": translate("AuditLog", "Xuất {n} dòng nhật ký ({filters}) ra {path}").format(
                n=format_number(exported.rows), filters=exported.filters, path=exported.path)}])
