"""The Windows installer, installed and run as Windows code under Wine, as an officer's PC would.

Run by build_windows.py after it has built dist/kttt-desktop-VERSION-setup.exe (or alone:
``packaging/windows/build_windows.py --test-only``). One fresh Wine prefix (a copy of the prepared
template, with the test-only stand-in DLLs in its system32) and one Xvfb display serve the whole
module; the tests run in order, as an officer would go: install, make data, use the command and
the window, carry a portable copy, put the database in the wrong places, uninstall.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from build_windows import installer_path, prefix_template, version  # noqa: E402
from wine import Ran, Wine, copy_prefix, standins_in, wait_for, windows_path  # noqa: E402

from tests.workbooks import office_sheets  # noqa: E402

DIST = Path(os.environ.get("KTTT_WINDOWS_DIST") or ROOT / "dist")
SCREENSHOT = DIST / "windows-installed.png"
APP = "KTTT Desktop"
GUI, CLI = "KTTT Desktop.exe", "kttt.exe"
PERIOD = "2025-Q3"
SCREEN = (1366, 768)  # the common office laptop


@pytest.fixture(scope="module")
def installer() -> Path:
    path = installer_path(DIST)
    assert path.exists(), f"{path} is missing: run packaging/windows/build_windows.py first"
    return path


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A virtual X screen for the window (Xvfb), ended after the module."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                               f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def pc(tmp_path_factory: pytest.TempPathFactory, display: str) -> Iterator[Wine]:
    """A fresh Windows 10 (a copy of the prepared prefix), with its wineserver for the module."""
    wine = copy_prefix(prefix_template(), tmp_path_factory.mktemp("wine") / "prefix")
    wine.extra_env["DISPLAY"] = display
    # Wine draws the desktop and the windows' frames itself, as Windows does (Xvfb has no window
    # manager); read when Wine starts, hence the restart
    wine.boot()
    wine.reg_add(r"HKCU\Software\Wine\Explorer", "Desktop", "Default")
    wine.reg_add(r"HKCU\Software\Wine\Explorer\Desktops", "Default", f"{SCREEN[0]}x{SCREEN[1]}")
    wine.kill()
    with wine.server():
        yield wine
    shutil.rmtree(wine.prefix, ignore_errors=True)


@pytest.fixture(scope="module")
def program(pc: Wine, installer: Path) -> Path:
    """The program folder after a silent installation (setup /S, as IT staff would run it)."""
    ran = pc.run(installer, "/S")
    assert ran.status == 0, ran.output
    return pc.local_appdata / "Programs" / APP


@pytest.fixture(scope="module")
def data(pc: Wine) -> Path:
    """The officer's data folder on Windows: %LOCALAPPDATA%\\KTTT Desktop."""
    return pc.local_appdata / APP


def kttt(pc: Wine, program: Path, *args: str, status: int = 0, **kwargs) -> Ran:
    ran = pc.run(program / CLI, *args, **kwargs)
    assert ran.status == status, f"kttt {' '.join(args)} → {ran.status}\n{ran.output}"
    return ran


def source_kttt(*args: str) -> str:
    """The same command run from the source tree on Linux, for comparison."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KTTT_", "PYTHON"))}
    return subprocess.run([sys.executable, "-m", "kttt_desktop", *args], capture_output=True,
                          check=True, cwd=ROOT, env=env, timeout=300).stdout.decode("utf-8")


def test_the_installer_is_named_as_the_readme_says_with_its_checksum(installer: Path):
    assert installer.name == f"kttt-desktop-{version()}-setup.exe"
    readme = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    assert "kttt-desktop-<version>-setup.exe" in readme
    checksum = installer.with_name(installer.name + ".sha256").read_text(encoding="utf-8")
    assert checksum == f"{hashlib.sha256(installer.read_bytes()).hexdigest()}  {installer.name}\n"


def test_setup_installs_for_the_user_without_any_stand_in_dll(pc: Wine, program: Path):
    assert (program / GUI).exists() and (program / CLI).exists()
    assert (program / "_internal" / "resources" / "i18n" / "kttt_en.qm").exists()
    assert standins_in(program) == []  # they belong to the test prefix only
    start_menu = pc.user_home / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
    assert (start_menu / f"{APP}.lnk").exists()
    key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\KTTT Desktop"
    entry = pc.run("reg", "query", key).stdout
    assert re.search(rf"DisplayVersion\s+REG_SZ\s+{re.escape(version())}", entry)
    assert re.search(r"InstallLocation\s+REG_SZ\s+C:\\users\\[^\\]+\\AppData\\Local\\Programs"
                     r"\\KTTT Desktop", entry)


def test_the_command_tells_its_version(pc: Wine, program: Path):
    assert kttt(pc, program, "--version").stdout.strip() == f"kttt {version()}"


def test_the_demo_database_goes_to_the_users_local_app_data(pc: Wine, program: Path, data: Path):
    ran = kttt(pc, program, "demo")
    assert re.search(r"^Đã tạo cơ sở dữ liệu mẫu C:\\users\\.+\\AppData\\Local\\KTTT Desktop"
                     r"\\kttt\.db", ran.stderr, re.MULTILINE), ran.stderr
    with sqlite3.connect(data / "kttt.db") as connection:
        assert connection.execute("SELECT count(*) FROM organisation").fetchone()[0] > 10
    assert (data / "logs" / "kttt.log").exists()
    assert not (program / "data").exists()  # nothing of the officer's in the program folder


def test_check_computes_on_windows_what_it_computes_on_linux(pc: Wine, program: Path, data: Path,
                                                             tmp_path: Path):
    windows = kttt(pc, program, "check", "--period", PERIOD, "--json").stdout
    assert json.loads(windows)["indicators"]["htx.count"]["value"] > 0
    copy = tmp_path / "kttt.db"
    shutil.copy2(data / "kttt.db", copy)
    linux = source_kttt("--db", str(copy), "check", "--period", PERIOD, "--json")
    assert windows.replace("\r\n", "\n") == linux  # Windows ends its text lines with CR LF


def test_export_writes_the_return_in_excel_and_pdf(pc: Wine, program: Path, tmp_path: Path):
    xlsx, pdf = tmp_path / "báo cáo.xlsx", tmp_path / "báo cáo.pdf"
    ran = kttt(pc, program, "export", "--period", PERIOD, "--xlsx", windows_path(xlsx),
               "--pdf", windows_path(pdf))
    assert "Đã ghi báo cáo quý III năm 2025" in ran.stderr
    cells = {str(c) for row in CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0)
             .to_python() for c in row}
    assert "BÁO CÁO" in cells and any("quý III năm 2025" in c for c in cells)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "quý III năm 2025" in text


def fill_template(template: Path, out: Path) -> None:
    """The program's blank workbook with the test office's rows typed in under its headers."""
    workbook = openpyxl.load_workbook(template)
    for name, rows in office_sheets().items():
        sheet = workbook[name]
        headers = [cell.value for cell in sheet[1]]
        for row in rows[1:]:
            values = dict(zip(rows[0], row, strict=True))
            sheet.append([values.get(header) for header in headers])
    workbook.save(out)


def test_a_filled_template_is_imported(pc: Wine, program: Path, tmp_path: Path):
    database, template, filled = tmp_path / "office.db", tmp_path / "mẫu.xlsx", tmp_path / "x.xlsx"
    db = ["--db", windows_path(database)]
    kttt(pc, program, *db, "init", "--office", "Phòng Kinh tế Bình Liêu", "--province", "22",
         "--area", "06838,06841,06856")
    kttt(pc, program, *db, "template", "--out", windows_path(template))
    fill_template(template, filled)

    summary = json.loads(kttt(pc, program, *db, "import", windows_path(filled), "--json").stdout)
    assert summary["written"] is True
    assert summary["sheets"]["ToChuc"]["inserted"] == 3
    assert summary["sheets"]["ThanhVien"]["inserted"] == 5
    with sqlite3.connect(database) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM organisation")}
    assert "Hợp tác xã Nông nghiệp Đồng Tâm" in names
    again = json.loads(kttt(pc, program, *db, "import", windows_path(filled), "--json").stdout)
    assert again["sheets"]["ThanhVien"]["unchanged"] == 5  # the second time changes nothing


def log_grew(log: Path, start: int, pattern: str) -> bool:
    return log.exists() and re.search(pattern, log.read_text(encoding="utf-8")[start:]) is not None


def open_window(pc: Wine, program: Path, data: Path) -> tuple[subprocess.Popen[bytes], int]:
    """Start the window on the demo database; return once its first screen is filled."""
    log = data / "logs" / "kttt.log"
    start = len(log.read_text(encoding="utf-8")) if log.exists() else 0
    window = pc.start(program / GUI, cwd=program)
    assert wait_for(lambda: log_grew(log, start, r"overview of \S+ shown"), timeout=180), \
        (log.read_text(encoding="utf-8")[start:] if log.exists() else "no log")
    return window, start


def screenshot(display: str, out: Path) -> None:
    from PIL import ImageGrab

    out.parent.mkdir(parents=True, exist_ok=True)
    ImageGrab.grab(xdisplay=display).save(out)


def test_the_window_opens_in_vietnamese_and_closes(pc: Wine, program: Path, data: Path,
                                                   display: str):
    window, start = open_window(pc, program, data)
    time.sleep(3)  # the charts and the status bar settle
    screenshot(display, SCREENSHOT)
    from PIL import Image

    with Image.open(SCREENSHOT) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # a drawn window, not an empty screen
    assert (data / "kttt.db.lock").exists()  # the window writes: it holds the lock

    ran = pc.run("taskkill", "/IM", GUI)  # asks the window to close, as the close button does
    assert ran.status == 0, ran.output
    window.wait(timeout=120)
    assert not (data / "kttt.db.lock").exists()  # closed properly: the lock is given back
    log = (data / "logs" / "kttt.log").read_text(encoding="utf-8")[start:]
    assert "opened C:\\users\\" in log and "\\AppData\\Local\\KTTT Desktop\\kttt.db" in log


def test_a_second_program_is_refused_while_the_window_writes_and_not_after_a_kill(
        pc: Wine, program: Path, data: Path, tmp_path: Path):
    blank = tmp_path / "trống.xlsx"
    kttt(pc, program, "template", "--out", windows_path(blank))
    window, _start = open_window(pc, program, data)
    try:
        refused = kttt(pc, program, "import", windows_path(blank), status=3)
        assert "đang được" in refused.stderr and "mở trên máy" in refused.stderr, refused.stderr
        killed = pc.run("taskkill", "/F", "/IM", GUI)  # as Task Manager's End task does
        assert killed.status == 0, killed.output
        window.wait(timeout=120)
    finally:
        if window.poll() is None:
            window.kill()
    assert (data / "kttt.db.lock").exists()  # a killed program cannot give its lock back
    # Its process is gone: the next program sees that, takes the lock over and writes.
    kttt(pc, program, "import", windows_path(blank))
    assert not (data / "kttt.db.lock").exists()


def test_a_portable_copy_keeps_its_data_beside_it(pc: Wine, program: Path, data: Path):
    stick = pc.drive_c / "usb" / "kttt-desktop"
    shutil.copytree(program, stick, ignore=shutil.ignore_patterns("Uninstall.exe"))
    (stick / "portable.txt").write_text("", encoding="utf-8")
    before = sorted(p.relative_to(data) for p in data.rglob("*"))

    kttt(pc, stick, "demo")
    kttt(pc, stick, "backup")

    assert (stick / "data" / "kttt.db").exists()
    assert list((stick / "data" / "backups").iterdir())
    assert (stick / "data" / "logs" / "kttt.log").exists()
    assert sorted(p.relative_to(data) for p in data.rglob("*")) == before


@pytest.fixture(scope="module")
def share(pc: Wine, data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a copy of the demo database, shared as \\\\fileserver\\ketoan and mapped
    as the network drive N: (Wine reaches \\\\server\\share through dosdevices/unc/server/share;
    a drive's type, which GetDriveTypeW reports, is read from the registry when Wine starts)."""
    folder = tmp_path_factory.mktemp("share")
    shutil.copy2(data / "kttt.db", folder / "kttt.db")
    unc = pc.prefix / "dosdevices" / "unc" / "fileserver"
    unc.mkdir(parents=True)
    (unc / "ketoan").symlink_to(folder)
    (pc.prefix / "dosdevices" / "n:").symlink_to(folder)
    pc.reg_add(r"HKLM\Software\Wine\Drives", "n:", "network")
    pc.kill()
    pc.boot()
    return folder


def test_a_database_on_a_mapped_network_drive_is_warned_about(pc: Wine, program: Path,
                                                              share: Path):
    ran = kttt(pc, program, "--db", r"N:\kttt.db", "check", "--period", PERIOD)
    assert "Cơ sở dữ liệu N:\\kttt.db nằm trên ổ mạng (N:\\)" in ran.stderr, ran.stderr


def test_a_database_named_by_its_unc_path_is_warned_about(pc: Wine, program: Path, share: Path):
    """The program opens a file by its real path. Wine turns \\\\fileserver\\ketoan into the
    drive mapped to it (Windows goes the other way: a mapped drive becomes its \\\\server\\share
    name), so here the warning names N:; on Windows it names the share. Either way it is shown."""
    ran = kttt(pc, program, "--db", r"\\fileserver\ketoan\kttt.db", "check", "--period", PERIOD)
    assert "nằm trên ổ mạng" in ran.stderr, ran.stderr


def test_a_database_in_a_onedrive_folder_is_warned_about(pc: Wine, program: Path, data: Path):
    onedrive = pc.user_home / "OneDrive - UBND huyện"
    onedrive.mkdir()
    shutil.copy2(data / "kttt.db", onedrive / "kttt.db")
    # OneDrive sets this variable for the folder it keeps in sync
    env = {"OneDriveCommercial": "C:\\users\\" + pc.user_home.name + "\\" + onedrive.name}
    ran = kttt(pc, program, "--db", env["OneDriveCommercial"] + "\\kttt.db", "check",
               "--period", PERIOD, env=env)
    assert "nằm trong thư mục đồng bộ OneDrive" in ran.stderr, ran.stderr
    local = kttt(pc, program, "check", "--period", PERIOD)
    assert "đồng bộ" not in local.stderr and "ổ mạng" not in local.stderr


def test_uninstalling_removes_the_program_and_leaves_the_data(pc: Wine, program: Path,
                                                              data: Path):
    database = (data / "kttt.db").read_bytes()
    ran = pc.run(program / "Uninstall.exe", "/S")
    assert ran.status == 0, ran.output
    # the uninstaller runs on from a copy of itself in %TEMP%, and removes the folder last
    assert wait_for(lambda: not program.exists(), timeout=120), sorted(program.rglob("*"))[:20]
    start_menu = pc.user_home / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
    assert not (start_menu / f"{APP}.lnk").exists()
    key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\KTTT Desktop"
    assert pc.run("reg", "query", key).status != 0
    assert (data / "kttt.db").read_bytes() == database  # the officer's data is left as it was
    assert list((data / "backups").iterdir())
