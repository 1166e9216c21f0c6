"""Facts about processes on this machine, for telling a live lock from one left by a crash.

A process id alone can be reused by a later process; where it is cheap, the start of the process
is recorded beside it (Linux: boot id and start tick from /proc; Windows: the creation time), so a
reused id is recognised. Elsewhere (macOS) the start is unknown and a reused id keeps an old lock
alive until that unrelated process ends: the user is shown who holds the lock and can take it over.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import Any

_PROC = Path("/proc")


def machine_name() -> str:
    return socket.gethostname()


def same_machine(name: str) -> bool:
    return name.strip().casefold() == machine_name().strip().casefold()


def is_alive(pid: int) -> bool:
    """Whether a process with this id exists on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_is_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists but belongs to another user
        return True
    except OSError:
        return False
    return True


def start_mark(pid: int) -> str | None:
    """A text that differs between two processes that had the same id, or ``None`` if unknown."""
    if sys.platform == "win32":
        return _windows_start_mark(pid)
    try:
        stat = (_PROC / str(pid) / "stat").read_text()
        boot = (_PROC / "sys" / "kernel" / "random" / "boot_id").read_text().strip()
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: count fields after the last ")".
    fields = stat[stat.rfind(")") + 2:].split()
    return f"{boot}:{fields[19]}" if len(fields) > 19 else None


# Windows: OpenProcess + GetExitCodeProcess / GetProcessTimes through ctypes.
_QUERY_LIMITED_INFORMATION = 0x1000
_STILL_ACTIVE = 259
_ERROR_ACCESS_DENIED = 5


def _windows_open(pid: int) -> tuple[Any, int | None, int]:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.OpenProcess.restype = ctypes.c_void_p
    handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
    return kernel32, handle, ctypes.get_last_error()  # type: ignore[attr-defined]


def _windows_is_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32, handle, error = _windows_open(pid)
    if not handle:
        return error == _ERROR_ACCESS_DENIED  # exists, but protected
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(ctypes.c_void_p(handle), ctypes.byref(code)):
            return True
        return bool(code.value == _STILL_ACTIVE)
    finally:
        kernel32.CloseHandle(ctypes.c_void_p(handle))


def _windows_start_mark(pid: int) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    kernel32, handle, _error = _windows_open(pid)
    if not handle:
        return None
    try:
        times = [ctypes.c_ulonglong() for _ in range(4)]  # creation, exit, kernel, user
        if not kernel32.GetProcessTimes(ctypes.c_void_p(handle), *map(ctypes.byref, times)):
            return None
        return str(times[0].value)
    finally:
        kernel32.CloseHandle(ctypes.c_void_p(handle))
