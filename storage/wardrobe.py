"""The garments a person keeps: their own clothes, used first in looks."""

from __future__ import annotations

from typing import Any

from storage.models import WardrobeItem
from storage.store import Store, _wardrobe


class Wardrobe(Store):
    """Safe to share between threads: every method runs in a transaction of its own."""

    def add(self, *, user_id: int, item: dict[str, Any], image: str | None) -> int:
        """Keep a garment the user owns; returns its wardrobe id."""
        with self._session("Could not save to your wardrobe.") as session:
            row = WardrobeItem(user_id=user_id, item=item, image=image)
            session.add(row)
            session.flush()
            return int(row.id)

    def items(self, *, user_id: int) -> list[tuple[int, dict[str, Any]]]:
        """(wardrobe id, item JSON) of the user's garments, oldest first."""
        with self._session("Could not read your wardrobe.", read_only=True) as session:
            return _wardrobe(session, user_id)

    def remove(self, *, user_id: int, wardrobe_id: int) -> bool:
        """Delete one of the user's garments; False when it is not theirs (or not there)."""
        with self._session("Could not change your wardrobe.") as session:
            row = session.get(WardrobeItem, wardrobe_id)
            if row is None or row.user_id != user_id:
                return False
            session.delete(row)
            return True

    def update(self, *, user_id: int, wardrobe_id: int, item: dict[str, Any]) -> bool:
        """Replace a garment's attributes (the user's edits); False when it is not theirs."""
        with self._session("Could not change your wardrobe.") as session:
            row = session.get(WardrobeItem, wardrobe_id)
            if row is None or row.user_id != user_id:
                return False
            row.item = dict(item)
            session.add(row)
            return True

    def image(self, *, user_id: int, wardrobe_id: int) -> str | None:
        with self._session("Could not read your wardrobe.", read_only=True) as session:
            row = session.get(WardrobeItem, wardrobe_id)
            return row.image if row is not None and row.user_id == user_id else None
