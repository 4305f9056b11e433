"""Turn looks into words: the one-sentence reason of each outfit and the answer's intro (templates)."""

from __future__ import annotations

from collections.abc import Sequence

import prompts
from chains.harmony import harmony
from retrieval.items import Item

_PIECE_ORDER = ("onepiece", "top", "bottom", "outerwear", "shoes")


def item_phrase(item: Item, lang: str) -> str:
    return prompts.render(
        lang, "item_phrase",
        color=prompts.label(lang, "color_family", item.color_family),
        kind=prompts.label(lang, "kind", item.kind),
    )


def style_title(style: str, lang: str) -> str:
    word = prompts.label(lang, "style", style)
    return word[:1].upper() + word[1:]


def _pieces(items: Sequence[Item], lang: str) -> str:
    main = sorted((i for i in items if i.slot in _PIECE_ORDER), key=lambda i: _PIECE_ORDER.index(i.slot))[:3]
    phrases = [item_phrase(i, lang) for i in main]
    if len(phrases) == 3:
        return prompts.render(lang, "pieces_three", a=phrases[0], b=phrases[1], c=phrases[2])
    return prompts.render(lang, "pieces_two", a=phrases[0], b=phrases[-1])


def _harmony_text(items: Sequence[Item], lang: str) -> str:
    found = harmony([i.color_family for i in items if i.slot != "accessory"])
    values = {k: prompts.label(lang, "color_family", v) for k, v in found.values.items()}
    return prompts.render(lang, f"harmony_{found.reason}", **values)


def why(style: str, occasion: str, items: Sequence[Item], lang: str) -> str:
    """A specific one-sentence reason: the style, the occasion, the key pieces and the colour logic."""
    return prompts.render(
        lang, "why",
        style_title=style_title(style, lang),
        occasion=prompts.label(lang, "occasion", occasion),
        pieces=_pieces(items, lang),
        harmony=_harmony_text(items, lang),
    )
