"""Consolidating the Excel returns that several offices sent up for one period (spec/return.md).

The data come from each file's ``_data`` sheet, never from its visible cells, and a file is
refused — with nothing written — when it cannot be read, is not a return of this program, is
of an unknown format version, was edited after it was written (its hash does not match), is
for another period, holds yearly indicators of another year than the period's reporting year (a
return made before that rule), or covers a commune that another file covers too (the same file
given twice overlaps itself). Every problem of every file is told at once, naming the files and the
communes.

The consolidated return is the same return for the union of the areas (``combine``: additive
parts summed, ratios made again from them), with a section that breaks every section down by
office (``breakdown``). Its own ``_data`` sheet is a valid return, so that a consolidated
return can be consolidated again one level up (provinces into the ministry's).

Its header is the consolidating office's own: with a database that has an office profile, the
profile (name, superior body, signer, recipients), the office's targets of the year judged on
the consolidated figures, its own indicators with the values typed in it, and the draft text of
the period. Without one, a plain header names the province of the files (or how many provinces
they come from), and the return has no targets and no text.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from kttt_desktop.core import clock
from kttt_desktop.core.errors import InputError, KtttError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.periods import Period
from kttt_desktop.data.admin_units import catalogue
from kttt_desktop.data.database import Database
from kttt_desktop.data.keys import SigningKey
from kttt_desktop.data.outputs import check_output, same_file
from kttt_desktop.exchange.return_data import ReturnData, read_return_data
from kttt_desktop.reports.pdf import write_pdf
from kttt_desktop.reports.snapshot import Header, ReturnSnapshot, Section
from kttt_desktop.reports.xlsx import write_xlsx
from kttt_desktop.services.judgement import judge_targets, manual_indicator_values
from kttt_desktop.services.keys import Registered, registered_keys, signing_key_for
from kttt_desktop.services.manual_indicators import office_catalogue
from kttt_desktop.services.office import load_profile
from kttt_desktop.services.returns.breakdown import OFFICES_PER_PAGE, Breakdown
from kttt_desktop.services.returns.build import indicator_figures, make_snapshot, office_header
from kttt_desktop.services.returns.combine import (
    combined_counts,
    combined_expiring,
    combined_organisations,
    combined_values,
    missing_indicators,
    ocop_lines,
    organisation_lines,
)
from kttt_desktop.services.returns.drafts import load_draft, signed_header
from kttt_desktop.services.returns.seal import Seal, judge
from kttt_desktop.services.returns.sections import TableSource, build_sections
from kttt_desktop.services.returns.submission import Progress, WrittenReturn

MAX_COMMUNES_NAMED = 10


def _t(text: str) -> str:
    return translate("Consolidation", text)


# --- the files ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class OfficeFile:
    """A file given for consolidation: the return it holds, or why it cannot be used at all."""

    path: Path
    data: ReturnData | None = None
    problem: str = ""


def read_office_file(path: Path | str) -> OfficeFile:
    """Read and verify the data sheet of ``path``; a problem is kept, not raised."""
    path = Path(path)
    try:
        data = read_return_data(path)
    except KtttError as exc:  # unreadable, not a return, newer format, edited
        return OfficeFile(path, problem=exc.message)
    missing = missing_indicators(data)
    if missing:
        return OfficeFile(path, problem=_t(
            "Trang dữ liệu của báo cáo {path} thiếu {count} chỉ tiêu ({codes}…); báo cáo không "
            "đủ số liệu để tổng hợp.").format(path=path, count=len(missing),
                                              codes=", ".join(missing[:3])))
    return OfficeFile(path, data)


def read_office_files(paths: Sequence[Path | str], *,
                      progress: Progress | None = None) -> list[OfficeFile]:
    files = []
    for index, path in enumerate(paths):
        if progress:
            progress(index, len(paths), _t("Đang đọc {name}…").format(name=Path(path).name))
        files.append(read_office_file(path))
    return files


@dataclass(frozen=True)
class Problem:
    """Why a file is refused: ``message`` a whole sentence naming the file (and the other file
    it clashes with), ``reason`` the same in a few words for the file's row of a table."""

    message: str
    reason: str
    acceptable: bool = False  # the officer may accept the file all the same (its seal)


@dataclass(frozen=True)
class FileStatus:
    """A file as the consolidation judges it: valid, or refused for ``problems``. ``seal`` is
    the verdict on its signature; ``waived`` the seal problems the officer accepted."""

    file: OfficeFile
    problems: tuple[Problem, ...] = ()
    seal: Seal | None = None
    waived: tuple[Problem, ...] = ()

    @property
    def acceptable(self) -> bool:
        """Refused only for what the officer may accept explicitly."""
        return bool(self.problems) and all(p.acceptable for p in self.problems)

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def data(self) -> ReturnData | None:
        return self.file.data


@functools.cache
def _commune_names() -> dict[str, str]:
    return {code: unit.name for code, unit in catalogue().communes.items()}


def _communes_text(codes: Sequence[str]) -> str:
    names = _commune_names()
    shown = [f"{names.get(code, code)} ({code})" for code in sorted(codes)[:MAX_COMMUNES_NAMED]]
    text = ", ".join(shown)
    if len(codes) > MAX_COMMUNES_NAMED:
        text += _t(" và {count} xã, phường khác").format(count=len(codes) - MAX_COMMUNES_NAMED)
    return text


def _read_problem(file: OfficeFile) -> Problem:
    return Problem(file.problem, file.problem.replace(str(file.path), file.path.name))


def _overlaps(first: OfficeFile, second: OfficeFile,
              codes: Sequence[str]) -> tuple[Problem, Problem]:
    """The problem of each of two files whose areas share ``codes`` (or that are one file)."""
    a, b = first.data, second.data
    assert a is not None and b is not None
    if first.path.resolve() == second.path.resolve():  # given twice
        twice = Problem(_t("Tệp {path} được chọn hai lần; mỗi báo cáo chỉ được tổng hợp một "
                           "lần.").format(path=first.path), _t("Tệp được chọn hai lần."))
        return twice, twice
    message = _t("Địa bàn của báo cáo {first} ({first_office}) và báo cáo {second} "
                 "({second_office}) trùng nhau ở {count} xã, phường: {communes}.").format(
        first=first.path, first_office=a.office, second=second.path, second_office=b.office,
        count=len(codes), communes=_communes_text(codes))
    if a.sha256 == b.sha256:
        message += _t(" Hai tệp có cùng nội dung.")

    def reason(other: OfficeFile) -> str:
        return _t("Trùng địa bàn với {name} ở {count} xã, phường.").format(
            name=other.path.name, count=len(codes))

    return Problem(message, reason(second)), Problem(message, reason(first))


def _period_problem(file: OfficeFile, period: Period) -> Problem | None:
    data = file.data
    assert data is not None
    try:
        theirs = Period.parse(data.period)
    except InputError:
        return Problem(_t("Báo cáo {path} ghi kỳ báo cáo không hợp lệ “{period}”.").format(
            path=file.path, period=data.period), _t("Kỳ báo cáo không hợp lệ."))
    if theirs == period:
        return None
    message = _t("Báo cáo {path} ({office}) là báo cáo {theirs}, không phải {period} đang tổng "
                 "hợp.").format(path=file.path, office=data.office, theirs=theirs.in_words(),
                                period=period.in_words())
    return Problem(message, _t("Báo cáo {theirs}, không phải {period}.").format(
        theirs=theirs.in_words(), period=period.in_words()))


def _reporting_year_problem(file: OfficeFile, period: Period) -> Problem | None:
    """A return whose yearly indicators are of another year than the period's reporting year
    (one made before the rule was written down reads year(D)) does not add up with the others."""
    data = file.data
    assert data is not None
    theirs = data.reporting_year or data.reference_date.year
    if theirs == period.reporting_year:
        return None
    message = _t("Báo cáo {path} ({office}) tính lao động, doanh thu, lợi nhuận, thu nhập và xếp "
                 "loại theo số liệu năm {theirs}, không phải năm {year} (năm gần nhất đã kết "
                 "thúc); báo cáo được lập bằng phiên bản cũ của chương trình. Hãy đề nghị đơn vị "
                 "lập lại báo cáo bằng phiên bản mới.").format(
        path=file.path, office=data.office, theirs=theirs, year=period.reporting_year)
    return Problem(message, _t("Số liệu năm {theirs}, không phải năm {year}.").format(
        theirs=theirs, year=period.reporting_year))


def _same_path(path: Path, paths: Collection[Path | str]) -> bool:
    return any(same_file(path, other) for other in paths)


def check_files(files: Sequence[OfficeFile], period: Period, *,
                keys: Sequence[Registered] = (),
                accepted: Collection[Path | str] = ()) -> list[FileStatus]:
    """Judge every file for a consolidation of ``period`` (module docstring), in order; a file
    not verified against the registered ``keys`` is refused, unless it is one of ``accepted``
    (the officer's explicit choice: the seal's problem is then waived, and recorded)."""
    problems: list[list[Problem]] = [[_read_problem(f)] if f.problem else [] for f in files]
    paths = [f.path.resolve() for f in files]
    owner: dict[str, int] = {}
    shared: dict[tuple[int, int], list[str]] = {}
    for index, file in enumerate(files):
        if file.data is None:
            continue
        problem = _period_problem(file, period) or _reporting_year_problem(file, period)
        if problem:  # refused already: its area takes nothing from the files that are used
            problems[index].append(problem)
            continue
        for code in file.data.area:
            first = owner.setdefault(code, index)
            if first != index:
                shared.setdefault((first, index), []).append(code)
        for first, other in enumerate(files[:index]):
            if other.data is not None and not problems[first] and paths[first] == paths[index]:
                shared.setdefault((first, index), [])  # the same file, even with no area
    for (first, second), codes in shared.items():
        of_first, of_second = _overlaps(files[first], files[second], codes)
        problems[first].append(of_first)
        problems[second].append(of_second)
    statuses = []
    for file, found in zip(files, problems, strict=True):
        seal = judge(file.data, keys) if file.data is not None else None
        waived: tuple[Problem, ...] = ()
        if seal is not None and not seal.verified:
            problem = Problem(seal.problem, seal.reason, acceptable=True)
            if _same_path(file.path, accepted):
                waived = (problem,)
            else:
                found.append(problem)
        statuses.append(FileStatus(file, tuple(dict.fromkeys(found)), seal, waived))
    return statuses


def refusal(statuses: Sequence[FileStatus]) -> InputError | None:
    """The error that stops a consolidation of these files (None: every file is valid)."""
    if not statuses:
        return InputError(_t("Chưa có báo cáo nào để tổng hợp; hãy chọn các tệp Excel báo cáo "
                             "do các đơn vị gửi lên."))
    refused = [s for s in statuses if not s.valid]
    if not refused:
        return None
    lines = dict.fromkeys(p.message for s in refused for p in s.problems)
    text = _t("Không tổng hợp được: {count} trong {total} tệp không dùng được; chưa ghi tệp "
              "nào.").format(count=len(refused), total=len(statuses))
    text += "".join(f"\n- {line}" for line in lines)
    if any(s.acceptable for s in refused):
        text += "\n" + _t("Một tệp không xác thực được chỉ được tổng hợp khi người tổng hợp chấp "
                          "nhận rõ ràng đúng tệp đó (lệnh: --accept-unsigned TỆP; màn hình: cột "
                          "“Chấp nhận”); việc chấp nhận được ghi vào báo cáo tổng hợp.")
    return InputError(text)


# --- the consolidated return --------------------------------------------------------------------

@dataclass(frozen=True)
class Consolidation:
    """The consolidated return: ``snapshot`` ends with its breakdown by office, every office
    side by side (the Excel file); :attr:`printed` has the offices in groups of a few (PDF)."""

    snapshot: ReturnSnapshot
    breakdown: Breakdown
    accepted: tuple[str, ...] = ()  # each file taken although not verified, and why

    @property
    def offices(self) -> tuple[ReturnData, ...]:
        return self.breakdown.offices

    @property
    def printed(self) -> ReturnSnapshot:
        sections = (*self.snapshot.sections[:-1], self.breakdown.section(OFFICES_PER_PAGE))
        return replace(self.snapshot, sections=sections)


def _province_label(code: str, fallback: str) -> str:
    """"Tỉnh Quảng Ninh", "Thành phố Hà Nội" (the name alone when the code is unknown)."""
    unit = catalogue().provinces.get(code)
    if unit is None:
        return fallback
    name = unit.name  # "Quảng Ninh" (kind "tỉnh"), "Thành phố Hà Nội"
    prefix = "tỉnh" if unit.kind.startswith("tỉnh") else "thành phố"
    label = name if name.lower().startswith(prefix) else f"{prefix} {name}"
    return label[:1].upper() + label[1:]


def plain_header(offices: Sequence[ReturnData], area: tuple[str, ...]) -> Header:
    """The header of a consolidation made without an office profile: it names the province."""
    provinces = dict.fromkeys((o.province_code, o.meta.get("province", "")) for o in offices)
    if len(provinces) == 1:
        code, name = next(iter(provinces))
        return Header(office=_province_label(code, name), province_code=code, province=name,
                      area=area)
    return Header(office=_t("{count} tỉnh, thành phố").format(count=len(provinces)), area=area)


def _office_sections(office: ReturnData, period: Period) -> tuple[Section, ...]:
    source = TableSource(period, office.indicators, office.counts,
                         organisation_lines(office), ocop_lines(office), ())
    return build_sections(source)


def _seal_text(status: FileStatus) -> str:
    if status.seal is not None and status.seal.verified:
        return status.seal.summary
    return _t("Chấp nhận khi chưa xác thực: {reason}").format(
        reason=" ".join(p.reason for p in status.waived))


def consolidate(files: Sequence[OfficeFile], period: Period, *, db: Database | None = None,
                created_at: datetime | None = None, free_text: str | None = None,
                accepted: Collection[Path | str] = ()) -> Consolidation:
    """The return of ``period`` for the offices of ``files`` together.

    ``db``: the consolidating office's database (module docstring), whose registered keys
    verify the files' signatures; ``free_text`` defaults to its draft of the period;
    ``accepted``: files taken although not verified (each is recorded in the result). Raises
    :class:`InputError` listing every problem when a file is refused (nothing is written: this
    only computes).
    """
    statuses = check_files(files, period, keys=registered_keys(db) if db is not None else (),
                           accepted=accepted)
    error = refusal(statuses)
    if error is not None:
        raise error
    offices = tuple(f.data for f in files if f.data is not None)
    seals = tuple(_seal_text(s) for s in statuses)
    taken = tuple(p.message for s in statuses for p in s.waived)
    area = tuple(sorted(code for office in offices for code in office.area))
    values = combined_values(offices)
    profile = load_profile(db) if db is not None else None
    if db is not None and profile is not None:
        catalogue = office_catalogue(db)
        values.update(manual_indicator_values(db, period, catalogue))
        targets = judge_targets(db, period, values, later_years=True, catalogue=catalogue)
        draft = load_draft(db, period)
        header = replace(signed_header(office_header(db, profile), draft), area=area)
        text = draft.free_text if free_text is None else free_text
    else:
        targets, header, text = [], plain_header(offices, area), free_text or ""
    snapshot = make_snapshot(
        period, header, {code: indicator_figures(v) for code, v in values.items()},
        combined_counts(offices), combined_organisations(offices), combined_expiring(offices),
        targets, created_at=created_at or clock.now(), free_text=text)
    per_office = [_office_sections(o, period) for o in offices]
    breakdown = Breakdown.of(snapshot.sections, per_office, offices, seals, taken)
    return Consolidation(replace(snapshot, sections=(*snapshot.sections, breakdown.section())),
                         breakdown, taken)


def write_consolidation(consolidation: Consolidation, *, xlsx: Path | str,
                        pdf: Path | str | None = None, progress: Progress | None = None,
                        key: SigningKey | None = None) -> WrittenReturn:
    """Write the consolidated return's Excel file (signed with ``key``, the consolidating
    office's, so that it is verified one level up) and PDF, each replaced atomically."""
    steps = 1 + int(pdf is not None)
    if progress:
        progress(0, steps, _t("Đang ghi tệp Excel…"))
    xlsx_path = write_xlsx(consolidation.snapshot, xlsx, key)
    pdf_path = None
    if pdf is not None:
        if progress:
            progress(1, steps, _t("Đang ghi tệp PDF…"))
        pdf_path = write_pdf(consolidation.printed, pdf)
    return WrittenReturn(consolidation.snapshot, xlsx_path, pdf_path)


def consolidate_files(files: Sequence[OfficeFile], period: Period, *, xlsx: Path | str,
                      pdf: Path | str | None = None, db: Database | None = None,
                      created_at: datetime | None = None, free_text: str | None = None,
                      progress: Progress | None = None,
                      accepted: Collection[Path | str] = ()) -> WrittenReturn:
    """Consolidate ``files`` (read with :func:`read_office_files`) and write the result."""
    inputs = [f.path for f in files]
    for target, other in ((xlsx, pdf), (pdf, xlsx)):
        if target is not None:
            check_output(target, database=db.path if db is not None else None, inputs=inputs,
                         others=[other] if other is not None else [])
    if progress:
        progress(0, 1, _t("Đang tổng hợp số liệu…"))
    consolidation = consolidate(files, period, db=db, created_at=created_at, free_text=free_text,
                                accepted=accepted)
    key = signing_key_for(db)[0] if db is not None and load_profile(db) is not None else None
    written = write_consolidation(consolidation, xlsx=xlsx, pdf=pdf, progress=progress, key=key)
    return replace(written, accepted=consolidation.accepted)

