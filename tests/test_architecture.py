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


def _import_cycles(package: str) -> list[list[str]]:
    """The groups of modules of ``package`` that import each other, directly or not (also under
    TYPE_CHECKING): strongly connected components of more than one module (Tarjan)."""
    import grimp

    graph = grimp.build_graph("kttt_desktop", cache_dir=None)
    modules = sorted(m for m in graph.modules if m.startswith(package))
    imports = {m: sorted(i for i in graph.find_modules_directly_imported_by(m)
                         if i.startswith(package)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in imports[module]:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = stack[stack.index(module):]
            del stack[stack.index(module):]
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return cycles


def test_no_screen_module_imports_another_that_imports_it_back():
    """The window knows the sections; a section's screen knows only what ui.navigator and
    ui.changes offer, so no ui module reaches back to the one that imports it."""
    assert _import_cycles("kttt_desktop.ui") == []
