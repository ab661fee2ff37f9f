"""Alembic environment: runs on the connection handed in by bot.storage.database.upgrade."""

from __future__ import annotations

from alembic import context

from bot.storage.tables import Base

connection = context.config.attributes.get("connection")
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection is not None and connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
