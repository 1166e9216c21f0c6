"""The translation catalogues: extract the messages into resources/i18n/*.ts, compile them to .qm.

    python scripts/build_translations.py             compile every .ts to .qm (what the window loads)
    python scripts/build_translations.py --update    extract the messages again into every .ts
                                                     (new messages arrive unfinished; obsolete ones
                                                     are dropped), then compile

Messages are extracted with pyside6-lupdate from the package's .py files and the Qt Designer forms
(forms/*.ui), never from the modules generated out of the forms. Some modules translate through a
short helper that fixes the context (``def _t(text): return translate("Return", text)``), which
lupdate cannot follow; their calls with a literal text are handed to lupdate as the
``translate("Return", "…")`` calls they stand for (:func:`helper_messages`).

resources/i18n/qtbase_vi.ts holds Vietnamese for the texts Qt itself shows (a text field's menu,
the standard buttons), which Qt does not ship; it is written by hand and only compiled here.

The .ts files are committed; the .qm files are built (by scripts/setup.sh, the frozen build and
the tests) and not committed.
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import tempfile
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


def _fixed_context(function: ast.FunctionDef) -> str | None:
    """The context of a helper ``def h(text): return [QCoreApplication.]translate("C", text)``."""
    params = [a.arg for a in function.args.args]
    if len(params) != 1 or len(function.body) != 1 or not isinstance(function.body[0], ast.Return):
        return None
    call = function.body[0].value
    if not (isinstance(call, ast.Call) and len(call.args) == 2
            and getattr(call.func, "id", getattr(call.func, "attr", None)) == "translate"):
        return None
    context, text = call.args
    if (isinstance(context, ast.Constant) and isinstance(context.value, str)
            and isinstance(text, ast.Name) and text.id == params[0]):
        return context.value
    return None


def helper_messages(path: Path) -> list[tuple[str, str]]:
    """(context, text) of every call with a literal text to a context-fixing helper of ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = {f.name: c for f in tree.body if isinstance(f, ast.FunctionDef)
               and (c := _fixed_context(f)) is not None}
    return [(helpers[node.func.id], node.args[0].value) for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in helpers and len(node.args) == 1
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)]


def catalogues() -> list[Path]:
    """The program's catalogues, extracted from its sources."""
    return sorted(I18N_DIR.glob("kttt_*.ts"))


def written_by_hand() -> list[Path]:
    """Catalogues of Qt's own texts in a language Qt ships none for (``qtbase_vi.ts``): compiled
    with the program's, never extracted (no source of ours holds their texts)."""
    return sorted(I18N_DIR.glob("qtbase_*.ts"))


def extract(target: Path, *, python: Path | None = None, root: Path = ROOT) -> None:
    """Run lupdate over :func:`sources` into ``target`` (created, or updated in place)."""
    files = [str(p.relative_to(root)) for p in sources(root)]
    language = target.stem.removeprefix("kttt_")
    with tempfile.TemporaryDirectory(prefix="kttt-i18n-") as scratch:
        expanded = Path(scratch) / "helper_calls.py"
        expanded.write_text("".join(
            f"translate({context!r}, {text!r})\n"
            for p in sources(root) if p.suffix == ".py" for context, text in helper_messages(p)),
            encoding="utf-8")
        result = subprocess.run([*_tool("lupdate", python), "-no-obsolete", "-locations", "none",
                                 "-source-language", "vi_VN", "-target-language", language,
                                 *files, str(expanded), "-ts", str(target)],
                                cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-lupdate failed:\n{result.stdout}{result.stderr}")


def compile_translations(python: Path | None = None, out_dir: Path = I18N_DIR) -> list[Path]:
    """Compile every catalogue whose .qm is missing or older; returns the .qm files."""
    written = []
    for ts in catalogues() + written_by_hand():
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
