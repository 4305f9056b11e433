"""A person's conversations: the turn's reads and writes, the history, the preferences the chat learns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import col, select

from domain.rendering import Lookbook

from storage.models import Conversation, Message, Preference, User, utc_now
from storage.store import (
    ConversationView,
    MessageView,
    StorageError,
    Store,
    TurnStart,
    _conversations,
    _known,
    _latest_conversation,
    _messages,
    _owned,
    _save_preferences,
    _title,
    _turn_start,
)


class Conversations(Store):
    """Safe to share between threads: every method runs in a transaction of its own."""

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
                raise StorageError("unknown_user")
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
        """The messages of the person's current (or given) conversation, oldest first."""
        return self.opened(name=name, conversation_id=conversation_id)[1]

    def opened(self, *, name: str, conversation_id: int | None = None) -> tuple[int, list[MessageView]]:
        """The person's current (or given) conversation, its id and messages: one read-only transaction
        for a known person with a conversation (created, empty, otherwise)."""
        with self._session("Could not read the conversation.", read_only=True) as session:
            found = _known(session, name, conversation_id)
            if found is not None:
                return found[1], _messages(session, found[1])
        user_id = self.user_id(name)
        conversation_id = conversation_id or self.current_conversation(user_id=user_id)
        return conversation_id, self.messages(user_id=user_id, conversation_id=conversation_id)

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
        lookbooks: Sequence[Lookbook] = (),
    ) -> None:
        """Save one chat turn in one transaction: both messages, the new state, the new preferences.

        Either all of it is saved or none of it (a failure raises StorageError and leaves the last
        saved turn as it was). `lookbooks` are the reply's pictures and the person's own photos each
        shows (deleting the account or expiring an upload takes those pictures with it).
        """
        with self._session("Could not save this turn of the conversation.") as session:
            conversation = _owned(session, user_id, conversation_id)
            now = utc_now()
            session.add(Message(conversation_id=conversation_id, role="user", text=user_text, image=user_image, created_at=now))
            session.add(Message(conversation_id=conversation_id, role="assistant", text=reply_text, payload=dict(reply_payload),
                                lookbooks=[{"path": b.path, "own": list(b.own)} for b in lookbooks], created_at=now))
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
