"""OCOP, Xếp loại and Số liệu: what each form adds to the common behaviour of the registers."""

from __future__ import annotations

from datetime import date, timedelta

from kttt_desktop.core import clock
from kttt_desktop.data.models import Suspension
from kttt_desktop.services.registers.records import load_record
from kttt_desktop.ui.registers.ocop import validity_text
from tests.registers_helpers import organisation
from tests.ui.register_screens import (
    ORGANISATIONS,
    seed_figures,
    seed_organisations,
    seed_products,
    store,
)
from tests.ui.register_steps import choose, enter, listed, rows, save, select_row, settled


def wait_done(qtbot, task) -> None:
    qtbot.waitUntil(lambda: task.is_finished, timeout=10_000)


def texts(page, key: str) -> list[str]:
    listed(page)
    column = [c.key for c in page.model.columns].index(key)
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


# OCOP --------------------------------------------------------------------------------------------

def test_a_certificate_without_expiry_gets_36_months(main_window, qtbot, type_text):
    orgs = seed_organisations(main_window.database)
    page = main_window.show_section("ocop")
    page.new_record()
    form = page.form
    enter(form.ui.organisation_id, "ánh dương", type_text)
    type_text(form.ui.name, "Trà hoa vàng Ánh Dương")
    choose(form.ui.product_group, "drinks")
    choose(form.ui.stars, "4")
    type_text(form.ui.decision_date, "31/01/2025")
    assert form.ui.expires_on.placeholderText() == "tự động: 31/01/2028"
    wait_done(qtbot, form.save())
    assert form.record_id is not None, form.form_error.text()
    assert form.ui.expires_on.text() == "31/01/2028"
    assert form.values()["organisation_id"] == orgs[ORGANISATIONS[0]]
    assert texts(page, "stars") == ["4"]


def test_the_list_says_which_certificates_expire_soon(main_window):
    orgs = seed_organisations(main_window.database)
    seed_products(main_window.database, orgs)
    page = main_window.show_section("ocop")
    listed(page)
    column = [c.title for c in page.model.columns].index("Tình trạng")
    states = {page.model.index(r, 0).data(): page.model.index(r, column).data()
              for r in range(page.model.rowCount())}
    assert states["Cá khô Bình Liêu"] == "Đã hết hạn"
    assert states["Dưa hấu Lục Hồn"] == "Còn 30 ngày"
    assert states["Chè Hoành Mô"] == "Còn hiệu lực"


def test_a_certificate_is_expired_on_its_expiry_date():
    today = clock.today()
    assert validity_text({"expires_on": today}, today) == "Đã hết hạn"
    assert validity_text({"expires_on": today + timedelta(days=1)}, today) == \
        "Còn 1 ngày"
    assert validity_text({"expires_on": today + timedelta(days=91)}, today) == "Còn hiệu lực"


def test_products_are_found_by_their_organisation_too(main_window, qtbot):
    orgs = seed_organisations(main_window.database)
    seed_products(main_window.database, orgs)
    page = main_window.show_section("ocop")
    page.search.setText("binh minh")  # the organisation of "Chè Hoành Mô"
    qtbot.waitUntil(lambda: not page.search_timer.isActive())
    assert texts(page, "name") == ["Chè Hoành Mô"]


# Ratings -----------------------------------------------------------------------------------------

def test_the_class_follows_the_score_until_the_officer_chooses_one(main_window, type_text):
    seed_organisations(main_window.database)
    page = main_window.show_section("ratings")
    page.new_record()
    form = page.form
    enter(form.ui.organisation_id, "binh minh", type_text)
    type_text(form.ui.score, "8")
    assert form.values()["rating_class"] == "weak"
    type_text(form.ui.score, "2,5")  # 82,5 points
    assert form.values()["rating_class"] == "good"
    assert form.ui.advice.text() == "Theo Thông tư 01/2020/TT-BKHĐT, 82,5 điểm là loại “Tốt”."
    choose(form.ui.rating_class, "fair")  # the officer's own choice stays
    form.ui.score.clear()
    type_text(form.ui.score, "90")
    assert form.values()["rating_class"] == "fair"
    assert form.ui.apply_advice.isVisibleTo(form)
    form.ui.apply_advice.click()
    assert form.values()["rating_class"] == "good" and not form.ui.apply_advice.isVisibleTo(form)


def test_a_young_or_long_suspended_htx_is_not_rated(main_window, type_text):
    db = main_window.database
    organisation(db, "Hợp tác xã Mới Lập", established_on=date(2024, 6, 1), code="5701000014")
    paused = organisation(db, "Hợp tác xã Tạm Nghỉ", code="5701000021")
    with db.session() as s:
        s.add(Suspension(organisation_id=paused, starts_on=date(2024, 2, 1),
                         ends_on=date(2024, 6, 30)))
    page = main_window.show_section("ratings")
    page.new_record()
    form = page.form
    enter(form.ui.organisation_id, "moi lap", type_text)
    enter(form.ui.year, "2024", type_text)
    assert form.values()["rating_class"] == "not_rated"
    assert form.ui.advice.text() == ("Năm 2024 tổ chức này thuộc diện “Không đánh giá”: hoạt "
                                     "động chưa đủ 12 tháng tính đến hết năm.")
    enter(form.ui.organisation_id, "tam nghi", type_text)
    assert "tạm ngừng hoạt động quá 3 tháng trong năm" in form.ui.advice.text()
    enter(form.ui.year, "2025", type_text)
    type_text(form.ui.score, "66")
    assert form.values()["rating_class"] == "fair"


def test_only_cooperatives_and_unions_are_offered_for_rating(main_window):
    db = main_window.database
    seed_organisations(db)
    organisation(db, "Tổ hợp tác Dệt thổ cẩm", kind="tht")
    page = main_window.show_section("ratings")
    combo = page.form.ui.organisation_id
    settled()
    offered = [combo.itemText(i).split(" – ")[0] for i in range(combo.count())]
    assert offered == list(ORGANISATIONS)
    assert combo.itemText(0) == "Hợp tác xã Ánh Dương – Xã Bình Liêu"


def test_a_second_rating_of_the_same_year_is_refused(main_window, qtbot, type_text):
    orgs = seed_organisations(main_window.database)
    store(main_window.database, "rating", organisation_id=orgs[ORGANISATIONS[1]], year=2024,
         score=85, rating_class="good")
    page = main_window.show_section("ratings")
    page.new_record()
    form = page.form
    enter(form.ui.organisation_id, "binh minh", type_text)
    enter(form.ui.year, "2024", type_text)
    type_text(form.ui.score, "70")
    wait_done(qtbot, form.save())
    assert form.record_id is None and "2024" in form.ui.year_error.text()


# Figures -----------------------------------------------------------------------------------------

def test_money_is_typed_and_listed_in_million_dong(main_window, qtbot, type_text):
    orgs = seed_organisations(main_window.database)
    seed_figures(main_window.database, orgs)
    page = main_window.show_section("figures")
    assert "2.000" in texts(page, "revenue")
    page.new_record()
    form = page.form
    enter(form.ui.organisation_id, "dong tam", type_text)
    enter(form.ui.year, "2025", type_text)
    enter(form.ui.revenue, "1250", type_text)
    assert form.ui.revenue.text() == "1.250"
    enter(form.ui.profit, "-15,5", type_text)  # a loss
    assert form.ui.profit.text() == "-15,5"
    enter(form.ui.avg_income, "72", type_text)
    wait_done(qtbot, form.save())
    assert form.record_id is not None, form.form_error.text()
    row = texts(page, "year").index("2025")
    assert texts(page, "profit")[row] == "-15,5"
    assert texts(page, "avg_income")[row] == "72"
    stored = load_record(main_window.database, "yearly_figures", form.record_id)
    assert (stored["revenue"], stored["profit"], stored["avg_income"]) == (
        1_250_000_000, -15_500_000, 72_000_000)


# Inside the organisation's hub ---------------------------------------------------------------------

def test_the_hub_tabs_use_these_forms_for_the_organisation_shown(main_window, qtbot, type_text):
    orgs = seed_organisations(main_window.database)
    hub = main_window.show_section("organisations")
    select_row(qtbot, hub, ORGANISATIONS[1])
    ratings = next(p for p in hub.sublists if p.table == "rating")
    hub.tabs.setCurrentWidget(ratings)
    ratings.new_button.click()
    form = ratings.form
    assert not form.ui.organisation_id.isVisible()  # the organisation is the one shown
    enter(form.ui.score, "81", type_text)
    assert form.values()["rating_class"] == "good"
    save(qtbot, form)
    stored = load_record(main_window.database, "rating", form.record_id)
    assert (stored["organisation_id"], stored["year"], stored["rating_class"]) == (
        orgs[ORGANISATIONS[1]], clock.today().year - 1, "good")
    assert rows(ratings) == [str(clock.today().year - 1)]
