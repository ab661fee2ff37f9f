"""Consented handoffs, organisations, counsellor accounts, notes, notification outbox, audit log.

Revision ID: 0003_handoffs
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_handoffs"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("offer_ids", sa.JSON(), nullable=False),
        sa.Column("response_working_days", sa.Integer(), nullable=True),
        sa.Column("notify_email", sa.String(254), nullable=True),
        sa.Column("notify_webhook", sa.String(500), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("org_id", sa.String(64), sa.ForeignKey("organisations.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("email", sa.String(254), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("last_login_at", TZ, nullable=True),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("sender_hash", sa.String(64), nullable=False, index=True),
        sa.Column("purpose", sa.String(40), nullable=False),
        sa.Column("org_id", sa.String(64), nullable=True),
        sa.Column("text_version", sa.String(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("given_at", TZ, nullable=False),
    )
    op.create_table(
        "handoffs",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("reference", sa.String(20), nullable=False, unique=True),
        sa.Column("sender_hash", sa.String(64), nullable=False, index=True),
        sa.Column("org_id", sa.String(64), sa.ForeignKey("organisations.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("offer_id", sa.String(100), nullable=False),
        sa.Column("offer_name", sa.String(300), nullable=False),
        sa.Column("consent_id", sa.String(36), sa.ForeignKey("consents.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("status_changed_at", TZ, nullable=True),
        sa.Column("status_changed_by", sa.String(254), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("contact_method", sa.String(20), nullable=False),
        sa.Column("contact_value", sa.String(254), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("transcript", sa.JSON(), nullable=False),
        sa.Column("created_at", TZ, nullable=False, index=True),
    )
    op.create_table(
        "handoff_notes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("handoff_id", sa.String(36), sa.ForeignKey("handoffs.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("author", sa.String(254), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("handoff_id", sa.String(36), sa.ForeignKey("handoffs.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("org_id", sa.String(64), nullable=False, index=True),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", TZ, nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("sent_at", TZ, nullable=True),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", TZ, nullable=False, index=True),
        sa.Column("actor", sa.String(254), nullable=False),
        sa.Column("org_id", sa.String(64), nullable=True, index=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("handoff_id", sa.String(36), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    for table in ("audit_log", "notifications", "handoff_notes", "handoffs", "consents", "users",
                  "organisations"):
        op.drop_table(table)
