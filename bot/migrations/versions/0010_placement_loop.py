"""The confirmation loop of a placement: links sent through the outbox, reminders, deadlines,
attendance, feedback and the optional follow-up after three and six months.

Revision ID: 0010_placement_loop
Revises: 0009_placement_links
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_placement_loop"
down_revision = "0009_placement_links"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("notifications") as table:
        table.add_column(sa.Column("kind", sa.String(20), nullable=False,
                                   server_default="handoff"))
        table.alter_column("handoff_id", existing_type=sa.String(36), nullable=True)
        table.alter_column("org_id", existing_type=sa.String(64), nullable=True)
        table.add_column(sa.Column("round_id", sa.String(64), sa.ForeignKey(
            "internship_rounds.id", name="fk_notifications_round", ondelete="CASCADE"),
            nullable=True))
        table.add_column(sa.Column("applicant_id", sa.String(64), sa.ForeignKey(
            "internship_applicants.id", name="fk_notifications_applicant", ondelete="CASCADE"),
            nullable=True))
        table.add_column(sa.Column("role", sa.String(10), nullable=True))
        table.add_column(sa.Column("purpose", sa.String(12), nullable=True))
        table.create_index("ix_notifications_applicant_id", ["applicant_id"])
    with op.batch_alter_table("internship_rounds") as table:
        table.add_column(sa.Column("published_at", TZ, nullable=True))
    with op.batch_alter_table("internship_assignments") as table:
        table.add_column(sa.Column("asked_at", TZ, nullable=True))
        table.add_column(sa.Column("reminders", sa.Integer, nullable=False, server_default="0"))
        table.add_column(sa.Column("call_since", TZ, nullable=True))
        table.add_column(sa.Column("deadline_at", TZ, nullable=True))
        table.add_column(sa.Column("start_reminded_at", TZ, nullable=True))
        table.add_column(sa.Column("attended", sa.Boolean, nullable=True))
    with op.batch_alter_table("internship_links") as table:
        table.add_column(sa.Column("purpose", sa.String(12), nullable=False,
                                   server_default="confirm"))
    applicant = sa.ForeignKey("internship_applicants.id", ondelete="CASCADE")
    op.create_table(
        "internship_contacts",
        sa.Column("applicant_id", sa.String(64), applicant, primary_key=True),
        sa.Column("role", sa.String(10), primary_key=True),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("address", sa.String(254), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("consent_at", TZ, nullable=False),
    )
    op.create_table(
        "internship_feedback",
        sa.Column("round_id", sa.String(64),
                  sa.ForeignKey("internship_rounds.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("applicant_id", sa.String(64),
                  sa.ForeignKey("internship_applicants.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("role", sa.String(10), primary_key=True),
        sa.Column("answers", sa.JSON, nullable=False),
        sa.Column("followup", sa.Boolean, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "internship_followups",
        sa.Column("round_id", sa.String(64),
                  sa.ForeignKey("internship_rounds.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("applicant_id", sa.String(64),
                  sa.ForeignKey("internship_applicants.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("months", sa.Integer, primary_key=True),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("sent_at", TZ, nullable=True),
        sa.Column("answers", sa.JSON, nullable=True),
        sa.Column("answered_at", TZ, nullable=True),
    )
    op.create_index("ix_internship_followups_due_on", "internship_followups", ["due_on"])


def downgrade() -> None:
    op.drop_index("ix_internship_followups_due_on", table_name="internship_followups")
    op.drop_table("internship_followups")
    op.drop_table("internship_feedback")
    op.drop_table("internship_contacts")
    with op.batch_alter_table("internship_links") as table:
        table.drop_column("purpose")
    with op.batch_alter_table("internship_assignments") as table:
        for column in ("attended", "start_reminded_at", "deadline_at", "call_since",
                       "reminders", "asked_at"):
            table.drop_column(column)
    with op.batch_alter_table("internship_rounds") as table:
        table.drop_column("published_at")
    op.execute("DELETE FROM notifications WHERE handoff_id IS NULL")
    with op.batch_alter_table("notifications") as table:
        table.drop_index("ix_notifications_applicant_id")
        table.drop_constraint("fk_notifications_applicant", type_="foreignkey")
        table.drop_constraint("fk_notifications_round", type_="foreignkey")
        for column in ("purpose", "role", "applicant_id", "round_id"):
            table.drop_column(column)
        table.alter_column("org_id", existing_type=sa.String(64), nullable=False)
        table.alter_column("handoff_id", existing_type=sa.String(36), nullable=False)
        table.drop_column("kind")
