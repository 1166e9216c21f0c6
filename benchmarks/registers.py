"""Register scenarios of the performance suite: open list, search, save (spec/benchmarks.md).

    python -m benchmarks.registers [--scale province] [--runs 15] [--db PATH]

Builds the demo database of the scale (unless ``--db`` names one), then measures each scenario's
program path and its floor in the same run and prints one JSON object (a readable table goes to
standard error):

- open list: the member list model counts its rows and makes the text of every cell of the first
  screen (30 rows), sorted by name; floor: the same two statements (the count, the first page)
  run by raw sqlite3;
- search: one keystroke of the accent-insensitive search in the member list, the count and the
  first screen of results shown, for each prefix of a name typed; floor: raw sqlite3 count and
  first page of ``name_folded LIKE '%…%'``;
- save: one member whose phone changed, saved through the form's service path (tidying, rules,
  duplicates, audit, commit); floor: raw sqlite3 UPDATE and commit, in the same journal mode.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCREEN_ROWS = 30
TYPED = "nguyen van h"


def median_ms(action: Callable[[int], object], runs: int, warm: int = 2) -> float:
    for number in range(warm):
        action(-1 - number)
    times = []
    for number in range(runs):
        started = time.perf_counter()
        action(number)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def build(scale: str, folder: Path) -> Path:
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.services.demo import build_demo

    path = folder / f"{scale}.db"
    build_new_database(path, lambda db: build_demo(db, scale=scale, seed=1))
    return path


def _sql(statement, engine) -> str:
    return str(statement.compile(engine, compile_kwargs={"literal_binds": True}))


def measure(path: Path, runs: int) -> dict[str, dict[str, float]]:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from kttt_desktop.data.database import open_database
    from kttt_desktop.data.registers.catalogue import LISTS
    from kttt_desktop.data.registers.lists import ListQuery, _conditions, _order_by
    from kttt_desktop.services.registers.records import load_record, save_record
    from kttt_desktop.ui.registers.catalogue import person_columns
    from kttt_desktop.ui.registers.panel import RegisterListSource
    from kttt_desktop.ui.registers.table_model import PagedListModel

    QApplication.instance() or QApplication([])
    db = open_database(path)
    spec = LISTS["member"]
    raw = sqlite3.connect(str(path))
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = NORMAL")
    results: dict[str, dict[str, float]] = {}
    try:
        model = PagedListModel(RegisterListSource(db, "member"), person_columns())

        def show(query: ListQuery) -> None:
            model.set_query(query)
            for row in range(min(SCREEN_ROWS, model.rowCount())):
                for column in range(model.columnCount()):
                    model.text(row, column)

        def page_sql(query: ListQuery) -> str:
            conditions, narrow = _conditions(spec, query, query.today)
            statement = select(spec.table.c.id, *(c.selected(query.today) for c in spec.columns)
                               ).select_from(spec.source)
            if conditions:
                statement = statement.where(*conditions)
            return _sql(statement.order_by(*_order_by(spec, query, query.today, narrow))
                        .limit(model.page_size), db.engine)

        today = __import__("datetime").date.today()
        whole = ListQuery(today=today)
        count_sql = _sql(select(func.count()).select_from(spec.table), db.engine)
        first_page = page_sql(whole)

        def raw_open(_: int) -> None:
            raw.execute(count_sql).fetchone()
            raw.execute(first_page).fetchall()

        results["open list"] = {"program_ms": median_ms(lambda _: show(whole), runs),
                                "floor_ms": median_ms(raw_open, runs)}

        prefixes = [TYPED[:n] for n in range(1, len(TYPED) + 1)]
        like_page = page_sql(whole).split(" ORDER BY")[0]

        def raw_search(number: int) -> None:
            pattern = f"%{prefixes[number % len(prefixes)]}%"
            raw.execute("SELECT count(*) FROM member WHERE name_folded LIKE ?",
                        (pattern,)).fetchone()
            raw.execute(like_page + " WHERE member.name_folded LIKE ? LIMIT ?",
                        (pattern, model.page_size)).fetchall()

        results["search"] = {
            "program_ms": median_ms(lambda n: show(whole.replace(
                search=prefixes[n % len(prefixes)])), runs * 2),
            "floor_ms": median_ms(raw_search, runs * 2)}

        members = [row[0] for row in raw.execute(
            "SELECT id FROM member ORDER BY id LIMIT ?", (runs + 10,))]
        raw.commit()
        loaded = {record_id: load_record(db, "member", record_id) for record_id in members}

        def program_save(number: int) -> None:
            record_id = members[number % len(members)]
            values = {**loaded[record_id], "phone": f"09123{number % 100000:05d}"}
            save_record(db, "member", values, record_id, reason="benchmark")

        def raw_save(number: int) -> None:
            raw.execute("UPDATE member SET phone = ? WHERE id = ?",
                        (f"09876{number % 100000:05d}", members[number % len(members)]))
            raw.commit()

        results["save"] = {"program_ms": median_ms(program_save, runs),
                           "floor_ms": median_ms(raw_save, runs)}
    finally:
        raw.close()
        db.close()
    for figures in results.values():
        figures["ratio"] = figures["program_ms"] / figures["floor_ms"]
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="province", choices=("district", "province", "stress"))
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--db", type=Path, help="measure this database instead of building one")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kttt-bench-") as scratch:
        os.environ["KTTT_DATA_DIR"] = str(Path(scratch) / "data")
        path = args.db
        if path is None:
            path = build(args.scale, Path(scratch))
        else:  # measured on a copy: the save scenario writes
            copy = Path(scratch) / path.name
            copy.write_bytes(path.read_bytes())
            path = copy
        results = measure(path, args.runs)
    for name, figures in results.items():
        print(f"{name:10} program {figures['program_ms']:8.2f} ms   floor "
              f"{figures['floor_ms']:8.2f} ms   ratio {figures['ratio']:6.1f}", file=sys.stderr)
    print(json.dumps({"scale": args.scale, "scenarios": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
