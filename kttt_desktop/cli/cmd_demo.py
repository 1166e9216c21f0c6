"""`kttt demo`: build a database filled with realistic generated data and the plan targets."""

from __future__ import annotations

import argparse
import sys
import time

from kttt_desktop.core.i18n import translate

SCALES = ("district", "province", "stress")


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("demo", help=translate(
        "Cli", "tạo cơ sở dữ liệu mẫu với dữ liệu sinh ngẫu nhiên như thật"))
    parser.add_argument("--scale", choices=SCALES, default="district", help=translate(
        "Cli", "quy mô: district (≈ 60 HTX), province (700 HTX, 60.500 thành viên), "
        "stress (30.000 HTX, 1.000.000 thành viên)"))
    parser.add_argument("--seed", type=int, default=1, help=translate(
        "Cli", "hạt giống ngẫu nhiên: cùng hạt giống cho cùng dữ liệu"))
    return parser


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import database_path
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.data.engines import describe
    from kttt_desktop.services.demo import build_demo

    started = time.perf_counter()
    path = build_new_database(database_path(args),
                              lambda db: build_demo(db, scale=args.scale, seed=args.seed))
    print(translate("Cli", "Đã tạo cơ sở dữ liệu mẫu {path} ({scale}, hạt giống {seed}) "
                    "trong {seconds:.1f} giây.").format(
        path=describe(path), scale=args.scale, seed=args.seed, seconds=time.perf_counter() - started),
        file=sys.stderr)
    return 0
