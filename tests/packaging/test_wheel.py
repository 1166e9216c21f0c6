"""A wheel of the project (``pip install .``, not editable) installed in a fresh environment works
away from the source tree: the command finds its demo name lists, fonts, translations and guide."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from kttt_desktop import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # from a copy of the source without what earlier builds left (setuptools reuses build/)
    source = out / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*cache", "cache"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
                    str(source)], check=True, capture_output=True, timeout=280)
    (built,) = out.glob("kttt_desktop-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed by pip; returns its ``kttt``.

    The dependencies are not installed again: the test environment's site-packages is added at
    the end of the new one's path by a plain .pth line (its own .pth files, among them this
    project's editable install, are not run that way)."""
    env_dir = tmp_path_factory.mktemp("venv") / "env"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
                    "--no-deps", "--disable-pip-version-check", str(wheel)], check=True,
                   capture_output=True, timeout=120)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path("
                                "'purelib'))"], capture_output=True, text=True,
                               check=True).stdout.strip())
    (site / "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n",
                                                encoding="utf-8")
    package = subprocess.run([str(python), "-c", "import kttt_desktop; print(kttt_desktop.__file__)"],
                             capture_output=True, text=True, check=True, cwd=env_dir).stdout
    assert Path(package.strip()).is_relative_to(site)  # the wheel's copy, not the source tree
    return env_dir / "bin" / "kttt"


def run(kttt: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "KTTT_"))}
    env["KTTT_DATA_DIR"] = str(cwd / "data")
    return subprocess.run([str(kttt), *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=240, check=False)


def test_the_wheel_carries_the_resources_and_the_guide(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("kttt_desktop/resources/demo/family_names.txt",
                   "kttt_desktop/resources/fonts/LiberationSerif-Regular.ttf",
                   "kttt_desktop/resources/fonts/LICENSE-LiberationFonts.txt",
                   "kttt_desktop/resources/i18n/kttt_en.ts",
                   "kttt_desktop/resources/icons/kttt-desktop.png",
                   "kttt_desktop/docs/huong-dan-su-dung.md",
                   "kttt_desktop/docs/screenshots/main-window.png",
                   "kttt_desktop/data/migrations/env.py"):
        assert needed in names, needed


def test_the_installed_command_makes_a_demo_and_writes_the_return(installed: Path,
                                                                    tmp_path: Path):
    from python_calamine import CalamineWorkbook

    assert run(installed, "--version", cwd=tmp_path).stdout.strip() == f"kttt {__version__}"
    demo = run(installed, "--db", "demo.db", "demo", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert demo.stderr.startswith("Đã tạo cơ sở dữ liệu mẫu")

    export = run(installed, "--db", "demo.db", "export", "--period", "2025-Q3", "--xlsx", "r.xlsx",
                 "--pdf", "r.pdf", cwd=tmp_path)
    assert export.returncode == 0, export.stderr
    sheet = CalamineWorkbook.from_path(str(tmp_path / "r.xlsx")).get_sheet_by_index(0).to_python()
    assert "BÁO CÁO" in {str(c) for row in sheet for c in row}
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text  # the shipped font has every letter

    english = run(installed, "--lang", "en", "--db", "none.db", "check", "--period", "2025-Q3",
                  cwd=tmp_path)
    assert english.returncode == 3 and "not found" in english.stderr.lower(), english.stderr
