"""salary: offers, imported market data, optional demographic fields for the fairness check

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

Grade tables and bands (with version and effective date) are already in 0001; offers copy the
table version and band they were decided with, so no versioning columns are added here.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.storage.types

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('market_imports',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('file_name', sa.Unicode(length=260), nullable=False),
    sa.Column('sha256', sa.Unicode(length=64), nullable=False),
    sa.Column('encoding', sa.Unicode(length=20), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('imported_by', sa.Unicode(length=200), nullable=False),
    sa.Column('imported_at', app.storage.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_market_imports'))
    )
    with op.batch_alter_table('market_imports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_market_imports_sha256'), ['sha256'], unique=False)

    op.create_table('candidate_demographics',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.Column('attribute', sa.Unicode(length=40), nullable=False),
    sa.Column('value', sa.Unicode(length=100), nullable=False),
    sa.Column('recorded_by', sa.Unicode(length=200), nullable=False),
    sa.Column('recorded_at', app.storage.types.UtcDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_candidate_demographics_candidate_id_candidates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidate_demographics')),
    sa.UniqueConstraint('candidate_id', 'attribute', name=op.f('uq_candidate_demographics_candidate_id'))
    )
    with op.batch_alter_table('candidate_demographics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidate_demographics_candidate_id'), ['candidate_id'], unique=False)

    op.create_table('market_rates',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('import_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Unicode(length=200), nullable=False),
    sa.Column('level', sa.Unicode(length=200), nullable=False),
    sa.Column('city', sa.Unicode(length=200), nullable=False),
    sa.Column('position_key', sa.Unicode(length=200), nullable=False),
    sa.Column('level_key', sa.Unicode(length=200), nullable=False),
    sa.Column('p25', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('p50', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('p75', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('source', sa.Unicode(length=200), nullable=False),
    sa.Column('survey_date', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['import_id'], ['market_imports.id'], name=op.f('fk_market_rates_import_id_market_imports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_market_rates'))
    )
    with op.batch_alter_table('market_rates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_market_rates_import_id'), ['import_id'], unique=False)
        batch_op.create_index('ix_market_rates_lookup', ['position_key', 'level_key'], unique=False)

    op.create_table('salary_offers',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('interview_id', sa.Uuid(), nullable=False),
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.Column('position_id', sa.Uuid(), nullable=False),
    sa.Column('decision', sa.Unicode(length=10), nullable=False),
    sa.Column('offered_salary', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('expected_salary', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('suggested_salary', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('reason', sa.UnicodeText().with_variant(sa.NVARCHAR(), 'mssql'), nullable=False),
    sa.Column('table_id', sa.Uuid(), nullable=True),
    sa.Column('table_version', sa.Integer(), nullable=True),
    sa.Column('table_name', sa.Unicode(length=200), nullable=False),
    sa.Column('driver_dimension', sa.Unicode(length=60), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('level_title', sa.Unicode(length=200), nullable=False),
    sa.Column('band_min', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('band_mid', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('band_max', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('currency', sa.Unicode(length=8), nullable=False),
    sa.Column('market_p50', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('market_survey_date', sa.Date(), nullable=True),
    sa.Column('decided_by', sa.Unicode(length=200), nullable=False),
    sa.Column('decided_at', app.storage.types.UtcDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_salary_offers_candidate_id_candidates')),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_salary_offers_interview_id_interviews'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_salary_offers_position_id_positions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_salary_offers')),
    sa.UniqueConstraint('interview_id', name=op.f('uq_salary_offers_interview_id'))
    )
    with op.batch_alter_table('salary_offers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_salary_offers_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_salary_offers_decided_at'), ['decided_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_salary_offers_decision'), ['decision'], unique=False)
        batch_op.create_index(batch_op.f('ix_salary_offers_position_id'), ['position_id'], unique=False)
        batch_op.create_index('ix_salary_offers_analytics', ['interview_id', 'decision', 'offered_salary', 'expected_salary', 'suggested_salary', 'market_p50', 'decided_at'], unique=False)

    # covering indexes for the salary analytics (see app/storage/salary_rows.py)
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.create_index('ix_interviews_salary_by_candidate',
                              ['status', 'candidate_id', 'id', 'started_at', 'created_at'], unique=False)
        batch_op.create_index('ix_interviews_salary_by_position',
                              ['status', 'position_id', 'candidate_id', 'id'], unique=False)
    with op.batch_alter_table('dimension_scores', schema=None) as batch_op:
        batch_op.create_index('ix_dimension_scores_salary',
                              ['interview_id', 'dimension', 'question_id', 'final_score'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.drop_index('ix_interviews_salary_by_position')
        batch_op.drop_index('ix_interviews_salary_by_candidate')
    with op.batch_alter_table('dimension_scores', schema=None) as batch_op:
        batch_op.drop_index('ix_dimension_scores_salary')

    with op.batch_alter_table('salary_offers', schema=None) as batch_op:
        batch_op.drop_index('ix_salary_offers_analytics')
        batch_op.drop_index(batch_op.f('ix_salary_offers_position_id'))
        batch_op.drop_index(batch_op.f('ix_salary_offers_decision'))
        batch_op.drop_index(batch_op.f('ix_salary_offers_decided_at'))
        batch_op.drop_index(batch_op.f('ix_salary_offers_candidate_id'))

    op.drop_table('salary_offers')
    with op.batch_alter_table('market_rates', schema=None) as batch_op:
        batch_op.drop_index('ix_market_rates_lookup')
        batch_op.drop_index(batch_op.f('ix_market_rates_import_id'))

    op.drop_table('market_rates')
    with op.batch_alter_table('candidate_demographics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidate_demographics_candidate_id'))

    op.drop_table('candidate_demographics')
    with op.batch_alter_table('market_imports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_market_imports_sha256'))

    op.drop_table('market_imports')
