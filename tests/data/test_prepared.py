"""Statements run straight on the driver's connection store and read exactly what the same
statements run by SQLAlchemy do, inside the connection's own transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import bindparam, event, select, text, update
from sqlalchemy.exc import StatementError

from kttt_desktop.data.database import open_database
from kttt_desktop.data.models import Member
from kttt_desktop.data.prepared import Prepared
from tests.registers_helpers import TAX_CODES, member, organisation

MEMBERS = Member.__table__
BY_ID = MEMBERS.c.id == bindparam("record")
CHANGED = {"birth_date": date(1979, 2, 28), "updated_at": datetime(2026, 3, 4, 5, 6, 7, 89, UTC),
           "is_worker": True}
READ = Prepared(select(MEMBERS.c.birth_date, MEMBERS.c.updated_at, MEMBERS.c.is_worker)
                .where(BY_ID))


def stored_text(db, record_id: int) -> tuple:
    """The values as the database holds them, as text (read without the column types)."""
    with db.engine.connect() as connection:
        return tuple(connection.execute(text(
            "SELECT CAST(birth_date AS TEXT), CAST(updated_at AS TEXT), CAST(is_worker AS TEXT) "
            "FROM member WHERE id = :id"), {"id": record_id}).one())


@pytest.fixture
def two_members(db):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    return member(db, htx, "Nguyễn Văn An"), member(db, htx, "Trần Văn Bình")


def test_values_are_stored_and_read_as_sqlalchemy_stores_and_reads_them(db, two_members):
    by_sqlalchemy, prepared = two_members
    with db.transaction() as connection:
        connection.execute(update(MEMBERS).where(BY_ID), {**CHANGED, "record": by_sqlalchemy})
        assert Prepared(update(MEMBERS).where(BY_ID), list(CHANGED)).run(
            connection, {**CHANGED, "record": prepared}) == 1
    assert stored_text(db, prepared) == stored_text(db, by_sqlalchemy)
    assert stored_text(db, prepared)[0] == "1979-02-28"
    with db.engine.connect() as connection:
        read = READ.rows(connection, {"record": prepared})
        assert read == [tuple(CHANGED.values())]
        assert read == [tuple(connection.execute(READ.statement, {"record": by_sqlalchemy}).one())]
        assert READ.mapping(connection, {"record": prepared}) == CHANGED
        assert READ.mapping(connection, {"record": 0}) is None


def test_the_statements_belong_to_the_connection_s_transaction(db, two_members):
    record_id = two_members[0]
    with pytest.raises(RuntimeError), db.transaction() as connection:
        Prepared(update(MEMBERS).where(BY_ID), ["phone"]).run(
            connection, {"phone": "0912345678", "record": record_id})
        raise RuntimeError("the save fails after the statement")
    with db.engine.connect() as connection:
        assert connection.execute(select(MEMBERS.c.phone).where(BY_ID),
                                  {"record": record_id}).scalar() == ""


def test_a_missing_value_is_refused_and_a_second_database_is_served_too(db, db_path, tmp_path,
                                                                        two_members, engine):
    # SQLite's direct path refuses it itself; elsewhere SQLAlchemy does (StatementError)
    with db.engine.connect() as connection, pytest.raises((KeyError, StatementError),
                                                          match="record"):
        READ.rows(connection)
    db.close()
    if engine == "postgresql":
        copy = db_path  # another engine of the same server database
    else:
        copy = tmp_path / "copy.db"
        copy.write_bytes(db_path.read_bytes())
    for path in (copy, db_path):
        other = open_database(path)
        with other.engine.connect() as connection:
            assert len(READ.rows(connection, {"record": two_members[1]})) == 1
        other.close()


def test_an_in_list_is_read_too_and_the_engine_s_listeners_see_every_statement(db, two_members):
    seen = []

    def listener(_connection, _cursor, statement, parameters, _context, _many):
        values = tuple(parameters.values()) if isinstance(parameters, dict) else parameters
        seen.append((statement.split()[0], values))

    event.listen(db.engine, "before_cursor_execute", listener)
    with db.engine.connect() as connection:
        assert sorted(Prepared(select(MEMBERS.c.id).where(MEMBERS.c.id.in_(two_members)))
                      .rows(connection)) == sorted((i,) for i in two_members)
        READ.rows(connection, {"record": two_members[0]})
    event.remove(db.engine, "before_cursor_execute", listener)
    assert seen[-1] == ("SELECT", (two_members[0],)) and len(seen) == 2
