"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-21 05:33:58.944290
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_name', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('table_name', sa.String(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('record_label', sa.String(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('old_value', sa.String(), nullable=True),
    sa.Column('new_value', sa.String(), nullable=True),
    sa.Column('reason', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_record', ['table_name', 'record_id'], unique=False)

    op.create_table('import_mapping',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('payload_json', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('manual_indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('unit', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('slug')
    )
    op.create_table('province',
    sa.Column('code', sa.String(length=2), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('submitted_return',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('snapshot_json', sa.String(), nullable=False),
    sa.Column('xlsx_sha256', sa.String(), nullable=False),
    sa.Column('pdf_sha256', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('period', 'version', name='uq_return_version')
    )
    with op.batch_alter_table('submitted_return', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_submitted_return_period'), ['period'], unique=False)

    op.create_table('target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('indicator', sa.String(), nullable=False),
    sa.Column('comparator', sa.String(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('max_value', sa.Float(), nullable=True),
    sa.Column('tolerance_pct', sa.Float(), nullable=True),
    sa.Column('basis', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('year', 'indicator', name='uq_target_year_indicator')
    )
    with op.batch_alter_table('target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_year'), ['year'], unique=False)

    op.create_table('trash',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_name', sa.String(), nullable=False),
    sa.Column('table_name', sa.String(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('payload_json', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('trash', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trash_deleted_at'), ['deleted_at'], unique=False)

    op.create_table('commune',
    sa.Column('code', sa.String(length=5), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('province_code', sa.String(), nullable=False),
    sa.Column('name_folded', sa.String(), nullable=False),
    sa.Column('name_sort', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['province_code'], ['province.code'], ),
    sa.PrimaryKeyConstraint('code')
    )
    with op.batch_alter_table('commune', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commune_province_code'), ['province_code'], unique=False)

    op.create_table('manual_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('manual_indicator_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('source', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['manual_indicator_id'], ['manual_indicator.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('manual_indicator_id', 'period', name='uq_manual_period')
    )
    with op.batch_alter_table('manual_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_manual_value_manual_indicator_id'), ['manual_indicator_id'], unique=False)

    op.create_table('office',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('superior_body', sa.String(), nullable=False),
    sa.Column('province_code', sa.String(), nullable=False),
    sa.Column('place_name', sa.String(), nullable=False),
    sa.Column('doc_symbol', sa.String(), nullable=False),
    sa.Column('signer_authority', sa.String(), nullable=False),
    sa.Column('signer_title', sa.String(), nullable=False),
    sa.Column('signer_name', sa.String(), nullable=False),
    sa.Column('preparer_name', sa.String(), nullable=False),
    sa.Column('recipients', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['province_code'], ['province.code'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('office_area',
    sa.Column('commune_code', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['commune_code'], ['commune.code'], ),
    sa.PrimaryKeyConstraint('commune_code')
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=14), nullable=True),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('name_folded', sa.String(), nullable=False),
    sa.Column('name_sort', sa.String(), nullable=False),
    sa.Column('commune_code', sa.String(), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('established_on', sa.Date(), nullable=False),
    sa.Column('dissolved_on', sa.Date(), nullable=True),
    sa.Column('sector', sa.String(), nullable=False),
    sa.Column('charter_capital', sa.Integer(), nullable=True),
    sa.Column('representative', sa.String(), nullable=False),
    sa.Column('phone', sa.String(), nullable=False),
    sa.Column('value_chain', sa.Boolean(), nullable=False),
    sa.Column('value_chain_year', sa.Integer(), nullable=True),
    sa.Column('high_tech', sa.Boolean(), nullable=False),
    sa.Column('high_tech_year', sa.Integer(), nullable=True),
    sa.Column('digital', sa.Boolean(), nullable=False),
    sa.Column('digital_year', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("kind IN ('tht', 'htx', 'lhhtx')", name='ck_organisation_kind'),
    sa.ForeignKeyConstraint(['commune_code'], ['commune.code'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_name_sort'), ['name_sort'], unique=False)
        batch_op.create_index('ix_organisation_scope', ['commune_code', 'kind', 'established_on', 'dissolved_on'], unique=False)

    op.create_table('manager',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(), nullable=False),
    sa.Column('name_folded', sa.String(), nullable=False),
    sa.Column('name_sort', sa.String(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('gender', sa.String(), nullable=True),
    sa.Column('cccd', sa.String(length=12), nullable=True),
    sa.Column('phone', sa.String(), nullable=False),
    sa.Column('training_level', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('manager', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_manager_cccd'), ['cccd'], unique=False)
        batch_op.create_index(batch_op.f('ix_manager_name_sort'), ['name_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_manager_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(), nullable=False),
    sa.Column('name_folded', sa.String(), nullable=False),
    sa.Column('name_sort', sa.String(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('gender', sa.String(), nullable=True),
    sa.Column('cccd', sa.String(length=12), nullable=True),
    sa.Column('phone', sa.String(), nullable=False),
    sa.Column('member_kind', sa.String(), nullable=False),
    sa.Column('official_subtype', sa.String(), nullable=True),
    sa.Column('member_type', sa.String(), nullable=False),
    sa.Column('member_organisation_id', sa.Integer(), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('capital_contribution', sa.Integer(), nullable=True),
    sa.Column('is_worker', sa.Boolean(), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['member_organisation_id'], ['organisation.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_cccd'), ['cccd'], unique=False)
        batch_op.create_index('ix_member_dates', ['organisation_id', 'joined_on', 'left_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_member_organisation_id'), ['member_organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_name_sort'), ['name_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('ocop_product',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('name_folded', sa.String(), nullable=False),
    sa.Column('name_sort', sa.String(), nullable=False),
    sa.Column('product_group', sa.String(), nullable=False),
    sa.Column('stars', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('decision_no', sa.String(), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=False),
    sa.Column('level', sa.String(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('stars BETWEEN 1 AND 5', name='ck_ocop_stars'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('ocop_product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ocop_product_name_sort'), ['name_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_ocop_product_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('rating',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('rating_class', sa.String(), nullable=False),
    sa.Column('scheme', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('organisation_id', 'year', name='uq_rating_year')
    )
    with op.batch_alter_table('rating', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rating_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rating_year'), ['year'], unique=False)

    op.create_table('suspension',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('reason', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('suspension', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suspension_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('yearly_figures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('revenue', sa.Integer(), nullable=True),
    sa.Column('profit', sa.Integer(), nullable=True),
    sa.Column('workers', sa.Integer(), nullable=True),
    sa.Column('avg_income', sa.Integer(), nullable=True),
    sa.Column('declared_members', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('organisation_id', 'year', name='uq_figures_year')
    )
    with op.batch_alter_table('yearly_figures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_yearly_figures_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_yearly_figures_year'), ['year'], unique=False)

    op.create_table('manager_position',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('manager_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.String(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['manager_id'], ['manager.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('manager_position', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_manager_position_manager_id'), ['manager_id'], unique=False)

    op.create_table('training_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('manager_id', sa.Integer(), nullable=False),
    sa.Column('course', sa.String(), nullable=False),
    sa.Column('institution', sa.String(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('level', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['manager_id'], ['manager.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('training_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_record_manager_id'), ['manager_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_record_starts_on'), ['starts_on'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('training_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_record_starts_on'))
        batch_op.drop_index(batch_op.f('ix_training_record_manager_id'))

    op.drop_table('training_record')
    with op.batch_alter_table('manager_position', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_manager_position_manager_id'))

    op.drop_table('manager_position')
    with op.batch_alter_table('yearly_figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_yearly_figures_year'))
        batch_op.drop_index(batch_op.f('ix_yearly_figures_organisation_id'))

    op.drop_table('yearly_figures')
    with op.batch_alter_table('suspension', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suspension_organisation_id'))

    op.drop_table('suspension')
    with op.batch_alter_table('rating', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rating_year'))
        batch_op.drop_index(batch_op.f('ix_rating_organisation_id'))

    op.drop_table('rating')
    with op.batch_alter_table('ocop_product', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ocop_product_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_ocop_product_name_sort'))

    op.drop_table('ocop_product')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_member_name_sort'))
        batch_op.drop_index(batch_op.f('ix_member_member_organisation_id'))
        batch_op.drop_index('ix_member_dates')
        batch_op.drop_index(batch_op.f('ix_member_cccd'))

    op.drop_table('member')
    with op.batch_alter_table('manager', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_manager_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_manager_name_sort'))
        batch_op.drop_index(batch_op.f('ix_manager_cccd'))

    op.drop_table('manager')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index('ix_organisation_scope')
        batch_op.drop_index(batch_op.f('ix_organisation_name_sort'))
        batch_op.drop_index(batch_op.f('ix_organisation_kind'))
        batch_op.drop_index(batch_op.f('ix_organisation_commune_code'))

    op.drop_table('organisation')
    op.drop_table('office_area')
    op.drop_table('office')
    with op.batch_alter_table('manual_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_manual_value_manual_indicator_id'))

    op.drop_table('manual_value')
    with op.batch_alter_table('commune', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commune_province_code'))

    op.drop_table('commune')
    with op.batch_alter_table('trash', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trash_deleted_at'))

    op.drop_table('trash')
    with op.batch_alter_table('target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_target_year'))

    op.drop_table('target')
    with op.batch_alter_table('submitted_return', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_submitted_return_period'))

    op.drop_table('submitted_return')
    op.drop_table('province')
    op.drop_table('manual_indicator')
    op.drop_table('import_mapping')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_record')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')

