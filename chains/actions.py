"""What the agent does once it has decided: read a photo, ask, or recommend looks (with lookbooks)."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from langgraph.runtime import Runtime

import prompts
from chains.dress_code import dress_code
from chains.exclusions import is_of_kind
from chains.explain import why
from chains.extract import (ALL_LOOKS, Understanding, colour_said_of, find_terms, is_bare_count, names_two_sizes,
                            picks_a_look, says_a_pick, season_only_felt, WEARING_NOW)
from chains.colour_advice import colour_advice
from chains.colour_choice import asks_colour_on_look, colour_choice, colour_verdict, part_weighed, weighs_colours
from chains.capsule import capsule_from
from chains.choice import chosen
from chains.couple import offer_couple_looks
from chains.day_parts import offer_day_parts, offer_later_part, one_set_of_the_parts
from chains.parts_shown import keeps_one_set, parts_on_screen
from chains.own_suit import as_suit_jacket, is_suit_jacket
from chains.climate import Place, climate_note, place_by_key, season_named, season_to_dress_for
from chains.partner import child_note, offer_partner_looks, picks_by_wearer
from chains.finishing import FINISHING_KINDS, FINISHING_SLOTS, Touch, finishing, slot_intro, worn_in_slot
from chains.followups import change_looks, photo_on_look
from chains.lexicon import EVENT_BRIEFS, FABRIC_TERMS, SUIT_TERMS
from chains.looks import (around_named_piece, assumed_wearer, coat_to_add, conversation_brief, feel_notes,
                          knee_length_note, likely_wearer_of, named_missing, named_piece, no_coat_note, no_gown_note,
                          no_suit_needed, offer_looks,
                          render_lookbooks, season_of,
                          show_looks, stand_in_note, taste_features, wearer_note, weather_notes)
from chains.recommend import GENDERED_STYLE, STYLE_PAIRS, recommend_looks
from chains.review import (PHOTOS_SAID, asked_occasion, asks_about_age, compare_looks, outdoors_of_looks,
                           photographed_looks, piece_darkness,
                           colour_beside, property_answer, seated_on_the_floor,
                           review_look, weather_of_looks, piece_beside)
from chains.router import ASKED, asks_if_piece_dark, asks_without_changing, colour_of_a_worn_piece, puts_photo_on_look, recalls_looks, says_something, shows_a_look_again
from chains.services import AgentServices
from chains.shoe_sizes import converted, said_shoe_size, size_text
from chains.sizes import (BUILD_WEIGHT, SizeSuggestion, letter_sizes, next_size_of, usual_weight, shirt_size_for_neck, size_for_chest, size_for_waist, size_phrase, sizes_up,
                          steps_between, steps_from, suggest_sizes, top_label)
from chains.pieces_paired import paired_answer, pieces_paired
from chains.stands_out import loud_answer, loud_piece_asked
from chains.state import ConversationState, Outfit, Preferences, Reply
from chains.taste import best_brands, vector
from chains.turn import TurnContext, TurnEvents, TurnState
from chains.verdicts import suit_colour, verdict
from chains.why_asked import asks_why_of_looks, why_reply
from domain.colors import family_colour_name, family_hex
from domain.items import GarmentAnalysis, Item
from domain.vocabulary import GARMENT_SLOTS, KIND_TO_SLOT, KINDS_BY_SLOT, NEUTRAL_FAMILIES, WEARER_OF_KIND, slot_of
from retrieval.trends import Rising, SeasonTrend, season_trend

log = logging.getLogger(__name__)


# "my olive cargo pants", "트렌치코트 있는데": a garment of their own
_OWN_PIECE_SAID = re.compile(r"\bmy\b|있는데|있어서|있어요|있음|샀는데|가지고\s*있|갖고\s*있")
NEXT_SIZE = {"XS": "S", "S": "M", "M": "L", "L": "XL", "XL": "XXL"}
# A build that shirts must fit first: the larger size, the waist taken in (never the other way round)
_BROAD_BUILD = re.compile(r"broad(?:er)? shoulders?|wide shoulders?|big shoulders?|broad chest|big chest|athletic build|"
                          r"muscular|bodybuilder|lift weights|어깨가? (?:넓|넙|큰|커)|어깨 넓|가슴이? (?:넓|커)|근육|운동을? 많이",
                          re.IGNORECASE)


def _anchor_item(garment: GarmentAnalysis, kind: str | None, stored: str, prefs: Preferences, lang: str,
                 pattern: str | None = None) -> Item:
    """The photographed garment as a piece of the looks, named with the pattern the person said it has."""
    colour = prompts.label(lang, "color_family", garment.color_family)
    if pattern:  # ("your grey striped dress")
        colour = f"{colour} {prompts.label(lang, 'pattern', pattern)}"
    name = (prompts.render(lang, "your_item", color=colour, kind=prompts.label(lang, "kind", kind)) if kind
            else prompts.render(lang, "your_garment", color=colour))
    digest = hashlib.sha1(stored.encode()).hexdigest()[:12]
    return Item(id=f"upload-{digest}", name=name, kind=kind or "", slot=slot_of(kind) or "", color=garment.color,
                color_family=garment.color_family, gender=prefs.gender or "unisex", image=stored, source="upload",
                pattern="printed" if pattern else None)


NOT_ONE_GARMENT = "not one garment"  # a photo_error that is not a fault: the picture shows something else


def read_photo(services: AgentServices, path: str, heard: Understanding, conversation: ConversationState,
               prefs: Preferences) -> tuple[GarmentAnalysis | None, str | None, ConversationState]:
    """Analyse and keep the upload; the garment becomes the anchor of the next looks."""
    from domain.photos import PhotoError

    try:
        garment = services.analyze_photo(path)
        if services.is_one_garment is not None and not services.is_one_garment(path):
            return None, NOT_ONE_GARMENT, conversation  # the looks on screen and the anchor stay
        stored = services.keep_upload(path)
    except PhotoError as error:  # said in the person's language
        return None, prompts.render(conversation.language, f"photo_{error.reason}", name=error.name), conversation
    confident = garment.kind if garment.confidence >= services.kind_confidence_threshold else None
    # what the person says the garment is beats the model's reading, on screen too ("what trousers go
    # with these shoes?" says nothing about the photo: it asks for trousers)
    # ("what shoes and bag would go?" with the photo asks for a bag beside it: it names no photo)
    asked_for = heard.asks_which and heard.question != "pairing" and not heard.photo_kind
    # ("딸 웨딩드레스 투어… 이 트위드 재킷": the piece pointed at is the photo's, whatever else is named first)
    said = ((heard.photo_kind,) if heard.photo_kind else ()) or (() if asked_for else heard.about_kinds[:1])
    if not said and garment.kind and _POINTED_SHOES.search(heard.text) and slot_of(garment.kind) != "shoes":
        # "이 신발 신어도 돼요?" of a pair read as shorts: shoes, the model's likeliest pair
        said = (next((g.kind for g in garment.alternatives if slot_of(g.kind) == "shoes"), "shoes"),)
    if not said and heard.photo_slot:  # "this yellow cropped top", read unsure or as a jacket: the model's likeliest top
        guesses = [garment.kind or "", *(g.kind for g in garment.alternatives)]
        said = (next((k for k in guesses if slot_of(k) == heard.photo_slot), KINDS_BY_SLOT[heard.photo_slot][0]),)
    if not said and garment.kind and _asks_for_what_it_is(heard, garment.kind):
        # "what bottoms would go with this?" of a photo read as a dress: it is a top (its next guess), or ask
        garment = replace(garment, kind=next((g.kind for g in garment.alternatives
                                              if not _asks_for_what_it_is(heard, g.kind)), None))
        confident = garment.kind
    kind = said[0] if said else confident
    garment = replace(garment, path=stored, kind=said[0] if said else garment.kind)
    anchor = _anchor_item(garment, kind, stored, prefs, conversation.language, heard.photo_pattern)
    options = tuple(g.kind for g in garment.alternatives[:3])
    return garment, None, conversation.evolve(anchor=anchor, anchor_kind_options=options, questions_in_row=0)


# "이 신발", "these shoes", "신어도 돼?": the photo is of shoes, whatever the model read
_POINTED_SHOES = re.compile(r"(?:이|요|저)\s*신발|\b(?:these|this|my)\s+(?:shoes|footwear)\b|(?:이거|이걸|요거)\s*신어도",
                            re.IGNORECASE)


_POINTS_AT_ITS_SLOT = re.compile(r"(?:이|요|저)\s*(?:신발|가방|바지|치마|상의|하의|자켓|재킷|코트)|"
                                 r"\b(?:this|these|my)\s+(?:shoes|bag|pants|trousers|skirt|top|jacket|coat)\b",
                                 re.IGNORECASE)


def _asks_for_what_it_is(heard: Understanding, kind: str) -> bool:
    """Whether the message asks for pieces of the photo's own slot to go with it ("what bottoms go with
    this?" of trousers, "what shoes and bag would go?" of a bag), or for tops or bottoms beside a dress:
    then the photo is not that."""
    if not (heard.question == "pairing" or heard.asks_which) or _POINTS_AT_ITS_SLOT.search(heard.text):
        return False  # ("이 신발 신어도 돼요?" names the photo's own slot: it is shoes)
    slot, asked = slot_of(kind), set(heard.slots)
    if slot == "accessory":  # ("what bag would go?" of a watch: a bag is no watch)
        return kind in heard.kinds
    return slot in asked or (slot == "onepiece" and bool(asked & {"top", "bottom"}))


def name_anchor(conversation: ConversationState, kind: str) -> ConversationState:
    """The user told us what the photographed garment is ("it's a dress")."""
    return _corrected_anchor(conversation, kind=kind)


_ASKS_FOR_A_PIECE = re.compile(r"\b(?:need|want|looking for|find me|show me)\b|추천|찾아|필요")


def own_piece_named(conversation: ConversationState, heard: Understanding) -> tuple[ConversationState, Understanding]:
    """"Something easy with my grey wide-leg trousers": their own piece, built around as if photographed (a
    swatch of its colour stands in on the boards), and no wish for another of it besides."""
    p, colour = heard.preferences, heard.piece_colour
    lang = conversation.language
    colour_said = heard.said_colour(colour)
    said = colour_said or prompts.label(lang, "color_family", colour)
    if heard.material and not colour_said:  # "your tweed jacket": no colour said, its usual one on the swatch
        said = prompts.label(lang, "material", heard.material)
    elif heard.material and lang == "en":
        said = f"{said} {heard.material}"  # "your black leather jacket"
    suit_word = find_terms(heard.text.lower(), SUIT_TERMS)[0] if heard.owns_suit else []
    said_kind = heard.text[suit_word[0].start:suit_word[0].end].lower() if suit_word else \
        heard.said_kind(p.kinds[0]) if p.kinds else None
    piece = named_piece(lang, replace(p, kinds=p.kinds[:1], colors=(colour,)), said, heard.cut, said_kind)
    piece = as_suit_jacket(piece) if suit_word else piece  # ("i have a navy suit": its trousers come with it)
    rest = replace(p, kinds=p.kinds[1:], colors=tuple(c for c in p.colors if c != colour))
    if WEARING_NOW.search(heard.text.lower()) and not _ASKS_FOR_A_PIECE.search(heard.text.lower()):
        # ("지금 입은 건 네이비 슬랙스에 하늘색 셔츠": the shirt is on them; "i'm wearing navy chinos, need a white shirt" asks)
        rest = replace(rest, kinds=(), colors=(), piece_colours=())  # (no wish for another: built on the slacks)
    # (its slot goes too: "build the looks around that?" of their coat asks no coat)
    slots = tuple(s for s in heard.slots if s != piece.slot or rest.kinds)
    return conversation.evolve(anchor=piece), replace(heard, preferences=rest, kinds=rest.kinds, slots=slots)


def recolour_anchor(conversation: ConversationState, family: str) -> ConversationState:
    """The user told us the photographed garment's real colour ("they're actually olive")."""
    return _corrected_anchor(conversation, family=family)


def _corrected_anchor(conversation: ConversationState, *, kind: str | None = None,
                      family: str | None = None) -> ConversationState:
    """The photographed garment with what the person said of it, named again ("your olive trousers")."""
    anchor = conversation.anchor
    assert anchor is not None
    lang = conversation.language
    kind, family = kind or anchor.kind, family or anchor.color_family
    changes: dict[str, Any] = {"kind": kind, "slot": slot_of(kind) or ""} if kind != anchor.kind else {}
    if family != anchor.color_family:
        changes.update(color_family=family, color=family_colour_name(family))
    if kind:
        changes["name"] = prompts.render(lang, "your_item", color=prompts.label(lang, "color_family", family),
                                         kind=prompts.label(lang, "kind", kind))
    return conversation.evolve(anchor=replace(anchor, **changes))


def _capitalised(label: str) -> str:
    return label[:1].upper() + label[1:]


def _once_each(labels: list[str]) -> list[str]:
    """The labels in their order, each once whatever its case."""
    seen: set[str] = set()
    return [label for label in labels if not (label.lower() in seen or seen.add(label.lower()))]


def _clarify(conversation: ConversationState, asks: tuple[str, ...],
             named_garment: bool = False) -> tuple[Reply, ConversationState]:
    lang = conversation.language
    if asks == ("kind",):
        colour = prompts.label(lang, "color_family", conversation.anchor.color_family) if conversation.anchor else ""
        # the model's guesses first, then the usual kinds, each once ("T-shirt" and "t-shirt" are one button)
        options = [_capitalised(prompts.label(lang, "kind", k)) for k in conversation.anchor_kind_options]
        buttons = _once_each(options + prompts.choices(lang, "kind"))
        text = prompts.render(lang, "ask_kind", color=colour)
    elif asks == ("gender",):  # the request said enough but whose clothes
        buttons = prompts.choices(lang, "gender")
        text = prompts.render(lang, "ask_gender" if named_garment else "ask_gender_brief")
    else:
        buttons = prompts.choices(lang, "occasion_style") + (prompts.choices(lang, "gender") if "gender" in asks else [])
        text = prompts.render(lang, "ask_" + "_".join(asks))
    state = conversation.evolve(pending=asks, questions_in_row=conversation.questions_in_row + 1,
                                gender_asked=conversation.gender_asked or "gender" in asks)
    return Reply(text, "question", asks=asks, quick_replies=tuple(buttons)), state


def _size_answer(conversation: ConversationState, prefs: Preferences, body: tuple[float | None, float | None],
                 part: str | None = None, two_sizes_asked: bool = False) -> tuple[Reply, bool]:
    """A top and a bottom size from the height and weight (said now, earlier in the conversation, or
    in the profile) and the gender (chains/sizes.py), or only the `part` asked ("그럼 바지는요?"); True when
    something was missing and was asked for: only what is missing."""
    lang, (height, weight) = conversation.language, body
    if part == "shoes":  # no chart gives shoes from a height and a weight
        return Reply(prompts.render(lang, "size_shoes"), "answer", quick_replies=tuple(prompts.choices(lang, "start"))), False
    if height and not weight and prefs.gender in ("men", "women") and (
            found := [s for s in suggest_sizes(prefs.gender, height, usual_weight(prefs.gender, height) * BUILD_WEIGHT.get(
                conversation.build or "", 1.0)) if part in (None, s.part)]):
        # "키 168인데 정장 몇 입어요?": the sizes of an average build at that height (or the build said: "6ft,
        # pretty skinny"), and the weight asked to be sure
        build = prompts.label(lang, "build", conversation.build or "average")
        return Reply(prompts.render(lang, "size_answer_height_only", height=f"{height:g}", sizes=_sizes_said(lang, found),
                                    wear=prompts.render(lang, f"size_wear_{prefs.gender}"), build=build), "answer",
                     quick_replies=tuple(prompts.choices(lang, "start"))), True  # (the weight said next refines it)
    if not (height and weight):
        return Reply(prompts.render(lang, "size_missing_numbers" if prefs.gender else "size_missing"), "answer"), True
    if not prefs.gender and (conversation.gender_asked or conversation.questions_in_row or two_sizes_asked):
        # asked already, or "M or L?" asked of two sizes: both wardrobes' sizes answer it, no question
        return _size_answer_both(lang, height, weight, part), False
    if not prefs.gender:
        return Reply(prompts.render(lang, "size_need_gender"), "question", asks=("gender",),
                     quick_replies=tuple(prompts.choices(lang, "gender"))), True
    found = [s for s in suggest_sizes(prefs.gender, height, weight) if part in (None, s.part)]
    if not found:
        return Reply(prompts.render(lang, "size_outside"), "answer"), False
    text = prompts.render(lang, "size_answer", height=f"{height:g}", weight=f"{weight:g}",
                          wear=prompts.render(lang, f"size_wear_{prefs.gender}"), sizes=_sizes_said(lang, found))
    return Reply(text, "answer", quick_replies=tuple(prompts.choices(lang, "start"))), False


def _roomier_size(lang: str, heard: Understanding, gender: str | None,
                  body: tuple[float | None, float | None]) -> str:
    """"I like it a bit roomy", "오버핏으로": the chart's top size one up, or "" when it is not asked or not known."""
    (height, weight), roomy = body, heard.feel.relaxed or heard.fit == "oversized"
    if not (roomy and height and weight and gender in ("men", "women")):
        return ""
    top = next((s for s in suggest_sizes(gender, height, weight) if s.part == "top"), None)
    up = next_size_of(top.size, gender) if top else None
    return prompts.render(lang, "size_roomy_up", size=top.size, up=up) if top and up else ""


def _size_answer_both(lang: str, height: float, weight: float, part: str | None = None) -> Reply:
    """Whose clothes was asked and not said: the sizes in both wardrobes rather than the question again."""
    found = {g: [s for s in suggest_sizes(g, height, weight) if part in (None, s.part)] for g in ("men", "women")}
    if not all(found.values()):
        return Reply(prompts.render(lang, "size_outside"), "answer")
    parts = {g: _sizes_said(lang, sizes) for g, sizes in found.items()}
    return Reply(prompts.render(lang, "size_answer_both", height=f"{height:g}", weight=f"{weight:g}", **parts),
                 "answer", quick_replies=tuple(prompts.choices(lang, "gender")))


def _sizes_said(lang: str, sizes: Sequence[SizeSuggestion]) -> str:
    """"tops L (KR 100), bottoms 34"."""
    return ", ".join(size_phrase(s, lang) for s in sizes)


LONG_ARMS = re.compile(r"long arms|long-armed|arms are long|팔이 길|팔 길", re.IGNORECASE)


def _size_from_words(lang: str, heard: Understanding, gender: str | None) -> str:
    """Which of two sizes to take, or the top size a chest measurement names (both wearers' when whose
    clothes is unknown); "" when the message says neither."""
    if heard.size_between:
        small, large = heard.size_between
        # "broad shoulders, small waist": shoulders cannot be let out, a waist can be taken in
        key = "size_between_broad" if _BROAD_BUILD.search(heard.text) else "size_between"
        return prompts.render(lang, key, small=small, large=large)
    if heard.neck_cm is not None and heard.chest_cm is None:  # "neck 15.5, long arms": the collar names the size
        sleeves = prompts.render(lang, "size_neck_long_arms") if LONG_ARMS.search(heard.text) else ""
        return (prompts.render(lang, "size_neck", neck=f"{heard.neck_cm / 2.54:.1f}", cm=f"{heard.neck_cm:.0f}",
                               size=shirt_size_for_neck(heard.neck_cm)) + " " + sleeves).strip()
    if heard.chest_cm is None:
        return _size_for_waist(lang, heard, gender)
    sizes = [(g, found) for g in ((gender,) if gender else ("men", "women"))
             if (found := size_for_chest(g, heard.chest_cm))]
    if not sizes:
        return prompts.render(lang, "size_chest_outside", chest=f"{heard.chest_cm:.0f}")
    named = prompts.listed(lang, [prompts.render(lang, f"size_chest_{g}", size=top_label(s.size, s.kr_size))
                                  for g, s in sizes])
    return prompts.render(lang, "size_chest", chest=f"{heard.chest_cm:.0f}", sizes=named)


def _size_for_waist(lang: str, heard: Understanding, gender: str | None) -> str:
    """The trouser size a waist measurement names (both wearers' when whose clothes is unknown)."""
    if heard.waist_cm is None:
        return ""
    sizes = [(g, found) for g in ((gender,) if gender else ("men", "women")) if (found := size_for_waist(g, heard.waist_cm))]
    if not sizes:
        return prompts.render(lang, "size_waist_outside", cm=f"{heard.waist_cm:.0f}")
    named = prompts.listed(lang, [prompts.render(lang, f"size_chest_{g}", size=s) for g, s in sizes])
    return prompts.render(lang, "size_waist", inches=f"{heard.waist_cm / 2.54:.0f}", cm=f"{heard.waist_cm:.0f}",
                          sizes=named)


def _said_size_fit(lang: str, heard: Understanding, gender: str | None,
                   body: tuple[float | None, float | None]) -> str:
    """How a size the person names wears on them ("one size up: roomy, not oversized"), from the size the
    chart gives their height and weight; "" when a number, the gender or the size is unknown."""
    found = suggest_sizes(gender, *body) if heard.size_said and heard.fit else []
    top = next((s for s in found if s.part == "top"), None)
    steps = steps_from(gender or "", heard.size_said or "", top) if top else None
    if top is None or steps is None:
        return ""
    key = "size_fit_oversized" if steps >= 2 else "size_fit_roomy" if steps == 1 else "size_fit_regular" \
        if steps == 0 else "size_fit_small"
    return prompts.render(lang, key, said=heard.size_said, mine=top_label(top.size, top.kr_size),
                          two_up=sizes_up(gender or "", top, 2))


def _against_usual(lang: str, heard: Understanding, gender: str | None) -> str:
    """"L 사면 돼? 평소 M 입어": the size asked about against the one they wear, and for a piece sold as
    oversized, that its cut is already big; "" when they name one size only."""
    asked, usual = heard.size_said, heard.size_usual
    steps = steps_between(gender, asked, usual) if asked and usual and asked != usual else None
    if not steps:
        return ""
    key = "size_fit_small" if steps < 0 else "size_fit_one_up" if steps == 1 else "size_fit_oversized"
    if steps == 1 and heard.fit != "oversized":  # "평소에 44 입는데 S면 크려나": a little big, not "not oversized"
        key = "size_one_up_roomy"
    if steps > 0 and heard.cut_of_piece == "oversized":  # "오버핏 코트 L?": the cut is the oversize
        key = "size_cut_oversized"
    return prompts.render(lang, key, said=asked, mine=usual)


def _usual_size_answer(lang: str, size: str, gender: str | None) -> str:
    """The usual size said holds, and a Korean top number in letters ("105 is XL in letter sizes")."""
    said = prompts.render(lang, "size_usual", size=size)
    letters = letter_sizes(size, gender)
    if len(set(letters.values())) == 1:
        said += " " + prompts.render(lang, "size_in_letters", number=size, letter=next(iter(letters.values())))
    elif letters:
        said += " " + prompts.render(lang, "size_in_letters_both", number=size, **letters)
    return said


def _body(heard: Understanding, conversation: ConversationState,
          profile: tuple[float | None, float | None]) -> tuple[float | None, float | None]:
    """The height and weight to size from: this message's, else this conversation's, else the profile's."""
    said = conversation.body
    return (heard.height_cm or said[0] or profile[0], heard.weight_kg or said[1] or profile[1])


def _kind_trend(lang: str, found: SeasonTrend, kind: str, season: str) -> str:
    """Whether the kind rose in the catalogue's listings for the season, in one sentence."""
    rising = kind in {r.value for r in found.kinds}
    return prompts.render(lang, "trend_kind_rising" if rising else "trend_kind_flat",
                          kinds=prompts.label_variant(lang, "kind", "plural", kind),
                          season=prompts.label(lang, "season", season))


def shown_piece_trend(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                      heard: Understanding) -> str:
    """"Are these dated?" with the photo, before whose clothes is asked: the photographed kind's trend."""
    anchor = conversation.anchor
    if "trend" not in heard.intents or anchor is None or not anchor.kind or set(heard.kinds) - {anchor.kind}:
        return ""
    season = season_of(services, prefs)
    found = season_trend(season, prefs.gender)
    return _kind_trend(conversation.language, found, anchor.kind, season) + " " if found is not None else ""


def _trend_answer(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                  asked_kinds: Sequence[str] = (), asked_slots: Sequence[str] = ()) -> tuple[Reply, Preferences | None]:
    """What rises in the catalogue's own listings for the season, in words and a small chart; and the
    everyday brief in its two rising colours that "show me a look with that" asks for."""
    lang, season = conversation.language, season_of(services, prefs)
    found = season_trend(season, prefs.gender)  # "what's trending for men?": menswear's own listings
    if found is None or not found.colors:
        return Reply(prompts.render(lang, "trend_none", season=prompts.label(lang, "season", season)), "answer"), None
    colours = found.colors[:3]
    text = prompts.render(
        lang, "trend_answer", season=prompts.label(lang, "season", season), year=found.year, previous=found.previous,
        items=found.items, colors=_listed(lang, "color_family", colours),
        kinds=_listed(lang, "kind", _in_season(found, prefs.gender)),
        styles=_listed(lang, "style", [r for r in found.styles if _worn_by(r.value, prefs.gender)][:2]),
        listings=prompts.render(lang, f"trend_listings_{found.gender or 'all'}"))
    text += _trend_to_wear(lang, colours, _in_season(found, prefs.gender))
    if asked_kinds:  # "are puffer jackets still in?": that piece first
        text = _kind_trend(lang, found, asked_kinds[0], season) + " " + text
    elif asked_slots:  # "what outerwear is trending this winter?": that part of the listings first
        text = _slot_trend(lang, found, asked_slots[0], season, colours) + " " + text
    images: tuple[str, ...] = ()
    if services.draw_chart is not None:
        rows = [(prompts.label(lang, "color_family", r.value), r.change * 100, family_hex(r.value)) for r in colours]
        title = prompts.render(lang, "trend_chart_title", season=prompts.label(lang, "season", season), year=found.year)
        images = (str(services.draw_chart(rows, title)),)
    # ("show me a look with that", "그 색으로 코디 보여줘": the piece the answer says to wear it by, in its colour;
    # a dress only where whose clothes is known to be hers)
    worn = _trend_piece(colours, _in_season(found, prefs.gender))
    kinds = (worn[1],) if worn and (WEARER_OF_KIND.get(worn[1]) is None or prefs.gender == WEARER_OF_KIND[worn[1]]) else ()
    offered = Preferences(gender=prefs.gender, season=season, occasion="daily", kinds=kinds,
                          colors=(worn[0] if worn else next((r.value for r in colours if r.value not in NEUTRAL_FAMILIES),
                                                            colours[0].value),))
    return Reply(text, "answer", quick_replies=tuple(prompts.choices(lang, "after_trend")), images=images), offered


def _slot_trend(lang: str, found: SeasonTrend, slot: str, season: str, colours: Sequence[Rising]) -> str:
    """The rising kinds of the part asked about ("outerwear", "신발"), or that none rose there and the
    season's rising colour is the way to wear the trend on it."""
    rising = [r for r in _in_season(found, found.gender) if KIND_TO_SLOT.get(r.value) == slot]
    named = {"season": prompts.label(lang, "season", season), "slot": prompts.label(lang, "slot_plural", slot)}
    if rising:
        return prompts.render(lang, "trend_slot_rising", kinds=_listed(lang, "kind", rising), **named)
    colour = next((r.value for r in colours if r.value not in NEUTRAL_FAMILIES), colours[0].value)
    return prompts.render(lang, "trend_slot_flat", colour=prompts.label(lang, "color_family", colour), **named)


def _fit_trend_answer(services: AgentServices, lang: str, fit: str) -> Reply:
    """Whether a cut is in or out: the catalogue records no cuts, so say so rather than answer with colour
    numbers, then how the cut is worn well whatever the season's mood."""
    notes = services.knowledge.by_topic([f"fit:{fit}"], lang) if services.knowledge is not None else []
    text = prompts.render(lang, "trend_fit", fit=prompts.label(lang, "fit", fit))
    if notes:
        text += " " + prompts.render(lang, "knowledge_note", title=notes[0]["title"], text=notes[0]["text"])
    return Reply(text, "answer", quick_replies=tuple(prompts.choices(lang, "after_trend")))


def _in_season(found: SeasonTrend, gender: str | None = None) -> tuple[Rising, ...]:
    """Rising kinds a stylist would wear in the season (no sandals called a winter trend), and the asker
    would (no flats in a men's trend, where the season's listings are not split by wearer)."""
    code = dress_code("daily", found.season)
    return tuple(r for r in found.kinds if r.value not in code.exclude_kinds and _worn_by(r.value, gender))[:3]


# Styles one wardrobe wears: those GENDERED_STYLE trades for the other's
_STYLE_OF = {style: other for wearer, other in (("men", "women"), ("women", "men")) for style in GENDERED_STYLE[wearer]}


def _worn_by(value: str, gender: str | None) -> bool:
    wearer = WEARER_OF_KIND.get(value) or _STYLE_OF.get(value)
    return gender in (None, "unisex") or wearer in (None, gender)


def _listed(lang: str, group: str, rows: Sequence[Rising]) -> str:
    """The rising values in words (their gains are the chart's, not the sentence's; "leather shoes", not "shoes")."""
    return ", ".join(prompts.label_variant(lang, group, "trend", r.value) for r in rows) or "-"


def _trend_piece(colours: Sequence[Rising], kinds: Sequence[Rising]) -> tuple[str, str] | None:
    """(colour, kind) of the one piece the trend is worn by: its first rising colour that is no neutral, on
    its first rising garment; None where the numbers name none."""
    garments = [r.value for r in kinds if KIND_TO_SLOT.get(r.value) in ("top", "bottom", "onepiece", "outerwear")]
    if not colours or not garments:
        return None
    return next((r.value for r in colours if r.value not in NEUTRAL_FAMILIES), colours[0].value), garments[0]


def _trend_to_wear(lang: str, colours: Sequence[Rising], kinds: Sequence[Rising]) -> str:
    """"To wear it now: one piece in brown, a polo say, and the rest in neutrals": the numbers made advice."""
    if (worn := _trend_piece(colours, kinds)) is None:
        return ""
    colour, kind = worn
    quiet = [prompts.label(lang, "color_family", c) for c in ("navy", "grey", "white", "beige") if c != colour]
    return " " + prompts.render(lang, "trend_wear", colour=prompts.label(lang, "color_family", colour),
                                kind=prompts.label(lang, "kind", kind), neutrals=", ".join(quiet))


# The garment whose length note answers a fit question about a kind ("how long should jeans be?": trousers').
LENGTH_OF = {"jeans": "trousers", "jacket": "blazer", "dress": "skirt"}


def _topics(heard: Understanding) -> list[str]:
    p = heard.preferences
    # "what shoes go with a navy suit?" asks about the shoes first, then the colour ("what trousers go
    # with navy derbies?" is about the derbies: the garment a pairing is about comes first in kinds)
    about_shoes = bool(heard.kinds) and KIND_TO_SLOT.get(heard.kinds[0]) == "shoes"
    shoes = ["pairing:shoes"] if heard.question == "pairing" and "shoes" in heard.slots and not about_shoes else []
    fit = {"fit": ["basics:fit"], "rain": ["weather:rain"], "tuck": ["howto:tuck"]}.get(heard.question or "", [])
    if heard.question == "fit" and heard.kinds:  # "롱코트 기장 어느정도?": that garment's length first
        fit = [f"length:{LENGTH_OF.get(heard.kinds[0], heard.kinds[0])}"] + fit
    fit = ([f"fit:{heard.fit}"] if heard.fit else []) + fit  # "how do I wear an oversized shirt?": the cut first
    # "can I wear a black suit instead of a tux?": the suit's answer for that event, not its whole dress code
    if heard.over_it and find_terms(heard.text.lower(), SUIT_TERMS)[0]:  # "검정 정장은 있어요 그 위에 뭐 입어요?"
        return ([f"event:{heard.event}:overcoat"] if heard.event else []) + ["garment:overcoat"]
    # ("정장이 없어요": no suit to wear, so the event's general dress code, not the suit's)
    suit = ":suit" if heard.event and find_terms(heard.text.lower(), SUIT_TERMS)[0] and not heard.no_suit else \
        ":coat" if heard.event == "funeral" and "coat" in heard.kinds else \
        ":nosuit" if heard.event == "funeral" and heard.no_suit else ""  # "검은 옷이 패딩밖에 없어요"
    event = [f"event:{heard.event}{suit}"] if heard.event else []
    if suit == ":coat":  # the coat they own, then the dress code
        return event + [f"event:{heard.event}"]
    if suit:  # (its colour is the suit's, not a colour question; "what shoes go with a navy suit?": the shoes first)
        return shoes + event
    if heard.topics:  # "배 가려지는 핏으로", "스타킹 신어야 하나요?": the notes of what it asks about, first
        # (a note on one side of the event, "wear colour" at a memorial, replaces the event's general one)
        narrower = any(t.startswith(f"event:{heard.event}:") for t in heard.topics)
        return list(heard.topics) + ([] if narrower else event) + fit
    garment = [_garment_topic(heard, k) for k in heard.kinds[:1]]  # "what goes with a white shirt?": the shirt first
    return event + fit + shoes + garment + ([f"style:{p.style}"] if p.style else []) \
        + ([f"occasion:{p.occasion}"] if p.occasion and not event else []) + [f"colour:{c}" for c in p.colors]


_BOMBER = re.compile(r"\bbombers?\b|항공\s?점퍼|\bma-?1\b")
JACKET_NOTES = frozenset({"denim", "leather", "bomber"})  # jackets with a note of their own


def _garment_topic(heard: Understanding, kind: str) -> str:
    """The note of the garment asked about: a denim, leather or bomber jacket's own ("how do I style a denim
    jacket?" is no lesson on leather and bombers), else the kind's."""
    made = heard.material or ("bomber" if _BOMBER.search(heard.text.lower()) else None)
    return f"garment:{kind}:{made}" if kind == "jacket" and made in JACKET_NOTES else f"garment:{kind}"


# Notes with a version of their own for one wardrobe (its topic ends ":men" or ":women"):
# "jeans for big thighs" is no A-line skirt advice for a man
GENDERED_NOTES = {"men": frozenset({"body:thighs", "body:shoulders", "body:belly", "event:funeral"}),
                  "women": frozenset({"event:black_tie:optional", "event:funeral"})}


def _notes(services: AgentServices, heard: Understanding, lang: str, gender: str | None = None) -> list[dict[str, str]]:
    """Notes on what the question names; else the colour basics for a pairing question; else the
    nearest note in meaning (English: the embedder's language)."""
    knowledge = services.knowledge
    if knowledge is None:
        return []
    topics = [f"{t}:{gender}" if t in GENDERED_NOTES.get(gender or "", ()) else t for t in _topics(heard)]
    notes = knowledge.by_topic(topics, lang)
    if not notes and heard.question == "pairing":  # "what goes with a white shirt?": colour harmony
        notes = knowledge.by_topic(["basics:colour-harmony"], lang)
    # ("is a polo ok?" at court: the verdict answers it; the nearest note, a sporty style's, would be noise)
    verdict_said = heard.question == "yesno" and bool(heard.kinds)
    if not notes and lang == "en" and not verdict_said and (nearest := knowledge.nearest(heard.text, lang)) \
            and not nearest["topic"].startswith(ONLY_BY_NAME):
        notes = [nearest]
    return [_without_ruled_out(n, heard) for n in notes[:2]]


def _without_ruled_out(note: dict[str, str], heard: Understanding) -> dict[str, str]:
    """The note less its sentences on a fabric the message rules out ("no velvet": not "a green velvet
    jacket is a confident twist")."""
    words = [w for f in heard.feel.fabrics_out for w in FABRIC_TERMS.get(f, ()) if len(w) > 2]
    if not words:
        return note
    sentences = re.split(r"(?<=[.!?])\s+", note["text"])
    kept = [s for s in sentences if not any(w in s.lower() for w in words)]
    return {**note, "text": " ".join(kept)} if kept else note


# Notes told only where their words are said (a cast, a country's rule, a place of worship), never as the nearest in
# meaning to a question about something else ("is it ok to show my arms?" is no question about a cast)
ONLY_BY_NAME = ("injury:", "ceremony:", "garment:abaya", "travel:dead-sea")
# The occasions whose own note says whether the head is covered there
HEAD_NOTE_OF = {"nikah": "ceremony:head-cover:nikah", "eid": "ceremony:mosque"}
NOTES_REMEMBERED = 8  # the notes a conversation remembers telling (so a note is not told again, word for word)


def _explain(services: AgentServices, conversation: ConversationState, prefs: Preferences,
             heard: Understanding, events: TurnEvents | None = None) -> tuple[Reply, ConversationState]:
    """Answer a style question from the knowledge base, with example looks from the catalogue."""
    lang = conversation.language
    conversation = conversation.evolve(wants_trend=False)  # a wish for trend looks lapses when asked otherwise
    if heard.event is None and prefs.occasion in EVENT_BRIEFS and find_terms(heard.text.lower(), SUIT_TERMS)[0]:
        # "show me what to wear with the navy suit then", the funeral said before: the funeral's suit
        heard = replace(heard, event=prefs.occasion)
    if "ceremony:head-cover" in heard.topics and prefs.occasion in HEAD_NOTE_OF:
        # ("do I need to cover my head?" of the nikah said before: what a nikah asks, not every place's custom)
        heard = replace(heard, topics=tuple(HEAD_NOTE_OF[prefs.occasion] if t == "ceremony:head-cover" else t
                                            for t in heard.topics))
    notes = _notes(services, heard, lang, prefs.gender)
    # ("my grandad's funeral is friday, can I wear a navy tie?": the funeral's dress code answers)
    occasion = event_occasion(heard) or prefs.occasion
    # (a question with a note of its own, "are jeans ok under ski pants?", is answered by the note)
    # (but "네이비 자켓은 괜찮을까요?" at a funeral said before is answered for the funeral first)
    # ("빨간색은 피해야 하나요?": the occasion's colours answer each one said, before any note)
    by_its_notes = heard.topics and not heard.asks_warm and not heard.asks_avoiding \
        and not (heard.question == "yesno" and occasion in EVENT_BRIEFS)
    shown_style = conversation.looks[0].style if conversation.looks else None
    # (whose clothes the conversation knows: his shirt at a funeral is white, hers may be black)
    worn_by = replace(heard, preferences=replace(heard.preferences, gender=heard.preferences.gender or prefs.gender),
                      # (a temple said before: "반바지는 안 되죠?" asks it of the temple)
                      feel=replace(heard.feel, modest=heard.feel.modest or conversation.feel.modest))
    said = "" if by_its_notes else verdict(lang, worn_by, season_of(services, prefs), conversation.anchor, occasion,
                                           prefs.style or shown_style)
    if heard.asks_colours and not heard.topics:  # "색은 뭐가 좋을까요?": the occasion's colours, said plainly
        said, notes = colour_advice(lang, occasion or "daily", season_of(services, prefs), conversation.looks), []
    # ("what goes with my burgundy cords?": their colours, not the note on chinos and slacks)
    if said and (heard.question in ("yesno", "choice") or heard.question == "pairing" and heard.material):
        # (nor black's partners; a note asked for by name stays: "스타킹 꼭 신어야 하나요? 바지 입어도 괜찮나요")
        notes = [n for n in notes if not n["topic"].startswith(("garment:", "colour:")) or n["topic"] in heard.topics]
        notes = [] if heard.asks_avoiding else notes  # (the colours to leave out are said; the note would say them again)
    if said and heard.question == "pairing" and suit_colour(heard) and not heard.event:
        notes = []  # "what shoes go with a navy suit?": the suit's shoes answer it, not notes on dresses and navy chinos
    # (a note on a body or a pregnancy only where the message speaks of one: "can I do sandals?" is no bump)
    asked_body = tuple(t for t in heard.topics if t.startswith("body:"))  # ("body:thighs": its men's note too)
    notes = [n for n in notes if not n["topic"].startswith("body:") or (asked_body and n["topic"].startswith(asked_body))]
    if said and heard.asks_leave:  # "do I need a hat?": the answer, not the nearest note on something else
        notes = [n for n in notes if n["topic"] in heard.topics]
    if not notes and not said:
        return Reply(prompts.render(lang, "help"), "answer", quick_replies=tuple(prompts.choices(lang, "start"))), conversation
    if said and ((prefs.gender and heard.asks_to_see)  # "베이지 니트에 어울리는 코디 추천해줘": looks
                 or (heard.question == "yesno" and heard.preferences.season)):  # "shorts in winter?": the answer
        text = said.strip()
    else:
        text = (said + _notes_text(lang, notes)).strip()
    # ("is a bucket hat too much?", "do I need a hat?" with looks on screen ask leave for a piece, not for
    # looks around it)
    # ("넥타이 꼭 매야 돼요?" with looks on screen: its note answers, the looks stay)
    # ("M or L in shirts, for a slim fit?": no new looks)
    told = tuple(dict.fromkeys((*conversation.notes_told, *(n["topic"] for n in notes))))
    conversation = conversation.evolve(notes_told=told[-NOTES_REMEMBERED:])
    sizing = (heard.question == "fit" or "size" in heard.intents) and not (heard.asks_to_see or heard.event)
    # ("청바지 입으면 안되나요?", "would my old timberlands work on a trail?" with looks on screen: yes or no, and the
    # looks asked for stay; no example looks in their place, but "그렇게 짜줘" after a yes builds them)
    verdict_only = heard.question == "yesno" and bool(said.strip()) and not heard.asks_to_see
    if conversation.looks and (sizing or verdict_only or not (heard.asks_to_see or heard.event or (heard.kinds and not by_its_notes
                                                                                   or says_new_brief(heard))
                                              and not heard.asks_leave)):
        # "how long should my coat be?" with looks on screen: the answer, and the looks stay as they are
        offered = _example_preferences(prefs, heard) if verdict_only and heard.kinds else conversation.offered
        return Reply(text, "answer", quick_replies=tuple(prompts.choices(lang, "after_outfits"))), \
            conversation.evolve(pending=(), questions_in_row=0, offered=offered)
    example = _example_preferences(prefs, heard)
    if heard.question == "choice" and len(set(heard.kinds)) > 1:  # "sneakers or boots?": the looks wear the one picked
        pick, _other = chosen(heard, season_of(services, prefs), prefs.occasion)
        example = replace(example, kinds=(pick.kind, *(k for k in example.kinds if k not in heard.kinds)))
    if heard.topics and not heard.kinds:  # "sheer black tights or opaque?": black is the tights', not the looks'
        example = replace(example, colors=tuple(c for c in example.colors if c not in heard.preferences.colors))
    # ("청바지 입고 가면 안 됨?" answered no: its example looks, and the looks asked for next, do without them)
    refused = tuple(k for k in heard.kinds if k in dress_code(example.occasion or "daily", season_of(services, prefs)).exclude_kinds)
    example = replace(example, kinds=tuple(k for k in example.kinds if k not in refused))
    # whose looks: offered, never guessed (where looks or a photographed piece already show whose, theirs)
    # (their own suit, said, tells no one's: "black tie, I'll wear my own black suit" still asks whose)
    shows_whose = conversation.looks or (conversation.anchor and not is_suit_jacket(conversation.anchor))
    if prefs.gender is None and "gender" not in conversation.declined and not shows_whose:
        # ("plus size, need a date night fit": looks asked for, said not asked, with a note of its own)
        asked_for_looks = heard.asks_to_see or ("outfit" in heard.intents and example.occasion and not heard.question
                                                and "?" not in heard.text)
        if asked_for_looks and not conversation.gender_asked:  # "show me a full look for a funeral"
            # ("베이지 트렌치 코트에 어울리는 코디 추천해줘": the colours in a line, not notes on every coat, then whose)
            # ("연말 회사 파티 세미포멀이래요 ... 추천해주세요": looks asked for under a dress code, no lecture on it first)
            lead = said.strip() if said and heard.kinds and not heard.event \
                else "" if _looks_under_a_dress_code(heard) else text
            return _ask_whose_looks(lead, example, conversation)
        asked_part = set(heard.slots) - {KIND_TO_SLOT.get(k) for k in heard.kinds}
        # ("what goes with my olive cargo pants", "베이지 트렌치코트 있는데 안에 뭐 입어?": looks around their own
        # garment, once whose clothes is known; "what goes with navy chinos?" offers them instead)
        garment = any(KIND_TO_SLOT.get(k) in GARMENT_SLOTS for k in heard.kinds[:1]) \
            and bool(heard.owns_named or _OWN_PIECE_SAID.search(heard.text.lower()))
        # ("what shoes go with a navy suit?" is answered in full by the words: no question after it)
        if said and heard.question == "pairing" and (asked_part or garment) and not conversation.gender_asked \
                and not suit_colour(heard) and not heard.event:
            # "I have olive cargo pants, what top should I wear with them?": the colours, then whose (short)
            return _ask_whose_looks(said.strip(), example, conversation)
        # (in the colours' order the looks wear them: "brown shoes with black pants?" is about black trousers)
        asked_about = replace(heard.preferences, colors=tuple(c for c in example.colors if c in heard.preferences.colors))
        topic = notes[0]["title"] if heard.event and notes else _example_topic(asked_about, lang, heard)
        return _offer_examples(text, example, topic, conversation)
    if example.gender is None:  # whose clothes left to us: one wardrobe, as with any looks
        example = replace(example, gender=assumed_wearer(services.catalog, conversation, example, heard)[0])
    # ("정장 말고 검정 옷 뭐 있을까요? 여름이라 더워요": no suit in the heat, so a shirt and a tie, no jacket)
    shed = ("blazer",) if heard.no_suit and season_of(services, example) == "summer" else ()
    brief = conversation_brief(services, conversation, example, conversation.ruled_out(refused + shed))
    # the photographed garment the question is about stays in the looks ("what coat colour goes with it?")
    own = conversation.anchor if conversation.anchor is not None and conversation.anchor.kind not in refused else None
    # (their suit at a funeral wears the white shirt and black tie shown before again, not a black shirt for variety)
    shown = () if is_suit_jacket(own) else conversation.shown_ids
    # ("what goes with a white kurta?": kurtas where the catalogue has them in that colour, else the nearest shirts)
    looks = (recommend_looks(services.catalog, example, replace(brief, cut=heard.cut), own, conversation.shown_ids,
                             seed=conversation.seed) if heard.cut else []) \
        or recommend_looks(services.catalog, example, brief, own, shown, seed=conversation.seed) \
        or (own is not None and recommend_looks(services.catalog, example, brief, own, (), seed=conversation.seed)) \
        or []  # (their piece: the few that suit it, shown before, come again around it)
    if not looks and brief.feel.grip:  # (mud at a festival, no gripping pair that suits it: its closed shoes)
        looks = recommend_looks(services.catalog, example, replace(brief, feel=replace(brief.feel, grip=False)), own,
                                shown, seed=conversation.seed)
    outfits = [Outfit(plan.style, tuple(items), why(plan.style, brief.occasion, items, lang, brief.season)) for plan, items in looks]
    if own is None and (around := around_named_piece(services, conversation.evolve(anchor=None), example, heard, outfits)):
        outfits, _brief, piece, example = around  # no beige knit in the catalogue: one as if it were theirs
        text += " " + stand_in_note(lang, piece, heard.owns_named)
        conversation = conversation.evolve(anchor=piece)  # and the looks that follow keep it
    elif outfits:  # (a funeral in December: what goes over its looks outside, where none wears a coat)
        text += " " + prompts.render(lang, "knowledge_examples") + named_missing(lang, example, outfits) \
            + coat_to_add(lang, brief, outfits) + no_gown_note(lang, brief, outfits) + no_suit_needed(lang, heard, outfits)
        if usual := usual_size_note(lang, heard):
            text += " " + usual
    events = events or TurnEvents()
    if outfits:
        events.announce(Reply(text, "answer", outfits=tuple(outfits)), lang)
    images, _note = render_lookbooks(services, outfits, lang, events.progress)
    conversation = conversation.evolve(pending=(), questions_in_row=0, looks=tuple(outfits) or conversation.looks,
                                       # ("니트에 코트 입어도 돼?" answered yes: "그렇게 짜줘" builds on those pieces)
                                       offered=example if outfits or heard.event or heard.question == "yesno" and heard.kinds
                                       else None,
                                       shown_ids=conversation.shown_ids + tuple(i.id for o in outfits for i in o.items))
    return Reply(text, "answer", quick_replies=tuple(prompts.choices(lang, "after_outfits")),
                 outfits=tuple(outfits), images=tuple(images)), conversation


def _weather_only(heard: Understanding) -> bool:
    """The message says only the season or the weather (and maybe whose clothes): no occasion, style or garment."""
    p = heard.preferences
    return bool(p.season or heard.weather.said) and not (p.occasion or p.style or p.colors or heard.kinds)


def event_occasion(heard: Understanding) -> str | None:
    """The occasion an event named dresses as; a memorial where the family asked for colour dresses as a
    family ceremony (neat and modest, in colour), not in funeral black."""
    if not heard.event:
        return None
    return "ceremony" if "event:funeral:colour" in heard.topics else EVENT_BRIEFS[heard.event]["occasion"]


def says_new_brief(heard: Understanding) -> bool:
    p = heard.preferences
    return bool(p.occasion or p.style or p.gender or p.colors or p.season)


SUIT_KINDS = ("blazer", "trousers")  # the example looks of a question about a suit wear one
# The shirts a suit of each colour takes (prompts' labels.suit_shirts say them in words)
SUIT_SHIRTS = {"navy": ("white", "blue", "pink"), "grey": ("white", "blue", "pink"), "black": ("white",),
               "brown": ("beige", "white", "blue"), "beige": ("white", "blue"), "blue": ("white", "blue")}


def _example_preferences(prefs: Preferences, heard: Understanding) -> Preferences:
    """The brief of a style answer's example looks: the person's, in the occasion's first style (a final
    interview's is classic: a shirt and a tie) or minimal by default; a question about a
    suit ("what shoes go with a navy suit?", "남색 정장에 어울리는 구두") is shown with suits."""
    if heard.event:  # a funeral's sober tailoring, a black-tie evening
        brief = EVENT_BRIEFS[heard.event]
        # (a suit's colour is the person's suit, not a colour for every piece: "with the navy suit")
        said = () if find_terms(heard.text.lower(), SUIT_TERMS)[0] else heard.preferences.colors
        # (the shoes they can walk in stay: "flat shoes only" at a funeral)
        shoes = tuple(k for k in prefs.kinds if KIND_TO_SLOT.get(k) == "shoes")
        return replace(prefs, occasion=event_occasion(heard), style=brief["style"], kinds=shoes,
                       colors=said or brief["colors"])
    if find_terms(heard.text, SUIT_TERMS)[0]:  # in the suit's colour ("brown shoes with a black suit?": black)
        colour = suit_colour(heard)
        # (the jacket and the trousers in the suit's colour, any shade of it; the top in the colours a suit of
        # that colour takes, "what shirt and tie?": the occasion's finishing adds the tie)
        return replace(prefs, style="classic", occasion=prefs.occasion or "work",
                       kinds=SUIT_KINDS, shades=(),
                       colors=(colour,) if colour else heard.preferences.colors or prefs.colors,
                       piece_colours=_suit_pins(colour) if colour else prefs.piece_colours)
    if len(colours := heard.preferences.colors) > 1 and heard.kinds and (own := colour_said_of(heard.text, heard.kinds[0])):
        # "brown shoes with black pants?": the trousers are the black's, the brown goes to the shoes
        prefs = replace(prefs, colors=(own, *(c for c in prefs.colors if c != own)))
    return replace(prefs, style=prefs.style or STYLE_PAIRS.get(prefs.occasion or "", ("minimal",))[0])


def _suit_pins(colour: str) -> tuple[str, ...]:
    """A suit's jacket and trousers in its colour, and the shirts it takes under it."""
    return tuple(f"{k}:{colour}" for k in SUIT_KINDS) + tuple(f"shirt:{c}" for c in SUIT_SHIRTS.get(colour, ()))


def _offer_examples(text: str, example: Preferences, topic: str,
                    conversation: ConversationState) -> tuple[Reply, ConversationState]:
    """The answer, and example looks on offer: an answer asks nothing back ("can I wear brown shoes with a
    black suit?" wants a yes or no, not "menswear or womenswear?"), and never mixes menswear and
    womenswear. Each button names the topic too ("amekaji: menswear looks"); the example brief is kept,
    so a plain answer ("menswear", "남자") gets those looks as well."""
    lang = conversation.language
    if topic:
        labels = (prompts.render(lang, "example_looks_for", topic=topic, wearer=wearer.lower())
                  for wearer in prompts.choices(lang, "gender"))
        buttons = tuple(label[:1].upper() + label[1:] for label in labels)
    else:
        buttons = tuple(prompts.choices(lang, "gender"))
    state = conversation.evolve(pending=(), questions_in_row=0, offered=example)
    return Reply(f"{text} {prompts.render(lang, 'offer_examples')}", "answer", quick_replies=buttons), state


def _looks_under_a_dress_code(heard: Understanding) -> bool:
    """Looks asked for an occasion whose dress code is only named ("semi formal, recommend some"), not asked about."""
    return bool(heard.topics) and all(t.startswith("dresscode:") for t in heard.topics) \
        and "outfit" in heard.intents and bool(heard.preferences.occasion) and not heard.question


def _ask_whose_looks(text: str, example: Preferences,
                     conversation: ConversationState) -> tuple[Reply, ConversationState]:
    """The answer, then the one thing a look asked for still needs: whose clothes (the brief is kept, so
    "menswear" brings those looks)."""
    lang = conversation.language
    state = conversation.evolve(pending=("gender",), questions_in_row=conversation.questions_in_row + 1,
                                gender_asked=True, offered=example)
    return Reply(f"{text} {prompts.render(lang, 'ask_gender_brief')}".strip(), "question", asks=("gender",),
                 quick_replies=tuple(prompts.choices(lang, "gender"))), state


def _example_topic(said: Preferences, lang: str, heard: Understanding | None = None) -> str:
    """What a style question was about, in words the understanding reads back: a garment with its
    colour ("olive trousers"; "camel coat": the shade as said, which reads back as its family), a style, an
    occasion or a colour."""
    shade = heard.said_colour(said.colors[0]) if heard is not None and said.colors and lang == "en" else None
    colour = [shade or prompts.label(lang, "color_family", said.colors[0])] if said.colors else []
    if said.kinds:
        return " ".join(colour + [prompts.label(lang, "kind", said.kinds[0])])
    if said.style:
        return prompts.label(lang, "style", said.style)
    if said.occasion:
        return prompts.label(lang, "occasion", said.occasion)
    return " ".join(colour)


def _feature_label(name: str, lang: str) -> str:
    group, value = name.split(":")
    return prompts.label(lang, {"style": "style", "color": "color_family", "kind": "kind"}[group], value)


def _brands_for_me(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                   wardrobe: Sequence[Item] = ()) -> Reply:
    """Brands whose catalogue is closest to the user's taste vector (cosine similarity)."""
    lang = conversation.language
    taste = vector(taste_features(conversation, prefs, wardrobe))
    matches = best_brands(taste, services.brand_profiles()) if services.brand_profiles else []
    if not matches:
        return Reply(prompts.render(lang, "brands_need_taste"), "answer",
                     quick_replies=tuple(prompts.choices(lang, "occasion_style")))
    lines = [prompts.render(lang, "brand_line", brand=m.brand,
                            shared=", ".join(_feature_label(f, lang) for f in m.shared)) for m in matches]
    return Reply(prompts.render(lang, "brands_intro") + " " + " ".join(lines), "answer",
                 quick_replies=tuple(prompts.choices(lang, "after_outfits")))


def _save_garment(conversation: ConversationState) -> tuple[Reply, Item | None]:
    """The photographed garment goes to the user's wardrobe (the facade stores it)."""
    lang = conversation.language
    anchor = conversation.anchor
    if anchor is None or not anchor.kind or not anchor.image:  # (a garment only named has no photo to keep)
        return Reply(prompts.render(lang, "nothing_to_save"), "answer"), None
    kind = prompts.label(lang, "kind", anchor.kind)
    return Reply(prompts.render(lang, "saved_to_wardrobe", kind=kind), "answer",
                 quick_replies=tuple(prompts.choices(lang, "start"))), replace(anchor, source="wardrobe")


# --- the actions: the graph's nodes after `decide` (chains/graph.py routes to them by name) -------


def clarify(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    conversation = state["conversation"]
    if "trend" in state["understanding"].intents:  # the answer to the question still wants the trend
        conversation = conversation.evolve(wants_trend=True)
    if state["understanding"].then_occasion:  # ("then parties after": the answer's looks are for both parts)
        conversation = conversation.evolve(later_part=state["understanding"].then_occasion,
                                           no_change_between=state["understanding"].no_change_between)
    reply, conversation = _clarify(conversation, state["decision"].asks, bool(state["understanding"].kinds))
    # "are these loafers ok for a summer office?" with the photo: answered before whose clothes is asked
    said = verdict(conversation.language, state["understanding"], season_of(runtime.context.services, state["brief"]),
                   conversation.anchor, state["brief"].occasion) \
        or shown_piece_trend(runtime.context.services, conversation, state["brief"], state["understanding"])
    if said:
        reply = replace(reply, text=said + reply.text)
    if state["understanding"].preferences.budget_max:  # "a wedding outfit under 2000 rupees": no prices to keep to
        reply = replace(reply, text=prompts.render(conversation.language, "budget_unknown_ahead") + " " + reply.text)
    if state["brief"] is not state["preferences"] and conversation.offered is None:
        # "first day at a new job, don't want to look overdressed": the lean waits for the answer
        conversation = conversation.evolve(offered=state["brief"])
    return {"reply": replace(reply, garment=state.get("garment")), "conversation": conversation}


def recommend(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    turn, conversation, prefs, heard = runtime.context, state["conversation"], state["brief"], state["understanding"]
    picked = None
    if conversation.looks and not conversation.pending and not says_something(heard):
        heard = heard.wanting_more()  # "whatever you think" after looks: new ones
        styles = list(dict.fromkeys(o.style for o in conversation.looks))
        if heard.shrug and len(styles) > 1 and not prefs.style:  # "you pick" between two directions: one, said
            picked = styles[0]
            prefs = replace(prefs, style=picked)
    elif conversation.looks and not prefs.style and _weather_only(heard):
        # "it's summer and super humid" after looks leaning one way ("not trying too hard"): the same direction
        styles = list(dict.fromkeys(o.style for o in conversation.looks))
        prefs = replace(prefs, style=styles[0]) if len(styles) == 1 else prefs
    if conversation.pending:  # what the answer left open was declined: not asked again
        open_slots = tuple(s for s in conversation.pending if not getattr(prefs, s, None))
        if "occasion" in open_slots and not prefs.style:  # a shrug at "what's the occasion?" leaves the style to us too
            open_slots += ("style",)
        conversation = conversation.evolve(declined=tuple(dict.fromkeys(conversation.declined + open_slots)))
    guessed = _guessed_kind(conversation)
    if guessed:  # "what is it?" went unanswered: the photo model's best reading, said, rather than no anchor
        conversation = name_anchor(conversation, guessed)
    if prefs is state["preferences"]:  # a brief of its own: an earlier answer's example brief lapses
        conversation = conversation.evolve(offered=None)
    wearer = _wearer_left_to_us(turn.services, conversation, prefs, heard)
    if wearer:  # "you pick" to "olive trousers: menswear or womenswear looks?": whose olive trousers they mostly are
        prefs = replace(prefs, gender=wearer)
        conversation = conversation.evolve(declined=tuple(dict.fromkeys(conversation.declined + ("gender",))))
    shown = conversation.looks
    if shown and _season_said_again(turn.services, heard, state["stored_preferences"]):
        # "its in december" where the looks on screen are winter's: they stay, and the reply says why
        said = _already_fit(conversation.language, heard) + _coat_missing(conversation.language, prefs, shown)
        reply, conversation = show_looks(turn.services, conversation, list(shown), said, turn.events)
        return {"reply": reply, "conversation": conversation}
    if conversation.couple and conversation.anchor is None:  # "커플룩": hers and his, in pairs
        reply, conversation = offer_couple_looks(turn.services, conversation, prefs, heard, turn.events, turn.wardrobe)
        return {"reply": reply, "conversation": conversation}
    if keeps_one_set(conversation.looks, heard):  # "집에 다시 못와요" of looks for two parts: the stricter's, for both
        reply, conversation, dressed = one_set_of_the_parts(turn.services, conversation, prefs,
                                                            season_of(turn.services, prefs), turn.events)
        return {"reply": reply, "conversation": conversation,
                "preferences": replace(state["preferences"], occasion=dressed.occasion)}
    if (later := _later_part_asked(heard, conversation, state["stored_preferences"])) is not None:
        # "and for the parties after?": the day's looks stay, the later part's are added after them
        reply, conversation = offer_later_part(turn.services, conversation, prefs, later, heard, turn.events,
                                               turn.wardrobe)
        return {"reply": reply, "conversation": conversation}
    heard, prefs = _with_the_later_part(heard, conversation, prefs)
    if heard.then_occasion and not heard.target_look:  # "a panel talk, then parties after": each part's looks
        conversation = conversation.evolve(later_part=None, no_change_between=False)
        reply, conversation, dressed = offer_day_parts(turn.services, conversation, prefs, heard,
                                                       season_of(turn.services, prefs), turn.events, turn.wardrobe)
        if heard.event and (notes := _notes(turn.services, heard, conversation.language, prefs.gender)):
            # ("점심에 조문 가고 저녁에 데이트": the funeral's dress code, then the looks)
            reply = replace(reply, text=f"{_notes_text(conversation.language, notes[:1])} {reply.text}")
        return {"reply": replace(reply, garment=state.get("garment")), "conversation": conversation,
                "preferences": replace(state["preferences"], occasion=dressed.occasion)}
    unseen = heard.target_look is not None and not shown  # "cheaper look 2" before any look was shown
    reply, conversation = offer_looks(turn.services, conversation, prefs, heard, turn.events, turn.wardrobe)
    if unseen and reply.outfits:
        reply = replace(reply, text=f"{prompts.render(conversation.language, 'no_looks_shown_yet', number=heard.target_look)} "
                                    f"{reply.text}")
    if wearer and reply.outfits:
        reply = replace(reply, text=f"{reply.text} {wearer_note(conversation.language, wearer)}")
    if heard.partner == "child" and reply.outfits:  # "an outfit for my 8 year old son, and me too": theirs in words
        reply = replace(reply, text=f"{reply.text} {child_note(conversation.language, reply.outfits[0])}")
    elif heard.both_dressed and heard.partner and reply.outfits:  # "outfits for me and my mum": hers beside them
        theirs, conversation = offer_partner_looks(turn.services, conversation, prefs, replace(heard, target_look=None),
                                                   turn.events)
        if theirs.outfits:
            reply = replace(theirs, text=f"{reply.text} {theirs.text}")
    if picked and reply.outfits:
        lang = conversation.language
        reply = replace(reply, text=f"{prompts.render(lang, 'style_picked', style=prompts.label(lang, 'style', picked))} "
                                    f"{reply.text}")
    if guessed:
        lang = conversation.language
        said = prompts.render(lang, "kind_guessed", kind=prompts.label(lang, "kind", guessed))
        reply = replace(reply, text=f"{said} {reply.text}")
    doubted = heard.kinds and not heard.preferences.kinds or heard.asks_avoiding  # (asked of, not wished for)
    if (state.get("garment") is not None or doubted) and heard.question == "yesno" and reply.outfits:
        # "이 가죽 스커트 연말 회사 파티에 입어도 되나요?" with its photo, "20대 남자고 반바지 입을 정도는 아니죠?" with
        # whose clothes: the answer, then the looks (around the photo)
        said = verdict(conversation.language, heard, season_of(turn.services, prefs), conversation.anchor, prefs.occasion)
        reply = replace(reply, text=f"{said}{reply.text}") if said else reply
    if reply.outfits and heard.asks_which and set(heard.kinds) & set(FINISHING_KINDS):
        # "court date, what colour tie?": the looks, then the tie each wants
        touch = finishing_answer(conversation.language, reply.outfits, heard, prefs.occasion or "daily",
                                 season_of(turn.services, prefs))
        reply = replace(reply, text=f"{reply.text} {touch}")
    if reply.outfits and (usual := usual_size_note(conversation.language, heard)):
        reply = replace(reply, text=f"{reply.text} {usual}")
    if reply.outfits and heard.height_cm and heard.weight_kg and prefs.gender and "size" in heard.intents:
        # "185/100 빅사이즈 출근룩": the looks, and the sizes to look for in them
        found = suggest_sizes(prefs.gender, heard.height_cm, heard.weight_kg)
        if found:
            sizes = ", ".join(size_phrase(s, conversation.language) for s in found)
            reply = replace(reply, text=f"{reply.text} {prompts.render(conversation.language, 'size_in_looks', sizes=sizes)}")
    done = {"reply": replace(reply, garment=state.get("garment")), "conversation": conversation}
    if not state["preferences"].gender and (shown := _wearer_shown(reply.outfits)):
        # whose clothes, chosen for them and said with a switch, holds for the turns after ("a bit dressier")
        done["preferences"] = replace(state["preferences"], gender=shown)
    return done


def _later_part_asked(heard: Understanding, conversation: ConversationState, before: Preferences) -> str | None:
    """Where the message asks for a later part's looks beside those on screen ("and for the parties after?"), the
    occasion the untagged looks on screen were made for; None where it asks for no other part."""
    said = heard.preferences.occasion
    if not (heard.adds_look and conversation.looks and said):
        return None
    shown = {o.occasion or before.occasion for o in conversation.looks}
    return None if said in shown or None in shown else before.occasion


def _with_the_later_part(heard: Understanding, conversation: ConversationState,
                         prefs: Preferences) -> tuple[Understanding, Preferences]:
    """The later part of the day said before a question ("then parties after", then "woman"), or shown in the looks
    on screen ("Casual instead", "Show me more" under them): still asked for, unless another occasion is named."""
    said = heard.preferences.occasion  # (where they come from may be named: "회사에서 바로 감")
    if heard.then_occasion or said and not (said == "work" and heard.no_change_between) or heard.adds_look:
        return heard, prefs
    if conversation.later_part:
        return replace(heard, then_occasion=conversation.later_part,
                       no_change_between=conversation.no_change_between or heard.no_change_between), prefs
    if parts := parts_on_screen(conversation.looks):
        return replace(heard, then_occasion=parts[1]), replace(prefs, occasion=parts[0])
    return heard, prefs


def _season_said_again(services: AgentServices, heard: Understanding, before: Preferences) -> bool:
    """The message says only the season the looks on screen were made for (and nothing of the weather)."""
    said = heard.preferences
    return bool(said.season) and _weather_only(heard) and not (heard.weather.said or heard.followups or heard.feel.said
                                                                or heard.avoid_kinds or said.avoid_colors) \
        and said.season == season_of(services, before) and said.gender in (None, before.gender)


def _already_fit(lang: str, heard: Understanding) -> str:
    """"These looks are already dressed for winter": the season said is the one of the looks on screen."""
    return prompts.render(lang, "looks_already_season", season=prompts.label(lang, "season", heard.preferences.season))


def _coat_missing(lang: str, prefs: Preferences, looks: Sequence[Outfit]) -> str:
    """"2월이라 쌀쌀하대요" of winter looks the catalogue has no coat for (a graduation's tailoring): what goes over them."""
    return no_coat_note(lang, prefs.occasion or "daily", looks) if prefs.season == "winter" else ""


def _wearer_shown(outfits: Sequence[Outfit]) -> str | None:
    """The one wardrobe the looks are in ("men" or "women"), if they are all one person's."""
    worn = {i.gender for o in outfits for i in o.items if i.source == "catalog" and i.gender in ("men", "women")}
    return worn.pop() if len(worn) == 1 else None


def usual_size_note(lang: str, heard: Understanding) -> str:
    """"usually 2XL in shirts ... what size?" said with a request for looks: their usual size holds."""
    if "size" not in heard.intents or not heard.size_usual or heard.size_said not in (None, heard.size_usual):
        return ""
    return prompts.render(lang, "size_usual", size=heard.size_usual)


def _wearer_left_to_us(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                       heard: Understanding) -> str | None:
    """Whose clothes, when a shrug answers the looks an answer offered around a named garment."""
    if not heard.shrug or prefs.gender or conversation.offered is None or not (prefs.kinds and prefs.colors):
        return None
    return likely_wearer_of(services.catalog, prefs.kinds[0], prefs.named_colour())


def _guessed_kind(conversation: ConversationState) -> str | None:
    anchor = conversation.anchor
    if anchor is None or anchor.kind or not conversation.anchor_kind_options:
        return None
    return conversation.anchor_kind_options[0]


def with_offered(prefs: Preferences, conversation: ConversationState, heard: Understanding) -> Preferences:
    """The brief of the looks a style answer showed or offered, when this message builds on them (the
    answer to "whose clothes?", "show me more", "swap the shoes"); what it says itself (a colour to
    avoid, a cheaper wish) still wins. A message with a brief of its own starts over."""
    offered, said = conversation.offered, heard.preferences
    # A garment named after the answer ("I don't own a black dress, something with trousers") shapes
    # the answer's looks; a new occasion or style starts over.
    own_brief = said.occasion or said.style
    if offered is not None and own_brief and offered.kinds and (
            offered.kinds == SUIT_KINDS or KIND_TO_SLOT.get(offered.kinds[0]) not in GARMENT_SLOTS):
        # a suit, a belt or a tie asked about ("what colour belt with grey trousers?") is no piece to build the
        # next request's looks around, answer to "whose clothes?" or not ("a beach wedding then, man")
        offered = replace(offered, kinds=(), colors=(), piece_colours=())
    if offered is not None and own_brief and offered.kinds and offered.colors and not (heard.kinds or said.colors):
        # "what goes with a burgundy blazer?", then "it's for a cocktail party, I'm a man": the blazer's looks
        return prefs.merged(Preferences(kinds=offered.kinds, colors=offered.colors, shades=offered.shades))
    if offered is None or (own_brief and "gender" not in conversation.pending):
        return prefs
    offered = replace(offered, colors=said.colors) if said.colors else offered  # "something in brown instead"
    # ("it's gonna be 35 degrees", said a turn after the answer, still holds for "show me more")
    return offered.merged(replace(said, gender=prefs.gender)) \
        .merged(Preferences(avoid_colors=prefs.avoid_colors, budget_max=prefs.budget_max,
                            season=said.season or offered.season or prefs.season))


def revise(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    turn, conversation = runtime.context, state["conversation"]
    heard = state["understanding"]
    if state.get("garment") is not None and puts_photo_on_look(conversation, heard):  # "would these work with #1?"
        reply, conversation = photo_on_look(turn.services, conversation, state["brief"], heard, turn.events)
        return {"reply": reply, "conversation": conversation, "preferences": state["preferences"]}
    if recalls_looks(conversation, heard):  # "go back to the first ones": shown again as they were
        key = f"recalled_{heard.earlier_set}" + ("_look" if heard.target_look else "")
        text = prompts.render(conversation.language, key, number=heard.target_look or "")
        reply, conversation = show_looks(turn.services, conversation, list(conversation.looks), text, turn.events)
        return {"reply": reply, "conversation": conversation, "preferences": state["preferences"]}
    if shows_a_look_again(conversation, heard):  # "1번만 다시 보여줘": that look alone, the others kept as earlier looks
        number = heard.shown_again
        # ("just one" of the looks on screen: the one picked, said as such)
        picked = heard.count == 1 and is_bare_count(heard.text)
        text = prompts.render(conversation.language, "picked_one" if picked else "shown_again", number=number)
        reply, conversation = show_looks(turn.services, conversation, [conversation.looks[number - 1]], text, turn.events)
        return {"reply": reply, "conversation": conversation, "preferences": state["preferences"]}
    before = conversation.looks
    verdict, clashes = colour_verdict(conversation.language, before[heard.target_look - 1], heard) \
        if asks_colour_on_look(before, heard) else ("", False)
    if clashes:  # "does a red belt go with look 2?" of a pink look: no, said, and the look stays as it is
        reply = Reply(verdict, "answer", quick_replies=tuple(prompts.choices(conversation.language, "after_outfits")))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0),
                "preferences": state["stored_preferences"]}
    reply, conversation, preferences = change_looks(turn.services, conversation, state["brief"], heard, turn.events,
                                                    turn.wardrobe)
    reply = replace(reply, text=f"{verdict} {reply.text}" if verdict else reply.text)  # (yes, then it is shown on)
    # ("3번 하늘색 셔츠로 갈게요" of a blue shirt, "2번에 모자만 빼고 그대로 갈게요" with no hat, "I'll take look 1 but add
    # a cap": the pick taken, then the change made or why the look stays as it is)
    reply = replace(reply, text=_with_pick(conversation.language, heard, len(before), reply.text))
    if said := _colour_left_out_asked(conversation.language, heard, state["brief"], turn.services):
        lead = prompts.render(conversation.language, "yes_lead").strip()  # (its yes said once)
        rest = reply.text[len(lead):].lstrip() if reply.text.startswith(lead) else reply.text
        reply = replace(reply, text=said + rest)
    if heard.followups and (heard.floor_seating or heard.shoes_off):
        reply = _floor_or_door_said(conversation.language, heard, reply, conversation.looks != state["conversation"].looks)
    if heard.topics and (notes := _notes(turn.services, replace(heard, event=None), conversation.language,
                                         state["preferences"].gender)):
        # "#2 but lower heels. and tote or structured bag for that?": the change, then the question's answer
        said = _notes_text(conversation.language, notes[:1])
        reply = replace(reply, text=f"{reply.text} {said}")
    if state["brief"] is not state["preferences"]:  # looks of an answer's example brief: the person's
        preferences = state["preferences"]  # own preferences are saved, not that brief
    if heard.target_look and heard.target_look <= len(conversation.looks):  # "2번 신발만 바꿔줘", then "이거 괜찮아?"
        conversation = conversation.evolve(focus_look=heard.target_look)
    return {"reply": reply, "conversation": conversation, "preferences": preferences}


# "흰색 들어간건 빼야되지?", "should I avoid white?", "no white, right?": asked, as well as done
_LEFT_OUT_ASKED = re.compile(r"(?:빼야|피해야|안\s*되|안되)\S*\s*(?:되지|하지|하죠|되죠|맞지|맞죠|겠지|겠죠|나요|까요|요)?\s*[?？]"
                             r"|\b(?:should i|do i|shall i|better to)\s+(?:avoid|skip|leave out|not wear)\b"
                             r"|\btoo close to\b[^.!]*\?"
                             r"|\b(?:right|correct|yeah)\s*[?？]\s*$", re.IGNORECASE)


def _colour_left_out_asked(lang: str, heard: Understanding, brief: Preferences, services: AgentServices) -> str:
    """The yes to a colour asked to be left out that the occasion's code keeps out ("근데 흰색 들어간건 빼야되지? 신부랑
    겹치면 안되니까" at a wedding), said before what changed; nothing otherwise."""
    avoided = heard.preferences.avoid_colors
    if not (avoided and brief.occasion and _LEFT_OUT_ASKED.search(heard.text)):
        return ""
    code = dress_code(brief.occasion, season_of(services, brief))
    colour = next((c for c in avoided if c in code.dress_colours_to_avoid), None)
    if colour is None:
        return ""
    return prompts.render(lang, "colour_left_out_yes", colour=prompts.label(lang, "color_family", colour),
                          occasion=prompts.label(lang, "occasion", brief.occasion)) + " "


def _floor_or_door_said(lang: str, heard: Understanding, reply: Reply, changed: bool) -> Reply:
    """Looks traded for the floor or the door ("좌식이라", "법당에서 신발 벗어야"): why, first; with shoes off, the
    socks show (said too where no loafers were to be had)."""
    socks = " " + prompts.render(lang, "shoes_off_socks") if heard.shoes_off else ""
    if not changed:
        return replace(reply, text=f"{reply.text}{socks}")
    why_key = "floor_traded" if heard.floor_seating and "trousers" in heard.kinds else "shoes_off_traded"
    return replace(reply, text=f"{prompts.render(lang, why_key)} {reply.text}{socks}")


def _ruled_out_beside(heard: Understanding, conversation: ConversationState, reply: Reply) -> Understanding | None:
    """A kind ruled out beside a question answered with the looks kept, which some look on screen wears: that
    exclusion alone, to make on the looks (None where there is none, or the question was about that kind)."""
    out = tuple(k for k in heard.avoid_kinds if k not in heard.kinds)
    if not out or reply.outfits or not any(is_of_kind(i, out) for o in conversation.looks for i in o.items):
        return None
    # (not asked again: "넥타이만 빼면 괜찮나요" is answered once, then the looks go without it)
    return replace(heard, question=None, kinds=(), about_kinds=(), topics=(), asks_which=False, avoid_kinds=out,
                   asks_about_look=False, preferences=replace(heard.preferences, kinds=()))


def explain(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    turn = runtime.context
    reply, conversation = _explain(turn.services, state["conversation"], state["preferences"],
                                   state["understanding"], turn.events)
    if (ruled_out := _ruled_out_beside(state["understanding"], conversation, reply)) is not None:
        # ("do i need a real coat? and no sneakers that look like gym shoes pls": the answer, then the change)
        changed, conversation, _prefs = change_looks(turn.services, conversation, state["brief"], ruled_out,
                                                     turn.events, turn.wardrobe)
        reply = replace(changed, text=f"{reply.text} {changed.text}")
    # ("ok look 2 it is. pocket square yes or no?": the pick taken, then the question answered)
    reply = replace(reply, text=_with_pick(conversation.language, state["understanding"], len(conversation.looks),
                                           reply.text))
    if state["understanding"].preferences.budget_max and not reply.outfits:  # (the looks say it themselves)
        reply = replace(reply, text=prompts.render(conversation.language, "budget_unknown_ahead") + " " + reply.text)
    # A style question changes no taste ("what is amekaji?" is no wish for amekaji), but who the
    # person dresses ("what goes with a white shirt? men's please") holds for what follows ...
    said = state["understanding"].preferences
    # ... and so does the occasion an event names ("내일 발인이에요, 정장 위에 뭐 입어요?": a funeral)
    # ("골프 라운딩 가요 드레스코드 있나요?": the round of golf is what the next turns dress for), its month
    # ("10월이고 남자, 키 170에 좀 통통해요") and a budget
    occasion = event_occasion(state["understanding"]) or said.occasion
    kept = state["stored_preferences"].merged(Preferences(gender=said.gender, avoid_colors=said.avoid_colors,
                                                          occasion=occasion,
                                                          # (the season as merged: "쌀쌀하면?" keeps a May wedding in May)
                                                          season=state["preferences"].season if said.season else None,
                                                          budget_max=said.budget_max))
    return {"reply": reply, "conversation": conversation, "preferences": kept}


def brands(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    turn = runtime.context
    return {"reply": _brands_for_me(turn.services, state["conversation"], state["preferences"], turn.wardrobe)}


def _body_notes(services: AgentServices, heard: Understanding, lang: str, gender: str | None = None) -> str:
    """The notes on the build a size question also asks about ("what cut for a pear shape?"), as text; a man's
    broad shoulders get the menswear note, not the one on skirts and necklines."""
    body = [f"{t}:{gender}" if t in GENDERED_NOTES.get(gender or "", ()) else t
            for t in heard.topics if t.startswith("body:") and t != "body:pregnancy"]
    if not body or services.knowledge is None:
        return ""
    return _notes_text(lang, services.knowledge.by_topic(body, lang)[:1])


def _notes_text(lang: str, notes: Sequence[dict[str, str]]) -> str:
    """Knowledge notes as the reply says them, one after the other."""
    return " ".join(prompts.render(lang, "knowledge_note", title=n["title"], text=n["text"]) for n in notes)


# "does it come in a bigger size?", "큰 사이즈도 있어요?": which sizes a piece is sold in, which the catalogue never says
_STOCK_ASKED = re.compile(r"\b(?:come|comes|available|have it|has it|sold|make it|do they have|in stock)\b"
                          r"(?:\s+\w+){0,3}?\s+(?:size|sizes|xl|xxl|l|plus)\b|\bin (?:my|a bigger|a smaller|plus) size\b"
                          r"|사이즈(?:도|는)?\s*(?:있|나와|나오|재고)|재고")


def size(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    conversation, heard = state["conversation"], state["understanding"]
    if "body:pregnancy" in heard.topics:  # "what size tops? was a M before the bump": the size worn before decides
        key = "size_pregnancy_usual" if heard.size_said else "size_pregnancy"
        reply = Reply(prompts.render(conversation.language, key, size=heard.size_said or ""), "answer",
                      quick_replies=tuple(prompts.choices(conversation.language, "after_outfits" if conversation.looks
                                                          else "start")))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}
    if said := _shoe_size_answer(conversation.language, heard, state["preferences"].gender) \
            or _size_from_words(conversation.language, heard, state["preferences"].gender):
        # "i'm between M and L", "what size shirt for a 42 inch chest": answered from what they said
        reply = Reply(said, "answer", quick_replies=tuple(prompts.choices(conversation.language, "start")))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}
    reply, asked = _size_answer(conversation, state["preferences"], _body(heard, conversation, runtime.context.body),
                                _part_asked(heard), names_two_sizes(heard.text))
    fit = _said_size_fit(conversation.language, heard, state["preferences"].gender,
                         _body(heard, conversation, runtime.context.body))
    if against := _against_usual(conversation.language, heard, state["preferences"].gender):
        # "L 사면 돼? 평소 M 입어": answered from their own size; the chart's, when it has the numbers, after
        reply, asked = replace(reply, text=against if asked else f"{against} {reply.text}", type="answer"), False
    elif fit:  # "100 사이즈 사면 오버핏 돼?": how that size wears, not the numbers again
        reply = replace(reply, text=fit)
    elif heard.fit == "oversized" and (usual := heard.size_usual or conversation.size_worn) \
            and heard.size_said in (None, usual) and (up := next_size_of(usual, state["preferences"].gender)):
        # "평소 95 입는데 오버핏으로 입으려면?", or "오버핏이면요?" after "보통 M 입어요": a size up for the loose
        # look, unless the piece is cut oversized
        reply = replace(reply, text=prompts.render(conversation.language, "size_oversized_from_usual",
                                                   usual=usual, up=up), type="answer", asks=())
        asked = False
    elif heard.size_said:  # "I usually wear L, so L here too?": that first, then what the numbers say if known
        said = _usual_size_answer(conversation.language, heard.size_said, state["preferences"].gender)
        if (up := NEXT_SIZE.get(heard.size_said.upper())) and _BROAD_BUILD.search(heard.text):
            # "usually a M but broad shoulders": shoulders cannot be let out, so the size up unless they fit
            said += " " + prompts.render(conversation.language, "size_broad_up", size=heard.size_said.upper(), up=up)
        # (no question for the numbers: the size they wear answers it; numbers said next still get the chart's)
        reply = replace(reply, text=said if asked else f"{said} {reply.text}", type="answer", asks=())
    elif not asked and (roomy := _roomier_size(conversation.language, heard, state["preferences"].gender,
                                               _body(heard, conversation, runtime.context.body))):
        reply = replace(reply, text=f"{reply.text} {roomy}")  # "i like it a bit roomy": the size up, named
    if _STOCK_ASKED.search(heard.text.lower()):  # "does the jacket in look 4 come in a bigger size?": no stock here
        reply = replace(reply, text=prompts.render(conversation.language, "size_stock_unknown") + " " + reply.text)
    if not asked and (body_notes := _body_notes(runtime.context.services, heard, conversation.language,
                                                state["preferences"].gender)):
        reply = replace(reply, text=f"{reply.text} {body_notes}")  # "...and what cut suits a pear shape?"
    pending = ("size",) if asked else ()  # the next message with the numbers or the gender is the answer
    if conversation.looks and not reply.asks:  # (a size asked of the looks on screen: their choices stay)
        reply = replace(reply, quick_replies=tuple(prompts.choices(conversation.language, "after_outfits")))
    said = (heard.height_cm or conversation.body[0], heard.weight_kg or conversation.body[1])
    gender_asked = conversation.gender_asked or "gender" in reply.asks  # (asked once: then both wardrobes' sizes)
    # the garment asked of ("for a t-shirt") is no wish for looks with it; whose clothes said holds
    kept = replace(state["stored_preferences"], gender=state["preferences"].gender)
    return {"reply": reply, "preferences": kept,
            "conversation": conversation.evolve(pending=pending, questions_in_row=0, body=said, sizes_told=not asked,
                                                gender_asked=gender_asked)}


_SHOE_WORDS = re.compile(r"shoe|sneaker|trainer|boot|heel|loafer|sandal|nike|adidas|신발|운동화|구두|부츠|로퍼|샌들|힐|"
                         r"스니커즈|나이키|아디다스|발 ?길이|발볼|신는|신어|\d\s*mm|\d\s*미리", re.IGNORECASE)


def _shoe_size_answer(lang: str, heard: Understanding, gender: str | None) -> str:
    """"I'm a US 9, what's that in mm?", "235 신는데 US로 몇?": the size in every system; "" where the message
    names no shoe size (a "US 8" dress is no shoe)."""
    size = said_shoe_size(heard.text)
    if size is None or not (_part_asked(heard) == "shoes" or _SHOE_WORDS.search(heard.text)):
        return ""
    said = f"{size_text(size.value)} mm" if size.system == "mm" else f"{size.system.upper()} {size_text(size.value)}"
    if (sizes := converted(size, gender)) is None:
        return prompts.render(lang, "shoe_size_outside", said=said)
    women = converted(size, "women") if size.system == "us" and gender not in ("men", "women") else None
    if women is not None:  # whose US size is unknown: read both ways
        return prompts.render(lang, "shoe_size_us_unknown", value=size_text(size.value), mm=size_text(sizes.mm),
                              uk=size_text(sizes.uk), eu=size_text(sizes.eu), mm_women=size_text(women.mm),
                              eu_women=size_text(women.eu))
    numbers = {"mm": size_text(sizes.mm), "uk": size_text(sizes.uk), "eu": size_text(sizes.eu)}
    if gender in ("men", "women"):
        return prompts.render(lang, "shoe_size_one", said=said, wear=prompts.render(lang, f"shoe_wear_{gender}"),
                              us=size_text(sizes.us_men if gender == "men" else sizes.us_women), **numbers)
    return prompts.render(lang, "shoe_size_both", said=said, us_men=size_text(sizes.us_men),
                          us_women=size_text(sizes.us_women), **numbers)


def _part_asked(heard: Understanding) -> str | None:
    """The part of the chart a size question names ("바지는요?": bottoms), or None for both."""
    slots = {KIND_TO_SLOT.get(k) for k in heard.kinds} or set(heard.slots)
    if slots == {"shoes"}:
        return "shoes"
    if slots and slots <= {"bottom"}:
        return "bottom"
    return "top" if slots and slots <= {"top", "outerwear", "onepiece"} else None


def trend(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    services, heard = runtime.context.services, state["understanding"]
    offered = None
    if heard.fit:  # "오버핏 유행 끝났어?": the catalogue has no word on cuts
        reply = _fit_trend_answer(services, state["conversation"].language, heard.fit)
    else:
        anchor = state["conversation"].anchor  # ("이거 유행 지난거야?" of the wedges shown: wedges)
        shown = (anchor.kind,) if anchor is not None and anchor.kind and heard.points_at_it else ()
        reply, offered = _trend_answer(services, state["conversation"], state["preferences"], heard.kinds or shown,
                                       heard.slots)
    return {"reply": reply, "conversation": state["conversation"].evolve(pending=(), questions_in_row=0, offered=offered,
                                                                           trend_told=offered is not None)}


def save(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    reply, item = _save_garment(state["conversation"])
    return {"reply": reply, "to_save": item}


def review(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    """A question about one look on screen, answered about that look; the looks stay as they are."""
    services, conversation, heard = runtime.context.services, state["conversation"], state["understanding"]
    prefs, lang = state["preferences"], conversation.language
    number = heard.target_look or 1
    look = conversation.looks[number - 1]
    if heard.age is None and conversation.age and asks_about_age(heard.text):  # "does look 1 suit my age?"
        heard = replace(heard, age=conversation.age)
    occasion = asked_occasion(heard)
    if heard.compared_looks and max(heard.compared_looks) <= len(conversation.looks):  # "1번이랑 2번 중에 뭐가 나아?"
        numbers = tuple(range(1, len(conversation.looks) + 1)) if heard.compared_looks == ALL_LOOKS \
            else heard.compared_looks  # ("which one of these would be ok for lunch?": all of them)
        text = compare_looks(lang, numbers, conversation.looks, occasion or prefs.occasion or "daily",
                             season_of(services, prefs), prefs.gender)
        reply = Reply(text, "answer", quick_replies=tuple(prompts.choices(lang, "after_outfits")))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0),
                "preferences": state["stored_preferences"]}
    if pair := pieces_paired(conversation.looks, heard.text):  # "2번 바지 + 3번 니트 조합 ㄱㅊ?"
        text, mix = paired_answer(lang, pair)
        reply = Reply(text, "answer", quick_replies=(mix, *tuple(prompts.choices(lang, "after_outfits"))[:2]))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0),
                "preferences": state["stored_preferences"]}
    if loud_piece_asked(conversation.looks, heard):  # "가방 색이 너무 튀지 않나요?"
        text, trade = loud_answer(lang, conversation.looks, heard)
        reply = Reply(text, "answer", quick_replies=trade + tuple(prompts.choices(lang, "after_outfits"))[:3 - len(trade)])
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0),
                "preferences": state["stored_preferences"]}
    if weighs_colours(conversation.looks, heard):  # "black or dark brown shoes better for look 2?"
        text, put = colour_choice(lang, look, heard)
        reply = Reply(text, "answer", quick_replies=put + tuple(prompts.choices(lang, "after_outfits"))[:3 - len(put)])
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0, focus_look=number,
                                                                   weighed_part=part_weighed(heard)),
                "preferences": state["stored_preferences"]}
    if colour_of_a_worn_piece(conversation, heard):  # "what color shirt goes with the coat in look 2?"
        asked = heard.colour_asked_of or ""
        text, misfits = colour_beside(lang, number, look, asked, piece_beside(look, heard.about_kinds, asked) or look.items[0])
    elif heard.asks_property:  # "are the boots in look 2 waterproof?", "will i sweat in look 3?"
        text, misfits = property_answer(lang, conversation.looks, heard, occasion or prefs.occasion)
    elif not heard.target_look and (heard.asks_warm or heard.weather.rain) and len(conversation.looks) > 1:
        # "will i be cold up there? 12C at night": each look's answer, the looks kept
        text, misfits = weather_of_looks(lang, conversation.looks, heard)
    else:
        text, misfits = review_look(lang, number, look, heard, prefs.occasion or "daily", season_of(services, prefs),
                                    prefs.gender)
    text = _with_pick(lang, heard, len(conversation.looks), text)  # ("이걸로 할게요 근데 많이 걸어도 괜찮은 신발이에요?")
    elsewhere = occasion and occasion != state["stored_preferences"].occasion  # "would #1 work for a funeral?"
    offers = (prompts.render(lang, "looks_for", occasion=prompts.label(lang, "occasion", occasion)),) if elsewhere \
        else tuple(_swap_offered(lang, i, number, heard) for i in misfits[:2])
    reply = Reply(text, "answer", quick_replies=offers + tuple(prompts.choices(lang, "after_outfits"))[:3 - len(offers)])
    # what was asked about (an age, another occasion) changes no taste; "make it more formal" next is this look's
    # (a month told beside it is a fact kept: "5월 말인데 밤에 춥나요?" dresses late May from now on)
    kept = state["stored_preferences"]
    if heard.preferences.season and not season_only_felt(heard.text):
        kept = replace(kept, season=heard.preferences.season)
    return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0, focus_look=number),
            "preferences": kept}


def _with_pick(lang: str, heard: Understanding, shown: int, text: str) -> str:
    """"Look 2 it is." before what is said of a look picked among the `shown` ones (once: a reply that takes the
    pick in its own words keeps them)."""
    if not (heard.target_look and heard.target_look <= shown and says_a_pick(heard.text)):
        return text
    taken = prompts.render(lang, "look_taken_short", number=heard.target_look)
    return text if taken.rstrip(".!") in text else f"{taken} {text}"


def finish(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    """"And what socks?", "벨트는 무슨 색?": the touch each look on screen (or the one named) wants, in words."""
    services, conversation, heard = runtime.context.services, state["conversation"], state["understanding"]
    text = finishing_answer(conversation.language, conversation.looks, heard, state["brief"].occasion or "daily",
                            season_of(services, state["brief"]))
    text = _with_pick(conversation.language, heard, len(conversation.looks), text)  # "I'll take look 1. what tie?"
    reply = Reply(text, "answer", quick_replies=tuple(prompts.choices(conversation.language, "after_outfits")))
    # (what was asked about changes no taste: the socks asked about are no wish for socks)
    return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0),
            "preferences": state["stored_preferences"]}


def finishing_answer(lang: str, looks: Sequence[Outfit], heard: Understanding, occasion: str, season: str) -> str:
    """The touch each look (or the one named) wants, or what each wears in the slot asked about."""
    numbers = [heard.target_look] if heard.target_look and heard.target_look <= len(looks) else range(1, len(looks) + 1)
    kind = next((k for k in heard.kinds if k in FINISHING_KINDS), None)
    if kind is None:  # "신발은 뭐 신어야돼?": what the occasion wants in that slot, and what each look wears there
        # ("신발이랑 아우터 뭐가 어울려요": both slots, each answered)
        slots = [s for s in dict.fromkeys(heard.slots) if s in FINISHING_SLOTS]
        return " ".join(_slot_answer(lang, looks, numbers, slot, occasion, season, heard.rough_ground) for slot in slots)
    touches = [(n, finishing(kind, looks[n - 1], occasion, season)) for n in numbers]
    # (socks that match no trousers: the dresses' tights and the trainers' short socks are the rule said)
    keys = {t.key for _n, t in touches}
    rule = kind if kind != "socks" or "finish_socks_match" in keys else "hiking" \
        if keys == {"finish_socks_hiking"} else "legs"
    return _touches_answer(lang, prompts.render(lang, f"finish_intro_{rule}"), touches)


def _slot_answer(lang: str, looks: Sequence[Outfit], numbers: Sequence[int], slot: str, occasion: str,
                 season: str, rough: bool = False) -> str:
    """What the occasion (or the `rough` ground the message names) wants in one slot, and what each look
    wears there."""
    men = any(i.gender == "men" for look in looks for i in look.items)
    touches = [(n, worn_in_slot(looks[n - 1], slot, season, rough)) for n in numbers]
    return _touches_answer(lang, prompts.render(lang, slot_intro(slot, occasion, season, men, rough)), touches)


def _touches_answer(lang: str, intro: str, touches: list[tuple[int, Any]]) -> str:
    advice = [prompts.render(lang, "finish_look", number=n, advice=_touch_words(lang, t)) for n, t in touches]
    looks = prompts.render(lang, "finish_join").join(advice)
    return prompts.render(lang, "finish_answer", intro=intro, looks=looks[:1].upper() + looks[1:])


# "how many outfits should i pack for 5 days", "옷 몇 벌 챙기면 될까요": the count, said before the capsule
_HOW_MANY = re.compile(r"\bhow (?:many|much)\b|몇\s?벌", re.IGNORECASE)


def capsule(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    """"What should I pack?": the looks' pieces that all go together, and the ways to wear them (the looks
    are made first when there are none yet)."""
    turn, conversation, prefs, heard = runtime.context, state["conversation"], state["brief"], state["understanding"]
    lang = conversation.language
    if not conversation.looks:
        reply, conversation = offer_looks(turn.services, conversation, prefs, heard, turn.events, turn.wardrobe)
        if not reply.outfits:
            return {"reply": reply, "conversation": conversation}
    named = [n for n in heard.looks_named if n <= len(conversation.looks)]
    # ("2번이랑 3번 섞어 입을수 있어요?": those two looks' pieces, worn across the days)
    packed = capsule_from(tuple(conversation.looks[n - 1] for n in named) if len(named) > 1 else conversation.looks)
    if packed is None:  # too few pieces to mix: the looks stay, and the reply says so
        said = prompts.render(lang, "capsule_none_named", numbers=prompts.listed(lang, [str(n) for n in named])) \
            if len(named) > 1 else prompts.render(lang, "capsule_how_many") if _HOW_MANY.search(heard.text) \
            else prompts.render(lang, "capsule_none")  # ("how many outfits for the evenings?": the count, at least)
        return {"reply": Reply(said, "answer",
                               quick_replies=tuple(prompts.choices(lang, "after_outfits"))),
                "conversation": conversation.evolve(pending=(), questions_in_row=0)}
    occasion, season = prefs.occasion or "travel", season_of(turn.services, prefs)
    outfits = [Outfit(style, items, why(style, occasion, items, lang, season)) for style, items in packed.looks]
    pieces = prompts.listed(lang, [f"{prompts.label(lang, 'color_family', i.color_family)} {prompts.label(lang, 'kind', i.kind)}"
                                   for i in packed.pieces])
    counted = prompts.render(lang, "capsule_how_many") + " " if _HOW_MANY.search(heard.text) else ""
    text = counted + prompts.render(lang, "capsule", count=len(packed.pieces), ways=len(outfits), pieces=pieces) \
        + weather_notes(lang, conversation.weather, outfits) + feel_notes(lang, conversation.feel, outfits)
    reply, conversation = show_looks(turn.services, conversation, outfits, text, turn.events)
    return {"reply": reply, "conversation": conversation}


def _touch_words(lang: str, touch: Touch) -> str:
    colour = prompts.label(lang, "color_family", touch.family) if touch.family else ""
    kind = prompts.label(lang, "kind", touch.kind) if touch.kind else ""
    return prompts.render(lang, touch.key, colour=colour, kind=kind)


def answer(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    """What the rules cannot answer goes to a configured chat model (grounded by tools); without
    one, or when it fails, the stylist says what it can do."""
    services, conversation = runtime.context.services, state["conversation"]
    lang, text = conversation.language, state["turn"].text
    said = None
    if services.llm is not None and text and not {"greeting", "ack"} & state["understanding"].intents:
        from chains.llm_tools import stylist_tools

        said = services.llm.answer(text, lang, stylist_tools(services, lang))
    heard = state["understanding"]
    if not said and heard.climate_asked and (place := place_by_key(heard.place or conversation.place or "")):
        # ("is it warm there in january or should we carry something", "거기 겨울이에요??"): the month there
        return _climate_answered(services, conversation, heard, place,
                                 state["preferences"].season if state["preferences"] else None)
    if heard.asks_where_to_buy:  # no shop, link or price is known: each card's brand and name find the piece
        reply = Reply(prompts.render(lang, "no_shops"), "answer",
                      quick_replies=tuple(prompts.choices(lang, "after_outfits" if conversation.looks else "start")))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}
    if not said and heard.for_a_child:  # ("초3 딸 첫 피아노 콩쿠르 … 드레스 입어야되나요?"): no kidswear, said so
        reply = Reply(prompts.render(lang, "child_wearer"), "answer",
                      quick_replies=tuple(prompts.choices(lang, "after_outfits" if conversation.looks else "start")))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}
    if not said and heard.no_suit and conversation.looks:  # "he doesn't own a suit": the looks on screen need none
        reply = Reply(no_suit_needed(lang, heard, conversation.looks).strip(), "answer",
                      quick_replies=tuple(prompts.choices(lang, "after_outfits")))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}
    if not said and asks_why_of_looks(heard, conversation.looks):
        reply = Reply(why_reply(lang, heard, conversation.looks, state["preferences"]), "answer",
                      quick_replies=tuple(prompts.choices(lang, "after_outfits")))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}
    if not said and heard.knee_length and conversation.looks:  # "no mini skirts, knee length please"
        reply = Reply(knee_length_note(lang, conversation.looks, heard.target_look), "answer",
                      quick_replies=(prompts.render(lang, "trousers_instead"), *prompts.choices(lang, "after_outfits")[:2]))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}
    if not said and heard.picks_for_me and conversation.looks:  # "just pick one for me": the look last talked about
        focus = heard.target_look  # (the one they liked and changed), else the best-ranked first one
        number = focus if focus and focus <= len(conversation.looks) else 1
        reply = Reply(prompts.render(lang, "look_picked_for_you", number=number, why=conversation.looks[number - 1].why),
                      "answer", quick_replies=tuple(prompts.choices(lang, "after_outfits")))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0, focus_look=number)}
    if not said and "ack" in heard.intents and conversation.looks:  # "그걸로", "perfect, thanks": taken as they are
        picked = picks_by_wearer(conversation.looks, state["preferences"].gender, heard) if heard.looks_named \
            else [n for n in (heard.target_look,) if n and n <= len(conversation.looks)]
        taken = prompts.render(lang, "looks_taken_these", numbers=prompts.listed(lang, [str(n) for n in picked])) \
            if len(picked) > 1 else prompts.render(lang, "look_taken", number=picked[0]) if picked \
            else prompts.render(lang, "looks_taken")  # ("look 1 for me and look 2 for her": both taken)
        reply = Reply(taken, "answer", quick_replies=tuple(prompts.choices(lang, "after_outfits")))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}
    if not said and asks_if_piece_dark(conversation, heard) and (
            found := piece_darkness(lang, conversation.looks, heard.kinds, heard.target_look)):
        return _looks_answered(lang, conversation, *found)  # "자켓 색이 너무 어두운가요?": each look's jacket
    if not said and (heard.floor_seating or heard.shoes_off) and conversation.looks:
        # "아 좌식이라 바닥에 앉아야 할 수도 있대요", "법당에서 신발 벗어야 돼요": what that changes, look by look
        return _looks_answered(lang, conversation, *seated_on_the_floor(lang, conversation.looks, heard.floor_seating,
                                                                        heard.shoes_off))
    if not said and conversation.looks and PHOTOS_SAID.search(heard.text) and not (heard.followups or heard.kinds):
        # ("입소식 보고 헤어진다는데 사진도 찍을거같아서요"): how each look will photograph, the looks kept
        return _looks_answered(lang, conversation, *photographed_looks(
            lang, conversation.looks, state["preferences"].occasion if state["preferences"] else None))
    if not said and heard.outdoors and conversation.looks:  # "its outdoors at a garden restaurant": what changes
        return _looks_answered(lang, conversation, *outdoors_of_looks(lang, conversation.looks))
    fallback = "no_looks_yet" if not conversation.looks and (heard.followups or heard.target_look) else "help"
    if conversation.looks and not said and not {"greeting", "ack"} & heard.intents:
        fallback = "unclear_change"  # ("less touristy pls lol" of the looks on screen: what it can change, not the menu)
        if _TOLD_NOT_ASKED.search(heard.text) is None and not (heard.target_look or heard.question or heard.asks_which):
            fallback = "noted_statement"  # ("한정식집에서 해요 양가 부모님 다 계시고": told, taken; nothing to change)
        elif ASKED.search(heard.text.strip()) and not _OPINION_ASKED.search(heard.text) \
                and (not (heard.followups or heard.kinds or heard.target_look) or asks_without_changing(conversation, heard)):
            # ("is it rude to dress up in skull stuff as a tourist?", "향수 뿌리지 말라던데 진짜에요?"): a question no
            # note answers is said to be one, not taken for a change that was not understood
            fallback = "unanswered_question"
            if heard.climate_asked:  # ("how cold at night? homestay" in a town the climate table lacks): said so, with
                fallback = "climate_unknown_place"  # what holds anywhere, not a refusal
        if _ONLY_ONE_PART.search(heard.text):  # ("i only need the after part": the looks were dressed for it)
            fallback = "looks_for_that_part"
        if heard.later_part:  # ("in the evening it's just a bbq and some beers": the day's looks carry into it)
            fallback = "looks_into_the_evening"
        if heard.also_for:  # ("출근복이랑 겸해야 돼요" at a funeral: the plain, quiet looks pass at the office too)
            fallback = "looks_serve_both"
            if any(i.kind == "tie" for o in conversation.looks for i in o.items):
                event = prompts.label(lang, "occasion", state["preferences"].occasion or "funeral")
                said = f"{prompts.render(lang, 'looks_serve_both', occasion=event)} {prompts.render(lang, 'looks_serve_both_tie')}"
        if _HARDY.search(heard.text):  # ("nothing id be sad about ruining": what of theirs to leave at home)
            precious = sorted({prompts.label(lang, "kind", i.kind) for o in conversation.looks for i in o.items
                               if i.kind in ("watch", "jewellery", "sunglasses")})
            said = prompts.render(lang, "looks_hardy", pieces=prompts.listed(lang, precious)) if precious \
                else prompts.render(lang, "looks_hardy_none")
            fallback = "noted_statement"
    menu = "start" if fallback in ("help", "no_looks_yet") else "after_outfits"
    occasion = prompts.label(lang, "occasion", state["preferences"].occasion or "daily") if state["preferences"] else ""
    reply = Reply(said or prompts.render(lang, fallback, occasion=occasion), "answer",
                  quick_replies=tuple(prompts.choices(lang, menu)))
    return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}


def _climate_answered(services: AgentServices, conversation: ConversationState, heard: Understanding,
                      place: Place, dressed: str | None) -> dict[str, Any]:
    """What the month is like there and what to bring; where the looks on screen are for another season, the
    button that dresses for this one."""
    lang = conversation.language
    month = heard.month or conversation.month or services.today().month
    season = season_to_dress_for(place, month)
    quick = tuple(prompts.choices(lang, "after_outfits" if conversation.looks else "start"))
    if conversation.looks and dressed and season != dressed:
        quick = (prompts.render(lang, "climate_redress", season=prompts.label(lang, "season", season)), *quick[:2])
    reply = Reply(climate_note(lang, place, month, heard.text, season_named(heard.text)), "answer", quick_replies=quick)
    return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}


# "what do you think?", "what else?", "어때요?": an opinion or more asked, no question of fact
_OPINION_ASKED = re.compile(r"\bwhat do (?:you|u) think\b|\bwhat else\b|\banything else\b|\bthoughts\b|\bwhich one\b"
                            r"|어때|어떻게\s*생각|다른\s*(?:건|거|것)|뭐가\s*(?:나아|좋아)", re.IGNORECASE)
# "actually i only need the after part, ive got my kit sorted": one part of a two-part day, the one dressed for
_ONLY_ONE_PART = re.compile(r"\b(?:only|just)\s+(?:need\s+)?(?:(?:an?|the)\s+)?(?:outfit\s+for\s+(?:the\s+)?)?"
                            r"(?:after|afterwards|later|second|evening|night|drinks|dinner|reception)\s*(?:part|bit|bits)?\b"
                            r"|\bkit(?:'s| is)? sorted\b|\bgot my (?:kit|gear)\b|뒤풀이만|끝나고\s*(?:입을|갈)\s*(?:것|거|옷)만"
                            r"|(?:두\s*번째|뒤에)\s*(?:것|거|자리)만", re.IGNORECASE)
# "nothing id be sad about ruining", "망가져도 괜찮은 걸로": clothes for a crush, a spill or mud (the looks say which
# of their pieces to leave at home)
_HARDY = re.compile(r"\b(?:sad|upset|mad|cry)\s+(?:about|if|to)\s+(?:\w+\s+){0,2}(?:ruin|ruining|ruined|wreck|trash)"
                    r"|\b(?:don'?t|dont|wouldn'?t|won'?t)\s+mind\s+(?:\w+\s+){0,2}(?:ruin|ruining|getting (?:ruined|dirty|trashed|wrecked))"
                    r"|\bnothing\s+(?:too\s+)?(?:precious|nice|fancy)\b(?=.*\b(?:ruin|dirty|trash|mosh|beer|sweat))"
                    r"|망가져도|더러워져도|버려도\s*되는|막\s*입을", re.IGNORECASE)
# A message that asks for a change or asks a question, not one that tells how the day will be
_TOLD_NOT_ASKED = re.compile(r"\?|^\s*(?:do|does|is|are|can|could|would|will|should|how|what|which|any)\b"
                             r"|\b(?:can|could|would|will|should|make|swap|change|switch|replace|instead|more|less|"
                             r"another|different|try|want|need|pls|please|rather|prefer|not too|don'?t|dont|no)\b"
                             r"|바꿔|바꾸|해\s?줘|해\s?주세요|할까|될까|나요|까요|좀 더|다른|말고|빼|싫|느낌으로|좋겠|원해|제외|없이|"
                             r"안\s?입|필수|해야|돼야|되어야|규정|\b(?:required|must|have to|has to|need to|needs to|dress code)\b|"
                             r"(?:으로|로)\s?(?:요|해|부탁)", re.IGNORECASE)


def _swap_offered(lang: str, piece: Item, number: int, heard: Understanding) -> str:
    """The quick reply trading a piece the answer found wrong: heels too high to walk in, for flats (a plain swap
    would bring other heels); else another of its kind."""
    if heard.asks_walkable and piece.kind == "heels":
        return prompts.render(lang, "swap_for_flats", number=number)
    return prompts.render(lang, "swap_on_look", kind=prompts.label(lang, "kind", piece.kind), number=number)


def _looks_answered(lang: str, conversation: ConversationState, text: str, to_swap: Sequence[Item]) -> dict[str, Any]:
    """An answer about the looks on screen, which stay; the pieces it names offered as swaps (two at most)."""
    offers = tuple(prompts.render(lang, "swap_on_look", kind=prompts.label(lang, "kind", i.kind), number=n)
                   for n, i in _numbered_pieces(conversation.looks, to_swap)[:2])
    reply = Reply(text, "answer", quick_replies=offers + tuple(prompts.choices(lang, "after_outfits"))[:3 - len(offers)])
    return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}


def _numbered_pieces(looks: Sequence[Outfit], pieces: Sequence[Item]) -> list[tuple[int, Item]]:
    """Each piece with the number of the look that wears it."""
    return [(n, i) for i in pieces for n, o in enumerate(looks, 1) if i in o.items][:len(pieces)]


def error(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    """A photo that could not be read, or one that is not one garment (not a fault: ask for it alone)."""
    lang = state["conversation"].language
    if state.get("photo_error") == NOT_ONE_GARMENT:
        return {"reply": Reply(prompts.render(lang, "not_one_garment"), "question", asks=("photo",))}
    return {"reply": Reply(prompts.render(lang, "error_photo", detail=state.get("photo_error") or ""), "error")}


def partner(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    """"What should my husband wear?" beside the looks on screen: they stay, and the other's are added."""
    turn = runtime.context
    reply, conversation = offer_partner_looks(turn.services, state["conversation"], state["brief"],
                                              state["understanding"], turn.events)
    return {"reply": reply, "conversation": conversation}


# The router's decision -> the node that acts on it (every action of chains.router.ACTIONS).
NODES = {"clarify": clarify, "recommend": recommend, "revise": revise, "review": review, "finish": finish,
         "capsule": capsule, "partner": partner,
         "explain": explain,
         "brands": brands,
         "size": size, "trend": trend, "save": save, "answer": answer, "error": error}
