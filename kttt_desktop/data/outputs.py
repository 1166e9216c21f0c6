"""Where a file the user named may be written: never over the database, its companions or its
backups, never over a file being read, never onto a folder.

A name given on the command line or in a file chooser may reach the database by another path: a
relative path, a symbolic link, another case of the letters on Windows, a hard link. Two paths are
the same file when the system says so (both exist), or when their resolved forms are equal
ignoring case (Windows and macOS file systems ignore it; refusing ``KTTT.DB`` beside ``kttt.db``
on Linux too costs nothing). Checked before anything is computed or written, so a refused output
leaves everything as it was.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.system.paths import backups_dir, signing_key_file

COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock", ".partial")


def _t(text: str) -> str:
    return translate("Outputs", text)


def _resolved(path: Path) -> Path:
    return Path(os.path.abspath(path)).resolve()


def same_file(first: Path | str, second: Path | str) -> bool:
    """Whether two paths name one file (module docstring)."""
    a, b = _resolved(Path(first)), _resolved(Path(second))
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    if os.path.normcase(str(a)).casefold() == os.path.normcase(str(b)).casefold():
        return True
    try:  # the same folder reached by two names, and the same name in it
        return (a.name.casefold() == b.name.casefold() and a.parent.exists()
                and b.parent.exists() and os.path.samefile(a.parent, b.parent))
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    folder = _resolved(folder)
    if not folder.is_dir():
        return False
    for parent in _resolved(path).parents:
        try:
            if parent.exists() and os.path.samefile(parent, folder):
                return True
        except OSError:
            continue
    return False


def database_files(database: Path) -> list[Path]:
    """The database and every file that belongs to it (what SQLite and the program keep beside
    it: journal, WAL, shared memory, writer lock, signing key)."""
    database = _resolved(database)
    return [database, *(database.with_name(database.name + s) for s in COMPANION_SUFFIXES),
            signing_key_file(database)]


def check_output(target: Path | str, *, database: Path | str | None = None,
                 inputs: Iterable[Path | str] = (), others: Iterable[Path | str] = ()) -> Path:
    """``target`` when a file may be written there; else :class:`InputError` (exit status 1)
    saying why. ``inputs``: files the same work reads; ``others``: other outputs of it."""
    target = Path(target)
    if target.is_dir():
        raise InputError(_t(
            "{path} là một thư mục, không phải tệp; hãy ghi cả tên tệp (ví dụ {example}). Không có "
            "gì được ghi.").format(path=target, example=target / f"bao-cao{target.suffix or '.xlsx'}"))
    if database is not None:
        database = Path(database)
        for protected in database_files(database):
            if same_file(target, protected):
                raise InputError(_t(
                    "Không ghi được ra {path}: đó là cơ sở dữ liệu {database} (hoặc tệp đi kèm của "
                    "nó) và sẽ bị mất. Hãy chọn tên tệp khác. Không có gì được ghi.").format(
                        path=target, database=_resolved(database)))
        if _inside(target, backups_dir(_resolved(database))):
            raise InputError(_t(
                "Không ghi được ra {path}: thư mục {folder} dành cho các bản sao lưu của cơ sở dữ "
                "liệu. Hãy chọn thư mục khác. Không có gì được ghi.").format(
                    path=target, folder=backups_dir(_resolved(database))))
    for source in inputs:
        if same_file(target, source):
            raise InputError(_t(
                "Tệp kết quả {path} trùng với tệp đang đọc {source}; ghi vào đó sẽ mất tệp gốc. "
                "Hãy chọn tên tệp khác. Không có gì được ghi.").format(path=target, source=source))
    for other in others:
        if same_file(target, other):
            raise InputError(_t(
                "Hai tệp kết quả cùng một tên {path}; hãy đặt tên khác nhau. Không có gì được "
                "ghi.").format(path=target))
    return target
