"""The one thing every lookbook renderer does: turn an outfit's items into a picture file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from retrieval.items import Item


class RenderError(Exception):
    """A lookbook picture could not be made; `message` is safe to show to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@runtime_checkable
class Renderer(Protocol):
    def render(self, items: Sequence[Item], *, title: str, subtitle: str = "") -> Path:
        """Write a picture of the outfit made of `items` and return its path (a PNG)."""
        ...
