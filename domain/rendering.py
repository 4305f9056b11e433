"""The one renderer protocol: a lookbook request in, an outcome out (the collage and SDXL both keep it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from domain.items import Item

Progress = Callable[[int, int], None]  # (steps done, steps in all) while a picture is drawn


class RenderError(Exception):
    """A lookbook picture could not be made; `message` is safe to show to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RenderRequest:
    """One look to draw. Renderers that cannot use a hint (the collage: style, occasion, seed) ignore it."""

    items: tuple[Item, ...]
    title: str
    subtitle: str = ""
    style: str | None = None
    occasion: str | None = None
    seed: int | None = None  # None: a seed made from the look, so the same look gives the same picture
    progress: Progress | None = field(default=None, compare=False)

    @classmethod
    def of(cls, items: Sequence[Item], title: str, subtitle: str = "", **hints) -> "RenderRequest":
        return cls(tuple(items), title, subtitle, **hints)


@dataclass(frozen=True)
class RenderOutcome:
    path: Path
    renderer: str  # what drew the picture: "collage" | "sdxl" | ...
    fallback: str | None = None  # why the configured renderer was not used, or None


@runtime_checkable
class Renderer(Protocol):
    name: str  # "collage", "sdxl": what the outcome says drew the picture
    parallel_renders: int  # how many looks it may draw at once (a GPU draws one at a time)

    def render(self, request: RenderRequest) -> RenderOutcome:
        """Draw the look and return where the picture is; RenderError when it cannot."""
        ...


@dataclass(frozen=True)
class Lookbook:
    """A picture drawn for a reply, and the photos of the person's own pieces it shows: storage keeps
    both, so a deleted account or an expired upload takes the pictures of it along."""

    path: str
    own: tuple[str, ...] = ()

    @classmethod
    def of(cls, path: str, items: Sequence[Item]) -> "Lookbook":
        return cls(path, tuple(i.image for i in items if i.source in ("upload", "wardrobe") and i.image))
