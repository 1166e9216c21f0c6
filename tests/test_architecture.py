"""The layers of design.md §3, checked by import-linter's contracts in pyproject.toml."""

import logging
import re
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    # import-linter configures logging with disable_existing_loggers: keep ours working after it.
    for logger in list(logging.root.manager.loggerDict.values()):
        if isinstance(logger, logging.Logger):
            monkeypatch.setattr(logger, "disabled", logger.disabled)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True,
                        no_logo=True) == 0


def test_an_office_database_is_opened_by_one_path():
    """The window and every command open an office's database through services.opening (the
    data layer's open_database is called nowhere else)."""
    package = ROOT / "kttt_desktop"
    call = re.compile(r"(?<![.\w])(?<!def )open_database\(")  # not the window's method
    callers = sorted(str(path.relative_to(package)) for path in package.rglob("*.py")
                     if path.parent.name != "data" and call.search(path.read_text("utf-8")))
    assert callers == ["services/opening.py"]
