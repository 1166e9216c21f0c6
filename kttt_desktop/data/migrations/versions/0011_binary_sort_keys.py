"""Vietnamese order whatever the database's collation: the sort keys compare byte by byte

The sort keys (``name_sort``, core.text.sort_key) are built so that their code-point order is
Vietnamese dictionary order. SQLite compares text byte by byte already. A PostgreSQL database
compares text by the collation it was created with (an ICU vi-VN or en-US one reorders the keys:
spaces, case and marks weigh differently), so there the keys are given the "C" collation, which
compares bytes (their indexes are rebuilt with them).

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-08 09:00:00.000000
"""

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

SORT_KEYS = ("commune", "organisation", "member", "manager", "ocop_product")  # their name_sort


def _collate(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite's BINARY is the default and only order used
    for table in SORT_KEYS:
        op.execute(f'ALTER TABLE {table} ALTER COLUMN name_sort TYPE VARCHAR COLLATE {collation}')


def upgrade() -> None:
    _collate('"C"')


def downgrade() -> None:
    _collate('"default"')
