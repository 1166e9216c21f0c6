"""`kttt restore FILE`: put a backup back in place of the database, after backing it up."""

from __future__ import annotations

import argparse
import sys

from kttt_desktop.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("restore", help=translate(
        "Cli", "khôi phục cơ sở dữ liệu từ một bản sao lưu (dữ liệu hiện tại được sao lưu trước)"))
    parser.add_argument("file", metavar="FILE", help=translate("Cli", "tệp sao lưu cần khôi phục"))
    return parser


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import database_path
    from kttt_desktop.services.backups import count_in_words, restore

    result = restore(database_path(args), args.file)
    summary = result.summary
    print(translate(
        "Cli", "Đã khôi phục {path} từ {source} ({office}: {organisations} tổ chức, {members} "
        "thành viên).").format(
            path=result.database, source=result.source, office=summary.office or "?",
            organisations=count_in_words(summary.organisations),
            members=count_in_words(summary.members)), file=sys.stderr)
    if result.previous is not None:
        note = (translate("Cli", "Dữ liệu trước khi khôi phục (tệp hỏng, chép nguyên trạng) ở {path}.")
                if result.previous_damaged else
                translate("Cli", "Dữ liệu trước khi khôi phục được sao lưu ở {path}."))
        print(note.format(path=result.previous.path), file=sys.stderr)
    return 0
