"""The profile panel's values, and everything the side panels show of a person at once."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from storage.models import Preference, Profile, utc_now
from storage.store import PanelRows, Store, _bookmarks, _conversations, _save_preferences, _user, _wardrobe


class Profiles(Store):
    """Safe to share between threads: every method runs in a transaction of its own."""

    def get(self, *, user_id: int) -> dict[str, Any]:
        with self._session("Could not read your profile.", read_only=True) as session:
            data = session.exec(select(Profile.data).where(Profile.user_id == user_id)).first()
            return dict(data or {})

    def save(self, *, user_id: int, profile: dict[str, Any], preferences: dict[str, Any] | None = None) -> None:
        """The profile panel's values (and, when given, the preferences it edits too) in one transaction."""
        with self._session("Could not save your profile.") as session:
            _user(session, user_id)
            now = utc_now()
            row = session.exec(select(Profile).where(Profile.user_id == user_id)).first() or Profile(user_id=user_id)
            row.data, row.updated_at = dict(profile), now
            session.add(row)
            if preferences is not None:
                _save_preferences(session, user_id, preferences, now)

    def panels(self, *, name: str) -> PanelRows:
        """What the side panels show of the person called `name` (created if new), in one read."""
        user_id = self.user_id(name)
        with self._session("Could not read your things.", read_only=True) as session:
            user = _user(session, user_id)
            preferences = session.exec(select(Preference.data).where(Preference.user_id == user_id)).first()
            profile = session.exec(select(Profile.data).where(Profile.user_id == user_id)).first()
            return PanelRows(_bookmarks(session, user_id), bool(user.share_looks), _wardrobe(session, user_id),
                             dict(preferences or {}), dict(profile or {}), _conversations(session, user_id))
