"""`kttt template --out FILE.xlsx`: the blank import workbook with its notes and drop-downs."""

from __future__ import annotations

import argparse
import sys

from kttt_desktop.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("template", help=translate(
        "Cli", "ghi bảng tính mẫu để nhập liệu"))
    parser.add_argument("--out", metavar="FILE.xlsx", required=True, help=translate(
        "Cli", "tệp cần ghi"))
    return parser


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import output
    from kttt_desktop.exchange.template import write_template

    path = write_template(output(args, args.out))
    print(translate("Cli", "Đã ghi bảng tính mẫu {path}.").format(path=path), file=sys.stderr)
    return 0
