"""Personal links for a placement: the company and the young person agree or decline.

Revision ID: 0009_placement_links
Revises: 0008_placement_status
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_placement_links"
down_revision = "0008_placement_status"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "internship_links",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("round_id", sa.String(64),
                  sa.ForeignKey("internship_rounds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("applicant_id", sa.String(64),
                  sa.ForeignKey("internship_applicants.id", ondelete="CASCADE"), nullable=False),
        sa.Column("place_id", sa.String(64),
                  sa.ForeignKey("internship_places.id", ondelete="CASCADE"), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answer", sa.String(3), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_internship_links_placement", "internship_links",
                    ["round_id", "applicant_id"])


def downgrade() -> None:
    op.drop_index("ix_internship_links_placement", table_name="internship_links")
    op.drop_table("internship_links")
