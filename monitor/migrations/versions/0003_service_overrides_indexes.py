"""service: target overrides (API add/pause) and indexes for history and health queries

Revision ID: 0003_service
Revises: 0002
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_service'
down_revision = '0002'
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('target_overrides',
    sa.Column('id', _ID, nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('spec', sa.JSON(), nullable=True),
    sa.Column('paused', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.create_index('ix_crawl_runs_site_started', ['site', 'started_at'], unique=False)
        batch_op.create_index('ix_crawl_runs_status_finished', ['status', 'finished_at'], unique=False)
    with op.batch_alter_table('extraction_failures', schema=None) as batch_op:
        batch_op.create_index('ix_failures_crawl_run', ['crawl_run_id'], unique=False)
    with op.batch_alter_table('price_observations', schema=None) as batch_op:
        batch_op.create_index('ix_price_obs_crawl_run', ['crawl_run_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('price_observations', schema=None) as batch_op:
        batch_op.drop_index('ix_price_obs_crawl_run')
    with op.batch_alter_table('extraction_failures', schema=None) as batch_op:
        batch_op.drop_index('ix_failures_crawl_run')
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.drop_index('ix_crawl_runs_status_finished')
        batch_op.drop_index('ix_crawl_runs_site_started')
    op.drop_table('target_overrides')
