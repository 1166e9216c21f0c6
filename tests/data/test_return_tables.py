"""The tables of a return that are not indicators, on the known office (tests/known_office.py).

D = 30/09/2023. The expected values are worked out from the records, one by one.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from kttt_desktop.data import return_tables
from kttt_desktop.services.judgement import indicator_values
from kttt_desktop.services.returns.sections import POSITION_ROWS
from tests.known_office import D, build_known_office
from tests.return_office import Q3


@pytest.fixture
def known(db):
    build_known_office(db)
    return db


def _run(db, query, *args):
    with db.session() as s:
        return query(s.connection(), *args)


def test_the_matrix_counts_positions_held_at_d(known):
    rows = _run(known, return_tables.positions_by_level, D, POSITION_ROWS)
    # Manager 1 (đại học) is director and chair: a position in each row. Manager 2's post ends
    # on D, manager 4's starts after D, manager 5's HTX is dissolved on D, manager 7 is outside
    # the area. Manager 3 became controller on D; manager 6 (trên đại học) chairs HTX 4.
    assert sorted(rows) == [
        ("htx", "chair", "dai_hoc", 1), ("htx", "chair", "tren_dai_hoc", 1),
        ("htx", "director", "dai_hoc", 1), ("htx", "supervision", "trung_cap", 1)]
    persons = indicator_values(known, Q3)["htx.managers"].at.value
    assert (sum(r.count for r in rows), persons) == (4, 3)  # positions, not persons


def test_a_person_with_two_positions_of_one_row_counts_once_in_it(known):
    rows = {"chair": "board", "director": "board"}  # both positions in one row
    counted = _run(known, return_tables.positions_by_level, D, rows)
    assert ("htx", "board", "dai_hoc", 1) in counted


def test_ratings_by_class_count_organisations_that_exist_at_d(known):
    counted = {(r.kind, r.rating): r.count for r in
               _run(known, return_tables.ratings_by_class, D)}
    # HTX 3 (dissolved on D) and the HTX outside the area do not count; HTX 2 is "not rated".
    assert counted == {("htx", "good"): 1, ("htx", "fair"): 1, ("htx", "weak"): 1,
                       ("htx", "average"): 1, ("htx", "not_rated"): 1}


def test_the_list_holds_the_organisations_that_exist_at_d_with_their_figures(known):
    rows = _run(known, return_tables.organisation_rows, D)
    assert [r.name for r in rows] == [
        "THT số 11", "THT số 12", "HTX số 1", "HTX số 2", "HTX số 4", "HTX số 5", "HTX số 6",
        "HTX số 9", "LHHTX số 21"]
    by_name = {r.name: r for r in rows}
    htx1 = by_name["HTX số 1"]
    # Members 1, 2, 4 (leaves after D) and 5 (associate) are members at D; 3 left on D.
    assert (htx1.members, htx1.workers, htx1.revenue, htx1.rating, htx1.ocop_products) == (
        4, 10, 2000.0, "good", 4)
    assert by_name["HTX số 2"].members == 7  # no member list: the declared count of 2023
    assert by_name["THT số 11"].members == 12
    assert by_name["LHHTX số 21"].members == 2  # member HTX; HTX 5 left on D
    assert by_name["HTX số 9"].rating == ""  # no rating for 2023
    values = indicator_values(known, Q3)
    assert sum(r.members for r in rows) == values["kttt.members"].at.value
    assert sum(r.ocop_products for r in rows) == values["kttt.ocop.products"].at.value
    assert sum(r.workers or 0 for r in rows) == values["kttt.workers"].at.value


def test_expiring_products_are_valid_at_d_and_end_within_90_days(known):
    rows = _run(known, return_tables.expiring_products, D)
    # Product 4 expires on D + 90 days; product 1 three days later; product 3 on D (not valid).
    assert [(r.product, r.stars, r.expires_on) for r in rows] == [
        ("Sản phẩm 4", 3, date(2023, 12, 29))]
    assert Counter(r.organisation for r in rows) == {"HTX số 1": 1}
