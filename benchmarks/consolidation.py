"""The consolidation scenario: 34 office returns into one.

The returns (:func:`office_returns`, built once per run before the scenario): the communes of
the database's province are split into 34 areas of consecutive codes, and a copy of the
database takes each area in turn as its office's and writes that office's return of the period
to Excel. (At district scale the demo's organisations stand in a few of those communes, so most
returns are of communes without any.)

- program: what ``kttt consolidate`` does: the 34 files read and verified (hash, signature,
  visible cells against the sealed ones), consolidated by the database's own office (its header,
  its targets judged on the summed figures), and the consolidated return written to Excel. The
  returns are signed with one key the database has not registered, and accepted explicitly: the
  work is the same as for registered keys, and the cached database stays as it was built;
- floor: python-calamine reading the data sheet of each of the 34 files, and xlsxwriter writing
  the cells of the consolidated workbook (as the program wrote them once before the runs).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from benchmarks.measure import Prepared, Setting

OFFICES = 34
DATA_SHEET = "_data"


def returns_folder(setting: Setting) -> Path:
    return setting.shared / "office-returns"


def _areas(communes: list[str], count: int) -> list[list[str]]:
    """``communes`` in ``count`` consecutive groups of nearly equal size."""
    size, extra = divmod(len(communes), count)
    groups, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        groups.append(communes[start:end])
        start = end
    return groups


def office_returns(setting: Setting) -> list[Path]:
    """Write the 34 offices' returns of the period (see the module's note)."""
    from kttt_desktop.core.periods import Period
    from kttt_desktop.data.database import open_database
    from kttt_desktop.data.keys import signing_key
    from kttt_desktop.reports.xlsx import write_xlsx
    from kttt_desktop.services.office import load_profile, save_profile
    from kttt_desktop.services.returns import build_snapshot

    folder = returns_folder(setting)
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / "office.db"
    shutil.copyfile(setting.database, copy)
    period = Period.parse(setting.period)
    database = open_database(copy)
    key = signing_key(copy)
    try:
        profile = load_profile(database)
        assert profile is not None, "the demo database has an office"
        connection = sqlite3.connect(str(copy))
        communes = [code for code, in connection.execute(
            "SELECT code FROM commune WHERE province_code = ? ORDER BY code",
            (profile.province_code,))]
        connection.close()
        paths = []
        for number, area in enumerate(_areas(communes, OFFICES), start=1):
            profile.area, profile.name = area, f"Phòng Kinh tế khu vực {number}"
            save_profile(database, profile)
            paths.append(write_xlsx(build_snapshot(database, period),
                                    folder / f"don-vi-{number:02d}.xlsx", key))
    finally:
        database.close()
    copy.unlink()
    copy.with_name(copy.name + ".key").unlink()
    return paths


def _files(setting: Setting) -> list[Path]:
    paths = sorted(returns_folder(setting).glob("don-vi-*.xlsx"))
    assert len(paths) == OFFICES, f"{len(paths)} office returns in {returns_folder(setting)}"
    return paths


def consolidate(setting: Setting, path: str) -> Prepared:
    from kttt_desktop.core.periods import Period
    from kttt_desktop.data.database import open_database
    from kttt_desktop.services.returns import consolidate_files, read_office_files

    paths = _files(setting)
    database = open_database(setting.database, read_only=True)
    period = Period.parse(setting.period)

    def run(number: int) -> None:
        target = setting.scratch / f"consolidated-{number}.xlsx"
        written = consolidate_files(read_office_files(paths), period, xlsx=target, db=database,
                                    accepted=paths)
        assert len(written.snapshot.header.area) > OFFICES
        target.unlink()

    if path == "program":
        return Prepared(run, database.close)
    from python_calamine import CalamineWorkbook

    from benchmarks.exchange import workbook_cells, write_cells

    written = setting.scratch / "consolidated.xlsx"
    consolidate_files(read_office_files(paths), period, xlsx=written, db=database, accepted=paths)
    database.close()
    cells = workbook_cells(written)

    def floor(number: int) -> None:
        for file in paths:
            CalamineWorkbook.from_path(str(file)).get_sheet_by_name(DATA_SHEET).to_python(
                skip_empty_area=False)
        write_cells(setting.scratch / f"floor-{number}.xlsx", cells)

    return Prepared(floor)
