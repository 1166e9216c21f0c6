"""indexes for the indicator queries

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 09:00:00.000000
"""

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Members at a date are counted per organisation and member kind from this index alone;
    # members who left in a window are read from a range of the second.
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index('ix_member_stock',
                              ['organisation_id', 'member_kind', 'joined_on', 'left_on'],
                              unique=False)
        batch_op.create_index('ix_member_left', ['left_on', 'organisation_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('ix_member_left')
        batch_op.drop_index('ix_member_stock')
