"""The periodic return: its snapshot, its files, its draft (free text, number, signer),
submissions and changes.

The names are imported when first asked for (PEP 562): writing a return needs openpyxl and
reportlab, which a screen must not pay for when it only shows a draft's fields
(``from kttt_desktop.services.returns.drafts import …`` stays light).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_MODULES = {
    "build": ("build_snapshot",),
    "consolidation": ("Consolidation", "FileStatus", "OfficeFile", "check_files", "consolidate",
                      "consolidate_files", "read_office_file", "read_office_files",
                      "write_consolidation"),
    "drafts": ("Draft", "load_draft", "save_draft"),
    "submission": ("Change", "Changes", "ReturnOverview", "Submission", "WrittenReturn",
                   "changes_since_submission", "compare", "default_names", "export_return",
                   "file_sha256", "last_submission", "return_overview", "submissions",
                   "submit_return", "submitted_snapshot", "write_return"),
}
_MODULE_OF = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "Change", "Changes", "Consolidation", "Draft", "FileStatus", "OfficeFile", "ReturnOverview",
    "Submission", "WrittenReturn", "build_snapshot", "changes_since_submission", "check_files",
    "compare", "consolidate", "consolidate_files", "default_names", "export_return", "file_sha256",
    "last_submission", "load_draft", "read_office_file", "read_office_files", "return_overview",
    "save_draft", "submissions", "submit_return", "submitted_snapshot", "write_consolidation",
    "write_return",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from kttt_desktop.services.returns.build import build_snapshot
    from kttt_desktop.services.returns.consolidation import (
        Consolidation,
        FileStatus,
        OfficeFile,
        check_files,
        consolidate,
        consolidate_files,
        read_office_file,
        read_office_files,
        write_consolidation,
    )
    from kttt_desktop.services.returns.drafts import Draft, load_draft, save_draft
    from kttt_desktop.services.returns.submission import (
        Change,
        Changes,
        ReturnOverview,
        Submission,
        WrittenReturn,
        changes_since_submission,
        compare,
        default_names,
        export_return,
        file_sha256,
        last_submission,
        return_overview,
        submissions,
        submit_return,
        submitted_snapshot,
        write_return,
    )
