"""Screenshots of the sections, taken from the real program on a real X server (Xvfb).

    python scripts/screenshots.py --demo     build the province demo, then take every shot
    python scripts/screenshots.py --db demo.db [--out docs/screenshots] [--size 1280x800]

Every shot of the user guide (docs/huong-dan-su-dung.md) comes from here; the shots whose name
ends in ``-en`` are taken with the interface in English.

The program opens a copy of the database (some shots change it: backups, edits for the log, a
lock of another machine) with a throw-away data folder, in an Xvfb screen of exactly the
window's size.
Each shot is a grab of the widget (QWidget.grab); shots marked ``root`` are also captured from
the X server with ImageMagick (``import -window root``): what a user would see, drawn by X.

A later screen adds its shot to SHOTS: the section key, the file name, and optionally a setup
function that prepares the section (and may return another widget to grab, e.g. a dialog).

Why it is long: it is a list of shots, one short setup function each, in the order of the user
guide; splitting it would scatter the guide's order.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_translations import compile_translations  # noqa: E402


@dataclass(frozen=True)
class Shot:
    section: str  # key of the section in kttt_desktop.ui.sections.SECTIONS
    name: str  # file name without .png
    setup: Callable[..., object] | None = None  # setup(window, page) -> widget to grab or None
    root: bool = False  # also capture the whole X screen
    teardown: Callable[..., object] | None = None  # teardown(window, page) after the grab
    screen: bool = False  # the shot is the whole X screen (a dialog over the window, as seen)


def _settings_loaded(window, page):
    wait_until(lambda: page.editor.choices is not None)


def _office_dialog(window, page):
    dialog = window.ask_office_profile()
    wait_until(lambda: dialog.editor.choices is not None)
    return dialog


def _area_search(window, page):
    _settings_loaded(window, page)
    page.editor.ui.area_filter.setText("binh")


def _profile_errors(window, page):
    _settings_loaded(window, page)
    page.editor.ui.name.clear()
    page.editor.ui.area_filter.clear()
    page.editor.ui.select_none.click()
    page.save_button.click()
    wait_until(lambda: page.editor.ui.name_error.isVisible())


def _suspended_htx(window) -> str:
    """The name of an HTX that has members and was once suspended: a full record to show."""
    from sqlalchemy import text

    with window.database.engine.connect() as connection:
        return connection.execute(text(
            "SELECT o.name FROM organisation o WHERE o.kind = 'htx' AND o.dissolved_on IS NULL"
            " AND EXISTS (SELECT 1 FROM suspension s WHERE s.organisation_id = o.id)"
            " AND (SELECT count(*) FROM member m WHERE m.organisation_id = o.id) > 20"
            " ORDER BY o.name_sort LIMIT 1")).scalar_one()


def _first_row(page):
    page.view.setFocus()
    page.view.selectRow(0)
    wait_until(lambda: page.form.record_id is not None)


def _organisation(window, page):
    """A cooperative found by its name, then the whole list again around it."""
    page.search.setText(_suspended_htx(window))
    wait_until(lambda: page.model.query.search != "")
    _first_row(page)
    page.search.clear()
    wait_until(lambda: page.model.query.search == "")
    page.select(page.form.record_id)
    page.tabs.setCurrentIndex(0)


def _organisation_members(window, page):
    _organisation(window, page)
    page.tabs.setCurrentWidget(page.members)
    wait_until(lambda: page.members.model.rowCount() > 0)
    page.members.view.selectRow(2)


def _organisation_search(window, page):
    page.tabs.setCurrentIndex(0)
    page.search.setText("ha long")
    box = page.filter_boxes["status"]
    box.setCurrentIndex(box.findData("operating"))
    wait_until(lambda: page.model.query.search == "ha long")
    _first_row(page)


def _member(window, page):
    _first_row(page)


def _member_errors(window, page):
    """A new member typed with mistakes, after Lưu: what the rules say, beside each field."""
    page.new_record()
    ui = page.form.ui
    ui.organisation_id.set_value(next(iter(page.form.organisation_kinds)))
    ui.full_name.setText("Nguyễn Văn Bình")
    ui.birth_date.setText("12/05/2012")
    ui.gender.set_value("male")
    ui.cccd.setText("022185123456")
    ui.joined_on.setText("01/03/2024")
    ui.capital_contribution.setText("5")  # million đồng
    page.form.save()
    wait_until(lambda: ui.birth_date_error.isVisible())


def _drop_changes(window, page):
    page.form.revert()


def _returns_targets(window, page):
    """The return of the demo's last quarter with data, on its targets (coloured by status)."""
    from kttt_desktop.core.periods import Period

    page.set_period(Period.parse("2025-Q3"))
    wait_until(lambda: page.overview is not None and not page.busy)
    page.ui.section_list.setCurrentRow(7)


def _select_where(page, wanted: Callable[[int], bool], limit: int = 300) -> None:
    """Select the first row of a register list for which ``wanted(row)`` holds."""
    for row in range(min(page.model.rowCount(), limit)):
        page.view.selectRow(row)
        if wanted(row):
            return
    page.view.selectRow(0)


def _manager_positions(window, page):
    positions = [c.key for c in page.model.columns].index("positions")
    _select_where(page, lambda row: ", " in (page.model.index(row, positions).data() or ""))


def _manager_training(window, page):
    _select_where(page, lambda row: page.trainings.model.rowCount() > 1)
    page.tabs.setCurrentWidget(page.trainings)
    page.trainings.view.selectRow(0)


def _filtered(key: str, value: object) -> Callable[..., None]:
    """Choose ``value`` in the filter ``key`` (``None``: its first choice), then the first row."""
    def setup(window, page):
        box = page.filter_boxes[key]
        box.setCurrentIndex(box.findData(value) if value is not None else 1)
        _first_row(page)

    return setup


def _rating_advice(window, page):
    """A rating typed against its score: the suggestion and the rules' warning."""
    page.new_record()
    form = page.form
    form.ui.organisation_id.lineEdit().setText("hoa sen")
    form.ui.organisation_id.commit()
    form.ui.score.setText("78,5")
    form.ui.score.edited.emit()
    form.ui.rating_class.set_value("good")
    form.ui.rating_class.edited.emit()
    form.check_now()


def _checked(day: str | None = None) -> Callable[..., None]:
    """The findings of the cross-record rules (at ``day``, default today)."""
    def setup(window, page):
        wait_until(lambda: page.report is not None)
        if day is not None:
            page.ui.on.setText(day)
            page.report = None
            page.run()
            wait_until(lambda: page.report is not None)
        page.ui.table.selectRow(0)

    return setup


SHOWN_PERIOD = "2025-Q3"  # a period of the demo that has targets, part-way through its year


def _overview(window, page, tab: int = 0):
    from kttt_desktop.core.periods import Period

    period = Period.parse(SHOWN_PERIOD)
    page.set_period(period)
    wait_until(lambda: page.overview is not None and page.overview.period == period)
    page.ui.tabs.setCurrentIndex(tab)


def _overview_records(window, page):
    _overview(window, page)
    card = next(c for c in page.ui.cards.cards if c.check.target.indicator == "htx.new")
    dialog = page.open_target(card.check)
    wait_until(lambda: dialog.listing is not None)
    return dialog


def _targets(window, page, tab: int = 0):
    page.ui.year.setValue(2025)
    wait_until(lambda: page.data is not None and page.data.year == 2025)
    page.ui.tabs.setCurrentIndex(tab)


def _target_form(window, page):
    _targets(window, page)
    page.ui.targets.selectRow(4)  # "từ 30 đến 50 HTX thành lập mới"
    return page.edit_target()


def _target_form_errors(window, page):
    dialog = _target_form(window, page)
    dialog.ui.max_value.setText("25")
    dialog.save()
    return dialog


def _manual_indicators(window, page):
    from kttt_desktop.core.periods import Period
    from kttt_desktop.services.manual_indicators import define_manual, set_manual_value

    slug = "ty_trong_grdp"
    define_manual(window.database, slug, "Tỷ trọng đóng góp của KTTT vào GRDP", "%")
    for period, value in (("2025-Q1", 4.6), ("2025-H1", 4.8), ("2025-Q3", 5.0)):
        set_manual_value(window.database, slug, Period.parse(period), value,
                         "Cục Thống kê tỉnh (ước tính)")
    _targets(window, page, tab=1)
    page.reload()
    wait_until(lambda: page.manual_model.rowCount() == 1)
    page.ui.manual_list.selectRow(0)
    wait_until(lambda: bool(page.history))


def _import_wizard(window, page, step: str = "mapping"):
    """The import wizard on an export of the database where two cells were spoilt."""
    import openpyxl

    from kttt_desktop.services.dump import dump_registers

    folder = Path(tempfile.mkdtemp(prefix="kttt-import-"))
    path = dump_registers(window.database, folder / "so-dang-ky-xa.xlsx").path
    workbook = openpyxl.load_workbook(path)

    def cell(sheet: str, header: str, row: int):
        headers = [c.value for c in workbook[sheet][1]]
        return workbook[sheet].cell(row, headers.index(header) + 1)

    cell("ThanhVien", "Ngày vào", 4).value = "31/02/2025"
    code = cell("ToChuc", "Mã số", 3)
    code.value = code.value[:-1] + str((int(code.value[-1]) + 1) % 10)
    workbook.save(path)
    wizard = page.open_wizard()
    wizard.resize(1100, 720)
    task = wizard.load_file(path)
    wait_until(lambda: task.is_finished)
    wizard.next()
    wizard.ui.sheets_table.setCurrentCell(2, 0)
    if step == "check":
        wizard.next()
        wait_until(lambda: wizard.result is not None and not wizard.busy)
    return wizard


def _close_wizard(window, page):
    page.wizard.close()


def _backups(window, page):
    """A few weeks of backups, as an office would have them."""
    from datetime import timedelta

    from kttt_desktop.core import clock
    from kttt_desktop.data.backup import BackupKind
    from kttt_desktop.services.backups import back_up

    now = clock.now()
    for days, kind in ((25, BackupKind.AUTOMATIC), (12, BackupKind.BEFORE_IMPORT),
                       (9, BackupKind.AUTOMATIC), (6, BackupKind.MANUAL),
                       (2, BackupKind.AUTOMATIC)):
        back_up(window.database.path, kind, now=now - timedelta(days=days, hours=days % 5))
    page.reload()
    wait_until(lambda: page.model.rowCount() >= 6 and page.backup_button.isEnabled())
    page.table.selectRow(3)


def _restore_preview(window, page):
    if page.model.rowCount() < 6:
        _backups(window, page)
    page.table.selectRow(3)
    dialog = page.restore_selected()
    wait_until(lambda: dialog.preview is not None)
    return dialog


def _log_edits(window) -> None:
    """Some everyday changes, so that the log has more than the demo's own entry."""
    from sqlalchemy import text

    from kttt_desktop.services.registers.records import load_record, save_record
    from kttt_desktop.services.registers.trash import delete_record

    db = window.database
    with db.engine.connect() as connection:
        organisations = connection.execute(text(
            "SELECT id FROM organisation WHERE kind = 'htx' AND dissolved_on IS NULL "
            "ORDER BY name_sort LIMIT 3")).scalars().all()
        members = connection.execute(text(
            "SELECT id FROM member WHERE left_on IS NULL ORDER BY id LIMIT 2")).scalars().all()
    for number, (organisation, note, reason) in enumerate(zip(organisations, (
            "Chuyển trụ sở về thôn Đông", "Bổ sung ngành dịch vụ nông nghiệp",
            "Đã nộp báo cáo tài chính năm 2024"), (
            "Công văn số 15/UBND", "Theo giấy chứng nhận mới", ""), strict=True)):
        record = load_record(db, "organisation", organisation)
        save_record(db, "organisation", {**record, "note": note}, organisation, reason=reason)
        if number == 0:
            save_record(db, "organisation", {**record, "note": note,
                                             "charter_capital": 1_500_000_000}, organisation,
                        reason="Nghị quyết đại hội thành viên")
    member = load_record(db, "member", members[0])
    save_record(db, "member", {**member, "phone": "0912345678"}, members[0],
                reason="Thành viên báo số mới")
    delete_record(db, "member", members[1], reason="Nhập trùng")


def _audit(window, page):
    _log_edits(window)
    page.reload()
    wait_until(lambda: page.model.rowCount() > 5)
    page.view.selectRow(1)


def _read_only(window, page):
    """The window as a second officer sees it while another machine writes to the file."""
    from datetime import timedelta

    from kttt_desktop import __version__
    from kttt_desktop.core import clock
    from kttt_desktop.data.lock import LockHolder, lock_path

    path = window.database.path
    window._close_database()
    now = clock.now()
    holder = LockHolder(user="Nguyễn Thị Hoa", machine="PKT-02", pid=4242, process_start=None,
                        taken_at=now - timedelta(hours=2, minutes=10),
                        refreshed_at=now - timedelta(minutes=1), version=__version__,
                        token="other")
    lock_path(path).write_bytes(holder.to_json())
    window.open_database(path)
    wait_until(lambda: window.database is not None)
    page = window.show_section("organisations")
    _first_row(page)


def _write_again(window, page):
    from kttt_desktop.data.lock import lock_path

    path = window.database.path
    window._close_database()
    lock_path(path).unlink()
    window.open_database(path)
    wait_until(lambda: window.database is not None)


def _consolidation(window, page):
    """The consolidation tab after reading the demo's own return of the period chosen (a real
    province would add one file per office)."""
    from kttt_desktop.core.periods import Period
    from kttt_desktop.services.returns import export_return

    _returns_targets(window, page)
    folder = Path(tempfile.mkdtemp(prefix="kttt-offices-"))
    files = [export_return(window.database, Period.parse(period), xlsx=folder / name).xlsx
             for period, name in ((SHOWN_PERIOD, "bao-cao-quy-3.xlsx"),)]
    page.ui.tabs.setCurrentWidget(page.consolidation)
    task = page.consolidation.read(files)
    wait_until(lambda: task.is_finished)
    settle()


def _back_to_return(window, page):
    page.ui.tabs.setCurrentIndex(0)


_opened_before: list[Path] = []  # the demo database, while the first start shows a new one


def _first_start(window, page):
    """A new database: the office dialog of the first start, its first field being typed in."""
    from PySide6.QtWidgets import QApplication

    from kttt_desktop.ui.office_profile import OfficeProfileDialog

    _opened_before.append(window.database_path)
    window.open_database(Path(tempfile.mkdtemp(prefix="kttt-new-")) / "kttt.db", create=True)
    wait_until(lambda: window.findChild(OfficeProfileDialog) is not None)
    dialog = window.findChild(OfficeProfileDialog)
    wait_until(lambda: dialog.editor.choices is not None
               and QApplication.focusWidget() is dialog.editor.ui.name)
    dialog.editor.ui.name.insert("Phòng Kinh tế xã Bình Liêu")  # left open for the teardown


def _back_to_demo(window, page):
    """Save the new office (closing the dialog unsaved would say so), then the demo again."""
    from PySide6.QtCore import Qt

    from kttt_desktop.ui.office_profile import OfficeProfileDialog

    dialog = window.findChild(OfficeProfileDialog)
    editor = dialog.editor
    combo = editor.ui.province_code
    combo.setCurrentIndex(combo.findText("Quảng Ninh"))
    editor.area_model.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.save_button.click()
    wait_until(lambda: not dialog.isVisible())
    demo = _opened_before.pop()
    window.open_database(demo)
    wait_until(lambda: window.database is not None and window.database_path == demo)


def _member_scrolled(window, page):
    """An HTX's members tab: a member's form scrolled down to the field that has the focus."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.activateWindow()  # keys go to the focused field of the active window
    wait_until(lambda: QApplication.activeWindow() is window)
    _organisation(window, page)
    page.tabs.setCurrentWidget(page.members)
    members = page.members
    wait_until(lambda: members.model.rowCount() > 0)
    members.view.setFocus()
    members.view.selectRow(1)
    wait_until(lambda: members.form.record_id is not None)
    members.open_current()
    for _ in range(10):  # Enter moves on, as an officer goes down the form
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle()


def _cards(window, page):
    _overview(window, page)
    page.ui.cards_area.verticalScrollBar().setValue(0)


def _print_preview(window, page):
    _returns_targets(window, page)
    page.ui.section_list.setCurrentRow(1)
    task = page.preview()
    wait_until(lambda: task.is_finished and page.preview_dialog is not None)
    dialog = page.preview_dialog
    wait_until(lambda: dialog.document.pageCount() > 0)
    return dialog


def _guide(window, page):
    guide = window.show_guide()
    guide.resize(1000, 760)
    return guide


SHOTS: list[Shot] = [
    Shot("overview", "main-window", _overview, root=True),
    Shot("overview", "overview-table", lambda w, p: _overview(w, p, tab=1)),
    Shot("overview", "overview-charts", lambda w, p: _overview(w, p, tab=2)),
    Shot("overview", "overview-records", _overview_records),
    Shot("targets", "targets", _targets),
    Shot("targets", "target-form", _target_form),
    Shot("targets", "target-form-errors", _target_form_errors),
    Shot("targets", "manual-indicators", _manual_indicators),
    Shot("organisations", "organisations", _organisation),
    Shot("organisations", "organisation-members", _organisation_members),
    Shot("organisations", "organisations-search", _organisation_search),
    Shot("members", "members", _member),
    Shot("members", "member-errors", _member_errors, teardown=_drop_changes),
    Shot("managers", "managers", _manager_positions),
    Shot("managers", "manager-training", _manager_training),
    Shot("ocop", "ocop-expiring", _filtered("validity", "expiring")),
    Shot("ratings", "ratings", _filtered("year", None)),
    Shot("ratings", "rating-advice", _rating_advice, teardown=_drop_changes),
    Shot("figures", "figures", _filtered("year", None)),
    Shot("checks", "checks", _checked()),
    Shot("checks", "checks-before-2024-law", _checked("30/06/2024")),
    Shot("settings", "settings", _settings_loaded),
    Shot("settings", "settings-area-search", _area_search),
    Shot("settings", "settings-errors", _profile_errors),
    Shot("settings", "office-dialog", _office_dialog),
    Shot("returns", "returns", _returns_targets),
    Shot("exchange", "exchange"),
    Shot("exchange", "import-mapping", _import_wizard, teardown=_close_wizard),
    Shot("exchange", "import-check", lambda w, p: _import_wizard(w, p, "check"),
         teardown=_close_wizard),
    Shot("backup", "backup", _backups),
    Shot("backup", "restore-preview", _restore_preview),
    Shot("audit", "audit-log", _audit),
    Shot("organisations", "read-only", _read_only, teardown=_write_again),
    Shot("returns", "consolidation", _consolidation, teardown=_back_to_return),
    Shot("overview", "guide", _guide),
    # At 1366×768 (--size 1366x768 --only …): the common office screen.
    Shot("organisations", "member-form-scrolled", _member_scrolled),
    Shot("overview", "overview-cards-1366", _cards),
    Shot("returns", "print-preview-1366", _print_preview, screen=True),
    Shot("overview", "first-start", _first_start, teardown=_back_to_demo, screen=True),
]
# Taken with the interface in English.
SHOTS_EN: list[Shot] = [
    Shot("overview", "main-window-en", _overview),
    Shot("organisations", "organisation-form-en", _organisation),
]


def wait_until(predicate: Callable[[], bool], timeout: float = 15.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.4) -> None:
    """Let the X server and Qt finish drawing."""
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen, str]:
    """An Xvfb screen of the given size; returns the process and its DISPLAY."""
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        process.kill()
        raise RuntimeError("Xvfb did not start")
    return process, f":{number}"


def take_shots(database: Path, out: Path, width: int, height: int,
               shots: list[Shot], language: str = "vi") -> list[Path]:
    from PySide6.QtCore import QRect

    from kttt_desktop.app import create_application
    from kttt_desktop.ui import msgbox
    from kttt_desktop.ui.main_window import MainWindow
    from kttt_desktop.ui.settings import Settings

    recorder = msgbox.Recorder()
    msgbox.set_recorder(recorder)  # a dialog must never wait for a click here
    create_application(language)
    window = MainWindow(Settings())
    window.setGeometry(QRect(0, 0, width, height))
    window.show()
    window.open_database(database)
    wait_until(lambda: window.database is not None or bool(recorder.shown))
    if window.database is None:
        raise RuntimeError("; ".join(recorder.texts()))
    written = []
    for shot in shots:
        page = window.show_section(shot.section)
        target = (shot.setup(window, page) if shot.setup else None) or window
        settle()
        path = out / f"{shot.name}.png"
        if shot.screen:
            subprocess.run(["import", "-window", "root", str(path)], check=True)
        else:
            target.grab().save(str(path))
        written.append(path)
        if shot.root:
            screen = out / f"{shot.name}-screen.png"
            subprocess.run(["import", "-window", "root", str(screen)], check=True)
            written.append(screen)
        if target is not window:
            target.close()
        if shot.teardown:
            shot.teardown(window, page)
    if recorder.shown:
        raise RuntimeError("dialogs appeared: " + "; ".join(recorder.texts()))
    window.close()
    return written


def build_demo_database(path: Path) -> None:
    """The province demo (700 HTX, 60,500 members), as `kttt demo --scale province` makes it."""
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.services.demo import build_demo

    build_new_database(path, lambda db: build_demo(db, scale="province", seed=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--db", type=Path, help="the database to show")
    source.add_argument("--demo", action="store_true",
                        help="build the province demo database first and show it")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x800", help="window (and screen) size, WxH")
    parser.add_argument("--only", nargs="*", metavar="NAME", help="only these shots")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    chosen = [(language, [s for s in shots if not args.only or s.name in args.only])
              for language, shots in (("vi", SHOTS), ("en", SHOTS_EN))]
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="kttt-shots-") as scratch:
        os.environ["KTTT_DATA_DIR"] = str(Path(scratch) / "data")
        copy = Path(scratch) / "office" / "kttt-demo.db"
        copy.parent.mkdir()
        if args.demo:
            build_demo_database(copy)
        else:
            shutil.copyfile(args.db, copy)
        compile_translations()  # the English shots need the compiled catalogue
        xvfb, display = start_xvfb(width, height)
        os.environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        try:
            for language, shots in chosen:
                for path in take_shots(copy, args.out, width, height, shots, language):
                    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        finally:
            xvfb.terminate()
            xvfb.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
