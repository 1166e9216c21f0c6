"""The Tổng quan screen on the province demo: cards, the table, the charts and the records behind
every number, for the period an officer picks."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kttt_desktop.core import clock
from kttt_desktop.core.indicators import Combine, Kind
from kttt_desktop.core.periods import Period
from kttt_desktop.core.targets import Pace, Status
from kttt_desktop.data.database import open_database
from kttt_desktop.services.judgement import judge_period
from kttt_desktop.services.overview import load_overview
from kttt_desktop.ui.drill_down_dialog import DrillDownDialog
from kttt_desktop.ui.indicator_table import VALUE, YEAR_EARLIER, YEAR_TO_DATE
from kttt_desktop.ui.main_window import MainWindow
from kttt_desktop.ui.settings import Settings
from kttt_desktop.ui.target_cards import Tone

Q3_2025 = Period.parse("2025-Q3")
YEAR_2023 = Period.parse("2023")
TODAY = date(2025, 11, 5)  # the last quarter ended is 2025-Q3


@pytest.fixture(scope="module")
def province_copy(province_db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("overview") / "province.db"
    shutil.copyfile(province_db_path, path)
    return path


@pytest.fixture(scope="module")
def reader(province_copy):
    """The same database opened read-only, for the services the screen is checked against."""
    database = open_database(province_copy, read_only=True)
    yield database
    database.close()


def open_window(qtbot, path) -> MainWindow:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.open_database(path)
    return window


def overview_of(qtbot, window):
    page = window.page("overview")
    assert window.stack.currentWidget() is page  # the first screen
    qtbot.waitUntil(lambda: page.overview is not None, timeout=15_000)
    return page


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def window(qtbot, province_copy):
    """The window on the module's copy of the province demo (tests here only read it)."""
    return open_window(qtbot, province_copy)


@pytest.fixture
def page(qtbot, window):
    return overview_of(qtbot, window)


def choose(qtbot, page, part: str, year: int) -> None:
    """Pick a period with the picker's own widgets, as an officer does."""
    picker = page.ui.period
    picker.part.setCurrentIndex(picker.part.findText(part))
    picker.year.setValue(year)
    period = picker.period()
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.period == period,
                    timeout=15_000)


def query(path, sql: str, *params) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


# Exists on a day (given twice) and lies in the office's area.
EXISTS_ON = ("o.established_on <= ? AND (o.dissolved_on IS NULL OR o.dissolved_on > ?) "
             "AND o.commune_code IN (SELECT commune_code FROM office_area)")


def number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def cards(page):
    return page.ui.cards.cards


def wait_listing(qtbot, dialog: DrillDownDialog) -> None:
    qtbot.waitUntil(lambda: dialog.listing is not None, timeout=15_000)


def test_opening_the_screen_computes_its_period_once(qtbot, province_copy, monkeypatch):
    computed = []

    def counted(db, period, cancelled=None):
        computed.append(period)
        return load_overview(db, period, cancelled)

    monkeypatch.setattr("kttt_desktop.ui.overview.load_overview", counted)
    overview_of(qtbot, open_window(qtbot, province_copy))
    assert computed == [Q3_2025]


# --- cards -------------------------------------------------------------------------------------

def test_the_first_screen_is_the_last_quarter_ended(page, province_copy):
    assert page.period() == Q3_2025
    assert (page.ui.period.part.currentText(), page.ui.period.year.value()) == ("Quý III", 2025)
    assert page.ui.period_dates.text() == (
        "Số liệu tại ngày 30/09/2025; số phát sinh từ 01/07/2025 đến 30/09/2025;\nlao động, "
        "doanh thu, lợi nhuận, thu nhập và xếp loại theo số liệu năm 2024.")
    assert page.ui.targets_heading.text() == "Chỉ tiêu kế hoạch năm 2025"
    (targets,), = query(province_copy, "SELECT COUNT(*) FROM target WHERE year = 2025")
    assert len(cards(page)) == targets == 16


def card_of(page, code: str):
    return next(c for c in cards(page) if c.check.target.indicator == code)


def test_cards_say_what_the_check_says_and_follow_the_period(qtbot, page, reader,
                                                             province_copy):
    for period in (Q3_2025, YEAR_2023):
        if page.period() != period:
            choose(qtbot, page, "Cả năm", period.year)
        checked = {t.target.indicator: t for t in judge_period(reader, period).targets}
        assert {c.check.target.indicator for c in cards(page)} == set(checked)
        for card in cards(page):
            expected = checked[card.check.target.indicator]
            assert card.check.actual == expected.actual
            assert card.check.status is expected.status
            words = card.ui.status_label.text()
            if expected.status is Status.NOT_ACHIEVED and expected.judgement.pace is Pace.BEHIND:
                assert (words, card.tone) == ("Chậm tiến độ", Tone.BEHIND)
            elif expected.status is Status.NOT_ACHIEVED and expected.judgement.pace is None:
                assert (words, card.tone) == ("Chưa đạt", Tone.BAD)
            elif expected.status in (Status.ACHIEVED, Status.EXCEEDED):
                assert words in ("Đạt", "Vượt") and card.tone is Tone.GOOD
    # At the end of 2023 the register stands near the plan of that year: "khoảng 700 HTX".
    day = "2023-12-31"
    (htx,), = query(province_copy, f"SELECT COUNT(*) FROM organisation o WHERE o.kind = 'htx' "
                                   f"AND {EXISTS_ON}", day, day)
    card = card_of(page, "htx.count")
    assert card.ui.goal_label.text() == "Mục tiêu năm 2023: khoảng 700 HTX (±5%)"
    assert card.ui.actual_label.text() == f"Đến 31/12/2023: {htx} HTX"
    assert 665 <= htx <= 735 and card.ui.status_label.text() == "Đạt"
    assert not card.ui.pace_label.isVisible()


def test_flow_targets_part_way_through_the_year_show_their_pace(page):
    card = card_of(page, "htx.new")  # "từ 30 đến 50 HTX" in 2025, judged on 9 months
    judgement = card.check.judgement
    assert judgement.pace is not None
    assert card.ui.actual_label.text().startswith("Lũy kế đến 30/09/2025: ")
    assert card.ui.pace_label.text() == (
        "Theo tiến độ đến 30/09/2025 cần 22,5 HTX: "
        + ("đúng tiến độ" if judgement.pace is Pace.ON_TRACK else "chậm tiến độ"))
    assert card.ui.gap_label.text().startswith("Còn thiếu ")


def test_a_year_without_targets_says_where_to_enter_them(qtbot, window, page):
    choose(qtbot, page, "Quý III", 2022)  # the demo's targets start with the 2023 plan
    assert cards(page) == []
    assert page.ui.no_targets.isVisible() and not page.ui.cards_area.isVisible()
    assert page.ui.no_targets_label.text() == (
        "Năm 2022 chưa có chỉ tiêu kế hoạch. Nhập chỉ tiêu (hoặc sao chép chỉ tiêu năm trước) "
        "ở mục Chỉ tiêu.")
    qtbot.mouseClick(page.ui.go_to_targets, Qt.MouseButton.LeftButton)
    assert window.current_section().key == "targets"


def test_a_period_change_is_quick(qtbot, page):
    choose(qtbot, page, "6 tháng", 2024)
    assert page.last_load_seconds is not None and page.last_load_seconds < 2.0


# --- the table ---------------------------------------------------------------------------------

def table_rows(page):
    return [(group.scope, row) for group in page.model.groups for row in group.rows]


def test_the_table_groups_every_indicator_by_scope_without_auxiliary_ones(page, reader):
    model = page.model
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == ["Tổ hợp tác (THT)", "Hợp tác xã (HTX)", "Liên hiệp hợp tác xã (LHHTX)",
                      "Toàn khu vực kinh tế tập thể (KTTT)"]
    codes = [row.value.code for _, row in table_rows(page)]
    assert "htx.revenue.total" not in codes and "htx.members.declared" not in codes
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Chỉ tiêu", "Đơn vị", "Quý III/2025", "Lũy kế đến 30/09/2025", "Cùng kỳ Quý III/2024"]
    values = judge_period(reader, Q3_2025, earlier_growth=True).indicators
    rows = {row.value.code: row.texts for _, row in table_rows(page)}
    members = values["htx.members"]
    assert rows["htx.members"] == (
        "Số thành viên hợp tác xã", "người", f"{members.at.value:,}".replace(",", "."), "",
        f"{members.year_earlier.value:,}".replace(",", "."))
    new = values["htx.new"]
    assert rows["htx.new"][2:] == (str(new.at.value), str(new.ytd.value),
                                   str(new.year_earlier.value))
    assert rows["tht.good_fair_pct"][2] == "–"  # no THT is rated: no value, never 0
    share = values["htx.good_fair_pct"].at.value
    assert rows["htx.good_fair_pct"][2] == f"{share:.1f}".replace(".", ",")


def open_from_table(qtbot, page, row_index, column: int) -> DrillDownDialog:
    view = page.ui.indicators
    view.setCurrentIndex(row_index.siblingAtColumn(column))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = page.dialog
    wait_listing(qtbot, dialog)
    return dialog


def test_the_list_behind_every_count_of_the_table_has_as_many_rows(qtbot, page):
    """Every count of the period (and, for flows, of the year to date and a year earlier)."""
    model, opened = page.model, 0
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            value = model.value_at(index)
            if value.indicator.combine is not Combine.SUM:
                continue
            columns = [VALUE] + ([YEAR_TO_DATE, YEAR_EARLIER]
                                 if value.indicator.kind is Kind.FLOW else [])
            for column in columns:
                shown = model.index(row, column, group).data()
                dialog = open_from_table(qtbot, page, index, column)
                listing = dialog.listing
                assert listing.indicator.code == value.code
                counted = [r for r in listing.rows if r.amount is None]
                if len(counted) == len(listing.rows):
                    assert dialog.model.rowCount() == number(shown), (value.code, column)
                else:  # declared members, workers: each row adds what its last column says
                    assert sum(r.values[-1] for r in listing.rows) == number(shown)
                assert dialog.windowTitle().endswith(f": {shown} {value.indicator.unit}")
                dialog.close()
                opened += 1
    assert opened > 100


def test_a_ratio_opens_the_records_of_its_numerator(qtbot, page):
    model = page.model
    group = model.index(1, 0)  # HTX
    row = next(r for r in range(model.rowCount(group))
               if model.value_at(model.index(r, 0, group)).code == "htx.good_fair_pct")
    dialog = open_from_table(qtbot, page, model.index(row, 0, group), VALUE)
    values = page.overview.check.indicators
    good_fair = values["htx.rated.good"].at.value + values["htx.rated.fair"].at.value
    assert dialog.model.rowCount() == good_fair == values["htx.good_fair_pct"].at.numerator
    assert "Tỷ lệ hợp tác xã xếp loại tốt, khá" in dialog.ui.summary.text()


# --- cards and records -------------------------------------------------------------------------

def test_a_click_on_a_card_lists_the_records_behind_its_number(qtbot, page):
    card = card_of(page, "htx.count")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    wait_listing(qtbot, dialog)
    assert dialog.model.rowCount() == card.check.actual
    assert dialog.windowTitle() == f"Số hợp tác xã tại ngày 30/09/2025: {card.check.actual} HTX"
    assert {r.table for r in dialog.listing.rows} == {"organisation"}

    flow = card_of(page, "htx.new")  # a flow target: the year to date
    flow.setFocus()
    qtbot.keyClick(flow, Qt.Key.Key_Return)
    dialog = page.dialog
    wait_listing(qtbot, dialog)
    assert dialog.model.rowCount() == flow.check.actual
    assert "từ 01/01/2025 đến 30/09/2025" in dialog.windowTitle()


def test_the_list_of_members_masks_personal_ids_and_filters_without_accents(qtbot, page,
                                                                           type_text):
    dialog = page.open_records(page.model.row_at(
        page.model.index(0, 0, page.model.index(0, 0))).drills[VALUE])  # Số tổ hợp tác
    wait_listing(qtbot, dialog)
    total = dialog.model.rowCount()
    type_text(dialog.ui.filter, "chan nuoi")
    shown = dialog.proxy.rowCount()
    assert 0 < shown < total
    assert all("chăn nuôi" in dialog.proxy.index(r, 0).data().lower() for r in range(shown))
    assert dialog.ui.shown_count.text() == f"{shown} / {total} dòng"

    members = page.open_records(next(row for _, row in table_rows(page)
                                     if row.value.code == "htx.members").drills[VALUE])
    wait_listing(qtbot, members)
    # One list of records at a time: the first one was closed.
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, DrillDownDialog) and w.isVisible()]
    assert shown == [members] and page.dialog is members
    column = [c.header for c in members.listing.columns].index("Số định danh")
    ids = [members.model.index(r, column).data() for r in range(200)]
    assert all(len(i) == 12 and i.startswith("********") for i in ids if i)


def test_a_double_click_opens_the_record_in_its_register(qtbot, window, page):
    opened = []
    window.open_record = lambda table, record_id: opened.append((table, record_id))
    dialog = page.open_target(card_of(page, "htx.count").check)
    wait_listing(qtbot, dialog)
    assert dialog.ui.open_hint.text() == "Nhấp đúp vào một dòng để mở hồ sơ trong sổ đăng ký."
    view = dialog.ui.records
    qtbot.waitExposed(dialog)
    rect = view.visualRect(dialog.proxy.index(2, 0))
    assert rect.isValid()
    # A double-click is a click, then a second press the system reports as a double-click.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [("organisation", dialog.listing.rows[2].record_id)]


# --- charts ------------------------------------------------------------------------------------

def bars(page, key: str) -> dict[str, list[float]]:
    series = page.charts.series(key)
    return {bar.label(): [bar.at(i) for i in range(bar.count())] for bar in series.barSets()}


def test_charts_follow_the_period(qtbot, page, reader, province_copy):
    choose(qtbot, page, "Cả năm", 2023)
    expected = load_overview(reader, YEAR_2023).charts
    ratings = bars(page, "ratings")
    assert list(ratings) == ["Tốt", "Khá", "Trung bình", "Yếu", "Không đánh giá"]
    for label, code in zip(ratings, ("good", "fair", "average", "weak", "not_rated"), strict=True):
        assert ratings[label] == [expected.ratings[day][code] for day in expected.rating_days]
    # 2023 read straight from the file: organisations that exist on 31/12/2023, by class.
    day = "2023-12-31"
    counted = dict(query(province_copy, f"SELECT r.rating_class, COUNT(*) FROM rating r JOIN "
                                        f"organisation o ON o.id = r.organisation_id WHERE "
                                        f"r.year = 2023 AND {EXISTS_ON} "
                                        f"GROUP BY r.rating_class", day, day))
    assert [ratings[label][-1] for label in ratings] == [
        counted.get(c, 0) for c in ("good", "fair", "average", "weak", "not_rated")]

    members = bars(page, "members")
    assert list(members.values()) == [[sum(expected.members[day].values())
                                       for day in expected.days]]
    values = page.overview.check.indicators
    assert members[next(iter(members))][-1] == values["kttt.members"].at.value
    sectors = bars(page, "sector")
    assert sum(map(sum, sectors.values())) == values["kttt.count"].at.value
    (existing,), = query(province_copy, f"SELECT COUNT(*) FROM organisation o WHERE "
                                        f"{EXISTS_ON}", day, day)
    assert values["kttt.count"].at.value == existing
    assert list(bars(page, "ocop").values()) == [[values[f"kttt.ocop.{n}star"].at.value
                                                 for n in (3, 4, 5)]]

    choose(qtbot, page, "Quý II", 2024)
    later = load_overview(reader, Period.parse("2024-Q2")).charts
    assert bars(page, "ratings")["Tốt"] == [later.ratings[d]["good"] for d in later.rating_days]
    axis = page.charts.charts["ratings"].axes(Qt.Orientation.Horizontal)[0]
    assert [c.split("<br>")[0] for c in axis.categories()] == ["2019", "2020", "2021", "2022",
                                                               "2023"]  # reporting years
    axis = page.charts.charts["members"].axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories()[-1].startswith("30/06/2024<br>")


def test_every_model_of_the_screen_passes_the_model_tester(qtbot, page, qtmodeltester):
    qtmodeltester.check(page.model)
    dialog = page.open_target(card_of(page, "lhhtx.count").check)
    wait_listing(qtbot, dialog)
    assert dialog.model.rowCount() > 0
    qtmodeltester.check(dialog.model)


def test_coming_back_to_the_screen_shows_what_changed_meanwhile(qtbot, province_db_path,
                                                                tmp_path):
    from kttt_desktop.services.targets import delete_target

    path = tmp_path / "province.db"  # a copy of its own: this test changes it
    shutil.copyfile(province_db_path, path)
    window = open_window(qtbot, path)
    page = overview_of(qtbot, window)
    before = len(cards(page))
    window.show_section("targets")
    target = card_of(page, "htx.high_tech").check.target
    delete_target(window.database, target.id)
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        window.show_section("overview")
    assert len(cards(page)) == before - 1
    assert "htx.high_tech" not in {c.check.target.indicator for c in cards(page)}
