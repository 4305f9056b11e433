"""How big a bag is, read from its name, and a wish for a smaller or a bigger one ("가방도 좀 작은걸로",
"the bag too, something smaller"): the catalogue records no sizes, but its names say clutch, sling or tote."""

from __future__ import annotations

import re

from domain.items import Item

# Bulk from the name, smallest first: a clutch or a wallet in the hand, a sling or a crossbody on a strap,
# a handbag on the shoulder, a tote, a backpack or a laptop bag that carries a day's things.
_BULK_WORDS = (
    (0, re.compile(r"\b(?:clutch(?:es)?|wallets?|purses?|pouch(?:es)?|wristlets?|potli|mini|minaudi[eè]re|box)\b", re.I)),
    (1, re.compile(r"\b(?:sling|cross[- ]?body|messenger|waist|belt bag|bum bag|fanny)\b", re.I)),
    (3, re.compile(r"\b(?:totes?|backpacks?|rucksacks?|laptop|duffel|duffle|travel|shopper|weekender|trolley|"
                   r"luggage|gym bag|carry ?all)\b", re.I)),
)
_USUAL_BULK = 2  # a handbag or a shoulder bag, which the name calls only "bag" or "handbag"

_SMALLER = re.compile(r"\bsmaller\b|\b(?:small|little|tiny|mini)\s+(?:one|bag|clutch)\b|작은\s*(?:걸|거|사이즈|가방|백)|"
                      r"더\s*작|조그만\s*(?:걸|거|가방)|미니\s*(?:백|가방)", re.I)
_BIGGER = re.compile(r"\b(?:bigger|larger|roomier)\b|\b(?:big|large|roomy)\s+(?:one|bag|tote)\b|큰\s*(?:걸|거|가방|사이즈|백)|"
                     r"더\s*큰|넉넉한\s*(?:걸|거|가방)", re.I)


def bag_bulk(item: Item) -> int:
    """0 (in the hand) to 3 (carries a laptop), from the bag's name."""
    return next((bulk for bulk, words in _BULK_WORDS if words.search(item.name)), _USUAL_BULK)


def size_wish(text: str) -> int:
    """-1 for a smaller piece asked for, +1 for a bigger one, 0 for neither."""
    return -1 if _SMALLER.search(text) else 1 if _BIGGER.search(text) else 0


def resized(candidates: list[Item], traded: Item, wish: int) -> list[Item]:
    """The bags smaller (bigger) than the one traded: none when it is already the smallest (biggest) kind."""
    before = bag_bulk(traded)
    return [i for i in candidates if wish * (bag_bulk(i) - before) > 0]
