"""`kttt import FILE [--dry-run] [--report OUT.xlsx] [--json] [--mapping NAME]
[--commune "NAME=CODE"]… [--set "HEADER=VALUE"]… [--skip-outside-area]`: import a workbook, all
of it or nothing (spec/cli.md)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from kttt_desktop.core.i18n import translate

if TYPE_CHECKING:
    from kttt_desktop.exchange.mapping import Mapping
    from kttt_desktop.exchange.reader import WorkbookData
    from kttt_desktop.services.importing import ImportResult

SHOWN_PROBLEMS = 30  # on standard error; --json and --report carry every one


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("import", help=translate(
        "Cli", "nhập sổ đăng ký từ bảng tính (.xlsx, .xls, .xlsb, .ods, .csv); có lỗi thì không "
        "ghi gì"))
    parser.add_argument("file", metavar="FILE", help=translate("Cli", "tệp cần nhập"))
    parser.add_argument("--dry-run", action="store_true", help=translate(
        "Cli", "chỉ kiểm tra và cho biết sẽ thêm, sửa những gì; không ghi gì"))
    parser.add_argument("--report", metavar="OUT.xlsx", help=translate(
        "Cli", "ghi bản sao của tệp với các ô lỗi được đánh dấu"))
    parser.add_argument("--json", action="store_true", help=translate(
        "Cli", "in kết quả dạng JSON ra đầu ra chuẩn"))
    parser.add_argument("--mapping", metavar="NAME", help=translate(
        "Cli", "dùng cách ghép cột đã lưu với tên này"))
    parser.add_argument("--commune", metavar="TÊN=MÃ", action="append", default=[],
                        type=_choice, help=translate(
                            "Cli", "tên xã, phường (thường là tên trước sắp xếp 2025) chỉ nhiều "
                            "xã, phường mới: xếp mọi dòng ghi tên này vào xã có mã đã chọn; "
                            "ghi được nhiều lần"))
    parser.add_argument("--set", metavar="CỘT=GIÁ TRỊ", action="append", default=[],
                        type=_constant, dest="constants", help=translate(
                            "Cli", "giá trị cho mọi dòng của một cột tệp không có, ví dụ --set "
                            "\"Lĩnh vực=Nông nghiệp\"; ghi được nhiều lần"))
    parser.add_argument("--skip-outside-area", action="store_true", help=translate(
        "Cli", "bỏ qua (không nhập) các tổ chức ở xã, phường ngoài địa bàn của cơ quan và các "
        "dòng của chúng ở các trang khác, thay vì báo lỗi; các dòng bỏ qua được liệt kê"))
    return parser


def _constant(text: str) -> tuple[str, str]:
    header, sep, value = text.partition("=")
    if not sep or not header.strip() or not value.strip():
        raise argparse.ArgumentTypeError(translate(
            "Cli", "“{text}”: hãy ghi tên cột, dấu = và giá trị, ví dụ “Lĩnh vực=Nông nghiệp”."
        ).format(text=text))
    return header.strip(), value.strip()


def _choice(text: str) -> tuple[str, str]:
    name, sep, code = text.rpartition("=")
    code = code.strip()
    if not sep or not name.strip() or not (code.isdigit() and len(code) <= 5):
        raise argparse.ArgumentTypeError(translate(
            "Cli", "“{text}”: hãy ghi tên xã, dấu = và mã xã mới, ví dụ “phường Cống Vị=00008”."
        ).format(text=text))
    return name.strip(), code.zfill(5)


def _print_summary(result: ImportResult) -> None:
    for sheet in result.sheets:
        print(sheet.describe(), file=sys.stderr)
        for conversion in sheet.conversions:
            print(f"  {conversion}", file=sys.stderr)
        if sheet.ignored_columns:
            print("  " + translate("Cli", "Cột không dùng: {columns}").format(
                columns=", ".join(f"“{c}”" for c in sheet.ignored_columns)), file=sys.stderr)
    if result.ignored_sheets:
        print(translate("Cli", "Trang không nhập: {sheets}").format(
            sheets=", ".join(f"“{s}”" for s in result.ignored_sheets)), file=sys.stderr)
    for inference in result.inferences:
        print(inference.describe(), file=sys.stderr)
    for renaming in result.renamings:
        print(renaming.describe(), file=sys.stderr)
    if result.left_out:
        print(translate("Cli", "Bỏ qua {count} dòng ngoài địa bàn:").format(
            count=len(result.left_out)), file=sys.stderr)
        for row in result.left_out:
            print("  " + row.describe(), file=sys.stderr)
    if result.outside_area:
        print(translate("Cli", "Có {count} tổ chức ở xã, phường ngoài địa bàn; nếu tệp là danh "
                        "sách của cả tỉnh, chạy lại với --skip-outside-area để bỏ qua các dòng "
                        "này.").format(count=result.outside_area), file=sys.stderr)
    for choice in result.commune_choices:
        print(translate("Cli", "Cần chọn xã, phường cho “{text}”: {reason} Chạy lại với "
                        "--commune \"{text}=MÃ\".").format(text=choice.text, reason=choice.reason),
              file=sys.stderr)
    for problem in result.problems[:SHOWN_PROBLEMS]:
        prefix = "" if problem.is_error else translate("Cli", "Cảnh báo: ")
        print(prefix + problem.describe(), file=sys.stderr)
    hidden = len(result.problems) - SHOWN_PROBLEMS
    if hidden > 0:
        print(translate("Cli", "… và {count} vấn đề khác (xem --report hoặc --json).").format(
            count=hidden), file=sys.stderr)


def _verdict(result: ImportResult) -> str:
    if not result.ok:
        return translate("Cli", "Có {count} lỗi: không có gì được ghi. Hãy sửa tệp rồi nhập "
                         "lại.").format(count=len(result.errors))
    if result.dry_run:
        return translate("Cli", "Chạy thử: tệp không có lỗi; chưa ghi gì.")
    if result.written:
        return translate("Cli", "Đã nhập xong; bản sao lưu trước khi nhập: {backup}.").format(
            backup=result.backup)
    return translate("Cli", "Không có gì thay đổi: cơ sở dữ liệu đã giống tệp.")


def _with_constants(workbook: WorkbookData, mapping: Mapping,
                    constants: list[tuple[str, str]]) -> Mapping:
    from kttt_desktop.core.errors import InputError
    from kttt_desktop.exchange.mapping import set_constant

    for header, value in constants:
        applied, kept = set_constant(workbook, mapping, header, value)
        if kept and not applied:
            raise InputError(translate(
                "Cli", "--set “{header}=…”: trang {sheets} đã có cột này; --set chỉ dùng cho cột "
                "tệp không có. Để thay cột của tệp bằng một giá trị, hãy bỏ ghép cột đó trong "
                "trình nhập, lưu cách ghép rồi dùng --mapping.").format(
                    header=header, sheets=", ".join(kept)))
        if not applied:
            raise InputError(translate(
                "Cli", "--set “{header}=…”: không trang nào của tệp nhập vào sổ có cột “{header}”; "
                "hãy ghi tên cột như trong mẫu nhập (kttt template), ví dụ “Lĩnh vực”, “Loại "
                "hình”, “Năm”.").format(header=header))
    return mapping


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.cli.common import open_for, output
    from kttt_desktop.exchange.sniff import WorkbookRefused
    from kttt_desktop.services.importing import detect_mapping, import_workbook, read_file
    from kttt_desktop.services.importing.mappings import load_mapping

    report = output(args, args.report, inputs=[args.file]) if args.report else None
    try:
        workbook = read_file(args.file)  # a refused file stops here, before the database opens
    except WorkbookRefused as refused:
        if args.json:  # the script reading the output learns why too
            json.dump({"file": str(args.file), "dry_run": args.dry_run, "written": False,
                       "refused": refused.message, "sheets": {}, "ignored_sheets": [],
                       "errors": [], "warnings": [], "renamed": [], "commune_choices": [],
                       "inferred": [], "left_out": [], "outside_area": 0},
                      sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        raise
    db = open_for(args, write=not args.dry_run)
    try:
        mapping = load_mapping(db, args.mapping, workbook) if args.mapping else None
        if args.constants:
            mapping = _with_constants(workbook, mapping or detect_mapping(workbook),
                                      args.constants)
        result = import_workbook(db, workbook, mapping=mapping, dry_run=args.dry_run,
                                 commune_choices=dict(args.commune), report=report,
                                 skip_outside_area=args.skip_outside_area)
    finally:
        db.close()
    if report is not None:
        print(translate("Cli", "Đã ghi báo cáo {path}.").format(path=report), file=sys.stderr)
    _print_summary(result)
    print(_verdict(result), file=sys.stderr)
    if args.json:
        json.dump(result.as_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 0 if result.ok else 1
