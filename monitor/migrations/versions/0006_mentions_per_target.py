"""mentions: one row per target and URL, so an article that names two watched brands counts for both

Revision ID: 0006_mentions_per_target
Revises: 0005_metrics
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_mentions_per_target'
down_revision = '0005_metrics'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_constraint('uq_mentions_url', type_='unique')
        batch_op.create_unique_constraint('uq_mentions_target_url', ['target_id', 'url_hash'])


def downgrade() -> None:
    # Back to one row per URL: keep each URL's first-stored mention (the old behaviour kept that one).
    op.execute(sa.text("DELETE FROM mentions WHERE id NOT IN (SELECT MIN(id) FROM mentions GROUP BY url_hash)"))
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_constraint('uq_mentions_target_url', type_='unique')
        batch_op.create_unique_constraint('uq_mentions_url', ['url_hash'])
