"""The personal ID number (số định danh cá nhân, printed on the CCCD / căn cước card).

Twelve digits (Luật Căn cước 2023, art. 12; TT 59/2021/TT-BCA):

- digits 1-3: the province where the birth was registered, one of the 63 codes below (Appendix 1
  of TT 07/2016/TT-BCA: the provinces as they were before the 2025 merges; the number never
  changes, so it is never checked against the 34 provinces of today), or the code of the country
  for a birth registered abroad. The country table is not published with the circular, so a code
  outside the 63 is accepted with a warning that asks the officer to check it;
- digit 4: century and sex: 0/1 for men/women born 1900-1999, 2/3 for 2000-2099, 4/5 for
  2100-2199, 6/7 for 2200-2299, 8/9 for 2300-2399;
- digits 5-6: the last two digits of the birth year;
- digits 7-12: a serial number without a check digit.

An old 9-digit CMND number is accepted but flagged (:data:`LEGACY_CMND`): such numbers were valid
until 31/12/2024 and records that hold one stay valid, but new entries should carry the 12 digits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kttt_desktop.core import clock
from kttt_desktop.core.codes import code_text, compact, is_digits
from kttt_desktop.core.enums import Gender
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Checked, Issue, error, warning

LENGTH = 12
CMND_LENGTH = 9

# Issue codes a caller may test with Checked.has().
LEGACY_CMND = "identity.legacy_cmnd"
NOT_DIGITS = "identity.not_digits"
WRONG_LENGTH = "identity.length"
FOREIGN_PREFIX = "identity.foreign_prefix"
CENTURY_MISMATCH = "identity.century"
YEAR_MISMATCH = "identity.year"
GENDER_MISMATCH = "identity.gender"
FUTURE_YEAR = "identity.future_year"

BIRTH_PROVINCES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn",
    "008": "Tuyên Quang", "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu",
    "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
    "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ",
    "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh",
    "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng",
    "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
    "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "Hồ Chí Minh", "080": "Long An", "082": "Tiền Giang",
    "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long", "087": "Đồng Tháp",
    "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ", "093": "Hậu Giang",
    "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}
"""The 63 birth-registration province codes (001-096, with gaps) and the province names."""


@dataclass(frozen=True)
class IdParts:
    """What a 12-digit personal ID says about its holder."""

    birth_place_code: str
    birth_province: str | None  # None: not a province code (a birth registered abroad)
    gender: Gender
    birth_year: int

    @property
    def century(self) -> int:
        """The first year of the century of birth (1900, 2000, ...)."""
        return self.birth_year // 100 * 100


def century_sex_digit(birth_year: int, gender: Gender) -> int:
    """Digit 4 of the personal ID of a person born in ``birth_year`` (1900-2399)."""
    if not 1900 <= birth_year <= 2399:
        raise ValueError(f"no century digit for the year {birth_year}")
    return (birth_year // 100 - 19) * 2 + (1 if gender is Gender.FEMALE else 0)


def decode(number: str) -> IdParts | None:
    """The parts of a 12-digit personal ID (``None`` for anything else, a CMND included)."""
    if len(number) != LENGTH or not is_digits(number):
        return None
    digit = int(number[3])
    year = 1900 + 100 * (digit // 2) + int(number[4:6])
    return IdParts(
        birth_place_code=number[:3],
        birth_province=BIRTH_PROVINCES.get(number[:3]),
        gender=Gender.FEMALE if digit % 2 else Gender.MALE,
        birth_year=year,
    )


def is_legacy_cmnd(number: str | None) -> bool:
    """Whether a stored number is an old 9-digit CMND number."""
    return number is not None and len(number) == CMND_LENGTH and is_digits(number)


def mask(number: str | None, visible: int = 4) -> str:
    """The number with all but its last ``visible`` digits hidden, for lists and exports."""
    if not number:
        return ""
    shown = number[-visible:] if visible > 0 else ""
    return "*" * (len(number) - len(shown)) + shown


def _gender(value: Gender | str | None) -> Gender | None:
    """A gender given as a member, a code ("female") or a label ("Nữ")."""
    if value is None or isinstance(value, Gender):
        return value
    if value in Gender._value2member_map_:
        return Gender(value)
    return Gender.parse(value)  # type: ignore[return-value]


def _consistency(parts: IdParts, birth_year: int | None, gender: Gender | None,
                 today: date) -> list[Issue]:
    digit = century_sex_digit(parts.birth_year, parts.gender)
    issues: list[Issue] = []
    if birth_year is not None and birth_year // 100 != parts.birth_year // 100:
        issues.append(error(translate(
            "Identity", "Chữ số thứ 4 của số CCCD ({digit}) dành cho người sinh trong các năm "
            "{first}–{last}, không khớp với năm sinh đã nhập ({year}).").format(
                digit=digit, first=parts.century, last=parts.century + 99, year=birth_year),
            CENTURY_MISMATCH))
    if birth_year is not None and birth_year % 100 != parts.birth_year % 100:
        issues.append(error(translate(
            "Identity", "Chữ số thứ 5 và 6 của số CCCD ({digits}) phải là hai số cuối của năm "
            "sinh; năm sinh đã nhập là {year}.").format(
                digits=f"{parts.birth_year % 100:02d}", year=birth_year), YEAR_MISMATCH))
    if gender is not None and gender is not parts.gender:
        issues.append(error(translate(
            "Identity", "Chữ số thứ 4 của số CCCD ({digit}) chỉ giới tính {decoded}, không "
            "khớp với giới tính đã nhập ({typed}).").format(
                digit=digit, decoded=parts.gender.label.lower(), typed=gender.label.lower()),
            GENDER_MISMATCH))
    if birth_year is None and parts.birth_year > today.year:
        issues.append(error(translate(
            "Identity", "Số CCCD cho biết năm sinh {year}, là năm chưa tới: chữ số thứ 4 hoặc "
            "chữ số thứ 5, 6 đã bị gõ nhầm.").format(year=parts.birth_year), FUTURE_YEAR))
    if parts.birth_province is None:
        issues.append(warning(translate(
            "Identity", "Ba chữ số đầu của số CCCD ({code}) không phải mã tỉnh nơi đăng ký khai "
            "sinh (001–096); số này chỉ đúng nếu người đó đăng ký khai sinh ở nước ngoài. Hãy "
            "đối chiếu lại với thẻ căn cước.").format(code=parts.birth_place_code),
            FOREIGN_PREFIX))
    return issues


def check_cccd(text: object, *, birth_year: int | None = None,
               gender: Gender | str | None = None, today: date | None = None) -> Checked[str]:
    """Check a typed personal ID; ``value`` is its 12 (or legacy 9) digits.

    ``birth_year`` and ``gender``, when known, must agree with digits 4-6. Spaces, dots and
    hyphens are removed. A number whose leading zero a spreadsheet dropped (11 or 8 digits) is
    an error whose ``suggestion`` restores the zero.
    """
    raw = code_text(text)
    number = compact(raw)
    if not number:
        return Checked(None)
    if not is_digits(number):
        return Checked(None, (error(translate(
            "Identity", "Số CCCD chỉ gồm chữ số; “{text}” có ký tự khác chữ số.").format(
                text=raw), NOT_DIGITS),))
    sex = _gender(gender)
    if len(number) == CMND_LENGTH:
        return Checked(number, (warning(translate(
            "Identity", "{number} là số chứng minh nhân dân cũ (9 chữ số), chỉ còn giá trị đến "
            "31/12/2024. Nên thay bằng số CCCD 12 chữ số của người này.").format(number=number),
            LEGACY_CMND),))
    if len(number) == LENGTH:
        parts = decode(number)
        assert parts is not None
        issues = tuple(_consistency(parts, birth_year, sex, today or clock.today()))
        return Checked(number if not any(i.is_error for i in issues) else None, issues)
    suggestion = None
    if len(number) in (LENGTH - 1, CMND_LENGTH - 1):
        padded = "0" + number
        if check_cccd(padded, birth_year=birth_year, gender=sex, today=today).ok:
            suggestion = padded
    if suggestion:
        message = translate(
            "Identity", "Số CCCD “{text}” có {count} chữ số: có lẽ bảng tính đã bỏ mất số 0 ở "
            "đầu. Số đủ là {suggestion}.").format(text=raw, count=len(number),
                                                  suggestion=suggestion)
    else:
        message = translate(
            "Identity", "Số CCCD phải có 12 chữ số (số chứng minh nhân dân cũ có 9 chữ số); "
            "“{text}” có {count} chữ số.").format(text=raw, count=len(number))
    return Checked(None, (error(message, WRONG_LENGTH),), suggestion)
