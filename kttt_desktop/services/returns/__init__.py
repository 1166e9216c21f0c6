"""The periodic return: its snapshot, its files, its draft (free text, number, signer),
submissions and changes."""

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

__all__ = [
    "Change", "Changes", "Consolidation", "Draft", "FileStatus", "OfficeFile", "ReturnOverview",
    "Submission", "WrittenReturn", "build_snapshot", "changes_since_submission", "check_files",
    "compare", "consolidate", "consolidate_files", "default_names", "export_return", "file_sha256",
    "last_submission", "load_draft", "read_office_file", "read_office_files", "return_overview",
    "save_draft", "submissions", "submit_return", "submitted_snapshot", "write_consolidation",
    "write_return",
]
