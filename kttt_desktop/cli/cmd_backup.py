"""`kttt backup [--out FILE]`: copy the database safely (into its backups folder, or to FILE)."""

from __future__ import annotations

import argparse
import sys

from kttt_desktop.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("backup", help=translate(
        "Cli", "sao lưu cơ sở dữ liệu vào thư mục sao lưu bên cạnh, hoặc ra tệp/thư mục đã nêu"))
    parser.add_argument("--out", metavar="FILE", help=translate(
        "Cli", "chép bản sao ra tệp này, hoặc vào thư mục này (ví dụ ổ USB)"))
    return parser


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import database_file
    from kttt_desktop.services.backups import back_up, save_copy, size_in_words

    path = database_file(args, "backup")
    if args.out:
        target = save_copy(path, args.out)
        print(translate("Cli", "Đã chép cơ sở dữ liệu {path} ra {target} ({size}).").format(
            path=path, target=target, size=size_in_words(target.stat().st_size)), file=sys.stderr)
        return 0
    entry = back_up(path)
    print(translate("Cli", "Đã sao lưu {path} vào {target}: {entry}.").format(
        path=path, target=entry.path, entry=entry.describe()), file=sys.stderr)
    return 0
