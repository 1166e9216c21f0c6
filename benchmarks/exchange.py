"""The exchange scenarios: import and the export of the registers.

The inputs (:func:`exchange_inputs`, made once per run before the scenarios): the export of every
register of the scale's database with personal data (60,500 members at province scale), and an
empty database of the same office (its profile and area).

- import: what ``kttt import`` does with that workbook into the empty database: read, every
  rule checked, the backup taken, every row written with its audit entries, committed; each run
  imports into a fresh copy of the empty database (the copy and the opening are not timed);
  floor: python-calamine reading the same workbook, and raw sqlite3 ``executemany`` of the
  same rows into plain tables of a new file, committed;
- member list export: what ``kttt dump --with-personal-data`` does: every register written to
  .xlsx (the member sheet is nearly all of it); floor: xlsxwriter writing the same cells (read
  from the program's own export), dates with the same date format.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from benchmarks.measure import Prepared, Setting

WORKBOOK, EMPTY = "registers.xlsx", "empty.db"


def _folder(setting: Setting) -> Path:
    return setting.shared / "exchange"


def exchange_inputs(setting: Setting) -> list[Path]:
    """The export of the registers (with personal data) and an empty database of the office."""
    from kttt_desktop.data.database import build_new_database, open_database
    from kttt_desktop.services.dump import dump_registers
    from kttt_desktop.services.office import load_profile, save_profile

    folder = _folder(setting)
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(setting.database)
    try:
        profile = load_profile(database)
        workbook = dump_registers(database, folder / WORKBOOK, with_personal_data=True).path
    finally:
        database.close()
    assert profile is not None, "the demo database has an office"
    empty = build_new_database(folder / EMPTY, lambda db: save_profile(db, profile))
    return [workbook, empty]


def workbook_cells(workbook: Path) -> dict[str, list[list[Any]]]:
    """Every cell of every sheet of ``workbook`` (python-calamine), sheet by sheet."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(workbook))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def write_cells(target: Path, cells: dict[str, list[list[Any]]]) -> None:
    """xlsxwriter writing the same cells (dates with a date format): a floor of writing."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(target))
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    for name, rows in cells.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                if isinstance(value, (date, datetime)):
                    sheet.write_datetime(r, c, value, dates)
                elif isinstance(value, str):
                    sheet.write_string(r, c, value)
                else:
                    sheet.write_number(r, c, value)
    book.close()


def import_workbook(setting: Setting, path: str) -> Prepared:
    workbook, empty = _folder(setting) / WORKBOOK, _folder(setting) / EMPTY
    return _program_import(setting, workbook, empty) if path == "program" else \
        _floor_import(setting, workbook)


def _program_import(setting: Setting, workbook: Path, empty: Path) -> Prepared:
    from kttt_desktop.data.database import Database, open_database
    from kttt_desktop.services.importing import import_workbook as imported

    opened: list[Database] = []

    def before(number: int) -> None:
        target = setting.scratch / f"import-{number}.db"
        shutil.copyfile(empty, target)
        opened.append(open_database(target))

    def run(_: int) -> None:
        result = imported(opened[-1], workbook)
        assert result.written and result.ok, result.problems[:3]

    def after(_: int) -> None:
        database = opened.pop()
        database.close()
        database.path.unlink()

    return Prepared(run, before=before, after=after)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def _floor_import(setting: Setting, workbook: Path) -> Prepared:
    from python_calamine import CalamineWorkbook

    def run(number: int) -> None:
        book = CalamineWorkbook.from_path(str(workbook))
        connection = sqlite3.connect(str(setting.scratch / f"floor-{number}.db"))
        for name in book.sheet_names:
            rows = book.get_sheet_by_name(name).to_python()
            width = len(rows[0])
            connection.execute(f'CREATE TABLE "{name}" '
                               f'({", ".join(f"c{i}" for i in range(width))})')
            connection.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" * width)})',
                                   [[_plain(v) for v in row] for row in rows[1:]])
        connection.commit()
        connection.close()

    return Prepared(run, after=lambda number: (setting.scratch / f"floor-{number}.db").unlink())


def export(setting: Setting, path: str) -> Prepared:
    target = setting.scratch / "export.xlsx"
    if path == "program":
        from kttt_desktop.data.database import open_database
        from kttt_desktop.services.dump import dump_registers

        database = open_database(setting.database)

        def run(_: int) -> None:
            assert dump_registers(database, target, with_personal_data=True).rows

        return Prepared(run, database.close)
    cells = workbook_cells(_folder(setting) / WORKBOOK)
    return Prepared(lambda _: write_cells(target, cells))
