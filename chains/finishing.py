"""The finishing touches a look wants, by the rules a stylist dresses by ("and what socks?", "what colour
belt?", "넥타이는 무슨 색이 좋아요?"): socks carry the trousers' colour down to the shoes, a belt matches the
shoes' leather, a tie is darker than the shirt and sober where the occasion is (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from chains.feel import gripping
from chains.state import Outfit
from domain.traits import traits_of

FINISHING_KINDS = ("socks", "belt", "tie", "bag")
# "신발은 뭐 신어야돼?", "겉옷은?": the piece of a slot each look on screen wears, and what the occasion wants
FINISHING_SLOTS = ("shoes", "outerwear")
# The shoes an occasion wants, by how dressed it is (the intro of the answer names them).
SHOES_BY_OCCASION = {"work": "dressed", "interview": "dressed", "formal_office": "dressed", "funeral": "mourning", "wedding": "dressed",
                     "black_tie": "dressed", "party": "evening", "cocktail": "evening", "date": "evening",
                     "hiking": "outdoor", "workout": "sport", "gym": "sport", "ski": "outdoor"}
# The bag an occasion carries: a clutch for the evening, a structured tote for work, a backpack outdoors.
BAG_BY_OCCASION = {"party": "finish_bag_clutch", "wedding": "finish_bag_clutch", "black_tie": "finish_bag_clutch",
                   "cocktail": "finish_bag_clutch", "work": "finish_bag_tote", "interview": "finish_bag_tote", "formal_office": "finish_bag_tote",
                   "funeral": "finish_bag_tote", "funeral_white": "finish_bag_tote", "hiking": "finish_bag_backpack", "travel": "finish_bag_crossbody",
                   "theme_park": "finish_bag_crossbody", "concert": "finish_bag_crossbody",
                   "water_festival": "finish_bag_crossbody", "holi": "finish_bag_crossbody",
                   "visarjan": "finish_bag_crossbody"}
LEATHER_FAMILIES = ("black", "brown")
COLD_SEASONS = ("fall", "winter")
# A tie by occasion: black for mourning; otherwise darker than a pale shirt, lighter than a dark one.
SOBER_TIE = {"funeral": "black"}
DARK_SHIRTS = ("black", "navy", "grey", "brown", "olive", "purple")


@dataclass(frozen=True)
class Touch:
    """One look's advice: a template key of `finish_*` and the colour family it names (if any)."""
    key: str
    family: str | None = None
    kind: str | None = None  # the garment the advice refers to ("the dress")


def finishing(kind: str, look: Outfit, occasion: str, season: str) -> Touch:
    """The socks, belt or tie this look wants."""
    worn = next((i for i in look.items if i.kind == kind), None)
    if worn is not None:
        return Touch("finish_has", worn.color_family, kind)
    if kind == "socks":
        return Touch("finish_socks_hiking") if occasion == "hiking" else _socks(look, season)
    if kind == "bag":
        return _bag(look, occasion)
    if kind == "belt":
        return _belt(look)
    return _tie(look, occasion)


def slot_intro(slot: str, occasion: str, season: str, men: bool, rough: bool = False) -> str:
    """The template key of what a stylist says first about the shoes or the layer an occasion wants (on
    `rough` ground, a path up a hill, a grip sole whatever the occasion)."""
    if slot == "shoes":
        kind = "path" if rough else SHOES_BY_OCCASION.get(occasion, "everyday")
        return f"finish_intro_shoes_{kind}_{'men' if men else 'women'}"
    return f"finish_intro_layer_{season}"


def worn_in_slot(look: Outfit, slot: str, season: str, rough: bool = False) -> Touch:
    """What this look wears in the slot asked about ("#2, its brown boots"), or that it goes without; a
    blazer in winter goes under a coat outside; smart shoes on `rough` ground stay for indoors."""
    piece = _piece(look, slot)
    if piece is None:
        return Touch(f"finish_none_{slot}")
    traits = traits_of(piece)
    if slot == "shoes" and rough and traits.kind != "sneakers" and not gripping(piece):
        return Touch("finish_shoes_for_path", piece.color_family, traits.kind)
    if slot == "outerwear" and season == "winter" and traits.warmth not in ("warm", "heavy"):
        return Touch("finish_layer_under_coat", piece.color_family, traits.kind)
    return Touch("finish_has", piece.color_family, traits.kind)


def _piece(look: Outfit, slot: str):
    return next((i for i in look.items if i.slot == slot), None)


def _socks(look: Outfit, season: str) -> Touch:
    bottom, shoes, dress = _piece(look, "bottom"), _piece(look, "shoes"), _piece(look, "onepiece")
    shoe_kind = traits_of(shoes).kind if shoes is not None else None
    legs = dress or (bottom if bottom is not None and traits_of(bottom).kind in ("skirt", "shorts") else None)
    if legs is not None:
        if shoe_kind == "sandals" or season not in COLD_SEASONS or traits_of(legs).kind == "shorts":
            return Touch("finish_socks_bare", kind=traits_of(legs).kind)
        return Touch("finish_socks_tights", "black" if legs.color_family in ("black", "navy", "grey") else "beige",
                     traits_of(legs).kind)
    if shoe_kind == "sneakers":
        return Touch("finish_socks_trainers")
    if bottom is None:
        return Touch("finish_socks_trainers")
    return Touch("finish_socks_match", bottom.color_family)


def _belt(look: Outfit) -> Touch:
    bottom = _piece(look, "bottom")
    if bottom is None or traits_of(bottom).kind in ("skirt", "leggings"):
        return Touch("finish_belt_none", kind=traits_of(bottom).kind if bottom is not None else "dress")
    shoes = _piece(look, "shoes")
    if shoes is not None and shoes.color_family in LEATHER_FAMILIES and traits_of(shoes).kind != "sneakers":
        return Touch("finish_belt_match", shoes.color_family)
    return Touch("finish_belt_casual", "brown")


def _bag(look: Outfit, occasion: str) -> Touch:
    shoes = _piece(look, "shoes")
    family = shoes.color_family if shoes is not None and shoes.color_family not in ("multi",) else "black"
    men = any(i.gender == "men" for i in look.items)
    if men and occasion not in ("work", "interview", "formal_office", "travel", "hiking"):
        return Touch("finish_bag_none")  # his pockets do; a bag at a wedding or on a date is one more thing to hold
    return Touch(BAG_BY_OCCASION.get(occasion, "finish_bag_crossbody"), family)


def _tie(look: Outfit, occasion: str) -> Touch:
    shirt = next((i for i in look.items if i.slot == "top" and traits_of(i).kind == "shirt"), None)
    if shirt is None or shirt.gender == "women":
        return Touch("finish_tie_none")
    if occasion in SOBER_TIE:
        return Touch("finish_tie", SOBER_TIE[occasion])
    jacket = _piece(look, "outerwear")
    if shirt.color_family in DARK_SHIRTS:
        return Touch("finish_tie", "grey" if shirt.color_family != "grey" else "black")
    suit_navy = jacket is not None and jacket.color_family in ("navy", "blue")
    return Touch("finish_tie", "red" if suit_navy else "navy")
