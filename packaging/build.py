"""Build the frozen program (one folder with both executables) from a clean environment.

    python packaging/build.py                 fresh venv in build/venv, then dist/kttt-desktop/
    python packaging/build.py --archive       also a .tar.gz of it (.zip on Windows)
    python packaging/build.py --python PY     use an environment that already has the pinned
                                              dependencies and PyInstaller (the tests' own)

Steps: (1) a virtual environment without system site-packages, holding exactly the versions of
constraints.txt (so no other PySide6 on the machine can leak in), made again only when
pyproject.toml or constraints.txt changed; (2) the translations compiled (.ts → .qm); (3)
PyInstaller with packaging/kttt-desktop.spec. Prints where the result is, its size and the time.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "kttt-desktop.spec"
APP_FOLDER = "kttt-desktop"  # the folder inside dist/, and the name of the archives
sys.path.insert(0, str(ROOT))

from scripts.build_translations import compile_translations  # noqa: E402


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def requirements() -> list[str]:
    """The program's dependencies (pyproject.toml) and PyInstaller, versions from constraints.txt."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], "pyinstaller"]


def fresh_environment(venv: Path) -> Path:
    """A venv with exactly the pinned dependencies; rebuilt only when the pins changed."""
    stamp = venv / ".kttt-build"
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()
                          + (ROOT / "constraints.txt").read_bytes()).hexdigest()
    python = venv_python(venv)
    if python.exists() and stamp.exists() and stamp.read_text() == want:
        return python
    if venv.exists():
        shutil.rmtree(venv)
    print(f"creating the build environment in {venv}", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "-c", str(ROOT / "constraints.txt"), *requirements()], check=True,
                   env=clean_env())
    stamp.write_text(want)
    return python


def clean_env() -> dict[str, str]:
    """The environment without anything that adds other packages to Python's path."""
    return {k: v for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONUSERBASE", "VIRTUAL_ENV", "PIP_USER")}


def run_pyinstaller(python: Path, dist: Path, work: Path) -> Path:
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                   check=True, cwd=ROOT, env={**clean_env(), "PYTHONNOUSERSITE": "1"})
    return dist / APP_FOLDER


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def archive(folder: Path) -> Path:
    """The folder packed for copying: .zip on Windows, .tar.gz elsewhere (symlinks kept)."""
    from kttt_desktop import __version__

    platform = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    stem = folder.parent / f"{APP_FOLDER}-{__version__}-{platform}"
    if sys.platform == "win32":
        path = stem.with_suffix(".zip")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for file in sorted(folder.rglob("*")):
                zf.write(file, file.relative_to(folder.parent))
    else:
        path = stem.with_name(stem.name + ".tar.gz")
        with tarfile.open(path, "w:gz") as tf:
            tf.add(folder, arcname=folder.name)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", type=Path, help="an environment's Python to build with")
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "venv")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--archive", action="store_true", help="also pack the folder")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    python = args.python or fresh_environment(args.venv)
    compile_translations(python)
    folder = run_pyinstaller(python, args.dist.resolve(), args.work.resolve())
    seconds = time.perf_counter() - started
    print(f"{folder}: {folder_size(folder) / 2**20:.1f} MiB, built in {seconds:.0f} s")
    if args.archive:
        packed = archive(folder)
        print(f"{packed}: {packed.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
