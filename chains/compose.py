"""Outfit composition (pure): from candidate items per slot to complete, diverse, harmonious looks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from chains.harmony import harmony
from chains.state import Preferences
from retrieval.items import Item
from retrieval.vocabulary import KIND_TO_SLOT

# Occasions and styles that call for a third layer even in warm weather.
LAYERED_OCCASIONS = frozenset({"work", "interview", "wedding"})
LAYERED_STYLES = frozenset({"classic", "dandy"})
DRESS_STYLES = frozenset({"feminine", "chic"})
DRESS_OCCASIONS = frozenset({"date", "wedding", "party"})
FILL_ORDER = ("top", "bottom", "onepiece", "shoes", "outerwear", "accessory")


@dataclass(frozen=True)
class LookPlan:
    """One look to build: its style, whose clothes (None: any), and the slots to fill."""

    style: str
    gender: str | None
    slots: tuple[str, ...]


def is_complete(items: Sequence[Item]) -> bool:
    """(top + bottom) or onepiece, plus shoes (DESIGN.md)."""
    slots = {item.slot for item in items}
    return "shoes" in slots and ({"top", "bottom"} <= slots or "onepiece" in slots)


def wants_dress(prefs: Preferences, style: str, gender: str | None, index: int) -> bool:
    """A dress for the middle look when the brief suggests one and the clothes are womenswear."""
    if {"dress", "jumpsuit"} & set(prefs.kinds):
        return True
    if gender != "women" or index % 3 != 1:
        return False
    return style in DRESS_STYLES or prefs.occasion in DRESS_OCCASIONS


def needs_outerwear(prefs: Preferences, style: str, season: str) -> bool:
    return season in ("fall", "winter") or style in LAYERED_STYLES or prefs.occasion in LAYERED_OCCASIONS


def plan_look(prefs: Preferences, *, style: str, gender: str | None, season: str, index: int,
              anchor: Item | None) -> LookPlan:
    """Which slots this look fills, around the anchor garment if there is one."""
    anchor_slot = anchor.slot if anchor else None
    onepiece = anchor_slot == "onepiece" or (
        anchor_slot not in ("top", "bottom") and wants_dress(prefs, style, gender, index)
    )
    slots = ["onepiece", "shoes"] if onepiece else ["top", "bottom", "shoes"]
    asked_layer = any(KIND_TO_SLOT.get(k) == "outerwear" for k in prefs.kinds)
    if anchor_slot == "outerwear" or asked_layer or needs_outerwear(prefs, style, season):
        slots.append("outerwear")
    slots.append("accessory")
    return LookPlan(style, gender, tuple(s for s in slots if s != anchor_slot))


def _candidate_score(item: Item, chosen: list[Item], plan: LookPlan, prefs: Preferences,
                     used_families: set[tuple[str, str]], brand_affinity: Mapping[str, float]) -> float:
    score = item.score + harmony([i.color_family for i in chosen] + [item.color_family]).score
    score += 0.25 if plan.style in item.styles else 0.0
    score += 0.25 if item.color_family in prefs.colors else 0.0
    score -= 0.15 if (item.slot, item.color_family) in used_families else 0.0
    score += 1.0 if item.source == "wardrobe" else 0.0  # own clothes first: no needless buying
    # Brands close to the user's taste (chains/taste.py) win near-ties only: the weight is below
    # every other term's step, so it never outweighs style, colour or fit.
    score += BRAND_TIE_BREAK * brand_affinity.get(item.brand or "", 0.0)
    return score


def _in_style(style: str, options: list[Item]) -> list[Item]:
    """Items tagged with the look's style when there are any; otherwise the look makes do.
    The user's own pieces carry no style tags and always stay in."""
    tagged = [i for i in options if style in i.styles or i.source != "catalog"]
    return tagged or options


def _allowed(item: Item, plan: LookPlan, prefs: Preferences, used_ids: set[str]) -> bool:
    if item.id in used_ids or item.color_family in prefs.avoid_colors:
        return False
    if plan.gender and item.gender not in (plan.gender, "unisex"):
        return False
    return not (prefs.budget_max and item.price is not None and item.price > prefs.budget_max)


BRAND_TIE_BREAK = 0.02  # the smallest other step is 0.15; item scores differ by more than this mostly
COLOUR_CARRIERS = ("top", "bottom", "onepiece", "outerwear", "shoes", "accessory")


def colour_slot(plan: LookPlan, options: Mapping[str, Sequence[Item]], prefs: Preferences,
                fixed: Sequence[Item]) -> str | None:
    """The slot that carries the colour the user asked for (None: nothing to do, or impossible)."""
    if not prefs.colors or any(i.color_family in prefs.colors for i in fixed):
        return None
    asked = [KIND_TO_SLOT[k] for k in prefs.kinds if k in KIND_TO_SLOT]  # "navy chinos": the chinos are navy
    for slot in dict.fromkeys(asked + list(COLOUR_CARRIERS)):
        if slot in plan.slots and any(i.color_family in prefs.colors for i in options.get(slot, ())):
            return slot
    return None


def build_look(plan: LookPlan, pool: Mapping[str, Sequence[Item]], prefs: Preferences,
               fixed: Sequence[Item], used_ids: set[str], used_families: set[tuple[str, str]], *,
               brand_affinity: Mapping[str, float] | None = None) -> list[Item] | None:
    """Greedy fill around the fixed items (an uploaded garment, the pieces a follow-up keeps),
    slot by slot, with the best-scoring allowed item; None if the look can't be completed."""
    chosen = list(fixed)
    allowed = {slot: _in_style(plan.style, [i for i in pool.get(slot, ()) if _allowed(i, plan, prefs, used_ids)])
               for slot in plan.slots}
    carrier = colour_slot(plan, allowed, prefs, fixed)
    if carrier:  # every look shows a colour the user asked for
        allowed[carrier] = [i for i in allowed[carrier] if i.color_family in prefs.colors]
    for slot in sorted(plan.slots, key=FILL_ORDER.index):
        options = allowed[slot]
        if not options:
            if slot in ("outerwear", "accessory"):
                continue  # optional layers
            return None
        chosen.append(max(options, key=lambda i: _candidate_score(i, chosen, plan, prefs, used_families,
                                                                  brand_affinity or {})))
    chosen.sort(key=lambda i: FILL_ORDER.index(i.slot) if i.slot in FILL_ORDER else 0)
    return chosen if is_complete(chosen) else None


def compose(plans: Sequence[LookPlan], pools: Sequence[Mapping[str, Sequence[Item]]], prefs: Preferences,
            anchor: Item | None = None, *, brand_affinity: Mapping[str, float] | None = None,
            ) -> list[tuple[LookPlan, list[Item]]]:
    """Build one look per plan from its pool; no item repeats across looks (the anchor aside).
    `brand_affinity` (brand -> cosine with the user's taste) breaks near-ties between candidates."""
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
