"""Accounts, profiles and bookmarks: users get password_hash, files_key and share_looks; new tables
profiles and bookmarks.

files_key is NOT NULL and unique, so it is added nullable, every existing user gets a distinct random
key, and only then is it made NOT NULL and unique (on SQLite by copying the table: batch mode).

Revision ID: 0002_accounts_profiles_bookmarks
Revises: 0001_baseline
Create Date: 2025-01-02
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_accounts_profiles_bookmarks"
down_revision: str | Sequence[str] | None = "0001_baseline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)
FILES_KEY = sa.String(length=32)
FILES_KEY_UNIQUE = "uq_users_files_key"


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("password_hash", sa.Text(), nullable=True))
        batch.add_column(sa.Column("files_key", FILES_KEY, nullable=True))
        batch.add_column(sa.Column("share_looks", sa.Boolean(), server_default=sa.false(), nullable=False))
    _give_every_user_a_files_key()
    with op.batch_alter_table("users") as batch:
        batch.alter_column("files_key", existing_type=FILES_KEY, nullable=False)
        batch.create_unique_constraint(FILES_KEY_UNIQUE, ["files_key"])

    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_profiles_user_id", "profiles", ["user_id"], unique=True)

    op.create_table(
        "bookmarks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("look", sa.JSON(), nullable=False),
        sa.Column("image", sa.Text(), nullable=True),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_bookmarks_user_id", "bookmarks", ["user_id"])
    op.create_index("ix_bookmarks_created_at", "bookmarks", ["created_at"])


def _give_every_user_a_files_key() -> None:
    """A distinct random key per existing user, as storage.models.new_files_key makes for new ones.

    (The migration keeps its own copy of that rule: a later change to the model must not change
    what this revision did.)"""
    users = sa.table("users", sa.column("id", sa.Integer()), sa.column("files_key", FILES_KEY))
    bind = op.get_bind()
    ids = bind.execute(sa.select(users.c.id).where(users.c.files_key.is_(None))).scalars().all()
    keys: set[str] = set()
    while len(keys) < len(ids):
        keys.add(secrets.token_hex(12))
    for user_id, key in zip(ids, keys, strict=True):
        bind.execute(users.update().where(users.c.id == user_id).values(files_key=key))


def downgrade() -> None:
    op.drop_table("bookmarks")
    op.drop_table("profiles")
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint(FILES_KEY_UNIQUE, type_="unique")
        batch.drop_column("share_looks")
        batch.drop_column("files_key")
        batch.drop_column("password_hash")
