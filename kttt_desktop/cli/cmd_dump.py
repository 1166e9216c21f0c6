"""`kttt dump --out FILE.xlsx [--with-personal-data]`: every register in the import format."""

from __future__ import annotations

import argparse
import sys

from kttt_desktop.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("dump", help=translate(
        "Cli", "xuất toàn bộ sổ đăng ký ra bảng tính theo mẫu nhập liệu"))
    parser.add_argument("--out", metavar="FILE.xlsx", required=True, help=translate(
        "Cli", "tệp cần ghi"))
    parser.add_argument("--with-personal-data", action="store_true", help=translate(
        "Cli", "kèm dữ liệu cá nhân: số CCCD, điện thoại, ngày sinh, địa chỉ của thành viên (việc "
        "xuất được ghi vào nhật ký)"))
    return parser


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import open_for, output
    from kttt_desktop.services.dump import dump_registers

    output(args, args.out)
    db = open_for(args, write=args.with_personal_data)
    try:
        result = dump_registers(db, args.out, with_personal_data=args.with_personal_data)
    finally:
        db.close()
    counts = ", ".join(f"{sheet} {count:,}".replace(",", ".")
                       for sheet, count in result.rows.items())
    print(translate("Cli", "Đã ghi {path}: {counts}.").format(path=result.path, counts=counts),
          file=sys.stderr)
    if not result.personal_data:
        print(translate("Cli", "Tệp không có dữ liệu cá nhân: số CCCD, điện thoại, ngày sinh, "
                        "địa chỉ của thành viên (thêm --with-personal-data để xuất cả các cột "
                        "này)."), file=sys.stderr)
    return 0
