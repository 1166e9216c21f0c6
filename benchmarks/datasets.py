"""The data sets of the suite: demo databases made by ``kttt demo``, kept between runs.

A database is cached in ``benchmarks/cache/`` under its scale, its seed, the day it was built on
(the demo's history runs up to the program's clock) and a fingerprint of the code that shapes it
(the demo generator, its name lists and the migrations), so a new day or a change to any of them
builds it again; older files of the same scale and seed are then removed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(__file__).resolve().parent / "cache"
SCALES = ("district", "province", "stress")
SHAPING = ("kttt_desktop/services/demo", "kttt_desktop/data/migrations",
           "kttt_desktop/data/name_index.py", "resources/demo")


def fingerprint() -> str:
    """A short hash of every file that decides what a demo database holds (its index too)."""
    digest = hashlib.sha256()
    for where in SHAPING:
        base = ROOT / where
        files = [base] if base.is_file() else sorted(
            p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in files:
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def isolated_environment(data_dir: Path) -> dict[str, str]:
    """The environment of a child: its own data folder (log, settings, backups), offscreen Qt,
    and compiled bytecode kept in the cache, as an installed program has it (an environment that
    forbids writing bytecode would make every start compile the program's modules again)."""
    environment = {key: value for key, value in os.environ.items()
                   if key != "PYTHONDONTWRITEBYTECODE"}
    return {**environment, "KTTT_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPYCACHEPREFIX": str(CACHE / "bytecode"),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def demo_database(scale: str, seed: int = 1) -> Path:
    """The cached demo database of ``scale`` and ``seed``, built with ``kttt demo`` if need be."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{scale}-seed{seed}-{date.today().isoformat()}-{fingerprint()}.db"
    if path.exists():
        return path
    print(f"building the {scale} data set (kttt demo --scale {scale} --seed {seed})…",
          file=sys.stderr, flush=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kttt-bench-demo-") as scratch:
        built = Path(scratch) / "demo.db"
        subprocess.run([sys.executable, "-m", "kttt_desktop", "demo", "--scale", scale,
                        "--seed", str(seed), "--db", str(built)], cwd=ROOT, check=True,
                       env=isolated_environment(Path(scratch) / "data"),
                       stdout=subprocess.DEVNULL)
        partial = path.with_name(path.name + ".partial")
        shutil.copyfile(built, partial)
        os.replace(partial, path)
    for older in CACHE.glob(f"{scale}-seed{seed}-*.db*"):
        if not older.name.startswith(path.name):
            older.unlink()
    print(f"  built in {time.perf_counter() - started:.1f} s: {path.name}", file=sys.stderr)
    return path


def working_copy(source: Path, folder: Path) -> Path:
    """A copy the scenarios may write to (the cached file stays as built)."""
    target = folder / source.name
    if not target.exists():
        shutil.copyfile(source, target)
    return target
