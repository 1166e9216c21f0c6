"""Legacy fonts, checked against encoders written here from the published code tables."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kttt_desktop.core.legacy_fonts import TCVN3, VNI, detect, to_unicode
from kttt_desktop.data.admin_units import catalogue

LETTERS = ("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
           "ĂÂĐÊÔƠƯ")
# TCVN3 (ABC) bytes of the letters above, in the same order, as cp1252 shows them.
TCVN3_BYTES = ("µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ"
               "¡¢§£¤¥¦")
# VNI-Windows spelling of every Vietnamese letter that is not plain ASCII.
VNI_SPELLING = {
    "à": "aø", "á": "aù", "ả": "aû", "ã": "aõ", "ạ": "aï", "ă": "aê", "ằ": "aè", "ắ": "aé",
    "ẳ": "aú", "ẵ": "aü", "ặ": "aë", "â": "aâ", "ầ": "aà", "ấ": "aá", "ẩ": "aå", "ẫ": "aã",
    "ậ": "aä", "đ": "ñ", "è": "eø", "é": "eù", "ẻ": "eû", "ẽ": "eõ", "ẹ": "eï", "ê": "eâ",
    "ề": "eà", "ế": "eá", "ể": "eå", "ễ": "eã", "ệ": "eä", "ì": "ì", "í": "í", "ỉ": "æ",
    "ĩ": "ó", "ị": "ò", "ò": "oø", "ó": "où", "ỏ": "oû", "õ": "oõ", "ọ": "oï", "ô": "oâ",
    "ồ": "oà", "ố": "oá", "ổ": "oå", "ỗ": "oã", "ộ": "oä", "ơ": "ô", "ờ": "ôø", "ớ": "ôù",
    "ở": "ôû", "ỡ": "ôõ", "ợ": "ôï", "ù": "uø", "ú": "uù", "ủ": "uû", "ũ": "uõ", "ụ": "uï",
    "ư": "ö", "ừ": "öø", "ứ": "öù", "ử": "öû", "ữ": "öõ", "ự": "öï", "ỳ": "yø", "ý": "yù",
    "ỷ": "yû", "ỹ": "yõ", "ỵ": "î",
}
VNI_SPELLING |= {k.upper(): v.upper() for k, v in VNI_SPELLING.items()}


def as_tcvn3(text: str) -> str | None:
    """The text typed with a .VnTime font (None: it has a capital TCVN3 cannot write)."""
    table = dict(zip(LETTERS, TCVN3_BYTES, strict=True))
    if any(not c.isascii() and c not in table for c in text):
        return None
    return "".join(table.get(c, c) for c in text)


def as_vni(text: str) -> str:
    return "".join(VNI_SPELLING.get(c, c) for c in text)


SAMPLES = [
    ("Hîp t¸c x· N«ng nghiÖp", TCVN3, "Hợp tác xã Nông nghiệp"),
    ("Hôïp taùc xaõ Noâng nghieäp", VNI, "Hợp tác xã Nông nghiệp"),
    ("Lª V¨n Hïng", TCVN3, "Lê Văn Hùng"),
    ("Tr\xadêng Cao ®¼ng N«ng L©m", TCVN3, "Trường Cao đẳng Nông Lâm"),
    ("Chñ tÞch H§QT", TCVN3, "Chủ tịch HĐQT"),
    ("HîP T¸C X· N¤NG NGHIÖP", TCVN3, "HỢP TÁC XÃ NÔNG NGHIỆP"),   # a .VnTimeH heading
    ("Nguyeãn Thò Myõ Dung", VNI, "Nguyễn Thị Mỹ Dung"),
    ("Thaønh phoá Hoà Chí Minh", VNI, "Thành phố Hồ Chí Minh"),
    ("ÑOÀNG THAÙP", VNI, "ĐỒNG THÁP"),
    ("Xaõ Bình Lieâu, tænh Quaûng Ninh", VNI, "Xã Bình Liêu, tỉnh Quảng Ninh"),
]


@pytest.mark.parametrize(("legacy", "encoding", "unicode"), SAMPLES)
def test_real_samples_are_detected_and_converted(legacy, encoding, unicode):
    assert detect(legacy) == encoding
    assert to_unicode(legacy, encoding) == unicode


@pytest.mark.parametrize("text", [
    "Hợp tác xã Nông nghiệp", "Cà Mau", "Hoà", "Khoá học", "Công ty ABC", "Müller & Søn",
    "Hợp tác xã “Đồng Tâm” – 2024…", "ABC", "0100109106", "", None, "Tổ hợp tác",
    "Ông Bà", "Bến Tre", "Quân", "Xuân Lộc",
])
def test_unicode_and_ascii_are_never_legacy(text):
    assert detect(text) is None


def test_unknown_encoding_is_refused():
    with pytest.raises(ValueError):
        to_unicode("abc", "viqr")


def test_every_letter_of_both_tables_converts():
    lower = LETTERS[:-7]
    assert to_unicode(as_tcvn3(LETTERS), TCVN3) == LETTERS
    assert to_unicode(as_vni(lower + lower.upper()), VNI) == lower + lower.upper()


NAMES = sorted({version.name for unit in catalogue().communes.values() for version in unit.versions})


def test_no_commune_name_is_taken_for_legacy_text():
    assert [n for n in NAMES if detect(n) is not None] == []


def test_commune_names_typed_with_legacy_fonts_are_recognised_and_restored():
    results = {TCVN3: [0, 0, 0], VNI: [0, 0, 0]}  # right, missed, wrong
    for name in NAMES:
        for encoding, legacy in ((TCVN3, as_tcvn3(name)), (VNI, as_vni(name))):
            if legacy is None or legacy == name:
                continue
            found = detect(legacy)
            if found == encoding:
                assert to_unicode(legacy, encoding) == name
                results[encoding][0] += 1
            else:
                results[encoding][1 if found is None else 2] += 1
    for right, missed, wrong in results.values():
        assert wrong == 0
        assert right / (right + missed) >= 0.95


vietnamese_names = st.lists(st.sampled_from(NAMES), min_size=1, max_size=4).map(", ".join)


@given(vietnamese_names)
def test_lists_of_names_round_trip_through_vni(text):
    assert to_unicode(as_vni(text), VNI) == text
    assert detect(text) is None
