"""The member register's scenarios: open list, search, save.

- open list: the member list model of the member screen counts its rows and makes the text of
  every cell of the first screen (30 rows), sorted by name; floor: the same two statements (the
  count, the first page) run by raw sqlite3;
- search: one keystroke of the accent-insensitive search in the member list, the count and the
  first screen of results shown. Each run is the next keystroke of one of a few names typed, so
  every run asks something new, as typing does; floor: raw sqlite3 count and first page of
  ``name_folded LIKE '%…%'`` for the same text;
- save: one member whose phone changed, saved through the form's service path (tidying, rules,
  duplicates, audit, commit), a different member each run; floor: the same statements run by raw
  sqlite3 (the organisation's context, the duplicate queries, the read of the stored row, the
  UPDATE, the audit INSERT, one commit: those the program sent when it saved each member once
  before the runs), with the pragmas the program's connections use (WAL, synchronous=NORMAL,
  foreign keys, secure delete). A bare UPDATE cannot be the floor of a path that must check
  and audit what it saves.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from benchmarks.measure import Prepared, Setting

SCREEN_ROWS = 30
TYPED = ("nguyen van hung", "tran thi hoa", "le minh tuan", "pham thu ha", "vu dinh long",
         "hoang bich ngoc")
KEYSTROKES = [name[:length] for name in TYPED for length in range(1, len(name) + 1)]
SAVED_MEMBERS = 200


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the pragmas of the program's (data.database)."""
    connection = sqlite3.connect(str(path))
    for pragma in ("foreign_keys = ON", "secure_delete = ON", "journal_mode = WAL",
                   "synchronous = NORMAL"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


class _MemberList:
    """The member screen's list model over the database, and the statements it runs."""

    def __init__(self, setting: Setting) -> None:
        from PySide6.QtWidgets import QApplication

        from kttt_desktop.data.database import open_database
        from kttt_desktop.ui.registers.members import MemberScreen
        from kttt_desktop.ui.registers.panel import RegisterListSource
        from kttt_desktop.ui.registers.table_model import PagedListModel

        self.app = QApplication.instance() or QApplication([])
        self.database = open_database(setting.database)
        # The screen's columns; the method reads nothing of the screen itself.
        columns = MemberScreen.columns(None)  # type: ignore[arg-type]
        self.model = PagedListModel(RegisterListSource(self.database, "member"), columns)

    def show(self, search: str = "") -> int:
        from kttt_desktop.data.registers.lists import ListQuery

        model = self.model
        model.set_query(ListQuery(search=search))
        shown = min(SCREEN_ROWS, model.rowCount())
        for row in range(shown):
            for column in range(model.columnCount()):
                model.text(row, column)
        return model.rowCount()

    def close(self) -> None:
        self.database.close()


def _statements_of(members: _MemberList) -> list[tuple[str, Any]]:
    """The statements (and their values) the model sends to open the whole list."""
    return [(statement, parameters) for statement, parameters, _ in _sent(members.database,
                                                                          members.show)
            if statement.lstrip().upper().startswith("SELECT")]


def open_list(setting: Setting, path: str) -> Prepared:
    members = _MemberList(setting)
    if path == "program":
        def run(_: int) -> None:
            assert members.show() > 0

        return Prepared(run, members.close)
    statements = _statements_of(members)
    members.close()
    raw = raw_connection(setting.database)

    def floor(_: int) -> None:
        for statement, parameters in statements:
            assert raw.execute(statement, parameters).fetchall()

    return Prepared(floor, raw.close)


# The first page of the floor of the search: the member list's columns, unsorted.
LIKE_PAGE = """SELECT m.id, m.full_name, m.birth_date, m.birth_year, m.gender, m.cccd, m.phone,
    o.name, o.kind, m.joined_on, m.left_on
FROM member AS m JOIN organisation AS o ON o.id = m.organisation_id
WHERE m.name_folded LIKE ? LIMIT ?"""


def search(setting: Setting, path: str) -> Prepared:
    if path == "program":
        members = _MemberList(setting)
        return Prepared(lambda n: members.show(KEYSTROKES[n % len(KEYSTROKES)]), members.close)
    from kttt_desktop.ui.registers.table_model import PAGE_SIZE

    raw = raw_connection(setting.database)

    def floor(number: int) -> None:
        pattern = f"%{KEYSTROKES[number % len(KEYSTROKES)]}%"
        raw.execute("SELECT count(*) FROM member WHERE name_folded LIKE ?", (pattern,)).fetchone()
        raw.execute(LIKE_PAGE, (pattern, PAGE_SIZE)).fetchall()

    return Prepared(floor, raw.close)


def _saved_members(database: Path) -> list[int]:
    connection = sqlite3.connect(str(database))
    try:
        return [row[0] for row in connection.execute(
            "SELECT id FROM member ORDER BY id LIMIT ?", (SAVED_MEMBERS,))]
    finally:
        connection.close()


def _phone(prefix: str, number: int) -> str:
    return f"{prefix}{number % 100_000:05d}"


def save(setting: Setting, path: str) -> Prepared:
    from kttt_desktop.data.database import open_database
    from kttt_desktop.services.registers.records import load_record, save_record

    members = _saved_members(setting.database)
    database = open_database(setting.database)
    loaded = {member: load_record(database, "member", member) for member in members}

    def run(number: int, prefix: str = "09123") -> None:
        member = members[number % len(members)]
        values = {**loaded[member], "phone": _phone(prefix, number)}
        save_record(database, "member", values, member, reason="benchmark")

    if path == "program":
        return Prepared(run, database.close)
    # A phone the member does not have: each save changes its member, as the program's do.
    saves = [_sent(database, lambda n=n, m=m: run(n, "09876" if loaded[m]["phone"] !=
                                                   _phone("09876", n) else "09875"))
             for n, m in enumerate(members)]
    assert all(any(statement.lstrip().upper().startswith("UPDATE") for statement, _, _ in save)
               for save in saves), "each save the floor replays writes its member"
    database.close()
    raw = raw_connection(setting.database)

    def floor(number: int) -> None:
        raw.execute("BEGIN")
        for statement, parameters, many in saves[number % len(saves)]:
            if many:
                raw.executemany(statement, parameters)
            else:
                raw.execute(statement, parameters).fetchall()
        raw.commit()

    return Prepared(floor, raw.close)


def _sent(database: Any, action: Any) -> list[tuple[str, Any, bool]]:
    """The statements (with their values) the program sends to the database during ``action``."""
    from sqlalchemy import event

    sent: list[tuple[str, Any, bool]] = []

    def grab(_c: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
             many: bool) -> None:
        sent.append((statement, parameters, many))

    event.listen(database.engine, "before_cursor_execute", grab)
    try:
        action()
    finally:
        event.remove(database.engine, "before_cursor_execute", grab)
    return sent
