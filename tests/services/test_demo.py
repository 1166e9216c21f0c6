"""The demo generator: exact sizes, plausible and reproducible data, a 2023 register near the plan."""

from __future__ import annotations

import calendar
import hashlib
import re
import sqlite3
import unicodedata
from datetime import UTC, date, datetime

import pytest

from kttt_desktop.cli import main
from kttt_desktop.core import clock
from kttt_desktop.core.record_rules import DISTRICTS_ENDED
from kttt_desktop.data import name_index
from kttt_desktop.services.demo.organisations import apportion
from tests.demo_registers import DEMO_TODAY, build_demo_on

END_2023 = "2023-12-31"
LAST_DAY = DEMO_TODAY.isoformat()  # the suite's demo registers stand as on this day
EXISTS = "o.established_on <= :d AND (o.dissolved_on IS NULL OR o.dissolved_on > :d)"


def _connect(path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


@pytest.fixture(scope="module")
def province(province_db_path):
    connection = _connect(province_db_path)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def district_db_path(tmp_path_factory):
    return build_demo_on(tmp_path_factory.mktemp("district") / "district.db", scale="district",
                         seed=1)


@pytest.fixture(scope="module")
def district(district_db_path):
    connection = _connect(district_db_path)
    yield connection
    connection.close()


def _one(connection: sqlite3.Connection, sql: str, **params):
    return connection.execute(sql, params).fetchone()[0]


def _kinds(connection: sqlite3.Connection) -> dict[str, int]:
    return dict(connection.execute("SELECT kind, COUNT(*) FROM organisation GROUP BY kind"))


def _union_members(connection: sqlite3.Connection) -> list[tuple[str, str | None]]:
    """(kind of the member organisation, its name as the member row has it) of every union member."""
    return connection.execute(
        "SELECT h.kind, m.full_name = h.name FROM member m "
        "JOIN organisation u ON u.id = m.organisation_id AND u.kind = 'lhhtx' "
        "LEFT JOIN organisation h ON h.id = m.member_organisation_id").fetchall()


# -- sizes -------------------------------------------------------------------------------------


def test_the_district_scale_has_its_exact_sizes_and_a_former_district_as_its_area(district):
    assert _kinds(district) == {"htx": 60, "tht": 40, "lhhtx": 1}
    assert _one(district, "SELECT COUNT(*) FROM member") == 3000
    assert _one(district, "SELECT COUNT(*) FROM ocop_product") == 40
    assert _union_members(district) == [("htx", 1)] * 3
    area = [name for (name,) in district.execute(
        "SELECT c.name FROM office_area a JOIN commune c ON c.code = a.commune_code "
        "ORDER BY c.code")]
    assert area == ["Xã Bình Liêu", "Xã Hoành Mô", "Xã Lục Hồn"]
    assert _one(district, "SELECT COUNT(*) FROM organisation WHERE commune_code NOT IN "
                          "(SELECT commune_code FROM office_area)") == 0


def test_the_province_scale_has_the_sizes_of_the_plan(province):
    assert _kinds(province) == {"htx": 700, "tht": 235, "lhhtx": 4}
    assert _one(province, "SELECT COUNT(*) FROM member") == 60_500
    assert _one(province, "SELECT COUNT(*) FROM member m JOIN organisation o "
                          "ON o.id = m.organisation_id WHERE o.kind = 'tht'") == 700
    # Members of a union are HTX, named as they are and pointed at.
    assert _union_members(province) == [("htx", 1)] * 20
    assert 2_700 <= _one(province, "SELECT COUNT(*) FROM manager") <= 3_300
    assert _one(province, "SELECT COUNT(*) FROM ocop_product") == 500
    assert _one(province, "SELECT COUNT(*) FROM office_area") == 54
    office = province.execute("SELECT name, superior_body, province_code, doc_symbol, "
                              "signer_authority, recipients FROM office").fetchone()
    assert office[:5] == ("Sở Tài chính tỉnh Quảng Ninh", "UBND TỈNH QUẢNG NINH", "22",
                          "BC-STC", "KT. GIÁM ĐỐC")
    assert "Lưu: VT" in office[5]
    # Organisations are spread over the province.
    assert _one(province, "SELECT COUNT(DISTINCT commune_code) FROM organisation") >= 45


def test_apportion_gives_exact_totals_and_respects_the_minimum():
    shares = apportion(1000, [1.0, 50.0, 0.001, 3.3, 7.7], minimum=7)
    assert sum(shares) == 1000 and min(shares) == 7
    assert shares[1] == max(shares)
    with pytest.raises(ValueError):
        apportion(10, [1.0, 1.0], minimum=7)


# -- the register on 31/12/2023 against the plan -----------------------------------------------


def _stock(connection: sqlite3.Connection, kind: str, day: str) -> tuple[int, int]:
    """(organisations that exist, their members) at ``day`` by the rules of indicators.md.

    An organisation with no member list counts the declared members of its figures of the year.
    """
    count = _one(connection, f"SELECT COUNT(*) FROM organisation o WHERE o.kind = :k AND {EXISTS}",
                 k=kind, d=day)
    listed = _one(connection, f"""
        SELECT COUNT(*) FROM member m JOIN organisation o ON o.id = m.organisation_id
        WHERE o.kind = :k AND {EXISTS}
          AND m.joined_on <= :d AND (m.left_on IS NULL OR m.left_on > :d)""", k=kind, d=day)
    declared = _one(connection, f"""
        SELECT COALESCE(SUM(f.declared_members), 0) FROM yearly_figures f
        JOIN organisation o ON o.id = f.organisation_id
        WHERE o.kind = :k AND {EXISTS} AND f.year = :y
          AND NOT EXISTS (SELECT 1 FROM member m WHERE m.organisation_id = o.id)""",
                    k=kind, d=day, y=int(day[:4]))
    return count, listed + declared


def test_at_the_end_of_2023_the_province_stands_near_its_plan(province):
    htx, htx_members = _stock(province, "htx", END_2023)
    tht, tht_members = _stock(province, "tht", END_2023)
    unions, union_members = _stock(province, "lhhtx", END_2023)
    assert abs(htx - 700) <= 35
    assert abs(htx_members - 60_500) <= 0.05 * 60_500
    assert abs(tht - 235) <= 0.05 * 235
    assert abs(tht_members - 700) <= 0.1 * 700
    assert (unions, union_members) == (4, 20)
    new_2023 = dict(province.execute(
        "SELECT kind, COUNT(*) FROM organisation WHERE established_on BETWEEN '2023-01-01' "
        "AND :d GROUP BY kind", {"d": END_2023}))
    assert 30 <= new_2023["htx"] <= 50 and 15 <= new_2023["tht"] <= 20 and new_2023["lhhtx"] == 1


def test_the_share_of_trained_managers_is_near_the_plan_without_being_forced(province):
    levels = dict(province.execute(f"""
        SELECT g.training_level, COUNT(DISTINCT g.id) FROM manager g
        JOIN organisation o ON o.id = g.organisation_id
        JOIN manager_position p ON p.manager_id = g.id
        WHERE o.kind = 'htx' AND {EXISTS}
          AND p.starts_on <= :d AND (p.ends_on IS NULL OR p.ends_on > :d)
        GROUP BY g.training_level""", {"d": END_2023}))
    total = sum(levels.values())
    basic = (levels["so_cap"] + levels["trung_cap"]) / total * 100
    higher = (levels["cao_dang"] + levels["dai_hoc"] + levels.get("tren_dai_hoc", 0)) / total * 100
    assert 38 <= basic <= 52 and 20 <= higher <= 32
    assert 2_000 <= total <= 2_800  # about 3.5 managers in post per HTX


def test_ratings_and_figures_give_a_plausible_picture_of_2023(province):
    classes = dict(province.execute(
        "SELECT r.rating_class, COUNT(*) FROM rating r JOIN organisation o "
        "ON o.id = r.organisation_id WHERE o.kind = 'htx' AND r.year = 2023 GROUP BY 1"))
    rated = sum(n for c, n in classes.items() if c != "not_rated")
    assert 0.30 <= (classes["good"] + classes["fair"]) / rated <= 0.5
    assert min(classes.values()) > 0  # every class occurs, "not rated" included
    revenue, workers_income = province.execute(
        "SELECT AVG(f.revenue), SUM(f.avg_income * f.workers) * 1.0 / SUM(f.workers) "
        "FROM yearly_figures f JOIN organisation o ON o.id = f.organisation_id "
        "WHERE o.kind = 'htx' AND f.year = 2023").fetchone()
    assert 1e9 <= revenue <= 3e9
    assert 40e6 <= workers_income <= 80e6


# -- reproducibility ----------------------------------------------------------------------------


def _digest(path) -> dict[str, str]:
    connection = _connect(path)
    try:
        tables = [t for (t,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name") if not name_index.belongs_to_index(t)]  # the index: made of rows
        digests = {}
        for table in tables:
            h = hashlib.sha256()
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                h.update(repr(row).encode())
            digests[table] = h.hexdigest()
        return digests
    finally:
        connection.close()


def test_the_same_seed_and_day_give_the_same_database_and_another_seed_another(
        tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 10, 1, 8, 0, tzinfo=UTC))

    def build(name: str, seed: int, today: date = DEMO_TODAY):
        return _digest(build_demo_on(tmp_path / name, today, scale="district", seed=seed))

    first, again, other = build("a.db", 7), build("b.db", 7), build("c.db", 8)
    assert first == again
    assert len(first) >= 15
    for table in ("organisation", "member", "manager", "ocop_product", "yearly_figures"):
        assert other[table] != first[table]
    later = build("d.db", 7, date(2027, 5, 20))  # another day: the history goes on to it
    assert later["organisation"] != first["organisation"]


def _events(connection: sqlite3.Connection, first: str, last: str) -> dict[str, int]:
    """What happened in the register between two days, both included."""
    return {
        "organisations": _one(connection, "SELECT COUNT(*) FROM organisation WHERE "
                                          "established_on BETWEEN :a AND :b", a=first, b=last),
        "members": _one(connection, "SELECT COUNT(*) FROM member WHERE joined_on BETWEEN :a AND "
                                    ":b", a=first, b=last),
        "training": _one(connection, "SELECT COUNT(*) FROM training_record WHERE starts_on "
                                     "BETWEEN :a AND :b", a=first, b=last),
    }


@pytest.mark.parametrize(("today", "reported", "running"), [
    (date(2026, 11, 20), ("2026-07-01", "2026-09-30"), ("2026-10-01", "2026-11-20")),
    (date(2027, 5, 20), ("2027-01-01", "2027-03-31"), ("2027-04-01", "2027-05-20")),
])
def test_the_history_runs_to_today_with_the_current_quarters_busy(tmp_path, today, reported,
                                                                  running):
    """The demo follows the program's clock: the quarter an officer reports on next and the one
    running today have new organisations, members joining and training; nothing happens after
    today; the years before today's have ratings and figures, and today's has targets."""
    connection = _connect(build_demo_on(tmp_path / "demo.db", today, scale="district", seed=1))
    try:
        for first, last in (reported, running):
            events = _events(connection, first, last)
            assert min(events.values()) > 0, (first, events)
        after = today.isoformat()
        assert _events(connection, f"{after}x", "9999-12-31") == {
            "organisations": 0, "members": 0, "training": 0}
        assert _one(connection, "SELECT MAX(decision_date) FROM ocop_product") <= after
        years = {y for (y,) in connection.execute("SELECT DISTINCT year FROM rating")}
        assert max(years) == today.year - 1
        assert _one(connection, "SELECT MAX(year) FROM target") == today.year
        assert _kinds(connection) == {"htx": 60, "tht": 40, "lhhtx": 1}  # sizes stay exact
        assert _one(connection, "SELECT COUNT(*) FROM member") == 3000
    finally:
        connection.close()


def test_a_clock_before_the_history_is_refused(tmp_path):
    from kttt_desktop.core.errors import InputError

    with pytest.raises(InputError) as refused:
        build_demo_on(tmp_path / "old.db", date(2023, 6, 1), scale="district")
    assert "Ngày hôm nay của máy tính là 01/06/2023" in refused.value.message


# -- plausibility -------------------------------------------------------------------------------

OLD_PROVINCE_CODES = {f"{n:03d}" for n in range(1, 97)}


def _people(connection: sqlite3.Connection, table: str):
    return connection.execute(
        f"SELECT full_name, gender, birth_date, birth_year, cccd, phone FROM {table}").fetchall()


@pytest.mark.parametrize("table", ["member", "manager"])
def test_personal_ids_agree_with_birth_year_and_sex_and_are_unique(province, table):
    checked = 0
    for name, gender, _birth, birth_year, cccd, _phone in _people(province, table):
        if cccd is None:
            continue
        assert re.fullmatch(r"\d{12}", cccd), cccd
        assert cccd[:3] in OLD_PROVINCE_CODES
        century = (birth_year // 100 - 19) * 2 + (gender == "female")
        assert int(cccd[3]) == century, (name, gender, birth_year, cccd)
        assert cccd[4:6] == f"{birth_year % 100:02d}"
        checked += 1
    assert checked > 0.8 * _one(province, f"SELECT COUNT(*) FROM {table} WHERE gender IS NOT NULL")
    assert _one(province, f"SELECT COUNT(cccd) - COUNT(DISTINCT cccd) FROM {table}") == 0


def test_registers_are_incomplete_the_way_real_ones_are(province):
    missing_id, missing_phone, total = province.execute(
        "SELECT SUM(cccd IS NULL), SUM(phone = ''), COUNT(*) FROM member "
        "WHERE member_type != 'legal_person'").fetchone()
    assert 0.03 * total < missing_id < 0.25 * total
    assert 0.1 * total < missing_phone < 0.5 * total


def _mst_ok(code: str) -> bool:
    weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    total = sum(w * int(d) for w, d in zip(weights, code[:9], strict=True))
    check = 10 - total % 11
    return check != 10 and int(code[9]) == check


def test_tax_codes_have_a_valid_check_digit_and_are_unique(province):
    assert _mst_ok("0100109106") and not _mst_ok("0100109107")  # a real code, and a typo of it
    codes = dict(province.execute("SELECT code, kind FROM organisation WHERE kind != 'tht'"))
    assert len(codes) == 704  # unique: every HTX and union has its own
    for code in codes:
        assert re.fullmatch(r"57\d{8}", code) and _mst_ok(code), code
    assert _one(province, "SELECT COUNT(code) FROM organisation WHERE kind = 'tht'") == 0


def test_phone_numbers_are_vietnamese_mobiles(province):
    for table in ("member", "manager", "organisation"):
        phones = [p for (p,) in province.execute(f"SELECT phone FROM {table} WHERE phone != ''")]
        assert phones and all(re.fullmatch(r"0[35789]\d{8}", p) for p in phones), table


def _years_between(born: date, later: date) -> int:
    return later.year - born.year - ((later.month, later.day) < (born.month, born.day))


def test_every_member_is_at_least_18_when_joining_and_dates_follow_each_other(province):
    rows = province.execute(
        "SELECT m.birth_date, m.birth_year, m.joined_on, m.left_on, o.established_on, "
        "o.dissolved_on FROM member m JOIN organisation o ON o.id = m.organisation_id").fetchall()
    for birth, birth_year, joined, left, established, dissolved in rows:
        if birth:
            assert _years_between(date.fromisoformat(birth), date.fromisoformat(joined)) >= 18
        elif birth_year:
            assert int(joined[:4]) - birth_year >= 18
        assert established <= joined <= LAST_DAY
        assert left is None or joined < left <= (dissolved or LAST_DAY)
        assert dissolved is None or left is not None  # a dissolved organisation keeps no member


def _plus_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


STAR_BANDS = {3: (50, 69.99), 4: (70, 89.99), 5: (90, 100)}


def test_ocop_certificates_are_consistent(province):
    rows = province.execute(
        "SELECT stars, score, decision_no, decision_date, level, expires_on, product_group "
        "FROM ocop_product").fetchall()
    stars_seen = {3: 0, 4: 0, 5: 0}
    for stars, score, number, decided, level, expires, group in rows:
        decided, expires = date.fromisoformat(decided), date.fromisoformat(expires)
        assert expires == _plus_months(decided, 36)
        low, high = STAR_BANDS[stars]
        assert low <= score <= high
        assert re.fullmatch(r"\d+/QĐ-[A-ZĐ-]+", number), number
        assert decided <= DEMO_TODAY
        if level == "district":
            assert decided < DISTRICTS_ENDED and stars == 3
        assert (level == "central") == (stars == 5)
        assert group in {"food", "drinks", "herbal", "handicraft", "ornamental", "tourism"}
        stars_seen[stars] += 1
    assert stars_seen[3] > stars_seen[4] > stars_seen[5] > 0
    expired = sum(1 for r in rows if r[5] < LAST_DAY)
    expiring_soon = sum(1 for r in rows if LAST_DAY <= r[5] <= "2027-02-28")
    assert expired > 0 and expiring_soon > 0


def test_ratings_agree_with_their_scores_and_the_rules_of_who_is_rated(province):
    rows = province.execute(
        "SELECT r.year, r.score, r.rating_class, o.kind, o.established_on, o.dissolved_on "
        "FROM rating r JOIN organisation o ON o.id = r.organisation_id").fetchall()
    years = set()
    for year, score, rating, kind, established, dissolved in rows:
        years.add(year)
        assert kind != "tht"
        assert established <= f"{year}-12-31" and (dissolved is None or dissolved > f"{year}-12-31")
        if int(established[:4]) == year:
            assert rating == "not_rated"  # under 12 months old at the year's end
        if rating == "not_rated":
            assert score is None
            continue
        expected = ("good" if score >= 80 else "fair" if score >= 65
                    else "average" if score >= 50 else "weak")
        assert rating == expected
    assert years == {2021, 2022, 2023, 2024, 2025}


def test_names_are_vietnamese_nfc_and_unique_within_a_commune(province):
    people = [n for (n,) in province.execute(
        "SELECT full_name FROM member WHERE member_type != 'legal_person' "
        "UNION ALL SELECT full_name FROM manager")]
    organisations = [n for (n,) in province.execute("SELECT name FROM organisation")]
    for name in people + organisations:
        assert unicodedata.normalize("NFC", name) == name
    accented = sum(1 for n in people if not n.isascii())
    assert accented > 0.9 * len(people)
    assert all(len(n.split()) >= 3 for n in people)
    assert all(n.startswith(("Hợp tác xã ", "Tổ hợp tác ", "Liên hiệp hợp tác xã "))
               for n in organisations)
    assert _one(province, "SELECT COUNT(*) FROM (SELECT 1 FROM organisation "
                          "GROUP BY commune_code, name HAVING COUNT(*) > 1)") == 0
    assert _one(province, "SELECT COUNT(*) FROM member WHERE name_folded = '' "
                          "OR name_sort = ''") == 0


# -- history ------------------------------------------------------------------------------------


def test_five_years_of_history_are_there(province):
    for year in range(2021, 2027):
        assert _one(province, "SELECT COUNT(*) FROM organisation WHERE kind = 'htx' "
                              "AND strftime('%Y', established_on) = :y", y=str(year)) > 0
        assert _one(province, "SELECT COUNT(*) FROM member WHERE strftime('%Y', joined_on) = :y",
                    y=str(year)) > 0
        assert _one(province, "SELECT COUNT(*) FROM member WHERE strftime('%Y', left_on) = :y",
                    y=str(year)) > 0
    assert _one(province, "SELECT MIN(established_on) FROM organisation") < "2000-01-01"
    assert _one(province, "SELECT COUNT(DISTINCT strftime('%Y', dissolved_on)) "
                          "FROM organisation") >= 5
    open_, closed = province.execute(
        "SELECT SUM(ends_on IS NULL), SUM(ends_on IS NOT NULL) FROM suspension").fetchone()
    assert open_ > 0 and closed > 0
    # Positions changed hands: someone left a post and someone else took it the same day.
    assert _one(province, "SELECT COUNT(*) FROM manager_position a JOIN manager_position b "
                          "ON a.position = b.position AND a.ends_on = b.starts_on "
                          "JOIN manager x ON x.id = a.manager_id JOIN manager y "
                          "ON y.id = b.manager_id AND y.organisation_id = x.organisation_id") > 50
    assert _one(province, "SELECT COUNT(*) FROM training_record WHERE level IS NULL "
                          "AND starts_on >= '2021-01-01'") > 100
    for flag in ("value_chain", "high_tech", "digital"):
        assert _one(province, f"SELECT COUNT(*) FROM organisation WHERE {flag} "
                              f"AND {flag}_year BETWEEN 2016 AND 2026") > 5
    assert set(y for (y,) in province.execute("SELECT DISTINCT year FROM yearly_figures")) == {
        2021, 2022, 2023, 2024, 2025}


def test_some_organisations_declare_their_members_instead_of_listing_them(province):
    declared = province.execute(
        "SELECT o.id, MIN(f.declared_members) FROM organisation o "
        "JOIN yearly_figures f ON f.organisation_id = o.id "
        "WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.organisation_id = o.id) "
        "GROUP BY o.id").fetchall()
    assert len(declared) == 7
    assert all(count >= 7 for _, count in declared)
    assert _one(province, "SELECT COUNT(*) FROM yearly_figures f WHERE declared_members IS NOT "
                          "NULL AND EXISTS (SELECT 1 FROM member m "
                          "WHERE m.organisation_id = f.organisation_id)") == 0


# -- targets ------------------------------------------------------------------------------------


def test_the_quang_ninh_2023_targets_are_stored_and_copied_to_later_years(province):
    rows = province.execute(
        "SELECT year, indicator, comparator, value, max_value, basis, note FROM target "
        "ORDER BY year, id").fetchall()
    by_year = {year: [r for r in rows if r[0] == year] for year in (2023, 2024, 2025, 2026)}
    assert sum(len(v) for v in by_year.values()) == len(rows) == 64
    plan = {r[1]: r[2:5] for r in by_year[2023]}
    assert plan["htx.count"] == ("approx", 700, None)
    assert plan["htx.members"] == ("approx", 60500, None)
    assert plan["tht.new"] == ("range", 15, 20)
    assert plan["lhhtx.new"] == (">=", 1, None)
    assert plan["htx.good_fair_pct"] == (">", 35, None)
    assert plan["htx.managers.basic_pct"] == (">=", 45, None)
    assert plan["htx.high_tech"] == ("approx", 12, None)
    assert all(r[5] == "KH 248/KH-UBND ngày 14/10/2022" for r in rows)
    for year in (2024, 2025, 2026):
        assert {r[1]: r[2:5] for r in by_year[year]} == plan
        assert all("2023" in r[6] for r in by_year[year])


def test_a_district_office_gets_the_plan_in_proportion(district):
    targets = dict(district.execute(
        "SELECT indicator, value FROM target WHERE year = 2023"))
    assert targets["htx.count"] == 60
    assert targets["htx.good_fair_pct"] == 35  # ratios are kept as they are


# -- the command ---------------------------------------------------------------------------------


def test_kttt_demo_builds_a_database_and_never_overwrites_one(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo", "--scale", "district", "--seed", "3"]) == 0
    assert "Đã tạo cơ sở dữ liệu mẫu" in capsys.readouterr().err
    connection = _connect(path)
    assert _kinds(connection) == {"htx": 60, "tht": 40, "lhhtx": 1}
    connection.close()
    before = path.read_bytes()
    assert main(["demo", "--db", str(path)]) == 1
    assert "không ghi đè" in capsys.readouterr().err
    assert path.read_bytes() == before
