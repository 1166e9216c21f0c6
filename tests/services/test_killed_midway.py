"""A program killed (SIGKILL: a power cut, a crash, the task manager) in the middle of a save, an
import, a return export or a backup loses nothing and damages nothing.

Each kind of work runs in a child Python process that says "started" just before the work and
"done" after it. One run is left to finish, to time the work; then the child is killed at a
point spread over that time (10 times per kind, different delays). Then: the database passes
``integrity_check`` and its links, the interrupted work is there entirely or not at all, and a
file that was being replaced is the old one, byte for byte, or the whole new one.
"""

from __future__ import annotations

import hashlib
import pickle
import random
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, insert, select

from kttt_desktop.core.periods import Period
from kttt_desktop.data.backup import backups_of, read_summary
from kttt_desktop.data.database import open_database
from kttt_desktop.data.derived import derive
from kttt_desktop.data.integrity import is_sound
from kttt_desktop.data.models import AuditEntry, Member, Organisation, TrashItem
from kttt_desktop.exchange.return_data import read_return_data
from kttt_desktop.services.backups import back_up, verify
from kttt_desktop.services.returns import build_snapshot, write_return
from tests.registers_helpers import TAX_CODES, organisation

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
              pytest.mark.sqlite_only]  # a killed program and the database file

ROOT = Path(__file__).resolve().parents[2]
KILLS = 10
MEMBERS = 8000  # deleting an organisation with this many members takes about a second


@dataclass(frozen=True)
class Kill:
    delay: float
    finished: bool  # the child had said "done" when it was killed (the work was over)


def kill_one(script: str, args: list[str], delay: float) -> Kill:
    with subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        line = child.stdout.readline()
        assert line == "started\n", child.stderr.read()
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)  # nothing happens if it has ended already
        rest = child.stdout.read()
        child.stderr.read()
    return Kill(delay, finished="done" in rest)


def time_work(script: str, args: list[str]) -> float:
    """How long the work of ``script`` takes, from "started" to "done"."""
    with subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        assert child.stdout.readline() == "started\n", child.stderr.read()
        started = time.perf_counter()
        assert child.stdout.readline() == "done\n", child.stderr.read()
        took = time.perf_counter() - started
        child.stderr.read()
    return took


def kill_midway(script: str, runs: list[list[str]], seed: int) -> list[Kill]:
    """Time the work with the first argument list, then run ``script`` with each of the others,
    two at a time (the machine's cores), killing each at a random moment in its own slice of a
    little more than the time the work takes (the last ones may come after it ended)."""
    duration = time_work(script, runs[0]) * 1.2
    runs = runs[1:]
    rng = random.Random(seed)
    delays = [(i + rng.random()) * duration / len(runs) for i in range(len(runs))]
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(kill_one, [script] * len(runs), runs, delays))


def midway(kills: list[Kill]) -> int:
    return sum(not k.finished for k in kills)


# A save: an organisation with its members deleted into the trash, one transaction -----------

SAVE = """
import sys
from kttt_desktop.data.database import open_database
from kttt_desktop.services.registers.trash import delete_record
db = open_database(sys.argv[1])
print("started", flush=True)
delete_record(db, "organisation", int(sys.argv[2]), reason="Giải thể")
print("done", flush=True)
"""


@pytest.fixture
def big_cooperative(db_path):
    db = open_database(db_path)
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    with db.session() as s:
        s.execute(insert(Member), [derive("member", {
            "organisation_id": htx, "full_name": f"Nguyễn Văn {n}", "member_kind": "official",
            "member_type": "individual", "joined_on": date(2016, 1, 4), "birth_year": 1980})
            for n in range(MEMBERS)])
    db.close()
    return htx


def state_after_save(path: Path) -> tuple[int, int, int, int]:
    """(organisations, members, trash items, audit entries of deletions), after checking that
    the file is sound."""
    assert verify(path).ok, verify(path).lines()
    db = open_database(path)  # the killed child's lock is taken over: its process is gone
    try:
        with db.session() as s:
            def count(model, *where):
                return s.execute(select(func.count()).select_from(model).where(*where)
                                 ).scalar_one()
            return (count(Organisation), count(Member), count(TrashItem),
                    count(AuditEntry, AuditEntry.action == "delete"))
    finally:
        db.close()


def test_a_save_killed_midway_is_there_entirely_or_not_at_all(big_cooperative, db_path, tmp_path):
    copies = []
    for n in range(KILLS + 1):
        copy = tmp_path / f"copy{n}" / "office.db"
        copy.parent.mkdir()
        shutil.copyfile(db_path, copy)
        copies.append(copy)
    kills = kill_midway(SAVE, [[str(c), str(big_cooperative)] for c in copies], seed=1)
    copies = copies[1:]
    outcomes = [state_after_save(c) for c in copies]
    untouched, done = (1, MEMBERS, 0, 0), (0, 0, 1, MEMBERS + 1)
    assert set(outcomes) <= {untouched, done}, outcomes
    for kill, outcome in zip(kills, outcomes, strict=True):
        if kill.finished:
            assert outcome == done
    assert midway(kills) >= KILLS // 2, kills  # most were killed while working
    print(f"save: {midway(kills)} of {KILLS} killed midway, "
          f"{outcomes.count(done)} deleted entirely, {outcomes.count(untouched)} untouched")


# A return export: the Excel file, then the PDF, each replacing the previous export ----------

EXPORT = """
import pickle, sys
from kttt_desktop.services.returns import write_return
snapshot = pickle.loads(open(sys.argv[1], "rb").read())
print("started", flush=True)
write_return(snapshot, xlsx=sys.argv[2], pdf=sys.argv[3])
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def province_returns(province_db_path, tmp_path_factory):
    """The province's return of 2025-Q3 (pickled for the children) and a previous export (of
    2025-Q2) with its bytes and the new export's page count."""
    folder = tmp_path_factory.mktemp("returns")
    db = open_database(province_db_path, read_only=True)
    try:
        current = build_snapshot(db, Period.parse("2025-Q3"))
        previous = build_snapshot(db, Period.parse("2025-Q2"))
    finally:
        db.close()
    pickled = folder / "snapshot.pickle"
    pickled.write_bytes(pickle.dumps(current))
    write_return(previous, xlsx=folder / "old.xlsx", pdf=folder / "old.pdf")
    write_return(current, pdf=folder / "new.pdf")
    return pickled, folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_a_return_export_killed_midway_leaves_the_previous_files_or_whole_new_ones(
        province_returns, tmp_path):
    pickled, folder = province_returns
    old = {"xlsx": digest(folder / "old.xlsx"), "pdf": digest(folder / "old.pdf")}
    pages = len(PdfReader(folder / "new.pdf").pages)
    runs = []
    for n in range(KILLS + 1):
        place = tmp_path / f"run{n}"
        place.mkdir()
        for kind in ("xlsx", "pdf"):
            shutil.copyfile(folder / f"old.{kind}", place / f"bao-cao.{kind}")
        runs.append([str(pickled), str(place / "bao-cao.xlsx"), str(place / "bao-cao.pdf")])
    kills = kill_midway(EXPORT, runs, seed=2)
    runs = runs[1:]
    states = []
    for (_, xlsx, pdf), kill in zip(runs, kills, strict=True):
        state = []
        for path, kind in ((Path(xlsx), "xlsx"), (Path(pdf), "pdf")):
            if digest(path) == old[kind]:
                state.append("old")
            elif kind == "xlsx":  # whole: its data sheet reads back and matches its hash
                assert read_return_data(path).meta["period"] == "2025-Q3"
                state.append("new")
            else:
                assert len(PdfReader(path).pages) == pages
                state.append("new")
        assert state != ["old", "new"]  # the Excel file is written first
        if kill.finished:
            assert state == ["new", "new"]
        leftovers = [p for p in Path(xlsx).parent.iterdir() if p.name.startswith(".")]
        assert len(leftovers) <= 1  # at most the hidden file being written when killed
        states.append(tuple(state))
    assert midway(kills) >= KILLS // 2, kills
    print(f"export: {midway(kills)} of {KILLS} killed midway; (xlsx, pdf) after: "
          f"{ {s: states.count(s) for s in set(states)} }")


# A backup of the province's database --------------------------------------------------------

BACKUP = """
import sys
from pathlib import Path
from kttt_desktop.services.backups import back_up
print("started", flush=True)
back_up(Path(sys.argv[1]))
print("done", flush=True)
"""


@pytest.mark.slow
def test_a_backup_killed_midway_leaves_the_database_as_it_was_and_no_half_backup(
        province_db_path, tmp_path):
    copies = []
    for n in range(KILLS + 1):
        copy = tmp_path / f"copy{n}" / "province.db"
        copy.parent.mkdir()
        shutil.copyfile(province_db_path, copy)
        copies.append(copy)
    before = digest(copies[0])
    kills = kill_midway(BACKUP, [[str(c)] for c in copies], seed=3)
    copies = copies[1:]
    made = 0
    for copy, kill in zip(copies, kills, strict=True):
        assert digest(copy) == before  # a backup only reads
        assert verify(copy).ok
        listed = backups_of(copy)
        assert len(listed) <= 1
        for backup in listed:  # a backup listed is whole and sound
            assert is_sound(backup.path)
            assert read_summary(backup.path).members == 60_500
        if kill.finished:
            assert len(listed) == 1
        made += len(listed)
    assert midway(kills) >= KILLS // 2, kills
    # A half copy left behind is removed by a later backup once it is old.
    leftovers = [p for c in copies for p in (c.parent / "backups").glob("*.partial")]
    if leftovers:
        old = time.time() - 2 * 3600
        import os

        os.utime(leftovers[0], (old, old))
        back_up(leftovers[0].parents[1] / "province.db")
        assert not leftovers[0].exists()
    print(f"backup: {midway(kills)} of {KILLS} killed midway, {made} backups finished, "
          f"{len(leftovers)} half copies left to clean")


# An import of a workbook of a few thousand members, one transaction --------------------------

IMPORT = """
import sys
from kttt_desktop.data.database import open_database
from kttt_desktop.services.importing import import_workbook, read_file
db = open_database(sys.argv[1])
workbook = read_file(sys.argv[2])
print("started", flush=True)
result = import_workbook(db, workbook)
assert result.written, [p.describe() for p in result.errors]
db.close()
print("done", flush=True)
"""
IMPORTED = 4000


@pytest.fixture(scope="module")
def big_workbook(tmp_path_factory):
    from tests.workbooks import CODE_A, HTX_A, ORGANISATIONS, write_xlsx

    members = [["Mã số tổ chức", "Họ và tên", "Năm sinh", "Giới tính", "Loại thành viên",
                "Ngày vào", "Vốn góp (triệu đồng)"]]
    members += [[CODE_A, f"Nguyễn Văn Số {n}", 1960 + n % 40, "Nam", "Chính thức",
                 date(2016, 1, 4), 10 + n % 7] for n in range(IMPORTED)]
    path = tmp_path_factory.mktemp("import") / "thanh-vien.xlsx"
    write_xlsx(path, {"ToChuc": [ORGANISATIONS[0], ORGANISATIONS[1]], "ThanhVien": members})
    assert HTX_A in ORGANISATIONS[1]
    return path


def state_after_import(path: Path) -> tuple[int, int, int]:
    """(organisations, members, audit entries of insertions), after checking that the file is
    sound and opens normally."""
    assert verify(path).ok, verify(path).lines()
    db = open_database(path)
    try:
        with db.session() as s:
            def count(model, *where):
                return s.execute(select(func.count()).select_from(model).where(*where)
                                 ).scalar_one()
            return (count(Organisation), count(Member),
                    count(AuditEntry, AuditEntry.action == "insert"))
    finally:
        db.close()


def test_an_import_killed_midway_is_there_entirely_or_not_at_all(db_path, big_workbook,
                                                                tmp_path):
    copies = []
    for n in range(KILLS + 1):
        copy = tmp_path / f"copy{n}" / "office.db"
        copy.parent.mkdir()
        shutil.copyfile(db_path, copy)
        copies.append(copy)
    untouched = state_after_import(copies[0])
    assert untouched[:2] == (0, 0)
    kills = kill_midway(IMPORT, [[str(c), str(big_workbook)] for c in copies], seed=4)
    done = state_after_import(copies[0])  # the run that was timed finished
    assert done[:2] == (1, IMPORTED) and done[2] >= 1 + IMPORTED
    outcomes = [state_after_import(c) for c in copies[1:]]
    assert set(outcomes) <= {untouched, done}, outcomes
    for kill, outcome in zip(kills, outcomes, strict=True):
        if kill.finished:
            assert outcome == done
    lost = sum(o not in (untouched, done) for o in outcomes)
    assert lost == 0
    assert midway(kills) >= KILLS // 2, kills
    print(f"import: {midway(kills)} of {KILLS} killed midway, {outcomes.count(done)} imported "
          f"entirely, {outcomes.count(untouched)} untouched, {lost} half imported")
