"""Keyword-only queries over users, preferences and conversations, each scoped to one user.

Every conversation access checks that the conversation belongs to the user asking, so a wrong or
guessed conversation id from the UI can never show another person's chat.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, col, select

from storage.models import Conversation, Message, Preference, User, WardrobeItem, as_utc, utc_now

MAX_NAME_LENGTH = 100
TITLE_LENGTH = 60


class StorageError(Exception):
    """A storage failure the user can be told about; `message` is safe to show as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConversationNotFound(StorageError):
    """The conversation does not exist or belongs to someone else (the two are not told apart)."""


@dataclass(frozen=True)
class MessageView:
    role: str
    text: str
    image: str | None
    payload: dict[str, Any]
    created_at: datetime


@dataclass(frozen=True)
class ConversationView:
    id: int
    title: str
    created_at: datetime
    updated_at: datetime


class Repository:
    """All reads and writes of the app's relational data. Safe to share between threads."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def user_id(self, name: str) -> int:
        """The id of the user called `name` (surrounding and repeated spaces ignored), created if new."""
        clean = _clean_name(name)
        try:
            return self._get_or_create_user(clean)
        except StorageError as exc:
            if not isinstance(exc.__cause__, IntegrityError):
                raise
            return self._get_or_create_user(clean)  # another request created the same user just now

    def preferences(self, *, user_id: int) -> dict[str, Any]:
        with self._session("Could not read your preferences.") as session:
            data = session.exec(select(Preference.data).where(Preference.user_id == user_id)).first()
            return dict(data or {})

    def current_conversation(self, *, user_id: int) -> int:
        """The user's most recently active conversation, or a new one if they have none."""
        with self._session("Could not open your conversation.") as session:
            latest = session.exec(
                select(Conversation.id)
                .where(Conversation.user_id == user_id)
                .order_by(col(Conversation.updated_at).desc(), col(Conversation.id).desc())
            ).first()
        return latest if latest is not None else self.new_conversation(user_id=user_id)

    def new_conversation(self, *, user_id: int) -> int:
        with self._session("Could not start a new conversation.") as session:
            if session.get(User, user_id) is None:
                raise StorageError("Unknown user: please sign in again.")
            conversation = Conversation(user_id=user_id)
            session.add(conversation)
            session.flush()
            return int(conversation.id)  # type: ignore[arg-type]

    def conversation_state(self, *, user_id: int, conversation_id: int) -> dict[str, Any]:
        with self._session("Could not read the conversation.") as session:
            return dict(_owned(session, user_id, conversation_id).state or {})

    def record_turn(
        self,
        *,
        user_id: int,
        conversation_id: int,
        user_text: str,
        user_image: str | None,
        reply_text: str,
        reply_payload: dict[str, Any],
        state: dict[str, Any],
        preferences: dict[str, Any],
    ) -> None:
        """Save one chat turn in one transaction: both messages, the new state, the new preferences.

        Either all of it is saved or none of it (a failure raises StorageError and leaves the last
        saved turn as it was).
        """
        with self._session("Could not save this turn of the conversation.") as session:
            conversation = _owned(session, user_id, conversation_id)
            now = utc_now()
            session.add(Message(conversation_id=conversation_id, role="user", text=user_text, image=user_image, created_at=now))
            session.add(Message(conversation_id=conversation_id, role="assistant", text=reply_text, payload=dict(reply_payload), created_at=now))
            conversation.state = dict(state)
            conversation.updated_at = now
            conversation.title = conversation.title or _title(user_text)
            session.add(conversation)
            _save_preferences(session, user_id, preferences, now)

    def messages(self, *, user_id: int, conversation_id: int) -> list[MessageView]:
        """The conversation's messages, oldest first; ConversationNotFound if it is not the user's."""
        with self._session("Could not read the conversation.") as session:
            _owned(session, user_id, conversation_id)
            rows = session.exec(
                select(Message).where(Message.conversation_id == conversation_id).order_by(col(Message.id))
            ).all()
            return [MessageView(m.role, m.text, m.image, dict(m.payload or {}), as_utc(m.created_at)) for m in rows]

    def conversations(self, *, user_id: int) -> list[ConversationView]:
        """The user's conversations, most recently active first."""
        with self._session("Could not list your conversations.") as session:
            rows = session.exec(
                select(Conversation)
                .where(Conversation.user_id == user_id)
                .order_by(col(Conversation.updated_at).desc(), col(Conversation.id).desc())
            ).all()
            return [ConversationView(int(c.id), c.title, as_utc(c.created_at), as_utc(c.updated_at)) for c in rows]  # type: ignore[arg-type]

    def add_to_wardrobe(self, *, user_id: int, item: dict[str, Any], image: str | None) -> int:
        """Keep a garment the user owns; returns its wardrobe id."""
        with self._session("Could not save to your wardrobe.") as session:
            row = WardrobeItem(user_id=user_id, item=item, image=image)
            session.add(row)
            session.flush()
            return int(row.id)

    def wardrobe(self, *, user_id: int) -> list[tuple[int, dict[str, Any]]]:
        """(wardrobe id, item JSON) of the user's garments, oldest first."""
        with self._session("Could not read your wardrobe.") as session:
            rows = session.exec(select(WardrobeItem).where(WardrobeItem.user_id == user_id).order_by(WardrobeItem.id))
            return [(int(r.id), dict(r.item)) for r in rows]

    def remove_from_wardrobe(self, *, user_id: int, wardrobe_id: int) -> bool:
        """Delete one of the user's garments; False when it is not theirs (or not there)."""
        with self._session("Could not change your wardrobe.") as session:
            row = session.get(WardrobeItem, wardrobe_id)
            if row is None or row.user_id != user_id:
                return False
            session.delete(row)
            return True

    def _get_or_create_user(self, name: str) -> int:
        with self._session("Could not sign you in.") as session:
            found = session.exec(select(User.id).where(User.name == name)).first()
            if found is not None:
                return found
            user = User(name=name)
            session.add(user)
            session.flush()
            return int(user.id)  # type: ignore[arg-type]

    @contextmanager
    def _session(self, failure: str) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error.

        Database errors, and values the JSON columns cannot hold, become a StorageError saying
        `failure`, with the original error chained for the logs.
        """
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except StorageError:
            raise
        except (SQLAlchemyError, TypeError, ValueError) as exc:
            raise StorageError(f"{failure} Please try again.") from exc


def _owned(session: Session, user_id: int, conversation_id: int) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None or conversation.user_id != user_id:
        raise ConversationNotFound("That conversation was not found. Start a new one to go on.")
    return conversation


def _save_preferences(session: Session, user_id: int, preferences: dict[str, Any], now: datetime) -> None:
    row = session.exec(select(Preference).where(Preference.user_id == user_id)).first()
    row = row or Preference(user_id=user_id)
    row.data = dict(preferences)
    row.updated_at = now
    session.add(row)


def _clean_name(name: str) -> str:
    clean = " ".join(str(name or "").split())
    if not clean:
        raise StorageError("Please enter a user name.")
    if len(clean) > MAX_NAME_LENGTH:
        raise StorageError(f"Please use a user name of at most {MAX_NAME_LENGTH} characters.")
    return clean


def _title(user_text: str) -> str:
    """A conversation's list title: the start of its first message with text (the UI names the rest)."""
    text = " ".join(user_text.split())
    return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1].rstrip() + "…"
