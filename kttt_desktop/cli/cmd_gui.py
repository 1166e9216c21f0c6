"""`kttt` / `kttt gui`: open the window."""

from __future__ import annotations

import argparse

from kttt_desktop.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("gui", help=translate("Cli", "mở cửa sổ chương trình"))
    # For the test of a build: open, wait for the database and the first section, quit (status 0).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser


def run(args: argparse.Namespace) -> int:
    from kttt_desktop import app

    return app.main(database=getattr(args, "db", None), language=getattr(args, "lang", None),
                    smoke_test=getattr(args, "smoke_test", False))
