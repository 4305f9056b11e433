"""Replies record their lookbooks: messages get `lookbooks`, one entry per picture drawn for the reply,
{"path": the lookbook, "own": the photos of the person's own pieces it shows}. Deleting an account or
expiring old uploads reads this column; storage no longer picks through the reply's JSON for it.

Existing replies get theirs here, read once from the reply JSON of this revision's time (images[n]
draws outfits[n]; a piece with source "upload" or "wardrobe" is the person's own).

Revision ID: 0004_message_lookbooks
Revises: 0003_name_keys_sign_in_failures
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004_message_lookbooks"
down_revision: str | Sequence[str] | None = "0003_name_keys_sign_in_failures"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _lookbooks(payload: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The reply JSON's pictures as this revision found them (its own copy of the reading)."""
    payload = payload or {}
    drawn = []
    for outfit, image in zip(payload.get("outfits") or [], payload.get("images") or [], strict=False):
        own = [i.get("image") for i in outfit.get("items") or [] if i.get("source") in ("upload", "wardrobe")]
        drawn.append({"path": image, "own": [p for p in own if p]})
    return drawn


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("lookbooks", sa.JSON(), nullable=False, server_default="[]"))
    messages = sa.table("messages", sa.column("id", sa.Integer()), sa.column("role", sa.String()),
                        sa.column("payload", sa.JSON()), sa.column("lookbooks", sa.JSON()))
    bind = op.get_bind()
    rows = bind.execute(sa.select(messages.c.id, messages.c.payload).where(messages.c.role == "assistant")).all()
    for message_id, payload in rows:
        if drawn := _lookbooks(payload):
            bind.execute(messages.update().where(messages.c.id == message_id).values(lookbooks=drawn))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("lookbooks")
