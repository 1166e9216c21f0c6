"""On the province demo database, the list behind every count is as long as the count.

An officer who clicks a number on the overview gets the records behind it; one missing or one
too many and the number cannot be trusted. Organisations that only declare their members are
listed with their declared amount instead of one row per member.
"""

from __future__ import annotations

import pytest

from kttt_desktop.core.indicators import CATALOGUE, Combine, Kind
from kttt_desktop.core.periods import Period
from kttt_desktop.data.database import open_database
from kttt_desktop.data.indicators import compute, drill_down

ADDITIVE = [i for i in CATALOGUE if i.combine is Combine.SUM]
PERIODS = [Period.parse("2023-Q4"), Period.parse("2025-Q2")]


@pytest.fixture(scope="module")
def province(province_db_path):
    database = open_database(province_db_path, read_only=True)
    yield database
    database.close()


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_every_count_lists_as_many_records_as_it_counts(province, period):
    counted = 0
    with province.session() as s:
        connection = s.connection()
        values = compute(connection, period)
        for indicator in ADDITIVE:
            value = values[indicator.code]
            listed = drill_down(connection, indicator.code, period)
            assert len(set(listed.ids)) == len(listed.ids), indicator.code
            if listed.amounts:  # declared members, money: each record carries its amount
                assert listed.total == pytest.approx(value.at.value), indicator.code
                continue
            assert len(listed.ids) == (value.at.value or 0), indicator.code
            counted += value.at.value > 0
            if indicator.kind is Kind.FLOW:
                year = drill_down(connection, indicator.code, period, year_to_date=True)
                assert len(year.ids) == (value.ytd.value or 0), indicator.code
    # The demo's registers are full enough that most counts are not zero.
    assert counted >= 20
