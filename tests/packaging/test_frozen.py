"""The frozen program, built with the release spec and run as an officer's PC would run it.

The build (packaging/build.py with packaging/kttt-desktop.spec) is made once per session. Each
test starts the built executables in fresh processes, offscreen, on a fresh data folder, and fails
on any output on standard error that is neither the command's own message nor a known harmless
line of Qt.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from kttt_desktop.data.schema import head_revision
from kttt_desktop.languages import read_catalogue

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
GUI = "KTTT Desktop"
CLI = "kttt"
PERIOD = "2025-Q3"
HARMLESS_QT = re.compile(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built program's folder (dist/kttt-desktop), built once per session."""
    out = tmp_path_factory.mktemp("frozen")
    command = [sys.executable, str(ROOT / "packaging" / "build.py"),
               "--dist", str(out / "dist"), "--work", str(out / "work")]
    if importlib.util.find_spec("PyInstaller") is not None:
        command += ["--python", sys.executable]  # the test environment is itself a clean one
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=280)
    assert result.returncode == 0, result.stdout + result.stderr
    folder = out / "dist" / "kttt-desktop"
    assert (folder / CLI).exists() and (folder / GUI).exists()
    return folder


@dataclass
class Ran:
    status: int
    stdout: str
    stderr: str


def fresh_env(data: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "KTTT_DATA_DIR")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if data is not None:
        env["KTTT_DATA_DIR"] = str(data)
    return env


def run(folder: Path, program: str, *args: str, data: Path | None, expect: str = "",
        status: int = 0, env: dict[str, str] | None = None) -> Ran:
    """Run one of the built executables; check its exit status and that every line it wrote on
    standard error is harmless Qt talk or matches ``expect`` (a regular expression)."""
    result = subprocess.run([str(folder / program), *args], capture_output=True, timeout=120,
                            env=env or fresh_env(data), cwd=folder.parent, check=False)
    ran = Ran(result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8"))
    assert ran.status == status, f"{program} {' '.join(args)} → {ran.status}\n{ran.stderr}"
    unexpected = [line for line in ran.stderr.splitlines() if line.strip()
                  and not HARMLESS_QT.search(line) and not (expect and re.search(expect, line))]
    assert not unexpected, "unexpected output on standard error:\n" + "\n".join(unexpected)
    return ran


def run_source(*args: str, data: Path) -> str:
    """The same command from the source tree (to compare with the frozen program)."""
    result = subprocess.run([sys.executable, "-m", "kttt_desktop", *args], capture_output=True,
                            env=fresh_env(data), cwd=ROOT, check=True, timeout=120)
    return result.stdout.decode("utf-8")


@pytest.fixture(scope="session")
def demo(frozen: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A district demo database made by the frozen command."""
    data = tmp_path_factory.mktemp("demo-data")
    path = data / "demo.db"
    run(frozen, CLI, "--db", str(path), "demo", data=data, expect=r"^Đã tạo cơ sở dữ liệu mẫu")
    return path


def test_the_window_creates_migrates_and_shows_a_fresh_database(frozen: Path, tmp_path: Path):
    run(frozen, GUI, "gui", "--smoke-test", data=tmp_path)

    with sqlite3.connect(tmp_path / "kttt.db") as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        communes = connection.execute("SELECT count(*) FROM commune").fetchone()[0]
    assert revision == head_revision()  # every migration ran, read from the shipped scripts
    assert communes > 3000  # the administrative units came from the bundled JSON
    log = (tmp_path / "logs" / "kttt.log").read_text(encoding="utf-8")
    assert "opened " + str(tmp_path / "kttt.db") in log
    assert "overview of" in log  # the first section computed its figures
    assert (tmp_path / "settings.ini").exists()


def test_the_window_opens_a_full_database(frozen: Path, demo: Path, tmp_path: Path):
    run(frozen, GUI, "--db", str(demo), "gui", "--smoke-test", data=tmp_path)
    assert "overview of" in (tmp_path / "logs" / "kttt.log").read_text(encoding="utf-8")


def test_the_frozen_command_computes_what_the_source_computes(frozen: Path, demo: Path,
                                                               tmp_path: Path):
    frozen_json = run(frozen, CLI, "--db", str(demo), "check", "--period", PERIOD, "--json",
                      data=tmp_path).stdout
    assert json.loads(frozen_json)["indicators"]["htx.count"]["value"] > 0
    assert frozen_json == run_source("--db", str(demo), "check", "--period", PERIOD, "--json",
                                     data=tmp_path)


def test_the_frozen_command_writes_the_return(frozen: Path, demo: Path, tmp_path: Path):
    from python_calamine import CalamineWorkbook

    from kttt_desktop.exchange.return_data import read_return_data

    xlsx, pdf = tmp_path / "bao-cao.xlsx", tmp_path / "bao-cao.pdf"
    run(frozen, CLI, "--db", str(demo), "export", "--period", PERIOD, "--xlsx", str(xlsx),
        "--pdf", str(pdf), data=tmp_path,
        expect=r"^(Đã ghi báo cáo quý III năm 2025|Đã tạo khóa ký mới cho cơ quan)")
    # signed with the office's key (cryptography works in the bundle), shown by `kttt keys`
    signature = read_return_data(xlsx).signature
    assert signature is not None and signature.valid
    keys = run(frozen, CLI, "--db", str(demo), "keys", data=tmp_path).stdout
    assert f"Khóa ký của cơ quan này: {signature.fingerprint}" in keys

    first = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
    cells = {str(c) for row in first for c in row}
    assert "BÁO CÁO" in cells
    assert any("quý III năm 2025" in c for c in cells)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text  # the bundled font has every letter
    assert "quý III năm 2025" in text


def test_the_frozen_command_speaks_english(frozen: Path, tmp_path: Path):
    missing = tmp_path / "none.db"
    source = "Không tìm thấy cơ sở dữ liệu {path}."
    english = read_catalogue(ROOT / "resources" / "i18n" / "kttt_en.ts")[("Database", source)]
    ran = run(frozen, CLI, "--lang", "en", "--db", str(missing), "check", "--period", PERIOD,
              data=tmp_path, status=3, expect=re.escape(english.format(path=missing)))
    assert ran.stderr.strip() == english.format(path=missing)


def test_the_frozen_window_loads_the_english_catalogue(frozen: Path, tmp_path: Path):
    run(frozen, GUI, "--lang", "en", "gui", "--smoke-test", data=tmp_path)
    log = (tmp_path / "logs" / "kttt.log").read_text(encoding="utf-8")
    assert re.search(r"interface language en \(catalogues: .*kttt_en\.qm", log)


def test_portable_mode_keeps_everything_beside_the_program(frozen: Path, tmp_path: Path):
    """With portable.txt beside the executables, the database, settings, log and backups go to
    a data folder next to them and nothing into the user's folders."""
    stick = tmp_path / "usb" / "kttt-desktop"
    shutil.copytree(frozen, stick, symlinks=True, copy_function=os.link)
    (stick / "portable.txt").write_text("", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = fresh_env(None)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), LOCALAPPDATA=str(home / "local"))

    run(stick, GUI, "gui", "--smoke-test", data=None, env=env)
    run(stick, CLI, "backup", data=None, env=env, expect=r"^Đã sao lưu")

    data = stick / "data"
    assert (data / "kttt.db").exists()
    assert (data / "settings.ini").exists()
    assert (data / "logs" / "kttt.log").exists()
    assert list((data / "backups").iterdir())
    ours = [p for p in home.rglob("*") if re.search(r"kttt", p.name, re.IGNORECASE)]
    assert ours == []


def test_the_bundle_holds_what_the_program_reads_and_no_unused_qt(frozen: Path):
    internal = frozen / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    for needed in ("resources/i18n/kttt_en.ts", "resources/i18n/kttt_en.qm",
                   "resources/icons/kttt-desktop.png", "resources/fonts/LiberationSerif-Regular.ttf",
                   "resources/fonts/LICENSE-LiberationFonts.txt",
                   "kttt_desktop/data/migrations/env.py",
                   "resources/units/units.json", "resources/units/old_units.json",
                   "resources/units/README.md", "resources/units/LICENSE-dvhcvn.txt",
                   "docs/huong-dan-su-dung.md", "docs/screenshots/main-window.png"):
        assert needed in names, needed
    assert not [n for n in names if re.search(r"Qt6?(Quick|Qml|WebEngine|Multimedia|3D)", n)]
    assert {n.rsplit("/", 1)[-1] for n in names if n.startswith("PySide6/Qt/translations/")
            and n.endswith(".qm")} <= {"qtbase_en.qm", "qtbase_vi.qm"}
