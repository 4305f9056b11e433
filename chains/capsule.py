"""A capsule to pack ("what should I pack?", "짐 줄이고 싶어서 옷 몇 개로 돌려 입고 싶어"): a few pieces
from the looks on screen that all go together, worn as several looks (pure).

Bottoms, shoes and the layer are chosen in neutral colours first, so that every top goes with every
bottom; the looks are every top with every bottom, the two pairs of shoes taking turns."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from chains.harmony import clashing_pairs
from chains.state import Outfit
from domain.items import Item
from domain.vocabulary import NEUTRAL_FAMILIES
from domain.traits import traits_of, warmth_rank

TOPS, BOTTOMS, SHOES = 3, 2, 2


@dataclass(frozen=True)
class Capsule:
    pieces: tuple[Item, ...]  # what to pack, clothes first
    looks: tuple[tuple[str, tuple[Item, ...]], ...]  # (style, pieces) of each way to wear them


def capsule_from(looks: Sequence[Outfit]) -> Capsule | None:
    """The capsule of the looks' main wearer, or None when they hold too few pieces to mix."""
    wearer = _main_wearer(looks)
    worn = [(o.style, i) for o in looks for i in o.items
            if i.source != "catalog" or i.gender in (wearer, "unisex")]
    tops = _distinct([i for _s, i in worn if i.slot == "top"], TOPS, neutral_first=False)
    bottoms = _distinct([i for _s, i in worn if i.slot == "bottom"], BOTTOMS)
    shoes = _distinct([i for _s, i in worn if i.slot == "shoes"], SHOES)
    layers = sorted((i for _s, i in worn if i.slot == "outerwear"),
                    key=lambda i: (i.color_family not in NEUTRAL_FAMILIES, -warmth_rank(traits_of(i).warmth)))
    if len(tops) < 2 or not bottoms or not shoes:
        return None
    layer = layers[:1]
    style_of = {i.id: s for s, i in worn}
    combos = []
    for top in tops:
        for bottom in bottoms:
            if clashing_pairs(frozenset({top.color_family, bottom.color_family})):
                continue
            pair = shoes[len(combos) % len(shoes)]
            combos.append((style_of[top.id], (top, bottom, pair, *layer)))
    pieces = (*tops, *bottoms, *shoes, *layer)
    return Capsule(pieces, tuple(combos)) if len(combos) >= 2 else None


def _main_wearer(looks: Sequence[Outfit]) -> str | None:
    genders = Counter(i.gender for o in looks for i in o.items if i.source == "catalog" and i.gender != "unisex")
    return genders.most_common(1)[0][0] if genders else None


def _distinct(items: Sequence[Item], count: int, neutral_first: bool = True) -> list[Item]:
    """Up to `count` pieces of different colours (neutrals first where everything must go with them)."""
    ordered = sorted(items, key=lambda i: i.color_family not in NEUTRAL_FAMILIES) if neutral_first else list(items)
    chosen: list[Item] = []
    for item in ordered:
        if all(item.id != c.id and item.color_family != c.color_family for c in chosen):
            chosen.append(item)
        if len(chosen) == count:
            break
    return chosen
