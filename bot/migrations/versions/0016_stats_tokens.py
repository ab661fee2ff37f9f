"""A read-only token per organisation for the anonymous statistics API (issue 17).

Revision ID: 0016_stats_tokens
Revises: 0015_demand_counts
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_stats_tokens"
down_revision = "0015_demand_counts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stats_tokens",
        sa.Column("org_id", sa.String(64), sa.ForeignKey("organisations.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("stats_tokens")
