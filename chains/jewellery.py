"""What jewellery goes with the looks ("what earrings would go with it", "진주 목걸이가 있는데 어울릴까요?"): the
metal each look's colours take, and a word on the piece the person already owns (pure)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import prompts
from chains.state import Outfit

# Gold warms earthy and rich colours; silver sits with cool ones; black and white take either
_GOLD_FAMILIES = frozenset({"brown", "beige", "olive", "green", "red", "yellow", "orange"})
_SILVER_FAMILIES = frozenset({"grey", "navy", "blue", "pink", "purple"})
_CLOTHES = frozenset({"top", "bottom", "onepiece", "outerwear"})
# The piece of their own the message names: pearls, small studs
_OWNS = r"(?:\bmy\b|\bi have\b|\bi've got\b|\bi own\b|\bi only have\b)[^.?!]{0,24}"
_OWN_PEARLS = re.compile(_OWNS + r"\bpearls?\b|진주\s*(?:목걸이|귀걸이)\S*\s*(?:가|이|는|은)?\s*있", re.IGNORECASE)
_OWN_STUDS = re.compile(_OWNS + r"\b(?:studs?|small earrings)\b|작은\s*귀걸이\S*\s*(?:가|이|는|은)?\s*있|피어싱", re.IGNORECASE)
_EARRINGS = re.compile(r"\bearrings?\b|귀걸이", re.IGNORECASE)


# The piece of jewellery a message names, and the words its catalogue names use ("earrings" is jewellery to the
# vocabulary; the catalogue's necklaces must not stand in for them)
_JEWELLERY_NAMED = ((_EARRINGS, re.compile(r"\bearrings?\b|\bstuds?\b|\bhoops?\b", re.IGNORECASE)),
                    (re.compile(r"\bnecklaces?\b|\bpendants?\b|목걸이", re.IGNORECASE),
                     re.compile(r"\bnecklaces?\b|\bpendants?\b|\bchains?\b", re.IGNORECASE)),
                    (re.compile(r"\bbracelets?\b|\bbangles?\b|팔찌", re.IGNORECASE),
                     re.compile(r"\bbracelets?\b|\bbangles?\b|\bcuffs?\b", re.IGNORECASE)),
                    (re.compile(r"\brings?\b|반지", re.IGNORECASE), re.compile(r"\brings?\b", re.IGNORECASE)))


def jewellery_named(text: str) -> re.Pattern[str] | None:
    """The pattern of catalogue names for the piece of jewellery the message names ("가방이랑 귀걸이": earrings),
    or None where it names none in particular."""
    return next((names for said, names in _JEWELLERY_NAMED if said.search(text)), None)


def metal_of(look: Outfit) -> str:
    """gold | silver | either, from the colours the look's clothes are in."""
    families = [i.color_family for i in look.items if i.slot in _CLOTHES and i.color_family]
    gold = sum(f in _GOLD_FAMILIES for f in families)
    silver = sum(f in _SILVER_FAMILIES for f in families)
    return "gold" if gold > silver else "silver" if silver > gold else "either"


def jewellery_note(lang: str, numbered: Sequence[tuple[int, Outfit]], text: str) -> str:
    """The metal by look (each with its number on screen), then what the person's own piece does with them, then
    how big earrings go."""
    by_metal: dict[str, list[str]] = {}
    for number, look in numbered:
        by_metal.setdefault(metal_of(look), []).append(str(number))
    parts = [prompts.render(lang, f"jewellery_{metal}", looks=prompts.render(
        lang, "jewellery_looks" if len(numbers) > 1 else "jewellery_look", numbers=prompts.listed(lang, numbers)))
             for metal, numbers in by_metal.items()]
    said = [prompts.render(lang, "jewellery_metals", parts="; ".join(parts))]
    if _OWN_PEARLS.search(text):
        said.append(prompts.render(lang, "jewellery_own_pearls"))
    elif _OWN_STUDS.search(text):
        said.append(prompts.render(lang, "jewellery_own_studs"))
    elif _EARRINGS.search(text):
        said.append(prompts.render(lang, "jewellery_earrings"))
    return " ".join(said)
