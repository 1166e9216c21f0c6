"""Writing a return's files, submitting it, and what changed since the last submission.

A submitted return is stored once and never changed: its snapshot (JSON), the SHA-256 of the
Excel and PDF files that were sent, the time, and a version number (1 for the first submission
of a period, 2 for the next…); every submission is written to the audit log. Making the return
of a period again compares the fresh snapshot with the last submitted one and lists every value
that changed.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from kttt_desktop.core.enums import OrgKind, TrainingLevel
from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.numbers import format_figure
from kttt_desktop.core.periods import Period
from kttt_desktop.data.audit import write_entries
from kttt_desktop.data.database import Database
from kttt_desktop.data.keys import SigningKey
from kttt_desktop.data.models import SubmittedReturn
from kttt_desktop.data.outputs import check_output
from kttt_desktop.reports.pdf import write_pdf
from kttt_desktop.reports.snapshot import ReturnSnapshot, from_json, to_json
from kttt_desktop.reports.xlsx import write_xlsx
from kttt_desktop.services.keys import signing_key_for
from kttt_desktop.services.returns.build import build_snapshot
from kttt_desktop.services.returns.sections import MATRIX_ROWS

Progress = Callable[[int, int, str], None]  # step, steps, what is being done


def _t(text: str) -> str:
    return translate("Return", text)


def default_names(period: Period | str, folder: Path | str = ".") -> tuple[Path, Path]:
    """File names for the return of ``period`` in ``folder`` (.xlsx, .pdf)."""
    stem = Path(folder) / f"bao-cao-kttt-{period}"
    return stem.with_suffix(".xlsx"), stem.with_suffix(".pdf")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class WrittenReturn:
    snapshot: ReturnSnapshot
    xlsx: Path | None
    pdf: Path | None
    accepted: tuple[str, ...] = ()  # a consolidation's files taken although not verified
    notice: str = ""  # what to tell about the signing key (just made, or none could be)

    def sha256(self, path: Path | None) -> str:
        return file_sha256(path) if path is not None else ""


def write_return(snapshot: ReturnSnapshot, *, xlsx: Path | str | None = None,
                 pdf: Path | str | None = None, progress: Progress | None = None,
                 key: SigningKey | None = None) -> WrittenReturn:
    """Render ``snapshot`` into the files asked for (each replaced atomically), the Excel file
    signed with ``key``."""
    steps = int(xlsx is not None) + int(pdf is not None)
    done = 0
    xlsx_path = pdf_path = None
    if xlsx is not None:
        if progress:
            progress(done, steps, _t("Đang ghi tệp Excel…"))
        xlsx_path = write_xlsx(snapshot, xlsx, key)
        done += 1
    if pdf is not None:
        if progress:
            progress(done, steps, _t("Đang ghi tệp PDF…"))
        pdf_path = write_pdf(snapshot, pdf)
        done += 1
    return WrittenReturn(snapshot, xlsx_path, pdf_path)


def _outputs_allowed(db: Database, xlsx: Path | str | None, pdf: Path | str | None) -> None:
    for target, other in ((xlsx, pdf), (pdf, xlsx)):
        if target is not None:
            check_output(target, database=db.path, others=[other] if other is not None else [])


def export_return(db: Database, period: Period, *, xlsx: Path | str | None = None,
                  pdf: Path | str | None = None, created_at: datetime | None = None,
                  progress: Progress | None = None,
                  snapshot: ReturnSnapshot | None = None) -> WrittenReturn:
    """Write the return of ``period`` (``snapshot``, else one built now), the Excel file signed
    with the office's key; nothing is stored in the database."""
    _outputs_allowed(db, xlsx, pdf)
    if snapshot is None:
        if progress:
            progress(0, 1, _t("Đang tính số liệu…"))
        snapshot = build_snapshot(db, period, created_at=created_at)
    key, notice = signing_key_for(db) if xlsx is not None else (None, "")
    written = write_return(snapshot, xlsx=xlsx, pdf=pdf, progress=progress, key=key)
    return replace(written, notice=notice)


# --- submissions --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Submission:
    """A submitted return as listed (its snapshot is read on demand)."""

    id: int
    period: str
    version: int
    submitted_at: datetime
    xlsx_sha256: str
    pdf_sha256: str

    @property
    def period_label(self) -> str:
        return Period.parse(self.period).short_label()


def _summary(row: SubmittedReturn) -> Submission:
    assert row.id is not None
    at = row.submitted_at  # SQLite gives back the stored UTC time without its zone
    return Submission(row.id, row.period, row.version,
                      at if at.tzinfo else at.replace(tzinfo=UTC), row.xlsx_sha256,
                      row.pdf_sha256)


class ReturnChanged(InputError):
    """The return shown is no longer what the registers hold."""


def submit_return(db: Database, period: Period, *, xlsx: Path | str, pdf: Path | str,
                  created_at: datetime | None = None, progress: Progress | None = None,
                  snapshot: ReturnSnapshot | None = None) -> Submission:
    """Write both files of the return of ``period`` and store it as submitted.

    The stored snapshot is the one the files were written from (``snapshot`` when given, e.g. the
    one the officer looked at, else a fresh one); it becomes the next version of the period. A
    given snapshot must still be what the registers hold: when a record changed since it was
    computed, :class:`ReturnChanged` is raised and nothing is written. The check, the files and
    the stored return are one unit of work.
    """
    _outputs_allowed(db, xlsx, pdf)
    if snapshot is not None and snapshot.period != str(period):
        raise InputError(_t("Báo cáo đang xem là của kỳ {shown}, không phải kỳ {period}.").format(
            shown=snapshot.period, period=period))
    reason = _t("Gửi báo cáo {period}").format(period=period.in_words())
    with db.session(reason=reason) as s:
        if progress:
            progress(0, 1, _t("Đang tính số liệu…"))
        fresh = build_snapshot(db, period, created_at=(
            snapshot.created_at if snapshot is not None else created_at))
        if snapshot is None:
            snapshot = fresh
        elif replace(fresh, header=snapshot.header, free_text=snapshot.free_text) != snapshot:
            raise ReturnChanged(_t(
                "Số liệu của báo cáo đã thay đổi từ khi được tính (có bản ghi vừa được sửa): báo "
                "cáo chưa được gửi. Hãy xem lại báo cáo đã được tính lại rồi gửi."))
        written = write_return(snapshot, xlsx=xlsx, pdf=pdf, progress=progress,
                               key=signing_key_for(db)[0])
        if progress:
            progress(1, 1, _t("Đang lưu báo cáo đã gửi…"))
        latest = s.exec(select(func.max(SubmittedReturn.version))
                        .where(SubmittedReturn.period == str(period))).one()
        row = SubmittedReturn(period=str(period), version=(latest or 0) + 1,
                              submitted_at=snapshot.created_at, snapshot_json=to_json(snapshot),
                              xlsx_sha256=written.sha256(written.xlsx),
                              pdf_sha256=written.sha256(written.pdf))
        s.add(row)
        s.flush()
        write_entries(s.connection(), [_submission_entry(row, written, period, db.user, reason)])
        return _summary(row)


def _submission_entry(row: SubmittedReturn, written: WrittenReturn, period: Period, user: str,
                      reason: str) -> dict[str, object]:
    """The audit entry of a submission: which return, which version, the files and their
    hashes (the snapshot itself stays in its own table)."""
    files = [_t("tệp {kind} {path} (SHA-256 {digest})").format(kind=kind, path=path, digest=digest)
             for kind, path, digest in (("Excel", written.xlsx, row.xlsx_sha256),
                                        ("PDF", written.pdf, row.pdf_sha256)) if path]
    return {"action": "submit", "user_name": user, "table_name": "submitted_return",
            "record_id": row.id, "record_label": _t("Báo cáo {period}, phiên bản {version}").format(
                period=period.in_words(), version=row.version),
            "new_value": "; ".join(files), "reason": reason}


def submissions(db: Database, period: Period | str | None = None) -> list[Submission]:
    """Submitted returns (of one period, or all), newest first."""
    with db.session() as s:
        query = select(SubmittedReturn)
        if period is not None:
            query = query.where(SubmittedReturn.period == str(period))
        rows = s.exec(query.order_by(SubmittedReturn.submitted_at.desc(),
                                     SubmittedReturn.version.desc())).all()
        return [_summary(r) for r in rows]


def submitted_snapshot(db: Database, submission_id: int) -> ReturnSnapshot:
    with db.session() as s:
        row = s.get(SubmittedReturn, submission_id)
        if row is None:
            raise InputError(_t("Không tìm thấy báo cáo đã gửi số {id}.").format(id=submission_id))
        return from_json(row.snapshot_json)


# --- what changed -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    key: str  # indicator code (with "(lũy kế năm)" for a flow's year to date) or count key
    label: str
    old: float | int | None
    new: float | int | None
    unit: str = ""

    @property
    def old_text(self) -> str:
        return format_figure(self.old)

    @property
    def new_text(self) -> str:
        return format_figure(self.new)


@dataclass(frozen=True)
class Changes:
    since: Submission
    items: list[Change]

    @property
    def message(self) -> str:
        if not self.items:
            return _t("Không có giá trị nào thay đổi kể từ lần gửi trước (phiên bản {version}, "
                      "ngày {day}).").format(version=self.since.version,
                                             day=self.since.submitted_at.astimezone()
                                             .strftime("%d/%m/%Y"))
        return _t("{count} giá trị đã thay đổi kể từ lần gửi trước (phiên bản {version}, ngày "
                  "{day}).").format(count=len(self.items), version=self.since.version,
                                    day=self.since.submitted_at.astimezone().strftime("%d/%m/%Y"))


def _same(a: float | int | None, b: float | int | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _count_label(key: str) -> str:
    """"managers.htx.director.dai_hoc" → "Chức danh quản lý HTX: Giám đốc, Đại học"."""
    _, kind, row, level = key.split(".")
    rows = {k: _t(label) for k, label in MATRIX_ROWS}
    if key.startswith("managers."):
        return _t("Chức danh quản lý {kind}: {row}, {level}").format(
            kind=OrgKind(kind).abbreviation, row=rows.get(row, row),
            level=TrainingLevel(level).label)
    return key


def compare(old: ReturnSnapshot, new: ReturnSnapshot) -> list[Change]:
    """Every value of the return that differs between ``old`` and ``new``, in catalogue order.

    Values: each indicator shown in returns (not the auxiliary parts) at D, and for a flow also
    its year to date; the positions of the managers matrix; organisations not rated.
    """
    changes: list[Change] = []
    before = old.indicator_map()
    for figures in new.indicators:
        if figures.auxiliary:
            continue
        earlier = before.get(figures.code)
        fields = [("value", "")] + ([("ytd", _t(" (lũy kế năm)"))] if figures.kind == "flow"
                                    else [])
        for name, suffix in fields:
            was = getattr(earlier, name) if earlier else None
            now = getattr(figures, name)
            if earlier is None or not _same(was, now):
                changes.append(Change(figures.code + (f".{name}" if suffix else ""),
                                      figures.label + suffix, was, now, figures.unit))
    for key in sorted(set(old.counts) | set(new.counts)):
        was, now = old.counts.get(key, 0), new.counts.get(key, 0)
        if not _same(was, now):
            label = (_t("Số tổ chức {kind} không đánh giá").format(
                kind=OrgKind(key.split(".")[1]).abbreviation) if key.startswith("ratings.")
                else _count_label(key))
            changes.append(Change(key, label, was, now))
    return changes


def last_submission(db: Database, period: Period | str) -> Submission | None:
    found = submissions(db, period)
    return max(found, key=lambda s: s.version) if found else None


def changes_since_submission(db: Database, snapshot: ReturnSnapshot) -> Changes | None:
    """What changed in ``snapshot`` since the last submission of its period (None: never sent)."""
    last = last_submission(db, snapshot.period)
    if last is None:
        return None
    return Changes(last, compare(submitted_snapshot(db, last.id), snapshot))


@dataclass(frozen=True)
class ReturnOverview:
    """What the Báo cáo screen shows for a period."""

    snapshot: ReturnSnapshot
    changes: Changes | None  # None: the period was never submitted
    submissions: list[Submission]  # of every period, newest first


def return_overview(db: Database, period: Period, *,
                    created_at: datetime | None = None) -> ReturnOverview:
    with db.session():  # one unit of work (data.database.Database.session)
        snapshot = build_snapshot(db, period, created_at=created_at)
        return ReturnOverview(snapshot, changes_since_submission(db, snapshot), submissions(db))
