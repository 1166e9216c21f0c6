"""The import writes the plan its check built: the rows are not checked a second time when the
rows, the officer's choices and the registers are those the check saw; a register changed in
between has every row checked again, and nothing is written twice."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kttt_desktop.data.models import Member
from kttt_desktop.services.importing import import_workbook, read_file
from kttt_desktop.services.importing import service as import_service
from tests.workbooks import office_sheets, write_xlsx


def _members(db) -> int:
    with db.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(Member)).scalar_one()


@pytest.fixture
def checked(db, tmp_path):
    workbook = read_file(write_xlsx(tmp_path / "so.xlsx", office_sheets()))
    result = import_workbook(db, workbook, dry_run=True)
    assert result.ok and not result.written
    return workbook, result


def test_the_checked_plan_is_written_without_checking_the_rows_again(db, checked, monkeypatch):
    workbook, result = checked
    monkeypatch.setattr(import_service, "check_workbook", lambda *a, **k: pytest.fail(
        "the rows were checked again"))
    imported = import_workbook(db, workbook, checked=result)
    members = next(s for s in result.sheets if s.sheet == "ThanhVien").inserted
    assert imported.written and members > 0 and _members(db) == members


def test_other_choices_check_the_rows_again(db, checked, monkeypatch):
    workbook, result = checked
    calls = []
    original = import_service.check_workbook
    monkeypatch.setattr(import_service, "check_workbook",
                        lambda *a, **k: calls.append(1) or original(*a, **k))
    assert import_workbook(db, workbook, checked=result, skip_outside_area=True).written
    assert calls == [1]


def test_a_register_changed_since_the_check_has_the_rows_checked_again(db, checked):
    workbook, result = checked
    assert result.total("inserted") > 0
    assert import_workbook(db, workbook).written  # the same rows imported meanwhile
    before = _members(db)
    again = import_workbook(db, workbook, checked=result)
    assert _members(db) == before  # the check's plan was stale: nothing added twice
    assert again.total("inserted") == 0
