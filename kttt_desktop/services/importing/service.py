"""Importing an officer's workbook: read, map, check every row, then write all of it or nothing.

The use case behind `kttt import` and the import wizard:

1. :func:`read_file` reads the file (refusing what cannot be imported) and :func:`detect_mapping`
   says which sheet is which register and which column is which field, and which missing columns
   are read from others; the officer may change it, and give a value for every row of a missing
   column.
2. :func:`import_workbook` checks every row with the rules of the forms, matches it with what the
   database holds (importing the same file twice changes nothing the second time), and either
   reports (a dry run, or any error: nothing is written) or backs the database up and writes
   every change in one transaction with its audit entries. Rows outside the office's area are
   errors, or are left out when the officer chose so (``skip_outside_area``).

The wizard checks first, then imports: given the check's result (``checked``), the import writes
the plan the check made, without checking every row again, when the rows, the officer's choices
and the registers are those it was made from (a register changed in between: the rows are
checked again against it).
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from kttt_desktop.core import clock
from kttt_desktop.core.i18n import translate
from kttt_desktop.data.backup import BackupKind
from kttt_desktop.data.database import Database
from kttt_desktop.data.models import AuditEntry
from kttt_desktop.data.outputs import check_output
from kttt_desktop.exchange.error_report import ERROR, INFO, WARNING, Mark, report_workbook
from kttt_desktop.exchange.mapping import Mapping, detect
from kttt_desktop.exchange.reader import WorkbookData, read_workbook
from kttt_desktop.exchange.sniff import DEFAULT_LIMITS, Limits
from kttt_desktop.services.backups import back_up
from kttt_desktop.services.importing import inferred
from kttt_desktop.services.importing.existing import Existing
from kttt_desktop.services.importing.lines import SheetLines, read_lines
from kttt_desktop.services.importing.organisations import OrganisationPlanner, column_not_used
from kttt_desktop.services.importing.people import PeoplePlanner
from kttt_desktop.services.importing.plan import Changes, ImportCancelled, Plan
from kttt_desktop.services.importing.refs import Communes, Organisations
from kttt_desktop.services.importing.result import ImportResult
from kttt_desktop.services.importing.writer import ChangeWriter
from kttt_desktop.services.importing.yearly import YearlyPlanner
from kttt_desktop.services.manual_indicators import office_catalogue
from kttt_desktop.system.collector import collector_paused
from kttt_desktop.system.files import replacing, save_workbook, write_workbook


@dataclass(frozen=True)
class Planned:
    """A check's plan (``changes``) and what it was made from: the rows read (``workbook``), the
    officer's choices, and the registers (the last entry of the audit log, which every change
    to a register writes)."""

    changes: Changes
    workbook: WorkbookData
    choices: tuple[Any, ...]
    registers: int

    def still_holds(self, workbook: WorkbookData, choices: tuple[Any, ...], registers: int
                    ) -> bool:
        return (workbook is self.workbook and choices == self.choices
                and registers == self.registers)


def _choices(mapping: Mapping, commune_choices: CommuneChoices | None,
             skip_outside_area: bool) -> tuple[Any, ...]:
    return (copy.deepcopy(mapping), dict(commune_choices or {}), skip_outside_area)


def _registers_state(connection: Connection) -> int:
    return connection.execute(select(func.max(AuditEntry.id))).scalar() or 0


Progress = Callable[[str, int, int], None]
Cancelled = Callable[[], bool]
CommuneChoices = dict[str, str]  # a commune name as written → the code the officer chose


def read_file(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> WorkbookData:
    """The workbook at ``path``; raises ``WorkbookRefused`` for a file that cannot be imported."""
    return read_workbook(path, limits)


def detect_mapping(workbook: WorkbookData) -> Mapping:
    return detect(workbook)


def _sheet_lines(workbook: WorkbookData, mapping: Mapping, result: ImportResult
                 ) -> list[SheetLines]:
    sheets = []
    for data in workbook.sheets:
        sheet_mapping = mapping.of(data.name)
        layout = sheet_mapping.layout if sheet_mapping else None
        if sheet_mapping is None or layout is None:
            result.ignored_sheets.append(data.name)
            continue
        sheet = read_lines(data, sheet_mapping, layout)
        if sheet_mapping.inferred or sheet_mapping.constants:
            inferred.fill(sheet)
        sheet.check_columns()
        sheets.append(sheet)
    return sheets


def _plan(plan: Plan, sheets: list[SheetLines], communes: Communes) -> None:
    orgs = Organisations(communes)
    organisations = OrganisationPlanner(plan, orgs)
    people = PeoplePlanner(plan, orgs)
    yearly = YearlyPlanner(plan, orgs)
    registers = {sheet.register.key for sheet in sheets}
    steps = (
        ("organisation", organisations.organisation_sheet),
        ("suspension", organisations.suspension_sheet),
        ("member", people.member_sheet), ("manager", people.manager_sheet),
        ("training", people.training_sheet), ("ocop", yearly.ocop_sheet),
        ("rating", yearly.rating_sheet), ("figures", yearly.figures_sheet),
        ("target", yearly.target_sheet),
    )
    for register, step in steps:
        for sheet in sheets:
            if sheet.register.key == register:
                step(sheet)
        if register == "suspension":  # the organisations' own records are all known now
            organisations.finish(_extras(organisations, people, yearly, registers))


def _extras(organisations: OrganisationPlanner, people: PeoplePlanner, yearly: YearlyPlanner,
            registers: set[str]) -> dict[int, list[str]]:
    """Plan the heads and the member counts an officer's list of organisations gives, as
    managers and yearly figures, unless the file has a sheet of its own for them (it says who
    holds which post, and the figures of which year); the outcomes by ``id()`` of the line."""
    extra: dict[int, list[str]] = defaultdict(list)
    if "manager" in registers:
        column_not_used(organisations.heads, "head", translate(
            "Import", "Cột “{column}” chỉ được ghi vào Người đại diện: tệp có trang cán bộ nên "
            "chức vụ của từng người lấy ở trang đó."))
    else:
        extra.update(people.heads(organisations.heads))
    if "figures" in registers:
        column_not_used(organisations.declared, "declared_members", translate(
            "Import", "Cột “{column}” không được nhập: tệp có trang số liệu, hãy ghi số thành "
            "viên kê khai ở trang đó."))
    else:
        for line, outcomes in yearly.declared(organisations.declared).items():
            extra[line] += outcomes
    return extra


def check_workbook(db: Database, workbook: WorkbookData, mapping: Mapping | None = None, *,
                   progress: Progress | None = None, cancelled: Cancelled | None = None,
                   commune_choices: CommuneChoices | None = None,
                   skip_outside_area: bool = False) -> tuple[ImportResult, Changes]:
    """Check every row and plan the changes, writing nothing (the dry run).

    ``commune_choices`` are the officer's choices for commune names that mean several communes
    (the name as written → the chosen code), each for every row that writes that name.
    ``skip_outside_area``: leave out the rows of organisations outside the office's area (and
    the rows that refer to them) instead of refusing them.
    """
    mapping = mapping or detect(workbook)
    result = ImportResult(workbook.path, dry_run=True)
    sheets = _sheet_lines(workbook, mapping, result)
    catalogue = office_catalogue(db)
    with db.reading() as connection:  # within the import's unit of work when it has one
        registers = _registers_state(connection)
        plan = Plan(Existing.load(connection), clock.today(), catalogue, cancelled, progress,
                    sum(len(s.lines) for s in sheets), skip_outside_area=skip_outside_area)
        communes = Communes(plan.existing, commune_choices)
        _plan(plan, sheets, communes)
    result.planned = Planned(plan.changes, workbook,
                             _choices(mapping, commune_choices, skip_outside_area), registers)
    for sheet in sheets:
        result.sheets.append(sheet.summary)
        result.problems += sheet.kept_problems()
        result.renamings += sheet.renamings.values()
        result.inferences += sheet.kept_inferences()
        result.left_out += sheet.left_out
    result.commune_choices = list(communes.pending.values())
    result.outside_area = plan.outside_area
    return result, plan.changes


def import_workbook(db: Database, source: Path | str | WorkbookData, *,
                    mapping: Mapping | None = None, dry_run: bool = False,
                    progress: Progress | None = None, cancelled: Cancelled | None = None,
                    limits: Limits = DEFAULT_LIMITS,
                    commune_choices: CommuneChoices | None = None,
                    report: Path | str | None = None,
                    skip_outside_area: bool = False,
                    checked: ImportResult | None = None) -> ImportResult:
    """Import ``source`` into ``db``: all of it, or nothing when any row has an error.

    A dry run reads the database only. A real import backs the database up first, then writes
    every change in one transaction. ``cancelled`` is asked now and then; when it answers
    ``True`` the import stops with :class:`ImportCancelled` and nothing is written. See
    :func:`check_workbook` for the officer's choices.

    ``checked``: the result of the check of the same rows with the same choices (a dry run):
    its plan is written if the registers have not changed since (see the module's note).

    ``report``: where to write the error report. It is written (under a temporary name) before
    anything is committed, and put in place once the import is: a report that cannot be written
    stops the import with nothing written, and a failed import leaves no report.
    """
    with collector_paused():
        workbook = source if isinstance(source, WorkbookData) else read_workbook(source, limits)
        if report is not None:
            check_output(report, database=db.path, inputs=[workbook.path])
        if progress is not None:
            progress(translate("Import", "Đọc tệp"), 1, 1)
        mapping = mapping or detect(workbook)
        choices = _choices(mapping, commune_choices, skip_outside_area)
        planned = checked.planned if checked is not None and not dry_run else None
        if planned is not None and planned.workbook is workbook and planned.choices == choices:
            result = replace(checked, dry_run=False, planned=planned)
        else:
            result, _ = check_workbook(db, workbook, mapping, progress=progress,
                                       cancelled=cancelled, commune_choices=commune_choices,
                                       skip_outside_area=skip_outside_area)
            result.dry_run = dry_run
        with _report_staged(workbook, result, report):
            if dry_run or not result.ok or result.planned.changes.size == 0:
                return result
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if db.path is not None:  # a server's import is one transaction; its backups its own
                result.backup = back_up(db.path, BackupKind.BEFORE_IMPORT).path
            reason = translate("Import", "Nhập từ tệp {file}").format(file=workbook.path.name)
            with db.session(reason=reason) as session:
                connection = session.connection()
                if not result.planned.still_holds(workbook, choices,
                                                  _registers_state(connection)):
                    return _checked_again(db, session, workbook, mapping, result, progress,
                                          cancelled, commune_choices, skip_outside_area)
                ChangeWriter(connection, reason=reason, user=db.user, now=clock.now(),
                             progress=progress, cancelled=cancelled).write(result.planned.changes)
    result.written = True
    return result


def _checked_again(db: Database, session: Any, workbook: WorkbookData, mapping: Mapping,
                   checked: ImportResult, progress: Progress | None, cancelled: Cancelled | None,
                   commune_choices: CommuneChoices | None, skip_outside_area: bool
                   ) -> ImportResult:
    """The registers changed since the check: every row checked again, and written inside the
    same unit of work (so nothing can change between this check and the write) when the rows
    still hold no error."""
    result, changes = check_workbook(db, workbook, mapping, progress=progress,
                                     cancelled=cancelled, commune_choices=commune_choices,
                                     skip_outside_area=skip_outside_area)
    result.dry_run = False
    result.backup = checked.backup
    if not result.ok or changes.size == 0:
        return result
    reason = session.info.get("reason", "")
    ChangeWriter(session.connection(), reason=reason, user=db.user, now=clock.now(),
                 progress=progress, cancelled=cancelled).write(changes)
    result.written = True
    return result


@contextmanager
def _report_staged(workbook: WorkbookData, result: ImportResult,
                   target: Path | str | None) -> Iterator[None]:
    """The error report written under a temporary name before the block, renamed after it."""
    if target is None:
        yield
        return
    with replacing(target) as partial:
        write_workbook(_report(workbook, result), partial)
        yield


def _report(workbook: WorkbookData, result: ImportResult) -> Any:
    marks = [Mark(p.sheet, p.row, p.column_number, p.column, p.value, p.message,
                  ERROR if p.is_error else WARNING) for p in result.problems]
    marks += [Mark(r.sheet, row, r.column_number, r.column, r.value, r.reason, INFO)
              for r in result.renamings for row in r.rows]
    marks += [Mark(i.sheet, row, i.column_number, "", i.value, i.note, INFO)
              for i in result.inferences if i.column_number is not None for row in i.rows]
    marks += [Mark(r.sheet, r.row, None, "", "", translate(
        "Import", "Dòng này không được nhập: {reason}.").format(reason=r.reason), INFO)
        for r in result.left_out]
    for summary in result.sheets:  # what the officer should know although nothing is wrong
        notes = [translate("Import", "Cột “{column}” không được nhập: chương trình không nhận ra "
                           "tên cột này.").format(column=c) for c in summary.ignored_columns]
        marks += [Mark(summary.sheet, summary.header_row, None, "", "", note, INFO)
                  for note in [*notes, *summary.conversions]]
    return report_workbook(workbook, marks, {s.sheet: s.header_row for s in result.sheets})


def write_error_report(workbook: WorkbookData, result: ImportResult, target: Path | str) -> Path:
    """The annotated copy of the officer's file: bad cells marked, a "Lỗi" column, a summary."""
    check_output(target, inputs=[workbook.path])
    return save_workbook(_report(workbook, result), target)
