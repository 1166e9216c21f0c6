"""The fixed texts of an administrative document (Decree 30/2020/NĐ-CP), shared by both renderings."""

from __future__ import annotations

from kttt_desktop.core.i18n import translate

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # Quốc hiệu: never translated
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"  # Tiêu ngữ
NUMBER_BLANK = "\u00a0" * 6  # the clerk writes the number in when the document is registered


def document_number(symbol: str) -> str:
    """"Số:       /BC-PKT": the number left blank, the type and issuer's symbol after it."""
    symbol = symbol.strip() or "BC"
    return translate("Document", "Số:{blank}/{symbol}").format(blank=NUMBER_BLANK, symbol=symbol)


def place_and_date(place: str, long_date: str) -> str:
    """"Bình Liêu, ngày 05 tháng 02 năm 2026" (dots where the place is not known yet)."""
    return f"{place.strip() or '……'}, {long_date}"


def recipients_heading() -> str:
    return translate("Document", "Nơi nhận:")
