"""One path of one scenario in a fresh process (the suite starts it; ``measure`` says how).

    python -m benchmarks.child SCENARIO PATH SETTING_JSON RUNS WARMUP
    python -m benchmarks.child SCENARIO dataset SETTING_JSON

Prints one JSON object on standard output: the times of the runs and the peak memory. The
second form makes the data set the scenario needs beyond the demo database.
"""

from __future__ import annotations

import gc
import importlib
import json
import sys

from benchmarks.measure import PATHS, Setting, peak_mb, timed_runs


def _function(where: str):
    module, name = where.split(":")
    return getattr(importlib.import_module(module), name)


def main(argv: list[str]) -> int:
    from benchmarks.catalogue import SCENARIOS

    key, path, setting_json, *counts = argv
    scenario = SCENARIOS[key]
    setting = Setting.from_json(json.loads(setting_json))
    if path == "dataset":
        made = _function(scenario.dataset)(setting)
        print(json.dumps({"made": len(made)}))
        return 0
    assert path in PATHS, path
    runs, warmup = counts
    prepared = _function(scenario.prepare)(setting, path)
    try:
        gc.collect()
        times = timed_runs(prepared, int(runs), int(warmup))
    finally:
        prepared.close()
    print(json.dumps({**times, "peak_mb": round(peak_mb(), 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
