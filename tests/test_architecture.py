"""The layers of design.md §3, checked by import-linter's contracts in pyproject.toml."""

import logging
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
