"""The pieces a person says they have, remembered for the conversation: "검정 코트랑 회색 니트 있는데" and then
"그럼 3번에 내 코트 입을게" is their black coat, as if its colour were said again."""

from __future__ import annotations

from dataclasses import replace

import re
from collections.abc import Sequence

from chains.extract import Understanding
from chains.state import Outfit
from domain.vocabulary import slot_of

# "I have a black coat, should I get brown or tan boots?": the boots are to buy, only the coat is theirs
_TO_BUY = re.compile(r"\b(?:get|buy|order|should i)\b|살까|사야|살지|사면|구매")


def said_owned(heard: Understanding) -> tuple[str, ...]:
    """The pieces this message says are theirs, as "kind:colour:word" (every piece with its colour, where it names
    several: "a black coat and a grey knit"; the word the colour was said with, "camel", where there was one)."""
    if not heard.owns_named:
        return ()
    pins = heard.preferences.piece_colours
    if not pins and heard.kinds and heard.piece_colour:
        pins = (f"{heard.kinds[0]}:{heard.piece_colour}",)
    if _TO_BUY.search(heard.text.lower()):
        pins = pins[:1]
    return tuple(f"{pin}:{heard.said_colour(pin.split(':')[1]) or ''}" for pin in pins if ":" in pin)


def remembered_piece(heard: Understanding, owned: tuple[str, ...], looks: Sequence[Outfit] = ()) -> Understanding:
    """"My coat", "내 코트" with no colour: the one of that kind they said they have (the latest said), or the
    one they have for that part of a look ("my jacket" of a coat said before: their coat); unchanged where none
    was said. "그 가디건" is theirs only where the look named wears no catalogue piece of that kind ("is that jacket
    in look 2 warm enough?" is look 2's jacket)."""
    if not (heard.mine_said or heard.that_said and not _worn_on_the_look(heard, looks)
            or _the_one_they_have(heard, owned, looks)) or heard.owns_named or heard.piece_colour or not heard.kinds:
        return heard
    kind = heard.kinds[0]
    pins = [(*pin.split(":")[:3], "")[:3] for pin in reversed(owned)]
    pin = next((p for p in pins if p[0] == kind), None) \
        or next((p for p in pins if slot_of(p[0]) is not None and slot_of(p[0]) == slot_of(kind)), None)
    if pin is None:
        return heard
    theirs, colour, word = pin
    p = heard.preferences
    kinds = (theirs, *heard.kinds[1:])
    # (the word it was said with comes too: "my coat" of "a camel coat" is the camel coat, not a brown one)
    return replace(heard, owns_named=True, piece_colour=colour, kinds=kinds,
                   about_kinds=(theirs, *heard.about_kinds[1:]) if heard.about_kinds else heard.about_kinds,
                   preferences=replace(p, colors=(colour, *(c for c in p.colors if c != colour)),
                                       kinds=(theirs, *(k for k in p.kinds if k != kind)),
                                       shades=(*p.shades, f"{colour}:{word}") if word else p.shades))


def _the_one_they_have(heard: Understanding, owned: tuple[str, ...], looks: Sequence[Outfit]) -> bool:
    """"look 1 with the hoodie!!" after "I have a grey hoodie I love": the one of that very kind they said is
    theirs, named with "the", where the look wears none of that kind and no other look is named ("the blazer from
    look 2" is look 2's)."""
    word = heard.said_kind(heard.kinds[0]) if heard.kinds else None
    if not word or not re.search(rf"\bthe\s+{re.escape(word)}", heard.text.lower()) or len(heard.looks_named) > 1:
        return False
    number, kind = heard.target_look or 0, heard.kinds[0]
    if 0 < number <= len(looks) and any(i.kind == kind for i in looks[number - 1].items):
        return False
    return any(pin.split(":")[0] == kind for pin in owned)


def _worn_on_the_look(heard: Understanding, looks: Sequence[Outfit]) -> bool:
    number = heard.target_look or 0
    if not (heard.kinds and 0 < number <= len(looks)):
        return False
    return any(i.source == "catalog" and slot_of(i.kind) == slot_of(heard.kinds[0]) for i in looks[number - 1].items)
