"""The SDXL prompt for an outfit: its items, style and occasion in the words of prompts/sdxl.toml.

Pure functions (no model): the renderer, the trainer's captions and the tests share them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from domain.items import Item
from prompts.sdxl import sdxl_text, sdxl_word

# Worn order, outside in and top down, so the prompt reads like a description of a person.
SLOT_ORDER = ("outerwear", "top", "onepiece", "bottom", "shoes", "accessory")
DEFAULT_STYLE = "casual"
MAX_PIECES = 6  # more pieces than this would push the style words past CLIP's 77 tokens


@dataclass(frozen=True)
class LookPrompt:
    prompt: str
    negative: str


def build_prompt(items: Sequence[Item], *, style: str | None = None, occasion: str | None = None) -> LookPrompt:
    """The positive and negative prompt for a picture of someone wearing `items`."""
    look = sdxl_text(
        "look",
        style=sdxl_word("style", style or outfit_style(items), default=style or DEFAULT_STYLE),
        person=sdxl_word("person", outfit_gender(items), default=sdxl_word("person", "unisex")),
        pieces=join_pieces([piece_phrase(item) for item in worn_order(items)][:MAX_PIECES]),
        setting=sdxl_word("setting", occasion, default=sdxl_word("setting", "default")),
    )
    return LookPrompt(look, sdxl_text("negative"))


def item_caption(item: Item) -> str:
    """A training caption for one catalogue picture, made from the item's attributes."""
    style = item.styles[0] if item.styles else DEFAULT_STYLE
    return sdxl_text("caption", color=_colour(item), kind=_kind(item), name=item.name.strip() or _kind(item),
                     style=sdxl_word("style", style, default=style).split(",")[0])


def piece_phrase(item: Item) -> str:
    return " ".join(sdxl_text("piece", color=_colour(item), kind=_kind(item)).split())


def join_pieces(phrases: list[str]) -> str:
    """'a, b and c' with the separators of the template file."""
    if len(phrases) <= 1:
        return "".join(phrases)
    return sdxl_text("pieces_separator").join(phrases[:-1]) + sdxl_text("last_separator") + phrases[-1]


def worn_order(items: Sequence[Item]) -> list[Item]:
    rank = {slot: n for n, slot in enumerate(SLOT_ORDER)}
    return sorted(items, key=lambda item: rank.get(item.slot, len(SLOT_ORDER)))


def outfit_style(items: Sequence[Item]) -> str:
    """The style most of the items are tagged with (the first tagged wins a tie)."""
    counts = Counter(style for item in items for style in item.styles)
    return counts.most_common(1)[0][0] if counts else DEFAULT_STYLE


def outfit_gender(items: Sequence[Item]) -> str:
    """men or women when every gendered item agrees; unisex otherwise (never guess a gender)."""
    genders = {item.gender for item in items} - {"unisex", ""}
    return genders.pop() if len(genders) == 1 else "unisex"


def _colour(item: Item) -> str:
    return (item.color or item.color_family or "").strip().lower()


def _kind(item: Item) -> str:
    return sdxl_word("kind", item.kind, default=item.kind or item.slot or "garment")
