"""`kttt check --period P [--json]`: every indicator for P and the targets checked against them."""

from __future__ import annotations

import argparse
import json
import sys

from kttt_desktop.cli.arguments import add_period_argument
from kttt_desktop.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("check", help=translate(
        "Cli", "tính mọi chỉ tiêu của một kỳ và đối chiếu với các mục tiêu kế hoạch"))
    add_period_argument(parser)
    parser.add_argument("--json", action="store_true", help=translate(
        "Cli", "in kết quả dạng JSON (UTF-8) ra đầu ra chuẩn"))
    parser.add_argument("--later-years", action="store_true", help=translate(
        "Cli", "xét cả mục tiêu của các năm sau (ví dụ mục tiêu đến năm 2030) theo số liệu hiện có"))
    return parser


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.check_text import check_text
    from kttt_desktop.cli.common import open_for
    from kttt_desktop.core.periods import Period
    from kttt_desktop.services.judgement import judge_period, judgement_json

    period = Period.parse(args.period)
    db = open_for(args, write=False)  # reads only: works while the window holds the database
    try:
        result = judge_period(db, period, later_years=args.later_years)
    finally:
        db.close()
    if args.json:
        json.dump(judgement_json(result), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(check_text(result))
    return 0
