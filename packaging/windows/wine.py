"""Running Windows programs under Wine on Debian: prefixes, paths and the standard-stream trap.

Used by the Windows build (build.py) and its tests (test_installed.py). Facts it relies on:

- A Windows program whose standard input, output or error is a regular Linux file dies at start
  (Python's ``init_sys_streams`` fails with WinError 6); pipes and /dev/null work. :func:`Wine.run`
  therefore always gives /dev/null as input and pipes as outputs.
- A fresh prefix lacks two DLLs that Windows 10 has: ``bcryptprimitives.dll`` (Rust's standard
  library in pydantic-core and python-calamine) and ``icuuc.dll`` (Qt6Core.dll). Stand-ins built
  from test-prefix/*.c go into the prefix's system32, never into the program (see
  :func:`standins_in`).
- A bare prefix has no Segoe UI or Tahoma that can write Vietnamese; the font substitutes below
  map the Windows UI fonts to Liberation Sans (Debian's fonts-liberation2).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

HERE = Path(__file__).resolve().parent
STANDIN_SOURCES = HERE / "test-prefix"
# The DLL each stand-in replaces, with the libraries it links.
STANDINS = {"bcryptprimitives.dll": ["-ladvapi32"], "icuuc.dll": []}
UI_FONTS = ("MS Shell Dlg", "MS Shell Dlg 2", "Tahoma", "Segoe UI")
SANS_FONT = "Liberation Sans"
WINE_FONTS = Path("/usr/share/wine/fonts")  # Debian's fonts-wine
# The user's folders that Wine links to the Linux home: made real folders so that nothing a
# Windows program writes there (a desktop shortcut...) lands outside the prefix.
USER_FOLDERS = ("Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos",
                "AppData/Roaming/Microsoft/Windows/Templates")
# What may pass from our environment to Windows programs: everything else (PYTHONPATH,
# KTTT_DATA_DIR, QT_QPA_PLATFORM...) would change how the program under test behaves.
PASSED_VARIABLES = ("PATH", "HOME", "USER", "LOGNAME", "LANG", "TMPDIR", "TERM")


@dataclass
class Ran:
    status: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def windows_path(path: Path | str) -> str:
    """The Windows name of a Linux path, through Wine's Z: drive (``/tmp/a`` → ``Z:\\tmp\\a``)."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


def wine_version() -> str:
    return subprocess.run(["wine", "--version"], capture_output=True, text=True,
                          check=True).stdout.strip()


def prefix_fingerprint() -> str:
    """Changes when the recipe of a prefix (this file) or a stand-in's source changes: part of
    the prefix template's cache key."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name in sorted(STANDINS):
        digest.update((STANDIN_SOURCES / name.replace(".dll", ".c")).read_bytes())
    return digest.hexdigest()[:12]


def build_standins(out: Path) -> list[Path]:
    """Compile the stand-in DLLs with mingw-w64 into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for name, libraries in STANDINS.items():
        target = out / name
        subprocess.run(["x86_64-w64-mingw32-gcc", "-O2", "-shared", "-s", "-o", str(target),
                        str(STANDIN_SOURCES / name.replace(".dll", ".c")), *libraries], check=True)
        built.append(target)
    return built


def standins_in(folder: Path) -> list[Path]:
    """Any stand-in DLL that found its way into ``folder`` (a program must never carry one)."""
    names = {name.casefold() for name in STANDINS}
    return sorted(p for p in folder.rglob("*") if p.name.casefold() in names)


class Wine:
    """One Wine prefix and the way to run Windows programs in it."""

    def __init__(self, prefix: Path, extra_env: dict[str, str] | None = None) -> None:
        self.prefix = prefix
        self.extra_env = dict(extra_env or {})

    def env(self, **more: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k in PASSED_VARIABLES}
        # Wine turns command-line arguments into Unicode with the Linux locale's character set
        env.setdefault("LANG", "C.UTF-8")
        env.update(WINEPREFIX=str(self.prefix), WINEARCH="win64", WINEDEBUG="-all",
                   # no Mono or Gecko: nothing here needs them, and Wine would try to download them
                   WINEDLLOVERRIDES="mscoree,mshtml=")
        env.update(self.extra_env)
        env.update(more)
        return env

    def run(self, program: str | Path, *args: str, cwd: Path | None = None, timeout: float = 300,
            env: dict[str, str] | None = None) -> Ran:
        """Run a Windows program to its end; standard input /dev/null, outputs through pipes."""
        result = subprocess.run(["wine", str(program), *args], stdin=subprocess.DEVNULL,
                                capture_output=True, cwd=cwd, timeout=timeout,
                                env=self.env(**(env or {})), check=False)
        return Ran(result.returncode, result.stdout.decode("utf-8", "replace"),
                   result.stderr.decode("utf-8", "replace"))

    def start(self, program: str | Path, *args: str, cwd: Path | None = None,
              env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        """Start a Windows program and return at once (a window, a second process...). Its
        outputs go to /dev/null: a window may start Wine's desktop process, which would keep
        any pipe it was given open."""
        return subprocess.Popen(["wine", str(program), *args], stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd,
                                env=self.env(**(env or {})))

    def check(self, program: str | Path, *args: str, **kwargs) -> Ran:
        ran = self.run(program, *args, **kwargs)
        if ran.status != 0:
            raise RuntimeError(f"{program} {' '.join(args)} → {ran.status}\n{ran.output}")
        return ran

    def reg_add(self, key: str, name: str, value: str, kind: str = "REG_SZ") -> None:
        self.check("reg", "add", key, "/v", name, "/t", kind, "/d", value, "/f")

    def kill(self) -> None:
        """End the prefix's wineserver and every program still running in it."""
        subprocess.run(["wineserver", "-k"], env=self.env(), check=False, timeout=60,
                       stderr=subprocess.DEVNULL)

    def boot(self) -> None:
        """Start the prefix's wineserver and its services, their outputs on /dev/null.

        Wine's services (services.exe, rpcss.exe…) keep the standard handles of the program that
        started them: started by a run whose output is read through pipes, they would hold those
        pipes open after it ended, and reading its output would never finish."""
        self.kill()  # a wineserver left by an earlier run would refuse to become persistent
        subprocess.run(["wineserver", "-p"], env=self.env(), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["wine", "wineboot"], env=self.env(), check=True, timeout=300,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)

    @contextmanager
    def server(self) -> Iterator[Wine]:
        """One wineserver with its services for a series of runs; everything ended after."""
        self.boot()
        try:
            yield self
        finally:
            self.kill()

    # Places inside the prefix --------------------------------------------------------------

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    @property
    def user_home(self) -> Path:
        """C:\\users\\<name> (Wine names it after the Linux user)."""
        homes = [p for p in (self.drive_c / "users").iterdir() if p.name != "Public"]
        if len(homes) != 1:
            raise RuntimeError(f"expected one user folder in {self.drive_c / 'users'}: {homes}")
        return homes[0]

    @property
    def local_appdata(self) -> Path:
        return self.user_home / "AppData" / "Local"

    def linux_path(self, path: str) -> Path:
        """The Linux path of a C:\\… path of this prefix."""
        windows = PureWindowsPath(path)
        if windows.drive.upper() != "C:":
            raise ValueError(path)
        return self.drive_c.joinpath(*windows.parts[1:])


def create_prefix(prefix: Path, standins: Sequence[Path]) -> Wine:
    """A fresh 64-bit prefix that runs the program as Windows 10 does (see the module's notes)."""
    if prefix.exists():
        shutil.rmtree(prefix)
    prefix.parent.mkdir(parents=True, exist_ok=True)
    wine = Wine(prefix)
    subprocess.run(["wineboot", "--init"], env=wine.env(), stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=600)
    wine.kill()
    with wine.server():
        wine.check("winecfg", "-v", "win10")
        key = r"HKLM\Software\Microsoft\Windows NT\CurrentVersion\FontSubstitutes"
        for font in UI_FONTS:
            wine.reg_add(key, font, SANS_FONT)
    for folder in USER_FOLDERS:
        path = wine.user_home / folder
        if path.is_symlink():
            path.unlink()
        path.mkdir(parents=True, exist_ok=True)
    system32 = wine.drive_c / "windows" / "system32"
    for dll in standins:
        shutil.copy2(dll, system32 / dll.name)
    # the symbols of the windows' title-bar buttons (Debian's wine looks for it elsewhere)
    shutil.copy2(WINE_FONTS / "marlett.ttf", wine.drive_c / "windows" / "Fonts" / "marlett.ttf")
    return wine


def copy_prefix(template: Path, prefix: Path) -> Wine:
    """A fresh prefix copied from a prepared template (seconds instead of a wineboot)."""
    if prefix.exists():
        shutil.rmtree(prefix)
    prefix.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cp", "-a", str(template), str(prefix)], check=True)
    return Wine(prefix)


def wait_for(predicate, timeout: float, interval: float = 0.5) -> bool:
    """Poll ``predicate`` until it is true or ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())


def pe_files(folder: Path) -> Iterable[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".exe", ".dll", ".pyd"))
