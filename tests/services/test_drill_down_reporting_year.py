"""The lists behind the numbers of a current-year period are as long as the numbers: yearly
measures list the organisations with figures or ratings of the last complete year, declared
members the latest count of each organisation (tests/current_year_office.py)."""

from __future__ import annotations

import pytest

from kttt_desktop.core.indicators import CATALOGUE, Combine
from kttt_desktop.data.database import open_database
from kttt_desktop.services.drill_down import drill_down_rows
from kttt_desktop.services.judgement import indicator_values
from tests.current_year_office import Q3, A, B, C


@pytest.fixture(scope="module")
def office(current_year_db_path):
    database = open_database(current_year_db_path, read_only=True)
    yield database
    database.close()


def test_every_list_adds_up_to_its_number(office):
    values = indicator_values(office, Q3)
    for indicator in (i for i in CATALOGUE if i.combine is Combine.SUM):
        listing = drill_down_rows(office, indicator.code, Q3)
        added = sum(1 if row.amount is None else row.amount for row in listing.rows)
        assert added == pytest.approx(values[indicator.code].at.value or 0), indicator.code
        assert listing.total == pytest.approx(added), indicator.code


def test_the_yearly_lists_are_those_of_2025(office):
    workers = drill_down_rows(office, "htx.workers", Q3)
    assert {(row.record_id, row.amount) for row in workers.rows} == {(A, 8), (B, 20), (C, 4)}
    rated = drill_down_rows(office, "htx.good_fair_pct", Q3)  # its numerator: good and fair
    assert sorted(row.record_id for row in rated.rows) == [A, B]
    members = drill_down_rows(office, "htx.members", Q3)
    declared = {row.record_id: row.amount for row in members.rows if row.amount is not None}
    assert declared == {B: 200, C: 60}
    assert len(members.rows) - len(declared) == 17  # A's 12 members and N's 5
