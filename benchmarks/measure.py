"""How one path of a scenario is timed inside a child process, and what it reports.

A scenario module gives, for each of its scenarios, a function ``prepare(setting, path)`` that
does the set-up of ``path`` ("program" or "floor") outside the timing and returns a
:class:`Prepared`: the action timed (called with the run's number, so that runs can vary what
they do, a different member saved, the next keystroke typed) and what to close afterwards.

The child runs the warm-up runs, then the timed ones, and reports the wall and processor time
of each, and the peak memory of the whole child: ``ru_maxrss``, which counts the interpreter,
the imports, the set-up and the largest moment of any run.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PATHS = ("program", "floor")


@dataclass(frozen=True)
class Setting:
    """What a scenario works on: the database of the scale, the period, a scratch folder of
    its own and the run's folder where the data sets made for the scenarios are kept."""

    database: Path
    scale: str
    period: str
    scratch: Path
    shared: Path

    def as_json(self) -> dict[str, str]:
        return {"database": str(self.database), "scale": self.scale, "period": self.period,
                "scratch": str(self.scratch), "shared": str(self.shared)}

    @classmethod
    def from_json(cls, values: dict[str, str]) -> Setting:
        return cls(Path(values["database"]), values["scale"], values["period"],
                   Path(values["scratch"]), Path(values["shared"]))


def _nothing(*_: object) -> None:
    return None


@dataclass
class Prepared:
    """The action timed; ``before`` and ``after`` each run (a fresh copy of a database to
    import into, removed afterwards) and ``close`` at the end are not timed."""

    run: Callable[[int], object]
    close: Callable[[], None] = field(default=_nothing)
    before: Callable[[int], object] = field(default=_nothing)
    after: Callable[[int], object] = field(default=_nothing)


def peak_mb() -> float:
    """The peak resident memory of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_runs(prepared: Prepared, runs: int, warmup: int) -> dict[str, list[float]]:
    """Warm-up runs (numbered -1, -2…), then ``runs`` timed runs; times in milliseconds."""
    wall: list[float] = []
    cpu: list[float] = []
    for number in [-1 - n for n in range(warmup)] + list(range(runs)):
        prepared.before(number)
        started, cpu_started = time.perf_counter(), time.process_time()
        prepared.run(number)
        elapsed, cpu_elapsed = time.perf_counter() - started, time.process_time() - cpu_started
        prepared.after(number)
        if number >= 0:
            wall.append(elapsed * 1000)
            cpu.append(cpu_elapsed * 1000)
    return {"wall_ms": wall, "cpu_ms": cpu}
