"""A stylist's rubric: the rules any stylist states, checked on a finished look (pure).

Each rule has a name (the key `stylist eval outfits` counts) and reads the look's pieces as a
stylist does, through their traits (formality, function, warmth, corrected kind). docs/OUTFITS.md
lists the rules and why each exists. The rubric is written as a list of statements, not as the
composer's score: a look can score well and still break one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import prompts
from chains.dress_code import BAND_ACCESSORIES, dress_code
from chains.harmony import accents, clashing_pairs
from chains.rain_layer import is_rain_shell, wants_shell
from chains.look_score import (
    bridal_white,
    cufflinks_out_of_place,
    layer_over_knit,
    layer_over_short_sleeves,
    leather_clash,
    plain_shoes,
    sombre_black,
    suit_line,
)
from domain.items import Item
from domain.vocabulary import COLOR_FAMILIES, GARMENT_SLOTS, KINDS, WORKOUT_OCCASIONS, WORN_SLOTS
from domain.traits import formality_rank, is_printed, named_formality, traits_of

DRESSY = frozenset({"work", "interview", "wedding", "party", "date"})
FORMAL_EVENTS = frozenset({"interview", "wedding"})
WORN = frozenset(WORN_SLOTS)
GARMENTS = frozenset(GARMENT_SLOTS)
CASUAL_AT_FORMAL = frozenset({"tshirt", "sweatshirt", "tank", "jeans", "shorts", "leggings", "sneakers", "sandals"})
SUMMER_HEAVY = frozenset({"sweater", "sweatshirt", "cardigan", "coat", "boots", "scarf"})
WRONG_BAGS = {  # bag functions a stylist would not carry to the occasion
    "wedding": {"gym", "travel", "office", "sport"}, "party": {"gym", "travel", "office", "sport"},
    "date": {"gym", "travel", "office", "sport"}, "interview": {"gym", "travel", "sport", "evening"},
    "work": {"gym", "sport", "evening"}, "workout": {"evening", "office"}, "gym": {"evening", "office"}, "daily": {"evening", "gym"},
    "travel": {"evening"},
}
RULES = (
    "incomplete", "duplicate_slot", "mixed_gender", "athletic_at_dressy_event", "casual_at_formal_event",
    "dressy_at_workout", "weather_gear_on_dressy_look", "wrong_bag", "out_of_season_light",
    "out_of_season_heavy", "no_warmth_in_winter", "formality_clash", "clashing_colours", "too_many_accents",
    "wanted_colour_missing", "wanted_colour_everywhere", "avoided_colour_present", "repeated_item",
    "reason_contradicts_look", "sneakers_with_dress", "two_loud_pieces", "no_bag_for_her",
    "layer_over_knit", "bridal_white_at_wedding", "black_and_brown_leather",
    "cufflinks_out_of_place", "layer_over_short_sleeves", "mismatched_suit", "casual_accessory_at_formal_event",
    "head_to_toe_black_at_wedding",
)
SMART_EVENTS = frozenset({"work", "interview", "wedding"})
SNEAKERS_WITH_DRESS_OK = frozenset({"daily", "travel", *WORKOUT_OCCASIONS, "date"})  # a casual date may wear white trainers
BAG_OCCASIONS = frozenset({"work", "interview", "wedding", "party", "date", "travel"})


@dataclass(frozen=True)
class Brief:
    """What the looks were asked for."""

    occasion: str
    season: str
    gender: str | None = None
    colors: tuple[str, ...] = ()
    avoid_colors: tuple[str, ...] = ()
    named_slot: str | None = None  # "navy chinos": the garment the colour belongs to
    rain: bool = False  # said to go out into the rain: a rain jacket is the office commute's layer


def _kinds(items: Sequence[Item]) -> set[str]:
    return {traits_of(i).kind for i in items}


def _worn(items: Sequence[Item]) -> list[Item]:
    return [i for i in items if i.slot in WORN]


def structure(items: Sequence[Item]) -> list[str]:
    slots = [i.slot for i in items]
    found = []
    if "shoes" not in slots or not ({"top", "bottom"} <= set(slots) or "onepiece" in slots):
        found.append("incomplete")
    if any(slots.count(s) > 1 for s in WORN):
        found.append("duplicate_slot")
    if {"men", "women"} <= {i.gender for i in items if i.source == "catalog"}:
        found.append("mixed_gender")
    return found


def _rain_layer(item: Item, brief: Brief) -> bool:
    """A rain jacket worn on the way in the rain, where the occasion lets one come (chains/rain_layer.py)."""
    return brief.rain and wants_shell(brief.occasion, brief.season) and is_rain_shell(item)


def occasion_rules(items: Sequence[Item], brief: Brief) -> list[str]:
    traits = [traits_of(i) for i in _worn(items)]
    found = []
    if brief.occasion in DRESSY and any(t.formality == "athletic" for t in traits):
        found.append("athletic_at_dressy_event")
    if brief.occasion in FORMAL_EVENTS and (_kinds(_worn(items)) & CASUAL_AT_FORMAL
                                            or any(t.formality == "casual" for t in traits)):
        found.append("casual_at_formal_event")
    if brief.occasion in WORKOUT_OCCASIONS and any(t.formality in ("smart", "formal") for t in traits):
        found.append("dressy_at_workout")
    gear = [i for i in _worn(items) if traits_of(i).function in ("rain", "outdoor", "sport") and not _rain_layer(i, brief)]
    if brief.occasion in DRESSY and gear:
        found.append("weather_gear_on_dressy_look")
    bags = [traits_of(i).function for i in items if traits_of(i).kind == "bag"]
    if any(f in WRONG_BAGS.get(brief.occasion, set()) for f in bags):
        found.append("wrong_bag")
    return found


def finish_rules(items: Sequence[Item], brief: Brief) -> list[str]:
    """How the pieces finish each other: shoes for a dress, one loud piece, her bag, no doubled knits."""
    worn = _worn(items)
    kinds = _kinds(worn)
    found = []
    if "onepiece" in {i.slot for i in worn} and "sneakers" in kinds and brief.occasion not in SNEAKERS_WITH_DRESS_OK:
        found.append("sneakers_with_dress")
    if sum(is_printed(i) for i in worn) > 1:
        found.append("two_loud_pieces")
    if brief.gender == "women" and brief.occasion in BAG_OCCASIONS and "bag" not in _kinds(items):
        found.append("no_bag_for_her")
    if layer_over_knit(worn, brief.season):
        found.append("layer_over_knit")
    if brief.occasion == "wedding" and (any(i.slot == "onepiece" and i.color_family in ("white", "beige") for i in worn)
                                        or "white" not in brief.colors and bridal_white(items)):
        found.append("bridal_white_at_wedding")  # (a white top over white trousers is a white dress too)
    if leather_clash(items):
        found.append("black_and_brown_leather")
    if layer_over_short_sleeves(items):
        found.append("layer_over_short_sleeves")
    if cufflinks_out_of_place(items, brief.occasion):
        found.append("cufflinks_out_of_place")
    if suit_line(items) < 0:
        found.append("mismatched_suit")
    if brief.occasion in SMART_EVENTS and any(  # by the name, which no catalogue label can overrule
            traits_of(i).kind in BAND_ACCESSORIES and named_formality(i.name) in ("athletic", "casual")
            for i in items if i.slot == "accessory"):
        found.append("casual_accessory_at_formal_event")
    return found


def season_rules(items: Sequence[Item], brief: Brief) -> list[str]:
    worn = _worn(items)
    warmths = [traits_of(i).warmth for i in worn]
    found = []
    indoors = dress_code(brief.occasion, brief.season).indoors  # a heated gym: a tee and shorts in any month
    if brief.season in ("fall", "winter") and not indoors \
            and ("light" in warmths or _kinds(worn) & {"shorts", "sandals", "tank"}):
        found.append("out_of_season_light")
    if brief.season == "summer" and ("heavy" in warmths or _kinds(items) & SUMMER_HEAVY):
        found.append("out_of_season_heavy")
    has_layer = any(i.slot == "outerwear" for i in worn)
    if brief.season == "winter" and not has_layer and not any(w in ("warm", "heavy") for w in warmths) \
            and brief.occasion not in WORKOUT_OCCASIONS:
        found.append("no_warmth_in_winter")
    return found


def formality_rules(items: Sequence[Item], brief: Brief) -> list[str]:
    """Worn pieces more than a level apart; a rain jacket over office clothes comes off at the door."""
    ranks = [formality_rank(traits_of(i).formality) for i in _worn(items) if not _rain_layer(i, brief)]
    return ["formality_clash"] if ranks and max(ranks) - min(ranks) > 1 else []


def colour_rules(items: Sequence[Item], brief: Brief) -> list[str]:
    families = [i.color_family for i in _worn(items)]
    found = []
    if clashing_pairs(frozenset(families)):
        found.append("clashing_colours")
    if len(set(accents(families))) > 2:
        found.append("too_many_accents")
    wearers = GARMENTS | {"shoes"} | (set() if brief.named_slot else {"accessory"})  # a red bag is "something red"
    carriers = [i for i in items if i.slot in wearers and i.color_family in brief.colors and not plain_shoes(i)]
    if brief.colors and not carriers:
        found.append("wanted_colour_missing")
    if brief.colors and len(carriers) > (1 if brief.named_slot else 2):
        found.append("wanted_colour_everywhere")
    if any(i.color_family in brief.avoid_colors for i in items):
        found.append("avoided_colour_present")
    if brief.occasion == "wedding" and "black" not in brief.colors and sombre_black(items):
        found.append("head_to_toe_black_at_wedding")
    return found


def _mentioned(text: str, group: str, values: Sequence[str], lang: str) -> set[str]:
    """Vocabulary values whose display word appears in the text (longest words first)."""
    words = sorted(((prompts.label(lang, group, v), v) for v in values), key=lambda w: -len(w[0]))
    found = set()
    for word, value in words:
        pattern = rf"(?<!\w){re.escape(word)}(?!\w)" if lang == "en" else re.escape(word)
        if re.search(pattern, text, re.I):
            found.add(value)
            text = re.sub(pattern, " ", text, flags=re.I)
    return found


def reason_rules(items: Sequence[Item], why: str, lang: str) -> list[str]:
    """The reason may only name colours and kinds the look shows."""
    colours = {i.color_family for i in items}
    kinds = {i.kind for i in items} | _kinds(items)
    said_colours = _mentioned(why, "color_family", COLOR_FAMILIES, lang)
    said_kinds = _mentioned(why, "kind", KINDS, lang)
    return ["reason_contradicts_look"] if said_colours - colours or said_kinds - kinds else []


def look_violations(items: Sequence[Item], brief: Brief, why: str = "", lang: str = "en") -> list[str]:
    """Every rule the look breaks (names from RULES)."""
    return (structure(items) + occasion_rules(items, brief) + finish_rules(items, brief)
            + season_rules(items, brief) + formality_rules(items, brief) + colour_rules(items, brief)
            + (reason_rules(items, why, lang) if why else []))


def answer_violations(looks: Sequence[Sequence[Item]], brief: Brief | None = None) -> list[list[str]]:
    """Rules across the looks of one answer: no item shown twice (the user's own pieces aside, and a piece the
    brief's code puts on every look: his dinner jacket), by id or by name (one product listed under several ids
    is still the same pair of shoes)."""
    code = dress_code(brief.occasion, brief.season) if brief else None
    seen: set[str] = set()
    found = []
    for items in looks:
        ids = [key for i in items if i.source == "catalog" and not (code and code.worn_on_every_look(i))
               for key in (i.id, i.product_name)]
        found.append(["repeated_item"] if seen & set(ids) else [])
        seen.update(ids)
    return found
