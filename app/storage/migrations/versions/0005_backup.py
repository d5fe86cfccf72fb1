"""backup history and privacy deletion list

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.storage.types

revision = '0005'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('backup_runs',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('started_at', app.storage.types.UtcDateTime(), nullable=False),
    sa.Column('finished_at', app.storage.types.UtcDateTime(), nullable=False),
    sa.Column('trigger', sa.Unicode(length=20), nullable=False),
    sa.Column('status', sa.Unicode(length=20), nullable=False),
    sa.Column('folder', sa.Unicode(length=1000), nullable=False),
    sa.Column('backup_name', sa.Unicode(length=200), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=False),
    sa.Column('files', sa.Integer(), nullable=False),
    sa.Column('new_media_files', sa.Integer(), nullable=False),
    sa.Column('seconds', sa.Float(), nullable=False),
    sa.Column('host', sa.Unicode(length=200), nullable=False),
    sa.Column('message', sa.UnicodeText().with_variant(sa.NVARCHAR(), 'mssql'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_backup_runs'))
    )
    with op.batch_alter_table('backup_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_backup_runs_started_at'), ['started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_backup_runs_status'), ['status'], unique=False)

    op.create_table('privacy_deletions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('record_type', sa.Unicode(length=60), nullable=False),
    sa.Column('record_id', sa.Unicode(length=64), nullable=False),
    sa.Column('deleted_at', app.storage.types.UtcDateTime(), nullable=False),
    sa.Column('deleted_by', sa.Unicode(length=200), nullable=False),
    sa.Column('reason', sa.Unicode(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_privacy_deletions'))
    )
    with op.batch_alter_table('privacy_deletions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_privacy_deletions_record_id'), ['record_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('privacy_deletions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_privacy_deletions_record_id'))
    op.drop_table('privacy_deletions')
    with op.batch_alter_table('backup_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_backup_runs_status'))
        batch_op.drop_index(batch_op.f('ix_backup_runs_started_at'))
    op.drop_table('backup_runs')
