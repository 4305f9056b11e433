"""Dress codes as a stylist writes them (prompts/dress_codes.toml), read into typed rules.

One occasion and one season give a `DressCode`: which garments may appear at all (`allows`) and
what the look aims at (formality target, how welcome a layer is, which accessories fit).
"""

from __future__ import annotations

import re

import tomllib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from domain.colors import families_named_in
from domain.items import Item
from domain.vocabulary import KIND_TO_SLOT, QUIET_FAMILIES, WORKOUT_OCCASIONS
from domain.traits import (
    FORMALITY_LEVELS,
    SPORTSWEAR_BRANDS,
    formality_rank,
    is_bare_armed_menswear,
    is_childrens,
    is_multipack,
    is_printed,
    is_pitch_shoe,
    is_sleeveless,
    is_sleeveless_layer,
    is_sports_label_shoe,
    is_sportswear,
    is_summer_tailoring,
    traits_of,
)

TABLE = Path(__file__).resolve().parents[1] / "prompts" / "dress_codes.toml"
LAYER_NEEDS = ("avoid", "optional", "welcome", "needed")  # the stricter (later) of occasion and season wins

INDOOR_WARMTH = frozenset({"light", "medium"})  # a heated room in any month: no fleece, no padded jacket
CASUAL_RANK = formality_rank("casual")
SMART_RANK = formality_rank("smart")
FORMAL_RANK = formality_rank("formal")
BRIDES_COLOURS = frozenset({"white", "beige"})  # avoided at a wedding even when a dress is asked for
# Accessories whose formality shows (a briefcase or a backpack, a dress watch or a diver's): they keep
# to the occasion's lowest level; jewellery and scarves are judged by colour and kind alone.
BAND_ACCESSORIES = frozenset({"bag", "watch", "belt"})


# A shoe whose name says it has a heel, whatever kind the catalogue files it under ("Leather Heels" as sandals)
HEEL_WORDS = ("heel", "heels", "stiletto", "stilettos", "pumps", "wedge", "wedges")
CAP_WORDS = ("cap", "caps", "beanie", "beanies")  # a hat with a peak or a knit: sport and street, never dressed
# Shine on a watch or a piece of jewellery, by its name.
SHINY_COLOURS = frozenset({"gold", "rose gold"})  # the catalogue's colour labels; silver reads as plain steel
SHINE = re.compile(r"\b(?:gold|golden|sparkle|sparkling|glitter|crystals?|candy|diamonds?|bling|rose|stardust|prism|"
                   r"zircons?|rhinestones?|swarovski|studded|glam)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DressCode:
    occasion: str
    season: str
    band: tuple[int, int]  # formality ranks allowed for garments and shoes
    target: int  # the formality rank the occasion aims at
    exclude_kinds: frozenset[str]
    exclude_functions: frozenset[str]
    shoes: tuple[str, ...]
    accessories: tuple[str, ...]
    bag_functions: tuple[str, ...]
    warmth: frozenset[str]
    layer: str  # one of LAYER_NEEDS
    coat_floor: int | None = None  # lowest formality rank of a needed layer, where lower than the band's
    dress_colours_to_avoid: frozenset[str] = frozenset()
    # Colour families per kind or slot ("top", "blazer"), for everyone and for menswear only; a kind or
    # slot not listed may be any colour.
    colours: tuple[tuple[str, frozenset[str]], ...] = ()
    men_colours: tuple[tuple[str, frozenset[str]], ...] = ()
    women_colours: tuple[tuple[str, frozenset[str]], ...] = ()  # her own (a wedding guest's dress and top in colour)
    colour_order: tuple[tuple[str, tuple[str, ...]], ...] = ()  # the colours as the code lists them, safest first
    dress_shirt: bool = False  # a man's top is a formal shirt
    dress_shirts_only: bool = False  # a man's shirt, where he wears one, is a dress shirt (a fine knit may stand in)
    ethnic_wear: bool = False  # kurtas and other ethnic pieces may appear
    hot: bool = False  # the season avoids layers: only `layer_when_hot` brings one, and never over a dress
    closed_shoes: bool = False  # no open shoes (strappy heels, sandals in all but name), whatever the season
    men_carry_bag: bool = True  # a man's look may carry a bag (not to a date, a party or a wedding)
    strict_colours: bool = False  # the palette never relaxes: fewer looks rather than brown at a funeral
    strict_palette: frozenset[str] = frozenset()  # kinds or slots whose colours never relax (an interview's blazer)
    quiet_palette: frozenset[str] = frozenset()  # kinds or slots relaxed to a neutral at most (no maroon interview heels)
    no_head_to_toe_black: bool = False  # a celebration by day: black reads as mourning (unless asked for)
    shoe_functions: frozenset[str] = frozenset()  # shoes made for it (a hike: trail or sports shoes, trekking boots)
    bag_words: tuple[str, ...] = ()  # the bags it takes, by name (a hike: a backpack, not a duffle)
    no_shine: bool = False  # no gold, sparkle or crystal on a watch or jewellery (a funeral)
    search_words: str = ""  # words the catalogue's names use for its pieces ("sports trekking" for a hike)
    avoid_words: tuple[str, ...] = ()  # names that never come, whatever their labels (a hike: yoga pants, a schoolbag)
    winter_shoes: frozenset[str] = frozenset()  # kinds or functions its shoes keep to in winter (a hike: boots, trail shoes)
    women_exclude_kinds: frozenset[str] = frozenset()  # womenswear kinds it never takes (no office blazer over a gown)
    # kinds its looks leave out that a person may still wear, asked ("양말은 검정이어야 하나요?": dark socks, yes)
    fine_if_asked: frozenset[str] = frozenset()
    season_exempt_kinds: frozenset[str] = frozenset()  # kinds the season leaves in, warm or not (a cabin's cardigan)
    indoors: bool = False  # a heated room in any month (a gym): the season brings no layer and no warm pieces
    stays_formal: bool = False  # no look dresses it down (a funeral's shirt and tie, a court's suit)
    layer_dressed_down: str | None = None  # the layer policy of a look aiming below its target (`styled_code`)
    street_shoes: tuple[str, ...] = ()  # shoes a street look adds (clean trainers at a club night)
    street_kinds: frozenset[str] = frozenset()  # kinds a street look may wear that the code leaves out (a hoodie)
    plain_palette: frozenset[str] = frozenset()  # kinds or slots in one plain colour (`short_of_plain`)
    # his dinner jacket: every man's look wears one, and the one jacket may serve each look (a man owns one)
    men_jacket: bool = False

    def allows(self, item: Item, *, named: bool = False, stretched: bool = False) -> bool:
        """Whether a stylist would put this piece in any look for the occasion and season.
        `named`: the user asked for this kind by name, so only its formality, function and warmth
        must suit (navy chinos for the office, yes; navy track pants, no); `stretched`: a look built around it
        may take it one formality step below the band (whether it suits, asked, is answered unstretched)."""
        traits = traits_of(item)
        kind = traits.kind
        if traits.function in self.exclude_functions or (kind in self.exclude_kinds and not named):
            return False
        if item.gender == "women" and kind in self.women_exclude_kinds and not named:
            return False
        if (item.usage == "ethnic" and not self.ethnic_wear) or is_multipack(item.name) or is_childrens(item.name):
            return False  # a kurta beside a pencil skirt; "Pack of 3 T-shirts" is not one piece; kids' sizes
        if self.occasion not in WORKOUT_OCCASIONS and is_pitch_shoe(item):
            return False  # studded football boots up a granite mountain
        if (self.dress_shirt or (self.dress_shirts_only and kind == "shirt")) and item.slot == "top" \
                and item.gender == "men" and (traits.formality != "formal" or traits.warmth == "light"):
            return False  # a dress shirt has long sleeves (the catalogue's photos show which do)
        if self.target > CASUAL_RANK and is_sportswear(item) and (not named or self.target > SMART_RANK):
            # a padded Puma jacket on a date, a Lotto track top at a party (and at an interview or a wedding,
            # a jacket asked for is a tailored one, never the sports label's)
            return False
        if self.target > SMART_RANK and is_sports_label_shoe(item) and not named:
            return False  # "ADIDAS Women Ballerina" flats at a wedding: the label reads gym
        if self.strict_colours and traits.pattern == "printed" and not named:
            return False  # a funeral: no checks, stripes or prints, the tie included
        dark_shoes = item.slot == "shoes" and (self.strict_colours or bool({"shoes"} & (self.strict_palette | self.quiet_palette)))
        if (not named or dark_shoes) and not self.in_palette(item, kind):
            # a black shirt or an olive blazer at an interview reads loud or muddy (and flats asked for at a
            # funeral, or "comfier shoes" at an interview, are still dark ones: a kind of shoe named says its
            # shape, not its colour)
            return False
        if self.closed_shoes and item.slot == "shoes" and traits.warmth == "light" and not named:
            return False
        if self.avoid_words and not named and _named_any(item.name, self.avoid_words):
            return False  # "Urban Yoga ... Track Pant" up a mountain
        if kind == "hat" and self.target > CASUAL_RANK and (_named_any(item.name, CAP_WORDS)
                                                            or (item.brand or "").lower() in SPORTSWEAR_BRANDS):
            return False  # "I like to wear a hat" for Easter service: never a baseball cap or a hiking hat
        if named and "heels" in self.exclude_kinds and kind in ("sandals", "flats") and _named_any(item.name, HEEL_WORDS):
            return False  # "샌들로" at the beach: flat sandals, not a strappy heel the catalogue files as a sandal
        if is_bare_armed_menswear(item) and self.occasion not in WORKOUT_OCCASIONS and not named:
            return False  # a sweater vest with no shirt under it
        if is_sleeveless_layer(item.slot, item.name) and (self.layer == "needed" or self.target > CASUAL_RANK):
            return False  # a gilet is no winter coat, and no layer for a date or the office
        if self.season == "winter" and item.slot == "top" and self.target <= CASUAL_RANK and not named \
                and is_sleeveless(item):
            return False  # a sleeveless top under a denim jacket in December: bare arms for a day out
        if self.season in ("fall", "winter") and is_summer_tailoring(kind, item.season) and not named:
            return False  # a light blue blazer at a winter interview
        if item.slot == "accessory":
            if kind == "hat" and self.season == "winter" and traits.warmth != "warm":
                return False  # a baseball cap at -3 °C, even when a hat is asked for: a beanie
            if kind not in self.accessories and not named:
                return False
            if kind in BAND_ACCESSORIES and not named and formality_rank(traits.formality) < self.band[0]:
                return False  # a sling bag or a diver's watch with a suit
            if traits.warmth == "warm" and "heavy" not in self.warmth:
                return False  # a wool beanie or muffler belongs to fall and winter
            if kind == "jewellery" and item.gender == "men" and self.target > CASUAL_RANK and not named:
                return False  # a steel pendant over a shirt and tie at a 상견례
            if self.no_shine and (SHINE.search(item.name) or item.color.lower() in SHINY_COLOURS):
                return False  # a "Candy Pop Gold Watch" at a funeral, or a gold dial named only "Men Watch"
            if kind == "bag" and self.bag_words and not any(w in item.name.lower() for w in self.bag_words):
                return False
            return kind != "bag" or traits.function in self.bag_functions
        if item.slot == "shoes" and kind not in self.shoes and not named:
            return False
        if item.slot == "shoes" and self.shoe_functions and traits.function not in self.shoe_functions:
            return False  # city "casual shoes" on a trail
        if item.slot == "shoes" and self.season == "winter" and self.winter_shoes \
                and not {kind, traits.function} & self.winter_shoes:
            return False  # running shoes on a frozen trail
        if item.slot == "shoes" and item.color_family == "multi" and self.target > CASUAL_RANK and not named:
            return False  # multicoloured flats at an interview, a 상견례 or church
        if item.slot == "onepiece" and item.color_family in self.dress_colours_to_avoid \
                and not (named and item.color_family not in BRIDES_COLOURS):
            return False  # "a black dress for the wedding" she may have; the bride's white, no one
        rank = formality_rank(traits.formality)
        # (a kind asked for by name may sit one step below the band in the looks: a logo polo on casual Friday;
        # never two: track pants at the office stay out)
        low = self.band[0] - 1 if named and stretched else self.band[0]
        if item.slot == "outerwear" and self.layer == "needed" and self.coat_floor is not None:
            low = min(low, self.coat_floor)
        # (a cardigan asked for by name in July is for the air-conditioning: a knit one may come, no coat)
        asked_layer = named and item.slot == "outerwear" and traits.warmth == "warm"
        # ("long sleeves only" in a heated gym: a long-sleeved tee or a track sweatshirt, asked for, may come)
        asked_sleeves = named and item.slot == "top" and kind in ("longsleeve", "sweatshirt") and traits.warmth != "heavy"
        return low <= rank <= self.band[1] and (traits.warmth in self.warmth or kind in self.season_exempt_kinds
                                                 or asked_layer or asked_sleeves)

    def _palettes(self, gender: str | None) -> tuple[tuple[tuple[str, frozenset[str]], ...], ...]:
        """The colour tables a wearer's pieces keep to: everyone's, and menswear's (womenswear's) own."""
        own = {"men": self.men_colours, "women": self.women_colours}.get(gender or "", ())
        return (self.colours, own) if own else (self.colours,)

    def in_palette(self, item: Item, kind: str) -> bool:
        """Whether the piece's colour is one the occasion wears for its kind (or slot)."""
        tables = self._palettes(item.gender)
        # (where the colours are strict, a second colour the name states counts: a "Black and Purple Tie")
        named = families_named_in(item.name) if self.strict_colours else frozenset()
        for table in tables:
            for key, families in table:
                if key in (kind, item.slot) and (item.color_family not in families or not named <= families):
                    return False
        return True

    def worn_on_every_look(self, item: Item) -> bool:
        """His dinner jacket at black tie (`men_jacket`), and his plain white dress shirt and plain black tie there
        and at a funeral (`strict_colours`): ones a man owns, so they may come back in each look (a second look in a
        striped shirt, or with no tie, is no black tie, and no funeral)."""
        if item.gender != "men" or not (self.men_jacket or self.strict_colours):
            return False
        plain_as_worn = {"top": "white", "tie": "black"}.get("tie" if item.kind == "tie" else item.slot)
        return self.men_jacket and item.slot == "outerwear" \
            or item.color_family == plain_as_worn and not self.short_of_plain(item) and not is_printed(item)

    def short_of_plain(self, item: Item) -> bool:
        """A man's piece the code wears in one plain colour that has a pattern or names a second colour (a "Black
        White" shirt at black tie): a stand-in only where the catalogue has nothing plainer."""
        if not self.plain_palette or item.gender != "men" or not {traits_of(item).kind, item.slot} & self.plain_palette:
            return False  # (his shirt and tie; her dress may be printed)
        return is_printed(item) or len(families_named_in(item.name) - {item.color_family}) > 0

    def palette_list(self, kind: str) -> tuple[str, ...]:
        """The colour families the occasion wears for a kind (or its slot), in the order the code lists them
        (the safest first); empty when any colour will do."""
        slot = KIND_TO_SLOT.get(kind, "")
        return next((order for key, order in self.colour_order if key in (kind, slot)), ())

    def palette_for(self, kind: str, gender: str | None = None) -> frozenset[str]:
        """The colour families the occasion wears for a kind (or its slot), the wearer's own table first (his white
        shirt at a funeral); empty when any colour will do."""
        slot = KIND_TO_SLOT.get(kind, "")
        return next((families for table in reversed(self._palettes(gender)) for key, families in table
                     if key in (kind, slot)), frozenset())

    def slot_palette(self, slot: str, gender: str | None) -> frozenset[str]:
        """The colour families a slot is held to for this wearer (his white shirt at black tie); empty when free."""
        return frozenset().union(*(families for table in self._palettes(gender) for key, families in table if key == slot))

    def aim(self, style: str) -> float:
        """The formality a look of this style aims at: between the style's lean and the occasion's
        target, inside the band."""
        lean = style_lean(style)
        middle = (lean + self.target) / 2 if lean is not None else float(self.target)
        return min(max(middle, self.band[0]), self.band[1])


@cache
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _named_any(name: str, words: tuple[str, ...]) -> bool:
    return bool(_words_pattern(words).search(name))


@cache
def _table() -> dict[str, Any]:
    with open(TABLE, "rb") as handle:
        return tomllib.load(handle)


def style_lean(style: str) -> int | None:
    level = _table()["style"].get(style)
    return formality_rank(level) if level else None


@cache
def dress_code(occasion: str, season: str) -> DressCode:
    """The rules for one occasion in one season (unknown occasions read as everyday)."""
    table = _table()
    occ = table["occasion"].get(occasion) or table["occasion"]["daily"]
    followed = {occasion}
    while "like" in occ:  # a family ceremony dresses as a wedding guest does, under its own name (and a Diwali
        # party as an Indian wedding, which dresses as a wedding); each table once, however the `like`s run
        like = occ["like"] if occ["like"] not in followed else "daily"
        followed.add(like)
        occ = {**table["occasion"][like], **{key: value for key, value in occ.items() if key != "like"}}
    sea = table["season"][season]
    exempt = frozenset(occ.get("season_exempt_kinds", ()))
    low, high = (formality_rank(level) for level in occ["formality"])
    layer = max(occ["layer"], sea["layer"], key=LAYER_NEEDS.index)
    if occ["layer"] == "avoid" and sea["layer"] != "needed":
        layer = "avoid"  # a workout in spring has no jacket; in winter it does
    if sea["layer"] == "avoid":
        layer = occ.get("layer_when_hot", "avoid")  # a blazer over a summer interview shirt
    if occ.get("indoors"):
        layer = occ["layer"]  # a heated gym in January: a tee and shorts, the coat in the locker
    return DressCode(
        occasion=occasion if occasion in table["occasion"] else "daily", season=season, band=(low, high),
        target=formality_rank(occ["target"]),
        exclude_kinds=frozenset(occ["exclude_kinds"]) | (frozenset(sea["exclude_kinds"]) - exempt),
        exclude_functions=frozenset(occ["exclude_functions"]) | frozenset(sea["exclude_functions"]),
        shoes=tuple(occ["shoes"]),
        accessories=tuple(k for k in occ["accessories"] if k not in sea["exclude_kinds"] or k in exempt),
        bag_functions=tuple(occ["bag_functions"]), layer=layer,
        warmth=INDOOR_WARMTH if occ.get("indoors") else frozenset(sea["warmth"]),
        coat_floor=formality_rank(occ["coat_floor"]) if "coat_floor" in occ else None,
        dress_colours_to_avoid=frozenset(occ.get("dress_colours_to_avoid", ())),
        colours=_palette(occ.get("colours", {})), men_colours=_palette(occ.get("men_colours", {})),
        women_colours=_palette(occ.get("women_colours", {})),
        colour_order=tuple((key, tuple(families)) for key, families in occ.get("colours", {}).items()),
        dress_shirt=occ.get("dress_shirt", False), dress_shirts_only=occ.get("dress_shirts_only", False),
        ethnic_wear=occ.get("ethnic_wear", False),
        hot=sea["layer"] == "avoid", closed_shoes=occ.get("closed_shoes", False),
        men_carry_bag=occ.get("men_carry_bag", True), strict_colours=occ.get("strict_colours", False),
        no_head_to_toe_black=occ.get("no_head_to_toe_black", False),
        shoe_functions=frozenset(occ.get("shoe_functions", ())), bag_words=tuple(occ.get("bag_words", ())),
        no_shine=occ.get("no_shine", False), search_words=occ.get("search_words", ""),
        strict_palette=frozenset(occ.get("strict_palette", ())), avoid_words=tuple(occ.get("avoid_words", ())),
        quiet_palette=frozenset(occ.get("quiet_palette", ())),
        women_exclude_kinds=frozenset(occ.get("women_exclude_kinds", ())),
        winter_shoes=frozenset(occ.get("winter_shoes", ())),
        fine_if_asked=frozenset(occ.get("fine_if_asked", ())), season_exempt_kinds=exempt,
        stays_formal=occ.get("stays_formal", False), layer_dressed_down=occ.get("layer_dressed_down"),
        indoors=occ.get("indoors", False), street_shoes=tuple(occ.get("street_shoes", ())),
        street_kinds=frozenset(occ.get("street_kinds", ())), plain_palette=frozenset(occ.get("plain_palette", ())),
        men_jacket=occ.get("men_jacket", False),
    )


@cache
def styled_code(occasion: str, season: str, style: str) -> DressCode:
    """The code as a look of this style wears it. A street look at a party takes its trainers and sweatshirts
    where the table says so (`street_shoes`, `street_kinds`). A look aiming below a formal occasion's target ("less
    formal" at a 돌잔치, "정장까진 아닌" for an interview) is smart, not dressed: a fine knit may stand in for
    the dress shirt, and the occasion may make the jacket optional; a funeral's code never dresses down."""
    code = dress_code(occasion, season)
    if style == "street" and (code.street_shoes or code.street_kinds):  # a club night in trainers and a hoodie
        return replace(code, shoes=tuple(dict.fromkeys(code.street_shoes + code.shoes)),
                       exclude_kinds=code.exclude_kinds - code.street_kinds)
    if code.stays_formal or code.target < FORMAL_RANK or code.aim(style) >= FORMAL_RANK:
        return code
    layer = code.layer
    if code.layer_dressed_down and not code.hot:  # (the season's own need stands: a coat in December)
        layer = max(code.layer_dressed_down, _table()["season"][season]["layer"], key=LAYER_NEEDS.index)
    return replace(code, dress_shirt=False, dress_shirts_only=code.dress_shirt or code.dress_shirts_only, layer=layer)


def _palette(table: dict[str, list[str]]) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((key, frozenset(families)) for key, families in table.items())


@cache
def without_palette(code: DressCode, keys: frozenset[str], any_colour: bool = False) -> DressCode:
    """The same dress code with the colours of some kinds or slots relaxed, first to the quiet ones
    (any neutral), last (`any_colour`) to every colour: for when the occasion's colours leave no
    complete look (a small catalogue's blazers all shown in earlier looks). A brown blazer comes to
    an interview before a purple striped flat does. A code with strict colours (a funeral) stays as it is."""
    if code.strict_colours:
        return code
    keys = keys - code.strict_palette

    def relaxed(table: tuple[tuple[str, frozenset[str]], ...]) -> tuple[tuple[str, frozenset[str]], ...]:
        loud = keys - code.quiet_palette if any_colour else frozenset()
        return tuple((key, families | QUIET_FAMILIES) if key in keys else (key, families)
                     for key, families in table if key not in loud)
    return replace(code, colours=relaxed(code.colours), men_colours=relaxed(code.men_colours),
                   women_colours=relaxed(code.women_colours))


def formality_levels(code: DressCode) -> tuple[str, ...]:
    """The formality words of the band, for a search filter."""
    return FORMALITY_LEVELS[code.band[0]: code.band[1] + 1]


# The pieces an occasion's custom expects, which a look may still go without when asked
EXPECTED_PIECES = {"tie": frozenset({"funeral", "interview", "wedding", "court", "black_tie", "formal_office", "races"}),
                   "blazer": frozenset({"funeral", "interview", "court", "formal_office"})}
