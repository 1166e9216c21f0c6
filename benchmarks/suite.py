"""The performance suite: builds the data sets, runs the scenarios, prints and saves the figures.

    python -m benchmarks [--scale district|province|stress …] [--quick] [--only SCENARIO…]
                         [--repeat N] [--seed N] [--no-save]

Several scales run one after the other (``--scale province stress``: the committed results of a
quiet machine); each is saved and printed as one JSON object per line.

Every path is measured in a fresh child process, the program's and its floor's one after the
other, so that each has its own peak memory (``ru_maxrss`` of that child: interpreter, imports,
set-up and the largest moment of any run). Inside a child the path runs once or twice to warm
up, then the timed runs follow; ``start`` launches a fresh process for every run instead, the
program's and the floor's in turn, after one launch of each to warm up. One JSON object goes to
standard output and a table to standard error.

The demo database of the scale is built with ``kttt demo`` and kept in ``benchmarks/cache/``
(benchmarks.datasets); each run works on a copy of it, and makes there what some scenarios read
(the offices' returns to consolidate, the workbook to import). Children run with compiled
bytecode, as an installed program does. Each run is saved in ``benchmarks/results/`` and the
table shows the change against the previous run of the same scale (benchmarks.report).

``--quick``: the district scale, one timed run of each path, nothing saved: what the test suite
runs to keep the suite working. The goals are set at province scale; at district scale the
floors are so small that the ratios say little.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks import report
from benchmarks.catalogue import GROUPS, Goal, Scenario, selected
from benchmarks.datasets import ROOT, SCALES, demo_database, isolated_environment, working_copy
from benchmarks.measure import PATHS, Setting

PERIOD = "2023-Q4"  # the year of the demo's plan targets (services.demo.targets)
FAST_RUNS = 5  # runs of a scenario that takes milliseconds, per repetition


class ChildFailed(RuntimeError):
    pass


def _child(command: list[str], data_dir: Path) -> dict[str, Any]:
    data_dir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, *command], cwd=ROOT, capture_output=True, text=True,
                          env=isolated_environment(data_dir))
    if done.returncode != 0:
        raise ChildFailed(f"{' '.join(command[:4])} failed ({done.returncode}):\n"
                          f"{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_path(scenario: Scenario, path: str, setting: Setting, runs: int, warmup: int
             ) -> dict[str, Any]:
    """One path of an in-process scenario in its own child."""
    folder = setting.shared / f"{scenario.key}-{path}"
    folder.mkdir(parents=True, exist_ok=True)
    mine = replace(setting, scratch=folder)
    return _child(["-m", "benchmarks.child", scenario.key, path, json.dumps(mine.as_json()),
                   str(runs), str(warmup)], folder / "data")


def make_dataset(scenario: Scenario, setting: Setting) -> None:
    print(f"  making its data set ({scenario.dataset})…", file=sys.stderr, flush=True)
    _child(["-m", "benchmarks.child", scenario.key, "dataset", json.dumps(setting.as_json())],
           setting.shared / f"{scenario.key}-dataset")


START_SCREENS = {"start.ready": "overview", "start.members": "members"}  # row: first screen


def _launch(kind: str, section: str, database: Path, scratch: Path, number: int
            ) -> dict[str, Any]:
    from benchmarks.start import settings_text

    data_dir = scratch / f"start-{kind}-{section}-{number}"
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.ini").write_text(settings_text(section), encoding="utf-8")
    command = ["-m", "benchmarks.start", kind] + ([str(database)] if kind == "program" else [])
    launched = time.monotonic()
    figures = _child(command, data_dir)
    return {"shown_ms": (figures["shown"] - launched) * 1000,
            "ready_ms": (figures["ready"] - launched) * 1000 if figures["ready"] else None,
            "cpu_ms": figures["cpu_ms"], "peak_mb": figures["peak_mb"]}


def run_start(database: Path, runs: int, scratch: Path) -> dict[str, dict[str, Any]]:
    """Launches of the floor and of the program opening on each first screen, in turn; one
    round first, to warm up. The window is shown the same way whatever the first screen, so
    its row takes the launches of both."""
    floors: list[dict[str, Any]] = []
    programs: dict[str, list[dict[str, Any]]] = {row: [] for row in START_SCREENS}
    for number in range(-1, runs):
        floor = _launch("floor", "", database, scratch, number)
        launched = {row: _launch("program", section, database, scratch, number)
                    for row, section in START_SCREENS.items()}
        if number >= 0:
            floors.append(floor)
            for row, figures in launched.items():
                programs[row].append(figures)

    def path(launches: list[dict[str, Any]], moment: str) -> dict[str, Any]:
        return {"wall_ms": [f[moment] for f in launches],
                "cpu_ms": [f["cpu_ms"] for f in launches],
                "peak_mb": max(f["peak_mb"] for f in launches)}

    floor = path(floors, "shown_ms")
    rows = {"start.window": {"program": path([f for launches in programs.values()
                                              for f in launches], "shown_ms"), "floor": floor}}
    rows.update({row: {"program": path(launches, "ready_ms"), "floor": floor}
                 for row, launches in programs.items()})
    return rows


def run_window(group: str, setting: Setting, repeat: int, quick: bool) -> dict[str, Any]:
    """The rows of one group of window scenarios, measured in one child (benchmarks.window)."""
    from benchmarks.window import GROUPS as WINDOW_GROUPS

    folder = setting.shared / f"window-{group}"
    runs = repeat * (1 if quick else WINDOW_GROUPS[group][1])
    return _child(["-m", "benchmarks.window", group, json.dumps(setting.as_json()), str(runs)],
                  folder / "data")


def dataset_facts(database: Path) -> dict[str, Any]:
    connection = sqlite3.connect(f"file:{database}?mode=ro&immutable=1", uri=True)
    try:
        count = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for table in ("organisation", "member", "manager", "ocop_product")}
    finally:
        connection.close()
    return {"file": database.name, "file_mb": round(database.stat().st_size / 2**20, 1),
            "rows": count}


def machine() -> dict[str, Any]:
    import PySide6

    return {"python": platform.python_version(), "pyside6": PySide6.__version__,
            "sqlite": sqlite3.sqlite_version, "system": platform.platform(),
            "cpus": os.cpu_count(), "load_average": [round(x, 2) for x in os.getloadavg()]}


def run(scale: str, groups: list[str] | None, repeat: int, seed: int, quick: bool
        ) -> dict[str, Any]:
    scenarios = selected(groups, scale)
    source = demo_database(scale, seed)
    short, dirty = report.commit()
    result: dict[str, Any] = {
        "suite": "kttt-benchmarks", "scale": scale, "seed": seed, "period": PERIOD,
        "quick": quick, "repeat": repeat, "date": report.now(), "commit": short, "dirty": dirty,
        "machine": machine(), "dataset": dataset_facts(source),
        "memory": "peak_mb is ru_maxrss of the fresh child process that ran the path "
                  "(start: the largest of its launches)",
        "scenarios": {},
    }
    with tempfile.TemporaryDirectory(prefix="kttt-bench-") as temporary:
        scratch = Path(temporary)
        database = working_copy(source, scratch)
        setting = Setting(database, scale, PERIOD, scratch, scratch)
        measured: dict[str, dict[str, Any]] = {}
        windows: dict[str, dict[str, Any]] = {}  # what each child of the window groups measured
        made: set[str] = set()  # data sets made in this run (two scenarios may share one)
        for scenario in scenarios:
            goal = scenario.goal(scale) or Goal()
            print(f"{scenario.title}…", file=sys.stderr, flush=True)
            try:
                if scenario.group == "start":
                    if scenario.key not in measured:
                        measured.update(run_start(database, repeat, scratch))
                    paths = measured[scenario.key]
                elif scenario.window:
                    if scenario.window not in windows:
                        windows[scenario.window] = run_window(scenario.window, setting, repeat,
                                                              quick)
                    figures = windows[scenario.window]
                    runs = repeat * (1 if quick else FAST_RUNS)
                    paths = {"program": {**figures["rows"][scenario.key],
                                         "peak_mb": figures["peak_mb"]},
                             "floor": run_path(scenario, "floor", setting, runs, 1)
                             if scenario.prepare else None}
                else:
                    if scenario.dataset and scenario.dataset not in made:
                        make_dataset(scenario, setting)
                        made.add(scenario.dataset)
                    runs = repeat * (1 if quick or not scenario.fast else FAST_RUNS)
                    warmup = 1 if quick or not scenario.fast else 2
                    paths = {path: run_path(scenario, path, setting, runs, warmup)
                             for path in PATHS}
                entry = report.row(scenario, goal, paths["program"], paths["floor"])
            except ChildFailed as exc:
                entry = report.failed_row(scenario, goal, str(exc))
            result["scenarios"][scenario.key] = entry
    result["passed"] = all(entry["pass"] for entry in result["scenarios"].values())
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description="KTTT Desktop performance suite")
    parser.add_argument("--scale", choices=SCALES, nargs="+", default=["province"],
                        help="one scale, or several run in turn")
    parser.add_argument("--quick", action="store_true",
                        help="district scale, one run of each path, nothing saved")
    parser.add_argument("--only", nargs="+", choices=GROUPS, metavar="SCENARIO",
                        help=f"only these scenarios ({', '.join(GROUPS)})")
    parser.add_argument("--repeat", type=int, default=5, help=(
        f"timed runs of each path ({FAST_RUNS} times as many for the scenarios that take "
        "milliseconds)"))
    parser.add_argument("--seed", type=int, default=1, help="seed of the demo data")
    parser.add_argument("--no-save", action="store_true", help="do not save the run")
    args = parser.parse_args(argv)
    scales, repeat = (["district"], 1) if args.quick else (args.scale, max(1, args.repeat))
    for scale in scales:
        result = run(scale, args.only, repeat, args.seed, args.quick)
        earlier = report.previous(scale)
        report.print_table(result, earlier, sys.stderr)
        if not (args.quick or args.no_save):
            print(f"saved {report.save(result).relative_to(ROOT)}", file=sys.stderr)
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0
