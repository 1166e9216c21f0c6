"""Arguments several subcommands take (light: imported when the parser is built)."""

from __future__ import annotations

import argparse

from kttt_desktop.core.i18n import translate


def add_period_argument(parser: argparse.ArgumentParser) -> None:
    """``--period P``, required, as every command that works on a reporting period takes it."""
    parser.add_argument("--period", required=True, metavar="P", help=translate(
        "Cli", "kỳ báo cáo: 2026 (năm), 2026-Q1 … 2026-Q4 (quý), 2026-H1 (6 tháng), 2026-M9 "
        "(9 tháng)"))
