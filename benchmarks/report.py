"""The figures of a run: per scenario, the statistics, the ratio, the goal; the table; the files.

Each full run is saved in ``benchmarks/results/`` as ``DATE-COMMIT-SCALE.json``; the table shows
each scenario's change against the previous saved run of the same scale.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from benchmarks.catalogue import Goal, Scenario

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parents[1]


def spread(values: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(values), 3), "min_ms": round(min(values), 3),
            "max_ms": round(max(values), 3)}


def row(scenario: Scenario, goal: Goal, program: dict[str, Any], floor: dict[str, Any] | None
        ) -> dict[str, Any]:
    """One scenario's entry: ``program`` and ``floor`` hold ``wall_ms``, ``cpu_ms`` (lists of the
    runs) and ``peak_mb``; a scenario without a floor has ``None``."""
    mine = spread(program["wall_ms"])
    base = spread(floor["wall_ms"]) if floor is not None else {
        "median_ms": None, "min_ms": None, "max_ms": None}
    ratio = mine["median_ms"] / base["median_ms"] if base["median_ms"] else None
    cpu = statistics.median(program["cpu_ms"]) / max(statistics.median(floor["cpu_ms"]), 1e-9) \
        if floor is not None else None
    missed = goal.missed(mine["median_ms"], ratio, program["peak_mb"])
    return {
        "title": scenario.title,
        "program": scenario.program,
        "floor": scenario.floor,
        "runs": len(program["wall_ms"]),
        **mine,
        "floor_median_ms": base["median_ms"],
        "floor_min_ms": base["min_ms"],
        "floor_max_ms": base["max_ms"],
        "ratio": round(ratio, 3) if ratio is not None else None,
        "cpu_ratio": round(cpu, 3) if cpu is not None else None,
        "cpu_median_ms": round(statistics.median(program["cpu_ms"]), 3),
        "peak_mb": program["peak_mb"],
        "floor_peak_mb": floor["peak_mb"] if floor is not None else None,
        "goal": goal.as_json(),
        "pass": not missed,
        "missed": missed,
        "times_ms": [round(t, 3) for t in program["wall_ms"]],
        "floor_times_ms": [round(t, 3) for t in floor["wall_ms"]] if floor is not None else [],
    }


def failed_row(scenario: Scenario, goal: Goal, error: str) -> dict[str, Any]:
    return {"title": scenario.title, "program": scenario.program, "floor": scenario.floor,
            "goal": goal.as_json(), "pass": False, "missed": ["did not run"], "error": error}


def commit() -> tuple[str, bool]:
    """The short commit of the working tree, and whether it has changes outside the results."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout

    short = git("rev-parse", "--short=7", "HEAD").strip() or "unknown"
    changes = [line for line in git("status", "--porcelain").splitlines()
               if "benchmarks/results/" not in line]
    return short, bool(changes)


def result_name(result: dict[str, Any]) -> str:
    return f"{result['date'][:10]}-{result['commit']}-{result['scale']}.json"


def previous(scale: str, folder: Path = RESULTS) -> dict[str, Any] | None:
    """The latest saved run of ``scale`` (by the moment it ran)."""
    runs = []
    for path in folder.glob(f"*-{scale}.json"):
        try:
            runs.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    runs = [r for r in runs if r.get("scale") == scale and not r.get("quick")]
    return max(runs, key=lambda r: r["date"]) if runs else None


def save(result: dict[str, Any], folder: Path = RESULTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / result_name(result)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(partial, target)
    return target


def _ms(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    if value >= 10:
        return f"{value:.1f} ms"
    return f"{value:.3f} ms"


def _change(entry: dict[str, Any], before: dict[str, Any] | None) -> str:
    if before is None or "median_ms" not in before or "median_ms" not in entry:
        return ""
    change = (entry["median_ms"] / before["median_ms"] - 1) * 100 if before["median_ms"] else 0
    was = before.get("ratio")
    return f"{change:+.0f}% (ratio was {was:.2f})" if was is not None else f"{change:+.0f}%"


def print_table(result: dict[str, Any], earlier: dict[str, Any] | None, out: TextIO) -> None:
    header = ("scenario", "program", "min", "max", "floor", "ratio", "peak", "goal", "",
              "vs previous")
    lines = [header]
    for key, entry in result["scenarios"].items():
        before = (earlier or {}).get("scenarios", {}).get(key)
        if "error" in entry:
            lines.append((entry["title"], "failed", "", "", "", "", "", entry["goal"]["text"],
                          "FAIL", entry["error"].splitlines()[-1][:60]))
            continue
        ratio = entry["ratio"]
        lines.append((entry["title"], _ms(entry["median_ms"]), _ms(entry["min_ms"]),
                      _ms(entry["max_ms"]), _ms(entry["floor_median_ms"]),
                      f"{ratio:.2f}×" if ratio is not None else "–",
                      f"{entry['peak_mb']:.0f} MB", entry["goal"]["text"],
                      "pass" if entry["pass"] else "FAIL", _change(entry, before)))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    title = (f"{result['scale']} scale, commit {result['commit']}"
             f"{' (with changes)' if result['dirty'] else ''}, {result['date']}, "
             f"{result['repeat']} repetition(s)")
    if earlier is not None:
        title += f"; previous run {earlier['date']} ({earlier['commit']})"
    print(title, file=out)
    for line in lines:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True))
              .rstrip(), file=out)


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
