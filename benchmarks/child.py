"""One path of one scenario in a fresh process (the suite starts it; ``measure`` says how).

    python -m benchmarks.child SCENARIO PATH SETTING_JSON RUNS WARMUP

Prints one JSON object on standard output: the times of the runs and the peak memory.
"""

from __future__ import annotations

import gc
import importlib
import json
import sys
from pathlib import Path

from benchmarks.measure import PATHS, Setting, peak_mb, timed_runs


def main(argv: list[str]) -> int:
    key, path, setting_json, runs, warmup = argv
    assert path in PATHS, path
    from benchmarks.catalogue import SCENARIOS

    scenario = SCENARIOS[key]
    values = json.loads(setting_json)
    setting = Setting(Path(values["database"]), values["scale"], Path(values["scratch"]),
                      values["period"])
    module, name = scenario.prepare.split(":")
    prepared = getattr(importlib.import_module(module), name)(setting, path)
    try:
        gc.collect()
        times = timed_runs(prepared, int(runs), int(warmup))
    finally:
        prepared.close()
    print(json.dumps({**times, "peak_mb": round(peak_mb(), 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
