"""Each assignment of a round gets its place on the status board (proposed → … → feedback).

Revision ID: 0008_placement_status
Revises: 0007_lotsen
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_placement_status"
down_revision = "0007_lotsen"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("internship_assignments") as table:
        table.add_column(sa.Column("status", sa.String(20), nullable=False,
                                   server_default="proposed"))
        table.add_column(sa.Column("status_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("internship_assignments") as table:
        table.drop_column("status_at")
        table.drop_column("status")
