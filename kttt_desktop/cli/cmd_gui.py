"""`kttt` / `kttt gui`: open the window."""

from __future__ import annotations

import argparse

from kttt_desktop.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    return subparsers.add_parser("gui", help=translate("Cli", "mở cửa sổ chương trình"))


def run(args: argparse.Namespace) -> int:
    from kttt_desktop import app

    return app.main(database=getattr(args, "db", None))
