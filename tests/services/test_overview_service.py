"""What the Tổng quan screen is given: the check, the charts' breakdowns and the records behind a
number, on the office of tests/known_office.py (its records sit on every boundary)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.periods import Period
from kttt_desktop.data import models as m
from kttt_desktop.data.database import open_database
from kttt_desktop.services.drill_down import drill_down_rows
from kttt_desktop.services.judgement import judge_period
from kttt_desktop.services.manual_indicators import define_manual
from kttt_desktop.services.overview import chart_days, load_overview, rating_days
from tests import known_office as k

Q3 = Period.parse("2023-Q3")


@pytest.fixture(scope="module")
def known(_template_database, tmp_path_factory):
    path = tmp_path_factory.mktemp("known_overview") / "office.db"
    shutil.copyfile(_template_database, path)
    database = open_database(path)
    k.build_known_office(database)
    yield database
    database.close()


@pytest.fixture(scope="module")
def overview(known):
    return load_overview(known, Q3)


def test_the_charts_cover_the_four_year_ends_before_the_period_then_d():
    assert chart_days(Q3) == (date(2019, 12, 31), date(2020, 12, 31), date(2021, 12, 31),
                              date(2022, 12, 31), date(2023, 9, 30))
    assert chart_days(Period.parse("2025"))[-1] == date(2025, 12, 31)


def test_organisations_by_sector_count_those_that_exist_at_d(overview):
    # All are in agriculture. HTX at D: H1, H2 (established on D), H4, H5, H6, H9; H3 was
    # dissolved on D, H8 comes after D, OUT is outside the area. THT: T1, T2. LHHTX: L1.
    assert overview.charts.by_sector == {"agriculture": {"tht": 2, "htx": 6, "lhhtx": 1}}
    values = overview.check.indicators
    assert [values[f"{s}.count"].at.value for s in ("tht", "htx", "lhhtx")] == [2, 6, 1]


def test_ratings_by_class_of_the_last_five_reporting_years(overview):
    ratings = overview.charts.ratings
    # The reporting year of 2023-Q3 is 2022: four year ends before it, then D.
    assert overview.charts.rating_days == rating_days(Q3) == (
        date(2018, 12, 31), date(2019, 12, 31), date(2020, 12, 31), date(2021, 12, 31),
        date(2023, 9, 30))
    # Ratings of 2022 at D: H1 good, H4 fair, H6 average, H5 weak, H2 not rated; H3 (dissolved
    # on D) and OUT (outside) do not count, nor H6's rating of 2023 (the year is not over).
    assert ratings[date(2023, 9, 30)] == {"good": 1, "fair": 1, "average": 1, "weak": 1,
                                          "not_rated": 1}
    # 2021 at its end: H1 fair, H3 good (it still existed), H4 not rated.
    assert ratings[date(2021, 12, 31)] == {"good": 1, "fair": 1, "average": 0, "weak": 0,
                                           "not_rated": 1}
    assert sum(ratings[date(2020, 12, 31)].values()) == 0
    # The bar at D agrees with the catalogue (which leaves "không đánh giá" out).
    values = overview.check.indicators
    assert values["kttt.rated"].at.value == 4
    assert rating_days(Period.parse("2025"))[-2:] == (date(2024, 12, 31), date(2025, 12, 31))


def test_members_at_each_year_end_as_the_catalogue_counts_them(overview):
    members = overview.charts.members
    # At D (tests/data/test_indicator_queries.py): HTX 42 (lists 5, declared 37), THT 14, LHHTX 2.
    assert members[date(2023, 9, 30)] == {"tht": 14, "htx": 42, "lhhtx": 2}
    # End of 2022: H1 has 1, 3, 4; H3 has 8; H4 has 9; H5 declared 25 for 2022. THT: T1 declared
    # 10 for 2022, T2's members 11 and 12. LHHTX: H1, H4, H5 (left on D 2023).
    assert members[date(2022, 12, 31)] == {"tht": 12, "htx": 30, "lhhtx": 3}


def test_ocop_by_stars_at_d(overview):
    # Valid at D with 3 stars or more, of organisations that exist at D: products 1 (4), 2 (3),
    # 4 (3), 9 (4); 3 expires on D, 5 has 2 stars, 6 comes after D, 7 is H3's, 8 is OUT's.
    assert overview.charts.ocop_stars == {3: 2, 4: 2, 5: 0}


def test_the_overview_holds_the_check_of_the_period(known, overview):
    check = judge_period(known, Q3, earlier_growth=True)
    assert overview.period == Q3
    assert overview.check.indicators == check.indicators
    assert overview.check.indicators["htx.members.growth_pct"].year_earlier is not None


# --- the records behind a number ---------------------------------------------------------------

def test_organisations_behind_a_count(known):
    listing = drill_down_rows(known, "htx.count", Q3)
    assert [c.header for c in listing.columns] == [
        "Tên tổ chức", "Loại hình", "Ngành nghề", "Xã, phường", "Ngày thành lập"]
    assert [r.record_id for r in listing.rows] == [k.H1, k.H2, k.H4, k.H5, k.H6, k.H9]
    assert listing.rows[0].values == ("HTX số 1", "Hợp tác xã", "Nông nghiệp", "Xã Bình Liêu",
                                      date(2010, 1, 1))
    assert {r.table for r in listing.rows} == {"organisation"}
    assert listing.total == len(listing.rows) == 6


def test_members_behind_a_count_with_declared_counts(known):
    listing = drill_down_rows(known, "htx.members", Q3)
    headers = [c.header for c in listing.columns]
    assert headers[-1] == "Được tính (người)"
    records = [r for r in listing.rows if r.amount is None]
    declared = [r for r in listing.rows if r.amount is not None]
    assert sorted(r.record_id for r in records) == [1, 2, 4, 5, 9]
    assert {r.table for r in records} == {"member"}
    assert [(r.table, r.record_id, r.amount) for r in declared] == [
        ("organisation", k.H2, 7), ("organisation", k.H5, 30)]
    assert declared[0].values[0] == "Thành viên theo số kê khai"
    assert declared[0].values[headers.index("Tổ chức")] == "HTX số 2"
    # Every row says what it adds; together they make the number shown.
    assert sum(r.values[-1] for r in listing.rows) == listing.total == 42


def test_flows_over_the_year_to_date_and_a_year_earlier(known):
    assert sorted(r.record_id for r in drill_down_rows(
        known, "htx.members.new", Q3, year_to_date=True).rows) == [2, 5]
    earlier = drill_down_rows(known, "htx.members.left", Q3, year_to_date=True,
                             year_earlier=True)
    assert [r.record_id for r in earlier.rows] == [7]  # left on 03/03/2022
    assert earlier.reference_date == date(2022, 9, 30)


def test_a_ratio_lists_the_records_of_its_numerator(known):
    listing = drill_down_rows(known, "htx.good_fair_pct", Q3)
    assert [i.code for i in listing.listed] == ["htx.rated.good", "htx.rated.fair"]
    assert listing.is_ratio_part
    assert sorted(r.record_id for r in listing.rows) == [k.H1, k.H4]
    revenue = drill_down_rows(known, "htx.revenue.avg", Q3)
    assert {(r.record_id, r.amount) for r in revenue.rows} == {
        (k.H1, 2000), (k.H4, 1000), (k.H5, 3000)}
    growth = drill_down_rows(known, "htx.members.growth_pct", Q3)
    assert [i.code for i in growth.listed] == ["htx.members"] and growth.total == 42


def test_an_own_indicator_has_no_records(db):
    define_manual(db, "grdp", "Tỷ trọng GRDP", "%")
    with pytest.raises(InputError, match="nhập tay"):
        drill_down_rows(db, "manual.grdp", Q3)


def test_personal_id_numbers_are_masked(db):
    with db.session() as s:
        s.add(k._org(1, "htx", date(2020, 1, 1)))
        s.flush()
        s.add(m.Member(organisation_id=1, full_name="Nguyễn Thị An", joined_on=date(2020, 1, 1),
                       cccd="022154002582", birth_year=1954, gender="female"))
    listing = drill_down_rows(db, "htx.members", Q3)
    headers = [c.header for c in listing.columns]
    row = listing.rows[0].values
    assert row[headers.index("Số định danh")] == "********2582"
    assert row[headers.index("Giới tính")] == "Nữ"
    assert "022154002582" not in repr(listing)


def test_the_next_overview_shows_a_change_to_the_registers(_template_database, tmp_path):
    """Sums of earlier overviews are used again only while nothing has changed, here or (for a
    database open read-only) in the program that writes to it."""
    path = tmp_path / "office.db"
    shutil.copyfile(_template_database, path)
    writing = open_database(path)
    reading = None
    try:
        k.build_known_office(writing)
        reading = open_database(path, read_only=True)
        year_end = date(2022, 12, 31)

        def members(database) -> tuple[int, int]:
            overview = load_overview(database, Q3)
            return (overview.charts.members[year_end]["htx"],
                    overview.check.indicators["htx.members"].at.value)

        before = members(writing)
        assert members(writing) == members(reading) == before
        with writing.session() as s:
            s.add(m.Member(id=100, organisation_id=k.H1, full_name="Nguyễn Văn Mới",
                           joined_on=date(2016, 1, 1), member_kind="official",
                           member_type="individual"))
        assert members(writing) == members(reading) == (before[0] + 1, before[1] + 1)
    finally:
        writing.close()
        if reading is not None:
            reading.close()
