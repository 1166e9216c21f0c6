import random
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kttt_desktop.core.text import clean_text, fold, person_sort_key, sort_key, spelling_key

# Vietnamese dictionary order (Vietnam Lexicography Centre): letters first, then the tone
# none < huyền < hỏi < ngã < sắc < nặng; ă â after a, đ after d, ê after e, ô ơ after o, ư after u.
WORDS_IN_ORDER = [
    "A", "À", "Ả", "Ã", "Á", "Ạ", "An", "Anh", "Ánh", "Ăn", "Ân", "Ấn", "Bình", "Cha", "Chà",
    "Chan", "Chăn", "Dũng", "Đào", "Đạo", "Em", "Êm", "Hòa", "Hỏa", "Hóa", "Ma", "Mà", "Mả",
    "Mã", "Má", "Mạ", "Mai", "Minh", "Oanh", "Ôn", "Ơn", "Phương", "Quang", "Thu", "Thư",
    "Trang", "Tuấn", "Uyên", "Ưng", "Vân", "Yến",
]

NAMES_IN_ORDER = [  # by given name, then middle name, then family name
    "Trần Thị An", "Lê Văn An", "Nguyễn Văn An", "Hoàng Thị Ánh", "Phạm Bình",
    "Đỗ Minh Đức", "Vũ Thị Hà", "Bùi Thu Hà", "Lý Văn Hùng", "Ngô Thị Thu",
]


def test_words_sort_in_vietnamese_dictionary_order():
    shuffled = WORDS_IN_ORDER[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == WORDS_IN_ORDER


def test_the_examples_of_the_rule():
    chain = ["An", "Ánh", "Ân", "Bình", "Dũng", "Đào"]
    assert [sort_key(w) for w in chain] == sorted(sort_key(w) for w in chain)
    assert sort_key("cha") < sort_key("chan")
    assert sort_key("chạ") < sort_key("chan")  # letters decide before tones
    assert sort_key("ang") < sort_key("ánh")


@pytest.mark.parametrize(("base", "letter"), [("a", "ă"), ("ă", "â"), ("d", "đ"), ("e", "ê"),
                                              ("o", "ô"), ("ô", "ơ"), ("u", "ư")])
def test_letters_with_marks_come_after_their_base_letter_and_its_tones(base, letter):
    toned = unicodedata.normalize("NFC", base + "\u0323")  # the last tone of the base letter
    assert sort_key(base + "z") < sort_key(letter)
    assert sort_key(toned) < sort_key(letter)


def test_case_is_ignored():
    assert sort_key("ĐÀO") == sort_key("đào")


def test_names_sort_by_given_name_first():
    shuffled = NAMES_IN_ORDER[:]
    random.Random(3).shuffle(shuffled)
    assert sorted(shuffled, key=person_sort_key) == NAMES_IN_ORDER


def test_digits_sort_by_value():
    labels = ["Hợp tác xã số 2", "Hợp tác xã số 9", "Hợp tác xã số 10", "Hợp tác xã số 100"]
    assert sorted(reversed(labels), key=sort_key) == labels
    assert sort_key("Đội 02") == sort_key("Đội 2")


def test_nfd_input_sorts_like_nfc():
    word = "Nguyễn Đức Thắng"
    assert sort_key(unicodedata.normalize("NFD", word)) == sort_key(word)
    assert person_sort_key(unicodedata.normalize("NFD", word)) == person_sort_key(word)


@pytest.mark.parametrize(("text", "folded"), [
    ("Đồng Tâm", "dong tam"),
    ("HỢP TÁC XÃ  Nông   nghiệp", "hop tac xa nong nghiep"),
    ("Ưng Hòa", "ung hoa"),
    ("", ""),
    (None, ""),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_of_nfd_equals_fold_of_nfc():
    text = "Hợp tác xã Đồng Tâm – Ấp Ưng"
    assert fold(unicodedata.normalize("NFD", text)) == fold(text) == "hop tac xa dong tam - ap ung"


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize("written", [
    "Xã Ea H'Leo", "Xã Ea H’Leo", "Xã Ea H‘Leo", "Xã Ea HʼLeo", "xã  ea   h'leo", "XÃ EA H’LEO"])
def test_look_alike_apostrophes_and_spaces_fold_alike(written):
    assert fold(written) == "xa ea h'leo"


@pytest.mark.parametrize("written", [
    "Văn Miếu - Quốc Tử Giám", "Văn Miếu – Quốc Tử Giám", "Văn Miếu — Quốc Tử Giám"])
def test_look_alike_dashes_fold_alike(written):
    assert fold(written) == "van mieu - quoc tu giam"


def test_the_eth_that_looks_like_d_with_stroke_is_d_with_stroke():
    assert fold("ÐINH Văn Ðức") == fold("ĐINH Văn Đức") == "dinh van duc"
    assert fold("ðinh") == "dinh"
    assert sort_key("Ðinh") == sort_key("Đinh") and person_sort_key("Ðào Ðức") == \
        person_sort_key("Đào Đức")
    assert sort_key("Dung") < sort_key("Ðinh") < sort_key("Em")


@pytest.mark.parametrize(("a", "b"), [
    ("Xã Hoà An", "xã Hòa An"), ("Thuỷ", "Thủy"), ("Thuỵ Anh", "Thụy Anh"), ("Khoẻ", "Khỏe"),
    ("Nguyễn Uý", "Nguyễn Úy"), ("Ea H’leo", "EA H'LEO"), ("Xuân  Hòa", "Xuân Hòa"),
])
def test_the_spelling_key_forgives_tone_placement_case_and_look_alikes(a, b):
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Văn Lang", "Văn Lăng"), ("Cẩm Giang", "Cẩm Giàng"), ("Thuận Hưng", "Thuấn Hưng"),
    ("Quý", "Qúy"), ("Hoàng", "Hòang"),
])
def test_the_spelling_key_keeps_the_diacritics_that_make_another_name(a, b):
    assert spelling_key(a) != spelling_key(b)
    assert spelling_key("Thuận") == "thuận" and spelling_key("Quý") == "quý"


@given(st.text())
def test_the_spelling_key_folds_as_the_text_does(text):
    assert fold(spelling_key(text)) == fold(text)


def test_clean_text_gives_nfc():
    assert clean_text(unicodedata.normalize("NFD", "Hợp tác xã")) == "Hợp tác xã"


def test_clean_text_removes_invisible_and_control_characters():
    assert clean_text("Hợp\u200b tác\u202e xã\ufeff\u200d") == "Hợp tác xã"
    assert clean_text("\u2066Đồng\u2069 Tâm\u00ad") == "Đồng Tâm"
    assert clean_text("Đồng\x00Tâm\x1f") == "Đồng Tâm"
    assert clean_text("  Đồng \t Tâm\u00a0 \n") == "Đồng Tâm"


def test_clean_text_recomposes_after_removing_invisible_characters():
    # A zero-width space between a letter and its tone mark hides the pair from NFC.
    assert clean_text("Ha\u200b\u0300 Nô\u200b\u0323i") == "Hà Nội"


def test_clean_text_multiline_keeps_lines():
    assert clean_text("dòng 1  \r\ndòng\x07 2\r\n", multiline=True) == "dòng 1\ndòng 2"


@given(st.text())
def test_clean_text_is_idempotent_and_nfc(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)


# --- an independent reference of the order, for random Vietnamese words --------------------------

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
TONED = {  # each vowel with its tones, in tone order: none, huyền, hỏi, ngã, sắc, nặng
    "a": "aàảãáạ", "ă": "ăằẳẵắặ", "â": "âầẩẫấậ", "e": "eèẻẽéẹ", "ê": "êềểễếệ",
    "i": "iìỉĩíị", "o": "oòỏõóọ", "ô": "ôồổỗốộ", "ơ": "ơờởỡớợ", "u": "uùủũúụ",
    "ư": "ưừửữứự", "y": "yỳỷỹýỵ",
}
BASE_AND_TONE = {form: (base, tone) for base, forms in TONED.items()
                 for tone, form in enumerate(forms)}


def reference_key(text: str) -> list[tuple[tuple[int, ...], int]]:
    key = []
    for word in text.lower().split():
        letters, tone = [], 0
        for ch in word:
            base, ch_tone = BASE_AND_TONE.get(ch, (ch, 0))
            letters.append(ALPHABET.index(base))
            tone = max(tone, ch_tone)
        key.append((tuple(letters), tone))
    return key


@st.composite
def vietnamese_words(draw):
    letters = draw(st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=4))
    vowels = [i for i, c in enumerate(letters) if c in TONED]
    if vowels and draw(st.booleans()):
        i = draw(st.sampled_from(vowels))
        letters[i] = TONED[letters[i]][draw(st.integers(1, 5))]
    word = "".join(letters)
    return word.upper() if draw(st.booleans()) else word


phrases = st.lists(vietnamese_words(), min_size=1, max_size=3).map(" ".join)


def sign(a, b) -> int:
    return (a > b) - (a < b)


@given(phrases, phrases)
def test_sort_key_agrees_with_the_reference_order(a, b):
    assert sign(sort_key(a), sort_key(b)) == sign(reference_key(a), reference_key(b))



FORMAT_CHARACTERS = [chr(c) for c in range(0x110000)
                     if unicodedata.category(chr(c)) == "Cf" and c != 0x200D]


def test_clean_text_removes_every_format_character_by_its_category():
    # Among them those no list named before: U+180E, U+206A-U+206F, U+FFF9-U+FFFB, the tags.
    for extra in ("\u180e", "\u206a", "\u206f", "\ufff9", "\ufffb", "\U000e0001", "\U000e007f"):
        assert extra in FORMAT_CHARACTERS
    for char in FORMAT_CHARACTERS:
        assert clean_text(f"Nguyễn{char} Văn {char}{char}An") == "Nguyễn Văn An", hex(ord(char))
    everything = "".join(FORMAT_CHARACTERS)
    assert clean_text(f"Hợp {everything}tác xã", multiline=True) == "Hợp tác xã"


def test_the_joiner_of_an_emoji_sequence_stays_and_a_lone_one_goes():
    assert clean_text("Tổ nữ nông dân 👩\u200d🌾") == "Tổ nữ nông dân 👩\u200d🌾"
    assert clean_text("Na\u200dm") == "Nam"
