"""Outfit composition (pure): from candidate items per slot to complete, diverse looks.

Looks are composed whole, not slot by slot: a beam search over the slots keeps the best partial
looks by their score as a whole (chains/look_score.py), and a layer or an accessory joins only when
it makes the look better than going without. The dress code (chains/dress_code.py) decides which
pieces may appear at all.
"""

from __future__ import annotations

import re

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import islice

from chains.dress_code import DressCode, dress_code, styled_code, without_palette
from chains.exclusions import shows_colour
from chains.harmony import clashing_pairs
from chains.look_score import (
    FORMAL_RANK,
    LookContext,
    bridal_white,
    brown_shoes_under_black,
    brown_shoes_under_black_blazer,
    colour_slot_for,
    formality_spread,
    layer_over_knit,
    layer_over_short_sleeves,
    leather_clash,
    look_score,
    office_layer_over_dress,
    shorts_with_dress_shoes,
    sombre_black,
    suit_line,
    tie_lost_on_its_shirt,
    tie_without_collar,
    too_much_colour,
)
from chains.own_suit import SUIT_MARK
from chains.state import Preferences
from domain.colors import shade_colours
from domain.items import Item
from domain.vocabulary import KIND_TO_SLOT, WORKOUT_OCCASIONS, WORN_SLOTS
from domain.traits import is_printed, traits_of

DRESS_STYLES = frozenset({"feminine", "chic"})
NO_DRESS_OCCASIONS = frozenset({*WORKOUT_OCCASIONS, "hiking", "golf"})  # (where a dress is never the answer, a bump or not)
# Which of the three looks of a style are dresses when the clothes are womenswear: a wedding guest
# wears a dress, a party or a date mostly does, a feminine brief shows one among separates. (The
# occasions that borrow a neighbour's code say here what they wear: a cocktail party is a dress's
# evening, a family ceremony or a graduation mostly one, a play or a concert one among separates.)
DRESS_LOOKS = {"wedding": frozenset({0, 1, 2}), "beach_wedding": frozenset({0, 1, 2}), "black_tie": frozenset({0, 1, 2}),
               "party": frozenset({0, 1}), "date": frozenset({0, 1}), "cocktail": frozenset({0, 1}),
               "dinner": frozenset({0, 1}), "ceremony": frozenset({0, 1}), "graduation": frozenset({0, 1}),
               "entrance_ceremony": frozenset({0, 1}), "culture": frozenset({0}), "beach": frozenset({0})}
FILL_ORDER = ("top", "bottom", "onepiece", "shoes", "outerwear", "tie", "bag", "accessory")
# A suit is chosen jacket first: the trousers are then matched to the few blazers there are.
SUIT_FILL_ORDER = ("top", "outerwear", "bottom", "onepiece", "shoes", "tie", "bag", "accessory")
OPTIONAL_SLOTS = frozenset({"outerwear", "tie", "bag", "accessory"})
# Accessory slots held for one kind: a woman's look carries a bag beside its jewellery or watch, and a
# man's suit at an interview or a wedding takes a tie beside its watch or belt.
HELD_SLOTS = {"bag": "bag", "tie": "tie"}
LEATHERS = ("black", "brown")
SEARCH_SLOT = {slot: "accessory" for slot in HELD_SLOTS}
BEAM_WIDTH = 5
SHORTLIST = 8  # best candidates per slot the beam tries
MAX_SPREAD = 1  # worn pieces at most one formality level apart: no formal shoes under shorts
# What going without a layer is worth, by how much the dress code wants one: a needed layer (winter)
# is never left out, an optional one must earn its place.
NO_LAYER = {"welcome": -0.15, "optional": 0.25, "avoid": 0.0}
NO_ACCESSORY = -0.1  # a finished look usually has one
NO_BAG = -0.4  # a woman's look without a bag looks unfinished
NO_DINNER_JACKET = -1.5  # a man at black tie in shirtsleeves: only where the catalogue has no dark jacket
NO_TIE = -0.3  # a suit at an interview or a wedding looks unfinished without one, but not any tie will do
NO_COAT_TO_BE_HAD = -0.5  # a needed layer none of the candidates can be: the look must be warm without one


@dataclass(frozen=True)
class LookPlan:
    """One look to build: its style, whose clothes (None: any), the slots to fill, and the brief's
    occasion and season (they give the dress code)."""

    style: str
    gender: str | None
    slots: tuple[str, ...]
    occasion: str = "daily"
    season: str = "spring"
    # The palette entries (kinds or slots) whose colours are relaxed, when the occasion's pieces run out
    relaxed: frozenset[str] = frozenset()
    any_colour: bool = False  # relaxed to every colour, not only the neutrals
    bare: bool = False  # no layer and no warm piece either: the last resort when every layer is ruled out
    # No layer where none of the catalogue's goes with the clothes (a padded jacket over a law firm's dress
    # shirt in February): a warm look without one, the reply saying what goes over it, beats none
    coatless: bool = False
    filled: frozenset[str] = frozenset()  # optional slots this look may not leave empty (a coat in December)
    # Kinds the person asked onto this one look by name ("look 1 with white sneakers?" under a blazer): how
    # dressy they are beside the rest is their call, so they count in no formality spread
    chosen: frozenset[str] = frozenset()

    @property
    def code(self) -> DressCode:
        code = styled_code(self.occasion, self.season, self.style)
        return without_palette(code, self.relaxed, self.any_colour) if self.relaxed else code


def is_complete(items: Sequence[Item]) -> bool:
    """(top + bottom) or onepiece, plus shoes."""
    slots = {item.slot for item in items}
    return "shoes" in slots and ({"top", "bottom"} <= slots or "onepiece" in slots)


def wants_dress(prefs: Preferences, style: str, gender: str | None, index: int, bump: bool = False) -> bool:
    """A dress when the brief asks for one or the occasion calls for one (womenswear only); over a bump,
    two looks of each style (a wrap or A-line dress needs no waistband: the third keeps soft separates)."""
    if {"dress", "jumpsuit"} & set(prefs.kinds):
        return True
    if gender != "women" or prefs.occasion in NO_DRESS_OCCASIONS:
        return False
    if any(KIND_TO_SLOT.get(k) in ("top", "bottom") for k in prefs.kinds):
        return False  # "a skirt", "치마로 바꿔줘": separates around it
    return index % 3 in DRESS_LOOKS.get(prefs.occasion or "", frozenset()) or (style in DRESS_STYLES and index % 3 == 1) \
        or (bump and index % 3 != 2)


def carries_bag(gender: str | None, occasion: str) -> bool:
    """A woman's look has a bag of its own beside the other accessory (a workout's accessory is its bag)."""
    return gender == "women" and occasion not in WORKOUT_OCCASIONS


def wears_tie(gender: str | None, code: DressCode, style: str) -> bool:
    """A man in a dress shirt and a jacket wears a tie where the occasion lists one (an interview, a wedding)
    and the look aims at formal; a less formal look there ("less formal", minimal) is an open collar."""
    formal = code.aim(style) >= FORMAL_RANK
    return gender == "men" and code.dress_shirt and "tie" in code.accessories and formal


def wears_dinner_jacket(gender: str | None, code: DressCode) -> bool:
    """A man at black tie has his dinner jacket on in every month (`DressCode.men_jacket`)."""
    return gender == "men" and code.men_jacket


def plan_look(prefs: Preferences, *, style: str, gender: str | None, season: str, index: int,
              anchor: Item | None, bump: bool = False) -> LookPlan:
    """Which slots this look may fill, around the anchor garment if there is one."""
    occasion = prefs.occasion or "daily"
    code = styled_code(occasion, season, style)
    anchor_slot = plan_slot(anchor) if anchor else None
    onepiece = anchor_slot == "onepiece" or (
        anchor_slot not in ("top", "bottom") and wants_dress(prefs, style, gender, index, bump)
    )
    slots = ["onepiece", "shoes"] if onepiece else ["top", "bottom", "shoes"]
    asked_layer = any(KIND_TO_SLOT.get(k) == "outerwear" for k in prefs.kinds)
    bare_dress = onepiece and code.hot  # no blazer over a summer wedding dress
    if anchor_slot == "outerwear" or asked_layer or wears_dinner_jacket(gender, code) \
            or (code.layer != "avoid" and not bare_dress):
        slots.append("outerwear")
    if carries_bag(gender, occasion) and "bag" in code.accessories:
        slots.append("bag")
    if wears_tie(gender, code, style) and ("outerwear" in slots or anchor_slot == "outerwear"):
        slots.append("tie")  # (a tie wants a jacket over it: the look's, or theirs)
    slots.append("accessory")
    return LookPlan(style, gender, tuple(s for s in slots if s != anchor_slot), occasion, season)


def plan_slot(item: Item) -> str:
    """The plan slot an item fills: a bag or a tie holds its own slot, other accessories the accessory slot."""
    return item.kind if item.kind in HELD_SLOTS and item.slot == "accessory" else item.slot


def as_separates(plan: LookPlan) -> LookPlan:
    """The same look in a top and a bottom, for when no dress fits."""
    slots = [s for s in plan.slots if s != "onepiece"]
    return replace(plan, slots=("top", "bottom", *slots))


def _name_key(item: Item) -> str:
    return "name:" + item.product_name


def mark_used(used_ids: set[str], items: Sequence[Item]) -> None:
    """Remember pieces shown in a look, by id and by name: the catalogue lists one product under
    several ids ("Red Tape Men Brown Shoes" four times), and a person sees the same shoes."""
    used_ids.update(used_keys(items))


def used_keys(items: Iterable[Item]) -> set[str]:
    """The keys that remember these pieces as shown (see mark_used)."""
    return {key for i in items for key in (i.id, _name_key(i))}


def used_item_ids(used_ids: set[str]) -> tuple[str, ...]:
    """The ids among the remembered pieces (for a catalogue filter)."""
    return tuple(key for key in used_ids if not key.startswith("name:"))


def _free(item: Item, plan: LookPlan, used_ids: set[str]) -> bool:
    """Not shown in another look of the answer (his dinner jacket aside: a man wears his one to each), and cut
    for the look's wearer."""
    shown = item.id in used_ids or _name_key(item) in used_ids
    # (their suit's trousers go with its jacket into every look)
    worn_again = shown and (plan.gender == "men" and plan.code.worn_on_every_look(item) or item.id.endswith(SUIT_MARK))
    return (not shown or worn_again) and (not plan.gender or item.gender in (plan.gender, "unisex"))


def _allowed(item: Item, plan: LookPlan, prefs: Preferences, used_ids: set[str], asked: frozenset[str]) -> bool:
    if not _free(item, plan, used_ids) or shows_colour(item, prefs.avoid_colors):
        return False
    if prefs.budget_max and item.price is not None and item.price > prefs.budget_max:
        return False
    # The user's own pieces are theirs to wear; the rest must suit (a kind asked for by name may be
    # one the occasion rarely sees, but still of the right formality and season).
    return item.source == "wardrobe" or _code_allows(plan.code, item, item.kind in asked)


_ALLOWS: dict[tuple, bool] = {}  # (dress code, what `allows` reads of the item, named) -> allowed


def _code_allows(code: DressCode, item: Item, named: bool) -> bool:
    """DressCode.allows, remembered: each look of an answer asks it again about the same candidates.
    Dress codes are made once per occasion and season (dress_code is cached), so their ids are stable."""
    key = (id(code), traits_of(item), item.usage, item.name, item.slot, item.gender, item.color_family, item.season,
           named)
    found = _ALLOWS.get(key)
    if found is None:
        if len(_ALLOWS) > 50_000:
            _ALLOWS.clear()
        found = _ALLOWS[key] = code.allows(item, named=named, stretched=named)
    return found


def _shortlist(slot: str, options: Sequence[Item], plan: LookPlan, prefs: Preferences, used_ids: set[str],
               ctx: LookContext, *, warm: bool = False, fits: Callable[[Item], bool] | None = None,
               dressed: bool = False) -> list[Item]:
    """The best candidates for a slot; `warm`: the look must keep warm without a layer; `fits`:
    only candidates that go with the look so far; `dressed`: the look wears a dress, whose shoes may be
    flats, sandals or heels as well as trainers (no kind takes the whole shortlist)."""
    asked = _asked(prefs, slot)
    allowed = [i for i in options if _allowed(i, plan, prefs, used_ids, asked)]
    if warm:
        allowed = [i for i in allowed if _is_warm(i)] or allowed
    if asked:  # "navy chinos": the trousers slot holds trousers
        allowed = [i for i in allowed if i.kind in asked] or allowed
    if pinned := prefs.pinned_colours(slot, asked):  # "black trousers and brown shoes": the shoes in brown
        allowed = [i for i in allowed if i.color_family in pinned] or allowed
    allowed = _accessories_of_slot(allowed, slot, plan, asked)
    if ctx.colour_slot == slot:
        coloured = [i for i in allowed if i.color_family in prefs.colors]
        if not coloured:  # the garment they named, in their colour, even if the occasion rarely sees it
            coloured = [i for i in options if _named_in_colour(i, plan, prefs, used_ids, asked)]
        # ("a burgundy sweater": the maroon ones, where the catalogue has them, not the bright reds)
        shades = frozenset().union(*(shade_colours(prefs.shade_of(c) or "") for c in prefs.colors))
        allowed = [i for i in coloured if i.color in shades] or coloured or allowed
    ranked = sorted(allowed, key=ctx.piece_score, reverse=True)
    if slot == "shoes" and fits is None and ctx.colour_slot != "shoes":  # the leather rules need the choice
        ranked = _leathers_shared(ranked)
    if slot == "shoes" and dressed:
        ranked = _shared_out(ranked, lambda i: traits_of(i).kind)
    if fits is not None:  # best first, and only as many as a shortlist can use: each test builds a look
        ranked = list(islice((i for i in ranked if fits(i)), 2 * SHORTLIST))
    if prefs.colors and ctx.colour_slot != slot:
        # Half the shortlist in other colours: a look must be able to stop before red head to toe.
        wanted = [i for i in ranked if i.color_family in prefs.colors][: SHORTLIST // 2]
        others = [i for i in ranked if i.color_family not in prefs.colors][: SHORTLIST - len(wanted)]
        return sorted(wanted + others, key=ctx.piece_score, reverse=True)
    return ranked[:SHORTLIST]


def _named_in_colour(item: Item, plan: LookPlan, prefs: Preferences, used_ids: set[str],
                     asked: frozenset[str]) -> bool:
    """The garment they named, in the colour they named, which a look may wear though the occasion
    rarely sees it."""
    return item.color_family in prefs.colors and (not asked or item.kind in asked) \
        and _free(item, plan, used_ids) and _wearable_named(item, plan.code)


def _accessories_of_slot(allowed: list[Item], slot: str, plan: LookPlan, asked: frozenset[str]) -> list[Item]:
    """A held slot takes its kind only; the accessory slot the other kinds, and no bag in a man's
    hands where he goes without one."""
    if plan.gender == "men":  # (a unisex "HandBag" in a man's hand reads as hers: his is a backpack or a messenger)
        allowed = [i for i in allowed if not (i.kind == "bag" and _HANDBAG.search(i.name))]
    if slot in HELD_SLOTS:
        return [i for i in allowed if i.kind == HELD_SLOTS[slot]]
    if slot != "accessory":
        return allowed
    held = {HELD_SLOTS[s] for s in plan.slots if s in HELD_SLOTS}
    no_bag = plan.gender == "men" and not plan.code.men_carry_bag and "bag" not in asked
    return [i for i in allowed if i.kind not in held and not (no_bag and i.kind == "bag")]


_HANDBAG = re.compile(r"hand\s?bag|clutch", re.IGNORECASE)


def _leathers_shared(ranked: list[Item]) -> list[Item]:
    """The best candidates, black and brown shoes each taking at most half a shortlist, so a dark
    suit finds black shoes and a tan belt brown ones; the others follow in their order."""
    return _shared_out(ranked, lambda i: i.color_family, limited=LEATHERS)


def _shared_out(ranked: list[Item], key: Callable[[Item], str], limited: Iterable[str] | None = None) -> list[Item]:
    """The candidates in their order, each value of `key` (of `limited` only, when given) taking at most half
    a shortlist before the others; the rest follow in their order."""
    taken: dict[str, int] = {}
    kept, later = [], []
    for item in ranked:
        value = key(item)
        if (limited is not None and value not in limited) or taken.get(value, 0) < SHORTLIST // 2:
            taken[value] = taken.get(value, 0) + 1
            kept.append(item)
        else:
            later.append(item)
    return kept + later


def _asked(prefs: Preferences, slot: str) -> frozenset[str]:
    """The kinds the user named for this slot."""
    return frozenset(k for k in prefs.kinds if KIND_TO_SLOT.get(k) == slot)


def _wearable_named(item: Item, code: DressCode) -> bool:
    """A named garment outside the occasion's band may still come ("navy chinos" that are formal
    trousers), but never sportswear off the pitch, and always in season."""
    traits = traits_of(item)
    sporty = traits.formality == "athletic" or traits.function in ("sport", "gym")
    return (code.occasion in WORKOUT_OCCASIONS or not sporty) and traits.warmth in code.warmth


def _skip_bonus(slot: str, plan: LookPlan, prefs: Preferences) -> float | None:
    """What leaving an optional slot empty is worth; None: it may not be left empty."""
    if slot in plan.filled:
        return None
    if slot == "accessory":
        return NO_ACCESSORY
    if slot == "bag":
        return NO_BAG
    if slot == "tie":
        return NO_TIE
    if any(KIND_TO_SLOT.get(k) == "outerwear" for k in prefs.kinds):
        return -2.0  # they asked for a jacket
    if wears_dinner_jacket(plan.gender, plan.code):
        return NO_DINNER_JACKET
    return NO_LAYER.get(plan.code.layer)


def _fits(items: list[Item], ctx: LookContext) -> bool:
    """Rules no score may buy off: pieces a level apart at most, a wanted colour not head to toe,
    never two accessories of one kind (two bags, two watches), no jacket over a knit in the warm months
    nor over short sleeves, no blazer or cardigan over a dress at a wedding or a party, and pairs that
    go (`_pairs_go`)."""
    accessories = [i.kind for i in items if i.slot == "accessory"]
    spread = formality_spread([i for i in items if traits_of(i).kind not in ctx.chosen])
    return spread <= MAX_SPREAD and not too_much_colour(items, ctx) \
        and len(accessories) == len(set(accessories)) and not layer_over_knit(items, ctx.code.season) \
        and not layer_over_short_sleeves(items) and not office_layer_over_dress(items, ctx.code.occasion) \
        and not tie_without_collar(items) and not tie_lost_on_its_shirt(items) and not shorts_with_dress_shoes(items) \
        and _pairs_go(items, ctx)


def _pairs_go(items: list[Item], ctx: LookContext) -> bool:
    """One loud piece at most, no clashing colours (red with green, purple with peach) unless both
    were asked for, no black and brown leather together, no brown shoes under black or charcoal at an
    interview or a wedding, no blazer over trousers of another dark shade, no head-to-toe black at a
    celebration."""
    worn = [i for i in items if i.slot in WORN_SLOTS]
    # (trousers of their own, "지금 입은 건 네이비 슬랙스", take the dark jacket the catalogue has: they are already on)
    own_bottom = any(i.slot == "bottom" and i.source != "catalog" for i in items)
    return sum(map(is_printed, worn)) <= 1 and not leather_clash(items) \
        and not clashing_pairs(frozenset(i.color_family for i in worn), allowed=ctx.prefs.colors) \
        and not (ctx.code.target >= FORMAL_RANK and brown_shoes_under_black(items)) \
        and (suit_line(items) >= 0 or own_bottom) \
        and not brown_shoes_under_black_blazer(items) \
        and not (ctx.code.no_head_to_toe_black and "black" not in ctx.prefs.colors and sombre_black(items)) \
        and not ("white" in ctx.code.dress_colours_to_avoid and "white" not in ctx.prefs.colors and bridal_white(items))


def _suit_partners(beams: list[Beam], options: Sequence[Item], plan: LookPlan, prefs: Preferences,
                   used_ids: set[str], ctx: LookContext, shortlisted: Sequence[Item]) -> list[Item]:
    """Trousers or a skirt of the shade of a blazer the beams wear, which the shortlist may have
    missed: the other half of a suit."""
    blazers = {i.id: i for _, _, items in beams for i in items if i.slot == "outerwear" and traits_of(i).kind == "blazer"}
    if not blazers:
        return []
    listed = {i.id for i in shortlisted}
    return _shortlist("bottom", options, plan, prefs, used_ids, ctx, fits=lambda o: o.id not in listed
                      and any(suit_line([blazer, o]) > 0 for blazer in blazers.values()))


def _is_warm(item: Item) -> bool:
    return traits_of(item).warmth in ("warm", "heavy")


def _warmth_to_be_had(plan: LookPlan, pool: Mapping[str, Sequence[Item]], prefs: Preferences,
                      fixed: Sequence[Item], used_ids: set[str], colour_slot: str | None) -> bool:
    """Whether a look with no coat to be had can still find a warm piece: where none is left (a sixth
    interview look once five have taken the blazers and knits), every search would end without one."""
    if any(_is_warm(i) or i.slot == "outerwear" for i in fixed if i.slot in WORN_SLOTS):
        return True
    for slot in (s for s in plan.slots if s in WORN_SLOTS):
        asked = _asked(prefs, slot)
        if any((slot == "outerwear" or _is_warm(i)) and (_allowed(i, plan, prefs, used_ids, asked) or (
                slot == colour_slot and _named_in_colour(i, plan, prefs, used_ids, asked)))
               for i in _candidates(slot, pool, plan)):
            return True
    return False


def _warm_enough(items: Sequence[Item], plan: LookPlan) -> bool:
    """Where a layer is needed (winter), a look without one must have a warm piece; so must a look under the
    person's own coat, whose warmth no one knows (a camel coat at an evening market wants a knit under it, not a
    tee; their cardigan or blazer is the layer itself)."""
    if plan.bare or plan.code.layer != "needed" \
            or any(i.slot == "outerwear" and (i.source == "catalog" or i.kind != "coat") for i in items):
        return True
    return any(_is_warm(i) for i in items if i.slot in WORN_SLOTS and i.slot != "outerwear")


def _score(items: list[Item], ctx: LookContext) -> float:
    """A finished look is also charged for what it must have (a wanted colour)."""
    return look_score(items, ctx, complete=is_complete(items))


Beam = tuple[float, float, list[Item]]  # score with the skip bonuses so far, score of the pieces, pieces


def _grow(beams: list[Beam], options: Sequence[Item], skip: float | None, ctx: LookContext) -> list[Beam]:
    """Every beam with each option that fits it, and without one where the slot may stay empty."""
    grown: list[Beam] = []
    for total, raw, items in beams:
        if skip is not None:
            grown.append((total + skip, raw, items))
        for option in options:
            look = items + [option]
            if _fits(look, ctx):
                score = _score(look, ctx)
                grown.append((total - raw + score, score, look))
    return grown


# Slots a look must fill whose dead end the search retries by filling them first (a missing layer has its
# own way out: the looks without a coat, `compose`)
RETRIED_FIRST = frozenset({"top", "bottom", "shoes"})


def build_look(plan: LookPlan, pool: Mapping[str, Sequence[Item]], prefs: Preferences,
               fixed: Sequence[Item], used_ids: set[str], used_families: Mapping[tuple[str, str], int], *,
               brand_affinity: Mapping[str, float] | None = None, seed: int = 0) -> list[Item] | None:
    """The best complete look around the fixed items (an uploaded garment, the pieces a follow-up
    keeps), found by a beam search over the plan's slots; None if no complete look can be made."""
    ctx = LookContext(plan.code, plan.style, prefs, brand_affinity or {}, used_families, colour_slot_for(prefs), seed,
                      chosen=plan.chosen)
    # No coat to be had where one is needed: the top or the dress must be the warm piece.
    no_coat = plan.code.layer == "needed" and "outerwear" in plan.slots and not any(
        _allowed(i, plan, prefs, used_ids, _asked(prefs, "outerwear")) for i in _candidates("outerwear", pool, plan))
    if no_coat and not plan.bare and not _warmth_to_be_had(plan, pool, prefs, fixed, used_ids, ctx.colour_slot):
        return None  # (`_warm_enough` would turn every finished look down, after the whole search)
    # The garment the user named is placed first: the rest of the look is built around it.
    named = {KIND_TO_SLOT.get(k) for k in prefs.kinds}
    order = SUIT_FILL_ORDER if plan.code.target >= FORMAL_RANK else FILL_ORDER
    slots = sorted(plan.slots, key=lambda s: (s not in named, order.index(s)))
    found, stuck = _beam_search(slots, plan, pool, prefs, fixed, used_ids, ctx, no_coat)
    if found is None and stuck in slots[1:] and stuck in RETRIED_FIRST:
        # the best looks so far all shut one slot out (a charcoal suit once black shoes are ruled out: brown
        # may not go under it): that slot goes first, and the rest is built around what it can be
        found, _ = _beam_search([stuck] + [s for s in slots if s != stuck], plan, pool, prefs, fixed, used_ids, ctx,
                                no_coat)
    return found


def _beam_search(slots: Sequence[str], plan: LookPlan, pool: Mapping[str, Sequence[Item]], prefs: Preferences,
                 fixed: Sequence[Item], used_ids: set[str], ctx: LookContext,
                 no_coat: bool) -> tuple[list[Item] | None, str | None]:
    """The best look filling the slots in this order, or None and the slot no look so far could fill."""
    start = _score(list(fixed), ctx)
    beams: list[Beam] = [(start, start, list(fixed))]
    dressed = "onepiece" in plan.slots or any(i.slot == "onepiece" for i in fixed)
    suit_first = plan.code.target >= FORMAL_RANK
    for slot in slots:
        warm = no_coat and slot in ("top", "onepiece")
        candidates = _candidates(slot, pool, plan)
        options = _shortlist(slot, candidates, plan, prefs, used_ids, ctx, warm=warm, dressed=dressed)
        if suit_first and slot == "bottom":
            options += _suit_partners(beams, pool.get(slot, ()), plan, prefs, used_ids, ctx, options)
        skip = _skip_bonus(slot, plan, prefs) if slot in OPTIONAL_SLOTS else None
        if skip is None and slot == "outerwear" and not options:
            skip = NO_COAT_TO_BE_HAD
        grown = _grow(beams, options, skip, ctx)
        clashed = bool(options) and not grown  # pieces to be had, none of which goes with the looks so far
        if not grown:  # the best candidates all clash with the look so far: look further down the list
            options = _shortlist(slot, candidates, plan, prefs, used_ids, ctx, warm=warm,
                                 fits=lambda o: any(_fits(items + [o], ctx) for _, _, items in beams))
            grown = _grow(beams, options, skip, ctx)
        if not grown and slot == "outerwear" and plan.coatless:
            grown = _grow(beams, [], NO_COAT_TO_BE_HAD, ctx)
        if not grown:
            return None, slot if clashed else None  # (with none to be had, no order would find one)
        beams = sorted(grown, key=lambda b: b[0], reverse=True)[:BEAM_WIDTH]
    finished = [(total, items) for total, _, items in beams if is_complete(items) and _warm_enough(items, plan)]
    if not finished:
        return None, None
    best = max(finished, key=lambda b: b[0])[1]
    return in_fill_order(best), None


def in_fill_order(items: Sequence[Item]) -> list[Item]:
    """The pieces of a look in the order a board shows them (top, bottom, shoes, layer, bag, accessories)."""
    return sorted(items, key=lambda i: FILL_ORDER.index(i.slot) if i.slot in FILL_ORDER else 0)


def _dress_asked(prefs: Preferences, anchor: Item | None) -> bool:
    return bool({"dress", "jumpsuit"} & set(prefs.kinds)) or (anchor is not None and anchor.slot == "onepiece")


def compose(plans: Sequence[LookPlan], pools: Sequence[Mapping[str, Sequence[Item]]], prefs: Preferences,
            anchor: Item | None = None, *, brand_affinity: Mapping[str, float] | None = None,
            seed: int = 0) -> list[tuple[LookPlan, list[Item]]]:
    """Build one look per plan from its pool; no item repeats across looks (the anchor aside), and a
    colour already used in a slot by an earlier look counts against repeating it."""
    used_ids: set[str] = set()
    used_families: Counter[tuple[str, str]] = Counter()
    built: dict[int, tuple[LookPlan, list[Item]]] = {}
    fixed = [anchor] if anchor else []
    # Looks without a coat where none goes with the clothes come last, from what the others left: the
    # looks that can wear one get the warm knits first
    for coatless in (False, True):
        for index, (plan, pool) in enumerate(zip(plans, pools, strict=True)):
            if index in built:
                continue
            attempts = _without_a_coat(plan, pool) if coatless else _attempts(plan, pool, prefs, anchor, used_ids)
            for attempt in attempts:
                items = build_look(attempt, pool, prefs, fixed, used_ids, used_families, brand_affinity=brand_affinity,
                                   seed=seed)
                if items is not None:
                    extra = [i for i in items if i is not anchor]
                    mark_used(used_ids, extra)
                    used_families.update({(i.slot, i.color_family) for i in extra})
                    built[index] = (attempt, items)
                    break
    looks = [built[index] for index in sorted(built)]
    return _wearing_the_named_layer(_showing_the_named_colour(looks, prefs), prefs)


TAILORED_LAYER = "tailored layer"  # the pool key of the blazers a look without a coat may wear instead


def _candidates(slot: str, pool: Mapping[str, Sequence[Item]], plan: LookPlan) -> Sequence[Item]:
    """The slot's pool; a look that goes without a coat may wear a blazer in its place (an interview at
    -5 °C: the suit, with an overcoat said to go over it, not a shirt and tie alone)."""
    if plan.coatless and slot == "outerwear":
        return pool.get(TAILORED_LAYER, ())
    return pool.get(slot, ())


def _without_a_coat(plan: LookPlan, pool: Mapping[str, Sequence[Item]]) -> list[LookPlan]:
    """The last resorts of a look no coat goes with: a blazer or a warm knit instead, then, where no layer
    is to be had at all ("skip the blazer, I'll be sweating" at a winter interview), a shirt alone."""
    if "outerwear" not in plan.slots:
        return []
    return [replace(plan, coatless=True)] + ([replace(plan, bare=True)] if not pool.get("outerwear") else [])


def _wearing_the_named_layer(looks: list[tuple[LookPlan, list[Item]]], prefs: Preferences,
                             ) -> list[tuple[LookPlan, list[Item]]]:
    """"Something with a jacket for the church part": every look wears a layer (a blazer standing in where
    the jackets run out); fewer looks rather than some without one."""
    if not any(KIND_TO_SLOT.get(k) == "outerwear" for k in prefs.kinds):
        return looks
    layered = [(plan, items) for plan, items in looks if any(i.slot == "outerwear" for i in items)]
    return layered or looks


def _attempts(plan: LookPlan, pool: Mapping[str, Sequence[Item]], prefs: Preferences, anchor: Item | None,
              used_ids: set[str]) -> Iterator[LookPlan]:
    """The plan, then what a stylist settles for when its pieces run out: separates instead of a dress
    (unless a dress was asked for); another colour only for a slot whose occasion-coloured pieces are
    all gone (a brown blazer, still with a pale shirt and a navy tie), a neutral one before any; last,
    any colour in every slot a look cannot leave empty."""
    shapes = [plan]
    if "onepiece" in plan.slots and not _dress_asked(prefs, anchor):
        shapes.append(as_separates(plan))
    relaxations = []
    for shape in shapes:
        yield shape
        gone = [s for s in _required(shape, prefs)
                if not any(_allowed(i, shape, prefs, used_ids, _asked(prefs, s)) for i in pool.get(s, ()))]
        relaxations += [(shape, gone)] if gone else []
    relaxations += [(shape, _required(shape, prefs)) for shape in shapes]
    for any_colour in (False, True):  # every neutral relaxation before any loud one
        for shape, slots in relaxations:
            yield replace(shape, relaxed=frozenset().union(*map(palette_keys, slots)), any_colour=any_colour)


def _required(plan: LookPlan, prefs: Preferences) -> list[str]:
    """The slots a look cannot leave empty: only their colours are worth relaxing (a look goes without
    a tie rather than wear a black one)."""
    return [s for s in plan.slots if s not in OPTIONAL_SLOTS or _skip_bonus(s, plan, prefs) is None]


def palette_keys(slot: str) -> frozenset[str]:
    """The palette entries that rule a plan slot's pieces: the slot and its kinds (a held slot: its kind)."""
    if slot in HELD_SLOTS:
        return frozenset({HELD_SLOTS[slot]})
    held = set(HELD_SLOTS.values())
    return frozenset({slot, *(kind for kind, home in KIND_TO_SLOT.items() if home == slot and kind not in held)})


def _showing_the_named_colour(looks: list[tuple[LookPlan, list[Item]]], prefs: Preferences,
                              ) -> list[tuple[LookPlan, list[Item]]]:
    """Asked for "an olive jacket", every look wears one: when the catalogue runs out of them, fewer
    looks rather than looks that ignore the request."""
    slot = colour_slot_for(prefs)
    if slot is None:
        return looks
    carrying = [(plan, items) for plan, items in looks
                if any(i.slot == slot and i.color_family in prefs.colors for i in items)]
    return carrying or looks
