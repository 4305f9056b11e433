"""The side panels' handlers, one class per job: profile, wardrobe, saved looks (with the shared
feed), past conversations, and data retention (delete my data, old photos and exports); `Panels`
holds one of each.

No gradio import here (testable). Every method takes the acting user's name, which the UI resolves
from the signed-in session (auth on) or the local profile name (auth off); a method never acts on
another user's rows or files, whatever ids the page sends.
"""

from __future__ import annotations

import logging
import secrets
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import prompts
from chains.sizes import size_phrase, suggest_sizes
from domain.colors import family_colour_name
from domain.vocabulary import COLOR_FAMILIES, KINDS, STYLES
from storage.repo import ConversationView, PanelRows, Repository, SavedLook, StorageError

log = logging.getLogger(__name__)
GENDERS = ("women", "men")
PROFILE_NUMBERS = {"height_cm": (100.0, 230.0), "weight_kg": (25.0, 250.0), "budget_max": (0.0, 1e9)}


@dataclass(frozen=True)
class Profile:
    """What the profile panel shows and edits (chat-learned preferences and the user's own entries)."""

    gender: str | None = None
    height_cm: float | None = None
    weight_kg: float | None = None
    sizes: str = ""  # the user's own words, e.g. "M top, 32 waist, 270 mm shoes"
    colors: tuple[str, ...] = ()
    avoid_colors: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()
    avoid_styles: tuple[str, ...] = ()
    budget_max: float | None = None


class PanelError(Exception):
    """A panel action refused, with the reason already in the person's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class OwnFiles:
    """Deletes files the app made for people (chat photos, lookbooks, saved-look copies), and only
    those: a path outside these folders (a catalogue picture, the database) is never touched,
    whatever a row says."""

    def __init__(self, roots: Sequence[Path]) -> None:
        self._roots = [Path(r).resolve() for r in roots]

    def delete(self, paths: Sequence[str]) -> int:
        """Delete what exists of `paths` under the roots; returns how many went."""
        deleted = 0
        for path in (Path(p) for p in paths):
            if not any(path.resolve().is_relative_to(root) for root in self._roots):
                continue
            try:
                path.unlink()
                deleted += 1
            except FileNotFoundError:
                pass
            except OSError:
                log.warning("could not delete %s", path, exc_info=True)
        return deleted


class OwnRows:
    """A panel part: it reaches rows only through the acting person's own user id, so ids the page
    sends select among that person's rows and never another's."""

    def __init__(self, repository: Repository) -> None:
        self._repo = repository

    def _id(self, user: str) -> int:
        return self._repo.user_id(user)


class ProfilePanel(OwnRows):
    """The profile tab: what the person told the app about themselves, and the sizes it suggests."""

    def get(self, user: str) -> Profile:
        user_id = self._id(user)
        return profile_of(self._repo.conversations.preferences(user_id=user_id), self._repo.profiles.get(user_id=user_id))

    def save(self, user: str, profile: Profile, *, lang: str = "en") -> str:
        """Check and store the panel's values; the agent uses them from the next turn on."""
        profile = _checked(profile, lang)
        user_id = self._id(user)
        prefs = self._repo.conversations.preferences(user_id=user_id)
        prefs.update(gender=profile.gender, colors=list(profile.colors), avoid_colors=list(profile.avoid_colors),
                     budget_max=profile.budget_max, style=profile.styles[0] if profile.styles else None)
        own = {"height_cm": profile.height_cm, "weight_kg": profile.weight_kg, "sizes": profile.sizes.strip()[:200],
               "styles": list(profile.styles), "avoid_styles": list(profile.avoid_styles)}
        self._repo.profiles.save(user_id=user_id, profile=own, preferences=prefs)
        return prompts.ui(lang, "panel_profile_saved")

    def size_note(self, user: str, *, lang: str = "en") -> str:
        return size_note(self.get(user), lang)


class WardrobePanel(OwnRows):
    """The wardrobe tab: the garments the person kept, corrected or removed by hand."""

    def __init__(self, repository: Repository, files: OwnFiles) -> None:
        super().__init__(repository)
        self._files = files

    def items(self, user: str) -> list[tuple[int, dict[str, Any]]]:
        return self._repo.wardrobe.items(user_id=self._id(user))

    def edit(self, user: str, wardrobe_id: int, kind: str | None, color_family: str | None, *,
             lang: str = "en") -> str:
        from domain.vocabulary import KIND_TO_SLOT

        if kind and kind not in KINDS or color_family and color_family not in COLOR_FAMILIES:
            raise PanelError(prompts.ui(lang, "panel_pick_from_lists"))
        user_id = self._id(user)
        current = dict(self._repo.wardrobe.items(user_id=user_id)).get(int(wardrobe_id))
        if current is None:
            raise PanelError(prompts.ui(lang, "panel_garment_missing"))
        edited = {**current, **({"kind": kind, "slot": KIND_TO_SLOT[kind]} if kind else {}),
                  **({"color_family": color_family, "color": family_colour_name(color_family)} if color_family else {})}
        self._repo.wardrobe.update(user_id=user_id, wardrobe_id=int(wardrobe_id), item=edited)
        return prompts.ui(lang, "panel_garment_updated")

    def delete(self, user: str, wardrobe_id: int, *, lang: str = "en") -> str:
        user_id = self._id(user)
        image = self._repo.wardrobe.image(user_id=user_id, wardrobe_id=int(wardrobe_id))
        if not self._repo.wardrobe.remove(user_id=user_id, wardrobe_id=int(wardrobe_id)):
            raise PanelError(prompts.ui(lang, "panel_garment_missing"))
        if image and image not in self._repo.retention.user_files(user_id=user_id):  # still shown in a chat: keep
            self._files.delete([image])
        return prompts.ui(lang, "panel_garment_removed")


class SavedLooksPanel(OwnRows):
    """The saved-looks tab and the community feed: looks the person kept, and those people share."""

    def __init__(self, repository: Repository, files: OwnFiles, bookmarks_dir: Path) -> None:
        super().__init__(repository)
        self._files = files
        self._bookmarks_dir = bookmarks_dir

    def save(self, user: str, look: dict[str, Any], image: str | None, *, lang: str = "en") -> str:
        """Keep a look and a private copy of its lookbook (renders are shared cache files)."""
        user_id = self._id(user)
        copy = None
        if image and Path(image).is_file():
            folder = self._bookmarks_dir / self._repo.accounts.get(user_id=user_id).files_key  # type: ignore[union-attr]
            folder.mkdir(parents=True, exist_ok=True)
            copy = folder / f"{secrets.token_hex(12)}{Path(image).suffix or '.jpg'}"
            shutil.copyfile(image, copy)
        try:
            self._repo.saved_looks.add(user_id=user_id, look=look, image=str(copy) if copy else None)
        except StorageError:
            self._files.delete([str(copy)] if copy else [])
            raise
        return prompts.ui(lang, "panel_look_saved")

    def saved(self, user: str) -> list[SavedLook]:
        return self._repo.saved_looks.saved(user_id=self._id(user))

    def delete(self, user: str, bookmark_id: int, *, lang: str = "en") -> str:
        image = self._repo.saved_looks.remove(user_id=self._id(user), bookmark_id=int(bookmark_id))
        if image is None:
            raise PanelError(prompts.ui(lang, "panel_look_missing"))
        self._files.delete([image] if image else [])
        return prompts.ui(lang, "panel_look_removed")

    def shared_feed(self) -> list[SavedLook]:
        """Everyone's shared looks, without who saved them."""
        return self._repo.saved_looks.shared()

    def set_sharing(self, user: str, share: bool, *, lang: str = "en") -> str:
        self._repo.saved_looks.set_sharing(user_id=self._id(user), share=share)
        return prompts.ui(lang, "panel_sharing_on" if share else "panel_sharing_off")


class HistoryPanel(OwnRows):
    """Past conversations: listed, and one reopened to go on with."""

    def conversations(self, user: str) -> list[ConversationView]:
        return self._repo.conversations.conversations(user_id=self._id(user))

    def reopen(self, user: str, conversation_id: int) -> None:
        """Make one of the user's past conversations the current one (ConversationNotFound otherwise)."""
        self._repo.conversations.touch_conversation(user_id=self._id(user), conversation_id=int(conversation_id))


class DataRetention(OwnRows):
    """How long people's things stay: all of one person's on request, old photos and exports by age."""

    def __init__(self, repository: Repository, files: OwnFiles, bookmarks_dir: Path) -> None:
        super().__init__(repository)
        self._files = files
        self._bookmarks_dir = bookmarks_dir

    def delete_my_data(self, user: str, *, lang: str = "en") -> str:
        """Every row and every file of the user; the rows go first (listing their files in the same
        transaction), so a crash never leaves rows pointing at deleted files."""
        user_id = self._id(user)
        account = self._repo.accounts.get(user_id=user_id)
        self._files.delete(self._repo.retention.delete_user(user_id=user_id) or [])
        if account is not None:
            shutil.rmtree(self._bookmarks_dir / account.files_key, ignore_errors=True)
        return prompts.ui(lang, "panel_data_deleted")

    def purge_old_uploads(self, retention_days: float, now: datetime | None = None) -> int:
        """Delete chat photos older than the retention that nobody kept; returns how many."""
        before = (now or datetime.now(timezone.utc)) - timedelta(days=retention_days)
        paths = self._repo.retention.expired_uploads(before=before)
        self._repo.retention.forget_uploads(paths=paths)
        return self._files.delete(paths)

    @staticmethod
    def purge_old_exports(exports_dir: Path, max_age_hours: float = 24.0, now: float | None = None) -> int:
        """Export downloads (PDF + PNG folders) are made for the moment: gone after a day."""
        import time

        cutoff = (now or time.time()) - max_age_hours * 3600
        folders = [f for f in exports_dir.glob("*") if f.is_dir() and f.stat().st_mtime < cutoff] if exports_dir.is_dir() else []
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
        return len(folders)


class Panels:
    """The side panels' handlers, one part per tab's job; the parts share one guard on file deletion."""

    def __init__(self, repository: Repository, file_roots: Sequence[Path], bookmarks_dir: Path) -> None:
        files = OwnFiles(file_roots)
        self._repo = repository
        self.profile = ProfilePanel(repository)
        self.wardrobe = WardrobePanel(repository, files)
        self.looks = SavedLooksPanel(repository, files, bookmarks_dir)
        self.history = HistoryPanel(repository)
        self.retention = DataRetention(repository, files, bookmarks_dir)

    def snapshot(self, user: str) -> PanelRows:
        """Everything the panels show of one person, read at once (one query, not one per tab)."""
        return self._repo.profiles.panels(name=user)


def _checked(profile: Profile, lang: str = "en") -> Profile:
    if profile.gender not in (None, "", *GENDERS):
        raise PanelError(prompts.ui(lang, "panel_pick_gender"))
    for name, (low, high) in PROFILE_NUMBERS.items():
        value = getattr(profile, name)
        if value not in (None, "") and not (low <= float(value) <= high):
            field = prompts.ui(lang, f"panel_field_{name}")
            raise PanelError(prompts.ui(lang, "panel_check_number", field=field, value=value))
    for values, known in ((profile.colors + profile.avoid_colors, COLOR_FAMILIES), (profile.styles + profile.avoid_styles, STYLES)):
        if set(values) - set(known):
            raise PanelError(prompts.ui(lang, "panel_pick_colours_styles"))
    numbers = {n: (float(getattr(profile, n)) if getattr(profile, n) not in (None, "") else None) for n in PROFILE_NUMBERS}
    return Profile(profile.gender or None, numbers["height_cm"], numbers["weight_kg"], profile.sizes or "",
                   tuple(profile.colors), tuple(c for c in profile.avoid_colors if c not in profile.colors),
                   tuple(profile.styles), tuple(s for s in profile.avoid_styles if s not in profile.styles),
                   numbers["budget_max"])


def profile_of(preferences: dict[str, Any], own: dict[str, Any]) -> Profile:
    """The profile panel's values: what the person set there, and the preferences the chat learned."""
    prefs = preferences
    return Profile(prefs.get("gender"), own.get("height_cm"), own.get("weight_kg"), own.get("sizes", ""),
                   tuple(prefs.get("colors") or ()), tuple(prefs.get("avoid_colors") or ()),
                   tuple(own.get("styles") or ([prefs["style"]] if prefs.get("style") else [])),
                   tuple(own.get("avoid_styles") or ()), prefs.get("budget_max"))


def size_note(profile: Profile, lang: str = "en") -> str:
    """"Suggested sizes: tops M (KR 95), bottoms 32" when the profile has gender, height and weight."""
    suggestions = suggest_sizes(profile.gender, profile.height_cm, profile.weight_kg)
    if not suggestions:
        return ""
    return prompts.ui(lang, "size_note", sizes=", ".join(size_phrase(s, lang) for s in suggestions))
