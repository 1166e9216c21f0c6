"""Vietnamese phone numbers.

A mobile number is 10 digits ``0[35789]xxxxxxxx``; a landline is 11 digits starting with ``02``
(area codes changed to 02x in 2017-2018). Between 15/9/2018 and 30/6/2019 every 11-digit mobile
number moved to 10 digits by replacing its 4-digit prefix with a 3-digit one
(:data:`OLD_MOBILE_PREFIXES`). Such a number is kept as typed, with a warning and the new form as
the ``suggestion`` of the result, which the form or the import offers to apply.
"""

from __future__ import annotations

import re

from kttt_desktop.core.codes import code_text, compact, is_digits
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Checked, error, warning

OLD_MOBILE_PREFIXES: dict[str, str] = {
    # Viettel
    "0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036", "0167": "037",
    "0168": "038", "0169": "039",
    # MobiFone
    "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
    # VinaPhone
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
    # Vietnamobile
    "0186": "056", "0188": "058",
    # Gmobile
    "0199": "059",
}

# Issue codes.
OLD_PREFIX = "phone.old_prefix"
MISSING_ZERO = "phone.missing_zero"
INVALID = "phone.invalid"

_MOBILE = re.compile(r"0[35789][0-9]{8}")
_LANDLINE = re.compile(r"02[0-9]{9}")
_SEPARATORS = " .-()/"


def normalise(text: object) -> str:
    """Digits only, with a country code ``+84``, ``0084`` or ``84`` turned into ``0``."""
    number = compact(code_text(text), _SEPARATORS)
    for country in ("+84", "0084"):
        if number.startswith(country):
            number = "0" + number[len(country):]
            break
    else:
        if number.startswith("84") and len(number) in (11, 12):
            number = "0" + number[2:]
    # "+84 0912…": the national zero written after the country code as well.
    return number[1:] if number.startswith("00") else number


def is_valid(number: str) -> bool:
    """Whether a normalised number is a current mobile or landline number."""
    return bool(_MOBILE.fullmatch(number) or _LANDLINE.fullmatch(number))


def new_mobile_form(number: str) -> str | None:
    """The 10-digit number that replaced an old 11-digit mobile number (else ``None``)."""
    if len(number) == 11 and is_digits(number) and number[:4] in OLD_MOBILE_PREFIXES:
        return OLD_MOBILE_PREFIXES[number[:4]] + number[4:]
    return None


def check_phone(text: object) -> Checked[str]:
    """Check a typed phone number; ``value`` is the number normalised to digits.

    An old 11-digit mobile number is kept with a warning; a number that lost its leading zero in
    a spreadsheet is an error. Both carry the correct number as ``suggestion``.
    """
    raw = code_text(text)
    number = normalise(raw)
    if not number:
        return Checked(None)
    if is_valid(number):
        return Checked(number)
    new = new_mobile_form(number)
    if new:
        return Checked(number, (warning(translate(
            "Phone", "Số {number} dùng đầu số di động cũ {old} (đã chuyển sang 10 chữ số từ năm "
            "2018); số hiện nay là {new}.").format(number=number, old=number[:4], new=new),
            OLD_PREFIX),), new)
    if is_digits(number) and is_valid("0" + number):
        return Checked(None, (error(translate(
            "Phone", "Số điện thoại {number} thiếu số 0 ở đầu (bảng tính thường bỏ mất số này); "
            "số đủ là {fixed}.").format(number=number, fixed="0" + number), MISSING_ZERO),),
            "0" + number)
    return Checked(None, (error(translate(
        "Phone", "Số điện thoại “{text}” không đúng: số di động gồm 10 chữ số bắt đầu bằng 03, "
        "05, 07, 08 hoặc 09; số cố định gồm 11 chữ số bắt đầu bằng 02.").format(text=raw),
        INVALID),))
