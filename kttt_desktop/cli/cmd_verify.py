"""`kttt verify`: check the database's integrity, the links between its tables and its schema."""

from __future__ import annotations

import argparse
import sys

from kttt_desktop.core.i18n import translate

EXIT_PROBLEMS = 3  # a damaged database is the environment stopping the work (spec/cli.md)


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    return subparsers.add_parser("verify", help=translate(
        "Cli", "kiểm tra tính toàn vẹn của cơ sở dữ liệu (chỉ đọc)"))


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import database_path
    from kttt_desktop.services.backups import verify

    report = verify(database_path(args))
    print("\n".join(report.lines()), file=sys.stderr)
    return 0 if report.ok else EXIT_PROBLEMS
