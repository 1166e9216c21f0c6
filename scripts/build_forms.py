"""Compile the Qt Designer forms: forms/<name>.ui -> kttt_desktop/ui/forms/ui_<name>.py.

    python scripts/build_forms.py            compile the forms whose module is missing or older
    python scripts/build_forms.py --force    compile every form

The generated modules are committed; tests/ui/test_forms_in_sync.py fails when one differs from
what its .ui file compiles to.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS_DIR = ROOT / "forms"
OUTPUT_DIR = ROOT / "kttt_desktop" / "ui" / "forms"
HEADER = "# Generated from forms/{name} by scripts/build_forms.py — do not edit.\n"


def uic_command() -> list[str]:
    """pyside6-uic beside the running interpreter, else PySide6's own entry point through it."""
    suffix = ".exe" if sys.platform == "win32" else ""
    script = Path(sys.executable).with_name("pyside6-uic" + suffix)
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c",
            "import sys; from PySide6.scripts.pyside_tool import uic; sys.exit(uic())"]


def output_for(form: Path) -> Path:
    return OUTPUT_DIR / f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The module text ``form`` compiles to, header line first."""
    result = subprocess.run([*uic_command(), str(form)], capture_output=True, check=False,
                            env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-uic failed on {form.name}:\n"
                           + result.stderr.decode("utf-8", "replace"))
    text = result.stdout.decode("utf-8").replace("\r\n", "\n")
    return HEADER.format(name=form.name) + text


def write_text(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8", newline="\n")
    os.replace(partial, path)


def is_stale(form: Path) -> bool:
    target = output_for(form)
    if not target.exists():
        return True
    built = target.stat().st_mtime
    return form.stat().st_mtime > built or Path(__file__).stat().st_mtime > built


def forms() -> list[Path]:
    return sorted(FORMS_DIR.glob("*.ui"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="compile every form")
    args = parser.parse_args(argv)
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    init = OUTPUT_DIR / "__init__.py"
    if not init.exists():
        write_text(init, '"""Modules generated from forms/*.ui by scripts/build_forms.py."""\n')
    built = 0
    for form in forms():
        if args.force or is_stale(form):
            write_text(output_for(form), compile_form(form))
            print(f"{form.relative_to(ROOT)} -> {output_for(form).relative_to(ROOT)}")
            built += 1
    print(f"{built} of {len(forms())} forms compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
