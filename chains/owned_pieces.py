"""The pieces a person says they have, remembered for the conversation: "검정 코트랑 회색 니트 있는데" and then
"그럼 3번에 내 코트 입을게" is their black coat, as if its colour were said again."""

from __future__ import annotations

from dataclasses import replace

from chains.extract import Understanding
from domain.vocabulary import slot_of


def said_owned(heard: Understanding) -> tuple[str, ...]:
    """The pieces this message says are theirs, as "kind:colour:word" (every piece with its colour, where it names
    several: "a black coat and a grey knit"; the word the colour was said with, "camel", where there was one)."""
    if not heard.owns_named:
        return ()
    pins = heard.preferences.piece_colours
    if not pins and heard.kinds and heard.piece_colour:
        pins = (f"{heard.kinds[0]}:{heard.piece_colour}",)
    return tuple(f"{pin}:{heard.said_colour(pin.split(':')[1]) or ''}" for pin in pins if ":" in pin)


def remembered_piece(heard: Understanding, owned: tuple[str, ...]) -> Understanding:
    """"My coat", "내 코트" with no colour: the one of that kind they said they have (the latest said), or the
    one they have for that part of a look ("my jacket" of a coat said before); unchanged where none was said."""
    if not heard.mine_said or heard.owns_named or heard.piece_colour or not heard.kinds:
        return heard
    kind = heard.kinds[0]
    pins = [(*pin.split(":")[:3], "")[:3] for pin in reversed(owned)]
    pin = next((p for p in pins if p[0] == kind), None) \
        or next((p for p in pins if slot_of(p[0]) is not None and slot_of(p[0]) == slot_of(kind)), None)
    if pin is None:
        return heard
    _, colour, word = pin
    p = heard.preferences
    # (the word it was said with comes too: "my coat" of "a camel coat" is the camel coat, not a brown one)
    return replace(heard, owns_named=True, piece_colour=colour, preferences=replace(
        p, colors=(colour, *(c for c in p.colors if c != colour)),
        shades=(*p.shades, f"{colour}:{word}") if word else p.shades))
