"""Building the snapshot of a periodic return: indicators, counts, lists, tables, header."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from kttt_desktop import __version__
from kttt_desktop.core import clock
from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.indicators import IndicatorValue, additive_parts
from kttt_desktop.core.periods import Period
from kttt_desktop.data import return_tables
from kttt_desktop.data.database import Database
from kttt_desktop.data.models import Province
from kttt_desktop.reports.snapshot import (
    Header,
    IndicatorFigures,
    OcopLine,
    OrganisationLine,
    ReturnSnapshot,
)
from kttt_desktop.services.judgement import TargetJudgement, judge_period
from kttt_desktop.services.office import OfficeProfile, load_profile
from kttt_desktop.services.returns.drafts import load_draft, signed_header
from kttt_desktop.services.returns.sections import (
    KINDS,
    POSITION_ROWS,
    TableSource,
    build_sections,
    matrix_key,
    not_rated_key,
)


def indicator_figures(value: IndicatorValue) -> IndicatorFigures:
    """An indicator as the snapshot holds it, with the additive codes it is made from."""
    indicator = value.indicator

    def part(figure, name):  # noqa: ANN001, ANN202
        return None if figure is None else getattr(figure, name)

    return IndicatorFigures(
        code=indicator.code, label=indicator.label, unit=indicator.source_unit,
        kind=indicator.kind.value, combine=indicator.combine.value, value=value.at.value,
        numerator=value.at.numerator, denominator=value.at.denominator,
        ytd=part(value.ytd, "value"),
        year_earlier=part(value.year_earlier, "value"),
        year_earlier_ytd=part(value.year_earlier_ytd, "value"),
        parts=() if indicator.is_manual else additive_parts(indicator),
        auxiliary=indicator.auxiliary, source=value.source)


def office_header(db: Database, profile: OfficeProfile) -> Header:
    """The header and signature block of the office's returns."""
    with db.session() as s:
        province = s.get(Province, profile.province_code)
        province_name = province.name if province else ""
    lines = tuple(line.strip() for line in profile.recipients.splitlines() if line.strip())
    return Header(
        office=profile.name, superior_body=profile.superior_body,
        province_code=profile.province_code, province=province_name,
        area=tuple(profile.area), place_name=profile.place_name, doc_symbol=profile.doc_symbol,
        signer_authority=profile.signer_authority, signer_title=profile.signer_title,
        signer_name=profile.signer_name, preparer_name=profile.preparer_name, recipients=lines)


def _counts(db: Database, period: Period) -> tuple[dict[str, int], list[OrganisationLine],
                                                   list[OcopLine]]:
    day = period.reference_date
    with db.session() as s:
        connection = s.connection()
        positions = return_tables.positions_by_level(connection, day, POSITION_ROWS)
        ratings = return_tables.ratings_by_class(connection, day)
        organisations = return_tables.organisation_rows(connection, day)
        expiring = return_tables.expiring_products(connection, day)
    counts: dict[str, int] = {}
    for p in positions:
        counts[matrix_key(p.kind, p.row, p.level)] = p.count
    for kind in KINDS:
        counts[not_rated_key(kind)] = 0
    for r in ratings:
        if r.rating == "not_rated":
            counts[not_rated_key(r.kind)] = r.count
    return (dict(sorted(counts.items())), [OrganisationLine(*row) for row in organisations],
            [OcopLine(*row) for row in expiring])


def make_snapshot(period: Period, header: Header, indicators: dict[str, IndicatorFigures],
                  counts: dict[str, int], organisations: Sequence[OrganisationLine],
                  expiring: Sequence[OcopLine], targets: Sequence[TargetJudgement], *,
                  created_at: datetime, free_text: str) -> ReturnSnapshot:
    """The snapshot of a return made from its data: the tables are built here."""
    source = TableSource(period, indicators, counts, organisations, expiring, targets)
    words = period.in_words()
    return ReturnSnapshot(
        period=str(period), period_words=words,
        title=translate("Return", "Tình hình phát triển kinh tế tập thể, hợp tác xã {period}")
        .format(period=words),
        period_start=period.start, reference_date=period.reference_date,
        created_at=created_at, issued_on=created_at.astimezone().date(),
        program_version=__version__, header=header,
        indicators=tuple(indicators.values()), counts=counts,
        organisations=tuple(organisations), ocop_expiring=tuple(expiring),
        sections=build_sections(source), free_text=free_text,
        reporting_year=period.reporting_year)


def build_snapshot(db: Database, period: Period, *, created_at: datetime | None = None,
                   free_text: str | None = None) -> ReturnSnapshot:
    """The return of ``period`` as it stands in the registers now.

    ``created_at`` (aware; default now) gives the date printed on the document (its local date);
    the draft saved for the period gives the number and signer, and the free text unless
    ``free_text`` is given. Raises :class:`InputError` when the
    office has no profile (a return needs its header).
    """
    with db.session():  # one unit of work: every figure from one state of the registers
        profile = load_profile(db)
        if profile is None:
            raise InputError(translate(
                "Return", "Chưa có thông tin cơ quan; hãy nhập thông tin cơ quan và địa bàn trong "
                "mục Cài đặt trước khi lập báo cáo."))
        check = judge_period(db, period, later_years=True)
        counts, organisations, expiring = _counts(db, period)
        draft = load_draft(db, period)
        header = office_header(db, profile)
    indicators = {code: indicator_figures(value) for code, value in check.indicators.items()}
    return make_snapshot(
        period, signed_header(header, draft), indicators, counts,
        organisations, expiring, check.targets, created_at=created_at or clock.now(),
        free_text=draft.free_text if free_text is None else free_text)
