"""The relational tables: users, their preferences, conversations and messages.

Types are portable between SQLite and PostgreSQL: JSON columns (TEXT on SQLite, json on PostgreSQL)
and UTC datetimes (timestamptz on PostgreSQL; SQLite drops the zone, so readers attach UTC again).
"""

from __future__ import annotations

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


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True, index=True)
    created_at: datetime = Field(default_factory=utc_now)


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
    created_at: datetime = Field(default_factory=utc_now)


class WardrobeItem(SQLModel, table=True):
    """A garment the user owns: the analysed upload (its Item JSON) and its private photo."""

    __tablename__ = "wardrobe_items"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    item: dict[str, Any] = _json_column()
    image: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(default_factory=utc_now)
