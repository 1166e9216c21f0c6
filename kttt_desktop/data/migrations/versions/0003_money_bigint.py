"""money in 64-bit integers

A 32-bit INTEGER (PostgreSQL's) holds at most 2.1 billion VND: less than a year's revenue of many
cooperatives. SQLite stores every integer in up to 64 bits already; on SQLite the batch mode
copies the tables once.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 12:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

MONEY = {
    "organisation": ("charter_capital",),
    "member": ("capital_contribution",),
    "yearly_figures": ("revenue", "profit", "avg_income"),
}


def upgrade() -> None:
    for table, columns in MONEY.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.alter_column(column, existing_type=sa.Integer(), type_=sa.BigInteger(),
                                      existing_nullable=True)


def downgrade() -> None:
    for table, columns in MONEY.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.alter_column(column, existing_type=sa.BigInteger(), type_=sa.Integer(),
                                      existing_nullable=True)
