"""the number and signer of a return's draft; findings of the data check accepted with a reason

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-07 09:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

DRAFT_COLUMNS = ("doc_number", "signer_authority", "signer_title", "signer_name")


def upgrade() -> None:
    with op.batch_alter_table('return_draft', schema=None) as batch_op:
        for column in DRAFT_COLUMNS:
            batch_op.add_column(sa.Column(column, sa.String(), nullable=False, server_default=''))
    op.create_table('accepted_finding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(), nullable=False),
    sa.Column('table_name', sa.String(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('message', sa.String(), nullable=False),
    sa.Column('stamp', sa.String(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.Column('accepted_by', sa.String(), nullable=False),
    sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('rule', 'table_name', 'record_id', name='uq_accepted_finding')
    )


def downgrade() -> None:
    op.drop_table('accepted_finding')
    with op.batch_alter_table('return_draft', schema=None) as batch_op:
        for column in reversed(DRAFT_COLUMNS):
            batch_op.drop_column(column)
