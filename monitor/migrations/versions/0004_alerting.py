"""alerting: alert lifecycle and notification log, delivery routing and grouping, silences

Revision ID: 0004_alerting
Revises: 0003_service
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_alerting'
down_revision = '0003_service'
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
_TIME = sa.DateTime(timezone=True)

_ALERT_COLUMNS = [
    sa.Column('subject', sa.String(length=255), nullable=True),
    sa.Column('condition', sa.String(length=50), nullable=True),
    sa.Column('site', sa.String(length=255), nullable=True),
    sa.Column('shop', sa.String(length=200), nullable=True),
    sa.Column('occurrences', sa.Integer(), nullable=False, server_default='1'),
    sa.Column('resolved_by', sa.String(length=100), nullable=True),
    sa.Column('resolved_key', sa.String(length=255), nullable=True),
    sa.Column('clear_since', _TIME, nullable=True),
    sa.Column('change_key', sa.String(length=255), nullable=True),
    sa.Column('notified_key', sa.String(length=255), nullable=True),
    sa.Column('notified_state', sa.String(length=20), nullable=True),
    sa.Column('notified_at', _TIME, nullable=True),
    sa.Column('pending_since', _TIME, nullable=True),
    sa.Column('held_at', _TIME, nullable=True),
    sa.Column('ack_due_at', _TIME, nullable=True),
    sa.Column('escalation_level', sa.Integer(), nullable=False, server_default='0'),
]
_DELIVERY_COLUMNS = [
    sa.Column('route', sa.String(length=20), nullable=True),
    sa.Column('channel_key', sa.String(length=64), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False, server_default='single'),
    sa.Column('notify_group', sa.String(length=255), nullable=True),
    sa.Column('alert_ids', sa.JSON(), nullable=True),
    sa.Column('body_format', sa.String(length=10), nullable=True),
    sa.Column('merged_into_id', _ID, nullable=True),
]


def upgrade() -> None:
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        for column in _ALERT_COLUMNS:
            batch_op.add_column(column)
    # Alerts from before this revision were told about already (one message per firing).
    op.execute("UPDATE alerts SET notified_state = state, notified_at = last_fired_at")
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        for column in _DELIVERY_COLUMNS:
            batch_op.add_column(column)
        batch_op.create_index('ix_deliveries_channel_key', ['channel_key'], unique=False)
        batch_op.create_index('ix_deliveries_notify_group', ['notify_group'], unique=False)
    op.create_table('silences',
    sa.Column('id', _ID, nullable=False),
    sa.Column('short_id', sa.String(length=12), nullable=False),
    sa.Column('matchers', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=True),
    sa.Column('created_at', _TIME, nullable=False),
    sa.Column('starts_at', _TIME, nullable=False),
    sa.Column('ends_at', _TIME, nullable=False),
    sa.Column('expired_at', _TIME, nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('short_id')
    )
    with op.batch_alter_table('silences', schema=None) as batch_op:
        batch_op.create_index('ix_silences_ends_at', ['ends_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('silences', schema=None) as batch_op:
        batch_op.drop_index('ix_silences_ends_at')
    op.drop_table('silences')
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_index('ix_deliveries_notify_group')
        batch_op.drop_index('ix_deliveries_channel_key')
        for column in reversed(_DELIVERY_COLUMNS):
            batch_op.drop_column(column.name)
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        for column in reversed(_ALERT_COLUMNS):
            batch_op.drop_column(column.name)
