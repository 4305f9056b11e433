"""Alembic environment for the storage schema.

The app runs migrations through storage.db.migrate, which hands its own connection in
`config.attributes["connection"]` (so an in-memory SQLite database, and the lock migrate holds, are
the ones migrated). Run from a shell (`alembic -x url=sqlite:///path.db upgrade head`, or
`alembic revision --autogenerate -m "..."`), the URL comes from `-x url=` or STYLIST_DATABASE_URL.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine
from sqlmodel import SQLModel

from storage import models  # noqa: F401 - registers the tables on SQLModel.metadata

config = context.config
target_metadata = SQLModel.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: autogenerate writes batch operations (copy and swap the table).
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def _command_line_url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get("STYLIST_DATABASE_URL")
    if not url:
        raise RuntimeError("No database to migrate: pass -x url=<SQLAlchemy URL> or set STYLIST_DATABASE_URL.")
    return url


def run_migrations_offline() -> None:
    context.configure(url=_command_line_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():  # a no-op when the caller already opened the transaction
            context.run_migrations()
        return
    engine = create_engine(_command_line_url())
    try:
        with engine.connect() as own_connection:
            _configure(own_connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
