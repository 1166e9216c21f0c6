"""Rules on one record of a register, shared by the data-entry forms and the workbook import.

Each ``check_*`` function takes the record as a mapping of column name (``data.models``) to typed
value (``date``, ``int``, enumeration codes as ``str``; absent or ``None`` for empty) and the
context it needs, and returns every finding as an :class:`~kttt_desktop.core.issues.Issue`
whose ``field`` is the column. Errors block saving; warnings may be accepted with a reason.

Dates that cannot lie in the future (a birth, the founding of an organisation) are errors when
they do; events that are sometimes recorded ahead (a join, a leave, a decision) are warnings.
Rules that need other records of the database (minimum membership, capital caps) are not here.

Why it is long: it holds the rules of every register (organisations, suspensions, members,
managers, positions, training, OCOP products, ratings), which share their small helpers (blank,
required, dates in order, not in the future); each register's rules are a few short functions.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from kttt_desktop.core import clock, fields
from kttt_desktop.core.dates import (
    add_months,
    check_adult_on,
    check_not_future,
    check_order,
    format_date,
)
from kttt_desktop.core.enums import (
    Comparator,
    Gender,
    LabelledEnum,
    MemberKind,
    MemberType,
    OcopGroup,
    OcopLevel,
    OfficialSubtype,
    OrgKind,
    Position,
    RatingClass,
    Sector,
    Severity,
    TrainingLevel,
)
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.identity import check_cccd
from kttt_desktop.core.issues import Issue, error, warning
from kttt_desktop.core.numbers import (
    MILLION,
    check_money,
    check_not_negative,
    format_million,
    format_number,
)
from kttt_desktop.core.phone import check_phone
from kttt_desktop.core.rating import Interval, NotRatedReason, not_rated_reason, scheme_by_code
from kttt_desktop.core.tax_code import check_tax_code
from kttt_desktop.core.text import fold

Record = Mapping[str, Any]

OCOP_VALIDITY_MONTHS = 36
OCOP_MIN_STARS = 3
# Lowest score of each star class under QĐ 1048 (that QĐ 148 kept them is not confirmed: the
# mismatch of stars and score is therefore only a warning).
OCOP_STAR_SCORES = {5: 90, 4: 70, 3: 50}
DISTRICTS_ENDED = date(2025, 7, 1)
FIRST_YEAR = 1950  # the first cooperatives of the country date from the 1950s
FIGURES_FIRST_YEAR = 1990
TARGET_HORIZON = 30  # years ahead a plan target may aim at
LOW_YEARLY_INCOME = 12 * MILLION  # below 1 million VND a month: probably typed per month
UNLIKELY_AMOUNT = 10**12  # a thousand billion VND: more likely đồng typed as million đồng

# Issue codes (besides those of the value rules, which keep theirs).
NAME_LIMIT = 255  # characters of a name (the longest real names are about 120)
TEXT_LIMIT = 4000  # characters of any other line of text (an address, a reason)
NOTE_LIMIT = 32_767  # characters of a note: what one cell of Excel holds (the exports)
_NAME_COLUMNS = frozenset({"name", "full_name", "representative", "course", "institution"})
TOO_LONG = "record.too_long"
REQUIRED = "record.required"
NOT_IN_LIST = "record.not_in_list"
YEAR_RANGE = "record.year"
OUT_OF_RANGE = "record.range"
BEFORE_ORGANISATION = "record.before_organisation"
AFTER_DISSOLUTION = "record.after_dissolution"
NAME_PREFIX = "organisation.name_prefix"
CODE_REQUIRED = "organisation.code_required"
COMMUNE_CODE = "organisation.commune_code"
FLAG_YEAR = "organisation.flag_year"
OVERLAP = "suspension.overlap"
BIRTH_MISMATCH = "person.birth_mismatch"
VERY_OLD = "person.very_old"
SUBTYPE = "member.subtype"
KIND_FOR_ORG = "member.kind_for_organisation"
TYPE_FOR_ORG = "member.type_for_organisation"
CAPITAL = "member.capital"
POSITION_FOR_ORG = "position.for_organisation"
STARS = "ocop.stars"
STARS_SCORE = "ocop.stars_score"
LEVEL = "ocop.level"
RATING_CLASS = "rating.class"
RATING_SCHEME = "rating.scheme"
PROFIT = "figures.profit"
LOW_INCOME = "figures.low_income"
UNLIKELY_MONEY = "money.unlikely"
TARGET_RANGE = "target.range"
TARGET_INDICATOR = "target.indicator"


@dataclass(frozen=True)
class OrgContext:
    """What the rules of a dependent record need to know about its organisation."""

    kind: str
    established_on: date | None = None
    dissolved_on: date | None = None
    suspensions: tuple[Interval, ...] = ()


def ocop_expiry(decision_date: date, months: int = OCOP_VALIDITY_MONTHS) -> date:
    """The default expiry of an OCOP certificate: the decision date plus 36 months."""
    return add_months(decision_date, months)


# --- small building blocks ----------------------------------------------------------------------

def _label(table: str, column: str) -> str:
    return fields.label(table, column)


def _lengths(record: Record, table: str) -> list[Issue]:
    """Text longer than anyone types: a paste gone wrong, or a file made to harm."""
    issues = []
    for column, value in record.items():
        if isinstance(value, str):
            limit = (NAME_LIMIT if column in _NAME_COLUMNS else NOTE_LIMIT if column == "note"
                     else TEXT_LIMIT)
            if len(value) > limit:
                issues.append(error(translate(
                    "Records", "{label} dài {length} ký tự, quá giới hạn {limit} ký tự; hãy rút "
                    "gọn.").format(label=_label(table, column), length=format_number(len(value)),
                                  limit=format_number(limit)), TOO_LONG, column))
    return issues


def _is_blank(value: Any) -> bool:
    # Records hold cleaned values (clean_text), so white space is the only blank to look for.
    return value is None or (isinstance(value, str) and not value.strip())


def _at(issues: Iterable[Issue], column: str) -> list[Issue]:
    return [i.at(column) for i in issues]


def _required(record: Record, table: str, *columns: str) -> list[Issue]:
    return [
        error(translate("Records", "Chưa nhập {label}.").format(
            label=fields.in_sentence(_label(table, c))), REQUIRED, c)
        for c in columns if _is_blank(record.get(c))
    ]


@cache
def _codes(enum: type[LabelledEnum]) -> dict[str, LabelledEnum]:
    return {m.value: m for m in enum}


def _member_of(enum: type[LabelledEnum], value: Any) -> LabelledEnum | None:
    """The member whose code is ``value`` (a code string or a member), else ``None``."""
    return None if value is None else _codes(enum).get(str(value))


def _enum(record: Record, table: str, column: str, enum: type[LabelledEnum]) -> list[Issue]:
    value = record.get(column)
    if _is_blank(value) or _member_of(enum, value) is not None:
        return []
    return [error(translate(
        "Records", "{label} “{value}” không có trong danh sách ({choices}).").format(
            label=_label(table, column), value=value,
            choices="; ".join(m.label for m in enum)), NOT_IN_LIST, column)]


def _year(record: Record, table: str, column: str, first: int, last: int) -> list[Issue]:
    year = record.get(column)
    if year is None or first <= year <= last:
        return []
    return [error(translate(
        "Records", "{label} {year} không hợp lý: phải từ {first} đến {last}.").format(
            label=_label(table, column), year=year, first=first, last=last),
        YEAR_RANGE, column)]


def _between(record: Record, table: str, column: str, low: float, high: float) -> list[Issue]:
    value = record.get(column)
    if value is None or low <= value <= high:
        return []
    return [error(translate(
        "Records", "{label} {value} nằm ngoài khoảng {low}–{high}.").format(
            label=_label(table, column), value=format_number(value, None),
            low=format_number(low, None), high=format_number(high, None)),
        OUT_OF_RANGE, column)]


def _order(record: Record, table: str, start: str, end: str, *, strict: bool = False
           ) -> list[Issue]:
    first, last = record.get(start), record.get(end)
    if first is None or last is None or last > first or (last == first and not strict):
        return []  # the common case, without building labels
    return _at(check_order(first, last, _label(table, start), _label(table, end),
                           strict=strict), end)


def _not_future(record: Record, table: str, column: str, today: date,
                severity: Severity = Severity.WARNING) -> list[Issue]:
    day = record.get(column)
    if day is None or day <= today:
        return []
    return _at(check_not_future(day, today, _label(table, column), severity=severity), column)


def _within_organisation(record: Record, table: str, column: str, org: OrgContext | None, *,
                         before: Severity = Severity.ERROR) -> list[Issue]:
    """A dated event of an organisation's record must fall while the organisation exists."""
    day = record.get(column)
    if day is None or org is None:
        return []
    issues: list[Issue] = []
    if org.established_on and day < org.established_on:
        issues.append(Issue(before, translate(
            "Records", "{label} ({day}) sớm hơn ngày thành lập của tổ chức ({established})."
        ).format(
                label=_label(table, column), day=format_date(day),
                established=format_date(org.established_on)), column, BEFORE_ORGANISATION))
    if org.dissolved_on and day > org.dissolved_on:
        issues.append(error(translate(
            "Records", "{label} ({day}) muộn hơn ngày giải thể của tổ chức ({dissolved}).").format(
                label=_label(table, column), day=format_date(day),
                dissolved=format_date(org.dissolved_on)), AFTER_DISSOLUTION, column))
    return issues


def _today(today: date | None) -> date:
    return today or clock.today()


# --- organisation -------------------------------------------------------------------------------

_NAME_PREFIXES = {
    OrgKind.HTX: "hop tac xa",
    OrgKind.LHHTX: "lien hiep hop tac xa",
}


def _starts_with_words(name: str, prefix: str) -> bool:
    folded = fold(name)
    return folded == prefix or folded.startswith(prefix + " ")


def _name_prefix(record: Record) -> list[Issue]:
    kind, name = _member_of(OrgKind, record.get("kind")), record.get("name")
    if _is_blank(name) or kind is None:
        return []
    name = str(name)
    if kind is OrgKind.HTX and not _starts_with_words(name, _NAME_PREFIXES[OrgKind.HTX]):
        message = translate(
            "Records", "Tên hợp tác xã thường bắt đầu bằng “Hợp tác xã” (viết đầy đủ, không viết "
            "tắt “HTX”); tên đã nhập là “{name}”.")
    elif kind is OrgKind.LHHTX and not _starts_with_words(name, _NAME_PREFIXES[OrgKind.LHHTX]):
        message = translate(
            "Records", "Tên liên hiệp hợp tác xã thường bắt đầu bằng “Liên hiệp hợp tác xã”; tên "
            "đã nhập là “{name}”.")
    elif kind is OrgKind.THT and any(_starts_with_words(name, p) for p in _NAME_PREFIXES.values()):
        message = translate(
            "Records", "Tên “{name}” là tên của hợp tác xã, nhưng loại hình đã chọn là tổ hợp "
            "tác; hãy kiểm tra lại loại hình.")
    else:
        return []
    return [warning(message.format(name=name), NAME_PREFIX, "name")]


def _organisation_code(record: Record) -> list[Issue]:
    kind, code = _member_of(OrgKind, record.get("kind")), record.get("code")
    if _is_blank(code):
        if kind in (OrgKind.HTX, OrgKind.LHHTX):
            return [error(translate(
                "Records", "Chưa nhập mã số: {kind} phải có mã số (mã số thuế 10 chữ số).").format(
                    kind=kind.label.lower()), CODE_REQUIRED, "code")]
        return []
    return _at(check_tax_code(code).issues, "code")


def _commune_code(record: Record) -> list[Issue]:
    code = record.get("commune_code")
    if _is_blank(code) or (len(str(code)) == 5 and str(code).isascii() and str(code).isdigit()):
        return []
    return [error(translate(
        "Records", "Mã xã “{code}” không đúng: mã xã gồm 5 chữ số (theo danh mục đơn vị hành "
        "chính).").format(code=code), COMMUNE_CODE, "commune_code")]


def _flag_years(record: Record, today: date) -> list[Issue]:
    issues: list[Issue] = []
    established = record.get("established_on")
    for flag, column in (("value_chain", "value_chain_year"), ("high_tech", "high_tech_year"),
                         ("digital", "digital_year")):
        year = record.get(column)
        if year is None:
            continue
        if not record.get(flag):
            issues.append(error(translate(
                "Records", "Đã nhập {year_label} ({year}) nhưng chưa đánh dấu “{flag_label}”."
            ).format(
                    year_label=_label("organisation", column).lower(), year=year,
                    flag_label=_label("organisation", flag)), FLAG_YEAR, column))
        issues += _year(record, "organisation", column, FIRST_YEAR, today.year)
        if established and FIRST_YEAR <= year < established.year:
            issues.append(warning(translate(
                "Records", "{label} ({year}) trước năm thành lập ({established}).").format(
                    label=_label("organisation", column), year=year,
                    established=established.year), FLAG_YEAR, column))
    return issues


def check_organisation(record: Record, *, today: date | None = None) -> list[Issue]:
    """An organisation (THT, HTX, LHHTX)."""
    today = _today(today)
    table = "organisation"
    return [
        *_lengths(record, table),
        *_required(record, table, "kind", "name", "commune_code", "established_on", "sector"),
        *_enum(record, table, "kind", OrgKind),
        *_enum(record, table, "sector", Sector),
        *_organisation_code(record),
        *_name_prefix(record),
        *_commune_code(record),
        *_not_future(record, table, "established_on", today, Severity.ERROR),
        *_at(_founding_year(record.get("established_on")), "established_on"),
        *_order(record, table, "established_on", "dissolved_on"),
        *_not_future(record, table, "dissolved_on", today),
        *_money(record, table, "charter_capital"),
        *_at(check_phone(record.get("phone")).issues, "phone"),
        *_flag_years(record, today),
    ]


def _money(record: Record, table: str, column: str, *,
           allow_negative: bool = False) -> list[Issue]:
    """An amount of money: its limits, and a warning when it looks typed in đồng where the
    form and the workbook ask for million đồng (a thousand billion đồng or more)."""
    amount = record.get(column)
    issues = check_money(amount, _label(table, column), allow_negative=allow_negative)
    if not issues and amount is not None and abs(amount) >= UNLIKELY_AMOUNT:
        issues.append(warning(translate(
            "Records", "{label} {amount} triệu đồng là từ một nghìn tỷ đồng trở lên. Số tiền ghi "
            "bằng triệu đồng: có phải đã gõ số đồng?").format(
                label=_label(table, column), amount=format_million(amount, None)), UNLIKELY_MONEY))
    return _at(issues, column)


def _founding_year(established: date | None) -> list[Issue]:
    if established is None or established.year >= FIRST_YEAR:
        return []
    return [warning(translate(
        "Records", "Ngày thành lập {day} sớm bất thường (trước năm {first}); hãy kiểm tra "
        "lại.").format(day=format_date(established), first=FIRST_YEAR), YEAR_RANGE)]


# --- suspension ---------------------------------------------------------------------------------

def _overlaps(record: Record, others: Iterable[Interval]) -> list[Issue]:
    start, end = record.get("starts_on"), record.get("ends_on")
    if start is None:
        return []
    for other_start, other_end in others:
        if other_start <= (end or date.max) and start <= (other_end or date.max):
            return [error(translate(
                "Records", "Thời gian tạm ngừng này trùng với lần tạm ngừng từ {start} đến "
                "{end} đã có.").format(
                    start=format_date(other_start),
                    end=format_date(other_end) if other_end else translate("Records", "nay")),
                OVERLAP, "starts_on")]
    return []


def check_suspension(record: Record, *, organisation: OrgContext | None = None,
                     others: Iterable[Interval] = (), today: date | None = None) -> list[Issue]:
    """A suspension of activity; ``others`` are the organisation's other suspensions."""
    today = _today(today)
    table = "suspension"
    return [
        *_lengths(record, table),
        *_required(record, table, "starts_on"),
        *_order(record, table, "starts_on", "ends_on"),
        *_not_future(record, table, "starts_on", today),
        *_within_organisation(record, table, "starts_on", organisation),
        *_overlaps(record, others),
    ]


# --- people (members and managers) --------------------------------------------------------------

def _person(record: Record, table: str, today: date) -> list[Issue]:
    birth, year = record.get("birth_date"), record.get("birth_year")
    issues = [*_not_future(record, table, "birth_date", today, Severity.ERROR),
              *_year(record, table, "birth_year", 1900, today.year)]
    if birth and year and birth.year != year:
        issues.append(error(translate(
            "Records", "Năm sinh ({year}) không khớp với ngày sinh ({birth}).").format(
                year=year, birth=format_date(birth)), BIRTH_MISMATCH, "birth_year"))
    born = birth.year if birth else year
    if born and 1900 <= born < today.year - 100:
        issues.append(warning(translate(
            "Records", "Năm sinh {year}: người này đã hơn 100 tuổi; hãy kiểm tra lại.").format(
                year=born), VERY_OLD, "birth_date" if birth else "birth_year"))
    issues += _enum(record, table, "gender", Gender)
    cccd = check_cccd(record.get("cccd"), birth_year=born if born and born <= today.year else None,
                      gender=_member_of(Gender, record.get("gender")), today=today)
    issues += _at(cccd.issues, "cccd")
    issues += _at(check_phone(record.get("phone")).issues, "phone")
    return issues


# --- member -------------------------------------------------------------------------------------

def _member_coherence(record: Record, org: OrgContext | None) -> list[Issue]:
    kind = _member_of(MemberKind, record.get("member_kind"))
    member_type = _member_of(MemberType, record.get("member_type"))
    org_kind = _member_of(OrgKind, org.kind) if org else None
    issues: list[Issue] = []
    if not _is_blank(record.get("official_subtype")) and kind not in (None, MemberKind.OFFICIAL):
        issues.append(error(translate(
            "Records", "Chỉ thành viên chính thức mới có hình thức thành viên chính thức; thành "
            "viên này là “{kind}”.").format(kind=kind.label), SUBTYPE, "official_subtype"))
    if org_kind is OrgKind.THT and kind not in (None, MemberKind.OFFICIAL):
        issues.append(error(translate(
            "Records", "Tổ hợp tác không có thành viên liên kết; hãy chọn loại thành viên "
            "“{official}”.").format(official=MemberKind.OFFICIAL.label), KIND_FOR_ORG,
            "member_kind"))
    if org_kind is OrgKind.LHHTX and member_type not in (None, MemberType.LEGAL_PERSON):
        if kind is MemberKind.OFFICIAL:
            message = translate("Records", "Thành viên chính thức của liên hiệp hợp tác xã phải "
                                "là hợp tác xã (pháp nhân), không thể là “{type}”.")
        else:
            message = translate("Records", "Thành viên liên kết của liên hiệp hợp tác xã phải là "
                                "pháp nhân, không thể là “{type}”.")
        issues.append(error(message.format(type=member_type.label), TYPE_FOR_ORG, "member_type"))
    return issues


def _member_capital(record: Record, org: OrgContext | None) -> list[Issue]:
    capital, kind = record.get("capital_contribution"), _member_of(MemberKind,
                                                                   record.get("member_kind"))
    issues = _money(record, "member", "capital_contribution")
    if capital is None or (org and _member_of(OrgKind, org.kind) is OrgKind.THT):
        return issues
    if kind is MemberKind.ASSOCIATE and capital > 0:
        issues.append(error(translate(
            "Records", "Thành viên liên kết không góp vốn nhưng có vốn góp {amount} triệu đồng; "
            "hãy sửa loại thành viên hoặc số vốn góp.").format(
                amount=format_million(capital, None)), CAPITAL,
            "capital_contribution"))
    if kind in (MemberKind.OFFICIAL, MemberKind.ASSOCIATE_CAPITAL) and capital == 0:
        issues.append(warning(translate(
            "Records", "Thành viên “{kind}” phải góp vốn, nhưng vốn góp đã nhập là 0.").format(
                kind=kind.label), CAPITAL, "capital_contribution"))
    return issues


def _member_age(record: Record) -> list[Issue]:
    if _member_of(MemberType, record.get("member_type")) is not MemberType.INDIVIDUAL:
        return []
    return _at(check_adult_on(record.get("joined_on"), birth_date=record.get("birth_date"),
                              birth_year=record.get("birth_year")),
               "birth_date" if record.get("birth_date") else "birth_year")


def check_member(record: Record, *, organisation: OrgContext | None = None,
                 today: date | None = None) -> list[Issue]:
    """A member of an organisation (a person, a household or a legal person)."""
    today = _today(today)
    table = "member"
    return [
        *_lengths(record, table),
        *_required(record, table, "full_name", "member_kind", "member_type", "joined_on"),
        *_enum(record, table, "member_kind", MemberKind),
        *_enum(record, table, "official_subtype", OfficialSubtype),
        *_enum(record, table, "member_type", MemberType),
        *_member_coherence(record, organisation),
        *_person(record, table, today),
        *_member_age(record),
        *_not_future(record, table, "joined_on", today),
        *_within_organisation(record, table, "joined_on", organisation, before=Severity.WARNING),
        *_order(record, table, "joined_on", "left_on"),
        *_not_future(record, table, "left_on", today),
        *_member_capital(record, organisation),
    ]


# --- manager, position, training ----------------------------------------------------------------

def check_manager(record: Record, *, today: date | None = None) -> list[Issue]:
    """A manager (the person; positions and training are records of their own)."""
    today = _today(today)
    table = "manager"
    return [
        *_lengths(record, table),
        *_required(record, table, "full_name", "training_level"),
        *_enum(record, table, "training_level", TrainingLevel),
        *_person(record, table, today),
    ]


def _position_for_organisation(record: Record, org: OrgContext | None) -> list[Issue]:
    position = _member_of(Position, record.get("position"))
    org_kind = _member_of(OrgKind, org.kind) if org else None
    if position is None or org_kind is None:
        return []
    if (position is Position.THT_LEADER) == (org_kind is OrgKind.THT):
        return []
    return [warning(translate(
        "Records", "Chức vụ “{position}” không có ở {kind}.").format(
            position=position.label, kind=org_kind.label.lower()), POSITION_FOR_ORG, "position")]


def check_manager_position(record: Record, *, organisation: OrgContext | None = None,
                           today: date | None = None) -> list[Issue]:
    """A position held by a manager from a date, to a date or still."""
    today = _today(today)
    table = "manager_position"
    return [
        *_lengths(record, table),
        *_required(record, table, "position", "starts_on"),
        *_enum(record, table, "position", Position),
        *_position_for_organisation(record, organisation),
        *_order(record, table, "starts_on", "ends_on"),
        *_not_future(record, table, "starts_on", today),
        *_within_organisation(record, table, "starts_on", organisation,
                              before=Severity.WARNING),
    ]


def check_training_record(record: Record, *, today: date | None = None) -> list[Issue]:
    """A course a manager attended."""
    today = _today(today)
    table = "training_record"
    return [
        *_lengths(record, table),
        *_required(record, table, "course", "starts_on"),
        *_enum(record, table, "level", TrainingLevel),
        *_order(record, table, "starts_on", "ends_on"),
        *_not_future(record, table, "starts_on", today),
    ]


# --- OCOP ---------------------------------------------------------------------------------------

def _stars(record: Record) -> list[Issue]:
    stars, score = record.get("stars"), record.get("score")
    if stars is None:
        return []
    if not OCOP_MIN_STARS <= stars <= 5:
        return [error(translate(
            "Records", "Số sao phải từ 3 đến 5: chỉ sản phẩm đạt từ 3 sao mới được công nhận là "
            "sản phẩm OCOP (đã nhập {stars}).").format(stars=stars), STARS, "stars")]
    low, high = OCOP_STAR_SCORES[stars], OCOP_STAR_SCORES.get(stars + 1)
    if score is None or not 0 <= score <= 100 or low <= score < (high or 101):
        return []
    if high is None:
        message = translate("Records", "Điểm {score} không khớp với {stars} sao: hạng {stars} "
                            "sao cần từ {low} điểm trở lên.")
    else:
        message = translate("Records", "Điểm {score} không khớp với {stars} sao: hạng {stars} "
                            "sao cần từ {low} đến dưới {high} điểm.")
    return [warning(message.format(score=format_number(score, None), stars=stars, low=low,
                                   high=high), STARS_SCORE, "score")]


def _ocop_level(record: Record) -> list[Issue]:
    level = _member_of(OcopLevel, record.get("level"))
    decided, stars = record.get("decision_date"), record.get("stars")
    if level is OcopLevel.DISTRICT and decided and decided >= DISTRICTS_ENDED:
        return [error(translate(
            "Records", "Cấp huyện không còn từ 01/07/2025; quyết định ngày {day} phải do cấp tỉnh "
            "hoặc trung ương ban hành.").format(day=format_date(decided)), LEVEL, "level")]
    if level is not None and stars == 5 and level is not OcopLevel.CENTRAL:
        return [warning(translate(
            "Records", "Sản phẩm 5 sao do trung ương công nhận, nhưng cấp công nhận đã nhập là "
            "“{level}”.").format(level=level.label), LEVEL, "level")]
    if level is OcopLevel.CENTRAL and stars in (3, 4):
        return [warning(translate(
            "Records", "Trung ương chỉ công nhận sản phẩm 5 sao; sản phẩm {stars} sao do cấp tỉnh "
            "hoặc cấp huyện công nhận.").format(stars=stars), LEVEL, "level")]
    return []


def check_ocop_product(record: Record, *, today: date | None = None) -> list[Issue]:
    """An OCOP product certificate. A missing expiry is filled with :func:`ocop_expiry` first."""
    today = _today(today)
    table = "ocop_product"
    return [
        *_lengths(record, table),
        *_required(record, table, "name", "product_group", "stars", "decision_date"),
        *_enum(record, table, "product_group", OcopGroup),
        *_enum(record, table, "level", OcopLevel),
        *_stars(record),
        *_between(record, table, "score", 0, 100),
        *_not_future(record, table, "decision_date", today),
        *_order(record, table, "decision_date", "expires_on", strict=True),
        *_ocop_level(record),
    ]


# --- rating -------------------------------------------------------------------------------------

def _rating_scheme(record: Record) -> list[Issue]:
    code = record.get("scheme")
    if _is_blank(code) or scheme_by_code(code) is not None:
        return []
    return [warning(translate(
        "Records", "Bộ tiêu chí “{scheme}” chưa có trong chương trình; không kiểm tra được xếp "
        "loại theo điểm.").format(scheme=code), RATING_SCHEME, "scheme")]


def _rating_when_not_rated(record: Record, org: OrgContext | None) -> list[Issue]:
    """A grade given for a year in which the organisation falls outside the rating."""
    rating, year = _member_of(RatingClass, record.get("rating_class")), record.get("year")
    if rating in (None, RatingClass.NOT_RATED) or not (org and org.established_on and year):
        return []
    reason = not_rated_reason(year, org.established_on, org.suspensions)
    if reason in (None, NotRatedReason.NOT_ESTABLISHED):  # the second: an error on the year
        return []
    return [warning(translate(
        "Records", "Năm {year} tổ chức này thuộc diện không đánh giá ({reason}), nhưng xếp loại "
        "đã nhập là “{rating}”.").format(year=year, reason=reason.label.lower(),
                                         rating=rating.label), RATING_CLASS, "rating_class")]


def _rating_matches_score(record: Record) -> list[Issue]:
    rating, score = _member_of(RatingClass, record.get("rating_class")), record.get("score")
    scheme = scheme_by_code(record.get("scheme"))
    if rating is None or score is None or scheme is None or not 0 <= score <= 100:
        return []
    if rating is RatingClass.NOT_RATED:
        return [warning(translate(
            "Records", "Đã nhập điểm {score} nhưng xếp loại là “{rating}”.").format(
                score=format_number(score, None), rating=rating.label), RATING_CLASS,
            "rating_class")]
    expected = scheme.classify(score)
    if expected is rating:
        return []
    return [warning(translate(
        "Records", "Theo {scheme}, {score} điểm là loại “{expected}”, nhưng xếp loại đã nhập là "
        "“{rating}”.").format(scheme=scheme.label, score=format_number(score, None),
                              expected=expected.label, rating=rating.label),
        RATING_CLASS, "rating_class")]


def check_rating(record: Record, *, organisation: OrgContext | None = None,
                 today: date | None = None) -> list[Issue]:
    """The yearly rating of an organisation."""
    today = _today(today)
    table = "rating"
    return [
        *_lengths(record, table),
        *_required(record, table, "year", "rating_class"),
        *_enum(record, table, "rating_class", RatingClass),
        *_year(record, table, "year", FIGURES_FIRST_YEAR, today.year),
        *_year_of_organisation(record, table, organisation),
        *_between(record, table, "score", 0, 100),
        *_rating_scheme(record),
        *_rating_when_not_rated(record, organisation),
        *_rating_matches_score(record),
    ]


def _year_of_organisation(record: Record, table: str, org: OrgContext | None) -> list[Issue]:
    year = record.get("year")
    if year is None or org is None:
        return []
    issues: list[Issue] = []
    if org.established_on and year < org.established_on.year:
        issues.append(error(translate(
            "Records", "Năm {year} trước năm thành lập của tổ chức ({established}).").format(
                year=year, established=org.established_on.year), BEFORE_ORGANISATION, "year"))
    if org.dissolved_on and year > org.dissolved_on.year:
        issues.append(error(translate(
            "Records", "Năm {year} sau năm giải thể của tổ chức ({dissolved}).").format(
                year=year, dissolved=org.dissolved_on.year), AFTER_DISSOLUTION, "year"))
    return issues


# --- yearly figures -----------------------------------------------------------------------------

def _figures_money(record: Record) -> list[Issue]:
    table = "yearly_figures"
    issues: list[Issue] = []
    for column, negative in (("revenue", False), ("profit", True), ("avg_income", False)):
        issues += _money(record, table, column, allow_negative=negative)
    revenue, profit, income = record.get("revenue"), record.get("profit"), record.get("avg_income")
    if revenue is not None and profit is not None and profit > revenue >= 0:
        issues.append(warning(translate(
            "Records", "Lợi nhuận ({profit} triệu đồng) lớn hơn doanh thu ({revenue} triệu đồng); "
            "hãy kiểm tra lại.").format(profit=format_million(profit, None),
                                        revenue=format_million(revenue, None)),
            PROFIT, "profit"))
    if income is not None and 0 < income < LOW_YEARLY_INCOME:
        issues.append(warning(translate(
            "Records", "Thu nhập bình quân {income} triệu đồng/người/năm thấp bất thường; số này "
            "tính cho cả năm, không phải cho một tháng.").format(
                income=format_million(income, None)),
            LOW_INCOME, "avg_income"))
    return issues


def check_yearly_figures(record: Record, *, organisation: OrgContext | None = None,
                         today: date | None = None) -> list[Issue]:
    """The business figures of an organisation for a year (money in VND)."""
    today = _today(today)
    table = "yearly_figures"
    counts = ("workers", "declared_members")
    return [
        *_lengths(record, table),
        *_required(record, table, "year"),
        *_year(record, table, "year", FIGURES_FIRST_YEAR, today.year),
        *_year_of_organisation(record, table, organisation),
        *_figures_money(record),
        *(i for c in counts for i in _at(check_not_negative(record.get(c), _label(table, c)), c)),
    ]


# --- target -------------------------------------------------------------------------------------

def _target_values(record: Record) -> list[Issue]:
    comparator = _member_of(Comparator, record.get("comparator"))
    value, high = record.get("value"), record.get("max_value")
    tolerance = record.get("tolerance_pct")
    issues: list[Issue] = []
    if comparator is Comparator.RANGE:
        if high is None:
            issues.append(error(translate(
                "Records", "Chỉ tiêu dạng “từ … đến” cần cả giá trị tối đa."), TARGET_RANGE,
                "max_value"))
        elif value is not None and high < value:
            issues.append(error(translate(
                "Records", "Giá trị tối đa ({high}) nhỏ hơn giá trị tối thiểu ({low}).").format(
                    high=format_number(high, None), low=format_number(value, None)),
                TARGET_RANGE, "max_value"))
    elif comparator is not None and high is not None:
        issues.append(warning(translate(
            "Records", "Giá trị tối đa chỉ dùng cho chỉ tiêu dạng “từ … đến”; với cách so sánh "
            "“{comparator}” nó bị bỏ qua.").format(comparator=comparator.label), TARGET_RANGE,
            "max_value"))
    if tolerance is not None and not 0 < tolerance <= 100:
        issues.append(error(translate(
            "Records", "Sai số cho phép phải lớn hơn 0 và không quá 100%."), OUT_OF_RANGE,
            "tolerance_pct"))
    return issues


def _target_indicator(record: Record, known: Collection[str] | None) -> list[Issue]:
    code = str(record.get("indicator") or "")
    if not code:
        return []
    if known is not None and code not in known:
        return [error(translate(
            "Records", "Chỉ tiêu “{code}” không có trong danh mục chỉ tiêu.").format(code=code),
            TARGET_INDICATOR, "indicator")]
    value = record.get("value")
    if value is None:
        return []
    if code.endswith("growth_pct"):
        low, high = -100, None
    elif code.endswith("_pct"):
        low, high = 0, 100
    elif not code.startswith("manual."):
        low, high = 0, None
    else:
        return []
    if value < low or (high is not None and value > high):
        return [error(translate(
            "Records", "Giá trị {value} không hợp lý với chỉ tiêu “{code}”.").format(
                value=format_number(value, None), code=code), OUT_OF_RANGE, "value")]
    return []


def check_target(record: Record, *, known_indicators: Collection[str] | None = None,
                 today: date | None = None) -> list[Issue]:
    """A plan target: a year, an indicator code, how to compare, the value(s)."""
    today = _today(today)
    table = "target"
    return [
        *_lengths(record, table),
        *_required(record, table, "year", "indicator", "comparator", "value"),
        *_enum(record, table, "comparator", Comparator),
        *_year(record, table, "year", 2000, today.year + TARGET_HORIZON),
        *_target_indicator(record, known_indicators),
        *_target_values(record),
    ]
