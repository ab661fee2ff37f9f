"""The coordinators' workspace (/lotsen): the Kreise an organisation covers, a round's Kreis.

Revision ID: 0007_lotsen
Revises: 0006_internships
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_lotsen"
down_revision = "0006_internships"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisations") as table:
        table.add_column(sa.Column("regions", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("internship_rounds") as table:
        table.add_column(sa.Column("region", sa.String(5), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("internship_rounds") as table:
        table.drop_column("region")
    with op.batch_alter_table("organisations") as table:
        table.drop_column("regions")
