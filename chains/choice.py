"""A choice between two pieces for one place ("white sneakers or brown boots?", "black jeans or chinos?",
"skirt or dress for the wedding?"): the one the occasion's dress code allows, then the one the season
favours, then the one nearer how dressed the occasion is, and why (pure)."""

from __future__ import annotations

import re

import prompts
from chains.dress_code import CASUAL_RANK, DressCode, dress_code
from chains.extract import Understanding
from domain.items import Item
from domain.vocabulary import KIND_TO_SLOT
from domain.traits import KIND_DRESSINESS


def chosen(heard: Understanding, season: str, before: str | None) -> tuple[Item, Item]:
    """The piece picked and the one passed over, of the two the question names."""
    code = dress_code(heard.preferences.occasion or before or "daily", season)
    kinds = list(dict.fromkeys(heard.kinds))[:2]
    if len(kinds) < 2 and len(heard.shoe_cuts) >= 2:  # "loafers or oxfords?": two cuts of shoe
        pieces = [_said_cut(cut) for cut in heard.shoe_cuts[:2]]
    else:
        colours = list(heard.preferences.colors) if len(heard.preferences.colors) == len(kinds) else [None] * len(kinds)
        pieces = [_said_piece(k, c) for k, c in zip(kinds, colours)]
    pick, other = sorted(pieces, key=lambda p: _fitness(p, code, season), reverse=True)
    return pick, other


# "can I wear my boat shoes or are sneakers better on deck?": shoes made for the place they are asked about
_DECK_SHOES = re.compile(r"\b(?:boat|deck) shoes\b|보트\s*슈즈", re.IGNORECASE)
_ON_A_BOAT = re.compile(r"\b(?:on deck|the deck|boat|sail\w*|yacht|catamaran)\b|요트|배\s*위|갑판", re.IGNORECASE)
# "do I need ski pants or can I get away with jeans?": on the slopes, what keeps the snow out wins
_SNOW_PANTS = re.compile(r"\b(?:ski|snow|snowboard)\s*(?:pants|trousers|bibs)\b|스키\s*(?:바지|복)|보드\s*(?:바지|복)",
                         re.IGNORECASE)


def choice_answer(lang: str, heard: Understanding, season: str, before: str | None) -> str:
    """"White sneakers or brown boots?": the one the occasion's dress code and the season favour, and why."""
    if _DECK_SHOES.search(heard.text) and _ON_A_BOAT.search(_DECK_SHOES.sub(" ", heard.text)):
        return prompts.render(lang, "choice_deck_shoes")  # (made for a wet deck: they win on a boat)
    if heard.slopes and _SNOW_PANTS.search(heard.text):
        return prompts.render(lang, "choice_snow_pants")  # (jeans soak through and freeze: the lodge's, not the slope's)
    occasion = heard.preferences.occasion or before or "daily"
    code = dress_code(occasion, season)
    pick, other = chosen(heard, season, before)
    if _allowed(pick, code) and not _allowed(other, code):
        why = "choice_why_refused"
    elif _seasonal(pick, season) > _seasonal(other, season):
        why = "choice_why_season"
    else:
        why = "choice_why_dress"
    return prompts.render(lang, "choice_pick", pick=_named(lang, pick), other=_named(lang, other),
                          occasion=prompts.label(lang, "occasion", occasion), season=prompts.label(lang, "season", season),
                          why=prompts.render(lang, why, other=_named(lang, other),
                                             season=prompts.label(lang, "season", season)))


def _said_piece(kind: str, colour: str | None) -> Item:
    return Item(id="said", name=f"{colour or ''} {kind}".strip(), kind=kind, slot=KIND_TO_SLOT[kind],
                color=colour.title() if colour else None, color_family=colour or "black", gender="unisex")


# How dressed each cut of shoe reads: an oxford is the most formal lace-up, a loafer the easiest of them
CUT_DRESSINESS = {"oxford": 3.0, "derby": 2.5, "pump": 2.5, "brogue": 2.0, "loafer": 1.5}


def _said_cut(cut: str) -> Item:
    return Item(id="said", name=cut, kind="shoes", slot="shoes", color=None, color_family="black", gender="unisex")


def _fitness(piece: Item, code: DressCode, season: str) -> float:
    """Allowed first, then the season, then how dressy the kind (or the cut) reads against the occasion's aim
    (the dressier where it aims above casual, the easier where it aims at casual)."""
    dressy = CUT_DRESSINESS.get(piece.name) or {"dress": 3, "jumpsuit": 2}.get(piece.kind, KIND_DRESSINESS.get(piece.kind, 1))
    return 10 * _allowed(piece, code) + 2 * _seasonal(piece, season) + (dressy if code.target > CASUAL_RANK else -dressy)


def _allowed(piece: Item, code: DressCode) -> bool:
    return piece.kind not in code.exclude_kinds or piece.kind in code.fine_if_asked


def _seasonal(piece: Item, season: str) -> int:
    cold = season in ("fall", "winter")
    return {("boots", True): 1, ("boots", False): -1 if season == "summer" else 0, ("sandals", True): -3,
            ("sandals", False): 1 if season == "summer" else 0}.get((piece.kind, cold), 0)


def _named(lang: str, piece: Item) -> str:
    if piece.name in CUT_DRESSINESS:  # a cut of shoe said ("loafers")
        return prompts.label(lang, "cut", piece.name)
    pair = piece.slot == "shoes" or piece.kind in ("jeans", "trousers", "shorts", "leggings")
    kind = prompts.label_variant(lang, "kind", "plural", piece.kind) if pair else prompts.label(lang, "kind", piece.kind)
    return " ".join(([prompts.label(lang, "color_family", piece.color_family)] if piece.color else []) + [kind])
