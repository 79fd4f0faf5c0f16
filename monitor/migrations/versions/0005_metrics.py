"""metrics: the seller's own time series (KPI imports, API pushes, derived metrics) and alert notes

Revision ID: 0005_metrics
Revises: 0004_alerting
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_metrics'
down_revision = '0004_alerting'
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table('metric_points',
    sa.Column('id', _ID, nullable=False),
    sa.Column('metric', sa.String(length=100), nullable=False),
    sa.Column('scope_kind', sa.String(length=20), nullable=False),
    sa.Column('scope_key', sa.String(length=200), nullable=False),
    sa.Column('at', _TIME, nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=True),
    sa.Column('source', sa.String(length=60), nullable=False),
    sa.Column('recorded_at', _TIME, nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('metric', 'scope_kind', 'scope_key', 'at', 'source', name='uq_metric_points_series_time')
    )
    op.create_index('ix_metric_points_metric_at', 'metric_points', ['metric', 'at'], unique=False)
    op.create_table('alert_notes',
    sa.Column('id', _ID, nullable=False),
    sa.Column('alert_id', _ID, nullable=False),
    sa.Column('at', _TIME, nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('by', sa.String(length=100), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['alerts.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_alert_notes_alert_at', 'alert_notes', ['alert_id', 'at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_alert_notes_alert_at', table_name='alert_notes')
    op.drop_table('alert_notes')
    op.drop_index('ix_metric_points_metric_at', table_name='metric_points')
    op.drop_table('metric_points')
