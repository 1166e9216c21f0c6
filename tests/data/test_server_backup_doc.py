"""The backup and restore of a server database, as docs/may-chu-postgresql.md tells the server's
administrator: its commands, run as written by a login that owns its databases without being a
superuser, give back a database with the same data and the same check results."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from kttt_desktop.cli import main
from tests.engine_fixtures import raw_sql
from tests.postgresql_server import binaries
from tests.return_office import build_return_office

pytestmark = pytest.mark.postgresql
ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "may-chu-postgresql.md"
TABLES = ("organisation", "member", "manager", "audit_log", "submitted_return")


def _tested_block() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    found = re.search(r"<!-- tested:[^>]*-->\s*```sh\n(.*?)```", text, re.S)
    assert found, "the guide has no tested block"
    return found.group(1)


def _check(capsys, url: str) -> str:
    status = main(["--db", url, "check", "--period", "2023-Q3", "--json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def test_the_guide_s_backup_and_restore_give_the_same_database(postgresql_server, tmp_path,
                                                               capsys):
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.services.office import save_profile
    from tests.conftest import small_office

    role, password = f"kttt_owner_{os.getpid()}", secrets.token_hex(8)
    postgresql_server.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    made: list[str] = []
    try:
        def database() -> str:
            made.append(postgresql_server.create(options=f"OWNER {role}"))
            return make_url(made[-1]).set(username=role, password=password).render_as_string(
                hide_password=False)

        source, target = database(), database()

        def office(db) -> None:
            save_profile(db, small_office())
            build_return_office(db)

        build_new_database(source, office)
        assert main(["--db", source, "export", "--period", "2023-Q3", "--submit",
                     "--xlsx", str(tmp_path / "r.xlsx")]) == 0
        capsys.readouterr()
        folders = [str(Path(sys.executable).parent), str(binaries()), os.environ["PATH"]]
        done = subprocess.run(
            ["bash", "-e", "-c", _tested_block()], cwd=tmp_path, capture_output=True,
            text=True, timeout=120,
            env={**os.environ, "KTTT_DATABASE_URL": source, "KTTT_RESTORE_URL": target,
                 "PATH": os.pathsep.join(folders)})
        assert done.returncode == 0, done.stderr
        assert (tmp_path / "kttt.dump").stat().st_size > 10_000
        for table in TABLES:
            statement = f"SELECT * FROM {table} ORDER BY id"
            assert raw_sql(target, statement) == raw_sql(source, statement), table
        assert _check(capsys, target) == _check(capsys, source)
    finally:
        for url in made:
            postgresql_server.drop(url)
        postgresql_server.execute(f"DROP ROLE IF EXISTS {role}")
