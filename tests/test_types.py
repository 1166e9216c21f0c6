"""The types are checked: mypy with the settings of pyproject.toml ([tool.mypy]), strict on core,
system and data, finds nothing; the modules exempt from it are exactly those it would still
find errors in, and their number only goes down."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MOST_EXEMPT = 77  # lower it when a module leaves the list; never raise it
ERROR = re.compile(r"^(?P<path>kttt_desktop/\S+\.py):\d+: error:", re.MULTILINE)


def _mypy(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(config)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)


def _exempt(settings: dict) -> list[str]:
    [exempt] = [o["module"] for o in settings["tool"]["mypy"]["overrides"]
                if o.get("ignore_errors")]
    return exempt


def _module(path: str) -> str:
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def test_mypy_finds_no_error():
    run = _mypy(ROOT / "pyproject.toml")
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("Success")


def test_the_exempt_modules_are_those_with_errors_and_only_fewer(tmp_path):
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    exempt = _exempt(tomllib.loads(text))
    assert len(exempt) <= MOST_EXEMPT
    # The same settings without the exemption.
    unexempt = re.sub(r"\[\[tool\.mypy\.overrides\]\]\n(#[^\n]*\n)*module = \[[^\]]*\]\n"
                      r"ignore_errors = true\n", "", text)
    assert not any(o.get("ignore_errors") for o in tomllib.loads(unexempt)["tool"]["mypy"]["overrides"])
    config = tmp_path / "pyproject.toml"
    config.write_text(unexempt, "utf-8")
    run = _mypy(config)
    assert "error:" in run.stdout, run.stdout + run.stderr
    with_errors = {_module(m["path"]) for m in ERROR.finditer(run.stdout)}
    assert sorted(set(exempt) - with_errors) == [], "checked clean: take them out of the list"
    assert with_errors <= set(exempt)

