"""One spelling per person and a shared sign-in lockout: users get name_key (the name in Unicode NFKC,
invisible characters dropped, case-folded; unique), and a new table sign_in_failures holds the wrong
passwords per name_key, so every replica on this database counts the same guesses.

Existing users get their key here. Two old names that differ only in case or look-alike characters
("Alice", "alice") keep both accounts: the first created keeps the plain key, a later one gets
"<key>#<id>", which nobody can type into the sign-in form by accident (its owner signs in with that
key, or an operator renames the account).

Revision ID: 0003_name_keys_sign_in_failures
Revises: 0002_accounts_profiles_bookmarks
Create Date: 2026-11-30
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_name_keys_sign_in_failures"
down_revision: str | Sequence[str] | None = "0002_accounts_profiles_bookmarks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)
NAME_KEY = sa.String(length=100)


def _key(name: str) -> str:
    """storage.repo.name_key as of this revision (its own copy: a later change to that rule must not
    change what this revision did)."""
    text = unicodedata.normalize("NFKC", name or "")
    return " ".join("".join(ch for ch in text if unicodedata.category(ch) != "Cf").split()).casefold()


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("name_key", NAME_KEY, nullable=True))
    users = sa.table("users", sa.column("id", sa.Integer()), sa.column("name", sa.String()),
                     sa.column("name_key", NAME_KEY))
    bind = op.get_bind()
    taken: set[str] = set()
    for user_id, name in bind.execute(sa.select(users.c.id, users.c.name).order_by(users.c.id)).all():
        key = _key(name)
        key = key if key not in taken else f"{key}#{user_id}"
        taken.add(key)
        bind.execute(users.update().where(users.c.id == user_id).values(name_key=key))
    with op.batch_alter_table("users") as batch:
        batch.alter_column("name_key", existing_type=NAME_KEY, nullable=False)
        batch.create_index("ix_users_name_key", ["name_key"], unique=True)

    op.create_table(
        "sign_in_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_key", NAME_KEY, nullable=False),
        sa.Column("failed_at", MOMENT, nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sign_in_failures_name_key", "sign_in_failures", ["name_key"])
    op.create_index("ix_sign_in_failures_failed_at", "sign_in_failures", ["failed_at"])


def downgrade() -> None:
    op.drop_table("sign_in_failures")
    with op.batch_alter_table("users") as batch:
        batch.drop_index("ix_users_name_key")
        batch.drop_column("name_key")
