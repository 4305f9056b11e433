"""What every store of `storage` shares: the errors, the value types it hands out, the transaction
(`Store._session`), the person's id, and the queries several stores run.

Every conversation access checks that the conversation belongs to the user asking, so a wrong or
guessed conversation id from the UI can never show another person's chat.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, col, select

import prompts

from storage.models import Bookmark, Conversation, Message, Preference, Profile, User, WardrobeItem, as_utc

MAX_NAME_LENGTH = 100
TITLE_LENGTH = 60


class StorageError(Exception):
    """A storage failure the user can be told about. `message` is the English line for logs and the
    command line; `reason` (and `values`) name it for the page, which says it in the person's language
    (prompts: ui.problem_<reason>)."""

    def __init__(self, reason: str = "failed", detail: str = "", **values: Any) -> None:
        # the English line is the page's own (prompts), or for a failure the step that failed
        message = detail or prompts.ui("en", f"problem_{reason}", **values)
        super().__init__(message)
        self.message, self.reason, self.values = message, reason, values


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
class TurnStart:
    """What a chat turn reads before it runs (`Repository.start_turn`)."""

    user_id: int
    conversation_id: int
    state: dict[str, Any]
    preferences: dict[str, Any]
    wardrobe: list[tuple[int, dict[str, Any]]]
    profile: dict[str, Any]  # what the profile panel holds (height, weight, sizes, styles)


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    password_hash: str | None
    files_key: str
    share_looks: bool


@dataclass(frozen=True)
class SavedLook:
    id: int
    look: dict[str, Any]
    image: str | None
    created_at: datetime


@dataclass(frozen=True)
class ConversationView:
    id: int
    title: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class PanelRows:
    """Everything the side panels show of one person (`Repository.panels`)."""

    saved_looks: list[SavedLook]
    share_looks: bool
    wardrobe: list[tuple[int, dict[str, Any]]]
    preferences: dict[str, Any]
    profile: dict[str, Any]
    conversations: list[ConversationView]




class Store:
    """One job's reads and writes over the shared engine; each method runs in its own transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def ping(self) -> None:
        """A round trip to the database; StorageError when it cannot be reached."""
        with self._session("The database cannot be reached.", read_only=True) as session:
            session.exec(select(1)).first()

    def user_id(self, name: str) -> int:
        """The id of the user called `name` (surrounding and repeated spaces ignored), created if new."""
        clean = _clean_name(name)
        try:
            return self._get_or_create_user(clean)
        except StorageError as exc:
            if not isinstance(exc.__cause__, IntegrityError):
                raise
            return self._get_or_create_user(clean)  # another request created the same user just now

    def _get_or_create_user(self, name: str) -> int:
        key = name.casefold()
        with self._session("Could not sign you in.", read_only=True) as session:  # the common case
            found = session.exec(select(User.id).where(User.name_key == key)).first()
        if found is not None:
            return found
        with self._session("Could not sign you in.") as session:
            found = session.exec(select(User.id).where(User.name_key == key)).first()
            if found is not None:
                return found
            user = User(name=name, name_key=key)
            session.add(user)
            session.flush()
            return int(user.id)  # type: ignore[arg-type]

    @contextmanager
    def _session(self, failure: str, *, read_only: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error.

        On SQLite a session that may write takes the write lock when it begins (BEGIN IMMEDIATE):
        a transaction that read first and then wants to write while another connection writes gets
        "database is locked" at once, without waiting out the busy timeout; one that asks first waits.
        Database errors, and values the JSON columns cannot hold, become a StorageError saying
        `failure`, with the original error chained for the logs.
        """
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                if not read_only and self._engine.dialect.name == "sqlite":
                    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                yield session
        except StorageError:
            raise
        except (SQLAlchemyError, TypeError, ValueError) as exc:
            raise StorageError("failed", f"{failure} Please try again.") from exc


def _known(session: Session, name: str, conversation_id: int | None) -> tuple[int, int] | None:
    """(user id, conversation id) of a person who exists and has a conversation (theirs, when given);
    None when either must be created first."""
    user_id = session.exec(select(User.id).where(User.name_key == _clean_name(name).casefold())).first()
    if user_id is None:
        return None
    if conversation_id is not None:
        return user_id, _owned(session, user_id, conversation_id).id  # type: ignore[return-value]
    latest = _latest_conversation(session, user_id)
    return None if latest is None else (user_id, latest)


def _latest_conversation(session: Session, user_id: int) -> int | None:
    return session.exec(select(Conversation.id).where(Conversation.user_id == user_id)
                        .order_by(col(Conversation.updated_at).desc(), col(Conversation.id).desc())).first()


def _turn_start(session: Session, user_id: int, conversation_id: int) -> TurnStart:
    state = dict(_owned(session, user_id, conversation_id).state or {})
    preferences = session.exec(select(Preference.data).where(Preference.user_id == user_id)).first()
    profile = session.exec(select(Profile.data).where(Profile.user_id == user_id)).first()
    return TurnStart(user_id, conversation_id, state, dict(preferences or {}), _wardrobe(session, user_id),
                     dict(profile or {}))


def _wardrobe(session: Session, user_id: int) -> list[tuple[int, dict[str, Any]]]:
    rows = session.exec(select(WardrobeItem).where(WardrobeItem.user_id == user_id).order_by(WardrobeItem.id))
    return [(int(r.id), dict(r.item)) for r in rows]


def _bookmarks(session: Session, user_id: int) -> list[SavedLook]:
    rows = session.exec(select(Bookmark).where(Bookmark.user_id == user_id)
                        .order_by(col(Bookmark.created_at).desc(), col(Bookmark.id).desc())).all()
    return [SavedLook(int(r.id), dict(r.look), r.image, as_utc(r.created_at)) for r in rows]  # type: ignore[arg-type]


def _conversations(session: Session, user_id: int) -> list[ConversationView]:
    rows = session.exec(
        select(Conversation)
        .where(Conversation.user_id == user_id)
        .where(select(Message.id).where(Message.conversation_id == Conversation.id).exists())  # said something
        .order_by(col(Conversation.updated_at).desc(), col(Conversation.id).desc())
    ).all()
    return [ConversationView(int(c.id), c.title, as_utc(c.created_at), as_utc(c.updated_at)) for c in rows]  # type: ignore[arg-type]


def _messages(session: Session, conversation_id: int) -> list[MessageView]:
    rows = session.exec(select(Message).where(Message.conversation_id == conversation_id).order_by(col(Message.id))).all()
    return [MessageView(m.role, m.text, m.image, dict(m.payload or {}), as_utc(m.created_at)) for m in rows]


def _owned(session: Session, user_id: int, conversation_id: int) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None or conversation.user_id != user_id:
        raise ConversationNotFound("conversation_missing")
    return conversation


def _files_of(session: Session, user_id: int) -> list[str]:
    conversations = select(Conversation.id).where(Conversation.user_id == user_id)
    messages = session.exec(select(Message).where(col(Message.conversation_id).in_(conversations))).all()
    paths = [m.image for m in messages] + [b["path"] for m in messages for b in m.lookbooks or () if b.get("own")]
    paths += session.exec(select(WardrobeItem.image).where(WardrobeItem.user_id == user_id)).all()
    paths += session.exec(select(Bookmark.image).where(Bookmark.user_id == user_id)).all()
    return sorted({p for p in paths if p})


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise StorageError("unknown_user")
    return user


def _account(user: User) -> Account:
    return Account(int(user.id), user.name, user.password_hash, user.files_key, bool(user.share_looks))  # type: ignore[arg-type]


def _anonymous(look: dict[str, Any]) -> dict[str, Any]:
    """Only the look itself: its style, reason and catalogue items."""
    return {"style": look.get("style"), "why": look.get("why", ""), "items": list(look.get("items") or [])}


def _save_preferences(session: Session, user_id: int, preferences: dict[str, Any], now: datetime) -> None:
    row = session.exec(select(Preference).where(Preference.user_id == user_id)).first()
    row = row or Preference(user_id=user_id)
    row.data = dict(preferences)
    row.updated_at = now
    session.add(row)


def name_key(name: str) -> str:
    """The name as the sign-in lockout counts it: the stored spelling (NFKC, no invisible
    characters), case-folded, so "alice" + a zero-width space or a full-width "ａｌｉｃｅ" is alice."""
    try:
        return _clean_name(name).casefold()
    except StorageError:
        return ""


def _clean_name(name: str) -> str:
    """One spelling per name: Unicode NFKC (a Korean name typed on any keyboard is the same name),
    invisible format characters (zero-width spaces...) dropped, runs of spaces made one."""
    text = unicodedata.normalize("NFKC", str(name or ""))
    clean = " ".join("".join(ch for ch in text if unicodedata.category(ch) != "Cf").split())
    if not clean:
        raise StorageError("name_missing")
    if len(clean) > MAX_NAME_LENGTH:
        raise StorageError("name_too_long", limit=MAX_NAME_LENGTH)
    return clean


def _title(user_text: str) -> str:
    """A conversation's list title: the start of its first message with text (the UI names the rest)."""
    text = " ".join(user_text.split())
    return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1].rstrip() + "…"
