"""A light layer for the night's chill ("hot during the day, freezing at night", "낮엔 덥고 밤엔 추워요"): each
look dressed for the day's heat that has no layer gets a denim or light jacket, or a cardigan, to carry and
put on after dark."""

from __future__ import annotations

from collections.abc import Sequence

from chains.compose import LookPlan, in_fill_order
from chains.dress_code import CASUAL_RANK, DressCode
from chains.exclusions import is_of_kind, ruled_out_colours, shows_colour
from chains.rain_layer import matching_layer
from chains.services import CatalogSearch
from chains.state import Preferences
from domain.items import Item
from domain.filters import SearchFilters
from domain.traits import is_sleeveless_layer, is_sportswear, traits_of

LAYER_QUERY = "light jacket denim jacket cardigan shrug"
LAYER_CANDIDATES = 30


def light_layers(catalog: CatalogSearch, gender: str | None, prefs: Preferences,
                 avoid_kinds: Sequence[str] = (), code: DressCode | None = None) -> list[Item]:
    """The catalogue's light layers (no padded or wool coat, no sports top) in the person's colours, and the
    occasion's dress code where there is one (a blazer over office clothes, no washed denim)."""
    filters = SearchFilters(slots=("outerwear",), kinds=("jacket", "cardigan") + (("blazer",) if code else ()),
                            genders=(gender, "unisex") if gender else (),
                            exclude_color_families=ruled_out_colours(prefs.avoid_colors))
    # (a dressed occasion's light layers are its blazers and smart jackets: searched for in its own words)
    query = f"blazer jacket cardigan {code.search_words}".strip() if code and code.target > CASUAL_RANK else LAYER_QUERY
    return [i for i in catalog.search(query, filters, k=LAYER_CANDIDATES)
            if traits_of(i).warmth in ("light", "medium") and not is_sleeveless_layer(i.slot, i.name)
            and not is_sportswear(i) and not shows_colour(i, prefs.avoid_colors)
            and not (avoid_kinds and is_of_kind(i, avoid_kinds)) and (code is None or code.allows(i))]


def evening_layers(catalog: CatalogSearch, looks: list[tuple[LookPlan, list[Item]]], prefs: Preferences,
                   avoid_kinds: Sequence[str] = (), code: DressCode | None = None) -> list[tuple[LookPlan, list[Item]]]:
    """Every look without a layer gets a light one in a colour it wears or a neutral (an item shows once)."""
    used: set[str] = {i.id for _, items in looks for i in items}
    layers_of: dict[str | None, list[Item]] = {}
    dressed = []
    for plan, items in looks:
        if any(i.slot == "outerwear" for i in items):
            dressed.append((plan, items))
            continue
        if plan.gender not in layers_of:
            layers_of[plan.gender] = light_layers(catalog, plan.gender, prefs, avoid_kinds, code)
        free = [layer for layer in layers_of[plan.gender] if layer.id not in used]
        if not free:
            dressed.append((plan, items))
            continue
        layer = matching_layer(items, free)
        used.add(layer.id)
        dressed.append((plan, in_fill_order([*items, layer])))
    return dressed
