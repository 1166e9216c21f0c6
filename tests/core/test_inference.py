"""Reading what an officer's list says without a column for it: the kind from the name, the
commune's part of an address, the year from the title, the head's positions."""

from __future__ import annotations

import pytest

from kttt_desktop.core.enums import OrgKind, Position
from kttt_desktop.core.inference import (
    address_commune,
    head_positions,
    kind_from_name,
    names_households,
    title_year,
)


@pytest.mark.parametrize(("name", "kind", "words"), [
    ("Hợp tác xã Nông nghiệp Đồng Tâm", OrgKind.HTX, "Hợp tác xã"),
    ("HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP", OrgKind.HTX, "HỢP TÁC XÃ"),
    ("HTX Chè Hoành Mô", OrgKind.HTX, "HTX"),
    ("HTX. Dịch vụ", OrgKind.HTX, "HTX"),
    ("Hop tac xa Nong nghiep", OrgKind.HTX, "Hop tac xa"),
    ("Quỹ tín dụng nhân dân Thanh Oai", OrgKind.HTX, "Quỹ tín dụng nhân dân"),
    ("Tổ hợp tác Rau sạch", OrgKind.THT, "Tổ hợp tác"),
    ("THT Chăn nuôi Kim An", OrgKind.THT, "THT"),
    ("Liên hiệp hợp tác xã Thương mại", OrgKind.LHHTX, "Liên hiệp hợp tác xã"),
    ("Liên hiệp HTX Nông sản", OrgKind.LHHTX, "Liên hiệp HTX"),
    ("LHHTX Miền núi", OrgKind.LHHTX, "LHHTX"),
])
def test_the_kind_is_read_from_the_words_a_name_starts_with(name, kind, words):
    assert kind_from_name(name) == (kind, words)


@pytest.mark.parametrize("name", ["Công ty TNHH Đồng Tâm", "Nhóm sở thích trồng rau",
                                  "Tổ hợp Rau", "Hợp tác", "Chi hội HTX", "", None])
def test_a_name_that_does_not_say_its_kind_gives_none(name):
    assert kind_from_name(name) is None


@pytest.mark.parametrize(("address", "part"), [
    ("Thôn Đông, xã Hồng Dương, huyện Thanh Oai", "xã Hồng Dương, huyện Thanh Oai"),
    ("Xóm 3, xã Thanh Mai, huyện Thanh Oai, Hà Nội", "xã Thanh Mai, huyện Thanh Oai, Hà Nội"),
    ("Đội 5, xã Kim An huyện Thanh Oai", "xã Kim An, huyện Thanh Oai"),
    ("Thôn Cao Xuân, Xã Bình Minh", "Xã Bình Minh"),
    ("Số 5 ngõ 12, phường Cống Vị, quận Ba Đình", "phường Cống Vị, quận Ba Đình"),
    ("Khu 2, thị trấn Kim Bài, Thanh Oai, Hà Nội", "thị trấn Kim Bài, Thanh Oai, Hà Nội"),
    ("Khu phố 1, TT. Kim Bài", "TT. Kim Bài"),
    ("Thôn Xã Đàn, X. Tam Hưng", "X. Tam Hưng"),  # the last commune part, not a village's name
    ("Đặc khu Phú Quốc", "Đặc khu Phú Quốc"),
])
def test_the_commune_is_the_last_commune_part_of_an_address_with_what_follows(address, part):
    assert address_commune(address) == part


@pytest.mark.parametrize("address", ["Thôn Đông, Hồng Dương, Thanh Oai", "Số 5 Lê Lợi", "",
                                     None])
def test_an_address_without_a_commune_part_gives_none(address):
    assert address_commune(address) is None


@pytest.mark.parametrize(("titles", "year"), [
    (["DANH SÁCH HỢP TÁC XÃ NĂM 2024", "(Kèm theo Báo cáo số 12/BC-PKT ngày 15/01/2025)"], 2024),
    (["Danh sách tổ hợp tác đến ngày 31/12/2023"], 2023),
    (["Số liệu đến tháng 6/2025"], 2025),
    (["UBND HUYỆN THANH OAI", "DANH SÁCH HTX"], None),
    (["Danh sách HTX thành lập từ năm 2015 đến năm 2024"], None),  # two years: which one?
    ([], None),
])
def test_the_year_of_a_list_is_the_one_its_title_names(titles, year):
    assert title_year(titles) == year


@pytest.mark.parametrize(("header", "kind", "positions"), [
    ("Giám đốc", "htx", (Position.DIRECTOR,)),
    ("Giám đốc", "tht", (Position.THT_LEADER,)),
    ("Tổ trưởng", "tht", (Position.THT_LEADER,)),
    ("Tổ trưởng", "htx", (Position.DIRECTOR,)),  # a cooperative is led by its director
    ("Chủ tịch HĐQT kiêm giám đốc", "htx", (Position.CHAIR, Position.DIRECTOR)),
    ("Chủ tịch HĐQT", "lhhtx", (Position.CHAIR,)),
    ("Chủ tịch HĐQT kiêm giám đốc", "tht", (Position.THT_LEADER,)),
])
def test_the_head_of_an_organisation_holds_the_posts_its_kind_and_header_say(header, kind,
                                                                             positions):
    assert head_positions(header, kind) == positions


def test_names_of_household_heads_are_households():
    assert names_households("Họ tên chủ hộ") and names_households("HỌ VÀ TÊN CHỦ HỘ")
    assert not names_households("Họ và tên")
