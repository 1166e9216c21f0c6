"""Vietnamese typed with the pre-Unicode fonts, as it arrives from an old spreadsheet.

Before Unicode, Vietnamese was typed with 8-bit fonts: TCVN3 (the ABC fonts, .VnTime) and VNI
(VNI-Times). A workbook cell typed that way reads back, through the Windows code page, as Latin-1
characters: "Hîp t¸c x· N«ng nghiÖp" (TCVN3) or "Hôïp taùc xaõ Noâng nghieäp" (VNI) for
"Hợp tác xã Nông nghiệp". :func:`detect` recognises such text, :func:`to_unicode` converts it.

- TCVN3 (TCVN 5712:1993, VN3) gives each lower-case letter and Ă Â Đ Ê Ô Ơ Ư one byte. Upper-case
  letters with tone marks have no code of their own: the ".VnTimeH" fonts draw the lower-case
  codes as capitals. So case cannot always be recovered; when every plain letter of the text is a
  capital, the whole text is taken to be in capitals.
- VNI writes a base letter followed by a byte for its marks ("a" + "ù" = "á", "a" + "á" = "ấ"),
  with single bytes for đ, ơ, ư and the i and ỵ letters.

Detection never claims text that contains a character beyond Latin-1 (real Unicode Vietnamese
nearly always has one: ă, đ, ơ, ư, ạ…), nor plain ASCII. It needs characters or sequences that
Unicode Vietnamese never contains (TCVN3 "¸", "µ", "·"…; VNI "aù", "oâ"…), and the conversion must
turn the words into well-formed Vietnamese syllables.
"""

from __future__ import annotations

import re
import unicodedata

TCVN3, VNI = "tcvn3", "vni"

# TCVN3: the character a legacy byte reads as (cp1252 = latin-1 in this range) → the letter.
_TCVN3_CODES = (
    "¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ ¨ă ©â ªê «ô ¬ơ \xadư ®đ "
    "µà ¶ả ·ã ¸á ¹ạ »ằ ¼ẳ ½ẵ ¾ắ Æặ Çầ Èẩ Éẫ Êấ Ëậ Ìè Îẻ Ïẽ Ðé Ñẹ Òề Óể Ôễ Õế Öệ "
    "×ì Øỉ Üĩ Ýí Þị ßò áỏ âõ ãó äọ åồ æổ çỗ èố éộ êờ ëở ìỡ íớ îợ ïù ñủ òũ óú ôụ "
    "õừ öử ÷ữ øứ ùự úỳ ûỷ üỹ ýý þỵ"
)
TCVN3_TO_UNICODE: dict[str, str] = {pair[0]: pair[1] for pair in _TCVN3_CODES.split()}

# VNI: the byte after a base letter and the marks it adds (circumflex, breve, horn; then tone).
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_VNI_MARKS: dict[str, str] = {
    "ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRCUMFLEX, "á": _CIRCUMFLEX + _ACUTE, "à": _CIRCUMFLEX + _GRAVE,
    "å": _CIRCUMFLEX + _HOOK, "ã": _CIRCUMFLEX + _TILDE, "ä": _CIRCUMFLEX + _DOT,
    "ê": _BREVE, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK,
    "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}
_VNI_MARKS |= {k.upper(): v for k, v in _VNI_MARKS.items()}
_VNI_TONES_ONLY = {_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT}
# Letters VNI writes as one byte; ơ and ư also take a tone byte after them.
_VNI_LETTERS: dict[str, str] = {
    "ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ì": "ì", "Ì": "Ì",
    "í": "í", "Í": "Í", "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị",
    "î": "ỵ", "Î": "Ỵ",
}

# Latin-1 letters that Vietnamese Unicode text uses; anything else of Latin-1 is foreign to it.
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_TCVN3_ONLY = set(TCVN3_TO_UNICODE) - _VIETNAMESE_LATIN1
_VNI_ONLY_LETTERS = set("ñÑæÆîÎöÖ")
# Base + mark pairs that old-style Unicode spelling also writes ("hoà", "khoá", "xoã").
_VNI_AMBIGUOUS = {"oà", "oá", "oã"}
# cp1252 turns the bytes 0x80-0x9F into these (quotes, dashes…); they occur in any text.
_CP1252_EXTRA = set(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore"))

_TONE_MARKS = {_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT}
_WORD = re.compile(r"[^\W\d_]+")
_SYLLABLE = re.compile(
    "(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    "(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu"
    "|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu"
    "|ya|yê|[aăâeêioôơuưy])"
    "(?:ch|ng|nh|[cmnpt])?"
)


def _vni_base(ch: str) -> tuple[str, set[str]] | None:
    """The letter a VNI base character stands for and the marks it can take."""
    lower = ch.lower()
    if lower in "aeo":
        allowed = {_CIRCUMFLEX} | ({_BREVE} if lower == "a" else set())
        return ch, allowed | _VNI_TONES_ONLY
    if lower in "uy":
        return ch, set(_VNI_TONES_ONLY)
    if ch in "ôÔöÖ":
        return _VNI_LETTERS[ch], set(_VNI_TONES_ONLY)
    return None


def _vni_pair(text: str, i: int) -> str | None:
    """The letter written by the base at ``i`` and the mark after it, if they form one."""
    base = _vni_base(text[i])
    if base is None or i + 1 >= len(text) or text[i + 1] not in _VNI_MARKS:
        return None
    letter, allowed = base
    marks = _VNI_MARKS[text[i + 1]]
    modifier = marks[0] if marks[0] in (_CIRCUMFLEX, _BREVE) else ""
    if modifier and modifier not in allowed:
        return None
    return unicodedata.normalize("NFC", letter + marks)


def _from_vni(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = _vni_pair(text, i)
        if pair is not None:
            out.append(pair)
            i += 2
            continue
        out.append(_VNI_LETTERS.get(text[i], text[i]))
        i += 1
    return "".join(out)


def _in_capitals_font(text: str) -> bool:
    """Every plain letter is a capital, and some word has two of them (not mere title case)."""
    plain = [c for c in text if c.isascii() and c.isalpha()]
    return (all(c.isupper() for c in plain)
            and any(sum(c.isascii() for c in w) >= 2 for w in _WORD.findall(text)))


def _from_tcvn3(text: str) -> str:
    converted = "".join(TCVN3_TO_UNICODE.get(c, c) for c in text)
    return converted.upper() if _in_capitals_font(text) else converted


def to_unicode(text: str, encoding: str) -> str:
    """``text`` read from a legacy font (``"tcvn3"`` or ``"vni"``) as Unicode NFC."""
    if encoding == TCVN3:
        converted = _from_tcvn3(text)
    elif encoding == VNI:
        converted = _from_vni(text)
    else:
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    return unicodedata.normalize("NFC", converted)


def _is_syllable(word: str) -> bool:
    """Whether ``word`` is a well-formed Vietnamese syllable with at most one tone."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(c in _TONE_MARKS for c in decomposed) > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                    if c not in _TONE_MARKS))
    return bool(_SYLLABLE.fullmatch(toneless))


def _evidence(text: str, encoding: str) -> int:
    """How many characters or pairs of ``text`` only this encoding explains."""
    if encoding == TCVN3:
        return sum(c in _TCVN3_ONLY for c in text)
    count, i = 0, 0
    while i < len(text):
        if _vni_pair(text, i) is not None:
            count += (text[i] + text[i + 1]).lower() not in _VNI_AMBIGUOUS
            i += 2
            continue
        count += text[i] in _VNI_ONLY_LETTERS
        i += 1
    return count


def _well_formed_share(converted: str) -> float:
    """Share of the words with a Vietnamese letter that are well-formed syllables.

    In text that has small letters, a word in capitals is an abbreviation ("HĐQT") and is left out.
    """
    words = [w for w in _WORD.findall(converted) if not w.isascii()]
    if any(c.islower() for c in converted):
        words = [w for w in words if not (len(w) > 1 and w.isupper())]
    if not words:
        return 0.0
    return sum(_is_syllable(w) for w in words) / len(words)


def _could_be_legacy(text: str) -> bool:
    has_high = False
    for c in text:
        if ord(c) < 0x80:
            continue
        if ord(c) > 0xFF and c not in _CP1252_EXTRA:
            return False
        has_high = True
    return has_high


def detect(text: str | None) -> str | None:
    """``"tcvn3"`` or ``"vni"`` when ``text`` was typed with that legacy font, else ``None``.

    Several cells of one column joined together give the surest answer.
    """
    if not text or not _could_be_legacy(text):
        return None
    best: tuple[float, int, str] | None = None
    for encoding in (TCVN3, VNI):
        evidence = _evidence(text, encoding)
        if not evidence:
            continue
        share = _well_formed_share(to_unicode(text, encoding))
        if share >= 0.8 and (best is None or (share, evidence) > best[:2]):
            best = (share, evidence, encoding)
    return best[2] if best else None
