"""`kttt validate`: run the cross-record rules and list every finding.

Findings are the result of the command, not a failure of it: the exit status is 0 whenever the
rules ran, whatever they found (the counts are on standard error and in the JSON). Each finding
goes to standard output, one per line with tab-separated columns (severity, rule, table/id,
message, and for a finding accepted in the Kiểm tra dữ liệu screen its acceptance), or as JSON
with ``--json`` (services.findings.finding.FindingsReport.as_json).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date

from kttt_desktop.core.i18n import translate


def _day(text: str) -> date:
    from kttt_desktop.core.dates import parse_date

    checked = parse_date(text)
    if checked.value is None:
        message = checked.issues[0].message if checked.issues else translate(
            "Cli", "Hãy ghi ngày theo dạng ngày/tháng/năm, ví dụ 31/12/2025.")
        raise argparse.ArgumentTypeError(message)
    return checked.value


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("validate", help=translate(
        "Cli", "kiểm tra dữ liệu giữa các sổ (số thành viên tối thiểu, vốn góp, tuổi, giải thể, "
        "OCOP hết hạn, xếp loại) và liệt kê mọi phát hiện"))
    parser.add_argument("--json", action="store_true", help=translate(
        "Cli", "in kết quả dạng JSON ra đầu ra chuẩn"))
    parser.add_argument("--date", type=_day, metavar="dd/mm/yyyy", help=translate(
        "Cli", "kiểm tra dữ liệu như tại ngày này (mặc định: hôm nay); trước 01/7/2024 áp dụng "
        "mức của Luật Hợp tác xã 2012"))
    return parser


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import open_for
    from kttt_desktop.core.numbers import format_number
    from kttt_desktop.services.findings import run_rules

    started = time.perf_counter()
    database = open_for(args, write=False)
    try:
        report = run_rules(database, on=args.date)
    finally:
        database.close()
    if args.json:
        json.dump(report.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for finding in report.findings:
            line = (f"{finding.severity.label}\t{finding.rule}\t{finding.table}/"
                    f"{finding.record_id}\t{finding.message}")
            if finding.acceptance is not None:
                said = (translate("Cli", "đã chấp nhận: {reason}") if finding.accepted else
                        translate("Cli", "mở lại vì hồ sơ đã thay đổi (đã chấp nhận: {reason})"))
                line += "\t" + said.format(reason=finding.acceptance.reason)
            print(line)
    print(report.summary() + " " + translate("Cli", "({seconds} giây)").format(
        seconds=format_number(time.perf_counter() - started, 2)), file=sys.stderr)
    return 0
