"""A rain layer for looks that go out into the rain ("rainy weekend in London", "비 오는 날 출근룩"): in spring
and autumn, where the occasion is an everyday one, each look's layer becomes a rain jacket or a trench
(a blazer or a knit jacket soaks through); a dressy occasion keeps its own layer and takes an umbrella."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chains.compose import LookPlan, in_fill_order
from chains.dress_code import CASUAL_RANK, dress_code
from chains.exclusions import is_of_kind, ruled_out_colours, shows_colour
from chains.services import CatalogSearch
from chains.state import Preferences
from domain.items import Item
from domain.vocabulary import NEUTRAL_FAMILIES
from domain.filters import SearchFilters
from domain.traits import is_sleeveless_layer, is_sportswear, traits_of

# Occasions a rain jacket may go to: it comes off at the office door; a wedding guest takes an umbrella.
SHELL_OCCASIONS = frozenset({"daily", "work", "travel", "hiking", "golf", "workout", "hands_on"})
SHELL_SEASONS = frozenset({"spring", "fall"})  # summer rain is warm (an umbrella); winter wants a coat
# A day out in the open whatever the season: no umbrella in a festival crowd or on a trail, a poncho or a shell
OPEN_AIR_OCCASIONS = frozenset({"festival", "hiking"})
RAIN_WORDS = re.compile(r"\b(?:rain|trench|wind ?cheaters?|wind ?breakers?|poncho|waterproof|anorak|mac)\b",
                        re.IGNORECASE)
SHELL_QUERY = "rain jacket waterproof wind cheater trench coat"
SHELL_CANDIDATES = 24


def is_rain_shell(item: Item) -> bool:
    """A layer made for the rain: a rain jacket, a wind cheater, a trench, a poncho."""
    return item.slot == "outerwear" and not is_sleeveless_layer(item.slot, item.name) \
        and (traits_of(item).function == "rain" or bool(RAIN_WORDS.search(item.name)))


def wants_shell(occasion: str, season: str) -> bool:
    """Whether looks for this occasion and season go out in a rain jacket when it rains."""
    return occasion in SHELL_OCCASIONS and season in SHELL_SEASONS \
        or occasion in OPEN_AIR_OCCASIONS and season != "winter"


def rain_shells(catalog: CatalogSearch, gender: str | None, prefs: Preferences, occasion: str,
                season: str, avoid_kinds: Sequence[str] = ()) -> list[Item]:
    """The catalogue's rain layers a look of this occasion may wear (no sports label over office clothes),
    whatever season their label says (a rain jacket filed under summer, the monsoon's)."""
    filters = SearchFilters(slots=("outerwear",), kinds=("jacket", "coat"),
                            genders=(gender, "unisex") if gender else (),
                            exclude_color_families=ruled_out_colours(prefs.avoid_colors))
    smart = dress_code(occasion, season).target > CASUAL_RANK
    return [i for i in catalog.search(SHELL_QUERY, filters, k=SHELL_CANDIDATES)
            if is_rain_shell(i) and not (smart and is_sportswear(i)) and not shows_colour(i, prefs.avoid_colors)
            and not (avoid_kinds and is_of_kind(i, avoid_kinds))]  # ("no jacket")


def with_rain_shell(items: Sequence[Item], shells: Sequence[Item], used: set[str]) -> list[Item]:
    """The look with a rain layer in place of its own (or added where it has none): one in a colour it
    wears or a quiet neutral that no other look wears; the look as it was when it already wears one, wears
    the person's own layer, or the shells have run out (an item shows once in an answer)."""
    own_layer = any(i.slot == "outerwear" and i.source != "catalog" for i in items)
    free = [s for s in shells if s.id not in used]
    if own_layer or not free or any(is_rain_shell(i) for i in items):
        return list(items)
    shell = matching_layer(items, free)
    used.add(shell.id)
    return in_fill_order([i for i in items if i.slot != "outerwear"] + [shell])


def matching_layer(items: Sequence[Item], layers: Sequence[Item]) -> Item:
    """The layer in a colour the look already wears, else a quiet neutral, else the first."""
    worn = {i.color_family for i in items}
    return min(layers, key=lambda s: (s.color_family not in worn, s.color_family not in NEUTRAL_FAMILIES))


def rain_layers(catalog: CatalogSearch, looks: list[tuple[LookPlan, list[Item]]], prefs: Preferences,
                avoid_kinds: Sequence[str] = ()) -> list[tuple[LookPlan, list[Item]]]:
    """Every look of an everyday occasion in spring or autumn rain under a rain layer (the person's own
    layer stays: theirs to wear)."""
    used: set[str] = {i.id for _, items in looks for i in items}
    shells_of: dict[str | None, list[Item]] = {}
    dressed = []
    for plan, items in looks:
        if not wants_shell(plan.occasion, plan.season):
            dressed.append((plan, items))
            continue
        if plan.gender not in shells_of:
            shells_of[plan.gender] = rain_shells(catalog, plan.gender, prefs, plan.occasion, plan.season, avoid_kinds)
        dressed.append((plan, with_rain_shell(items, shells_of[plan.gender], used)))
    return dressed
