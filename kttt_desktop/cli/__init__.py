"""The `kttt` command (spec/cli.md).

Each subcommand lives in its own module with ``register(subparsers)`` and ``run(args) -> int``;
modules import their heavy dependencies inside ``run`` so that ``kttt --help`` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from kttt_desktop import __version__
from kttt_desktop.cli import (
    cmd_backup,
    cmd_check,
    cmd_consolidate,
    cmd_demo,
    cmd_dump,
    cmd_export,
    cmd_gui,
    cmd_import,
    cmd_init,
    cmd_keys,
    cmd_restore,
    cmd_template,
    cmd_validate,
    cmd_verify,
)
from kttt_desktop.core import i18n
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.i18n import translate
from kttt_desktop.languages import LANGUAGES, saved_language, ts_backend
from kttt_desktop.logging_setup import setup_logging

log = logging.getLogger("kttt_desktop.cli")

COMMANDS = (cmd_gui, cmd_init, cmd_demo, cmd_template, cmd_import, cmd_dump, cmd_check,
            cmd_validate, cmd_export, cmd_consolidate, cmd_keys, cmd_backup, cmd_restore,
            cmd_verify)
EXIT_BUG = 4  # not in the contract's list: a fault of the program, reported with its traceback


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar="PATH", default=default, help=translate(
        "Cli", "tệp cơ sở dữ liệu (mặc định: tệp trong thư mục dữ liệu của người dùng)"))
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help=translate(
        "Cli", "ngôn ngữ của thông báo: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định: ngôn "
        "ngữ đã chọn trong Cài đặt"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kttt",
        description=translate("Cli", "Quản lý kinh tế tập thể: sổ đăng ký, chỉ tiêu, báo cáo."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, suppress=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        sub = module.register(subparsers)
        _global_options(sub, suppress=True)
        sub.set_defaults(run=module.run)
    return parser


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def requested_language(argv: Sequence[str] | None) -> str:
    """The language of ``--lang`` wherever it stands on the command line, else the saved choice.

    Read before the parser is built, because the parser's help is already translated.
    """
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=LANGUAGES)
    known, _ = early.parse_known_args(argv)
    return known.lang or saved_language()


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    try:
        i18n.install(ts_backend(requested_language(argv)))
    except KtttError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_status
    args = build_parser().parse_args(argv)
    setup_logging()
    log.info("kttt %s (%s)", getattr(args, "command", None) or "gui", __version__)
    run = getattr(args, "run", cmd_gui.run)
    try:
        return run(args)
    except KtttError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print(translate("Cli", "Đã dừng theo yêu cầu; không có gì được ghi dở dang."),
              file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped early (`kttt check | head`): not a fault
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("unexpected error in %s", getattr(args, "command", "gui"))
        import traceback

        traceback.print_exc()
        print(translate("Cli", "Lỗi không mong đợi của chương trình (chi tiết ở trên). "
                        "Dữ liệu đã lưu không bị ảnh hưởng."), file=sys.stderr)
        return EXIT_BUG
