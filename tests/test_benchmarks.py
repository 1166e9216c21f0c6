"""The performance suite keeps working: its quick run measures every scenario and prints the
figures of each (the times themselves are the full suite's business, not the tests')."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.catalogue import SCENARIOS
from kttt_desktop.ui.sections import SECTIONS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def quick_run() -> tuple[dict, str]:
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--quick"], cwd=ROOT,
                          capture_output=True, text=True, timeout=480,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout), done.stderr


def test_every_scenario_ran_with_its_program_and_its_floor(quick_run):
    result, _ = quick_run
    assert result["scale"] == "district" and result["quick"] is True
    assert list(result["scenarios"]) == list(SCENARIOS)
    for key, entry in result["scenarios"].items():
        assert "error" not in entry, (key, entry.get("error"))
        assert entry["runs"] == (2 if key == "start.window" else 1)
        for figure in ("median_ms", "min_ms", "max_ms", "peak_mb"):
            assert entry[figure] > 0, (key, figure)
        if not SCENARIOS[key].floor:  # a window scenario without a floor: its time is the goal
            assert entry["floor_median_ms"] is None and entry["ratio"] is None, key
            continue
        assert entry["floor_median_ms"] > 0, key
        assert entry["ratio"] == pytest.approx(entry["median_ms"] / entry["floor_median_ms"],
                                               rel=1e-3)
        assert entry["goal"]["text"] and isinstance(entry["pass"], bool)
        assert entry["pass"] == (not entry["missed"])


def test_the_start_is_measured_up_to_each_first_screen_filled(quick_run):
    result, _ = quick_run
    window = result["scenarios"]["start.window"]
    for key in ("start.ready", "start.members"):
        ready = result["scenarios"][key]
        assert ready["median_ms"] > window["median_ms"]  # the window comes first, then the data
        assert ready["floor_median_ms"] == window["floor_median_ms"]
    assert window["runs"] == 2  # the launches of both first screens


def test_the_window_is_measured_from_the_event_to_the_view_painted(quick_run):
    result, _ = quick_run
    scenarios = result["scenarios"]
    sections = [key for key in SCENARIOS if key.startswith("window.section.")]
    assert len(sections) == len(SECTIONS) and all(scenarios[key]["peak_mb"] > 50 for key in sections)
    for key in ("returns", "checks"):  # the section paints before its data arrive
        assert scenarios[f"window.{key}.first"]["median_ms"] < \
            scenarios[f"window.section.{key}"]["median_ms"]
    for key in ("window.search", "window.record.open", "window.record.save",
                "window.dashboard.period", "window.checks.run"):
        assert scenarios[key]["median_ms"] > 0 and scenarios[key]["floor_median_ms"] > 0, key


def test_the_table_names_every_scenario_and_a_quick_run_is_not_saved(quick_run):
    result, table = quick_run
    for entry in result["scenarios"].values():
        assert entry["title"] in table
    assert "saved" not in table
    assert result["dataset"]["rows"]["member"] > 1000
