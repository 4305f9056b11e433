"""Turn looks into words: the reason of each outfit, told from the pieces actually in it (templates).

A reason names the look's own pieces and colours, says why the colours go together (from the worn
pieces only, so it never claims a pairing the look does not show), and why the look suits the
occasion and the season (from the pieces' own formality and warmth).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import prompts
from chains.harmony import harmony
from domain.items import Item
from domain.vocabulary import WORN_SLOTS
from domain.traits import FORMALITY_LEVELS, formality_rank, traits_of

WORN = frozenset(WORN_SLOTS)


def item_phrase(item: Item, lang: str) -> str:
    traits = traits_of(item)  # "shorts", even if filed as trousers; track pants are no slacks
    return prompts.render(
        lang, "item_phrase",
        color=colour_word(item, lang),
        kind=prompts.label_variant(lang, "kind", traits.formality, traits.kind),
    )


NAMED_PIECE = "named-"  # the id's start of a garment a request names, standing in for the person's own


# A pair called by its make ("my black Converse" is not any black sneakers), as the make spells itself
BRAND_WORDS = {"converse": "Converse", "vans": "Vans", "air forces": "Air Forces", "air force 1s": "Air Force 1s",
               "af1s": "AF1s", "jordans": "Jordans", "new balance": "New Balance", "new balances": "New Balances",
               "컨버스": "컨버스", "반스": "반스", "에어포스": "에어포스", "뉴발란스": "뉴발란스", "조던": "조던"}
# Garments the vocabulary files under a broader kind, kept by the word the person said for their own piece
# ("검정 롱패딩 있는데": "your black long padding", not "your black coat")
OWN_KIND_WORDS = frozenset({"hoodie", "후드티", "후드", "후디", "후드 집업", "후드집업", "롱패딩", "패딩", "숏패딩", "패딩 점퍼",
                        "puffer", "puffer jacket", "puffer coat", "long puffer", "down jacket", "parka", "trench",
                        "trench coat", "트렌치코트", "트렌치 코트", "peacoat", "pea coat", "dress shoes", "숄더백",
                        "토트백", "tote bag", "shoulder bag", "suit", "two-piece suit", "정장", "양복", "수트", "슈트"}) \
    | BRAND_WORDS.keys()


def own_word(item: Item) -> str | None:
    """The word the person said for their piece where it says more than its kind ("롱패딩", "trench coat")."""
    word = max((w for w in OWN_KIND_WORDS if item.name.lower().endswith(w)), key=len, default=None)
    return BRAND_WORDS.get(word, word) if word else None


def said_shade(item: Item, lang: str) -> str | None:
    """The shade the person said of a piece they named, which its name starts with ("Camel coat": camel)."""
    if not item.id.startswith(NAMED_PIECE):
        return None
    # (by the word they said for it where it is one: "Beige trench coat" is beige, not "beige trench")
    kind_word = own_word(item) or prompts.label(lang, "kind", item.kind)
    if item.name.lower().endswith(kind_word.lower()) and len(item.name) > len(kind_word):
        return item.name[: -len(kind_word)].strip().lower()
    return None


def colour_word(item: Item, lang: str) -> str:
    """The piece's own colour where it says more than its family ("peach", "teal", "charcoal"; "camel", as the
    person said it), else the family's."""
    if shade := said_shade(item, lang):
        return shade
    try:
        return prompts.label(lang, "shade", (item.color or "").lower())
    except prompts.MissingTemplateError:
        return prompts.label(lang, "color_family", item.color_family)


def _article(phrase: str) -> str:
    """English's a or an before a phrase (the Korean templates have no article)."""
    return "an" if phrase[:1].lower() in "aeiou" else "a"


def style_title(style: str, lang: str) -> str:
    word = prompts.label(lang, "style", style)
    return word[:1].upper() + word[1:]


def _pieces(items: Sequence[Item], lang: str) -> str:
    """"a white shirt and grey trousers under a navy blazer, with black shoes"."""
    by_slot = {i.slot: i for i in items if i.slot in WORN}
    main = [by_slot[s] for s in ("onepiece", "top", "bottom") if s in by_slot]
    text = prompts.render(lang, "pieces_two", a=item_phrase(main[0], lang), b=item_phrase(main[1], lang)) \
        if len(main) == 2 else item_phrase(main[0], lang) if main else ""
    if "outerwear" in by_slot:
        layer = item_phrase(by_slot["outerwear"], lang)
        text = prompts.render(lang, "pieces_layer", main=text, layer=layer, a=_article(layer))
    if "shoes" in by_slot:
        text = prompts.render(lang, "pieces_shoes", main=text, shoes=item_phrase(by_slot["shoes"], lang))
    return text


PAIRING_WORDINGS = 3  # harmony_pairing, harmony_pairing_2, harmony_pairing_3


PROMINENCE = {"top": 0, "onepiece": 0, "bottom": 1, "outerwear": 2, "shoes": 3}  # what the eye meets first


def _harmony_text(items: Sequence[Item], lang: str) -> str:
    worn = sorted((i for i in items if i.slot in WORN), key=lambda i: PROMINENCE.get(i.slot, 4))
    found = harmony([i.color_family for i in worn])
    # (a family worn by one piece is named as that piece is: "one peach accent", not "one orange accent")
    own = {i.color_family: colour_word(i, lang) for i in worn if sum(j.color_family == i.color_family for j in worn) == 1}
    values = {k: own.get(v) or prompts.label(lang, "color_family", v) for k, v in found.values.items()}
    # (six looks of one answer would say one sentence six times: the look's own pieces pick one of its wordings)
    variant = int(hashlib.sha1("|".join(sorted(i.id for i in worn)).encode()).hexdigest(), 16) % PAIRING_WORDINGS \
        if found.reason == "pairing" else 0
    text = prompts.render(lang, f"harmony_{found.reason}" + (f"_{variant + 1}" if variant else ""), **values)
    return text[:1].upper() + text[1:]  # it opens the reason's second sentence


def _fit_text(items: Sequence[Item], occasion: str, season: str | None, lang: str) -> str:
    """Why it suits the occasion (the look's typical formality) and, where it shows, the season."""
    ranks = sorted(formality_rank(traits_of(i).formality) for i in items if i.slot in WORN)
    level = FORMALITY_LEVELS[ranks[len(ranks) // 2]] if ranks else "casual"
    text = prompts.render(lang, f"fit_{level}", occasion=prompts.label(lang, "occasion", occasion))
    if not season:
        return text
    layer = next((i for i in items if i.slot == "outerwear"), None)
    warmths = {traits_of(i).warmth for i in items if i.slot in WORN}
    season_word = prompts.label(lang, "season", season)
    if season in ("fall", "winter") and layer is not None and traits_of(layer).warmth in ("warm", "heavy"):
        return text + prompts.render(lang, "season_layer", layer=item_phrase(layer, lang), season=season_word)
    if season in ("fall", "winter") and layer is not None:  # a blazer or a denim jacket warms nobody
        return text + prompts.render(lang, "season_layer_light", layer=item_phrase(layer, lang), season=season_word)
    if season == "summer" and "light" in warmths:
        return text + prompts.render(lang, "season_light", season=season_word)
    return text


def why(style: str, occasion: str, items: Sequence[Item], lang: str, season: str | None = None) -> str:
    """A specific reason: the style, the look's pieces, the colour logic, and the occasion and season fit."""
    return prompts.render(
        lang, "why",
        style_title=style_title(style, lang),
        occasion=prompts.label(lang, "occasion", occasion),
        pieces=_pieces(items, lang),
        harmony=_harmony_text(items, lang),
        fit=_fit_text(items, occasion, season, lang),
    )
