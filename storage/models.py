"""The relational tables: users (accounts), their preferences and profile, conversations and
messages, wardrobe and saved looks. The schema is versioned by Alembic (storage/migrations).

Types are portable between SQLite and PostgreSQL: JSON columns (TEXT on SQLite, json on PostgreSQL)
and UTC datetimes (timestamptz on PostgreSQL; SQLite drops the zone, so readers attach UTC again).
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, SQLModel


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(moment: datetime) -> datetime:
    """A datetime read back from any backend, in UTC with its zone attached."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _json_column() -> Any:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


def new_files_key() -> str:
    return secrets.token_hex(12)


class User(SQLModel, table=True):
    """An account (with a password hash) or, in single-user local mode, a profile name without one."""

    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True, index=True)  # as the person spelled it (NFKC, spaces tidied)
    name_key: str = Field(max_length=100, unique=True, index=True)  # the same, case-folded: one person per key
    created_at: datetime = Field(default_factory=utc_now)
    password_hash: str | None = Field(default=None, sa_type=Text)  # argon2id; None: a local profile
    # The user's private folder names: random, so a path never tells whose files it holds.
    files_key: str = Field(default_factory=new_files_key, max_length=32, unique=True)
    share_looks: bool = Field(default=False)  # opted in to the anonymised feed of saved looks


class Profile(SQLModel, table=True):
    """What the user tells about themselves in the profile panel: height, weight, sizes, liked and
    disliked styles. (What the agent learns in chat lives in Preference.)"""

    __tablename__ = "profiles"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", unique=True, index=True, ondelete="CASCADE")
    data: dict[str, Any] = _json_column()
    updated_at: datetime = Field(default_factory=utc_now)


class Preference(SQLModel, table=True):
    """One row per user: the agent's preference dict (gender, occasion, style, colours, budget...)."""

    __tablename__ = "preferences"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", unique=True, index=True, ondelete="CASCADE")
    data: dict[str, Any] = _json_column()
    updated_at: datetime = Field(default_factory=utc_now)


class Conversation(SQLModel, table=True):
    __tablename__ = "conversations"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    title: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now, index=True)
    state: dict[str, Any] = _json_column()  # the agent's conversation state, as it left the last turn


class Message(SQLModel, table=True):
    __tablename__ = "messages"

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversations.id", index=True, ondelete="CASCADE")
    role: str = Field(max_length=16)  # "user" | "assistant"
    text: str = Field(default="", sa_type=Text)
    image: str | None = Field(default=None, sa_type=Text)  # path of an uploaded photo
    payload: dict[str, Any] = _json_column()  # the reply's structured data: type, quick replies, outfits, images
    # the reply's pictures: [{"path": lookbook, "own": photos of the person's own pieces it shows}]
    lookbooks: list[dict[str, Any]] = Field(default_factory=list,
                                            sa_column=Column(JSON, nullable=False, server_default="[]"))
    created_at: datetime = Field(default_factory=utc_now)


class WardrobeItem(SQLModel, table=True):
    """A garment the user owns: the analysed upload (its Item JSON) and its private photo."""

    __tablename__ = "wardrobe_items"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    item: dict[str, Any] = _json_column()
    image: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(default_factory=utc_now)


class Bookmark(SQLModel, table=True):
    """A saved look: its outfit JSON (style, items, reason) and a private copy of its lookbook image."""

    __tablename__ = "bookmarks"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    look: dict[str, Any] = _json_column()
    image: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(default_factory=utc_now, index=True)


class SignInFailure(SQLModel, table=True):
    """One wrong password for a name (by its key), shared by every process on the database; rows older
    than the lockout window are deleted as new ones arrive."""

    __tablename__ = "sign_in_failures"

    id: int | None = Field(default=None, primary_key=True)
    name_key: str = Field(max_length=100, index=True)
    failed_at: datetime = Field(default_factory=utc_now, index=True)
