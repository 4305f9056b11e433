"""Why the looks are as they are: "why the red bag tho?", "why so much brown?", "왜 이 조합이 어울려요?" are
answered from the looks' own reasons, and change nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

import prompts
from chains.exclusions import is_of_kind, shows_colour
from chains.explain import colour_word, item_phrase, why
from chains.extract import Understanding
from chains.state import Outfit, Preferences
from domain.items import Item
from domain.vocabulary import NEUTRAL_FAMILIES, slot_of

MANY_LOOKS = 3  # past this many looks, each look's reason is said without the pieces it lists
_HANGUL = re.compile(r"[가-힣]")


def asks_why_of_looks(heard: Understanding, looks: Sequence[Outfit]) -> bool:
    """A why about the looks on screen, not a new request ("why not something for a wedding" is no why)."""
    p = heard.preferences
    return heard.asks_why and bool(looks) and not (p.occasion or p.style or p.gender or heard.followups)


def _worn(look: Outfit, heard: Understanding) -> bool:
    """The look wears what the question names: its kind or part and its colour, where said."""
    kinds = heard.kinds or heard.about_kinds
    colours = tuple(c for c in (heard.piece_colour, *heard.preferences.colors) if c)
    return any((not kinds or is_of_kind(item, kinds)) and (not heard.slots or slot_of(item.kind) in heard.slots
                                                          or is_of_kind(item, kinds))
               and (not colours or shows_colour(item, colours)) for item in look.items)


def looks_asked_about(heard: Understanding, looks: Sequence[Outfit]) -> list[int]:
    """The numbers of the looks the why is about: the one named, else those wearing what it names, else all."""
    if heard.target_look and heard.target_look <= len(looks):
        return [heard.target_look]
    if heard.kinds or heard.about_kinds or heard.slots or heard.piece_colour or heard.preferences.colors:
        wearing = [n for n, look in enumerate(looks, 1) if _worn(look, heard)]
        if wearing:
            return wearing
    return list(range(1, len(looks) + 1))


def _reason(look: Outfit, lang: str, prefs: Preferences, short: bool) -> str:
    """A look's reason, in the language spoken now (looks made in another are reasoned again); short, without
    its first sentence, which lists the pieces the boards show."""
    said = look.why
    if (lang == "ko") != bool(_HANGUL.search(said)):
        said = why(look.style, prefs.occasion or "daily", list(look.items), lang, prefs.season)
    if not short:
        return said
    _pieces, _dot, rest = said.partition(". ")
    return rest or said


def _piece_asked_about(look: Outfit, heard: Understanding) -> Item | None:
    kinds = heard.kinds or heard.about_kinds
    if not (kinds or heard.slots):
        return None
    named = [i for i in look.items if kinds and is_of_kind(i, kinds)]  # (the bag named, not the watch of its part)
    return (named or [i for i in look.items if slot_of(i.kind) in heard.slots] or [None])[0]


def _piece_note(look: Outfit, heard: Understanding, lang: str) -> str:
    """What the piece asked about ("why that bag?") does in the look: the colour of another piece it repeats,
    a quiet neutral beside the rest, or the look's one accent."""
    piece = _piece_asked_about(look, heard)
    if piece is None:
        return ""
    echo = next((i for i in look.items if i is not piece and i.color_family == piece.color_family), None)
    if echo is not None:
        return prompts.render(lang, "why_piece_echo", piece=item_phrase(piece, lang), other=item_phrase(echo, lang),
                              colour=colour_word(piece, lang)) + " "
    key = "why_piece_neutral" if piece.color_family in NEUTRAL_FAMILIES else "why_piece_accent"
    return prompts.render(lang, key, piece=item_phrase(piece, lang)) + " "


def why_reply(lang: str, heard: Understanding, looks: Sequence[Outfit], prefs: Preferences) -> str:
    numbers = looks_asked_about(heard, looks)
    if len(numbers) == 1:
        look = looks[numbers[0] - 1]
        return prompts.render(lang, "why_look", number=numbers[0],
                              why=_piece_note(look, heard, lang) + _reason(look, lang, prefs, False))
    short = len(numbers) > MANY_LOOKS
    reasons = " ".join(prompts.render(lang, "why_one_of_looks", number=n, why=_reason(looks[n - 1], lang, prefs, short))
                       for n in numbers)
    return prompts.render(lang, "why_looks", reasons=reasons)
