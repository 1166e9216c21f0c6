"""Dates as Vietnamese officers type and print them, and the rules that relate them.

Input: ``dd/mm/yyyy``, also ``d/m/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy``, ISO ``yyyy-mm-dd`` (what
other programs export) and the long form ``ngày 05 tháng 02 năm 2026``; a spreadsheet date or
datetime is taken as it is. Two-digit years are refused: "26" could be 1926 or 2026. Years outside
1900-2100 are refused as typing mistakes. Output: ``dd/mm/yyyy`` and the long form of
administrative documents, with a leading zero on days 1-9 and on months 1 and 2 only
(NĐ 30/2020/NĐ-CP, Appendix I).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

from kttt_desktop.core.enums import Severity
from kttt_desktop.core.fields import in_sentence
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Checked, Issue, error, warning
from kttt_desktop.core.text import clean_text, fold

MIN_YEAR, MAX_YEAR = 1900, 2100
ADULT_AGE = 18

# Issue codes.
NOT_A_DATE = "date.format"
SHORT_YEAR = "date.short_year"
IMPOSSIBLE = "date.impossible"
YEAR_RANGE = "date.year_range"
FUTURE = "date.future"
ORDER = "date.order"
UNDER_AGE = "date.under_age"
MAYBE_UNDER_AGE = "date.maybe_under_age"

_SEP = r"\s*([/.\-])\s*"
_DMY = re.compile(rf"([0-9]{{1,2}}){_SEP}([0-9]{{1,2}})\s*\2\s*([0-9]+)")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T][0-9:.]+)?")
_LONG = re.compile(r"(?:ngay\s*)?([0-9]{1,2})\s*thang\s*([0-9]{1,2})\s*nam\s*([0-9]+)")
_YEAR = re.compile(r"[0-9]{4}")


def format_date(day: date | None) -> str:
    """``dd/mm/yyyy`` (empty for no date)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if day else ""


def format_long_date(day: date) -> str:
    """"ngày 05 tháng 02 năm 2026", "ngày 15 tháng 3 năm 2026" (zero only for months 1 and 2)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return translate("Dates", "ngày {day} tháng {month} năm {year}").format(
        day=f"{day.day:02d}", month=month, year=day.year)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it is shorter (31/01 → 28/02)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def age_on(birth: date, day: date) -> int:
    """Age in whole years on ``day`` (a person born on 29/02 turns a year older on 01/03)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _year_issue(year: int, text: str) -> Issue | None:
    if MIN_YEAR <= year <= MAX_YEAR:
        return None
    return error(translate(
        "Dates", "Năm {year} trong “{text}” nằm ngoài khoảng {first}–{last}; có lẽ đã gõ "
        "nhầm.").format(year=year, text=text, first=MIN_YEAR, last=MAX_YEAR), YEAR_RANGE)


def _build(year_text: str, month: int, day: int, text: str) -> Checked[date]:
    if len(year_text) == 2:
        return Checked(None, (error(translate(
            "Dates", "Năm trong “{text}” chỉ có hai chữ số; hãy viết đủ bốn chữ số (ví dụ "
            "05/02/2026).").format(text=text), SHORT_YEAR),))
    if len(year_text) != 4:
        return _not_a_date(text)
    year = int(year_text)
    problem = _year_issue(year, text)
    if problem:
        return Checked(None, (problem,))
    if not 1 <= month <= 12:
        return Checked(None, (error(translate(
            "Dates", "Ngày “{text}” không có thật: không có tháng {month} (tháng đi từ 1 đến "
            "12).").format(text=text, month=month), IMPOSSIBLE),))
    length = calendar.monthrange(year, month)[1]
    if not 1 <= day <= length:
        return Checked(None, (error(translate(
            "Dates", "Ngày {day:02d}/{month:02d}/{year} không có thật: tháng {month} năm {year} "
            "chỉ có {length} ngày.").format(day=day, month=month, year=year, length=length),
            IMPOSSIBLE),))
    return Checked(date(year, month, day))


def _not_a_date(text: str) -> Checked[date]:
    return Checked(None, (error(translate(
        "Dates", "“{text}” không phải là một ngày; hãy viết theo dạng ngày/tháng/năm, ví dụ "
        "05/02/2026.").format(text=text), NOT_A_DATE),))


def parse_date(value: object) -> Checked[date]:
    """A date typed or read from a cell; empty input gives ``Checked(None)`` without issue."""
    if value is None:
        return Checked(None)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        problem = _year_issue(value.year, format_date(value))
        return Checked(None, (problem,)) if problem else Checked(value)
    text = clean_text(str(value))
    if not text:
        return Checked(None)
    if match := _DMY.fullmatch(text):
        return _build(match[4], int(match[3]), int(match[1]), text)
    if match := _ISO.fullmatch(text):
        return _build(match[1], int(match[2]), int(match[3]), text)
    if match := _LONG.fullmatch(fold(text)):
        return _build(match[3], int(match[2]), int(match[1]), text)
    return _not_a_date(text)


def parse_date_or_year(value: object) -> Checked[date | int]:
    """A full date, or a bare year (an ``int``) where the field allows one (a date of birth)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, float) and value.is_integer():
        value = str(int(value))
    if isinstance(value, str) and _YEAR.fullmatch(text := clean_text(value)):
        year = int(text)
        problem = _year_issue(year, text)
        return Checked(None, (problem,)) if problem else Checked(year)
    return parse_date(value)  # type: ignore[return-value]


def check_not_future(day: date | None, today: date, label: str, *,
                     severity: Severity = Severity.ERROR) -> list[Issue]:
    """``day`` must not be after ``today``; ``label`` names the field in the message.

    Facts that cannot lie ahead (a birth, the founding of an organisation) are errors; events
    that may be recorded before they happen (a planned leave date) are warnings.
    """
    if day is None or day <= today:
        return []
    return [Issue(severity, translate(
        "Dates", "{label} ({day}) là ngày chưa tới; hôm nay là {today}.").format(
            label=label, day=format_date(day), today=format_date(today)), code=FUTURE)]


def check_order(earlier: date | None, later: date | None, earlier_label: str,
                later_label: str, *, strict: bool = False) -> list[Issue]:
    """``later`` must not be before ``earlier`` (nor equal to it when ``strict``)."""
    if earlier is None or later is None:
        return []
    if later > earlier or (later == earlier and not strict):
        return []
    if strict:
        message = translate("Dates", "{later} ({later_day}) phải sau {earlier} ({earlier_day}).")
    else:
        message = translate(
            "Dates", "{later} ({later_day}) không được trước {earlier} ({earlier_day}).")
    return [error(message.format(
        later=later_label, later_day=format_date(later),
        earlier=in_sentence(earlier_label), earlier_day=format_date(earlier)), ORDER)]


def check_adult_on(day: date | None, *, birth_date: date | None = None,
                   birth_year: int | None = None, minimum_age: int = ADULT_AGE) -> list[Issue]:
    """The person must be ``minimum_age`` or older on ``day`` (a join date).

    With the full date of birth the age is exact. With only the year of birth Y the person is
    certainly old enough when year(day) − Y − 1 ≥ the age (born on 31/12 at the latest), certainly
    too young when year(day) − Y < the age; in the one year in between the age cannot be known, and
    a warning asks for the full date instead of refusing the record.
    """
    if day is None:
        return []
    when = format_date(day)
    if birth_date is not None:
        age = age_on(birth_date, day)
        if age >= minimum_age:
            return []
        return [error(translate(
            "Dates", "Ngày {day} người này mới {age} tuổi (sinh ngày {birth}), chưa đủ {minimum} "
            "tuổi.").format(day=when, age=age, birth=format_date(birth_date),
                            minimum=minimum_age), UNDER_AGE)]
    if birth_year is None:
        return []
    span = day.year - birth_year
    if span - 1 >= minimum_age:
        return []
    if span < minimum_age:
        return [error(translate(
            "Dates", "Ngày {day} người này chưa đủ {minimum} tuổi (sinh năm {year}).").format(
                day=when, minimum=minimum_age, year=birth_year), UNDER_AGE)]
    return [warning(translate(
        "Dates", "Chỉ biết năm sinh {year}: ngày {day} người này có thể chưa đủ {minimum} tuổi. "
        "Hãy nhập đủ ngày sinh để kiểm tra.").format(year=birth_year, day=when,
                                                      minimum=minimum_age), MAYBE_UNDER_AGE)]
