"""`kttt export --period P [--xlsx FILE] [--pdf FILE] [--submit]`: write the periodic return.

Without --xlsx and --pdf both files are written in the current folder under default names.
The command only reads the database, unless --submit: then both files are written (a missing
name defaults to the other's stem) and the return is stored as submitted, as a new version.
When the period was submitted before, the values that changed since are listed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kttt_desktop.cli.arguments import add_period_argument
from kttt_desktop.core.i18n import translate

MAX_LISTED = 50


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("export", help=translate(
        "Cli", "xuất báo cáo định kỳ ra Excel và PDF; --submit lưu lại bản đã gửi"))
    add_period_argument(parser)
    parser.add_argument("--xlsx", metavar="FILE", help=translate("Cli", "tệp Excel cần ghi"))
    parser.add_argument("--pdf", metavar="FILE", help=translate("Cli", "tệp PDF cần ghi"))
    parser.add_argument("--submit", action="store_true", help=translate(
        "Cli", "ghi cả hai tệp và lưu báo cáo là bản đã gửi (không thể sửa về sau)"))
    return parser


def _targets(args: argparse.Namespace, period: str) -> tuple[Path | None, Path | None]:
    from kttt_desktop.services.returns import default_names

    xlsx = Path(args.xlsx) if args.xlsx else None
    pdf = Path(args.pdf) if args.pdf else None
    if xlsx is None and pdf is None:
        return default_names(period)
    if args.submit:
        xlsx = xlsx or pdf.with_suffix(".xlsx")  # type: ignore[union-attr]
        pdf = pdf or xlsx.with_suffix(".pdf")
    return xlsx, pdf


def _report_changes(changes) -> None:  # noqa: ANN001 - services.returns.Changes
    print(changes.message, file=sys.stderr)
    for change in changes.items[:MAX_LISTED]:
        unit = f" {change.unit}" if change.unit else ""
        print(f"  {change.label}: {change.old_text} → {change.new_text}{unit}", file=sys.stderr)
    if len(changes.items) > MAX_LISTED:
        print(translate("Cli", "  … và {count} giá trị khác.").format(
            count=len(changes.items) - MAX_LISTED), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import open_for, output, warn
    from kttt_desktop.core.periods import Period
    from kttt_desktop.services.keys import signing_key_for
    from kttt_desktop.services.returns import (
        build_snapshot,
        changes_since_submission,
        submit_return,
        write_return,
    )

    period = Period.parse(args.period)
    xlsx, pdf = _targets(args, str(period))
    for target, other in ((xlsx, pdf), (pdf, xlsx)):
        if target is not None:
            output(args, target, others=[other])
    db = open_for(args, write=args.submit)  # only a submission writes to the database
    try:
        snapshot = build_snapshot(db, period)
        changes = changes_since_submission(db, snapshot)
        key, notice = signing_key_for(db) if xlsx is not None else (None, "")
        if args.submit:
            assert xlsx is not None and pdf is not None
            submission = submit_return(db, period, xlsx=xlsx, pdf=pdf, snapshot=snapshot)
        else:
            write_return(snapshot, xlsx=xlsx, pdf=pdf, key=key)
    finally:
        db.close()
    warn(notice)
    if changes is not None:
        _report_changes(changes)
    written = ", ".join(str(p) for p in (xlsx, pdf) if p is not None)
    print(translate("Cli", "Đã ghi báo cáo {period}: {files}.").format(
        period=snapshot.period_words, files=written), file=sys.stderr)
    if args.submit:
        print(translate("Cli", "Đã lưu báo cáo {period} là bản đã gửi, phiên bản {version}.")
              .format(period=snapshot.period_words, version=submission.version), file=sys.stderr)
    return 0
