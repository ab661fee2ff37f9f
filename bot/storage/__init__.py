"""Persistence: SQLAlchemy 2 tables, a repository per aggregate, Alembic migrations."""
