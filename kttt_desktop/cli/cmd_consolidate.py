"""`kttt consolidate FILE… --period P --out FILE.xlsx [--pdf FILE]`: combine offices' returns.

The returns are read from their data sheets and refused, all of them named with their reasons
and nothing written (exit status 1), when one cannot be used (services.returns.consolidation).
The header, targets and text of the consolidated return are those of the consolidating office:
the database of --db, or else the default database when it exists; a database without an office
profile gives a plain header naming the province. The offices' signatures are verified against
the keys registered in that database (`kttt keys`): a file not verified is refused unless named
with --accept-unsigned, and each file so accepted is recorded in the consolidated return.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kttt_desktop.cli.arguments import add_period_argument
from kttt_desktop.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("consolidate", help=translate(
        "Cli", "tổng hợp các báo cáo Excel do các đơn vị gửi lên thành một báo cáo"))
    parser.add_argument("files", nargs="+", metavar="FILE", help=translate(
        "Cli", "tệp Excel báo cáo của các đơn vị"))
    add_period_argument(parser)
    parser.add_argument("--out", required=True, metavar="FILE.xlsx", help=translate(
        "Cli", "tệp Excel báo cáo tổng hợp cần ghi"))
    parser.add_argument("--pdf", metavar="FILE", help=translate(
        "Cli", "tệp PDF báo cáo tổng hợp cần ghi"))
    parser.add_argument("--accept-unsigned", metavar="FILE", action="append", default=[],
                        help=translate(
        "Cli", "vẫn tổng hợp tệp này dù chữ ký số của nó không xác thực được (chưa ký, khóa chưa "
        "đăng ký hoặc đã thu hồi, ô bị sửa); việc chấp nhận được ghi vào báo cáo tổng hợp. Nêu "
        "lại cho từng tệp"))
    return parser


def _office_database(args: argparse.Namespace):  # noqa: ANN202 - a Database or None
    """The consolidating office's database, read-only, or None (module docstring)."""
    from kttt_desktop.cli.common import database_path, warn
    from kttt_desktop.services.opening import open_office

    path = database_path(args)
    if not getattr(args, "db", None) and isinstance(path, Path) and not path.exists():
        return None
    opened = open_office(path, read_only=True)
    db = opened.database
    warn(db.warning)
    if opened.profile is None:
        warn(translate("Cli", "Cơ sở dữ liệu {path} chưa có thông tin cơ quan: báo cáo tổng hợp "
                       "dùng tiêu đề chung, không có mục tiêu kế hoạch.").format(path=db.name))
    return db


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import output
    from kttt_desktop.core.periods import Period
    from kttt_desktop.services.returns import consolidate_files, read_office_files

    period = Period.parse(args.period)
    output(args, args.out, inputs=args.files, others=[args.pdf])
    if args.pdf:
        output(args, args.pdf, inputs=args.files, others=[args.out])
    files = read_office_files([Path(f) for f in args.files])
    db = _office_database(args)
    try:
        written = consolidate_files(files, period, xlsx=Path(args.out),
                                    pdf=Path(args.pdf) if args.pdf else None, db=db,
                                    accepted=[Path(f) for f in args.accept_unsigned])
    finally:
        if db is not None:
            db.close()
    for why in written.accepted:
        print(translate("Cli", "Chấp nhận dù chưa xác thực (đã ghi vào báo cáo tổng hợp): {why}")
              .format(why=why), file=sys.stderr)
    snapshot = written.snapshot
    paths = ", ".join(str(p) for p in (written.xlsx, written.pdf) if p is not None)
    print(translate("Cli", "Đã tổng hợp {count} báo cáo {period} ({communes} xã, phường): {files}.")
          .format(count=len(files), period=snapshot.period_words,
                  communes=len(snapshot.header.area), files=paths), file=sys.stderr)
    return 0
