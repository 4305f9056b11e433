"""Their own suit, worn whole: "I have a navy suit, just pick the rest", "제 차콜 수트 있는데 그거 입고 나머지만".

The vocabulary has no suit: a suit is a blazer and trousers of one cloth. The jacket is the piece the looks are
built around (the conversation's anchor, marked as a suit's); every look then wears the trousers that come with
it, in place of the catalogue's, so the looks pick only the shirt, shoes, tie and the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from domain.items import Item
from prompts import detect_language

SUIT_MARK = "-suit"  # the end of the id of a suit jacket of theirs (its trousers' id ends so too)
_TROUSERS_WORD = {"ko": " 바지", "en": " trousers"}  # (after the suit's own name: "Navy suit trousers", "차콜 수트 바지")
Plan = TypeVar("Plan")


def as_suit_jacket(jacket: Item) -> Item:
    """The blazer standing in for their suit, marked as a suit's (its trousers go with it in every look)."""
    return jacket if is_suit_jacket(jacket) else replace(jacket, id=jacket.id + SUIT_MARK)


def is_suit_jacket(item: Item | None) -> bool:
    return item is not None and item.kind == "blazer" and item.id.endswith(SUIT_MARK)


def suit_trousers(jacket: Item) -> Item:
    """The trousers of their suit: the jacket's colour and name ("Navy suit trousers", "차콜 수트 바지")."""
    word = _TROUSERS_WORD[detect_language(jacket.name) or "en"]  # (the name is in the conversation's language)
    family = jacket.color_family
    return replace(jacket, id=f"{jacket.id.removesuffix(SUIT_MARK)}-trousers-{family}{SUIT_MARK}",
                   name=jacket.name + word, kind="trousers", slot="bottom")


def in_the_suit(looks: Sequence[tuple[Plan, list[Item]]], anchor: Item | None) -> list[tuple[Plan, list[Item]]]:
    """Every look wears the suit's trousers in place of its own bottom; looks built on a dress or without a
    bottom go (a suit jacket over a dress is not wearing the suit), unless no look has a bottom at all."""
    if not is_suit_jacket(anchor):
        return list(looks)
    trousers = suit_trousers(anchor)
    worn = [(plan, [trousers if i.slot == "bottom" else i for i in items])
            for plan, items in looks if any(i.slot == "bottom" for i in items)]
    return worn or list(looks)
