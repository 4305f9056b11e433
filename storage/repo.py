"""Keyword-only queries over users, preferences, profiles, conversations, wardrobe and saved looks,
each scoped to one user.

Every conversation access checks that the conversation belongs to the user asking, so a wrong or
guessed conversation id from the UI can never show another person's chat.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, col, delete, select

from storage.models import (
    SignInFailure,
    Bookmark,
    Conversation,
    Message,
    Preference,
    Profile,
    User,
    WardrobeItem,
    as_utc,
    utc_now,
)

MAX_NAME_LENGTH = 100
TITLE_LENGTH = 60


class StorageError(Exception):
    """A storage failure the user can be told about. `message` is the English line for logs and the
    command line; `reason` (and `values`) name it for the page, which says it in the person's language
    (prompts: ui.problem_<reason>)."""

    def __init__(self, message: str, reason: str = "failed", **values: Any) -> None:
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


class Repository:
    """All reads and writes of the app's relational data. Safe to share between threads."""

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

    def preferences(self, *, user_id: int) -> dict[str, Any]:
        with self._session("Could not read your preferences.", read_only=True) as session:
            data = session.exec(select(Preference.data).where(Preference.user_id == user_id)).first()
            return dict(data or {})

    def current_conversation(self, *, user_id: int) -> int:
        """The user's most recently active conversation, or a new one if they have none."""
        with self._session("Could not open your conversation.", read_only=True) as session:
            latest = _latest_conversation(session, user_id)
        return latest if latest is not None else self.new_conversation(user_id=user_id)

    def new_conversation(self, *, user_id: int, preferences: dict[str, Any] | None = None) -> int:
        """A fresh conversation; the user's latest one when nothing was said in it yet (pressing "New
        conversation" twice leaves no empty entry in the history). `preferences`, when given, replace
        the stored ones in the same transaction."""
        with self._session("Could not start a new conversation.") as session:
            if session.get(User, user_id) is None:
                raise StorageError("Unknown user: please sign in again.", "unknown_user")
            latest = session.exec(select(Conversation).where(Conversation.user_id == user_id)
                                  .order_by(col(Conversation.updated_at).desc(), col(Conversation.id).desc())).first()
            if latest is not None and session.exec(
                    select(Message.id).where(Message.conversation_id == latest.id)).first() is None:
                conversation = latest
                conversation.state, conversation.updated_at = {}, utc_now()
            else:
                conversation = Conversation(user_id=user_id)
            if preferences is not None:
                _save_preferences(session, user_id, preferences, utc_now())
            session.add(conversation)
            session.flush()
            return int(conversation.id)  # type: ignore[arg-type]

    def touch_conversation(self, *, user_id: int, conversation_id: int) -> None:
        """Make one of the user's conversations the current one (reopened from the history)."""
        with self._session("Could not open the conversation.") as session:
            conversation = _owned(session, user_id, conversation_id)
            conversation.updated_at = utc_now()
            session.add(conversation)

    def start_turn(self, *, name: str, conversation_id: int | None = None) -> TurnStart:
        """The person (created if new), their current (or given) conversation with its state, their
        preferences and wardrobe: one read-only transaction for a known person with a conversation."""
        with self._session("Could not open your conversation.", read_only=True) as session:
            found = _known(session, name, conversation_id)
            if found is not None:
                return _turn_start(session, *found)
        user_id = self.user_id(name)  # a first message: the person or their first conversation is new
        conversation_id = conversation_id or self.current_conversation(user_id=user_id)
        with self._session("Could not open your conversation.", read_only=True) as session:
            return _turn_start(session, user_id, conversation_id)

    def history(self, *, name: str, conversation_id: int | None = None) -> list[MessageView]:
        """The messages of the person's current (or given) conversation, oldest first; one read-only
        transaction for a known person with a conversation (created, empty, otherwise)."""
        with self._session("Could not read the conversation.", read_only=True) as session:
            found = _known(session, name, conversation_id)
            if found is not None:
                return _messages(session, found[1])
        user_id = self.user_id(name)
        conversation_id = conversation_id or self.current_conversation(user_id=user_id)
        return self.messages(user_id=user_id, conversation_id=conversation_id)

    def conversation_state(self, *, user_id: int, conversation_id: int) -> dict[str, Any]:
        with self._session("Could not read the conversation.", read_only=True) as session:
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
        with self._session("Could not read the conversation.", read_only=True) as session:
            _owned(session, user_id, conversation_id)
            return _messages(session, conversation_id)

    def conversations(self, *, user_id: int) -> list[ConversationView]:
        """The user's conversations, most recently active first."""
        with self._session("Could not list your conversations.", read_only=True) as session:
            return _conversations(session, user_id)

    def panels(self, *, name: str) -> PanelRows:
        """What the side panels show of the person called `name` (created if new), in one read."""
        user_id = self.user_id(name)
        with self._session("Could not read your things.", read_only=True) as session:
            user = _user(session, user_id)
            preferences = session.exec(select(Preference.data).where(Preference.user_id == user_id)).first()
            profile = session.exec(select(Profile.data).where(Profile.user_id == user_id)).first()
            return PanelRows(_bookmarks(session, user_id), bool(user.share_looks), _wardrobe(session, user_id),
                             dict(preferences or {}), dict(profile or {}), _conversations(session, user_id))

    def add_to_wardrobe(self, *, user_id: int, item: dict[str, Any], image: str | None) -> int:
        """Keep a garment the user owns; returns its wardrobe id."""
        with self._session("Could not save to your wardrobe.") as session:
            row = WardrobeItem(user_id=user_id, item=item, image=image)
            session.add(row)
            session.flush()
            return int(row.id)

    def wardrobe(self, *, user_id: int) -> list[tuple[int, dict[str, Any]]]:
        """(wardrobe id, item JSON) of the user's garments, oldest first."""
        with self._session("Could not read your wardrobe.", read_only=True) as session:
            return _wardrobe(session, user_id)

    def remove_from_wardrobe(self, *, user_id: int, wardrobe_id: int) -> bool:
        """Delete one of the user's garments; False when it is not theirs (or not there)."""
        with self._session("Could not change your wardrobe.") as session:
            row = session.get(WardrobeItem, wardrobe_id)
            if row is None or row.user_id != user_id:
                return False
            session.delete(row)
            return True

    # --- accounts -----------------------------------------------------------------------------------

    def create_account(self, *, name: str, password_hash: str) -> int:
        """A new account; StorageError when the name is taken (by an account or a local profile)."""
        clean = _clean_name(name)
        try:
            with self._session("Could not create the account.") as session:
                if session.exec(select(User.id).where(User.name_key == clean.casefold())).first() is not None:
                    raise StorageError("That user name is taken: please choose another.", "name_taken")
                user = User(name=clean, name_key=clean.casefold(), password_hash=password_hash)
                session.add(user)
                session.flush()
                return int(user.id)  # type: ignore[arg-type]
        except StorageError as exc:
            if isinstance(exc.__cause__, IntegrityError):  # created by someone else just now
                raise StorageError("That user name is taken: please choose another.", "name_taken") from exc
            raise

    def account(self, *, name: str | None = None, user_id: int | None = None) -> Account | None:
        """The account with this name or id, or None."""
        with self._session("Could not read the account.", read_only=True) as session:
            if user_id is not None:
                user = session.get(User, user_id)
            else:
                try:
                    clean = _clean_name(name or "")
                except StorageError:  # no such name can exist
                    return None
                user = session.exec(select(User).where(User.name_key == clean.casefold())).first()
            return _account(user) if user is not None else None

    def sign_in_failures(self, *, key: str, since: datetime) -> list[datetime]:
        """When the wrong passwords for this name key since `since` were given, oldest first (every
        process on this database sees the same list)."""
        with self._session("Could not check the sign-in.", read_only=True) as session:
            rows = session.exec(select(SignInFailure.failed_at)
                                .where(SignInFailure.name_key == key, SignInFailure.failed_at >= since)
                                .order_by(col(SignInFailure.failed_at))).all()
            return [as_utc(moment) for moment in rows]

    def record_sign_in_failure(self, *, key: str, at: datetime, forget_before: datetime) -> None:
        """Count one wrong password; failures of any name older than `forget_before` are deleted."""
        with self._session("Could not check the sign-in.") as session:
            session.exec(delete(SignInFailure).where(SignInFailure.failed_at < forget_before))
            session.add(SignInFailure(name_key=key, failed_at=at))

    def forget_sign_in_failures(self, *, key: str) -> None:
        """A right password clears the name's count."""
        with self._session("Could not check the sign-in.") as session:
            session.exec(delete(SignInFailure).where(SignInFailure.name_key == key))

    def set_password_hash(self, *, user_id: int, password_hash: str) -> None:
        with self._session("Could not update the account.") as session:
            user = _user(session, user_id)
            user.password_hash = password_hash
            session.add(user)

    def set_share_looks(self, *, user_id: int, share: bool) -> None:
        """Opt in to (or out of) the anonymised feed of saved looks."""
        with self._session("Could not change your sharing choice.") as session:
            user = _user(session, user_id)
            user.share_looks = bool(share)
            session.add(user)

    def delete_user(self, *, user_id: int) -> list[str] | None:
        """Every row of the user (cascades: preferences, profile, conversations, messages, wardrobe,
        saved looks). Returns the files those rows pointed at, read in the same transaction (nothing
        can be added in between), for the caller to delete; None if there was no such user."""
        with self._session("Could not delete your data.") as session:
            user = session.get(User, user_id)
            if user is None:
                return None
            files = _files_of(session, user_id)
            # The foreign keys cascade too; deleting child rows first does not rely on that.
            conversations = select(Conversation.id).where(Conversation.user_id == user_id)
            session.exec(delete(Message).where(col(Message.conversation_id).in_(conversations)))
            for table in (Conversation, Preference, Profile, WardrobeItem, Bookmark):
                session.exec(delete(table).where(table.user_id == user_id))
            session.delete(user)
            return files

    def user_files(self, *, user_id: int) -> list[str]:
        """Every file path the user's rows point at: photos in messages, wardrobe photos, saved-look
        pictures and lookbooks drawn with their own garments."""
        with self._session("Could not list your files.", read_only=True) as session:
            return _files_of(session, user_id)

    # --- profile ------------------------------------------------------------------------------------

    def profile(self, *, user_id: int) -> dict[str, Any]:
        with self._session("Could not read your profile.", read_only=True) as session:
            data = session.exec(select(Profile.data).where(Profile.user_id == user_id)).first()
            return dict(data or {})

    def save_profile(self, *, user_id: int, profile: dict[str, Any], preferences: dict[str, Any] | None = None) -> None:
        """The profile panel's values (and, when given, the preferences it edits too) in one transaction."""
        with self._session("Could not save your profile.") as session:
            _user(session, user_id)
            now = utc_now()
            row = session.exec(select(Profile).where(Profile.user_id == user_id)).first() or Profile(user_id=user_id)
            row.data, row.updated_at = dict(profile), now
            session.add(row)
            if preferences is not None:
                _save_preferences(session, user_id, preferences, now)

    # --- saved looks --------------------------------------------------------------------------------

    def add_bookmark(self, *, user_id: int, look: dict[str, Any], image: str | None) -> int:
        with self._session("Could not save the look.") as session:
            _user(session, user_id)
            row = Bookmark(user_id=user_id, look=dict(look), image=image)
            session.add(row)
            session.flush()
            return int(row.id)  # type: ignore[arg-type]

    def bookmarks(self, *, user_id: int) -> list[SavedLook]:
        """The user's saved looks, newest first."""
        with self._session("Could not read your saved looks.", read_only=True) as session:
            return _bookmarks(session, user_id)

    def remove_bookmark(self, *, user_id: int, bookmark_id: int) -> str | None:
        """Delete one of the user's saved looks; its picture's path ("" without one), or None when not theirs."""
        with self._session("Could not change your saved looks.") as session:
            row = session.get(Bookmark, bookmark_id)
            if row is None or row.user_id != user_id:
                return None
            session.delete(row)
            return row.image or ""

    def shared_looks(self, *, limit: int = 24) -> list[SavedLook]:
        """Looks saved by people who opted in, newest first, with nothing that says whose they are."""
        with self._session("Could not read the shared looks.", read_only=True) as session:
            rows = session.exec(select(Bookmark).join(User).where(User.share_looks == True)  # noqa: E712
                                .order_by(col(Bookmark.created_at).desc(), col(Bookmark.id).desc()).limit(4 * limit)).all()
            # A look with the user's own garment shows their photo: it stays private.
            public = [r for r in rows if all(i.get("source", "catalog") == "catalog" for i in r.look.get("items") or [])]
            return [SavedLook(int(r.id), _anonymous(r.look), r.image, as_utc(r.created_at)) for r in public[:limit]]  # type: ignore[arg-type]

    # --- retention ----------------------------------------------------------------------------------

    def expired_uploads(self, *, before: datetime) -> list[str]:
        """Photos sent in chat before `before` and not kept in anyone's wardrobe or saved looks, and
        the lookbooks drawn with them (a collage shows the photo)."""
        with self._session("Could not list old uploads.") as session:  # one consistent view: write lock
            kept = set(session.exec(select(WardrobeItem.image)).all()) | set(session.exec(select(Bookmark.image)).all())
            old = session.exec(select(Message.image).where(col(Message.image).is_not(None), Message.created_at < before)).all()
            expired = {p for p in old if p not in kept}
            replies = session.exec(select(Message.payload).where(Message.role == "assistant", Message.created_at < before)).all()
            drawn = {image for payload in replies for image in _lookbooks_where(payload, lambda i: i.get("image") in expired)}
            return sorted(expired | drawn)

    def forget_uploads(self, *, paths: list[str]) -> int:
        """Messages stop pointing at these (deleted) photos; returns how many messages changed."""
        if not paths:
            return 0
        with self._session("Could not update old messages.") as session:
            rows = session.exec(select(Message).where(col(Message.image).in_(paths))).all()
            for row in rows:
                row.image = None
                session.add(row)
            return len(rows)

    def update_wardrobe_item(self, *, user_id: int, wardrobe_id: int, item: dict[str, Any]) -> bool:
        """Replace a garment's attributes (the user's edits); False when it is not theirs."""
        with self._session("Could not change your wardrobe.") as session:
            row = session.get(WardrobeItem, wardrobe_id)
            if row is None or row.user_id != user_id:
                return False
            row.item = dict(item)
            session.add(row)
            return True

    def wardrobe_image(self, *, user_id: int, wardrobe_id: int) -> str | None:
        with self._session("Could not read your wardrobe.", read_only=True) as session:
            row = session.get(WardrobeItem, wardrobe_id)
            return row.image if row is not None and row.user_id == user_id else None

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
            raise StorageError(f"{failure} Please try again.") from exc


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
    return TurnStart(user_id, conversation_id, state, dict(preferences or {}), _wardrobe(session, user_id))


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
        raise ConversationNotFound("That conversation was not found. Start a new one to go on.", "conversation_missing")
    return conversation


def _files_of(session: Session, user_id: int) -> list[str]:
    conversations = select(Conversation.id).where(Conversation.user_id == user_id)
    messages = session.exec(select(Message).where(col(Message.conversation_id).in_(conversations))).all()
    paths = [m.image for m in messages] + [p for m in messages for p in _own_garment_lookbooks(m.payload)]
    paths += session.exec(select(WardrobeItem.image).where(WardrobeItem.user_id == user_id)).all()
    paths += session.exec(select(Bookmark.image).where(Bookmark.user_id == user_id)).all()
    return sorted({p for p in paths if p})


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise StorageError("Unknown user: please sign in again.", "unknown_user")
    return user


def _account(user: User) -> Account:
    return Account(int(user.id), user.name, user.password_hash, user.files_key, bool(user.share_looks))  # type: ignore[arg-type]


def _lookbooks_where(payload: dict[str, Any] | None, shows: Callable[[dict[str, Any]], bool]) -> list[str]:
    """Lookbooks of a reply whose look holds an item `shows` picks (images[n] draws outfits[n])."""
    payload = payload or {}
    outfits, images = payload.get("outfits") or [], payload.get("images") or []
    return [image for outfit, image in zip(outfits, images, strict=False) if any(map(shows, outfit.get("items") or []))]


def _own_garment_lookbooks(payload: dict[str, Any] | None) -> list[str]:
    return _lookbooks_where(payload, lambda item: item.get("source") in ("upload", "wardrobe"))


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
        raise StorageError("Please enter a user name.", "name_missing")
    if len(clean) > MAX_NAME_LENGTH:
        raise StorageError(f"Please use a user name of at most {MAX_NAME_LENGTH} characters.", "name_too_long",
                           limit=MAX_NAME_LENGTH)
    return clean


def _title(user_text: str) -> str:
    """A conversation's list title: the start of its first message with text (the UI names the rest)."""
    text = " ".join(user_text.split())
    return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1].rstrip() + "…"
