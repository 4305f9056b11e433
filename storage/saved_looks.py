"""Looks a person saved, and the anonymous feed of those shared."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from storage.models import Bookmark, User, as_utc
from storage.store import SavedLook, Store, _anonymous, _bookmarks, _user


class SavedLooks(Store):
    """Safe to share between threads: every method runs in a transaction of its own."""

    def add(self, *, user_id: int, look: dict[str, Any], image: str | None) -> int:
        with self._session("Could not save the look.") as session:
            _user(session, user_id)
            row = Bookmark(user_id=user_id, look=dict(look), image=image)
            session.add(row)
            session.flush()
            return int(row.id)  # type: ignore[arg-type]

    def saved(self, *, user_id: int) -> list[SavedLook]:
        """The user's saved looks, newest first."""
        with self._session("Could not read your saved looks.", read_only=True) as session:
            return _bookmarks(session, user_id)

    def remove(self, *, user_id: int, bookmark_id: int) -> str | None:
        """Delete one of the user's saved looks; its picture's path ("" without one), or None when not theirs."""
        with self._session("Could not change your saved looks.") as session:
            row = session.get(Bookmark, bookmark_id)
            if row is None or row.user_id != user_id:
                return None
            session.delete(row)
            return row.image or ""

    def shared(self, *, limit: int = 24) -> list[SavedLook]:
        """Looks saved by people who opted in, newest first, with nothing that says whose they are."""
        with self._session("Could not read the shared looks.", read_only=True) as session:
            rows = session.exec(select(Bookmark).join(User).where(User.share_looks == True)  # noqa: E712
                                .order_by(col(Bookmark.created_at).desc(), col(Bookmark.id).desc()).limit(4 * limit)).all()
            # A look with the user's own garment shows their photo: it stays private.
            public = [r for r in rows if all(i.get("source", "catalog") == "catalog" for i in r.look.get("items") or [])]
            return [SavedLook(int(r.id), _anonymous(r.look), r.image, as_utc(r.created_at)) for r in public[:limit]]  # type: ignore[arg-type]

    def set_sharing(self, *, user_id: int, share: bool) -> None:
        """Opt in to (or out of) the anonymised feed of saved looks."""
        with self._session("Could not change your sharing choice.") as session:
            user = _user(session, user_id)
            user.share_looks = bool(share)
            session.add(user)
