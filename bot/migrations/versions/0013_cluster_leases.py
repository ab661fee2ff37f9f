"""Several processes on one database: a lease on the Telegram update being handled (who and
until when), and when each periodic job last ran in the cluster.

Revision ID: 0013_cluster_leases
Revises: 0012_rate_counters
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_cluster_leases"
down_revision = "0012_rate_counters"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("telegram_updates") as table:
        table.add_column(sa.Column("claimed_by", sa.String(40), nullable=True))
        table.add_column(sa.Column("claimed_until", TZ, nullable=True))
    op.create_table(
        "cluster_jobs",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("last_run_at", TZ, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("cluster_jobs")
    with op.batch_alter_table("telegram_updates") as table:
        table.drop_column("claimed_until")
        table.drop_column("claimed_by")
