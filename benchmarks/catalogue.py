"""The scenarios of the suite, their floors and their goals (the contract: spec/benchmarks.md).

Each row of the results is one scenario. ``group`` is the name ``--only`` takes: ``start`` gives
three rows (the window shown; the data ready on the overview, on the member list) from the same
rounds of launches, ``return`` two (xlsx, pdf), ``window`` the scenarios measured in the program's
window (benchmarks.window), several rows from each of its children (``window``: the child's group).
"""

from __future__ import annotations

from dataclasses import dataclass, field

MEMORY_LIMIT_MB = 1024  # at stress scale, for any scenario; kept at every scale
INSTANT_MS = 100  # what a person perceives as instant
STRESS_MS = 300  # the window scenarios at stress scale, but search and the member list
RESULTS_MS = 1000  # Báo cáo and Kiểm tra dữ liệu: their results at province scale
STRESS_RESULTS_MS = 3000  # …and at stress scale (as the check there)
FIRST_SCREEN_MS = 1500  # start to the first screen painted at stress scale


@dataclass(frozen=True)
class Goal:
    """At most ``ratio`` times the floor, at most ``ms`` milliseconds, at most ``mb`` of memory."""

    ratio: float | None = None
    ms: float | None = None
    mb: float = MEMORY_LIMIT_MB

    @property
    def text(self) -> str:
        parts = []
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}× floor")
        if self.ms is not None:
            parts.append(f"< {self.ms / 1000:g} s" if self.ms >= 1000 else f"< {self.ms:g} ms")
        return ", ".join(parts + [f"≤ {self.mb:g} MB"])

    def missed(self, median_ms: float, ratio: float | None, peak_mb: float) -> list[str]:
        """What the figures miss of the goal (empty: met)."""
        missed = []
        if self.ratio is not None and (ratio is None or ratio > self.ratio):
            missed.append(f"ratio {ratio:.2f} > {self.ratio:g}" if ratio is not None
                          else "no floor")
        if self.ms is not None and median_ms >= self.ms:
            missed.append(f"{median_ms:.1f} ms ≥ {self.ms:g} ms")
        if peak_mb > self.mb:
            missed.append(f"{peak_mb:.0f} MB > {self.mb:g} MB")
        return missed

    def as_json(self) -> dict[str, object]:
        return {"ratio_max": self.ratio, "ms_max": self.ms, "mb_max": self.mb, "text": self.text}


@dataclass(frozen=True)
class Scenario:
    key: str
    group: str
    title: str
    program: str  # what the program's path does
    floor: str  # what the floor does
    prepare: str  # "module:function" giving the Prepared of a path; "" for the launches
    goals: dict[str, Goal] = field(default_factory=dict)  # by scale; missing: not run there
    fast: bool = False  # milliseconds: more runs
    dataset: str = ""  # "module:function" making what the scenario reads, once per run
    window: str = ""  # the group of benchmarks.window that measures the program's path

    def goal(self, scale: str) -> Goal | None:
        return self.goals.get(scale)


def _goals(province: Goal, stress: Goal | None = None) -> dict[str, Goal]:
    """The goals are set at province scale and guide the district runs too."""
    goals = {"district": province, "province": province}
    if stress is not None:
        goals["stress"] = stress
    return goals


_ROWS = (
    Scenario("start.window", "start", "start: window",
             "launch `kttt --db FILE` to the main window shown (offscreen)",
             "a bare QApplication + QMainWindow shown", "", _goals(Goal(ratio=2))),
    Scenario("start.ready", "start", "start: data ready",
             "launch to the database opened, migrated and the first screen filled and painted: "
             "the overview, where a new installation opens",
             "a bare QApplication + QMainWindow shown", "",
             _goals(Goal(ms=1000), Goal(ms=FIRST_SCREEN_MS))),
    Scenario("start.members", "start", "start: member list ready",
             "the same with the member list as the first screen (the section remembered)",
             "a bare QApplication + QMainWindow shown", "",
             _goals(Goal(ms=1000), Goal(ms=FIRST_SCREEN_MS))),
    Scenario("open-list", "open-list", "open list",
             "member list model: count + the first screen of rows (30 × 7 cells) sorted by name",
             "the same two statements (count, first page) by raw sqlite3",
             "benchmarks.registers:open_list", _goals(Goal(ratio=3, ms=100), Goal(ratio=3)),
             fast=True),
    Scenario("search", "search", "search",
             "one keystroke of accent-insensitive search in the member list: count + first "
             "screen of results", "raw sqlite3 count + first page of name_folded LIKE '%…%'",
             "benchmarks.registers:search", _goals(Goal(ratio=3, ms=100), Goal(ratio=3)),
             fast=True),
    Scenario("save", "save", "save",
             "save one edited member through the form's service path (tidying, rules, "
             "duplicates, audit, commit)",
             "the same statements by raw sqlite3 (context, duplicate queries, read, UPDATE, audit "
             "INSERT, one commit), with the program's pragmas",
             "benchmarks.registers:save", _goals(Goal(ratio=3), Goal(ratio=3)), fast=True),
    Scenario("check", "check", "check",
             "every indicator and target for one quarter (judge_period)",
             "one grouped raw-SQL count per indicator family (7 statements)",
             "benchmarks.indicators:check", _goals(Goal(ratio=3, ms=300), Goal(ms=3000)),
             fast=True),
    Scenario("return.xlsx", "return", "return: xlsx",
             "the quarterly return built and written to xlsx", "the check (computation alone)",
             "benchmarks.indicators:return_xlsx", _goals(Goal(ms=1000))),
    Scenario("return.pdf", "return", "return: pdf",
             "the quarterly return built and written to pdf", "the check (computation alone)",
             "benchmarks.indicators:return_pdf", _goals(Goal(ms=1000))),
    Scenario("consolidate", "consolidate", "consolidate",
             "34 office returns read, verified, consolidated and written to xlsx "
             "(kttt consolidate)", "python-calamine reading the 34 data sheets + xlsxwriter "
             "writing the consolidated workbook's cells",
             "benchmarks.consolidation:consolidate", _goals(Goal(ratio=2)),
             dataset="benchmarks.consolidation:office_returns"),
    Scenario("import", "import", "import",
             "the export of every register (60,500 members at province scale) imported into an "
             "empty database of the same office: read, checked, backed up, written with its "
             "audit entries, committed (kttt import)",
             "python-calamine reading the workbook + sqlite3 executemany of the same rows",
             "benchmarks.exchange:import_workbook", _goals(Goal(ratio=4)),
             dataset="benchmarks.exchange:exchange_inputs"),
    Scenario("export", "export", "member list export",
             "every register with personal data to xlsx, the member sheet nearly all of it "
             "(kttt dump --with-personal-data)", "xlsxwriter writing the same cells",
             "benchmarks.exchange:export", _goals(Goal(ratio=2)),
             dataset="benchmarks.exchange:exchange_inputs"),
)



def _window_rows() -> tuple[Scenario, ...]:
    """The scenarios measured in the program's window (benchmarks.window)."""
    from kttt_desktop.ui.sections import SECTIONS

    quick, results = _goals(Goal(ms=INSTANT_MS), Goal(ms=STRESS_MS)), \
        _goals(Goal(ms=RESULTS_MS), Goal(ms=STRESS_RESULTS_MS))
    floors = {"returns": ("the return's overview computed alone (services.returns)",
                          "benchmarks.window:returns_floor"),
              "checks": ("the rules run alone (services.findings)",
                         "benchmarks.window:checks_floor")}
    rows = []
    for section in SECTIONS:
        goals = (results if section.key in floors else _goals(
            Goal(ms=INSTANT_MS), Goal(ms=INSTANT_MS if section.key == "members" else STRESS_MS)))
        floor, prepare = floors.get(section.key, ("", ""))
        rows.append(Scenario(
            f"window.section.{section.key}", "window", f"window: {section.label}",
            f"a click on “{section.label}” in the navigation list to the section built and "
            "painted with its data", floor, prepare, goals, window="sections"))
        if section.key in floors:
            rows.append(Scenario(
                f"window.{section.key}.first", "window", f"window: {section.label}, first paint",
                "the same click to the section's first paint (busy, before its data)", "", "",
                quick, window="sections"))
    return (
        *rows,
        Scenario("window.search", "window", "window: search keystroke",
                 "a key typed in the member list's search box to the first rows of its results "
                 "painted (the search's wait after a key included)",
                 "raw sqlite3 count + first page of name_folded LIKE '%…%' (the scan)",
                 "benchmarks.registers:search",
                 _goals(Goal(ms=INSTANT_MS), Goal(ms=INSTANT_MS)), window="search"),
        Scenario("window.record.open", "window", "window: open a record",
                 "Down in the member list to the next member's record painted in the form",
                 "raw sqlite3 read of the member's row", "benchmarks.window:record_floor", quick,
                 window="record"),
        Scenario("window.record.save", "window", "window: save to list updated",
                 "the phone edited, Ctrl+S, to the record saved, the list read again and its "
                 "row selected, painted", "the save's statements by raw sqlite3 (as save)",
                 "benchmarks.registers:save", quick, window="record"),
        Scenario("window.dashboard.period", "window", "window: dashboard period",
                 "another period chosen on Tổng quan to its cards, table and charts painted",
                 "the overview computed alone (services.overview)",
                 "benchmarks.window:dashboard_floor", quick, window="dashboard"),
        Scenario("window.checks.run", "window", "window: Kiểm tra run (F5)",
                 "F5 on Kiểm tra dữ liệu to the findings of the new run painted",
                 "the rules run alone (services.findings)", "benchmarks.window:checks_floor",
                 results, window="checks"),
    )


_ROWS = (*_ROWS, *_window_rows())
SCENARIOS: dict[str, Scenario] = {s.key: s for s in _ROWS}
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(s.group for s in _ROWS))


def selected(groups: list[str] | None, scale: str) -> list[Scenario]:
    """The scenarios of ``groups`` (default: every one that has a goal at ``scale``)."""
    if groups:
        return [s for s in _ROWS if s.group in groups]
    return [s for s in _ROWS if s.goal(scale) is not None]
