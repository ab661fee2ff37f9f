"""Anonymous demand counters per day, region and dimension (issue 17): no sender key, no
text; they outlive the retention period.

Revision ID: 0015_demand_counts
Revises: 0014_message_receipts
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_demand_counts"
down_revision = "0014_message_receipts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "demand_counts",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("region", sa.String(5), primary_key=True),
        sa.Column("dimension", sa.String(30), primary_key=True),
        sa.Column("value", sa.String(120), primary_key=True),
        sa.Column("count", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_demand_counts_region_day", "demand_counts", ["region", "day"])


def downgrade() -> None:
    op.drop_index("ix_demand_counts_region_day", table_name="demand_counts")
    op.drop_table("demand_counts")
