"""What a look needs for the weather said with a request ("rainy day at the office", "장마철 출근룩"):
pieces a stylist would not send out into the rain stay out of its looks (pure)."""

from __future__ import annotations

import re

from domain.items import Item
from retrieval.traits import traits_of

# Bottoms that show every splash, and shoes that soak through or stain.
SPLASHED_FAMILIES = frozenset({"white", "beige"})
SOAKING = re.compile(r"\b(?:canvas|suede|fabric|ballerinas?|ballet|espadrilles?|mesh|velvet|satin|slip[- ]ons?)\b",
                     re.IGNORECASE)


def rain_ready(item: Item) -> bool:
    """Whether the piece goes out in the rain: no white or beige trousers or dresses, no open, pale,
    suede or canvas shoes."""
    if item.slot in ("bottom", "onepiece"):
        return item.color_family not in SPLASHED_FAMILIES
    if item.slot == "shoes":
        traits = traits_of(item)
        open_shoe = traits.kind == "sandals" or traits.warmth == "light"
        return not open_shoe and item.color_family not in SPLASHED_FAMILIES and not SOAKING.search(item.name)
    return True
