"""Migration 0006 brings a database made with the ``vietnam-provinces`` package to the official
units: organisations in the package's wrong codes move to the official ones (audited), the
office's area follows, names and their history are applied, folded names are recomputed, and a
commune that cannot be placed is reported at every opening, never guessed."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from kttt_desktop.core.text import fold, spelling_key
from kttt_desktop.core.units import REFORM_DAY, Version
from kttt_desktop.data.admin_units import catalogue, history, name_on
from kttt_desktop.data.database import open_database
from kttt_desktop.data.registers.lists import ListQuery, fetch_page
from kttt_desktop.data.registers.organisation_lists import ORGANISATIONS
from kttt_desktop.data.schema import APPLICATION_ID, alembic_config
from kttt_desktop.data.unit_updates import apply_release, update_units
from kttt_desktop.services.audit_log import register_label

UNITS = Path(__file__).parent / "units"
HA_NOI = "01"


def package_table() -> tuple[list[dict], dict[str, tuple[str, str]]]:
    """The provinces and the communes (code → name, province) of vietnam-provinces 2025.10.1."""
    package = json.loads((UNITS / "vietnam_provinces_2025.10.1_differences.json").read_text(
        encoding="utf-8"))
    communes = {code: (unit.on(REFORM_DAY).name, unit.province_code)
                for code, unit in catalogue().communes.items() if code not in package["absent"]}
    communes.update({row["code"]: (row["name"], row["province"]) for row in package["differs"]})
    return package["provinces"], communes


def old_fold(text: str) -> str:
    """Folding as earlier versions did it: look-alike apostrophes and Ð kept."""
    return " ".join(fold(text.replace("’", "\x01").replace("Ð", "\x02")).split()).replace(
        "\x01", "’").replace("\x02", "ð")


def package_database(path: Path, *, extra: str = "") -> dict[str, str]:
    """A database at revision 0004 as earlier versions made it: the package's units, a Hà Nội
    office whose area is the city's communes under the package's codes, one organisation in
    every commune whose package code is not its official one, and a few more. Returns the
    organisations' names → the package's name of the commune they sit in."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    provinces, communes = package_table()
    official = catalogue().communes
    con = sqlite3.connect(path)
    con.executemany("INSERT INTO province VALUES (?, ?, ?)",
                    [(p["code"], p["name"], p["kind"]) for p in provinces])
    con.executemany("INSERT INTO commune VALUES (?, ?, ?, ?, ?, '')", [
        (code, name, name.split()[0].lower(), province, old_fold(name))
        for code, (name, province) in communes.items()])
    con.execute("INSERT INTO office (id, name, superior_body, province_code, place_name, "
                "doc_symbol, signer_authority, signer_title, signer_name, preparer_name, "
                "recipients) VALUES (1, 'Phòng Kinh tế Hà Nội', '', '01', 'Hà Nội', 'BC', '', '', "
                "'', '', '')")
    con.executemany("INSERT INTO office_area VALUES (?)",
                    [(code,) for code, (_, p) in communes.items() if p == HA_NOI])
    wrong = [code for code, (name, _) in communes.items() if code not in official
             or spelling_key(official[code].on(REFORM_DAY).name) != spelling_key(name)]
    sits_in = {}
    for number, code in enumerate(sorted(wrong) + ["00070", "06856"], start=1):
        name = f"Hợp tác xã số {number}"
        sits_in[name] = communes[code][0]
        con.execute("INSERT INTO organisation (id, kind, name, name_folded, name_sort, "
                    "commune_code, address, established_on, sector, representative, phone, "
                    "value_chain, high_tech, digital, note) VALUES (?, 'htx', ?, ?, '', ?, '', "
                    "'2020-01-01', 'agriculture', '', '', 0, 0, 0, '')",
                    (number, name, fold(name), code))
    con.executescript(extra)
    con.commit()
    con.close()
    return sits_in


def rows(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_ha_noi_office_in_the_package_codes_ends_with_the_official_codes(tmp_path):
    path = tmp_path / "old.db"
    sits_in = package_database(path, extra="""
        INSERT INTO trash (deleted_at, user_name, table_name, record_id, label, payload_json)
        VALUES ('2025-09-01 08:00:00', 'mai', 'organisation', 900, 'HTX Kim Liên',
                '[{"table": "organisation", "row": {"id": 900, "commune_code": "00226"}}]');
    """)
    official = catalogue().communes
    before = rows(path, "SELECT COUNT(*) FROM organisation")[0][0]
    assert before == len(sits_in) == 124  # 113 codes not in the letter, 9 naming another commune

    open_database(path).close()

    placed = dict(rows(path, "SELECT o.name, c.code FROM organisation o "
                             "JOIN commune c ON c.code = o.commune_code"))
    assert len(placed) == before
    for organisation, package_name in sits_in.items():
        assert fold(official[placed[organisation]].name) == fold(package_name), organisation
    assert placed["Hợp tác xã số 1"] == "00082"  # package 00073: Phường Cửa Nam
    kim_lien = next(n for n, name in sits_in.items() if name == "Phường Kim Liên")
    assert placed[kim_lien] == "00229"  # the package's 00226 is the letter's Văn Miếu
    area = {code for (code,) in rows(path, "SELECT commune_code FROM office_area")}
    assert area == {code for code, unit in official.items() if unit.province_code == HA_NOI}
    assert rows(path, "SELECT COUNT(*) FROM commune")[0][0] == 3321
    assert rows(path, "SELECT name FROM commune WHERE code = '00226'") == [
        ("Phường Văn Miếu - Quốc Tử Giám",)]

    moved = rows(path, "SELECT record_id, record_label, old_value, new_value, user_name "
                       "FROM audit_log WHERE table_name = 'organisation' AND field = 'commune_code'")
    assert len(moved) == 122  # the 2 in spelling-only rows stayed
    entry = next(m for m in moved if m[1] == "Hợp tác xã số 1")
    assert entry[2:4] == ("00073 (Phường Cửa Nam)", "00082 (Phường Cửa Nam)")
    area_entries = rows(path, "SELECT COUNT(*) FROM audit_log WHERE table_name = 'office_area'")
    assert area_entries == [(29,)]  # the city's communes whose package code was wrong
    payload = json.loads(rows(path, "SELECT payload_json FROM trash")[0][0])
    assert payload[0]["row"]["commune_code"] == "00229"
    assert rows(path, "SELECT COUNT(*) FROM unplaced_commune") == [(0,)]
    db = open_database(path)
    assert db.warning is None
    db.close()


def test_names_are_applied_and_their_history_stays_readable(tmp_path):
    path = tmp_path / "old.db"
    package_database(path)
    assert rows(path, "SELECT name FROM commune WHERE code IN ('25270', '24184') ORDER BY code"
                ) == [("Xã Ea H’leo",), ("Xã Lộc Ninh",)]

    db = open_database(path)
    try:
        with db.engine.connect() as connection:
            assert name_on(connection, "25270", date(2026, 4, 29)) == "Xã Lộc Ninh"
            assert name_on(connection, "25270", date(2026, 4, 30)) == "Phường Lộc Ninh"
            assert name_on(connection, "75", date(2026, 1, 1), "province") == "Đồng Nai"
            assert [v.name for v in history(connection, "75", "province")] == [
                "Đồng Nai", "Thành phố Đồng Nai"]
    finally:
        db.close()
    assert rows(path, "SELECT name, kind, name_folded FROM commune WHERE code IN "
                      "('25270', '24184') ORDER BY code") == [
        ("Xã Ea H'Leo", "xã", "xa ea h'leo"), ("Phường Lộc Ninh", "phường", "phuong loc ninh")]
    renames = rows(path, "SELECT record_label, old_value, new_value FROM audit_log "
                         "WHERE field = 'name' ORDER BY record_label")
    assert ("25270 Phường Lộc Ninh", "Xã Lộc Ninh", "Phường Lộc Ninh") in renames
    assert ("75 Thành phố Đồng Nai", "Đồng Nai", "Thành phố Đồng Nai") in renames
    assert ("24184 Xã Ea H'Leo", "Xã Ea H’leo", "Xã Ea H'Leo") in renames
    assert register_label("commune") == "Xã, phường"  # as the audit log names these entries


@pytest.mark.sqlite_only  # an older file migrated
def test_a_later_release_renames_and_keeps_the_earlier_name(db):
    """What the migration of a future data release does: the same call with the new data."""
    data = catalogue()
    dan_hoa = data.communes["10180"]
    first = replace(dan_hoa.versions[0], valid_to=date(2026, 12, 31))
    renamed = replace(dan_hoa, versions=(first, Version("Phường Dân Hòa", "phường",
                                                        date(2027, 1, 1))))
    later = replace(data, communes={**data.communes, "10180": renamed}, release=date(2027, 1, 1))
    with db.engine.begin() as connection:
        done = apply_release(connection, later, user="mai")
        assert done.renamed == 1
        again = apply_release(connection, later, user="mai")
        assert again.renamed == 0 and again.added == 0
        assert [(v.name, v.valid_to) for v in history(connection, "10180")] == [
            ("Xã Dân Hòa", date(2026, 12, 31)), ("Phường Dân Hòa", None)]
        assert name_on(connection, "10180", date(2026, 6, 1)) == "Xã Dân Hòa"
    assert rows(db.path, "SELECT name FROM commune WHERE code = '10180'") == [("Phường Dân Hòa",)]
    assert rows(db.path, "SELECT user_name, old_value, new_value FROM audit_log "
                         "WHERE table_name = 'commune'") == [("mai", "Xã Dân Hòa", "Phường Dân Hòa")]


def test_bringing_the_units_up_to_date_twice_changes_nothing_the_second_time(tmp_path):
    path = tmp_path / "old.db"
    package_database(path)
    db = open_database(path)
    try:
        before = rows(path, "SELECT COUNT(*) FROM audit_log")
        with db.engine.begin() as connection:
            done = update_units(connection, catalogue())
        assert (done.moved, done.renamed, done.added, done.unplaced) == ({}, 0, 0, [])
        assert rows(path, "SELECT COUNT(*) FROM audit_log") == before
    finally:
        db.close()


def test_a_commune_the_migration_cannot_place_is_reported_at_opening_never_guessed(tmp_path):
    path = tmp_path / "old.db"
    package_database(path, extra="""
        INSERT INTO commune VALUES ('99001', 'Xã Không Có Trong Danh Mục', 'xã', '01', '', '');
        INSERT INTO commune VALUES ('99002', 'Xã Văn Lang', 'xã', '19', '', '');
        UPDATE organisation SET commune_code = '99001' WHERE id IN (1, 2);
        UPDATE organisation SET commune_code = '99002' WHERE id = 3;
        INSERT INTO office_area VALUES ('99001');
    """)
    db = open_database(path)
    try:
        assert "Xã Không Có Trong Danh Mục (mã 99001, 2 tổ chức)" in db.warning
        assert "99002" not in db.warning  # "Văn Lang" is one commune of Thái Nguyên: placed
    finally:
        db.close()
    assert rows(path, "SELECT commune_code FROM organisation WHERE id IN (1, 2)") == [
        ("99001",), ("99001",)]
    assert rows(path, "SELECT commune_code FROM organisation WHERE id = 3") == [("02143",)]
    assert rows(path, "SELECT code, name FROM unplaced_commune") == [
        ("99001", "Xã Không Có Trong Danh Mục")]
    # the officer places them: the warning goes
    con = sqlite3.connect(path)
    con.execute("UPDATE organisation SET commune_code = '00070' WHERE id IN (1, 2)")
    con.execute("DELETE FROM office_area WHERE commune_code = '99001'")
    con.commit()
    con.close()
    db = open_database(path)
    assert db.warning is None
    db.close()


def test_names_folded_the_old_way_are_folded_again(tmp_path):
    path = tmp_path / "old.db"
    package_database(path, extra="""
        UPDATE organisation SET name = 'HTX Ea H’Leo', name_folded = 'htx ea h’leo' WHERE id = 1;
        INSERT INTO member (organisation_id, full_name, name_folded, name_sort, phone,
            member_kind, member_type, joined_on, is_worker, address, note)
        VALUES (1, 'Ðinh Văn An', 'ðinh van an', '', '', 'official', 'individual',
                '2020-01-01', 1, '', '');
    """)
    db = open_database(path)
    try:
        with db.engine.connect() as connection:
            found = fetch_page(connection, ORGANISATIONS, ListQuery(search="ea h'leo"), 0, 10)
            assert [r["name"] for r in found] == ["HTX Ea H’Leo"]
    finally:
        db.close()
    assert rows(path, "SELECT name_folded FROM member") == [("dinh van an",)]
