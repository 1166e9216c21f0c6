"""`kttt restore FILE`: put a backup back in place of the database, after backing it up."""

from __future__ import annotations

import argparse
import sys

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("restore", help=translate(
        "Cli", "khôi phục cơ sở dữ liệu từ một bản sao lưu (dữ liệu hiện tại được sao lưu trước)"))
    parser.add_argument("file", metavar="FILE", help=translate("Cli", "tệp sao lưu cần khôi phục"))
    return parser


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import database_file
    from kttt_desktop.services.backups import note_restore, restore, restore_message
    from kttt_desktop.services.opening import open_office

    result = restore(database_file(args, "restore"), args.file)
    print(restore_message(result), file=sys.stderr)
    try:
        database = open_office(result.database).database
    except KtttError as exc:  # restored all the same; only the note in its log is missing
        print(exc.message, file=sys.stderr)
        return 0
    try:
        note_restore(database, result)
    finally:
        database.close()
    return 0
