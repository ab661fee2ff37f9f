"""Telegram channel: the durable inbox of updates and the payloads behind inline buttons.

Revision ID: 0005_telegram
Revises: 0004_user_sessions
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_telegram"
down_revision = "0004_user_sessions"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "telegram_updates",
        sa.Column("update_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("sender_hash", sa.String(64), nullable=True, index=True),
        sa.Column("status", sa.String(12), nullable=False, index=True),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("outgoing", sa.JSON(), nullable=True),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("received_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_table(
        "telegram_buttons",
        sa.Column("sender_hash", sa.String(64), primary_key=True),
        sa.Column("token", sa.String(16), primary_key=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("telegram_buttons")
    op.drop_table("telegram_updates")
