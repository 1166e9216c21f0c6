"""Each register: a correct record has no finding; each fault gives exactly the expected ones."""

from datetime import date

import pytest

from kttt_desktop.core import dates, identity, numbers, phone, tax_code
from kttt_desktop.core import record_rules as rules
from kttt_desktop.core.enums import Severity
from kttt_desktop.core.record_rules import OrgContext, ocop_expiry

TODAY = date(2026, 3, 15)
E, W = Severity.ERROR, Severity.WARNING
HTX = OrgContext("htx", date(2015, 3, 10))


def findings(issues):
    return {(i.field, i.code, i.severity) for i in issues}


ORGANISATION = {
    "kind": "htx", "code": "0100109106", "name": "Hợp tác xã Nông nghiệp Đồng Tâm",
    "commune_code": "06838", "address": "Thôn Bản Chuồng", "established_on": date(2015, 3, 10),
    "dissolved_on": None, "sector": "agriculture", "charter_capital": 500_000_000,
    "representative": "Nguyễn Văn An", "phone": "0912345678", "value_chain": True,
    "value_chain_year": 2020, "high_tech": False, "high_tech_year": None, "digital": False,
    "digital_year": None, "note": "",
}


@pytest.mark.parametrize(("change", "expected"), [
    ({}, set()),
    ({"name": " "}, {("name", rules.REQUIRED, E)}),
    ({"sector": None}, {("sector", rules.REQUIRED, E)}),
    ({"kind": "doanh_nghiep"}, {("kind", rules.NOT_IN_LIST, E)}),
    ({"sector": "Nông nghiệp"}, {("sector", rules.NOT_IN_LIST, E)}),  # codes, not labels
    ({"code": None}, {("code", rules.CODE_REQUIRED, E)}),
    ({"kind": "lhhtx", "code": "", "name": "Liên hiệp hợp tác xã Quảng Ninh"},
     {("code", rules.CODE_REQUIRED, E)}),
    ({"code": "0100109107"}, {("code", tax_code.CHECK_DIGIT, E)}),
    ({"code": "0100109106-001"}, set()),
    ({"kind": "tht", "code": None, "name": "Tổ hợp tác trồng rau Lục Hồn"}, set()),
    ({"kind": "tht", "code": "0100109107", "name": "Tổ hợp tác trồng rau"},
     {("code", tax_code.CHECK_DIGIT, E)}),
    ({"name": "HTX Nông nghiệp Đồng Tâm"}, {("name", rules.NAME_PREFIX, W)}),
    ({"name": "hợp tác xã nông nghiệp Đồng Tâm"}, set()),
    ({"name": "Hợp tác xãNông nghiệp"}, {("name", rules.NAME_PREFIX, W)}),
    ({"kind": "lhhtx", "name": "Hợp tác xã Đồng Tâm"}, {("name", rules.NAME_PREFIX, W)}),
    ({"kind": "lhhtx", "name": "Liên hiệp hợp tác xã Quảng Ninh"}, set()),
    ({"kind": "tht", "code": None}, {("name", rules.NAME_PREFIX, W)}),
    ({"commune_code": "6838"}, {("commune_code", rules.COMMUNE_CODE, E)}),
    ({"established_on": date(2027, 1, 1), "value_chain": False, "value_chain_year": None},
     {("established_on", dates.FUTURE, E)}),
    ({"established_on": date(1940, 1, 1)}, {("established_on", rules.YEAR_RANGE, W)}),
    ({"dissolved_on": date(2014, 1, 1)}, {("dissolved_on", dates.ORDER, E)}),
    ({"dissolved_on": date(2015, 3, 10)}, set()),
    ({"dissolved_on": date(2026, 6, 1)}, {("dissolved_on", dates.FUTURE, W)}),
    ({"charter_capital": -1}, {("charter_capital", numbers.NEGATIVE, E)}),
    ({"charter_capital": 10**15}, {("charter_capital", numbers.TOO_LARGE, E)}),
    ({"phone": "01662345678"}, {("phone", phone.OLD_PREFIX, W)}),
    ({"phone": "12345"}, {("phone", phone.INVALID, E)}),
    ({"value_chain": False}, {("value_chain_year", rules.FLAG_YEAR, E)}),
    ({"value_chain_year": 2010}, {("value_chain_year", rules.FLAG_YEAR, W)}),
    ({"value_chain_year": 2030}, {("value_chain_year", rules.YEAR_RANGE, E)}),
    ({"digital": True, "digital_year": 2024}, set()),
])
def test_organisation(change, expected):
    assert findings(rules.check_organisation(ORGANISATION | change, today=TODAY)) == expected


def test_organisation_messages():
    issues = rules.check_organisation(ORGANISATION | {"name": "", "code": None}, today=TODAY)
    assert [i.message for i in issues] == [
        "Chưa nhập tên.",
        "Chưa nhập mã số: hợp tác xã phải có mã số (mã số thuế 10 chữ số).",
    ]
    [prefix] = rules.check_organisation(ORGANISATION | {"name": "HTX Đồng Tâm"}, today=TODAY)
    assert prefix.message == ("Tên hợp tác xã thường bắt đầu bằng “Hợp tác xã” (viết đầy đủ, "
                              "không viết tắt “HTX”); tên đã nhập là “HTX Đồng Tâm”.")
    [order] = rules.check_organisation(ORGANISATION | {"dissolved_on": date(2014, 1, 1)},
                                       today=TODAY)
    assert order.message == ("Ngày giải thể (01/01/2014) không được trước ngày thành lập "
                             "(10/03/2015).")


SUSPENSION = {"starts_on": date(2024, 1, 1), "ends_on": date(2024, 6, 30), "reason": "Thiếu vốn"}


@pytest.mark.parametrize(("change", "organisation", "others", "expected"), [
    ({}, HTX, [], set()),
    ({"starts_on": None}, HTX, [], {("starts_on", rules.REQUIRED, E)}),
    ({"ends_on": date(2023, 12, 31)}, HTX, [], {("ends_on", dates.ORDER, E)}),
    ({"starts_on": date(2015, 1, 1)}, HTX, [], {("starts_on", rules.BEFORE_ORGANISATION, E)}),
    ({}, OrgContext("htx", date(2015, 3, 10), date(2023, 12, 31)), [],
     {("starts_on", rules.AFTER_DISSOLUTION, E)}),
    ({"starts_on": date(2026, 4, 1), "ends_on": None}, HTX, [], {("starts_on", dates.FUTURE, W)}),
    ({}, HTX, [(date(2024, 6, 1), date(2024, 9, 1))], {("starts_on", rules.OVERLAP, E)}),
    ({}, HTX, [(date(2020, 1, 1), None)], {("starts_on", rules.OVERLAP, E)}),
    ({"ends_on": None}, HTX, [(date(2025, 1, 1), date(2025, 2, 1))],
     {("starts_on", rules.OVERLAP, E)}),
    ({}, HTX, [(date(2023, 1, 1), date(2023, 12, 31)), (date(2024, 7, 1), None)], set()),
])
def test_suspension(change, organisation, others, expected):
    issues = rules.check_suspension(SUSPENSION | change, organisation=organisation,
                                    others=others, today=TODAY)
    assert findings(issues) == expected


def test_overlap_message_names_the_other_suspension():
    [issue] = rules.check_suspension(SUSPENSION, others=[(date(2020, 1, 1), None)], today=TODAY)
    assert issue.message == ("Thời gian tạm ngừng này trùng với lần tạm ngừng từ 01/01/2020 đến "
                             "nay đã có.")


MEMBER = {
    "full_name": "Nguyễn Thị Mai", "birth_date": date(1985, 4, 2), "birth_year": None,
    "gender": "female", "cccd": "022185000123", "phone": "0912345678",
    "member_kind": "official", "official_subtype": "capital_use", "member_type": "individual",
    "member_organisation_id": None, "joined_on": date(2015, 3, 10), "left_on": None,
    "capital_contribution": 10_000_000, "is_worker": True, "address": "", "note": "",
}
NO_ID = {"cccd": None}


@pytest.mark.parametrize(("change", "organisation", "expected"), [
    ({}, HTX, set()),
    ({}, None, set()),
    ({"full_name": ""}, HTX, {("full_name", rules.REQUIRED, E)}),
    ({"joined_on": None}, HTX, {("joined_on", rules.REQUIRED, E)}),
    ({"member_kind": "chinh_thuc"}, HTX, {("member_kind", rules.NOT_IN_LIST, E)}),
    ({"birth_year": 1986}, HTX, {("birth_year", rules.BIRTH_MISMATCH, E)}),
    ({"birth_year": 1985}, HTX, set()),
    ({"birth_date": date(2027, 1, 1)} | NO_ID, HTX,
     {("birth_date", dates.FUTURE, E), ("birth_date", dates.UNDER_AGE, E)}),
    ({"birth_date": date(1915, 1, 1)} | NO_ID, HTX, {("birth_date", rules.VERY_OLD, W)}),
    ({"gender": "male"}, HTX, {("cccd", identity.GENDER_MISMATCH, E)}),
    ({"gender": "nu"}, HTX, {("gender", rules.NOT_IN_LIST, E)}),
    ({"cccd": "02218500012"}, HTX, {("cccd", identity.WRONG_LENGTH, E)}),
    ({"cccd": "123456789"}, HTX, {("cccd", identity.LEGACY_CMND, W)}),
    ({"birth_date": date(1986, 4, 2)}, HTX, {("cccd", identity.YEAR_MISMATCH, E)}),
    ({"phone": "0912"}, HTX, {("phone", phone.INVALID, E)}),
    ({"birth_date": date(2000, 1, 1), "joined_on": date(2017, 6, 1)} | NO_ID, HTX,
     {("birth_date", dates.UNDER_AGE, E)}),
    ({"birth_date": None, "birth_year": 1999, "joined_on": date(2017, 6, 1)} | NO_ID, HTX,
     {("birth_year", dates.MAYBE_UNDER_AGE, W)}),
    ({"member_type": "household", "birth_date": date(2000, 1, 1),
      "joined_on": date(2017, 6, 1)} | NO_ID, HTX, set()),
    ({"member_type": "legal_person", "full_name": "Công ty TNHH Chè Bình Liêu",
      "birth_date": None, "gender": None} | NO_ID, HTX, set()),
    ({"member_kind": "associate_capital"}, HTX, {("official_subtype", rules.SUBTYPE, E)}),
    ({"member_kind": "associate", "official_subtype": None}, HTX,
     {("capital_contribution", rules.CAPITAL, E)}),
    ({"member_kind": "associate", "official_subtype": None, "capital_contribution": None},
     HTX, set()),
    ({"capital_contribution": 0}, HTX, {("capital_contribution", rules.CAPITAL, W)}),
    ({"capital_contribution": -5}, HTX, {("capital_contribution", numbers.NEGATIVE, E)}),
    ({"joined_on": date(2015, 1, 1)}, HTX, {("joined_on", rules.BEFORE_ORGANISATION, W)}),
    ({"joined_on": date(2021, 1, 1)}, OrgContext("htx", date(2015, 3, 10), date(2020, 1, 1)),
     {("joined_on", rules.AFTER_DISSOLUTION, E)}),
    ({"joined_on": date(2026, 4, 1)}, HTX, {("joined_on", dates.FUTURE, W)}),
    ({"left_on": date(2014, 1, 1)}, HTX, {("left_on", dates.ORDER, E)}),
    ({"left_on": date(2015, 3, 10)}, HTX, set()),
    ({"left_on": date(2026, 4, 1)}, HTX, {("left_on", dates.FUTURE, W)}),
    ({"member_kind": "associate_capital", "official_subtype": None},
     OrgContext("tht", date(2015, 3, 10)), {("member_kind", rules.KIND_FOR_ORG, E)}),
    ({"official_subtype": None, "capital_contribution": 0},
     OrgContext("tht", date(2015, 3, 10)), set()),
    ({}, OrgContext("lhhtx", date(2015, 3, 10)), {("member_type", rules.TYPE_FOR_ORG, E)}),
    ({"member_type": "legal_person", "full_name": "Hợp tác xã Đồng Tâm", "birth_date": None,
      "gender": None} | NO_ID, OrgContext("lhhtx", date(2015, 3, 10)), set()),
])
def test_member(change, organisation, expected):
    issues = rules.check_member(MEMBER | change, organisation=organisation, today=TODAY)
    assert findings(issues) == expected


def test_member_messages():
    [age] = rules.check_member(MEMBER | NO_ID | {"birth_date": date(2000, 1, 1),
                                                  "joined_on": date(2017, 6, 1)}, today=TODAY)
    assert age.message == ("Ngày 01/06/2017 người này mới 17 tuổi (sinh ngày 01/01/2000), "
                           "chưa đủ 18 tuổi.")
    [lhhtx] = rules.check_member(MEMBER, organisation=OrgContext("lhhtx"), today=TODAY)
    assert lhhtx.message == ("Thành viên chính thức của liên hiệp hợp tác xã phải là hợp tác xã "
                             "(pháp nhân), không thể là “Cá nhân”.")


MANAGER = {"full_name": "Lê Văn Hùng", "birth_date": date(1975, 8, 20), "birth_year": None,
           "gender": "male", "cccd": "022075001234", "phone": "", "training_level": "so_cap"}


@pytest.mark.parametrize(("change", "expected"), [
    ({}, set()),
    ({"training_level": None}, {("training_level", rules.REQUIRED, E)}),
    ({"training_level": "thac_si"}, {("training_level", rules.NOT_IN_LIST, E)}),
    ({"gender": "female"}, {("cccd", identity.GENDER_MISMATCH, E)}),
    ({"birth_date": date(2030, 1, 1)} | NO_ID, {("birth_date", dates.FUTURE, E)}),
    ({"birth_year": 1900, "birth_date": None} | NO_ID, {("birth_year", rules.VERY_OLD, W)}),
    ({"birth_year": 1850, "birth_date": None} | NO_ID, {("birth_year", rules.YEAR_RANGE, E)}),
])
def test_manager(change, expected):
    assert findings(rules.check_manager(MANAGER | change, today=TODAY)) == expected


POSITION = {"position": "director", "starts_on": date(2020, 1, 1), "ends_on": None}
THT = OrgContext("tht", date(2015, 3, 10))


@pytest.mark.parametrize(("change", "organisation", "expected"), [
    ({}, HTX, set()),
    ({"position": None}, HTX, {("position", rules.REQUIRED, E)}),
    ({"position": "boss"}, HTX, {("position", rules.NOT_IN_LIST, E)}),
    ({"ends_on": date(2019, 12, 31)}, HTX, {("ends_on", dates.ORDER, E)}),
    ({"position": "tht_leader"}, HTX, {("position", rules.POSITION_FOR_ORG, W)}),
    ({}, THT, {("position", rules.POSITION_FOR_ORG, W)}),
    ({"position": "tht_leader"}, THT, set()),
    ({"starts_on": date(2014, 1, 1)}, HTX, {("starts_on", rules.BEFORE_ORGANISATION, W)}),
    ({"starts_on": date(2026, 5, 1)}, HTX, {("starts_on", dates.FUTURE, W)}),
])
def test_manager_position(change, organisation, expected):
    issues = rules.check_manager_position(POSITION | change, organisation=organisation,
                                          today=TODAY)
    assert findings(issues) == expected


TRAINING = {"course": "Sơ cấp nghề giám đốc HTX", "institution": "Trường Cao đẳng Nông Lâm",
            "starts_on": date(2024, 9, 1), "ends_on": date(2024, 11, 30), "level": "so_cap"}


@pytest.mark.parametrize(("change", "expected"), [
    ({}, set()),
    ({"level": None}, set()),
    ({"course": " "}, {("course", rules.REQUIRED, E)}),
    ({"level": "x"}, {("level", rules.NOT_IN_LIST, E)}),
    ({"ends_on": date(2024, 8, 1)}, {("ends_on", dates.ORDER, E)}),
    ({"starts_on": date(2026, 9, 1), "ends_on": None}, {("starts_on", dates.FUTURE, W)}),
])
def test_training_record(change, expected):
    assert findings(rules.check_training_record(TRAINING | change, today=TODAY)) == expected


def test_ocop_expiry_is_36_months_after_the_decision():
    assert ocop_expiry(date(2024, 5, 10)) == date(2027, 5, 10)
    assert ocop_expiry(date(2024, 2, 29)) == date(2027, 2, 28)


OCOP = {"name": "Miến dong Bình Liêu", "product_group": "food", "stars": 4, "score": 75,
        "decision_no": "123/QĐ-UBND", "decision_date": date(2024, 5, 10), "level": "province",
        "expires_on": date(2027, 5, 10), "note": ""}


@pytest.mark.parametrize(("change", "expected"), [
    ({}, set()),
    ({"stars": None}, {("stars", rules.REQUIRED, E)}),
    ({"product_group": "Thực phẩm"}, {("product_group", rules.NOT_IN_LIST, E)}),
    ({"stars": 2, "score": 40}, {("stars", rules.STARS, E)}),
    ({"stars": 5}, {("score", rules.STARS_SCORE, W), ("level", rules.LEVEL, W)}),
    ({"stars": 5, "score": 92, "level": "central"}, set()),
    ({"score": 95}, {("score", rules.STARS_SCORE, W)}),
    ({"score": 101}, {("score", rules.OUT_OF_RANGE, E)}),
    ({"score": None}, set()),
    ({"expires_on": date(2024, 5, 10)}, {("expires_on", dates.ORDER, E)}),
    ({"level": "district", "decision_date": date(2025, 8, 1), "expires_on": date(2028, 8, 1)},
     {("level", rules.LEVEL, E)}),
    ({"level": "district", "stars": 3, "score": 60}, set()),
    ({"level": "central"}, {("level", rules.LEVEL, W)}),
    ({"decision_date": date(2026, 4, 1), "expires_on": date(2029, 4, 1)},
     {("decision_date", dates.FUTURE, W)}),
])
def test_ocop_product(change, expected):
    assert findings(rules.check_ocop_product(OCOP | change, today=TODAY)) == expected


def test_ocop_messages():
    [stars] = rules.check_ocop_product(OCOP | {"stars": 2, "score": 40}, today=TODAY)
    assert stars.message == ("Số sao phải từ 3 đến 5: chỉ sản phẩm đạt từ 3 sao mới được công "
                             "nhận là sản phẩm OCOP (đã nhập 2).")
    [score] = rules.check_ocop_product(OCOP | {"score": 95}, today=TODAY)
    assert score.message == ("Điểm 95 không khớp với 4 sao: hạng 4 sao cần từ 70 đến dưới 90 "
                             "điểm.")


RATING = {"year": 2024, "score": 82.5, "rating_class": "good", "scheme": "TT01/2020", "note": ""}


@pytest.mark.parametrize(("change", "organisation", "expected"), [
    ({}, HTX, set()),
    ({"rating_class": None}, HTX, {("rating_class", rules.REQUIRED, E)}),
    ({"rating_class": "fair"}, HTX, {("rating_class", rules.RATING_CLASS, W)}),
    ({"rating_class": "not_rated"}, HTX, {("rating_class", rules.RATING_CLASS, W)}),
    ({"score": 120}, HTX, {("score", rules.OUT_OF_RANGE, E)}),
    ({"score": None, "rating_class": "weak"}, HTX, set()),
    ({"year": 2027}, HTX, {("year", rules.YEAR_RANGE, E)}),
    ({"year": 2014}, HTX, {("year", rules.BEFORE_ORGANISATION, E)}),
    ({"scheme": "XYZ"}, HTX, {("scheme", rules.RATING_SCHEME, W)}),
    ({}, OrgContext("htx", date(2024, 6, 1)), {("rating_class", rules.RATING_CLASS, W)}),
    ({"rating_class": "not_rated", "score": None}, OrgContext("htx", date(2024, 6, 1)), set()),
    ({}, OrgContext("htx", date(2015, 1, 1), None, ((date(2024, 2, 1), date(2024, 8, 1)),)),
     {("rating_class", rules.RATING_CLASS, W)}),
    ({"year": 2025}, OrgContext("htx", date(2015, 1, 1), date(2024, 6, 30)),
     {("year", rules.AFTER_DISSOLUTION, E)}),
])
def test_rating(change, organisation, expected):
    issues = rules.check_rating(RATING | change, organisation=organisation, today=TODAY)
    assert findings(issues) == expected


def test_rating_messages():
    [mismatch] = rules.check_rating(RATING | {"rating_class": "fair"}, today=TODAY)
    assert mismatch.message == ("Theo Thông tư 01/2020/TT-BKHĐT, 82,5 điểm là loại “Tốt”, nhưng "
                                "xếp loại đã nhập là “Khá”.")
    [young] = rules.check_rating(RATING, organisation=OrgContext("htx", date(2024, 6, 1)),
                                 today=TODAY)
    assert young.message == ("Năm 2024 tổ chức này thuộc diện không đánh giá (hoạt động chưa đủ "
                             "12 tháng tính đến hết năm), nhưng xếp loại đã nhập là “Tốt”.")


FIGURES = {"year": 2025, "revenue": 2_500_000_000, "profit": 150_000_000, "workers": 12,
           "avg_income": 72_000_000, "declared_members": None}


@pytest.mark.parametrize(("change", "organisation", "expected"), [
    ({}, HTX, set()),
    ({"year": None}, HTX, {("year", rules.REQUIRED, E)}),
    ({"revenue": -1}, HTX, {("revenue", numbers.NEGATIVE, E)}),
    ({"revenue": 10**15}, HTX, {("revenue", numbers.TOO_LARGE, E)}),
    ({"profit": -50_000_000}, HTX, set()),
    ({"profit": 3_000_000_000}, HTX, {("profit", rules.PROFIT, W)}),
    ({"avg_income": 6_000_000}, HTX, {("avg_income", rules.LOW_INCOME, W)}),
    ({"workers": -2}, HTX, {("workers", numbers.NEGATIVE, E)}),
    ({"declared_members": -1}, HTX, {("declared_members", numbers.NEGATIVE, E)}),
    ({"year": 2027}, HTX, {("year", rules.YEAR_RANGE, E)}),
    ({"year": 2014}, HTX, {("year", rules.BEFORE_ORGANISATION, E)}),
])
def test_yearly_figures(change, organisation, expected):
    issues = rules.check_yearly_figures(FIGURES | change, organisation=organisation, today=TODAY)
    assert findings(issues) == expected


def test_low_income_message_says_yearly():
    [low] = rules.check_yearly_figures(FIGURES | {"avg_income": 6_000_000}, today=TODAY)
    assert low.message == ("Thu nhập bình quân 6 triệu đồng/người/năm thấp bất thường; số này "
                           "tính cho cả năm, không phải cho một tháng.")


@pytest.mark.parametrize(("table", "check", "column"), [
    ("organisation", "check_organisation", "charter_capital"),
    ("yearly_figures", "check_yearly_figures", "revenue"),
])
def test_an_amount_typed_in_dong_where_million_dong_are_asked_is_questioned(table, check,
                                                                             column):
    base = {"organisation": ORGANISATION, "yearly_figures": FIGURES}[table]
    issues = getattr(rules, check)(base | {column: 1_500_000 * 1_000_000}, today=TODAY)
    [unlikely] = [i for i in issues if i.code == rules.UNLIKELY_MONEY]
    assert unlikely.field == column and not unlikely.is_error
    assert "1.500.000 triệu đồng" in unlikely.message and "số đồng" in unlikely.message
    fine = getattr(rules, check)(base | {column: 1_500 * 1_000_000}, today=TODAY)
    assert rules.UNLIKELY_MONEY not in [i.code for i in fine]


TARGET = {"year": 2026, "indicator": "htx.count", "comparator": ">=", "value": 700,
          "max_value": None, "tolerance_pct": None, "basis": "KH 248/KH-UBND", "note": ""}
KNOWN = {"htx.count", "htx.good_fair_pct", "htx.revenue.growth_pct"}


@pytest.mark.parametrize(("change", "expected"), [
    ({}, set()),
    ({"value": None}, {("value", rules.REQUIRED, E)}),
    ({"comparator": "=="}, {("comparator", rules.NOT_IN_LIST, E)}),
    ({"comparator": "range"}, {("max_value", rules.TARGET_RANGE, E)}),
    ({"comparator": "range", "max_value": 600}, {("max_value", rules.TARGET_RANGE, E)}),
    ({"comparator": "range", "max_value": 800}, set()),
    ({"max_value": 800}, {("max_value", rules.TARGET_RANGE, W)}),
    ({"comparator": "approx", "tolerance_pct": 5}, set()),
    ({"comparator": "approx", "tolerance_pct": 0}, {("tolerance_pct", rules.OUT_OF_RANGE, E)}),
    ({"indicator": "htx.good_fair_pct", "value": 35}, set()),
    ({"indicator": "htx.good_fair_pct", "value": 135}, {("value", rules.OUT_OF_RANGE, E)}),
    ({"indicator": "htx.revenue.growth_pct", "value": 150}, set()),
    ({"indicator": "htx.revenue.growth_pct", "value": -120}, {("value", rules.OUT_OF_RANGE, E)}),
    ({"value": -5}, {("value", rules.OUT_OF_RANGE, E)}),
    ({"indicator": "htx.unknown"}, {("indicator", rules.TARGET_INDICATOR, E)}),
    ({"year": 2050}, set()),
    ({"year": 2070}, {("year", rules.YEAR_RANGE, E)}),
])
def test_target(change, expected):
    issues = rules.check_target(TARGET | change, known_indicators=KNOWN, today=TODAY)
    assert findings(issues) == expected


def test_target_indicator_codes_are_free_without_a_catalogue():
    manual = TARGET | {"indicator": "manual.ngan_sach", "value": -5}
    assert rules.check_target(manual, today=TODAY) == []
