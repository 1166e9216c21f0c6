"""Performance of consolidation: 34 office returns into one (spec/benchmarks.md, "consolidate").

    python scripts/bench_consolidate.py [--db province.db] [--runs 5] [--period 2025-Q3]

Without --db the province demo is built in a temporary folder. Its 54 communes are split into
34 disjoint areas; a copy of the database takes each area in turn as its office's and writes its
return to Excel. Then, several times each:

- floor: python-calamine reads the ``_data`` sheet of the 34 files, nothing more;
- program: the files read and verified, consolidated (by the province office of the demo: its
  header and targets), and the consolidated return written to Excel; its parts are reported
  too: reading and verifying, the consolidation without the file (``consolidated``, with its
  own ratio to the floor) and the Excel writing alone;
- pdf: the consolidated return written to PDF (reported beside, not in the ratio).

Prints one JSON object on standard output (medians in seconds, the ratio program ÷ floor, the
peak resident memory of the process) and a readable line on standard error.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OFFICES = 34


def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _areas(communes: list[str], count: int) -> list[list[str]]:
    """``communes`` in ``count`` consecutive groups of nearly equal size."""
    size, extra = divmod(len(communes), count)
    groups, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        groups.append(communes[start:end])
        start = end
    return groups


def _province(folder: Path) -> Path:
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.services.demo import build_demo

    return build_new_database(folder / "province.db",
                              lambda db: build_demo(db, scale="province", seed=1))


def _office_returns(source: Path, folder: Path, period) -> list[Path]:  # noqa: ANN001 - a Period
    from kttt_desktop.data.database import open_database
    from kttt_desktop.reports.xlsx import write_xlsx
    from kttt_desktop.services.office import load_profile, save_profile
    from kttt_desktop.services.returns import build_snapshot

    work = folder / "office.db"
    shutil.copyfile(source, work)
    db = open_database(work)
    try:
        profile = load_profile(db)
        assert profile is not None
        paths = []
        for number, area in enumerate(_areas(sorted(profile.area), OFFICES), start=1):
            profile.area, profile.name = area, f"Phòng Kinh tế khu vực {number}"
            save_profile(db, profile)
            paths.append(write_xlsx(build_snapshot(db, period), folder / f"don-vi-{number:02d}.xlsx"))
        return paths
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a province-scale database (default: build one)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--period", default="2025-Q3")
    args = parser.parse_args(argv)

    from python_calamine import CalamineWorkbook

    from kttt_desktop.core.periods import Period
    from kttt_desktop.data.database import open_database
    from kttt_desktop.reports.pdf import write_pdf
    from kttt_desktop.reports.xlsx import write_xlsx
    from kttt_desktop.services.returns import consolidate, read_office_files

    period = Period.parse(args.period)
    with tempfile.TemporaryDirectory(prefix="kttt-bench-") as temporary:
        folder = Path(temporary)
        source = args.db or _province(folder)
        paths = _office_returns(source, folder, period)
        province = open_database(source, read_only=True)
        try:
            def floor() -> None:
                for path in paths:
                    CalamineWorkbook.from_path(str(path)).get_sheet_by_name("_data").to_python(
                        skip_empty_area=False)

            def combined() -> object:
                return consolidate(read_office_files(paths), period, db=province)

            def program() -> None:
                write_xlsx(combined().snapshot, folder / "tong-hop.xlsx")

            result = combined()  # warm: imports, fonts, caches
            program()
            floor_s = _median(floor, args.runs)
            program_s = _median(program, args.runs)
            combined_s = _median(combined, args.runs)
            read_s = _median(lambda: read_office_files(paths), args.runs)
            xlsx_s = _median(lambda: write_xlsx(result.snapshot, folder / "tong-hop.xlsx"),
                             args.runs)
            pdf_s = _median(lambda: write_pdf(result.printed, folder / "tong-hop.pdf"),
                            max(1, args.runs // 2))
        finally:
            province.close()
        report = {
            "scenario": "consolidate", "offices": len(paths), "period": str(period),
            "organisations": len(result.snapshot.organisations), "floor_s": round(floor_s, 4),
            "program_s": round(program_s, 4), "ratio": round(program_s / floor_s, 2),
            "read_and_verify_s": round(read_s, 4), "consolidated_s": round(combined_s, 4),
            "consolidated_ratio": round(combined_s / floor_s, 2), "xlsx_s": round(xlsx_s, 4),
            "pdf_s": round(pdf_s, 4),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
    print(json.dumps(report))
    print(f"consolidate {report['offices']} returns into Excel: {program_s:.3f} s against a "
          f"floor of {floor_s:.3f} s (×{report['ratio']}): read and verified {read_s:.3f} s, "
          f"consolidated {combined_s:.3f} s (×{report['consolidated_ratio']}), Excel written "
          f"{xlsx_s:.3f} s; PDF {pdf_s:.3f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
