import pytest

from kttt_desktop.core.enums import (
    Comparator,
    Gender,
    MemberKind,
    OcopGroup,
    OrgKind,
    RatingClass,
    Sector,
    TrainingLevel,
)


@pytest.mark.parametrize(("enum", "text", "member"), [
    (OrgKind, "htx", OrgKind.HTX),                                  # by code
    (OrgKind, "HTX", OrgKind.HTX),
    (OrgKind, "Hợp tác xã", OrgKind.HTX),                           # by label
    (OrgKind, "hop tac xa", OrgKind.HTX),                           # without diacritics
    (OrgKind, "LIÊN HIỆP HỢP TÁC XÃ", OrgKind.LHHTX),
    (OrgKind, "Tổ hợp tác", OrgKind.THT),
    (MemberKind, "Liên kết góp vốn", MemberKind.ASSOCIATE_CAPITAL),
    (MemberKind, "lien ket khong gop von", MemberKind.ASSOCIATE),
    (MemberKind, "official", MemberKind.OFFICIAL),
    (Gender, "Nữ", Gender.FEMALE),
    (Gender, "nu", Gender.FEMALE),
    (Sector, "Công nghiệp - Tiểu thủ công nghiệp", Sector.INDUSTRY),
    (Sector, "Công nghiệp – Tiểu thủ công nghiệp", Sector.INDUSTRY),  # en dash of Word/Excel
    (Sector, "cong nghiep-tieu thu cong nghiep", Sector.INDUSTRY),
    (TrainingLevel, "Trên đại học", TrainingLevel.TREN_DAI_HOC),
    (RatingClass, "Không đánh giá", RatingClass.NOT_RATED),
    (OcopGroup, "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
     OcopGroup.TOURISM),
    (Comparator, ">=", Comparator.AT_LEAST),
    (Comparator, "ít nhất", Comparator.AT_LEAST),
    (Comparator, "range", Comparator.RANGE),
    (Comparator, "từ - đến", Comparator.RANGE),   # as the workbook spec writes it
    (Comparator, "từ … đến", Comparator.RANGE),
    (Comparator, "khoang", Comparator.APPROX),
])
def test_parse(enum, text, member):
    assert enum.parse(text) is member


@pytest.mark.parametrize(("enum", "text"), [(OrgKind, "doanh nghiệp"), (Gender, ""),
                                            (Comparator, "="), (MemberKind, "chính")])
def test_unknown_text_gives_none(enum, text):
    assert enum.parse(text) is None


def test_codes_are_the_stored_strings_and_labels_are_vietnamese():
    assert str(OrgKind.HTX) == "htx" and OrgKind.HTX == "htx"
    assert OrgKind.LHHTX.label == "Liên hiệp hợp tác xã"
    assert OrgKind.LHHTX.abbreviation == "LHHTX"
    assert ("male", "Nam") in Gender.choices()
