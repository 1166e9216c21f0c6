"""The code passes the linter configured in pyproject.toml (unused names, likely bugs, style errors)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.fail("ruff is not installed: it is a development dependency (pip install -e .[dev])")
    folders = [f for f in ("kttt_desktop", "tests", "scripts", "benchmarks", "packaging")
               if (ROOT / f).is_dir()]
    result = subprocess.run([ruff, "check", "--no-cache", *folders], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


LONG = 500  # lines: a module longer says why at its top
REASON = "Why it is long:"


def test_a_long_module_says_why_at_its_top():
    import ast

    folders = ("kttt_desktop", "tests", "scripts", "benchmarks", "packaging")
    generated = ROOT / "kttt_desktop" / "ui" / "forms"
    unexplained = []
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if generated in path.parents or "cache" in path.relative_to(ROOT).parts:
                continue
            text = path.read_text("utf-8")
            if text.count("\n") > LONG and REASON not in (ast.get_docstring(ast.parse(text)) or ""):
                unexplained.append(str(path.relative_to(ROOT)))
    assert unexplained == []
