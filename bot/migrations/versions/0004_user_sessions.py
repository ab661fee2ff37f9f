"""Counsellor accounts: sessions signed before this moment are void (set at logout).

Revision ID: 0004_user_sessions
Revises: 0003_handoffs
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_user_sessions"
down_revision = "0003_handoffs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("sessions_valid_after", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("users", "sessions_valid_after")
