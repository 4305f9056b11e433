"""What a person ruled out, read as they meant it: "no green" is no olive either, "재킷 없이" no blazer,
and a "Long Blue Jacket" the catalogue files as a coat is still a jacket by its name (pure)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from domain.items import Item

# Families a person who rules one out rules out too.
NEIGHBOUR_FAMILIES = {"green": ("olive",)}
# Kinds a wider kind takes with it.
NARROWER_KINDS = {"jacket": ("blazer",)}
# Words in a product's name that make it that kind whatever its label (the labels are noisy).
KIND_NAME_WORDS = {
    "jacket": ("jacket", "blazer"), "blazer": ("blazer",), "cardigan": ("cardigan", "shrug"),
    "coat": ("coat", "padded", "puffer", "parka", "quilted"), "jeans": ("jeans",), "shorts": ("shorts",),
}


def ruled_out_colours(families: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for family in families for f in (family, *NEIGHBOUR_FAMILIES.get(family, ()))))


def ruled_out_kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for kind in kinds for k in (kind, *NARROWER_KINDS.get(kind, ()))))


@lru_cache(maxsize=256)
def _words(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, terms)) + r")\b", re.I) if terms else None


def shows_colour(item: Item, families: Sequence[str]) -> bool:
    """Of a ruled-out colour by its family or its name ("no black": no "Black Dial Watch" filed as steel)."""
    wide = ruled_out_colours(families)
    pattern = _words(wide)
    return item.color_family in wide or bool(pattern and pattern.search(item.name))


def is_of_kind(item: Item, kinds: Sequence[str]) -> bool:
    """Of a ruled-out kind by its label or, for the kinds names say reliably, its name."""
    wide = ruled_out_kinds(kinds)
    pattern = _words(tuple(w for k in wide for w in KIND_NAME_WORDS.get(k, ())))
    return item.kind in wide or bool(pattern and pattern.search(item.name))
