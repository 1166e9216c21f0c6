"""The table models of the registers: Qt's model checks, pages read lazily, masked data."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.data.database import open_database
from kttt_desktop.data.registers.lists import ListQuery
from kttt_desktop.services.registers import lists
from kttt_desktop.ui.registers.catalogue import described_columns, sublist_columns
from kttt_desktop.ui.registers.panel import RegisterListSource
from kttt_desktop.ui.registers.table_model import ID_ROLE, ColumnDef, PagedListModel, RowsModel


def person_columns():
    """A member list's name, birth, gender, CCCD and phone, as the description lists them."""
    return [c for c in described_columns("member")
            if c.key in ("full_name", "birth_date", "gender", "cccd", "phone")]


class CountingSource(RegisterListSource):
    def __init__(self, database, table):
        super().__init__(database, table)
        self.pages_read: list[int] = []

    def page(self, query, offset, limit, matches=None):
        self.pages_read.append(offset)
        return super().page(query, offset, limit, matches)


@pytest.fixture(scope="module")
def province(province_db_path):
    database = open_database(province_db_path, read_only=True)
    yield database
    database.close()


def test_the_member_list_passes_the_model_checks_and_reads_only_the_pages_shown(
        qtmodeltester, province):
    source = CountingSource(province, "member")
    model = PagedListModel(source, person_columns(), page_size=50)
    model.set_query(ListQuery(search="nguyen van"))
    assert model.rowCount() > 1000 and source.pages_read == []
    qtmodeltester.check(model)
    assert len(set(source.pages_read)) < model.rowCount() / 50  # not the whole list
    assert model.index(0, 0).data(ID_ROLE) == model.record_id(0)


def test_sorting_by_a_header_asks_the_database_again(qtmodeltester, qtbot, province):
    model = PagedListModel(RegisterListSource(province, "organisation"), [
        ColumnDef("name", "Tên"), ColumnDef("established_on", "Thành lập")])
    model.set_query(ListQuery())
    with qtbot.waitSignal(model.counted):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    first, second = model.row(0)["established_on"], model.row(1)["established_on"]
    assert first >= second
    assert model.query.sort == "established_on" and model.query.descending
    qtmodeltester.check(model)


def test_personal_data_is_masked_until_shown(qtbot, db):
    from tests.registers_helpers import member, organisation

    htx = organisation(db, "Hợp tác xã Đồng Tâm", code="5701000014")
    member(db, htx, "Nguyễn Văn An", cccd="022080123456", gender="male",
           birth_date=date(1980, 4, 2), phone="0912345678")
    model = PagedListModel(RegisterListSource(db, "member"), person_columns())
    model.set_query(ListQuery())
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts == ["Nguyễn Văn An", "**/**/1980", "Nam", "********3456", "******5678"]
    with qtbot.waitSignal(model.dataChanged):
        model.set_show_personal(True)
    assert [model.index(0, c).data() for c in range(1, 5)] == [
        "02/04/1980", "Nam", "022080123456", "0912345678"]
    model.set_show_personal(False)
    assert [model.index(0, c).data() for c in range(model.columnCount())] == texts


@pytest.mark.parametrize("table", ["suspension", "member", "manager", "ocop_product", "rating",
                                   "yearly_figures", "manager_position", "training_record"])
def test_every_sub_list_passes_the_model_checks(qtmodeltester, province, table):
    model = PagedListModel(RegisterListSource(province, table), sublist_columns(table),
                           page_size=20)
    model.set_query(ListQuery().with_filter(
        "manager_id" if table in ("manager_position", "training_record") else
        "organisation_id", 1))
    qtmodeltester.check(model)


def test_rows_held_in_memory_pass_the_model_checks(qtmodeltester):
    model = RowsModel([("Tên", lambda r: r[0]), ("Ngày", lambda r: r[1])])
    model.set_rows([("An", date(2024, 1, 2)), ("Bình", date(2023, 5, 6))])
    assert model.index(0, 1).data() == "02/01/2024"
    qtmodeltester.check(model)


def test_a_list_read_in_the_background_shows_its_rows_then_counts_them(qtmodeltester, qtbot,
                                                                       province):
    """A short word among 60,500 members: the first screen of rows comes first, the count after
    (the rows after the first page are then added); the model stays sound throughout."""
    model = PagedListModel(RegisterListSource(province, "member"), person_columns())
    qtmodeltester.check(model)
    moments = []
    model.rows_shown.connect(lambda: moments.append(("rows", model.rowCount(),
                                                     model.is_counted)))
    model.counted.connect(lambda count: moments.append(("count", count, model.is_counted)))
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.load(ListQuery(search="v"))
    assert moments[0] == ("rows", 64, False)
    assert moments[-1][0] == "count" and moments[-1][1] > 1000 and moments[-1][2]
    assert model.rowCount() == moments[-1][1] and model.query.search == "v"
    qtmodeltester.check(model)


def test_a_search_typed_past_is_cancelled_and_only_the_last_is_shown(qtbot, province):
    model = PagedListModel(RegisterListSource(province, "member"), person_columns())
    shown = []
    model.rows_shown.connect(lambda: shown.append(model.query.search))
    first = model.load(ListQuery(search="n"))
    last = model.load(ListQuery(search="nguyen van hung"))
    qtbot.waitUntil(lambda: first.is_finished and last.is_finished, timeout=10_000)
    assert first.cancelled and not last.cancelled
    assert shown == ["nguyen van hung"] and model.query.search == "nguyen van hung"
    assert model.rowCount() == lists.count(province, "member", ListQuery(search="nguyen van hung"))
