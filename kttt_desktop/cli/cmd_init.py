"""`kttt init`: create the database of an office."""

from __future__ import annotations

import argparse
import sys

from kttt_desktop.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("init", help=translate(
        "Cli", "tạo cơ sở dữ liệu cho một cơ quan với địa bàn là các xã đã nêu"))
    parser.add_argument("--office", required=True, metavar="NAME",
                        help=translate("Cli", "tên cơ quan"))
    parser.add_argument("--province", required=True, metavar="CODE",
                        help=translate("Cli", "mã tỉnh, 2 chữ số (ví dụ 22 là Quảng Ninh)"))
    parser.add_argument("--area", required=True, metavar="CODE[,CODE…]",
                        help=translate("Cli", "mã các xã, phường của địa bàn (5 chữ số)"))
    return parser


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import database_path
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.data.engines import describe
    from kttt_desktop.services.office import OfficeProfile, save_profile

    profile = OfficeProfile(
        name=args.office,
        province_code=args.province.strip().zfill(2),
        area=[c.strip().zfill(5) for c in args.area.split(",") if c.strip()],
    )
    path = build_new_database(database_path(args), lambda db: save_profile(db, profile))
    print(translate("Cli", "Đã tạo cơ sở dữ liệu {path} cho {office} ({n} xã, phường).").format(
        path=describe(path), office=profile.name, n=len(profile.area)), file=sys.stderr)
    return 0
