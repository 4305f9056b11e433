"""Someone else dressed beside the looks on screen ("what should my husband wear", "ok now my husband, match him to
look 2", "남편꺼도 봐주세요"): the person's own looks stay, and the other's are added, each in the colours of the
look it goes with, so the two read as a set without dressing alike. The catalogue holds adults' clothes only: a
child gets a sentence on matching, not looks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import prompts
from chains.extract import Understanding
from chains.feel import TONED_SLOTS, Feel
from chains.looks import joined_labels, new_looks, show_looks
from chains.revise import look_gender
from chains.services import AgentServices
from chains.state import ConversationState, Outfit, Preferences, Reply
from chains.turn import TurnEvents
from domain.vocabulary import NEUTRAL_FAMILIES

MATCHED_AT_MOST = 3  # the first three of the person's looks get one each (a look named gets two)
SHIRT_WHITE = "white"  # a white shirt or tee goes with every palette, and a man's looks lean on one


def offer_partner_looks(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                        heard: Understanding, events: TurnEvents | None = None) -> tuple[Reply, ConversationState]:
    """The person's looks, then the other's beside them: one for each of their first looks, or two for the look
    named; said as pairs. A child, or nothing found, is said in words and the looks stay."""
    lang, shown, wearer = conversation.language, list(conversation.looks), heard.partner or "men"
    # ("match him to look 2", "2번이랑 맞춰서": the look theirs go with)
    named = heard.target_look if heard.target_look and heard.target_look <= len(shown) else None
    if wearer == "child":
        return Reply(child_note(lang, shown[(named or 1) - 1]), "answer"), conversation
    own = [(n, o) for n, o in enumerate(shown, 1) if look_gender(o, prefs) != wearer]
    # (a mother beside her daughter's looks: the same wardrobe, each look a partner all the same)
    own = own or list(enumerate(shown, 1))
    matched = [(named, shown[named - 1])] if named else own[:MATCHED_AT_MOST]
    added: list[Outfit] = []
    pairs: list[tuple[int, int]] = []
    for number, look in matched:
        for outfit in _looks_beside(services, conversation, prefs, heard, wearer, look, added)[:2 if named else 1]:
            added.append(outfit)
            pairs.append((number, len(shown) + len(added)))
    if not added:
        whom = prompts.render(lang, f"partner_whom_{wearer}")
        return Reply(prompts.render(lang, "partner_none", whom=whom), "answer"), conversation
    text = _said(lang, wearer, pairs, named, shown)
    if heard.avoid_kinds:  # "he refuses to wear a tie": none of his looks has one
        kinds = prompts.listed(lang, [prompts.label_variant(lang, "kind", "plural", k) for k in heard.avoid_kinds])
        text += " " + prompts.render(lang, "partner_without", kinds=kinds)
    return show_looks(services, conversation.evolve(couple=True), shown + added, text, events)


def child_note(lang: str, look: Outfit) -> str:
    """The catalogue is adults' only: how a child's clothes can go with the look instead."""
    return prompts.render(lang, "partner_child", colours=joined_labels(lang, "color_family", _colours_of(look)))


def _looks_beside(services: AgentServices, conversation: ConversationState, prefs: Preferences, heard: Understanding,
                  wearer: str, look: Outfit, added: Sequence[Outfit]) -> list[Outfit]:
    """The other's looks for the same occasion and season, in the look's colours (and any said now, "she likes
    navy"); where those few colours give no look, in them and the neutrals."""
    wished = heard.preferences.colors
    theirs = Preferences(gender=wearer, occasion=prefs.occasion, season=prefs.season, style=look.style,
                         colors=wished, avoid_colors=heard.preferences.avoid_colors)
    seen = conversation.shown_ids + tuple(i.id for o in added for i in o.items)
    asked = replace(heard, kinds=(), cut=None, intents=frozenset({"more"}), avoid_kinds=heard.avoid_kinds)
    shared = (*wished, *_colours_of(look), SHIRT_WHITE)
    tries = ((*wished, SHIRT_WHITE),) if wished else ()  # ("she likes navy": navy first)
    # (then any colours: the occasion's own looks for them, where the catalogue has none in these)
    for palette in (*tries, shared, (*shared, *sorted(NEUTRAL_FAMILIES)), ()):
        beside = conversation.evolve(anchor=None, looks=(), feel=Feel(palette=tuple(dict.fromkeys(palette))),
                                     shown_ids=seen, avoid_kinds=tuple(heard.avoid_kinds))
        looks, _brief, _anchor = new_looks(services, beside, theirs, asked, ())
        if found := [o for o in looks if look_gender(o, theirs) == wearer]:
            return found
    return []


def _colours_of(look: Outfit) -> tuple[str, ...]:
    """The colour families of what a look wears (its clothes, not its shoes or bag), in order."""
    return tuple(dict.fromkeys(i.color_family for i in look.items if i.slot in TONED_SLOTS and i.color_family))


def _said(lang: str, wearer: str, pairs: Sequence[tuple[int, int]], named: int | None, shown: Sequence[Outfit]) -> str:
    """"Looks 7 and 8 are for him, in look 2's colours", or "look 7 goes with look 1, look 8 with look 2"."""
    if named:
        colours = joined_labels(lang, "color_family", _colours_of(shown[named - 1]))
        numbers = prompts.listed(lang, [str(theirs) for _, theirs in pairs])
        key = "partner_to_one" if len(pairs) > 1 else "partner_to_one_single"
        return prompts.render(lang, key, whom=prompts.render(lang, f"partner_whom_{wearer}"), numbers=numbers,
                              look=named, colours=colours)
    joined = prompts.listed(lang, [prompts.render(lang, "partner_pair", theirs=t, yours=y) for y, t in pairs])
    return prompts.render(lang, "partner_beside", who=prompts.render(lang, f"partner_who_{wearer}"), pairs=joined)
