"""The tax code (mã số thuế, MST), which is also the code of a cooperative (mã số HTX).

Ten digits N1…N10 where N10 is a check digit::

    N10 = 10 − (31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11

When the remainder is 0 the formula gives 10, which is no digit: such nine digits have no valid
code. A dependent unit (branch) adds "-" and a 3-digit suffix 001-999 without a check digit.

Every weight is non-zero modulo 11, so changing any single digit always breaks the check; swapping
two neighbours among the first nine is caught too, but N2 and N7 have the same weight modulo 11
(29 ≡ 7), so swapping those two is not.
"""

from __future__ import annotations

import re

from kttt_desktop.core.codes import code_text, compact, is_digits
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Checked, Issue, error

WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)

# Issue codes.
CHECK_DIGIT = "tax_code.check_digit"
FORMAT = "tax_code.format"
PERSONAL = "tax_code.personal_id"
SUFFIX = "tax_code.suffix"

_FORM = re.compile(r"([0-9]{10})(?:-([0-9]{3}))?")


def check_digit(first9: str) -> int | None:
    """The tenth digit that completes ``first9`` (``None`` when no digit can)."""
    if len(first9) != 9 or not is_digits(first9):
        raise ValueError(f"nine digits expected, got {first9!r}")
    digit = 10 - sum(w * int(d) for w, d in zip(WEIGHTS, first9, strict=True)) % 11
    return None if digit == 10 else digit


def _check_digit_error(code: str) -> Issue:
    return error(translate(
        "TaxCode", "Mã số {code} có chữ số kiểm tra sai: chữ số thứ 10 không khớp với 9 chữ số "
        "đầu, nghĩa là đã gõ nhầm ít nhất một chữ số. Hãy đối chiếu với giấy chứng nhận đăng "
        "ký.").format(code=code), CHECK_DIGIT)


def _format_error(raw: str) -> Issue:
    return error(translate(
        "TaxCode", "Mã số “{text}” không đúng dạng: mã số thuế của tổ chức gồm 10 chữ số, đơn "
        "vị phụ thuộc thêm dấu gạch ngang và 3 chữ số (ví dụ 0100109106-001).").format(text=raw),
        FORMAT)


def check_tax_code(text: object) -> Checked[str]:
    """Check a typed tax code; ``value`` is ``NNNNNNNNNN`` or ``NNNNNNNNNN-NNN``.

    Spaces and dots are ignored; 13 digits typed without the hyphen are accepted. Nine digits
    that become valid with a leading zero (a spreadsheet dropped it) give an error whose
    ``suggestion`` restores the zero.
    """
    raw = code_text(text)
    typed = compact(raw, " .")
    if not typed:
        return Checked(None)
    if is_digits(typed) and len(typed) == 13:
        typed = f"{typed[:10]}-{typed[10:]}"
    match = _FORM.fullmatch(typed)
    if match is None:
        if is_digits(typed) and len(typed) == 12:
            return Checked(None, (error(translate(
                "TaxCode", "“{text}” có 12 chữ số, là số định danh cá nhân (mã số thuế của cá "
                "nhân, hộ gia đình); mã số của tổ chức gồm 10 chữ số.").format(text=raw),
                PERSONAL),))
        if is_digits(typed) and len(typed) == 9 and check_tax_code("0" + typed).ok:
            return Checked(None, (error(translate(
                "TaxCode", "Mã số “{text}” có 9 chữ số: có lẽ bảng tính đã bỏ mất số 0 ở đầu. "
                "Mã số đủ là {suggestion}.").format(text=raw, suggestion="0" + typed),
                FORMAT),), "0" + typed)
        return Checked(None, (_format_error(raw),))
    main, suffix = match[1], match[2]
    if check_digit(main[:9]) != int(main[9]):
        return Checked(None, (_check_digit_error(main),))
    if suffix == "000":
        return Checked(None, (error(translate(
            "TaxCode", "Mã số đơn vị phụ thuộc “{text}” không hợp lệ: ba chữ số sau dấu gạch "
            "ngang đi từ 001 đến 999, không thể là 000.").format(text=raw), SUFFIX),))
    return Checked(typed)
