"""Vietnamese order does not depend on the collation a PostgreSQL database was created with:
the register lists of the same demo come in the same order as on SQLite, on a database whose
collation is ICU's Vietnamese or English one."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.data.database import open_database
from kttt_desktop.data.registers.lists import ListQuery
from kttt_desktop.services.registers import lists
from tests.demo_registers import DEMO_TODAY, build_demo_on

pytestmark = pytest.mark.postgresql
REGISTERS = ("organisation", "member", "manager", "ocop_product")
ON = date(2025, 6, 1)


def _orders(address) -> dict[str, list[tuple[int, str]]]:
    """Each register's list as the officer sees it first: sorted by name, all of it."""
    database = open_database(address, read_only=True)
    try:
        query = ListQuery(today=ON)
        found = {}
        for register in REGISTERS:
            rows = lists.page(database, register, query, 0, 100_000)
            key = "full_name" if register in ("member", "manager") else "name"
            found[register] = [(row["id"], row[key]) for row in rows]
        return found
    finally:
        database.close()


@pytest.mark.parametrize("locale", ["vi-VN", "en-US"])
def test_register_lists_keep_vietnamese_order_whatever_the_collation(locale, tmp_path,
                                                                      server_database):
    url = server_database(options=f"TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu "
                                  f"ICU_LOCALE '{locale}' LOCALE 'C.UTF-8'")
    build_demo_on(url, DEMO_TODAY, scale="district", seed=3)  # type: ignore[arg-type]
    file = build_demo_on(tmp_path / "district.db", DEMO_TODAY, scale="district", seed=3)
    on_server, on_file = _orders(url), _orders(file)
    assert len(on_file["member"]) > 1000
    for register in REGISTERS:
        assert on_server[register] == on_file[register], register
