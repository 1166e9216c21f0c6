"""Checking that a database file is sound: SQLite's own checks and our schema revision."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Issue, error, info, warning
from kttt_desktop.data.engines import check_server
from kttt_desktop.data.schema import check_ours, file_revision, head_revision, is_known_revision, read_only

SHOWN_PROBLEMS = 20


def quick_check(connection: sqlite3.Connection) -> list[str]:
    """The problems ``PRAGMA quick_check`` finds (empty when the file is sound). Fast: it checks
    the structure of every page but not that indexes match their tables."""
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == [("ok",)] else [r[0] for r in rows]


def quick_check_file(path: Path, *, immutable: bool = False) -> list[str]:
    """The problems ``PRAGMA quick_check`` finds in ``path`` (possibly open elsewhere; ``immutable``
    for a closed file such as a backup). Reads only."""
    try:
        connection = read_only(path, immutable=immutable)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return quick_check(connection)
    finally:
        connection.close()


def quick_check_started(path: Path) -> Callable[[], list[str]]:
    """:func:`quick_check_file` of ``path`` begun now on a thread of its own: SQLite reads the
    file without the interpreter's lock, so the program's start goes on meanwhile (importing
    the database layer takes as long as checking a province's file, a national one's takes
    seconds). The function returned waits for the problems found."""
    found: list[list[str]] = []
    thread = threading.Thread(target=lambda: found.append(quick_check_file(path)),
                              name="quick_check", daemon=True)
    thread.start()

    def problems() -> list[str]:
        thread.join()
        return found[0] if found else quick_check_file(path)  # the thread failed: check here

    return problems


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == [("ok",)] else [r[0] for r in rows]


def is_sound(path: Path) -> bool:
    """Whether ``path`` (a closed file: a backup) is a database of ours that passes quick_check and
    that this version can open."""
    try:
        check_ours(path, immutable=True)
    except KtttError:
        return False
    if quick_check_file(path, immutable=True):
        return False
    connection = read_only(path, immutable=True)
    try:
        revision = file_revision(connection)
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return revision is not None and is_known_revision(revision)


def _first(problems: list[str]) -> list[str]:
    shown = problems[:SHOWN_PROBLEMS]
    if len(problems) > SHOWN_PROBLEMS:
        shown.append(translate("Integrity", "… và {n} lỗi khác.").format(
            n=len(problems) - SHOWN_PROBLEMS))
    return shown


def _foreign_key_issues(connection: sqlite3.Connection) -> list[Issue]:
    rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    if not rows:
        return [info(translate("Integrity", "Liên kết giữa các bảng: tốt."), code="foreign_keys")]
    groups = Counter((table, parent) for table, _rowid, parent, _fk in rows)
    return [error(translate(
        "Integrity", "Liên kết giữa các bảng: {n} dòng của bảng {table} trỏ tới bản ghi không còn "
        "trong bảng {parent}.").format(n=n, table=table, parent=parent), code="foreign_keys")
        for (table, parent), n in sorted(groups.items())]


def _revision_issue(connection: sqlite3.Connection) -> Issue:
    revision = file_revision(connection)
    head = head_revision()
    if revision == head:
        return info(translate("Integrity", "Lược đồ dữ liệu: {revision}, đúng với phiên bản "
                              "chương trình này.").format(revision=revision), code="schema")
    if revision is None:
        return error(translate("Integrity", "Lược đồ dữ liệu: tệp không ghi phiên bản lược đồ "
                               "(tệp chưa được tạo xong)."), code="schema")
    if is_known_revision(revision):
        return warning(translate(
            "Integrity", "Lược đồ dữ liệu: {revision}, cũ hơn phiên bản này ({head}); tệp sẽ được "
            "sao lưu rồi nâng cấp khi mở để ghi.").format(revision=revision, head=head),
            code="schema")
    return error(translate(
        "Integrity", "Lược đồ dữ liệu: {revision}, do một phiên bản mới hơn của chương trình tạo "
        "ra. Hãy cài phiên bản mới để dùng tệp này.").format(revision=revision), code="schema")


def verify_server(connection: Connection) -> list[Issue]:
    """The checks of a database on a server, on a connection of it opened at this version's
    schema: every table read (the server keeps its pages sound and its links enforced)."""
    problems = check_server(connection)
    if problems:
        return [error(translate("Integrity", "Máy chủ không cho đọc bảng: {problem}").format(
            problem=p), code="integrity") for p in _first(problems)]
    return [info(translate("Integrity", "Mọi bảng đọc được; máy chủ PostgreSQL tự giữ toàn vẹn "
                           "dữ liệu và liên kết giữa các bảng."), code="integrity"),
            info(translate("Integrity", "Lược đồ dữ liệu: {revision}, đúng với phiên bản "
                           "chương trình này.").format(revision=head_revision()), code="schema")]


def verify_file(path: Path) -> list[Issue]:
    """Every check of ``path`` as findings: errors for what is wrong, information for what passed.

    Raises :class:`~kttt_desktop.core.errors.NotOurDatabase` or ``FileUnreadable`` when the file
    cannot be checked at all. Reads only; the database may be open for writing elsewhere.
    """
    check_ours(path)
    connection = read_only(path)
    try:
        problems = integrity_problems(connection)
        if problems:
            issues = [error(translate("Integrity", "Kiểm tra toàn vẹn (integrity_check): tệp bị "
                                      "hỏng."), code="integrity")]
            issues += [error(p, code="integrity") for p in _first(problems)]
            return issues  # the other checks would read damaged pages
        issues = [info(translate("Integrity", "Kiểm tra toàn vẹn (integrity_check): tốt."),
                       code="integrity")]
        issues += _foreign_key_issues(connection)
        issues.append(_revision_issue(connection))
        return issues
    finally:
        connection.close()
