"""A day in two parts ("a panel talk, then parties after", "점심에 조문 가고 저녁에 데이트"): looks for each part, or,
where there is no changing in between, looks for the stricter part and how to carry them into the other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import prompts
from chains.dress_code import dress_code
from chains.extract import Understanding
from chains.looks import new_looks, offer_looks, show_looks
from chains.parts_shown import parts_on_screen
from chains.recommend import GENDERED_STYLE, STYLE_PAIRS
from chains.services import AgentServices
from chains.state import ConversationState, Outfit, Preferences, Reply
from chains.turn import TurnEvents
from domain.items import Item

# A mourning dress code: once the tie is off, a charcoal or navy suit reads less sombre than a black one
MOURNING = frozenset({"funeral", "funeral_white"})
# Parts dressed as for the office: the work bag and the tie are theirs to leave behind for the evening
OFFICE_PARTS = frozenset({"work", "formal_office", "interview", "casual_interview", "school_meeting", "work_dinner"})


def part_style(prefs: Preferences, occasion: str) -> str:
    """One direction per part: the one said, else the occasion's first, cut for the wearer (a part that never
    dresses down, a funeral, keeps its own under "캐주얼로")."""
    said = prefs.style if not dress_code(occasion, "spring").stays_formal else None
    style = said or STYLE_PAIRS.get(occasion, ("casual",))[0]
    return GENDERED_STYLE.get(prefs.gender or "", {}).get(style, style)


def dressed_for(first: str, later: str, season: str) -> tuple[str, str, str]:
    """The part one set of looks is dressed for (the one whose code asks more; the first where they ask as much, the
    day starts in it), the other part, and the step between them: "down" where the looks dress down for an easier
    part after, "lift" where they lift for an evening as dressy, "up" where an easier part comes first."""
    first_code, later_code = dress_code(first, season).target, dress_code(later, season).target
    if later_code > first_code:
        return later, first, "up"
    return first, later, "down" if first_code > later_code else "lift"


def offer_day_parts(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                    heard: Understanding, season: str, events: TurnEvents | None = None,
                    wardrobe: Sequence[Item] = ()) -> tuple[Reply, ConversationState, Preferences]:
    """The looks for both parts of the day, and the wishes they leave standing (the part dressed for)."""
    first, later = prefs.occasion or "daily", heard.then_occasion or "daily"
    if heard.no_change_between:
        return _one_set_for_both(services, conversation, prefs, heard, season, events, wardrobe)
    lang = conversation.language
    later_prefs = replace(prefs, occasion=later, style=part_style(prefs, later))
    theirs, _, _ = new_looks(services, conversation, later_prefs, heard, wardrobe)
    theirs = [replace(o, occasion=later) for o in theirs]
    first_prefs = replace(prefs, style=part_style(prefs, first))
    reply, conversation = offer_looks(services, conversation, first_prefs, heard, events, wardrobe,
                                      then=(theirs, lambda start: _later_looks_said(lang, later, theirs, start)))
    return reply, conversation, prefs


def _later_looks_said(lang: str, occasion: str, looks: Sequence[Outfit], start: int) -> str:
    if not looks:  # (nothing in the catalogue for the later part: said, not left out in silence)
        return " " + prompts.render(lang, "day_part_none", occasion=prompts.label(lang, "occasion", occasion))
    key = "day_part_look" if len(looks) == 1 else "day_part_looks"
    return " " + prompts.render(lang, key, first=start, last=start + len(looks) - 1, count=len(looks),
                                style=prompts.label(lang, "style", looks[0].style),
                                occasion=prompts.label(lang, "occasion", occasion))


def _one_set_for_both(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                      heard: Understanding, season: str, events: TurnEvents | None,
                      wardrobe: Sequence[Item]) -> tuple[Reply, ConversationState, Preferences]:
    dressed, other, step = dressed_for(prefs.occasion or "daily", heard.then_occasion or "daily", season)
    prefs = replace(prefs, occasion=dressed)
    reply, conversation = offer_looks(services, conversation, prefs, heard, events, wardrobe)
    if reply.outfits:
        reply = replace(reply, text=f"{reply.text} {carried_into(conversation.language, dressed, other, prefs.gender, step)}")
    return reply, conversation, prefs


def carried_into(lang: str, dressed: str, other: str, gender: str | None, step: str) -> str:
    """How looks dressed for one part of the day carry into the other: what comes off for an easier part after it
    ("down"), what lifts them for an evening as dressy ("lift"), what stays off for an easier part before ("up")."""
    label = lambda occasion: prompts.label(lang, "occasion", occasion)  # noqa: E731
    # ("the stricter of the two" only where it is: a museum and a dinner ask as much)
    key = "day_parts_one_set_even" if step == "lift" else "day_parts_one_set"
    said = prompts.render(lang, key, dressed=label(dressed), other=label(other))
    wearer = "men" if gender == "men" else "women"
    if step == "up":
        return f"{said} {prompts.render(lang, 'day_part_up', other=label(other), dressed=label(dressed))}"
    if step == "lift" and dressed not in OFFICE_PARTS:  # (no work bag or tie to leave behind after a museum)
        step = "lift_evening"
    said += " " + prompts.render(lang, f"day_part_{step}_{wearer}", other=label(other))
    if step == "down" and dressed in MOURNING and wearer == "men":
        said += " " + prompts.render(lang, "day_part_after_mourning")
    return said


def offer_later_part(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                     before: str | None, heard: Understanding, events: TurnEvents | None = None,
                     wardrobe: Sequence[Item] = ()) -> tuple[Reply, ConversationState]:
    """"And for the parties after?" beside looks for the day: those stay, tagged with their part, and the later
    part's are added after them."""
    lang = conversation.language
    occasion = prefs.occasion or "daily"
    theirs, _, _ = new_looks(services, conversation, replace(prefs, style=part_style(prefs, occasion)),
                             replace(heard, intents=heard.intents | {"more"}), wardrobe)
    theirs = [replace(o, occasion=occasion) for o in theirs[:heard.count or (3 if heard.part_asked else 1)]]
    shown = [o if o.occasion else replace(o, occasion=before) for o in conversation.looks]
    if not theirs:
        return show_looks(services, conversation, shown, prompts.render(
            lang, "day_part_none", occasion=prompts.label(lang, "occasion", occasion)), events)
    kept = "day_part_kept_one" if len(shown) == 1 else "day_part_kept"
    said = prompts.render(lang, kept, count=len(shown)) + _later_looks_said(lang, occasion, theirs, len(shown) + 1)
    return show_looks(services, conversation, shown + theirs, said, events)


def one_set_of_the_parts(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                         season: str, events: TurnEvents | None = None) -> tuple[Reply, ConversationState, Preferences]:
    """The looks of the stricter part kept, the other part's taken away, and how to carry them into it."""
    dressed, other, step = dressed_for(*parts_on_screen(conversation.looks)[:2], season)
    kept = [o for o in conversation.looks if o.occasion == dressed]
    said = carried_into(conversation.language, dressed, other, prefs.gender, step)
    reply, conversation = show_looks(services, conversation, [replace(o, occasion=None) for o in kept], said, events)
    return reply, conversation, replace(prefs, occasion=dressed)
