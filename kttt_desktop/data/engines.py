"""The two places a database can live: a file (SQLite) or a PostgreSQL server, named by a URL.

Everything that differs between them for opening a database is here: telling a URL from a path,
the server's engine, whether a server database is one of this program's, the server's failures
as messages, the ids a bulk writer gets, and the text comparison. The file's own machinery
(header and application id, quick_check, the writer lock, WAL, backups by copy, restore by
swapping files, the network-share warning) stays with the file (data.database, data.backup,
data.lock, data.location) and is never used for a server: a server keeps its own storage sound,
takes many writers, makes its own backups, and runs a migration in one transaction.

``--db`` and ``KTTT_DATABASE_URL`` take ``postgresql://USER:PASSWORD@HOST:PORT/DATABASE``
(``?sslmode=require`` and the other libpq parameters may follow); a value with ``://`` is never
taken as a file name.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, insert, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from kttt_desktop.core.errors import (
    DatabaseLocked,
    DiskFull,
    EnvironmentProblem,
    InputError,
    KtttError,
    NotOurDatabase,
)
from kttt_desktop.core.i18n import translate
from kttt_desktop.data.addresses import hidden_password, is_url, named

log = logging.getLogger(__name__)

SERVER_SCHEMES = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg",
                  "postgresql+psycopg": "postgresql+psycopg"}
CONNECT_TIMEOUT = 10  # seconds to reach the server before saying it cannot be reached
# Tables whose presence says a server database is this program's (beside Alembic's version).
OUR_TABLES = frozenset({"office", "organisation", "member"})


def _t(text_: str) -> str:
    return translate("Server", text_)


class ServerProblem(EnvironmentProblem):
    """The server could not be reached, refused the login, lacks the database, or stopped the
    work (exit status 3)."""


def server_url(value: str | URL) -> URL:
    """The URL of a server database, for the driver this program uses (psycopg 3)."""
    try:
        url = value if isinstance(value, URL) else make_url(value)
    except (ArgumentError, ValueError) as exc:
        raise InputError(_t("Địa chỉ cơ sở dữ liệu {url} không đúng dạng "
                            "postgresql://người_dùng:mật_khẩu@máy_chủ:cổng/tên_cơ_sở_dữ_liệu."
                            ).format(url=hidden_password(str(value)))) from exc
    driver = SERVER_SCHEMES.get(url.drivername)
    if driver is None:
        raise InputError(_t("Địa chỉ cơ sở dữ liệu {url}: chương trình chỉ làm việc với tệp "
                            "SQLite hoặc máy chủ PostgreSQL (postgresql://…).").format(url=url))
    if not url.database:
        raise InputError(_t("Địa chỉ cơ sở dữ liệu {url} thiếu tên cơ sở dữ liệu (phần sau dấu "
                            "/ cuối cùng).").format(url=url))
    return url.set(drivername=driver)


def database_address(value: str | Path | URL | None, default: Path) -> Path | URL:
    """What ``--db`` names: a server's URL or a file. Without ``--db``: the URL in
    ``KTTT_DATABASE_URL`` when it is set, else ``default`` (the file in the data folder)."""
    return address_of(named(value, default))


def address_of(value: str | Path | URL) -> Path | URL:
    """A server's URL (``value`` has ``://``) or a file."""
    if isinstance(value, URL) or is_url(value):
        return server_url(value)  # type: ignore[arg-type]
    return Path(value)


def describe(address: Path | URL) -> str:
    """The database named for the user: the file's path, or the URL without its password."""
    if isinstance(address, URL):
        # URL.set keeps a password given None; a named tuple's _replace removes it
        return address._replace(drivername="postgresql", password=None).render_as_string(
            hide_password=False)
    return str(address)


def local_name(url: URL, folder: Path) -> Path:
    """A name in ``folder`` that stands for the server database ``url`` on this PC (the files
    this PC keeps for it, such as the office's signing key, go beside it)."""
    place = f"{url.host or 'localhost'}-{url.port or 5432}-{url.database}"
    safe = "".join(c if c.isalnum() or c in "-._" else "_" for c in place)
    return folder / "servers" / f"{safe}.db"


def server_engine(url: URL, *, read_only: bool) -> Engine:
    """An engine for a server database; a read-only one makes every transaction read-only."""
    arguments: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT,
                                 "application_name": "KTTT Desktop"}
    if read_only:
        arguments["options"] = "-c default_transaction_read_only=on"
    return create_engine(url, connect_args=arguments, pool_pre_ping=True)


def is_new_server_database(connection: Connection, name: str) -> bool:
    """Whether the server database holds no table yet (one to set up); raises
    :class:`NotOurDatabase` when it holds tables of another program."""
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return True
    if "alembic_version" in tables and OUR_TABLES <= tables:
        return False
    raise NotOurDatabase(_t("Cơ sở dữ liệu {name} trên máy chủ đã có các bảng của một chương "
                            "trình khác, không phải của chương trình này; không có gì bị thay "
                            "đổi. Hãy dùng một cơ sở dữ liệu trống.").format(name=name))


def refuse_on_server(url: URL, work: str) -> InputError:
    """What to say when file-only ``work`` ("backup", "restore") is asked of a server database."""
    return InputError(_t(
        "Cơ sở dữ liệu {name} nằm trên máy chủ PostgreSQL: việc sao lưu và khôi phục do máy chủ "
        "làm (pg_dump, pg_restore), không phải bằng tệp của chương trình này. Hãy nhờ người quản "
        "trị máy chủ ({work}). Không có gì bị thay đổi.").format(name=describe(url), work=work))


def empty_server_database(name: str) -> NotOurDatabase:
    return NotOurDatabase(_t("Cơ sở dữ liệu {name} trên máy chủ còn trống. Hãy tạo cơ quan trong "
                             "đó trước (kttt init hoặc kttt demo).").format(name=name))


def drop_tables(connection: Connection) -> None:
    """Remove every table of the server database (a set-up that failed half-way, in a database
    that held no table before it began)."""
    for name in inspect(connection).get_table_names():
        connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}" CASCADE')


def check_server(connection: Connection) -> list[str]:
    """The server's counterpart of the file's quick_check: the problems a simple read of every
    table meets (empty: sound). The server keeps its own pages sound; this shows the tables can
    be read with this login."""
    problems = []
    for name in sorted(inspect(connection).get_table_names()):
        try:
            with connection.begin_nested():
                connection.exec_driver_sql(f'SELECT 1 FROM "{name}" LIMIT 1').all()
        except Exception as exc:  # noqa: BLE001 - every failure is a problem to report
            problems.append(f"{name}: {getattr(exc, 'orig', exc)}".strip())
    return problems


# Ids -----------------------------------------------------------------------------------------


def insert_rows(connection: Connection, table: Table,
                rows: Sequence[Mapping[str, Any]]) -> Sequence[int]:
    """Insert ``rows`` (without ids) and return the ids the database gave them, in the order of
    ``rows``. SQLite gives each new row the id after the largest (one writer at a time: the
    ids of one statement follow each other), read back in one query; PostgreSQL takes them
    from the table's sequence and returns them (INSERT … RETURNING)."""
    if not rows:
        return []
    if connection.dialect.name == "sqlite":
        connection.execute(insert(table), list(rows))
        last = connection.exec_driver_sql("SELECT last_insert_rowid()").scalar_one()
        return range(last - len(rows) + 1, last + 1)
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(connection.execute(statement, list(rows)).scalars())


def after_explicit_ids(connection: Connection, table: Table) -> None:
    """Bring the id sequence of ``table`` past the ids rows were given explicitly (the one
    office row is id 1), so that the next row the database numbers does not collide. SQLite
    numbers from the largest id already."""
    if connection.dialect.name == "sqlite":
        return
    connection.execute(text(
        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
        f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))


def references(table: Table, parents: Iterable[str]) -> dict[str, str]:
    """The columns of ``table`` that hold ids of rows of ``parents``: column → parent table."""
    wanted = set(parents)
    return {key.parent.key: key.column.table.name for key in table.foreign_keys
            if key.column.table.name in wanted}


# Failures ------------------------------------------------------------------------------------


def is_server_error(error: BaseException) -> bool:
    """Whether ``error`` comes from the server's driver (checked without importing it)."""
    return type(error).__module__.split(".")[0] == "psycopg"


def server_problem(error: BaseException, name: str, url: URL | None = None) -> KtttError | None:
    """The user-facing error for a failure of the server or of the way to it, or ``None`` for a
    bug. Connection failures carry no SQLSTATE, so they are told apart by the driver's text."""
    state = getattr(error, "sqlstate", None) or ""
    message = str(error)
    lowered = message.lower()
    host = f"{url.host or 'localhost'}:{url.port or 5432}" if url is not None else name
    user = (url.username if url is not None else None) or ""
    database = (url.database if url is not None else None) or name
    problem: KtttError | None = None
    if state in ("28P01", "28000") or "password authentication failed" in lowered or \
            "no password supplied" in lowered or "authentication failed" in lowered:
        problem = ServerProblem(_t(
            "Máy chủ PostgreSQL {host} từ chối đăng nhập của người dùng {user}: sai mật khẩu hoặc "
            "tài khoản không được phép. Hãy kiểm tra tên đăng nhập và mật khẩu; không có gì bị "
            "thay đổi.").format(host=host, user=user), details=message)
    elif state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        problem = ServerProblem(_t(
            "Máy chủ PostgreSQL {host} không có cơ sở dữ liệu {database}. Hãy kiểm tra tên, hoặc "
            "nhờ người quản trị máy chủ tạo cơ sở dữ liệu trống này.").format(
                host=host, database=database), details=message)
    elif state == "42501":
        problem = ServerProblem(_t(
            "Tài khoản {user} không đủ quyền trên cơ sở dữ liệu {name}. Hãy nhờ người quản trị "
            "máy chủ cấp quyền; không có gì bị thay đổi.").format(user=user, name=name),
            details=message)
    elif state == "53100":
        problem = DiskFull(_t(
            "Ổ đĩa của máy chủ PostgreSQL {host} đã đầy; thay đổi không được lưu. Hãy báo người "
            "quản trị máy chủ.").format(host=host), details=message)
    elif state == "25006":
        problem = DatabaseLocked(_t(
            "Cơ sở dữ liệu {name} đang mở ở chế độ chỉ đọc; thay đổi không được lưu.").format(
                name=name), details=message)
    elif state in ("40P01", "55P03", "57014"):
        problem = DatabaseLocked(_t(
            "Cơ sở dữ liệu {name} đang bận vì người khác đang ghi; thay đổi chưa được lưu. Hãy "
            "thử lại sau ít phút.").format(name=name), details=message)
    elif state.startswith("08") or state.startswith("57P") or type(error).__name__ in (
            "OperationalError", "InterfaceError"):
        problem = ServerProblem(_t(
            "Không kết nối được máy chủ PostgreSQL {host} (máy chủ không chạy, sai địa chỉ hoặc "
            "cổng, hoặc mạng bị ngắt). Không có gì bị thay đổi; hãy kiểm tra rồi thử lại.").format(
                host=host), details=message)
    if problem is not None:
        log.warning("server %s: %s", name, message.strip())
    return problem


