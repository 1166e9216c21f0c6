"""The translation catalogues: extract the messages into resources/i18n/*.ts, compile them to .qm.

    python scripts/build_translations.py             compile every .ts to .qm (what the window loads)
    python scripts/build_translations.py --update    extract the messages again into every .ts
                                                     (new messages arrive unfinished; obsolete ones
                                                     are dropped), then compile

Messages are extracted with pyside6-lupdate from the package's .py files and the Qt Designer forms
(forms/*.ui), never from the modules generated out of the forms. The .ts files are committed; the
.qm files are built (by scripts/setup.sh, the frozen build and the tests) and not committed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = ROOT / "resources" / "i18n"
GENERATED_FORMS = "kttt_desktop/ui/forms/"


def _tool(name: str, python: Path | None = None) -> list[str]:
    """Run a PySide6 tool (lupdate, lrelease) through the given environment's Python."""
    return [str(python or sys.executable), "-c",
            f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def sources(root: Path = ROOT) -> list[Path]:
    """The files messages are extracted from, sorted: the package's .py files and forms/*.ui."""
    package = [p for p in (root / "kttt_desktop").rglob("*.py")
               if not p.relative_to(root).as_posix().startswith(GENERATED_FORMS)]
    return sorted(package) + sorted((root / "forms").glob("*.ui"))


def catalogues() -> list[Path]:
    return sorted(I18N_DIR.glob("kttt_*.ts"))


def extract(target: Path, *, python: Path | None = None, root: Path = ROOT) -> None:
    """Run lupdate over :func:`sources` into ``target`` (created, or updated in place)."""
    files = [str(p.relative_to(root)) for p in sources(root)]
    result = subprocess.run([*_tool("lupdate", python), "-no-obsolete", "-locations", "none",
                             *files, "-ts", str(target)],
                            cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-lupdate failed:\n{result.stdout}{result.stderr}")


def compile_translations(python: Path | None = None, out_dir: Path = I18N_DIR) -> list[Path]:
    """Compile every catalogue whose .qm is missing or older; returns the .qm files."""
    written = []
    for ts in catalogues():
        qm = out_dir / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            partial = qm.with_name(qm.name + ".partial")
            result = subprocess.run([*_tool("lrelease", python), "-silent", str(ts), "-qm",
                                     str(partial)], capture_output=True, text=True, check=False)
            if result.returncode != 0 or not partial.exists():
                raise RuntimeError(f"pyside6-lrelease failed on {ts.name}:\n"
                                   f"{result.stdout}{result.stderr}")
            os.replace(partial, qm)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="extract the messages first")
    args = parser.parse_args(argv)
    if args.update:
        for ts in catalogues():
            extract(ts)
            print(ts.relative_to(ROOT))
    for qm in compile_translations():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
