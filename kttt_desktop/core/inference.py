"""What an officer's own list says without a column for it.

Officers keep their lists in their own shape: no "Loại hình" column (the name says "Hợp tác xã …"
or "THT …"), the commune only inside the address ("Thôn Đông, xã Hồng Dương, huyện Thanh Oai"), the
head of each organisation under "Giám đốc", and the year of the list in its title ("DANH SÁCH HỢP
TÁC XÃ NĂM 2024"). These functions read such text; they say nothing when the text does not say it
plainly (nothing is guessed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kttt_desktop.core.enums import OrgKind, Position
from kttt_desktop.core.text import clean_text, fold
from kttt_desktop.core.unit_resolver import COMMUNE_KINDS, split_kind

# The words a name starts with and the kind they say, longest first ("Liên hiệp hợp tác xã" before
# "Hợp tác xã"). A people's credit fund is a cooperative (Law on Cooperatives 2023, art. 4).
_KIND_WORDS: tuple[tuple[tuple[str, ...], OrgKind], ...] = tuple(sorted((
    (("lien", "hiep", "hop", "tac", "xa"), OrgKind.LHHTX),
    (("lien", "hiep", "htx"), OrgKind.LHHTX),
    (("lhhtx",), OrgKind.LHHTX),
    (("hop", "tac", "xa"), OrgKind.HTX),
    (("htx",), OrgKind.HTX),
    (("quy", "tin", "dung", "nhan", "dan"), OrgKind.HTX),
    (("to", "hop", "tac"), OrgKind.THT),
    (("tht",), OrgKind.THT),
), key=lambda entry: -len(entry[0])))
_WORD = re.compile(r"[a-z0-9]+")


def kind_from_name(name: str | None) -> tuple[OrgKind, str] | None:
    """The kind an organisation's name starts with, and those words as written:
    "HTX Nông nghiệp Đồng Tâm" → (HTX, "HTX"); ``None`` when the name starts otherwise."""
    text = clean_text(name)
    words = _WORD.findall(fold(text))
    for prefix, kind in _KIND_WORDS:
        if tuple(words[:len(prefix)]) == prefix:
            return kind, _first_words(text, len(prefix))
    return None


def _first_words(text: str, count: int) -> str:
    """The first ``count`` words of ``text`` as written (words as :data:`_WORD` sees them)."""
    found = 0
    for match in re.finditer(r"\w+", text):
        found += 1
        if found == count:
            return text[:match.end()]
    return text


# A district or province written after the commune without a comma: "xã Tân Dân huyện Sóc Sơn".
_UNMARKED_CONTEXT = re.compile(
    r"\s+(?=(?:huyện|quận|thị xã|tỉnh|thành phố|tp\.?|h\.|q\.)\s)", re.IGNORECASE)


def address_commune(address: str | None) -> str | None:
    """The part of an address that names its commune: its last "xã / phường / thị trấn / đặc
    khu …" part with what follows it (the old district, the province), for
    :mod:`kttt_desktop.core.unit_resolver` to read. "Thôn Đông, xã Hồng Dương, huyện Thanh Oai"
    → "xã Hồng Dương, huyện Thanh Oai"; ``None`` when no part is a commune's."""
    text = clean_text(address)
    parts = [p.strip() for p in text.split(",")]
    for index in range(len(parts) - 1, -1, -1):
        if parts[index] and split_kind(parts[index]).kind in COMMUNE_KINDS:
            commune = _UNMARKED_CONTEXT.sub(", ", parts[index])
            return ", ".join(p for p in [commune, *parts[index + 1:]] if p)
    return None


_YEAR_AFTER_WORD = re.compile(r"\bnam\s+(\d{4})\b")
_YEAR_OF_DATE = re.compile(r"\b\d{1,2}\s*[/.-]\s*(?:\d{1,2}\s*[/.-]\s*)?(\d{4})\b")


def title_year(texts: Iterable[str]) -> int | None:
    """The year a list is of, as the rows above its headers say it: "năm 2024", else a date
    ("đến ngày 31/12/2024", "tháng 6/2025"); ``None`` when they name no year, or several."""
    folded = " ".join(fold(t) for t in texts if t)
    for pattern in (_YEAR_AFTER_WORD, _YEAR_OF_DATE):
        years = {int(y) for y in pattern.findall(folded) if 1900 < int(y) < 2200}
        if years:
            return years.pop() if len(years) == 1 else None
    return None


def head_positions(header: str, kind: str | None) -> tuple[Position, ...]:
    """The positions of the person a column names the head of each organisation in
    ("Giám đốc", "Tổ trưởng", "Chủ tịch HĐQT kiêm giám đốc"): a group's tổ trưởng; a
    cooperative's (or union's) giám đốc, and its chair too when the header says so."""
    if kind == OrgKind.THT.value:
        return (Position.THT_LEADER,)
    folded = fold(header)
    if "chu tich" in folded:
        return (Position.CHAIR, Position.DIRECTOR) if "giam doc" in folded else (Position.CHAIR,)
    return (Position.DIRECTOR,)


def names_households(header: str) -> bool:
    """Whether a name column's header says its people stand for households ("Họ tên chủ hộ")."""
    return "chu ho" in fold(header)
