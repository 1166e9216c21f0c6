"""The province register exported and imported back: the same registers, and nothing more to do
the second time. Big files are made once per session."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from kttt_desktop.core.periods import Period
from kttt_desktop.data.database import build_new_database, open_database
from kttt_desktop.services.dump import dump_registers
from kttt_desktop.services.importing import import_workbook
from kttt_desktop.services.judgement import judge_period, judgement_json
from kttt_desktop.services.office import load_profile, save_profile
from tests.workbooks import calamine_rows

pytestmark = pytest.mark.slow

_STAMPS = {"id", "created_at", "updated_at"}


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")
            if row[1] not in _STAMPS]


def registers(path: Path) -> dict[str, Counter]:
    """Every register's rows with ids replaced by natural keys (read with plain sqlite3)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        orgs = {row[0]: (row[1], row[2], row[3]) for row in connection.execute(
            "SELECT id, code, name, commune_code FROM organisation")}
        managers = {row[0]: (orgs[row[1]], *row[2:]) for row in connection.execute(
            "SELECT id, organisation_id, full_name, cccd, birth_date, birth_year FROM manager")}
        parents = {"organisation_id": orgs, "member_organisation_id": orgs,
                   "manager_id": managers}
        content: dict[str, Counter] = {}
        for table in ("organisation", "suspension", "member", "manager", "manager_position",
                      "training_record", "ocop_product", "rating", "yearly_figures", "target"):
            columns = _columns(connection, table)
            rows = connection.execute(f"SELECT {', '.join(columns)} FROM {table}")
            content[table] = Counter(
                tuple(parents[c].get(v) if c in parents and v is not None else v
                      for c, v in zip(columns, row, strict=True)) for row in rows)
        return content
    finally:
        connection.close()


@pytest.fixture(scope="session")
def province_dump(province_db_path, tmp_path_factory) -> Path:
    """The province registers exported with personal data (made once)."""
    copy = tmp_path_factory.mktemp("dump") / "province.db"
    copy.write_bytes(province_db_path.read_bytes())
    database = open_database(copy)
    try:
        return dump_registers(database, copy.with_name("so-dang-ky.xlsx"),
                              with_personal_data=True).path
    finally:
        database.close()


@pytest.fixture(scope="session")
def reimported(province_db_path, province_dump, tmp_path_factory):
    """An empty database of the same office, then the export imported into it (twice)."""
    source = open_database(province_db_path, read_only=True)
    try:
        profile = load_profile(source)
    finally:
        source.close()
    path = tmp_path_factory.mktemp("reimport") / "empty.db"
    build_new_database(path, lambda db: save_profile(db, profile))
    database = open_database(path)
    try:
        first = import_workbook(database, province_dump)
        second = import_workbook(database, province_dump)
    finally:
        database.close()
    return path, first, second


def test_the_export_has_every_register_with_personal_data(province_dump):
    members = calamine_rows(province_dump, "ThanhVien")
    assert len(members) == 60_501
    assert {"Số CCCD", "Ngày sinh", "Điện thoại"} <= set(members[0])


def test_an_export_imported_into_an_empty_database_gives_the_same_registers(
        province_db_path, reimported):
    path, first, _ = reimported
    assert first.ok and first.written, [p.describe() for p in first.errors[:10]]
    assert first.total("rejected") == 0
    original, copy = registers(province_db_path), registers(path)
    for table, rows in original.items():
        assert copy[table] == rows, table
    assert sum(len(r) for r in original.values()) > 75_000


@pytest.mark.parametrize("period", ["2023-Q4", "2024-H1", "2025-M9", "2025"])
def test_every_indicator_and_target_check_comes_out_the_same(province_db_path, reimported,
                                                             period):
    checks = []
    for path in (province_db_path, reimported[0]):
        database = open_database(path, read_only=True)
        try:
            checks.append(judgement_json(judge_period(database, Period.parse(period),
                                               later_years=True)))
        finally:
            database.close()
    original, copy = checks
    assert len(original["indicators"]) > 100
    assert copy["indicators"] == original["indicators"]
    assert copy["targets"] == original["targets"]


def test_importing_the_export_again_changes_nothing(reimported):
    _, first, second = reimported
    assert second.ok and not second.written
    assert second.total("inserted") == second.total("updated") == 0
    assert second.total("unchanged") == first.total("inserted")


def test_an_export_without_personal_data_leaves_those_columns_out_and_imports_back_unchanged(
        reimported, tmp_path):
    path, _, _ = reimported
    database = open_database(path)
    try:
        result = dump_registers(database, tmp_path / "khong-ca-nhan.xlsx")
        header = calamine_rows(result.path, "ThanhVien")[0]
        assert not {"Số CCCD", "Ngày sinh", "Điện thoại"} & set(header)
        # People are then matched by name within their organisation; namesakes are told apart
        # by the rest of their row, and what the file does not have is left as it is.
        again = import_workbook(database, result.path)
    finally:
        database.close()
    assert again.ok and not again.written
    assert again.total("inserted") == again.total("updated") == 0
    connection = sqlite3.connect(path)
    try:
        assert connection.execute(
            "SELECT COUNT(*) FROM member WHERE cccd IS NOT NULL").fetchone()[0] > 50_000
    finally:
        connection.close()
