"""A handoff keeps the Telegram chat id when the person chose to be contacted on Telegram (the
one way a bot can write back, e.g. an internship's personal links).

Revision ID: 0011_handoff_reply_chat
Revises: 0010_placement_loop
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_handoff_reply_chat"
down_revision = "0010_placement_loop"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handoffs") as table:
        table.add_column(sa.Column("reply_chat", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("handoffs") as table:
        table.drop_column("reply_chat")
