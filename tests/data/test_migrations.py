"""Opening a database written by an older version migrates it without losing or breaking anything."""

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from kttt_desktop.data.database import head_revision, open_database
from kttt_desktop.data.schema import APPLICATION_ID, alembic_config
from kttt_desktop.system.paths import backups_dir

BIG_REVENUE = 9_999_000_000  # 9.999 billion VND: more than a 32-bit integer holds


def database_at(path: Path, revision: str) -> Path:
    """A database of ours at an older schema ``revision`` holding one HTX with two members."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    con = sqlite3.connect(path)
    con.executescript(f"""
        INSERT INTO province VALUES ('22', 'Quảng Ninh', 'tỉnh');
        INSERT INTO commune VALUES ('06856', 'Xã Lục Hồn', 'xã', '22', 'xa luc hon', '');
        INSERT INTO organisation (id, code, kind, name, name_folded, name_sort, commune_code,
            address, established_on, sector, representative, phone, value_chain, high_tech,
            digital, note)
        VALUES (1, '5700100103', 'htx', 'Hợp tác xã Nông nghiệp Lục Hồn', '', '', '06856', '',
            '2015-03-02', 'agriculture', '', '', 0, 0, 0, '');
        INSERT INTO member (organisation_id, full_name, name_folded, name_sort, phone,
            member_kind, member_type, joined_on, is_worker, address, note)
        VALUES (1, 'Hoàng Văn Páo', '', '', '', 'official', 'individual', '2015-03-02', 1, '', ''),
               (1, 'Lý Thị Mai', '', '', '', 'official', 'individual', '2016-05-10', 0, '', '');
        INSERT INTO yearly_figures (organisation_id, year, revenue)
        VALUES (1, 2023, {BIG_REVENUE});
    """)
    con.commit()
    con.close()
    return path


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("organisation", "member", "yearly_figures")}
    finally:
        con.close()


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_an_older_database_is_backed_up_then_migrated_with_every_row(tmp_path, revision):
    path = database_at(tmp_path / "old.db", revision)
    before = counts(path)

    db = open_database(path)
    db.close()

    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert counts(path) == before
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT revenue FROM yearly_figures").fetchone()[0] == BIG_REVENUE
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("DELETE FROM organisation WHERE id = 1")  # the links survived the table copies
    assert con.execute("SELECT COUNT(*) FROM member").fetchone()[0] == 0
    con.close()
    backups = list(backups_dir(path).glob("*truoc-nang-cap*.db"))
    assert len(backups) == 1 and counts(backups[0]) == before


def test_a_migration_that_fails_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = database_at(tmp_path / "old.db", "0002")
    real_upgrade = command.upgrade

    def upgrade_then_fail(config, revision):
        real_upgrade(config, revision)
        raise RuntimeError("power cut")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        open_database(path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"
    revenue_type = [c[2] for c in con.execute("PRAGMA table_info(yearly_figures)")
                    if c[1] == "revenue"]
    assert revenue_type == ["INTEGER"]
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not {t for t in tables if t.startswith("_alembic_tmp")}, "a half-built table was left"
    con.close()
    assert counts(path) == {"organisation": 1, "member": 2, "yearly_figures": 1}


def test_foreign_keys_are_enforced_again_after_migrating(tmp_path):
    db = open_database(database_at(tmp_path / "old.db", "0001"))
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()
