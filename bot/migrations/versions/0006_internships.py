"""Internships (Praktikalotsen): companies with readiness, places, pseudonymous applicants with
their available periods, rounds with members, pins, exclusions, assignments, and an audit.

Revision ID: 0006_internships
Revises: 0005_telegram
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_internships"
down_revision = "0005_telegram"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def fk(target: str) -> sa.ForeignKey:
    return sa.ForeignKey(target, ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "internship_companies",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("postal_code", sa.String(10), nullable=False),
        sa.Column("place", sa.String(120), nullable=False),
        sa.Column("region", sa.String(12), nullable=False, index=True),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("sector", sa.String(40), nullable=False),
        sa.Column("trains_apprentices", sa.Boolean(), nullable=False),
        sa.Column("offers_eq", sa.Boolean(), nullable=False),
        sa.Column("contact_role", sa.String(120), nullable=False),
        sa.Column("contact", sa.String(254), nullable=False),
        sa.Column("seal", sa.String(120), nullable=True),
        sa.Column("seal_valid_until", sa.Date(), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_table(
        "internship_readiness",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("company_id", sa.String(64), fk("internship_companies.id"), nullable=False,
                  index=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("verified_by", sa.String(200), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
    )
    op.create_table(
        "internship_places",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("company_id", sa.String(64), fk("internship_companies.id"), nullable=False,
                  index=True),
        sa.Column("occupation", sa.String(200), nullable=False),
        sa.Column("kldb", sa.String(5), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("weekdays", sa.String(27), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("break_minutes", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=False),
        sa.Column("requires", sa.JSON(), nullable=False),
        sa.Column("hazards", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("german_level", sa.String(4), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_table(
        "internship_applicants",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("land", sa.String(2), nullable=False),
        sa.Column("full_time_school", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("postal_code", sa.String(10), nullable=True),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("region", sa.String(12), nullable=False, index=True),
        sa.Column("travel_mode", sa.String(10), nullable=False),
        sa.Column("max_travel_minutes", sa.Integer(), nullable=False),
        sa.Column("holiday_days_used", sa.Integer(), nullable=False),
        sa.Column("wishes", sa.JSON(), nullable=False),
        sa.Column("support_needs", sa.JSON(), nullable=False),
        sa.Column("priority_groups", sa.JSON(), nullable=False),
        sa.Column("school_status", sa.String(40), nullable=True),
        sa.Column("created_at", TZ, nullable=False, index=True),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_table(
        "internship_applicant_periods",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("applicant_id", sa.String(64), fk("internship_applicants.id"), nullable=False,
                  index=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
    )
    op.create_table(
        "internship_rounds",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("allocated_at", TZ, nullable=True),
        sa.Column("report", sa.JSON(), nullable=True),
    )
    op.create_table(
        "internship_round_applicants",
        sa.Column("round_id", sa.String(64), fk("internship_rounds.id"), primary_key=True),
        sa.Column("applicant_id", sa.String(64), fk("internship_applicants.id"),
                  primary_key=True, index=True),
    )
    op.create_table(
        "internship_round_places",
        sa.Column("round_id", sa.String(64), fk("internship_rounds.id"), primary_key=True),
        sa.Column("place_id", sa.String(64), fk("internship_places.id"), primary_key=True,
                  index=True),
    )
    op.create_table(
        "internship_pins",
        sa.Column("round_id", sa.String(64), fk("internship_rounds.id"), primary_key=True),
        sa.Column("applicant_id", sa.String(64), fk("internship_applicants.id"),
                  primary_key=True, index=True),
        sa.Column("place_id", sa.String(64), fk("internship_places.id"), nullable=False,
                  index=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "internship_exclusions",
        sa.Column("round_id", sa.String(64), fk("internship_rounds.id"), primary_key=True),
        sa.Column("applicant_id", sa.String(64), fk("internship_applicants.id"),
                  primary_key=True, index=True),
        sa.Column("place_id", sa.String(64), fk("internship_places.id"), primary_key=True,
                  index=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "internship_assignments",
        sa.Column("round_id", sa.String(64), fk("internship_rounds.id"), primary_key=True),
        sa.Column("applicant_id", sa.String(64), fk("internship_applicants.id"),
                  primary_key=True, index=True),
        sa.Column("place_id", sa.String(64), fk("internship_places.id"), nullable=False,
                  index=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "internship_audit",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", TZ, nullable=False, index=True),
        sa.Column("actor", sa.String(254), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("round_id", sa.String(64), nullable=True, index=True),
        sa.Column("applicant_id", sa.String(64), nullable=True),
        sa.Column("place_id", sa.String(64), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
    )


TABLES = ("internship_audit", "internship_assignments", "internship_exclusions", "internship_pins",
          "internship_round_places", "internship_round_applicants", "internship_rounds",
          "internship_applicant_periods", "internship_applicants", "internship_places",
          "internship_readiness", "internship_companies")


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
