"""Importing the officer's workbooks (spec/workbook.md): the use case behind `kttt import` and
the import wizard."""

from kttt_desktop.services.importing.plan import ImportCancelled
from kttt_desktop.services.importing.result import ImportResult, Problem, SheetSummary
from kttt_desktop.services.importing.service import (
    check_workbook,
    detect_mapping,
    import_workbook,
    read_file,
    write_error_report,
)

__all__ = [
    "ImportCancelled", "ImportResult", "Problem", "SheetSummary", "check_workbook",
    "detect_mapping", "import_workbook", "read_file", "write_error_report",
]
