"""Searching names by the words typed, and the index that finds them without a scan.

The rule (every list searched by name follows it): each word typed, folded as the stored
``name_folded`` (data.derived), must occur in the folded name. A word of three letters or more
occurs anywhere in it ("uyen" finds Nguyễn); a shorter one starts one of the name's words ("vu"
finds Vũ and Vương, "an" finds An and Anh but not Lan), as one types a name from its start.

Searching a register of people with ``LIKE '%word%'`` reads every row: 10 ms for the 60,500
members of a province, 200 ms and more for a national register of 1,000,000, on every keystroke.
An index of the name's trigrams answers in a few milliseconds at any size:

- SQLite: an FTS5 table per register (``member_fts``, ``manager_fts``) with the trigram
  tokenizer over the folded name after a space (so that " vu", three characters, finds a word
  that starts with "vu"). It is an *external content* table (it keeps only the index; its rowid
  is the record's id; its content is the view ``<register>_fts_names``) kept in step by
  triggers on the register's table, so that every path that writes the folded column keeps it
  in step whatever it is: a form (the ORM's events and the save's Core update), an import or
  the demo (Core inserts), a delete, the trash's restore, a migration that recomputes the
  folded names with UPDATE. Triggers make it behave as an index does, which is what PostgreSQL
  gives below. A migration that rebuilds a register's table (Alembic's batch mode copies it,
  dropping its triggers), or that recomputes the folded names, calls :func:`rebuild` after
  (or does its work inside :func:`rebuilt_after`, faster).
  FTS5 writes what a trigger adds at the end of each statement, so rows inserted one statement
  each (``executemany``) cost 20 µs apiece instead of 2: the writers of many new rows (an import,
  the demo) wrap them in :func:`adding_many`, which indexes them at the end in one statement.
- PostgreSQL: the same ``LIKE`` conditions are served by a trigram index of the ``pg_trgm``
  extension (:data:`POSTGRESQL`); :class:`NameContains` compiles to them there.

One-letter words, and words of digits (which search the personal ID too), are compared row by
row. The registers of organisations and OCOP products are searched row by row: a national
register holds some 40,000 organisations, read in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Table,
    and_,
    bindparam,
    func,
    literal,
    literal_column,
    select,
    table,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement

INDEXED: tuple[str, ...] = ("member", "manager")  # the registers of people
ANYWHERE = 3  # letters: a word this long occurs anywhere in the name, a shorter one starts a word

# What a PostgreSQL database needs for the same search (run once by its set-up).
POSTGRESQL = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS member_name_trgm ON member USING gin (name_folded gin_trgm_ops);
CREATE INDEX IF NOT EXISTS manager_name_trgm ON manager USING gin (name_folded gin_trgm_ops);
"""


def index_name(register: str) -> str:
    return f"{register}_fts"


def _statements(register: str) -> list[str]:
    """The index of ``register``, its content, and the triggers that keep it in step with
    ``name_folded``."""
    index = index_name(register)
    remove = (f"INSERT INTO {index}({index}, rowid, name) "
              f"VALUES ('delete', old.id, ' ' || old.name_folded || ' ');")
    add = f"INSERT INTO {index}(rowid, name) VALUES (new.id, ' ' || new.name_folded || ' ');"
    return [
        f"CREATE VIEW IF NOT EXISTS {index}_names AS "
        f"SELECT id, ' ' || name_folded || ' ' AS name FROM {register}",
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {index} USING fts5(name, "
        f"content='{index}_names', content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER IF NOT EXISTS {index}_insert AFTER INSERT ON {register} BEGIN {add} END",
        f"CREATE TRIGGER IF NOT EXISTS {index}_delete AFTER DELETE ON {register} "
        f"BEGIN {remove} END",
        f"CREATE TRIGGER IF NOT EXISTS {index}_update AFTER UPDATE OF name_folded ON {register} "
        f"WHEN old.name_folded IS NOT new.name_folded BEGIN {remove} {add} END",
    ]


def create(connection: Connection) -> None:
    """Make the indexes and their triggers where they are missing, and fill them."""
    if connection.dialect.name != "sqlite":
        for statement in filter(str.strip, POSTGRESQL.split(";")):
            connection.exec_driver_sql(statement)
        return
    for register in INDEXED:
        for statement in _statements(register):
            connection.exec_driver_sql(statement)
    rebuild(connection)


def rebuild(connection: Connection) -> None:
    """Bring the indexes in step with the stored folded names (their triggers too).

    The one line to call after the folded names were recomputed, or a register's table was
    rebuilt, by a migration: ``name_index.rebuild(op.get_bind())``. Before the indexes exist
    (a migration older than the one that makes them) it does nothing.
    """
    if connection.dialect.name != "sqlite":
        return  # PostgreSQL's index follows the column by itself
    for register in INDEXED:
        index = index_name(register)
        if not _exists(connection, index):
            continue
        for statement in _statements(register):  # what a table copy dropped
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('rebuild')")


@contextmanager
def adding_many(connection: Connection) -> Iterator[None]:
    """Around the inserts of many new rows (ids above every existing one) in the transaction of
    ``connection``: the insert triggers are set aside, and the rows added are indexed at the end
    in one statement each. Changes and deletes keep their triggers. All or nothing with the
    transaction (SQLite's DDL is transactional)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    present = [r for r in INDEXED if _exists(connection, index_name(r))]
    last = {r: connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {r}").scalar_one()
            for r in present}
    for register in present:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {index_name(register)}_insert")
    yield
    for register in present:
        index = index_name(register)
        connection.exec_driver_sql(
            f"INSERT INTO {index}(rowid, name) SELECT id, ' ' || name_folded || ' ' "
            f"FROM {register} WHERE id > ? ORDER BY id", (last[register],))
        connection.exec_driver_sql(_statements(register)[2])  # the insert trigger


@contextmanager
def rebuilt_after(connection: Connection) -> Iterator[None]:
    """Around a change of many folded names (a migration that recomputes them after ``fold``
    changed): the triggers are set aside meanwhile (each changed name would cost 20 µs through
    them), and the index is rebuilt at the end (:func:`rebuild`)."""
    if connection.dialect.name == "sqlite":
        for register in INDEXED:
            for trigger in ("insert", "delete", "update"):
                connection.exec_driver_sql(
                    f"DROP TRIGGER IF EXISTS {index_name(register)}_{trigger}")
    yield
    rebuild(connection)


def drop(connection: Connection) -> None:
    """Remove the indexes and their triggers (the migration's downgrade)."""
    for register in INDEXED:
        index = index_name(register)
        for trigger in ("insert", "delete", "update"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {index}_{trigger}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {index}")
        connection.exec_driver_sql(f"DROP VIEW IF EXISTS {index}_names")


def belongs_to_index(table_name: str | None) -> bool:
    """Whether a table is one of the indexes or one of the tables FTS5 keeps for it, or an
    index is PostgreSQL's index of names (not one of the models: schema comparisons leave them
    out)."""
    return table_name is not None and any(
        table_name in (index_name(r), f"{r}_name_trgm") or table_name.startswith(index_name(r) + "_")
        for r in INDEXED)


def _exists(connection: Connection, index: str) -> bool:
    return connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (index,)
    ).first() is not None


def in_step(connection: Connection, register: str) -> bool:
    """Whether the index of ``register`` holds exactly the stored folded names (FTS5's own
    check of an external content table against its content)."""
    index = index_name(register)
    try:
        connection.exec_driver_sql(
            f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
    except Exception as exc:
        if "malformed" in str(exc) or "corrupt" in str(exc):
            return False
        raise
    return True


# Search ----------------------------------------------------------------------------------------

def name_has_word(column: Any, word: str) -> ColumnElement[bool]:
    """The folded name in ``column`` holds the folded ``word`` (the module's rule), compared
    row by row (``%`` and ``_`` in the word are taken literally)."""
    if len(word) >= ANYWHERE:
        return column.contains(word, autoescape=True)
    return (literal(" ") + column).contains(" " + word, autoescape=True)


def indexable(word: str) -> bool:
    """Whether a folded search word can be looked up in the index (else compared row by row):
    every word but numbers (those search the personal ID too)."""
    return not word.isdigit()


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _phrase_key(register: str) -> str:
    return f"{register}_words"


def match_phrase(words: list[str], starts: dict[str, list[str]] | None = None) -> str:
    """The FTS5 query of names holding every word (the module's rule): each a quoted string,
    a substring for the trigram tokenizer; a word of two letters after a space (the start of a
    word). A word of one letter is any of ``starts[word]``, the trigrams of the index that
    begin with a space and that letter (none: it matches nothing)."""
    parts = []
    for word in words:
        if len(word) >= ANYWHERE:
            parts.append(_quoted(word))
        elif len(word) == ANYWHERE - 1:
            parts.append(_quoted(" " + word))
        else:
            terms = (starts or {}).get(word) or [" " + word]  # two characters: matches nothing
            parts.append("(" + " OR ".join(_quoted(term) for term in terms) + ")")
    return " AND ".join(parts)


_read_starts: ContextVar[dict[tuple[str, str], list[str]] | None] = ContextVar(
    "read_starts", default=None)


@contextmanager
def one_reading() -> Iterator[None]:
    """Around the statements of one reading of a list (the rows, then their count): the
    trigrams that start a one-letter word are read from the index once (30 ms among a million
    names), not for each statement."""
    token = _read_starts.set({})
    try:
        yield
    finally:
        _read_starts.reset(token)


def _starts(connection: Connection, register: str, letters: set[str]) -> dict[str, list[str]]:
    """The trigrams of the index that begin with a space and each letter (its vocabulary)."""
    if not letters:
        return {}
    known = _read_starts.get()
    if known is not None and all((register, letter) in known for letter in letters):
        return {letter: known[register, letter] for letter in letters}
    index = index_name(register)
    vocabulary = f"temp.{index}_vocabulary"
    connection.exec_driver_sql(  # per connection, in its temporary schema
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocabulary} USING fts5vocab(main, {index}, row)")
    starts = {letter: [row[0] for row in connection.exec_driver_sql(
        f"SELECT term FROM {vocabulary} WHERE term > ? AND term < ?",
        (" " + letter, " " + letter + "\U0010ffff"))] for letter in letters}
    if known is not None:
        known.update({(register, letter): terms for letter, terms in starts.items()})
    return starts


def _letters(words: list[str]) -> set[str]:
    return {w for w in words if len(w) < ANYWHERE - 1}


def match_values(connection: Connection, register: Table, words: list[str]) -> dict[str, str]:
    """The value a statement with :class:`NameContains` of ``register`` and ``words`` needs
    when it runs, if any: the query with the trigrams that start its one-letter words now."""
    letters = _letters(words)
    if not letters or connection.dialect.name != "sqlite":
        return {}
    return {_phrase_key(register.name): match_phrase(
        words, _starts(connection, register.name, letters))}


class NameContains(ColumnElement[bool]):
    """The folded name of a row of ``register`` holds every one of ``words`` (each
    :func:`indexable`, the module's rule): through the FTS5 index on SQLite, ``LIKE`` elsewhere
    (pg_trgm). A one-letter word needs the values of :func:`match_values` when it runs."""

    type = Boolean()
    inherit_cache = False  # compiled once by the lists' prepared statements
    _is_implicitly_boolean = True  # a condition as it stands (not "… = 1")

    def __init__(self, register: Table, words: list[str]) -> None:
        self.register = register
        self.words = list(words)


@compiles(NameContains)
def _compile_like(element: NameContains, compiler: Any, **kw: Any) -> str:
    column = element.register.c.name_folded
    return compiler.process(and_(*(name_has_word(column, w) for w in element.words)), **kw)


@compiles(NameContains, "sqlite")
def _compile_fts(element: NameContains, compiler: Any, **kw: Any) -> str:
    """``id IN (rows of the index matching the query)``; a query with one-letter words is given
    when the statement runs (:func:`match_values`)."""
    register = element.register.name
    index = index_name(register)
    phrase = (bindparam(_phrase_key(register)) if _letters(element.words)
              else bindparam(None, match_phrase(element.words), unique=True))
    rows = select(literal_column("rowid")).select_from(table(index)).where(
        literal_column(index).op("MATCH")(phrase))
    return compiler.process(element.register.c.id.in_(rows.scalar_subquery()), **kw)


def name_contains(register: Table, words: list[str]) -> ColumnElement[bool]:
    return NameContains(register, words)


def name_conditions(source: Table, words: list[str]) -> list[ColumnElement[bool]]:
    """The rows of ``source`` whose folded name holds every one of ``words``: through the
    index where ``source`` has one, for words of two letters or more (a statement that needs
    no :func:`match_values`)."""
    looked_up = [w for w in words if source.name in INDEXED and indexable(w)
                 and len(w) >= ANYWHERE - 1]
    conditions = [name_contains(source, looked_up)] if looked_up else []
    return conditions + [name_has_word(source.c.name_folded, w) for w in words
                         if w not in looked_up]


def count_matches(connection: Connection, register: Table, words: list[str],
                  cap: int | None = None) -> int:
    """How many rows of ``register`` hold every one of ``words`` (each :func:`indexable`), up
    to ``cap``: on SQLite read from the index alone, without a row of the register."""
    if connection.dialect.name != "sqlite":
        rows = select(register.c.id).where(name_contains(register, words)).limit(cap)
        return connection.execute(select(func.count()).select_from(rows.subquery())).scalar_one()
    index = index_name(register.name)
    rows = f"SELECT rowid FROM {index} WHERE {index} MATCH ?" + (" LIMIT ?" if cap else "")
    phrase = match_phrase(words, _starts(connection, register.name, _letters(words)))
    values = (phrase, cap) if cap else (phrase,)
    return connection.exec_driver_sql(f"SELECT count(*) FROM ({rows})", values).scalar_one()
