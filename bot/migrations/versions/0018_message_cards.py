"""A bot line of the transcript keeps the offer and crisis cards it showed (the live message's
`custom.offers`, `custom.crisis` and `custom.language`), so that the web chat shows them as
cards again after a reload (GET /webhooks/rest/history); null for every other line.

Revision ID: 0018_message_cards
Revises: 0017_fact_reports
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_message_cards"
down_revision = "0017_fact_reports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as table:
        table.add_column(sa.Column("custom", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as table:
        table.drop_column("custom")
