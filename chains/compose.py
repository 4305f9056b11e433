"""Outfit composition (pure): from candidate items per slot to complete, diverse looks.

Looks are composed whole, not slot by slot: a beam search over the slots keeps the best partial
looks by their score as a whole (chains/look_score.py), and a layer or an accessory joins only when
it makes the look better than going without. The dress code (chains/dress_code.py) decides which
pieces may appear at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from chains.dress_code import DressCode, dress_code
from chains.look_score import LookContext, colour_slot_for, formality_spread, look_score, too_much_colour
from chains.state import Preferences
from retrieval.items import Item
from retrieval.vocabulary import KIND_TO_SLOT

DRESS_STYLES = frozenset({"feminine", "chic"})
DRESS_OCCASIONS = frozenset({"date", "wedding", "party"})
FILL_ORDER = ("top", "bottom", "onepiece", "shoes", "outerwear", "accessory")
OPTIONAL_SLOTS = frozenset({"outerwear", "accessory"})
BEAM_WIDTH = 5
SHORTLIST = 8  # best candidates per slot the beam tries
MAX_SPREAD = 1  # worn pieces at most one formality level apart: no formal shoes under shorts
# What going without a layer is worth, by how much the dress code wants one: a needed layer (winter)
# is never left out, an optional one must earn its place.
NO_LAYER = {"welcome": -0.15, "optional": 0.25, "avoid": 0.0}
NO_ACCESSORY = -0.1  # a finished look usually has one


@dataclass(frozen=True)
class LookPlan:
    """One look to build: its style, whose clothes (None: any), the slots to fill, and the brief's
    occasion and season (they give the dress code)."""

    style: str
    gender: str | None
    slots: tuple[str, ...]
    occasion: str = "daily"
    season: str = "spring"

    @property
    def code(self) -> DressCode:
        return dress_code(self.occasion, self.season)


def is_complete(items: Sequence[Item]) -> bool:
    """(top + bottom) or onepiece, plus shoes."""
    slots = {item.slot for item in items}
    return "shoes" in slots and ({"top", "bottom"} <= slots or "onepiece" in slots)


def wants_dress(prefs: Preferences, style: str, gender: str | None, index: int) -> bool:
    """A dress for the middle look when the brief suggests one and the clothes are womenswear."""
    if {"dress", "jumpsuit"} & set(prefs.kinds):
        return True
    if gender != "women" or index % 3 != 1 or prefs.occasion == "workout":
        return False
    return style in DRESS_STYLES or prefs.occasion in DRESS_OCCASIONS


def plan_look(prefs: Preferences, *, style: str, gender: str | None, season: str, index: int,
              anchor: Item | None) -> LookPlan:
    """Which slots this look may fill, around the anchor garment if there is one."""
    occasion = prefs.occasion or "daily"
    code = dress_code(occasion, season)
    anchor_slot = anchor.slot if anchor else None
    onepiece = anchor_slot == "onepiece" or (
        anchor_slot not in ("top", "bottom") and wants_dress(prefs, style, gender, index)
    )
    slots = ["onepiece", "shoes"] if onepiece else ["top", "bottom", "shoes"]
    asked_layer = any(KIND_TO_SLOT.get(k) == "outerwear" for k in prefs.kinds)
    if anchor_slot == "outerwear" or asked_layer or code.layer != "avoid":
        slots.append("outerwear")
    slots.append("accessory")
    return LookPlan(style, gender, tuple(s for s in slots if s != anchor_slot), occasion, season)


def _shows_avoided_colour(item: Item, avoid: Sequence[str]) -> bool:
    """"No black" also means no "Black Dial Watch" filed under another colour family."""
    return item.color_family in avoid or any(re.search(rf"\b{re.escape(c)}\b", item.name, re.I) for c in avoid)


def _free(item: Item, plan: LookPlan, used_ids: set[str]) -> bool:
    """Not shown in another look of the answer, and cut for the look's wearer."""
    return item.id not in used_ids and (not plan.gender or item.gender in (plan.gender, "unisex"))


def _allowed(item: Item, plan: LookPlan, prefs: Preferences, used_ids: set[str], asked: frozenset[str]) -> bool:
    if not _free(item, plan, used_ids) or _shows_avoided_colour(item, prefs.avoid_colors):
        return False
    if prefs.budget_max and item.price is not None and item.price > prefs.budget_max:
        return False
    # The user's own pieces are theirs to wear; the rest must suit (a kind asked for by name may be
    # one the occasion rarely sees, but still of the right formality and season).
    return item.source == "wardrobe" or plan.code.allows(item, named=item.kind in asked)


def _shortlist(slot: str, options: Sequence[Item], plan: LookPlan, prefs: Preferences, used_ids: set[str],
               ctx: LookContext) -> list[Item]:
    asked = frozenset(k for k in prefs.kinds if KIND_TO_SLOT.get(k) == slot)
    allowed = [i for i in options if _allowed(i, plan, prefs, used_ids, asked)]
    if asked:  # "navy chinos": the trousers slot holds trousers
        allowed = [i for i in allowed if i.kind in asked] or allowed
    if ctx.colour_slot == slot:
        coloured = [i for i in allowed if i.color_family in prefs.colors]
        if not coloured:  # the garment they named, in their colour, even if the occasion rarely sees it
            coloured = [i for i in options if i.color_family in prefs.colors and (not asked or i.kind in asked)
                        and _free(i, plan, used_ids)]
        allowed = coloured or allowed
    return sorted(allowed, key=ctx.piece_score, reverse=True)[:SHORTLIST]


def _skip_bonus(slot: str, plan: LookPlan, prefs: Preferences) -> float | None:
    """What leaving an optional slot empty is worth; None: it may not be left empty."""
    if slot == "accessory":
        return NO_ACCESSORY
    if any(KIND_TO_SLOT.get(k) == "outerwear" for k in prefs.kinds):
        return -2.0  # they asked for a jacket
    return NO_LAYER.get(plan.code.layer)


def _fits(items: list[Item], ctx: LookContext) -> bool:
    """Rules no score may buy off: pieces a level apart at most, a wanted colour not head to toe."""
    return formality_spread(items) <= MAX_SPREAD and not too_much_colour(items, ctx)


def _score(items: list[Item], ctx: LookContext) -> float:
    """A finished look is also charged for what it must have (a wanted colour)."""
    return look_score(items, ctx, complete=is_complete(items))


def build_look(plan: LookPlan, pool: Mapping[str, Sequence[Item]], prefs: Preferences,
               fixed: Sequence[Item], used_ids: set[str], used_families: set[tuple[str, str]], *,
               brand_affinity: Mapping[str, float] | None = None) -> list[Item] | None:
    """The best complete look around the fixed items (an uploaded garment, the pieces a follow-up
    keeps), found by a beam search over the plan's slots; None if no complete look can be made."""
    ctx = LookContext(plan.code, plan.style, prefs, brand_affinity or {}, used_families, colour_slot_for(prefs))
    beams: list[tuple[float, list[Item]]] = [(_score(fixed, ctx), list(fixed))]
    for slot in sorted(plan.slots, key=FILL_ORDER.index):
        options = _shortlist(slot, pool.get(slot, ()), plan, prefs, used_ids, ctx)
        grown: list[tuple[float, list[Item]]] = []
        for score, items in beams:
            skip = _skip_bonus(slot, plan, prefs) if slot in OPTIONAL_SLOTS else None
            if skip is not None:
                grown.append((score + skip, items))
            bonus = score - _score(items, ctx)  # the skip bonuses earned so far
            grown.extend((_score(items + [o], ctx) + bonus, items + [o]) for o in options if _fits(items + [o], ctx))
        if not grown:
            return None
        beams = sorted(grown, key=lambda b: b[0], reverse=True)[:BEAM_WIDTH]
    finished = [(score, items) for score, items in beams if is_complete(items)]
    if not finished:
        return None
    best = max(finished, key=lambda b: b[0])[1]
    return sorted(best, key=lambda i: FILL_ORDER.index(i.slot) if i.slot in FILL_ORDER else 0)


def compose(plans: Sequence[LookPlan], pools: Sequence[Mapping[str, Sequence[Item]]], prefs: Preferences,
            anchor: Item | None = None, *, brand_affinity: Mapping[str, float] | None = None,
            ) -> list[tuple[LookPlan, list[Item]]]:
    """Build one look per plan from its pool; no item repeats across looks (the anchor aside), and a
    colour already used in a slot by an earlier look counts against repeating it."""
    used_ids: set[str] = set()
    used_families: set[tuple[str, str]] = set()
    looks = []
    for plan, pool in zip(plans, pools, strict=True):
        items = build_look(plan, pool, prefs, [anchor] if anchor else [], used_ids, used_families,
                           brand_affinity=brand_affinity)
        if items is None:
            continue
        extra = [i for i in items if i is not anchor]
        used_ids.update(i.id for i in extra)
        used_families.update((i.slot, i.color_family) for i in extra)
        looks.append((plan, items))
    return looks
