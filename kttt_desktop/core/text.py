"""Vietnamese text: normalisation, folding for search, and sort keys.

No package that installs from a wheel here does Vietnamese collation (PyICU needs the ICU headers
to build), so the rules of the Vietnam Lexicography Centre are implemented directly:

- the alphabet is a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z: ă, â, đ, ê, ô,
  ơ and ư are letters of their own after their base letter;
- words (syllables) are compared left to right; within a word the letters decide first and the
  tone second, in the order none, huyền, hỏi, ngã, sắc, nặng; a shorter word that begins another
  comes first ("cha" < "chan");
- runs of digits compare by value ("số 2" < "số 10").

:func:`sort_key` returns a string whose plain code-point order is that order, so the database can
store it and sort with its binary collation.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {c: i for i, c in enumerate(_ALPHABET)}
_LETTER_BASE = 0x40  # letters encode above tones and digits
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng
_TONE_BASE = 0x31  # '1'..'6': below every letter, so "cha" sorts before "chan"
_DIGITS_MARK = "\x22"  # a digit run: mark, length, digits; below tones and letters
_WORD_SEP = " "
# Marks that make a letter of its own: breve (ă), circumflex (â ê ô), horn (ơ ư).
_LETTER_MARKS = {
    ("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô", ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư",
}
# Invisible characters only confuse search and display: every format character (Unicode
# category Cf: bidi controls, zero-width marks, tags, interlinear annotations...), except the
# zero-width joiner inside an emoji sequence, where it makes one picture of two. Text made only
# of these letters cannot hold one, and skips the look at each character.
_NO_FORMAT = re.compile("[\x00-\xac\xae-\u036f\u1e00-\u1eff]*")
_ZWJ = "\u200d"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_WORD = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _emoji_part(char: str) -> bool:
    return char == "\ufe0f" or unicodedata.category(char) in ("So", "Sk")


def _without_invisible(text: str) -> str:
    if _NO_FORMAT.fullmatch(text) is None:
        text = "".join(c for c in text if c == _ZWJ or unicodedata.category(c) != "Cf")
    if _ZWJ not in text:
        return text
    parts = text.split(_ZWJ)
    kept = parts[0]
    for part in parts[1:]:
        if kept and part and _emoji_part(kept[-1]) and _emoji_part(part[0]):
            kept += _ZWJ
        kept += part
    return kept


def clean_text(text: str | None, *, multiline: bool = False) -> str:
    """The form every stored string takes: NFC, no control or bidi characters, trimmed.

    Single-line text also has its runs of white space collapsed to one space.
    """
    if text is None:
        return ""
    text = str(text)
    if text.isascii() and text.isprintable():  # the common case: nothing to remove or compose
        return text.strip() if multiline else " ".join(text.split())
    # Composition comes last: a removed character may have stood between a letter and its mark.
    text = _without_invisible(text)
    if multiline:
        text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
        return nfc("\n".join(line.rstrip() for line in text.split("\n")).strip())
    text = _CONTROL.sub(" ", text.replace("\t", " ").replace("\n", " ").replace("\r", " "))
    return nfc(" ".join(text.split()))


# Characters that stand for another in names typed or copied from elsewhere: typographic
# apostrophes ("Ea H’Leo") and dashes ("Văn Miếu – Quốc Tử Giám"), and the Icelandic eth that
# looks like Đ (fonts of old documents).
_LOOKALIKES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "–": "-", "—": "-", "Ð": "Đ",
                             "ð": "đ"})
# Old and new tone placement in oa, oe, uy ending a word ("Hoà" and "Hòa", "Thuỷ" and "Thủy");
# "qu" is a consonant, so "Quý" keeps its tone on y.
# (in NFD; the vowel must end the word: no letter and no other mark after its tone: "Thuận")
_TONE_MARKS = "".join(_TONES)
_OLD_TONE = re.compile(f"(?<!q)([ou])([{_TONE_MARKS}]?)([aey])([{_TONE_MARKS}])"
                       + r"(?![^\W\d_]|[\u0300-\u036f])")


def _same_letters(text: str) -> str:
    """``text`` with look-alike characters replaced and runs of white space made one space."""
    return " ".join(str(text).translate(_LOOKALIKES).split())


def fold(text: str | None) -> str:
    """Lower case, no diacritics, đ → d, look-alike apostrophes, dashes and Đ made one, single
    spaces: what search compares."""
    if not text:
        return ""
    text = _same_letters(text).replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def spelling_key(text: str | None) -> str:
    """Lower case with its diacritics, look-alikes made one, the tone of oa, oe, uy placed the
    new way, single spaces: "Xã Hoà  An" and "xã Hòa An" are the same name, "Văn Lang" and "Văn
    Lăng" are not (they would fold alike)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFD", _same_letters(text).lower())
    text = _OLD_TONE.sub(lambda m: m[1] + m[4] + m[3] if not m[2] else m[0], text)
    return unicodedata.normalize("NFC", text)


@functools.lru_cache(maxsize=65536)  # words repeat: names, communes, kinds of organisation
def _encode_word(word: str) -> str:
    if word.isdigit():
        digits = word.lstrip("0") or "0"
        return _DIGITS_MARK + chr(0x30 + min(len(digits), 15)) + digits
    letters: list[str] = []
    tone = 0
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in _TONES:
            tone = _TONES[ch]
        elif unicodedata.combining(ch):
            if letters and (letters[-1], ch) in _LETTER_MARKS:
                letters[-1] = _LETTER_MARKS[(letters[-1], ch)]
        else:
            letters.append(ch)
    encoded = "".join(
        chr(_LETTER_BASE + _LETTER_RANK[c]) if c in _LETTER_RANK else chr(0x2000 + ord(c))
        for c in letters
    )
    return encoded + chr(_TONE_BASE + tone)


def sort_key(text: str | None) -> str:
    """A key whose code-point order is Vietnamese dictionary order (case is ignored)."""
    if not text:
        return ""
    return _WORD_SEP.join(_encode_word(w) for w in _WORD.findall(nfc(_same_letters(text))))


def person_sort_key(full_name: str | None) -> str:
    """A key for lists of people: given name first, then middle names, then family name."""
    words = _WORD.findall(nfc(_same_letters(full_name or "")))
    if len(words) > 1:
        words = [words[-1], *words[1:-1], words[0]]
    return _WORD_SEP.join(_encode_word(w) for w in words)
