"""Reports of a wrong fact about an offer, sent from its page in the directory (/angebote).

Revision ID: 0017_fact_reports
Revises: 0016_stats_tokens
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_fact_reports"
down_revision = "0016_stats_tokens"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact_reports",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("offer_id", sa.String(80), nullable=False),
        sa.Column("offer_name", sa.String(200), nullable=False),
        sa.Column("topic", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("contact", sa.String(254), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by", sa.String(254), nullable=True),
    )
    op.create_index("ix_fact_reports_offer_id", "fact_reports", ["offer_id"])
    op.create_index("ix_fact_reports_status", "fact_reports", ["status"])
    op.create_index("ix_fact_reports_created_at", "fact_reports", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_fact_reports_created_at", table_name="fact_reports")
    op.drop_index("ix_fact_reports_status", table_name="fact_reports")
    op.drop_index("ix_fact_reports_offer_id", table_name="fact_reports")
    op.drop_table("fact_reports")
