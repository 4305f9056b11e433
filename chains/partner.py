"""Someone else dressed beside the looks on screen ("what should my husband wear", "ok now my husband, match him to
look 2", "남편꺼도 봐주세요"): the person's own looks stay, and the other's are added, each in the colours of the
look it goes with, so the two read as a set without dressing alike. The catalogue holds adults' clothes only: a
child gets a sentence on matching, not looks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import prompts
from chains.extract import Understanding
from chains.feel import TONED_SLOTS, Feel
from chains.looks import joined_labels, new_looks, show_looks
from chains.review import GROWN_UP_AGE, YOUTHFUL_KINDS, youthful
from chains.revise import look_gender
from chains.services import AgentServices
from chains.state import ConversationState, Outfit, Preferences, Reply
from chains.turn import TurnEvents
from domain.vocabulary import KIND_TO_SLOT, NEUTRAL_FAMILIES

# What is said of their build and their ease ("he has a belly", "남편은 배가 나왔어요", "허리 고무줄 바지 좋아해요",
# "편한 거 좋아해요"): cuts with room, nothing tight, easy pieces
_ROOMY = re.compile(r"배가?\s*(?:좀\s*)?(?:나왔|나온|있어|많이)|뱃살|\b(?:belly|tummy|gut|heavier|stocky|big guy|heavy set|heavyset)\b"
                    r"|고무줄|\belastic", re.IGNORECASE)
_EASY = re.compile(r"편한|편하게|\bcomf(?:y|ortable)\b|\brelaxed\b", re.IGNORECASE)
MATCHED_AT_MOST = 3  # the first three of the person's looks get one each (a look named gets two)
SHIRT_WHITE = "white"  # a white shirt or tee goes with every palette, and a man's looks lean on one


def offer_partner_looks(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                        heard: Understanding, events: TurnEvents | None = None) -> tuple[Reply, ConversationState]:
    """The person's looks, then the other's beside them: one for each of their first looks, or two for the look
    named; said as pairs. A child, or nothing found, is said in words and the looks stay."""
    lang, shown, wearer = conversation.language, list(conversation.looks), heard.partner or "men"
    if conversation.couple and prefs.gender and prefs.gender != wearer and wearer != "child":
        # ("남편은 175에 배가 좀 나왔어요" after his looks: his looks again, for what is said now, in their place)
        shown = [o for o in shown if look_gender(o, prefs) != wearer] or shown
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
        beside = _looks_beside(services, conversation, prefs, heard, wearer, look, added)
        # (a look of theirs already added, found again for the next of hers, is not shown twice)
        fresh = [o for o in beside if not any({i.id for i in o.items} == {i.id for i in a.items} for a in added)]
        for outfit in fresh[:2 if named else 1]:
            added.append(outfit)
            pairs.append((number, len(shown) + len(added)))
    if not added:
        whom = prompts.render(lang, f"partner_whom_{wearer}")
        return Reply(prompts.render(lang, "partner_none", whom=whom), "answer"), conversation
    text = _said(lang, wearer, pairs, named, shown)
    if heard.partner_style:  # ("make his more casual": said first what changed, and that theirs alone did)
        text = prompts.render(lang, "partner_restyled", whom=prompts.render(lang, f"partner_whom_{wearer}"),
                              style=prompts.label(lang, "style", heard.partner_style)) + " " + text
    if heard.avoid_kinds:  # "he refuses to wear a tie": none of his looks has one
        kinds = prompts.listed(lang, [prompts.label_variant(lang, "kind", "plural", k) for k in heard.avoid_kinds])
        text += " " + prompts.render(lang, "partner_without", kinds=kinds)
    # (his looks beside hers are a couple's from now on; a mother's beside her daughter's are not: no his-and-hers
    # pairs for them later)
    couple = conversation.couple or wearer != prefs.gender
    return show_looks(services, conversation.evolve(couple=couple), shown + added, text, events)


def picks_by_wearer(looks: Sequence[Outfit], gender: str | None, heard: Understanding) -> list[int]:
    """The looks picked, each on screen: "2 for me, 1 for her" beside his looks and hers is his look 2 and her
    first, where look 1 is his own; a number that is already one of theirs stays."""
    theirs = heard.picked_for_them
    mine = list(heard.looks_named[:len(heard.looks_named) - len(theirs)]) if theirs else list(heard.looks_named)
    others = [n for n, o in enumerate(looks, 1) if gender and look_gender(o, Preferences(gender=gender)) != gender]
    picked = mine + [others[n - 1] if others and n not in others and n <= len(others) else n for n in theirs]
    return [n for n in picked if 0 < n <= len(looks)]


def child_note(lang: str, look: Outfit) -> str:
    """The catalogue is adults' only: how a child's clothes can go with the look instead."""
    return prompts.render(lang, "partner_child", colours=joined_labels(lang, "color_family", _colours_of(look)))


def _looks_beside(services: AgentServices, conversation: ConversationState, prefs: Preferences, heard: Understanding,
                  wearer: str, look: Outfit, added: Sequence[Outfit]) -> list[Outfit]:
    """The other's looks for the same occasion and season, in the look's colours (and any said now, "she likes
    navy"); where those few colours give no look, in them and the neutrals."""
    wished = heard.preferences.colors
    # ("only wears formal shirts and trousers": those pieces)
    garments = tuple(k for k in heard.kinds if KIND_TO_SLOT.get(k) in ("top", "bottom", "onepiece", "outerwear", "shoes"))
    theirs = Preferences(gender=wearer, occasion=prefs.occasion, season=prefs.season, style=heard.partner_style or look.style,
                         colors=wished, avoid_colors=heard.preferences.avoid_colors, kinds=garments)
    seen = conversation.shown_ids + tuple(i.id for o in added for i in o.items)
    grown = bool(heard.partner_age and heard.partner_age >= GROWN_UP_AGE)
    ruled_out = _ruled_out_for_them(heard, grown)
    asked = replace(heard, kinds=(), cut=None, intents=frozenset({"more"}), avoid_kinds=ruled_out)
    shared = (*wished, *_colours_of(look), SHIRT_WHITE)
    tries = ((*wished, SHIRT_WHITE),) if wished else ()  # ("she likes navy": navy first)
    # (then any colours: the occasion's own looks for them, where the catalogue has none in these)
    theirs_only: list[Outfit] = []
    for palette in (*tries, shared, (*shared, *sorted(NEUTRAL_FAMILIES)), ()):
        beside = conversation.evolve(anchor=None, looks=(), feel=_their_feel(heard, palette),
                                     shown_ids=seen, avoid_kinds=ruled_out)
        looks, _brief, _anchor = new_looks(services, beside, theirs, asked, ())
        theirs_only = theirs_only or [o for o in looks if look_gender(o, theirs) == wearer]
        if found := [o for o in theirs_only if not (grown and youthful(o))]:
            return found
    if not theirs_only and garments:
        # ("he lives in polo shirts": his habit, not a rule; where no look in those pieces goes beside hers, any)
        return _looks_beside(services, conversation, prefs, replace(heard, kinds=()), wearer, look, added)
    # (a grown-up's looks where only a print or a young cut was to be had: those, rather than none; the pieces
    # that read young whole, leggings and sweatshirts, stay out all the same)
    return theirs_only


def _ruled_out_for_them(heard: Understanding, grown: bool) -> tuple[str, ...]:
    """What they refuse ("he refuses to wear a tie"), and for a grown-up ("엄마 옷도 봐주세요 50대 중반이고") the
    pieces that read young: no leggings, sweatshirts or tank tops."""
    return tuple(dict.fromkeys((*heard.avoid_kinds, *(sorted(YOUTHFUL_KINDS) if grown else ()))))


def _their_feel(heard: Understanding, palette: Sequence[str]) -> Feel:
    """Their looks in the palette tried, with room where their build is said ("배가 좀 나왔어요", "허리 고무줄 바지")
    and easy pieces where ease is ("편한 거 좋아해요")."""
    roomy = heard.partner_build == "full" or bool(_ROOMY.search(heard.text))
    easy = heard.feel.comfort or roomy or bool(_EASY.search(heard.text))
    return Feel(palette=tuple(dict.fromkeys(palette)), relaxed=roomy, comfort=easy)


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
