"""Exchange scenarios of the performance suite: import and register export (spec/benchmarks.md).

    python -m benchmarks.exchange [--scale province] [--runs 5] [--db PATH]

Builds the demo database of the scale (unless ``--db`` names one) and its export with personal
data, then measures each scenario's program path and its floor in the same run, alternately, and
prints one JSON object (a readable table goes to standard error):

- import: the exported workbook (60,500 members at province scale) read, checked and committed
  into an empty database of the same office, backup and audit included; floor: python-calamine
  reading the same workbook and raw sqlite3 ``executemany`` of the same rows into plain tables;
- export: every register written to .xlsx (openpyxl, write-only); floor: xlsxwriter
  (``constant_memory``) writing the same cells, dates with the same date format.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build(scale: str, folder: Path) -> Path:
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.services.demo import build_demo

    path = folder / f"{scale}.db"
    build_new_database(path, lambda db: build_demo(db, scale=scale, seed=1))
    return path


def empty_like(source: Path, folder: Path) -> Path:
    """An empty database of the same office (profile and area) as ``source``."""
    from kttt_desktop.data.database import build_new_database, open_database
    from kttt_desktop.services.office import load_profile, save_profile

    database = open_database(source, read_only=True)
    try:
        profile = load_profile(database)
    finally:
        database.close()
    path = folder / "empty.db"
    build_new_database(path, lambda db: save_profile(db, profile))
    return path


def run_import(empty: Path, workbook: Path, folder: Path, number: int) -> None:
    """The program path: opening the empty database is outside it, the import is all of it
    (reading, checking, backup, writing, audit, commit)."""
    from kttt_desktop.data.database import open_database
    from kttt_desktop.services.importing import import_workbook

    target = folder / f"import-{number}.db"
    shutil.copyfile(empty, target)
    database = open_database(target)
    try:
        result = import_workbook(database, workbook)
    finally:
        database.close()
    assert result.written and result.ok, result.errors[:3]


def import_floor(workbook: Path, folder: Path, number: int) -> None:
    import python_calamine

    target = folder / f"floor-{number}.db"
    book = python_calamine.CalamineWorkbook.from_path(str(workbook))
    sheets = {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}
    connection = sqlite3.connect(target)
    for name, rows in sheets.items():
        width = len(rows[0])
        connection.execute(f'CREATE TABLE "{name}" ({", ".join(f"c{i}" for i in range(width))})')
        connection.executemany(
            f'INSERT INTO "{name}" VALUES ({", ".join("?" * width)})',
            [[v.isoformat() if isinstance(v, (date, datetime)) else v for v in row]
             for row in rows[1:]])
    connection.commit()
    connection.close()


def run_export(database: object, folder: Path, number: int) -> None:
    from kttt_desktop.services.dump import dump_registers

    dump_registers(database, folder / f"export-{number}.xlsx", with_personal_data=True)


def export_floor(cells: dict[str, list[list]], folder: Path, number: int) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(folder / f"floor-{number}.xlsx"),
                                   {"constant_memory": True})
    dates = workbook.add_format({"num_format": "dd/mm/yyyy"})
    for name, rows in cells.items():
        sheet = workbook.add_worksheet(name)
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
    workbook.close()


def _timed(action: Callable[[int], object], number: int) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action(number)
    return time.perf_counter() - wall, time.process_time() - cpu


def alternate(program: Callable[[int], object], floor: Callable[[int], object], runs: int
              ) -> dict[str, float]:
    """Medians of the program and of its floor, run alternately; wall time and, steadier on a
    shared machine, the processor time of this process."""
    programs, floors = [], []
    for number in range(runs):
        programs.append(_timed(program, number))
        floors.append(_timed(floor, number))
    result = {}
    for index, name in ((0, "wall"), (1, "cpu")):
        median = statistics.median(p[index] for p in programs)
        base = statistics.median(f[index] for f in floors)
        result |= {f"program_{name}_s": round(median, 3), f"floor_{name}_s": round(base, 3),
                   f"ratio_{name}": round(median / base, 2)}
    return result


def measure(source: Path, runs: int, folder: Path) -> dict[str, dict[str, float]]:
    import python_calamine

    from kttt_desktop.data.database import open_database
    from kttt_desktop.services.dump import dump_registers

    database = open_database(source)
    try:
        workbook = dump_registers(database, folder / "registers.xlsx",
                                  with_personal_data=True).path
    finally:
        database.close()
    empty = empty_like(source, folder)
    book = python_calamine.CalamineWorkbook.from_path(str(workbook))
    cells = {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}
    results = {"import": alternate(lambda n: run_import(empty, workbook, folder, n),
                                   lambda n: import_floor(workbook, folder, n), runs)}
    database = open_database(source)
    try:
        results["export"] = alternate(lambda n: run_export(database, folder, n),
                                      lambda n: export_floor(cells, folder, n), runs)
    finally:
        database.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    for result in results.values():
        result["peak_rss_mb_whole_run"] = peak
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="province")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        source = args.db or build(args.scale, folder)
        results = measure(source, args.runs, folder)
    for name, result in results.items():
        print(f"{name:8} {result['program_wall_s']:7.2f} s  floor {result['floor_wall_s']:6.2f} s"
              f"  ratio {result['ratio_wall']:5.2f}   (processor time: ratio "
              f"{result['ratio_cpu']:5.2f})", file=sys.stderr)
    print(json.dumps({"scale": args.scale, "runs": args.runs, "scenarios": results}, indent=1))


if __name__ == "__main__":
    main()
