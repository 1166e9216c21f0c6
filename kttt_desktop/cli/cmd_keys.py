"""`kttt keys [list | export | import | revoke]`: the keys that sign and verify returns.

- ``kttt keys`` (or ``keys list``): this office's key (its fingerprint, to read over the phone)
  and the offices' keys registered here, with their state.
- ``kttt keys export --out FILE``: write this office's public key, to send up to the province.
- ``kttt keys import FILE --fingerprint DIGITS``: register an office's key, once the
  fingerprint its officer read out matches the file's.
- ``kttt keys revoke DIGITS [--reason TEXT]``: returns signed by that key are refused from now.
"""

from __future__ import annotations

import argparse
import sys

from kttt_desktop.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("keys", help=translate(
        "Cli", "khóa ký số của cơ quan và khóa của các đơn vị đã đăng ký (xem, xuất, đăng ký, "
        "thu hồi)"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("list", help=translate("Cli", "liệt kê khóa (mặc định)"))
    export = actions.add_parser("export", help=translate(
        "Cli", "ghi khóa công khai của cơ quan này ra tệp để gửi lên tỉnh"))
    export.add_argument("--out", required=True, metavar="FILE", help=translate(
        "Cli", "tệp khóa công khai cần ghi (.kttt-key)"))
    imported = actions.add_parser("import", help=translate(
        "Cli", "đăng ký khóa công khai của một đơn vị (sau khi đối chiếu dấu vân tay)"))
    imported.add_argument("file", metavar="FILE", help=translate(
        "Cli", "tệp khóa công khai đơn vị gửi lên"))
    imported.add_argument("--fingerprint", required=True, metavar="DIGITS", help=translate(
        "Cli", "dấu vân tay (24 chữ số) cán bộ của đơn vị đọc qua điện thoại"))
    revoke = actions.add_parser("revoke", help=translate(
        "Cli", "thu hồi khóa của một đơn vị: báo cáo ký bằng khóa đó bị từ chối từ nay"))
    revoke.add_argument("fingerprint", metavar="DIGITS", help=translate(
        "Cli", "dấu vân tay của khóa cần thu hồi"))
    revoke.add_argument("--reason", default="", metavar="TEXT", help=translate(
        "Cli", "lý do (ví dụ: đơn vị đổi máy, mất máy)"))
    return parser


def _list(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import open_for
    from kttt_desktop.data.keys import signing_key
    from kttt_desktop.services.keys import registered_keys

    db = open_for(args, write=False)
    try:
        own = signing_key(db.local_path, create=False)
        keys = registered_keys(db)
    finally:
        db.close()
    if own is None:
        print(translate("Cli", "Cơ quan này chưa có khóa ký (khóa được tạo khi xuất báo cáo hoặc "
                        "bằng kttt keys export)."))
    else:
        print(translate("Cli", "Khóa ký của cơ quan này: {fingerprint} ({path})").format(
            fingerprint=own.fingerprint, path=own.path))
    if not keys:
        print(translate("Cli", "Chưa đăng ký khóa của đơn vị nào."))
    for key in keys:
        state = (translate("Cli", "thu hồi {day}").format(
            day=key.revoked_at.astimezone().strftime("%d/%m/%Y")) if key.revoked_at else
            translate("Cli", "có hiệu lực"))
        print(f"{key.fingerprint}\t{key.office}\t{len(key.area)}\t"
              f"{key.registered_at.astimezone().strftime('%d/%m/%Y')}\t{state}")
    return 0


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import open_for, output
    from kttt_desktop.services.keys import (
        export_public_key,
        new_key_notice,
        register_key,
        revoke_key,
    )

    if args.action in (None, "list"):
        return _list(args)
    if args.action == "export":
        target = output(args, args.out)
        db = open_for(args, write=False)
        try:
            path, key = export_public_key(db, target)
        finally:
            db.close()
        if key.created:
            print(new_key_notice(key), file=sys.stderr)
        print(translate("Cli", "Đã ghi khóa công khai {path}. Dấu vân tay: {fingerprint}. Gửi tệp "
                        "lên tỉnh và đọc dấu vân tay này cho cán bộ của tỉnh qua điện thoại.")
              .format(path=path, fingerprint=key.fingerprint), file=sys.stderr)
        return 0
    db = open_for(args, write=True)
    try:
        if args.action == "import":
            key = register_key(db, args.file, args.fingerprint)
            message = translate("Cli", "Đã đăng ký khóa của {office} ({count} xã, phường), dấu "
                                "vân tay {fingerprint}.").format(
                office=key.office, count=len(key.area), fingerprint=key.fingerprint)
        else:
            key = revoke_key(db, args.fingerprint, args.reason)
            message = translate("Cli", "Đã thu hồi khóa của {office} (dấu vân tay {fingerprint}); "
                                "báo cáo ký bằng khóa này bị từ chối từ nay.").format(
                office=key.office, fingerprint=key.fingerprint)
    finally:
        db.close()
    print(message, file=sys.stderr)
    return 0
