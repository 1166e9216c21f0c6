"""the index of people's names for search (FTS5 trigram over the folded names)

Revision ID: 0008
Revises: 0004
Create Date: 2026-12-07 09:00:00.000000
"""

from alembic import op

from kttt_desktop.data import name_index

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    name_index.create(op.get_bind())


def downgrade() -> None:
    name_index.drop(op.get_bind())
