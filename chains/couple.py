"""Looks for two worn together ("커플룩 추천해줘", "matching outfits for me and my boyfriend"): her look and his
side by side, each pair kept to one small palette so the two read as a set without dressing alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import prompts
from chains.extract import Understanding
from chains.looks import new_looks, show_looks
from chains.recommend import STYLE_PAIRS
from chains.revise import look_gender
from chains.services import AgentServices
from chains.state import ConversationState, Outfit, Preferences, Reply
from chains.turn import TurnEvents
from domain.items import Item

# One palette a pair: a neutral base both wear, and the colour they share ("톤만 맞춰서")
PAIR_PALETTES = (("navy", "white", "beige"), ("black", "grey", "white"), ("brown", "beige", "white"))


def couple_looks(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                 heard: Understanding, wardrobe: Sequence[Item] = ()) -> list[Outfit]:
    """Up to three pairs, hers then his, each in its own palette and in the occasion's styles in turn."""
    styles = (prefs.style,) if prefs.style else STYLE_PAIRS[prefs.occasion or "daily"]
    outfits: list[Outfit] = []
    for number, palette in enumerate(PAIR_PALETTES):
        # (a warm coat of an earlier pair may go over this one too: the catalogue has few, and a look in the cold
        # goes without none)
        shown = conversation.shown_ids + tuple(i.id for o in outfits for i in o.items if i.slot != "outerwear")
        # (the pair's palette sets the colours: a tone said besides, "사진 예쁘게 나오게" read as colourful, would
        # leave no piece in it)
        pair_conversation = conversation.evolve(feel=replace(conversation.feel, palette=palette, tone=None),
                                                shown_ids=shown)
        # ("unisex" asks for both wardrobes, one look each in turn; the looks already made are not made again)
        both = replace(prefs, gender="unisex", style=styles[number % len(styles)], colors=())
        looks, _brief, _anchor = new_looks(services, pair_conversation, both, heard.wanting_more(), wardrobe)
        pair = [next((o for o in looks if look_gender(o, prefs) == wearer), None) for wearer in ("women", "men")]
        if all(pair):
            outfits += pair
    return outfits


def offer_couple_looks(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                       heard: Understanding, events: TurnEvents | None = None,
                       wardrobe: Sequence[Item] = ()) -> tuple[Reply, ConversationState]:
    """The pairs, said as pairs ("looks 1 and 2 go together: hers, then his")."""
    lang = conversation.language
    outfits = couple_looks(services, conversation, prefs, heard, wardrobe)
    if not outfits:
        return Reply(prompts.render(lang, "no_outfits"), "answer"), conversation
    occasion = prompts.label(lang, "occasion", prefs.occasion or "daily")
    pairs = prompts.render(lang, "couple_pairs_join").join(
        prompts.render(lang, "couple_pair", her=n, his=n + 1) for n in range(1, len(outfits), 2))
    key = "couple_intro" if len(outfits) > 2 else "couple_intro_one"
    intro = prompts.render(lang, key, count=len(outfits) // 2, occasion=occasion, pairs=pairs)
    return show_looks(services, conversation.evolve(gender_asked=True), outfits, intro, events)
