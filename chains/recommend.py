"""The recommend action: plan looks, fetch candidates per slot from the catalogue, compose."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from chains.compose import HELD_SLOTS, LEATHERS, SEARCH_SLOT, TAILORED_LAYER, LookPlan, compose, plan_look, plan_slot
from chains.dress_code import DressCode, dress_code, formality_levels, styled_code
from chains.feel import OFF_TONE, SHORT_SLEEVED_KINDS, TONE_SLOTS, TONED_SLOTS, Feel
from chains.exclusions import NARROWER_KINDS, is_of_kind, ruled_out_colours, ruled_out_kinds, shows_colour
from chains.lexicon import NAMED_CUT_TERMS
from chains.look_score import colour_slot_for
from chains.own_suit import in_the_suit, is_suit_jacket, suit_trousers
from chains.rain_layer import rain_layers
from chains.evening_layer import evening_layers
from chains.services import CatalogSearch
from chains.weather import Weather, cold_ready
from chains.state import Preferences
from domain.colors import shade_colours
from domain.items import Item
from domain.vocabulary import INDIAN_FESTIVALS, KIND_TO_SLOT, KINDS_BY_SLOT, SEASONS, season_for_month
from domain.filters import SearchFilters
from domain.traits import FORMALITY_LEVELS, FUNCTIONS, WARMTH_LEVELS, is_sleeveless, traits_of

# Two contrasting directions when the user fixed no style (minimal + casual, as the seed service did).
STYLE_PAIRS = {
    "daily": ("minimal", "casual"), "date": ("minimal", "casual"), "work": ("classic", "minimal"),
    "interview": ("classic", "dandy"), "wedding": ("classic", "dandy"), "party": ("chic", "minimal"),
    "travel": ("casual", "minimal"), "workout": ("sporty", "street"), "gym": ("sporty", "street"), "funeral": ("classic", "minimal"),
    "funeral_white": ("classic", "minimal"),
    "hiking": ("sporty", "casual"), "ceremony": ("classic", "minimal"), "culture": ("chic", "minimal"),
    "family_dinner": ("classic", "minimal"), "church": ("classic", "minimal"), "flight": ("casual", "minimal"),
    "work_dinner": ("classic", "minimal"), "family_holiday": ("classic", "minimal"), "festival": ("street", "casual"),
    "theme_park": ("casual", "street"),
    "dinner": ("minimal", "chic"), "school_meeting": ("classic", "minimal"),
    "gig": ("street", "casual"), "beach": ("casual", "minimal"),
    "graduation": ("classic", "minimal"), "cocktail": ("chic", "classic"), "black_tie": ("classic", "chic"),
    "golf": ("classic", "sporty"), "court": ("classic", "minimal"),
    "formal_office": ("classic", "dandy"), "beach_wedding": ("chic", "classic"), "indian_wedding": ("chic", "classic"),
    "hands_on": ("casual", "minimal"), "sports_day": ("sporty", "casual"),
    **dict.fromkeys(INDIAN_FESTIVALS, ("chic", "classic")),
    "eid": ("classic", "minimal"), "holi": ("casual", "minimal"), "nikah": ("classic", "chic"),
    "apology": ("classic", "minimal"), "visarjan": ("casual", "street"),
    "entrance_ceremony": ("classic", "minimal"), "temple_stay": ("minimal", "casual"),
    "temple_visit": ("minimal", "classic"),
    "wine_tasting": ("chic", "casual"), "casual_interview": ("minimal", "classic"), "club": ("minimal", "casual"),
    "concert": ("casual", "street"), "smart_casual": ("minimal", "classic"), "water_festival": ("street", "casual"), "house_party": ("casual", "minimal"),
    "pub": ("casual", "minimal"),
    "halloween": ("street", "casual"), "day_party": ("feminine", "minimal"),
    "races": ("classic", "dandy"),
}
# Dandy is cut for men, chic and feminine for women: the same direction in the other wardrobe.
GENDERED_STYLE = {"men": {"chic": "dandy", "feminine": "casual"}, "women": {"dandy": "chic"}}
# Items of these catalogue seasons can be worn in the brief's season (shorts are not for fall).
WEARABLE_SEASONS = {
    "winter": ("fall", "winter"), "fall": ("spring", "fall", "winter"),
    "spring": ("spring", "summer", "fall"), "summer": ("spring", "summer"),
}
YEAR_ROUND_SLOTS = frozenset({"shoes", "accessory"})
OPPOSITE_SEASON = {"winter": "summer", "summer": "winter", "spring": "fall", "fall": "spring"}
CANDIDATES_PER_SLOT = 48  # one pool serves both styles of an answer
MIN_POOL = 12  # enough for six looks sharing a pool without repeating an item
RELAXED_PENALTY = 0.1
LOOKS_PER_STYLE = 3
DRESS_SHOE_KINDS = frozenset({"heels", "flats", "boots", "sandals"})  # (sandals where the season wears them)


@dataclass(frozen=True)
class Brief:
    """The resolved request: everything unknown replaced by a sensible default."""

    occasion: str
    season: str
    styles: tuple[str, ...]  # one per look
    genders: tuple[str | None, ...]  # one per look; None = any
    mixed_genders: bool
    avoid_kinds: tuple[str, ...] = ()
    weather: Weather = Weather()  # the rain, real cold or snow the looks go out into (chains/weather.py)
    formality_floor: int | None = None  # "more formal": no garment or shoe below the looks it replaces
    cut: str | None = None  # "로퍼로 바꿔줘", "면바지로": the pieces' names say it (a loafer, chinos), not any shoes or trousers
    feel: Feel = Feel()  # how the looks should feel: nothing tight, nothing bulky, shoes that grip (chains/feel.py)


# Occasions spent out of doors for hours, where hard cold keeps bare legs home
OUTDOOR_DAY_OCCASIONS = frozenset({"daily", "date", "travel", "festival", "concert", "theme_park", "hiking", "gig"})


# The seaside out of its season ("10월에 부산국제영화제 … 해운대도", a walk on a winter beach): a day out on foot in the
# season's own clothes, not sandals and shorts (the beach's code has nothing for the cold months)
SEASIDE_OFF_SEASON = {"beach": "travel"}
COLD_SEASONS = frozenset({"fall", "winter"})


def resolve_brief(prefs: Preferences, month: int, avoid_kinds: Sequence[str] = (), weather: Weather = Weather(),
                  formality_floor: int | None = None, feel: Feel = Feel()) -> Brief:
    occasion = prefs.occasion or "daily"
    season = prefs.season or season_for_month(month)
    if season in COLD_SEASONS:
        occasion = SEASIDE_OFF_SEASON.get(occasion, occasion)
    if prefs.style:
        styles = (prefs.style,) * LOOKS_PER_STYLE
    else:
        a, b = STYLE_PAIRS[occasion]
        styles = (a,) * LOOKS_PER_STYLE + (b,) * LOOKS_PER_STYLE
    if prefs.gender and prefs.gender != "unisex":
        genders: tuple[str | None, ...] = (prefs.gender,) * len(styles)
    else:  # nothing may assume one gender: alternate, one gender per look
        genders = tuple(("women", "men")[i % 2] for i in range(len(styles)))
    if not prefs.style:
        styles = tuple(GENDERED_STYLE.get(g or "", {}).get(s, s) for s, g in zip(styles, genders))
    heat = tuple(k for k in weather.heat_kinds if k not in prefs.kinds)  # ("jeans in a heatwave?": the jeans asked)
    # ("크리스마스 명동 데이트, 영하 10도": a day out in hard cold, no bare legs; a wedding or a party is indoors)
    heat += tuple(k for k in weather.bare_leg_kinds if k not in prefs.kinds and occasion in OUTDOOR_DAY_OCCASIONS)
    return Brief(occasion, season, styles, genders, mixed_genders=not prefs.gender,
                 avoid_kinds=ruled_out_kinds((*avoid_kinds, *feel.kinds_out(), *heat)), weather=weather,
                 formality_floor=formality_floor, feel=feel)



def suitable_kinds(slot: str, brief: Brief, prefs: Preferences) -> tuple[str, ...]:
    """The kinds to search in a slot: what the user asked for, else what the dress code allows."""
    if slot in HELD_SLOTS:  # a bag or a tie
        return () if HELD_SLOTS[slot] in brief.avoid_kinds else (HELD_SLOTS[slot],)
    wanted = tuple(k for k in prefs.kinds if KIND_TO_SLOT.get(k) == slot)
    if wanted:  # "a jacket" over a cocktail dress may be a blazer
        return tuple(dict.fromkeys(k for kind in wanted for k in (kind, *NARROWER_KINDS.get(kind, ()))))
    # (one pool serves every style of the answer: what any of their codes allows; a street look's trainers too)
    codes = [styled_code(brief.occasion, brief.season, style) for style in dict.fromkeys(brief.styles)]
    kinds = dict.fromkeys(k for code in codes for k in code_kinds(slot, code))
    # ("long sleeves only": tees and polos not even searched, or they fill the pool; a sweatshirt may come in)
    short = SHORT_SLEEVED_KINDS if brief.feel.sleeved and slot == "top" else frozenset()
    found = tuple(k for k in kinds if any(k not in code.exclude_kinds for code in codes) and k not in brief.avoid_kinds)
    return tuple(dict.fromkeys(k for k in (*found, *(("longsleeve", "sweatshirt") if short else ())) if k not in short))


def code_kinds(slot: str, code: DressCode) -> tuple[str, ...]:
    """The kinds a dress code offers in a slot (a tie comes in its own slot, where the look is formal enough
    for one: never as the accessory)."""
    if slot == "accessory":
        return tuple(k for k in code.accessories if k != "tie")
    return code.shoes if slot == "shoes" else KINDS_BY_SLOT[slot]


def _slot_filters(slot: str, gender: str | None, prefs: Preferences, brief: Brief,
                  exclude: Sequence[str]) -> SearchFilters:
    code = dress_code(brief.occasion, brief.season)
    named = any(KIND_TO_SLOT.get(k) == slot for k in prefs.kinds) or HELD_SLOTS.get(slot) in prefs.kinds
    # (a garment asked for by name is not filtered)
    kinds = suitable_kinds(slot, brief, prefs)
    dressed = all(styled_code(brief.occasion, brief.season, style).dress_shirt for style in brief.styles)
    if dressed and gender == "men" and slot == "top" and "shirt" in kinds:
        kinds = ("shirt",)  # a suit and tie wants shirts: the search must not fill the pool with sweaters
    return SearchFilters(
        slots=(SEARCH_SLOT.get(slot, slot),),
        kinds=kinds,
        genders=(gender, "unisex") if gender else (),
        # Shoes and accessories are worn most of the year (black oxfords labelled fall, in June): any
        # season but the opposite one; their warmth, read from name and photo, does the rest.
        # A tie has no season at all (a silk tie filed under summer goes to a December funeral).
        # ("long sleeves only" in June: a light sweatshirt labelled fall comes in too)
        seasons=() if slot == "tie" else _all_but_opposite(brief.season)
        if SEARCH_SLOT.get(slot, slot) in YEAR_ROUND_SLOTS or (slot == "top" and brief.feel.sleeved)
        else WEARABLE_SEASONS[brief.season],
        exclude_color_families=ruled_out_colours(prefs.avoid_colors) + _off_tone(slot, brief),
        price_max=prefs.budget_max,
        exclude_ids=tuple(exclude),
        formalities=() if named or slot == "accessory" else _formalities(slot, code, brief.formality_floor),
        exclude_functions=() if named else _functions_out(slot, code),
        warmths=_shoe_warmths(code) if slot == "shoes" and not named else (),
    )


def _off_tone(slot: str, brief: Brief) -> tuple[str, ...]:
    """The colour families a tone asked for keeps out of this slot, left out by the search itself: filtered
    after it, a pool of pastels or dark clothes would be the few of the nearest forty."""
    tone = brief.feel.tone
    return tuple(sorted(OFF_TONE[tone])) if tone and SEARCH_SLOT.get(slot, slot) in TONE_SLOTS.get(tone, TONED_SLOTS) \
        else ()


def _shoe_warmths(code: DressCode) -> tuple[str, ...]:
    """The warmths of shoes the dress code lets through, searched for rather than filtered after: most
    of the catalogue's women's heels are open, and a December interview's closed pumps would not
    reach a pool of the nearest forty otherwise."""
    return tuple(w for w in WARMTH_LEVELS if w in code.warmth and not (code.closed_shoes and w == "light"))


def _formalities(slot: str, code: DressCode, floor: int | None = None) -> tuple[str, ...]:
    """The formality words a slot's search keeps: the band's, and for a needed layer down to the coat
    floor (a padded jacket over office clothes in the cold: it comes off at the door); a brief's own
    floor ("more formal") raises the band's, never past its top."""
    if slot == "outerwear" and code.layer == "needed" and code.coat_floor is not None:
        return FORMALITY_LEVELS[code.coat_floor: code.band[1] + 1]
    levels = formality_levels(code)
    if floor is None:
        return levels
    return tuple(level for level in levels if FORMALITY_LEVELS.index(level) >= floor) or levels[-1:]


def _functions_out(slot: str, code: DressCode) -> tuple[str, ...]:
    """The functions a slot's pieces may not have: the occasion's, and for shoes made for it (a hike's
    trail shoes) every other one."""
    out = set(code.exclude_functions)
    if slot == "shoes" and code.shoe_functions:
        out |= set(FUNCTIONS) - code.shoe_functions
    return tuple(sorted(out))


def slot_query(slot: str, prefs: Preferences, brief: Brief) -> str:
    """The search text for one slot (the same for both genders: filters tell them apart). A colour
    named with a garment ("navy chinos") is searched on that garment only."""
    named = colour_slot_for(prefs)
    colours = " ".join(prefs.colors) if named in (None, slot) else ""
    kinds = " ".join(k for k in prefs.kinds if KIND_TO_SLOT.get(k) == slot)
    styles = " ".join(dict.fromkeys(brief.styles))
    words = dress_code(brief.occasion, brief.season).search_words
    return " ".join(f"{styles} {brief.occasion} {words} {brief.season} {colours} {kinds} {slot}".split())


# The part of a look each named cut is of (every other cut is a pair of shoes)
CUT_SLOTS = {"chino": "bottom", "cargo": "bottom", "track": "bottom", "sling": "bag", "kurta": "top"}


def cut_of(item: Item) -> str | None:
    """The named cut a piece's name says it is ("Highlander Men Khaki Chinos": chino), in its own part of a look."""
    name = item.name.lower()
    return next((cut for cut in (*NAMED_CUT_TERMS, *CUT_SLOTS)
                 if cut in name and plan_slot(item) == CUT_SLOTS.get(cut, "shoes")),
                None)


def _all_but_opposite(season: str) -> tuple[str, ...]:
    return tuple(s for s in SEASONS if s != OPPOSITE_SEASON[season])


def fetch_slot(catalog: CatalogSearch, slot: str, gender: str | None, prefs: Preferences, brief: Brief,
               exclude: Sequence[str]) -> list[Item]:
    """Candidates for one slot and gender, for every style of the brief at once: one search, not one
    per style (the composer prefers items tagged with the look's style). The season from today's date
    is relaxed for thin pools (a season the user named never is); wanted colours are topped up so every look can show one."""
    text = slot_query(slot, prefs, brief)
    strict = _slot_filters(slot, gender, prefs, brief, exclude)
    if brief.weather.cold and slot == "outerwear":  # real cold: the pool is the warm coats and padded jackets
        strict = replace(strict, warmths=("warm", "heavy"))
    found = {item.id: item for item in catalog.search(text, strict, k=CANDIDATES_PER_SLOT)}
    if len(found) < MIN_POOL and not prefs.season:  # a season the user named is a constraint, not a hint
        # (never the opposite season's layer or dress: no summer jacket or romper in December)
        relaxed = _all_but_opposite(brief.season) if slot in ("outerwear", "onepiece") else ()
        for item in catalog.search(text, replace(strict, seasons=relaxed), k=CANDIDATES_PER_SLOT):
            found.setdefault(item.id, item.with_score(item.score - RELAXED_PENALTY))
    elif len(found) < MIN_POOL and slot == "outerwear":  # few winter blazers are labelled winter: take the
        # neighbouring season too (never the opposite one); warmth and the dress code keep the season
        wider = replace(strict, seasons=_all_but_opposite(brief.season))
        for item in catalog.search(text, wider, k=CANDIDATES_PER_SLOT):
            found.setdefault(item.id, item.with_score(item.score - RELAXED_PENALTY))
    seasons = strict.seasons if prefs.season else _all_but_opposite(brief.season)  # (a navy knit of spring too)
    if prefs.colors and colour_slot_for(prefs) in (None, slot):
        # the named garment's colour ("grey slacks") is in every look: enough of them for all six
        k = CANDIDATES_PER_SLOT if colour_slot_for(prefs) == slot else MIN_POOL
        # ("a burgundy outfit": searched by the shade's own words, so the maroon pieces come before the bright reds)
        shaded = " ".join((text, *sorted(set().union(*(shade_colours(prefs.shade_of(c) or "") for c in prefs.colors)))))
        for item in catalog.search(shaded.lower(), replace(strict, color_families=prefs.colors, seasons=seasons), k=k):
            found.setdefault(item.id, item)
    code = dress_code(brief.occasion, brief.season)
    palette = code.slot_palette(slot, gender)
    wished_off = prefs.colors and colour_slot_for(prefs) is None and not palette & set(prefs.colors)
    if palette and (wished_off or slot in code.plain_palette and _few_fit(code, found.values())):
        # a colour wished for the whole look the code keeps off this slot (black tie in black: his shirt is
        # white), or a search whose words bring other colours ("black tie" finds black and striped shirts):
        # searched by the palette's own words
        plain = " ".join(("solid", *sorted(palette), slot))
        for item in catalog.search(plain, replace(strict, color_families=tuple(sorted(palette)), seasons=seasons),
                                   k=CANDIDATES_PER_SLOT):
            found.setdefault(item.id, item)
    if slot == "shoes":
        _top_up_leathers(catalog, text, strict, found)
    for query, filters in _scarce_pieces(slot, text, strict, brief, len(found)):
        for item in catalog.search(query, filters, k=CANDIDATES_PER_SLOT):
            found.setdefault(item.id, item)
    if brief.cut and slot == CUT_SLOTS.get(brief.cut, "shoes"):  # only pieces whose names say the cut (in whatever
        # season or use the catalogue files them: loafers asked for at the office are the person's call)
        # (searched by the cut's own word: in the whole brief's words it ranks below the slot's other pieces)
        for item in catalog.search(f"{brief.cut} {brief.cut}s", replace(strict, seasons=(), occasions=(), usages=(), formalities=()),
                                   k=CANDIDATES_PER_SLOT):
            found.setdefault(item.id, item)
        found = {k: i for k, i in found.items() if brief.cut in i.name.lower()}
    # "no jacket": not a "Long Blue Jacket" filed as a coat either
    return one_per_product(i for i in found.values() if not (brief.avoid_kinds and is_of_kind(i, brief.avoid_kinds))
                           and brief.weather.fits(i) and brief.feel.fits(i, brief.weather.cold)
                           and not _bare_in_cold_rain(i, brief))


def _bare_in_cold_rain(item: Item, brief: Brief) -> bool:
    """A sleeveless top on a rainy spring or autumn day (April in Boston): bare arms under a wet rain jacket."""
    return brief.weather.rain and brief.season in ("spring", "fall") and item.slot == "top" \
        and (is_sleeveless(item) or traits_of(item).kind == "tank")


def _few_fit(code: DressCode, items: Iterable[Item]) -> bool:
    """Fewer distinct pieces the dress code takes than a slot's pool should hold."""
    return len({i.product_name for i in items if code.allows(i) and not code.short_of_plain(i)}) < MIN_POOL


def _scarce_pieces(slot: str, text: str, strict: SearchFilters, brief: Brief,
                   found: int) -> list[tuple[str, SearchFilters]]:
    """Searches for what a brief needs and the catalogue has few of, in any season: boots and trekking
    shoes for snow; for "an outfit with a coat" ("패딩 코디") where coats are few (the demo has no men's
    coats), its warmest jackets, the padded and quilted ones first."""
    searches = []
    if slot == "shoes" and (brief.weather.booted or brief.feel.grip):  # (shoes that grip on ice, too)
        closed = tuple(k for k in strict.kinds if k not in ("sandals", "heels", "flats")) or ("shoes", "sneakers")
        made_for_it = replace(strict, seasons=(), exclude_functions=(), formalities=())
        searches += [("boots " + text, replace(made_for_it, kinds=("boots",))),
                     ("trekking trail outdoor shoes", replace(made_for_it, kinds=closed))]
    elif slot == "shoes" and dress_code(brief.occasion, brief.season).winter_shoes:
        # a hike: its trekking shoes and boots, which a search for "sports shoes" buries under running shoes (in
        # any season of the year: a trail shoe's label may say another)
        made_for_it = replace(strict, seasons=() if brief.season in ("fall", "winter") else _all_but_opposite(brief.season))
        searches += [("trekking trail outdoor shoes " + text,
                      replace(made_for_it, exclude_functions=tuple(f for f in FUNCTIONS if f != "outdoor"))),
                     ("boots " + text, replace(made_for_it, kinds=("boots",), exclude_functions=()))]
    elif slot == "shoes" and strict.kinds == ("boots",) and brief.season in ("fall", "winter"):
        # a boot is no summer shoe whatever its label says ("Homme Men Tan Semi Formal Ankle Boots", summer)
        searches.append(("boots " + text, replace(strict, kinds=("boots",), seasons=())))
    if slot == "outerwear" and brief.weather.booted:  # the heaviest layers, whatever their label's season
        searches.append(("padded quilted puffer heavy winter jacket coat", replace(
            strict, warmths=("heavy",), seasons=(), exclude_functions=(), formalities=())))
    if slot == "outerwear" and "coat" in strict.kinds and found < MIN_POOL:
        searches.append(("padded quilted heavy winter jacket coat", replace(
            strict, kinds=("jacket",), warmths=("heavy", "warm"), seasons=_all_but_opposite(brief.season))))
    return searches


def _top_up_leathers(catalog: CatalogSearch, text: str, strict: SearchFilters, found: dict[str, Item]) -> None:
    """Black shoes and brown shoes both, a few distinct pairs of each: a dark suit takes black shoes
    and a brown belt brown ones, and a search for "summer wedding shoes" may bring only tan ones."""
    for family in LEATHERS:
        distinct = {i.product_name for i in found.values() if i.color_family == family}
        if len(distinct) < MIN_POOL // 2:
            for item in catalog.search(text, replace(strict, color_families=(family,)), k=MIN_POOL):
                found.setdefault(item.id, item)


def one_per_product(items: Iterable[Item]) -> list[Item]:
    """The first of the items that share a name and a colour: the catalogue lists one product under
    several ids ("Arrow Men Brown Formal Shoes" ten times), and a look may show it once in an answer
    anyway; a name sold in two colours stays two candidates."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for item in items:
        key = (item.product_name, item.color_family)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def fetch_dress_shoes(catalog: CatalogSearch, gender: str | None, prefs: Preferences, brief: Brief,
                      exclude: Sequence[str]) -> list[Item]:
    """Heels, flats and boots to wear with a dress: the shoe search of an answer is mostly
    trainers for the separates, and a dress wants its own shoes."""
    strict = _slot_filters("shoes", gender, prefs, brief, exclude)
    kinds = tuple(k for k in strict.kinds if k in DRESS_SHOE_KINDS)
    if not kinds:
        return []
    found = catalog.search(slot_query("shoes", prefs, brief), replace(strict, kinds=kinds), k=MIN_POOL)
    return [i for i in found if brief.weather.fits(i) and brief.feel.fits(i, brief.weather.cold)
            and not (brief.avoid_kinds and is_of_kind(i, brief.avoid_kinds))]  # ("힐 없이 샌들로": no heeled sandal)


def own_items(wardrobe: Sequence[Item], slot: str, gender: str | None, prefs: Preferences, brief: Brief) -> list[Item]:
    """The user's garments that could fill this slot (same rules as the catalogue search)."""
    kinds = suitable_kinds(slot, brief, prefs)
    return [i for i in wardrobe if i.slot == SEARCH_SLOT.get(slot, slot) and i.kind in kinds
            and not shows_colour(i, prefs.avoid_colors) and (gender is None or i.gender in (gender, "unisex"))]


class SlotPools:
    """Candidates per (gender, slot), fetched the first time a look asks for them and shared by
    every look of the answer (a dress look's separates are only searched if no dress fits)."""

    def __init__(self, catalog: CatalogSearch, prefs: Preferences, brief: Brief, exclude: Sequence[str],
                 wardrobe: Sequence[Item], fixed: Mapping[str, list[Item]] | None = None) -> None:
        self.catalog, self.prefs, self.brief, self.exclude, self.wardrobe = catalog, prefs, brief, exclude, wardrobe
        # (a slot whose piece is settled: their suit's trousers are the only bottom its looks take)
        self._found: dict[tuple[str | None, str], list[Item]] = {
            (gender, slot): items for slot, items in (fixed or {}).items() for gender in ("men", "women", None)}

    def get(self, gender: str | None, slot: str) -> list[Item]:
        if (gender, slot) not in self._found:
            self._found[gender, slot] = self._fetch(gender, slot)
        return self._found[gender, slot]

    def _fetch(self, gender: str | None, slot: str) -> list[Item]:
        if slot == TAILORED_LAYER:  # blazers for a look no coat goes with, searched as for indoors (the
            # reply says what goes over them outside)
            return fetch_slot(self.catalog, "outerwear", gender, replace(self.prefs, kinds=("blazer",)),
                              replace(self.brief, weather=Weather()), self.exclude)
        if slot == "dress shoes":  # the shoes of the answer, plus heels and flats for a dress
            shoes = self.get(gender, "shoes")
            seen = {i.id for i in shoes}
            more = fetch_dress_shoes(self.catalog, gender, self.prefs, self.brief, self.exclude)
            return shoes + [i for i in more if i.id not in seen]
        return own_items(self.wardrobe, slot, gender, self.prefs, self.brief) \
            + fetch_slot(self.catalog, slot, gender, self.prefs, self.brief, self.exclude)


class LookPool(Mapping[str, Sequence[Item]]):
    """One look's view of the shared pools: a dress look's shoes (the person's own dress too) include heels,
    flats and sandals."""

    def __init__(self, pools: SlotPools, plan: LookPlan, dressed: bool = False) -> None:
        self.pools, self.plan, self.dressed = pools, plan, dressed

    def __getitem__(self, slot: str) -> Sequence[Item]:
        if slot == "shoes" and ("onepiece" in self.plan.slots or self.dressed):
            slot = "dress shoes"
        return self.pools.get(self.plan.gender, slot)

    def __iter__(self) -> Iterator[str]:
        return iter(self.plan.slots)

    def __len__(self) -> int:
        return len(self.plan.slots)


def recommend_looks(catalog: CatalogSearch, prefs: Preferences, brief: Brief, anchor: Item | None,
                    exclude: Sequence[str] = (), wardrobe: Sequence[Item] = (), *,
                    brand_affinity: Mapping[str, float] | None = None, seed: int = 0) -> list[tuple[LookPlan, list[Item]]]:
    if brief.feel.palette:  # a colour dress code is every piece, not a wish for one piece in that colour
        prefs = replace(prefs, colors=())
    if prefs.occasion in SEASIDE_OFF_SEASON:  # (the seaside in the cold months: the brief's day out, throughout)
        prefs = replace(prefs, occasion=brief.occasion)
    plans = [plan_look(prefs, style=s, gender=g, season=brief.season, index=i, anchor=anchor, bump=brief.feel.bump)
             for i, (s, g) in enumerate(zip(brief.styles, brief.genders))]
    catalog.prepare([slot_query(slot, prefs, brief) for slot in dict.fromkeys(s for p in plans for s in p.slots)])
    # (their suit's trousers, as their own piece, are every look's bottom: never a catalogue pair to match first)
    fixed = {"bottom": [replace(suit_trousers(anchor), source="wardrobe")]} if is_suit_jacket(anchor) else None
    pools = SlotPools(catalog, prefs, brief, exclude, wardrobe, fixed)
    dressed = anchor is not None and anchor.slot == "onepiece"
    looks = in_the_suit(compose(plans, [LookPool(pools, plan, dressed) for plan in plans], prefs, anchor,
                                brand_affinity=brand_affinity, seed=seed), anchor)
    coated = [(plan, items) for plan, items in looks if any(i.slot == "outerwear" and cold_ready(i) for i in items)
              or "outerwear" not in plan.slots]
    if brief.weather.cold and coated:  # real cold or snow: no look goes out without a coat (fewer looks rather
        looks = coated  # than one); where the catalogue has none to fit, the reply says what goes over them

    if brief.weather.rain and not brief.weather.cold:  # a rain jacket over an everyday look (chains/rain_layer.py)
        looks = rain_layers(catalog, looks, prefs, brief.avoid_kinds)
    if brief.weather.evening and not brief.weather.cold:  # a light layer for the night (chains/evening_layer.py)
        looks = evening_layers(catalog, looks, prefs, brief.avoid_kinds, dress_code(brief.occasion, brief.season))
    if brief.weather.booted:  # a day out in the snow or hard cold: a hat or a scarf on every look
        used = {i.id for _, items in looks for i in items}
        looks = [(plan, items + [extra] if (extra := warm_accessory(catalog, items, plan.gender, prefs, brief, used))
                  else items) for plan, items in looks]
    return looks


WARM_ACCESSORIES = ("scarf", "hat")


def warm_accessory(catalog: CatalogSearch, items: Sequence[Item], gender: str | None, prefs: Preferences,
                   brief: Brief, used: set[str]) -> Item | None:
    """A warm scarf (else a beanie) for a look that has none, in a colour it already wears where one
    is to be had; it joins `used`."""
    if any(i.kind in WARM_ACCESSORIES for i in items):
        return None
    worn = {i.color_family for i in items}
    code = dress_code(brief.occasion, brief.season)
    for kind in WARM_ACCESSORIES:
        if kind in code.exclude_kinds and kind not in code.fine_if_asked:
            continue  # no scarf on a run: a beanie, or nothing
        pool = fetch_slot(catalog, "accessory", gender, replace(prefs, kinds=(kind,)), brief, tuple(used))
        warm = [i for i in pool if i.kind == kind and traits_of(i).warmth in ("warm", "heavy")]
        if warm:
            piece = min(warm, key=lambda i: i.color_family not in worn)  # (stable: the search's order otherwise)
            used.add(piece.id)
            return piece
    return None
