"""A use case runs in one unit of work: the services it calls join the session it opened, so a
return is computed from one state of the registers in one transaction, and writes made inside a
unit are committed with it or not at all."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, func, select

from kttt_desktop.data.models import Member
from kttt_desktop.services.registers.records import save_record
from kttt_desktop.services.returns import build_snapshot, return_overview
from tests.return_office import Q3, build_return_office


def _connections(db) -> list[int]:
    """Counts every connection the engine hands out from now on."""
    taken: list[int] = []
    event.listen(db.engine, "checkout", lambda *_: taken.append(1))
    return taken


@pytest.fixture
def office(db):
    build_return_office(db)
    return db


def test_a_return_is_computed_in_one_transaction(office):
    taken = _connections(office)
    build_snapshot(office, Q3)
    assert len(taken) == 1
    taken.clear()
    return_overview(office, Q3)  # the snapshot, what changed since it was sent, the submissions
    assert len(taken) == 1


def test_a_write_inside_a_unit_is_committed_with_it_or_not_at_all(office):
    def members() -> int:
        with office.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(Member)).scalar_one()

    before = members()
    with pytest.raises(RuntimeError), office.session():
        save_record(office, "member", {"organisation_id": 1, "full_name": "Nguyễn Văn Mới",
                                       "member_kind": "official", "member_type": "individual",
                                       "joined_on": date(2024, 1, 2), "birth_year": 1980})
        raise RuntimeError("the use case failed after the save")
    assert members() == before
