"""One writer per database: a lock file beside it says who writes to it.

``kttt.db.lock`` holds JSON: the user, the machine, the process id and start, when the lock was
taken and last refreshed, and the program version. It is created when a database is opened for
writing (:meth:`WriterLock.acquire`), refreshed every minute while it is held, and removed on close.
A second program (window or command, on this machine or another one sharing the folder) that
finds it raises :class:`DatabaseInUse` carrying the holder; the caller may then open the database
read-only. A lock left by a process of this machine that no longer exists is stale and taken over;
a lock from another machine is respected (its age shows whether that machine is still working),
unless the user explicitly takes it over.

Known limit: two programs that find the same stale lock in the same instant may both take it over.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import threading
import time
import uuid
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from kttt_desktop import __version__
from kttt_desktop.core import clock
from kttt_desktop.core.errors import DatabaseLocked, KtttError
from kttt_desktop.core.i18n import translate
from kttt_desktop.system import processes
from kttt_desktop.system.files import write_bytes

log = logging.getLogger(__name__)

REFRESH_S = 60.0
# A lock file that cannot be parsed is being written right now, or was left half-written by a
# crash; after this many seconds it is the latter.
UNREADABLE_GRACE_S = 10.0


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def local_time(moment: datetime) -> str:
    """``08:30 21/11/2026`` in this machine's time zone."""
    return moment.astimezone().strftime("%H:%M %d/%m/%Y")


def elapsed_in_words(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return translate("Lock", "vừa xong")
    if minutes < 60:
        return translate("Lock", "{n} phút trước").format(n=minutes)
    if minutes < 48 * 60:
        return translate("Lock", "{n} giờ trước").format(n=minutes // 60)
    return translate("Lock", "{n} ngày trước").format(n=minutes // (24 * 60))


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or held) the writer lock of a database."""

    user: str
    machine: str
    pid: int
    process_start: str | None
    taken_at: datetime
    refreshed_at: datetime
    version: str
    token: str

    @classmethod
    def this_process(cls, user: str) -> LockHolder:
        moment = clock.now()
        return cls(user=user, machine=processes.machine_name(), pid=os.getpid(),
                   process_start=processes.start_mark(os.getpid()), taken_at=moment,
                   refreshed_at=moment, version=__version__, token=uuid.uuid4().hex)

    def to_json(self) -> bytes:
        data = asdict(self)
        data["taken_at"] = self.taken_at.isoformat()
        data["refreshed_at"] = self.refreshed_at.isoformat()
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> LockHolder | None:
        try:
            data = json.loads(raw.decode("utf-8"))
            return cls(user=str(data["user"]), machine=str(data["machine"]), pid=int(data["pid"]),
                       process_start=data.get("process_start"),
                       taken_at=datetime.fromisoformat(data["taken_at"]),
                       refreshed_at=datetime.fromisoformat(data["refreshed_at"]),
                       version=str(data.get("version", "")), token=str(data.get("token", "")))
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    @property
    def on_this_machine(self) -> bool:
        return processes.same_machine(self.machine)

    def is_stale(self) -> bool:
        """Whether the process that took the lock is gone (known only on this machine)."""
        if not self.on_this_machine:
            return False
        if self.pid == os.getpid():
            return self.token not in _held
        if not processes.is_alive(self.pid):
            return True
        now_mark = processes.start_mark(self.pid)
        return bool(self.process_start and now_mark and now_mark != self.process_start)

    def describe(self, now: datetime | None = None) -> str:
        """``Nguyễn Văn A mở trên máy PKT-01 từ 08:30 21/11/2026 (cập nhật 2 phút trước)``."""
        age = (now or clock.now()) - self.refreshed_at
        return translate("Lock", "{user} mở trên máy {machine} từ {since} (cập nhật {age})").format(
            user=self.user or translate("Lock", "một người dùng"), machine=self.machine,
            since=local_time(self.taken_at), age=elapsed_in_words(age))


class DatabaseInUse(DatabaseLocked):
    """Another program holds the writer lock; ``holder`` says who (``None``: unreadable lock)."""

    def __init__(self, database: Path, holder: LockHolder | None) -> None:
        if holder is None:
            message = translate(
                "Lock", "Cơ sở dữ liệu {path} đang được một chương trình khác mở để ghi.").format(
                    path=database)
        else:
            message = translate("Lock", "Cơ sở dữ liệu {path} đang được {holder}.").format(
                path=database, holder=holder.describe())
        message += " " + translate(
            "Lock", "Mỗi lúc chỉ một nơi được ghi: hãy đóng chương trình ở đó rồi thử lại, hoặc mở ở "
            "chế độ chỉ đọc.")
        super().__init__(message)
        self.database = database
        self.holder = holder


def read_holder(database: Path) -> LockHolder | None:
    """The current holder of ``database``'s lock, or ``None`` when there is no readable lock."""
    try:
        return LockHolder.from_json(lock_path(database).read_bytes())
    except OSError:
        return None


def _unreadable_is_stale(path: Path) -> bool:
    try:
        return time.time() - path.stat().st_mtime > UNREADABLE_GRACE_S
    except FileNotFoundError:
        return True


def _cannot_lock(database: Path, exc: OSError) -> DatabaseLocked:
    return DatabaseLocked(translate(
        "Lock", "Không mở được {path} để ghi: không tạo được tệp khóa bên cạnh ({error}). Hãy mở ở "
        "chế độ chỉ đọc, hoặc chép tệp sang một thư mục được phép ghi.").format(
            path=database, error=exc.strerror or exc))


class WriterLock:
    """The writer lock of one database, held by this process until :meth:`release`."""

    def __init__(self, database: Path, holder: LockHolder) -> None:
        self.database = database
        self.path = lock_path(database)
        self.holder = holder
        self.lost = False
        self._written = b""  # what this program last wrote into the lock file
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @classmethod
    def acquire(cls, database: Path, *, user: str = "", take_over: bool = False) -> WriterLock:
        """Take the lock of ``database`` or raise :class:`DatabaseInUse`.

        ``take_over`` replaces any lock: only after the user confirmed that the holder shown is
        no longer writing (a machine that crashed, for instance).
        """
        lock = cls(database, LockHolder.this_process(user))
        try:
            for _attempt in range(3):
                if lock._create():
                    return lock._start()
                raw = lock._read()
                if raw is None:  # released in between: try again
                    continue
                holder = LockHolder.from_json(raw)
                stale = holder.is_stale() if holder else _unreadable_is_stale(lock.path)
                if not (take_over or stale):
                    raise DatabaseInUse(database, holder)
                log.warning("taking over the lock of %s from %s", database, holder)
                lock._write()
                if lock._read() == lock.holder.to_json():
                    return lock._start()
            raise DatabaseInUse(database, read_holder(database))
        except OSError as exc:
            raise _cannot_lock(database, exc) from exc

    def _create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(self.holder.to_json())
        except BaseException:  # a full disk: leave no empty lock behind
            self.path.unlink(missing_ok=True)
            raise
        self._written = self.holder.to_json()
        return True

    def _write(self) -> None:
        encoded = self.holder.to_json()
        write_bytes(self.path, encoded, durable=False)
        self._written = encoded

    def _read(self) -> bytes | None:
        """The lock file's bytes (read with the os calls: every commit reads it)."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return None
        try:
            parts = []
            while part := os.read(fd, 4096):
                parts.append(part)
            return b"".join(parts)
        finally:
            os.close(fd)

    def _start(self) -> WriterLock:
        _held[self.holder.token] = self
        self._thread = threading.Thread(target=self._keep_fresh, name="kttt-lock", daemon=True)
        self._thread.start()
        return self

    def _keep_fresh(self) -> None:
        while not self._stop.wait(REFRESH_S) and not self.lost:
            self.refresh()

    @property
    def is_ours(self) -> bool:
        """Whether the lock file still names this holder (someone may have taken it over). The
        bytes this program wrote last need no parsing."""
        try:
            raw = self._read()
        except OSError:
            return False
        if raw is None:
            return False
        if raw == self._written:
            return True
        current = LockHolder.from_json(raw)
        return current is not None and current.token == self.holder.token

    def still_held(self) -> bool:
        """Whether the lock file still names this holder; once another program took the lock
        over, :attr:`lost` is set for good."""
        if not self.lost and not self.is_ours:
            self.lost = True
            log.warning("the lock of %s was taken over by another program", self.database)
        return not self.lost

    def refresh(self, now: datetime | None = None) -> None:
        """Record that the holder is still working (another machine sees the lock's age)."""
        if not self.still_held():
            return
        self.holder = replace(self.holder, refreshed_at=now or clock.now())
        try:
            self._write()
        except (OSError, KtttError) as exc:  # a network hiccup: the next refresh tries again
            log.warning("could not refresh the lock of %s: %s", self.database, exc)

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        if _held.pop(self.holder.token, None) is None:
            return
        if self.is_ours:
            try:
                self.path.unlink()
            except OSError as exc:
                log.warning("could not remove the lock of %s: %s", self.database, exc)


_held: dict[str, WriterLock] = {}


@atexit.register
def _release_all() -> None:
    for lock in list(_held.values()):
        lock.release()
