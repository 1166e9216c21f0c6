"""The fixed texts of an administrative document (Decree 30/2020/NĐ-CP), shared by both renderings."""

from __future__ import annotations

from kttt_desktop.core.i18n import translate
from kttt_desktop.core.periods import yearly_measures_words

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # Quốc hiệu: never translated
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"  # Tiêu ngữ
NUMBER_BLANK = "\u00a0" * 6  # the clerk writes the number in when the document is registered


def document_number(symbol: str, number: str = "") -> str:
    """"Số: 15/BC-PKT", or "Số:       /BC-PKT" with the number left blank for the clerk to
    write in when the document is registered; the type and issuer's symbol after it."""
    symbol = symbol.strip() or "BC"
    number = number.strip()
    return translate("Document", "Số:{blank}/{symbol}").format(
        blank=f" {number}" if number else NUMBER_BLANK, symbol=symbol)


def yearly_measures_note(year: int) -> str:
    """The sentence of a return that names the year of its yearly measures ("" when unknown:
    a return submitted before the rule)."""
    if not year:
        return ""
    words = yearly_measures_words(year)
    return f"{words[:1].upper()}{words[1:]}."


def place_and_date(place: str, long_date: str) -> str:
    """"Bình Liêu, ngày 05 tháng 02 năm 2026" (dots where the place is not known yet)."""
    return f"{place.strip() or '……'}, {long_date}"


def recipients_heading() -> str:
    return translate("Document", "Nơi nhận:")
