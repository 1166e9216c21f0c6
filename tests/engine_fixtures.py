"""Running the data, services and command tests on both engines: SQLite and PostgreSQL.

A test of tests/data, tests/services or tests/cli that uses the ``engine`` fixture, directly or
through ``db_path`` or ``db``, runs twice: ``[sqlite]`` on a file and ``[postgresql]`` on a
database of a throwaway PostgreSQL cluster (tests/postgresql_server.py), started when the
first such test runs and stopped at the end of the session. Without PostgreSQL installed (and
no ``--postgresql-url``), the ``[postgresql]`` runs are skipped, saying why.

Tests of what only a file has (the writer lock, WAL, backups by copy, quick_check, the header
and application id, the network-share warning, restore by swapping files, a full disk) are
marked ``@pytest.mark.sqlite_only`` and run on SQLite alone. ``-m "not postgresql"`` leaves
the PostgreSQL runs out.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ENGINES = ("sqlite", "postgresql")
BOTH_ENGINES = ("tests/data/", "tests/services/", "tests/cli/")  # where tests run on both


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--postgresql-url", default=os.environ.get("KTTT_TEST_POSTGRESQL_URL"),
                     help="a running PostgreSQL server for the [postgresql] tests (a role that "
                          "may create databases), instead of a throwaway cluster")


def _on_both(item_path: Path, root: Path) -> bool:
    relative = item_path.relative_to(root).as_posix()
    return relative.startswith(BOTH_ENGINES)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    definition = metafunc.definition
    both = _on_both(Path(str(definition.path)), Path(str(metafunc.config.rootpath))) and \
        definition.get_closest_marker("sqlite_only") is None
    on_server = pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql)
    if definition.get_closest_marker("postgresql_only") is not None:
        engines = [on_server]
    elif both or definition.get_closest_marker("postgresql") is not None:
        engines = [pytest.param("sqlite", id="sqlite"), on_server]
    else:
        return  # SQLite alone: the test keeps its plain name
    metafunc.parametrize("engine", engines, indirect=True)


def raw_sql(address: Path | str, statement: str) -> list[tuple]:
    """Run ``statement`` (no parameters) on a database file with plain sqlite3, or on a server
    database with plain psycopg, committed; the rows it read. The tests' independent reader."""
    if "://" not in str(address):
        import sqlite3

        with contextlib.closing(sqlite3.connect(address)) as connection, connection:
            return connection.execute(statement).fetchall()
    import psycopg

    with psycopg.connect(str(address)) as connection:
        cursor = connection.execute(statement)  # type: ignore[arg-type]
        return cursor.fetchall() if cursor.description else []


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The engine the test runs on: "sqlite" or "postgresql" (see the module's note)."""
    return getattr(request, "param", "sqlite")


class Server:
    """The PostgreSQL server of the test session: makes and drops databases on it."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self._numbers = itertools.count(1)

    def url(self, database: str) -> str:
        return self.admin_url.rsplit("/", 1)[0] + "/" + database

    def execute(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]

    def create(self, prefix: str = "t", *, template: str | None = None,
               options: str = "") -> str:
        """A new database (a copy of ``template``, if given); its URL."""
        name = f"{prefix}_{os.getpid()}_{next(self._numbers)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        self.execute(f'CREATE DATABASE "{name}"{copy} {options}')
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgresql_server(request: pytest.FixtureRequest) -> Iterator[Server]:
    """The session's PostgreSQL server (skips the test when there is none)."""
    from tests.postgresql_server import binaries, start_cluster

    given = request.config.getoption("--postgresql-url")
    if given:
        yield Server(given)
        return
    if binaries() is None:
        pytest.skip("PostgreSQL is not installed (scripts/setup.sh --tests installs it)")
    cluster = start_cluster()
    try:
        yield Server(cluster.url)
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def _postgresql_template(postgresql_server: Server) -> str:
    """The name of a server database holding the small office of ``_template_database``."""
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.services.office import save_profile
    from tests.conftest import small_office

    url = postgresql_server.create("template")
    build_new_database(url, lambda db: save_profile(db, small_office()))
    return url.rsplit("/", 1)[1]


@pytest.fixture
def server_database(request: pytest.FixtureRequest) -> Iterator[Callable[..., str]]:
    """``server_database(template=None)``: a new database on the session's server, dropped at
    the end of the test; its URL."""
    made: list[str] = []
    server: Server = request.getfixturevalue("postgresql_server")

    def make(template: str | None = None, options: str = "") -> str:
        url = server.create(template=template, options=options)
        made.append(url)
        return url

    yield make
    for url in made:
        server.drop(url)
