"""the officer's draft free text of a return, per period

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 09:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('return_draft',
    sa.Column('period', sa.String(), nullable=False),
    sa.Column('free_text', sa.String(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('period')
    )


def downgrade() -> None:
    op.drop_table('return_draft')
