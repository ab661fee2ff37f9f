"""Rate-limit counters shared by every process on one database (logins; the chat on
PostgreSQL without Redis): one row per key and window, counted by an atomic upsert.

Revision ID: 0012_rate_counters
Revises: 0011_handoff_reply_chat
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_rate_counters"
down_revision = "0011_handoff_reply_chat"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_counters",
        sa.Column("slot", sa.String(120), primary_key=True),  # hashed key / amount / seconds
        sa.Column("hits", sa.Integer, nullable=False),
        sa.Column("ends", sa.Float, nullable=False),  # the window's end, seconds since 1970
    )
    op.create_index("ix_rate_counters_ends", "rate_counters", ["ends"])


def downgrade() -> None:
    op.drop_index("ix_rate_counters_ends", table_name="rate_counters")
    op.drop_table("rate_counters")
