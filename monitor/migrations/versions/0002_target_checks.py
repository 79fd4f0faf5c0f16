"""target_checks: successful crawls of reviews and mentions targets

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('target_checks',
    sa.Column('id', _ID, nullable=False),
    sa.Column('target_id', _ID, nullable=False),
    sa.Column('crawl_run_id', _ID, nullable=True),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('found', sa.Integer(), nullable=False),
    sa.Column('new', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['crawl_run_id'], ['crawl_runs.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['target_id'], ['targets.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('target_checks', schema=None) as batch_op:
        batch_op.create_index('ix_target_checks_target_time', ['target_id', 'checked_at'], unique=False)
        batch_op.create_index('ix_target_checks_crawl_run', ['crawl_run_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('target_checks', schema=None) as batch_op:
        batch_op.drop_index('ix_target_checks_crawl_run')
        batch_op.drop_index('ix_target_checks_target_time')
    op.drop_table('target_checks')
