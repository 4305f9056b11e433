"""Deleting: a person's data on request, photos nobody kept after the retention period."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, delete, select

from storage.models import Bookmark, Conversation, Message, Preference, Profile, User, WardrobeItem
from storage.store import Store, _files_of


class Retention(Store):
    """Safe to share between threads: every method runs in a transaction of its own."""

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

    def expired_uploads(self, *, before: datetime) -> list[str]:
        """Photos sent in chat before `before` and not kept in anyone's wardrobe or saved looks, and
        the lookbooks drawn with them (a collage shows the photo)."""
        with self._session("Could not list old uploads.") as session:  # one consistent view: write lock
            kept = set(session.exec(select(WardrobeItem.image)).all()) | set(session.exec(select(Bookmark.image)).all())
            old = session.exec(select(Message.image).where(col(Message.image).is_not(None), Message.created_at < before)).all()
            expired = {p for p in old if p not in kept}
            replies = session.exec(select(Message.lookbooks).where(Message.role == "assistant", Message.created_at < before)).all()
            drawn = {b["path"] for lookbooks in replies for b in lookbooks or () if expired & set(b.get("own") or ())}
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
