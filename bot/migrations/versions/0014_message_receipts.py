"""The answer to a client's message id (contract § 4 `metadata.message_id`), so that a repeat
is answered once.

Revision ID: 0014_message_receipts
Revises: 0013_cluster_leases
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_message_receipts"
down_revision = "0013_cluster_leases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "message_receipts",
        sa.Column("sender_hash", sa.String(64), primary_key=True),
        sa.Column("message_id", sa.String(200), primary_key=True),
        sa.Column("replies", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_message_receipts_created_at", "message_receipts", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_message_receipts_created_at", table_name="message_receipts")
    op.drop_table("message_receipts")
