"""the program's own administrative units: official codes, dated names, folding of look-alikes

Databases made before held the units of the vietnam-provinces package: their codes are corrected
to the official list (organisations, area and trash moved, audited; what cannot be placed is
listed in unplaced_commune and reported at opening), today's names are applied with every dated
name kept in unit_version, and the folded forms of names with look-alike apostrophes, dashes or
Ð are recomputed (search now treats them as the plain characters).

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-07 09:00:00.000000
"""

import sqlalchemy as sa
from alembic import context, op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('unit_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(), nullable=False),
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('level', 'code', 'valid_from')
    )
    op.create_table('unplaced_commune',
    sa.Column('code', sa.String(length=5), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('province_code', sa.String(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    from kttt_desktop.data.admin_units import catalogue
    from kttt_desktop.data.unit_updates import refold_names, update_units

    connection = op.get_bind()
    update_units(connection, catalogue(), user=context.config.attributes.get("user", ""))
    refold_names(connection)


def downgrade() -> None:
    op.drop_table('unplaced_commune')
    op.drop_table('unit_version')
