"""The snapshot of a return (2023-Q3 of tests/return_office.py): one object, every number in it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.indicators import CATALOGUE, additive_parts
from kttt_desktop.core.periods import Period
from kttt_desktop.reports.snapshot import from_json, to_json
from kttt_desktop.services.judgement import indicator_values
from kttt_desktop.services.returns import Draft, build_snapshot, load_draft, save_draft
from tests.known_office import build_known_office
from tests.return_office import (
    CREATED,
    FORMULA_NAME,
    FREE_TEXT,
    PRIVATE_ID,
    PRIVATE_NAME,
    PRIVATE_PHONE,
    Q3,
    TAX_CODE,
)


def _table(snapshot, key, index=0):
    section = next(s for s in snapshot.sections if s.key == key)
    return section.tables[index]


def _row(table, label):
    return next(r.cells for r in table.rows if r.cells[0] == label)


def test_header_dates_and_versions(return_snapshot):
    s = return_snapshot
    assert (s.period, s.period_words, s.reference_date, s.period_start) == (
        "2023-Q3", "quý III năm 2023", date(2023, 9, 30), date(2023, 7, 1))
    assert s.title == "Tình hình phát triển kinh tế tập thể, hợp tác xã quý III năm 2023"
    assert (s.issued_on, s.created_at) == (date(2026, 2, 5), CREATED)
    assert s.header.office == "Phòng Kinh tế xã Bình Liêu"
    assert (s.header.doc_symbol, s.header.signer_authority, s.header.signer_name) == (
        "BC-PKT", "KT. TRƯỞNG PHÒNG", "Hoàng Văn Thắng")
    assert s.header.area == ("06838", "06841", "06856")
    assert s.header.province == "Quảng Ninh"
    assert s.free_text == FREE_TEXT  # the draft of the period
    assert s.reporting_year == 2022  # nobody has the figures of 2023 at 30/09/2023


def test_every_indicator_with_its_parts(return_snapshot):
    figures = return_snapshot.indicator_map()
    assert set(figures) == set(CATALOGUE.codes())
    share = figures["htx.good_fair_pct"]
    # Good or fair: HTX 1 and HTX 4; rated: HTX 1, 4, 5, 6 (HTX 2 is "not rated").
    assert (share.numerator, share.denominator, share.value) == (2, 4, 50.0)
    assert share.parts == ("htx.rated.good", "htx.rated.fair", "htx.rated")
    flow = figures["htx.new"]  # HTX 2 in the quarter; HTX 9 earlier in the year
    assert (flow.value, flow.ytd, flow.kind) == (1, 2, "flow")
    for code, entry in figures.items():  # every part of every ratio is in the snapshot
        assert all(part in figures for part in entry.parts), code
        assert entry.parts == additive_parts(CATALOGUE.get(code))


def test_the_tables_show_the_indicators(return_snapshot):
    figures = return_snapshot.indicator_map()
    organisations = _table(return_snapshot, "organisations")
    htx = _row(organisations, "Hợp tác xã")
    # HTX 1, 2, 4, 5, 6, 9 exist at D; 4 (suspended over D) and 6 (open suspension) do not
    # operate; HTX 2 was founded in the quarter, HTX 9 earlier in the year; HTX 3 was dissolved
    # on D; a year earlier HTX 1, 3, 4, 5, 6 existed.
    assert htx[1:] == (6, 4, 1, 2, 1, 1, 5, 1)
    total = _row(organisations, "Tổng cộng")
    assert total[1] == figures["kttt.count"].value == 9
    members = _table(return_snapshot, "members")
    assert _row(members, "Số thành viên tại ngày 30/09/2023")[2:] == (
        figures["tht.members"].value, 42, 2, figures["kttt.members"].value)


def test_the_managers_matrix_counts_positions_and_the_people_table_persons(return_snapshot):
    matrix = _table(return_snapshot, "managers", 0)
    levels = ["Chưa qua đào tạo", "Sơ cấp", "Trung cấp", "Cao đẳng", "Đại học", "Trên đại học"]
    assert [c.title for c in matrix.columns[1:-1]] == levels
    assert _row(matrix, "Chủ tịch Hội đồng quản trị") == ("Chủ tịch Hội đồng quản trị", 0, 0, 0, 0,
                                                          1, 1, 2)
    assert _row(matrix, "Giám đốc")[-1] == 1
    assert _row(matrix, "Trưởng ban kiểm soát, kiểm soát viên")[3] == 1
    assert _row(matrix, "Tổng số")[-1] == 4
    shares = _row(matrix, "Tỷ lệ so với tổng số (%)")
    assert shares[5] == pytest.approx(50.0)  # 2 of the 4 positions are held by graduates
    people = _table(return_snapshot, "managers", 1)
    assert _row(people, "Số cán bộ quản lý")[3] == 3  # three persons hold those four


def test_ratings_with_not_rated_and_missing(return_snapshot):
    ratings = _table(return_snapshot, "ratings")
    htx = _row(ratings, "Hợp tác xã")
    # 6 HTX at D: good 1, fair 1, average 1, weak 1, not rated 1 (HTX 2), no result 1 (HTX 9).
    assert htx == ("Hợp tác xã", 6, 1, 1, 1, 1, 1, 1, 50.0)
    shares = ratings.rows[ratings.rows.index(next(r for r in ratings.rows
                                                  if r.cells[0] == "Hợp tác xã")) + 1]
    assert shares.cells[2] == pytest.approx(100 / 6)


def test_targets_with_status_and_pace(return_snapshot):
    targets = _table(return_snapshot, "targets")
    rows = {(r.cells[1], r.cells[2]): r for r in targets.rows}
    new = rows[("Số hợp tác xã thành lập mới", "2023")]
    assert new.cells[6:] == (2, -2, "Chưa đạt", "Chậm tiến độ") and new.status == "not_achieved"
    horizon = rows[("Số hợp tác xã", "2030*")]
    assert horizon.cells[3] == "Chiến lược 2030"
    assert any("2030" in note or "năm sau" in note for note in targets.notes)


def test_the_list_and_ocop_expiring(return_snapshot):
    listed = _table(return_snapshot, "organisations_list")
    htx1 = next(r.cells for r in listed.rows if r.cells[2] == "HTX số 1")
    assert htx1[1] == TAX_CODE
    assert htx1[4:] == ("HTX", "Nông nghiệp", 4, 10, 2000.0, "Tốt", 4)
    assert any(r.cells[2] == FORMULA_NAME for r in listed.rows)
    total = listed.rows[-1].cells
    assert total[6] == return_snapshot.indicator("kttt.members").value
    expiring = _table(return_snapshot, "ocop", 1)
    assert [r.cells[1:] for r in expiring.rows] == [
        ("Sản phẩm 4", "HTX số 1", "Xã Bình Liêu", 3, "", date(2023, 12, 29))]


def test_no_personal_data_anywhere(return_db_path, return_snapshot):
    from sqlmodel import select

    from kttt_desktop.data.database import open_database
    from kttt_desktop.data.models import Manager, Member

    db = open_database(return_db_path, read_only=True)
    with db.session() as s:
        names = ({m.full_name for m in s.exec(select(Member))}
                 | {m.full_name for m in s.exec(select(Manager))})
    db.close()
    text = to_json(return_snapshot)
    assert PRIVATE_NAME in names
    assert not [name for name in names if name in text]
    for private in (PRIVATE_ID, PRIVATE_PHONE, "1980-04-05", "cccd", "phone", "birth"):
        assert private not in text


def test_json_keeps_every_value(return_snapshot):
    again = from_json(to_json(return_snapshot))
    assert again == return_snapshot
    assert json.loads(to_json(return_snapshot))["period"] == "2023-Q3"


def test_a_year_return_reads_its_own_year_and_flows_have_one_column(db):
    build_known_office(db)
    snapshot = build_snapshot(db, Period.parse("2023"), free_text="")
    assert snapshot.reporting_year == 2023
    business = next(s for s in snapshot.sections if s.key == "business")
    assert business.title == "3. Kết quả sản xuất, kinh doanh năm 2023"
    assert not any("chưa kết thúc" in note for note in business.tables[0].notes)
    columns = [c.title for c in _table(snapshot, "organisations").columns]
    assert "Lũy kế năm" not in columns and "Thành lập mới" in columns
    assert snapshot.title.endswith("năm 2023")


def test_values_match_the_check_service(db):
    build_known_office(db)
    snapshot = build_snapshot(db, Q3)
    values = indicator_values(db, Q3)
    for code, value in values.items():
        entry = snapshot.indicator(code)
        assert (entry.value, entry.numerator, entry.denominator) == (
            value.at.value, value.at.numerator, value.at.denominator), code


def test_the_draft_is_kept_per_period(db):
    assert load_draft(db, Q3) == Draft()
    save_draft(db, Q3, Draft("  \u0110a\u0301nh gia\u0301 chung  \n"))  # decomposed, as some
    assert load_draft(db, Q3).free_text == "Đánh giá chung"  # keyboards; composed and trimmed
    save_draft(db, Period.parse("2023-Q4"), Draft("Quý IV", doc_number=" 27 "))
    assert load_draft(db, Q3).free_text.startswith("Đánh giá")
    assert load_draft(db, Period.parse("2023-Q4")) == Draft("Quý IV", doc_number="27")


def test_the_number_and_signer_of_the_draft_go_into_the_header(db):
    build_known_office(db)
    save_draft(db, Q3, Draft("", doc_number="15", signer_title="Trưởng phòng",
                             signer_name="Nông Thị Lan"))
    header = build_snapshot(db, Q3).header
    assert (header.doc_number, header.doc_symbol) == ("15", "BC-PKT")
    assert (header.signer_authority, header.signer_title, header.signer_name) == (
        "KT. TRƯỞNG PHÒNG", "Trưởng phòng", "Nông Thị Lan")  # the office's authority kept
    other = build_snapshot(db, Period.parse("2023-Q4")).header  # no draft: the office's signer
    assert (other.doc_number, other.signer_name) == ("", "Hoàng Văn Thắng")


@pytest.mark.parametrize(("number", "problem"), [("15/BC", "không hợp lệ"), ("abc", "chỉ ghi"),
                                                 ("1234567", "tối đa 6 chữ số")])
def test_a_number_that_is_not_a_number_is_refused_and_nothing_saved(db, number, problem):
    with pytest.raises(InputError) as raised:
        save_draft(db, Q3, Draft("Văn bản", doc_number=number))
    assert problem in raised.value.message and f"“{number}”" in raised.value.message
    assert load_draft(db, Q3) == Draft()


def test_a_return_needs_the_office_profile(db):
    from kttt_desktop.data.models import Office

    with db.session() as s:
        s.delete(s.get(Office, 1))
    with pytest.raises(InputError, match="thông tin cơ quan"):
        build_snapshot(db, Q3)
