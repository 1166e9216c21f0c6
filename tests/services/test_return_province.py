"""The return of a province (the demo of 700 HTX, 60,500 members): whole and consistent."""

from __future__ import annotations

import shutil

import pytest

from kttt_desktop.core.numbers import format_number
from kttt_desktop.core.periods import Period
from kttt_desktop.data.database import open_database
from kttt_desktop.exchange.return_data import read_return_data
from kttt_desktop.services.returns import build_snapshot, write_return
from tests.pdf_tools import pdf_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def province_return(province_db_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("province-return")
    path = folder / "province.db"
    shutil.copyfile(province_db_path, path)
    db = open_database(path, read_only=True)
    try:
        snapshot = build_snapshot(db, Period.parse("2025-Q3"))
    finally:
        db.close()
    return write_return(snapshot, xlsx=folder / "r.xlsx", pdf=folder / "r.pdf")


def test_the_list_adds_up_to_the_indicators(province_return):
    snapshot = province_return.snapshot
    organisations = snapshot.organisations
    assert len(organisations) == snapshot.indicator("kttt.count").value
    assert sum(o.members for o in organisations) == snapshot.indicator("kttt.members").value
    assert sum(o.ocop_products for o in organisations) == snapshot.indicator(
        "kttt.ocop.products").value
    matrix = sum(v for k, v in snapshot.counts.items() if k.startswith("managers."))
    assert matrix >= snapshot.indicator("kttt.managers").value  # positions ≥ persons


def test_the_excel_data_verifies_and_the_pdf_holds_every_organisation(province_return):
    data = read_return_data(province_return.xlsx)
    snapshot = province_return.snapshot
    assert len(data.lists["organisation"]) == len(snapshot.organisations)
    assert data.indicators["kttt.members"].value == snapshot.indicator("kttt.members").value
    text = pdf_text(province_return.pdf)
    members = format_number(snapshot.indicator("kttt.members").value)
    last_pages = "\f".join(text.rstrip("\f").split("\f")[-2:])  # the note may turn the page
    assert members in last_pages  # the total row of the annexed list
    assert f"\n{len(snapshot.organisations)}\n" in text  # its last row number
