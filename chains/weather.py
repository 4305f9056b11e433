"""What a look needs for the weather said with a request ("rainy day at the office", "장마철 출근룩",
"it's freezing"): pieces a stylist would not send out into the rain or the cold stay out of its looks (pure)."""

from __future__ import annotations

import re

from dataclasses import astuple, dataclass

from domain.items import Item
from domain.traits import traits_of

# Kinds too hot for real heat: stiff denim, leggings, boots, knits (shorts, skirts, light trousers and sandals
# instead; a knit filed as light is still a knit in a humid July)
HEAT_KINDS = ("jeans", "leggings", "boots", "sweater", "sweatshirt")
BARE_LEG_KINDS = ("dress", "skirt", "shorts", "sandals")
# Bottoms that show every splash, and shoes that soak through or stain.
SPLASHED_FAMILIES = frozenset({"white", "beige"})
SOAKING = re.compile(r"\b(?:canvas|suede|fabric|ballerinas?|ballet|espadrilles?|mesh|velvet|satin|slip[- ]ons?"
                     r"|peep[- ]?toes?|open[- ]toe|sling[- ]?backs?|strappy|t-strap|mules?)\b", re.IGNORECASE)


def cold_ready(item: Item) -> bool:
    """Whether the piece keeps out real cold ("it's freezing", "영하래요"): a warm coat or padded jacket
    for the layer, no summer-weight top, dress or open shoe."""
    warmth = traits_of(item).warmth
    if item.slot == "outerwear":
        return warmth in ("warm", "heavy")
    return item.slot == "accessory" or warmth != "light"


def snow_ready(item: Item) -> bool:
    """Whether the piece goes out into snow: boots, or closed trekking shoes (never trainers or pumps),
    and the heaviest layer (a padded jacket or a wool coat, not a trench or a fleece)."""
    traits = traits_of(item)
    if item.slot == "outerwear":
        return traits.warmth == "heavy"
    if item.slot != "shoes":
        return True
    # ("Carlton London Women Navy Blue Flat Shoes", filed under boots: a flat shoe by its name, not for snow)
    return (traits.kind == "boots" and not FLAT_SHOE.search(item.name)) \
        or (traits.function == "outdoor" and traits.kind != "sandals" and traits.warmth != "light")


FLAT_SHOE = re.compile(r"\bflat shoes?\b|\bflats\b|\bballerinas?\b", re.IGNORECASE)


def rain_ready(item: Item) -> bool:
    """Whether the piece goes out in the rain: no white or beige trousers or dresses, no open, pale,
    suede or canvas shoes."""
    if item.slot in ("bottom", "onepiece"):
        return item.color_family not in SPLASHED_FAMILIES
    if item.slot == "shoes":
        traits = traits_of(item)
        open_shoe = traits.kind == "sandals" or traits.warmth == "light"
        return not open_shoe and item.color_family not in SPLASHED_FAMILIES and not SOAKING.search(item.name)
    return True


@dataclass(frozen=True)
class Weather:
    """The weather a request's looks go out into, as the person said it."""
    rain: bool = False  # "rainy day at the office", "장마철"
    cold: bool = False  # real cold: "it's freezing", "엄청 추워요"
    snow: bool = False  # snow underfoot: "snow trip", "스키장" (real cold too)
    bitter: bool = False  # hard cold, or a cold day outside: "8F", "영하 10도", "freezing rinks all day"
    hot: bool = False  # real heat: "like 95 degrees", "폭염", "땀 많이 흘림", a tropical or desert trip
    slopes: bool = False  # skiing or boarding: the slopes want ski wear the catalogue does not carry
    evening: bool = False  # "hot during the day, freezing at night": a light layer to put on after dark

    def then(self, said: "Weather", new_request: bool) -> "Weather":
        """This conversation's weather after a message: what it says, else what the request said
        (a new occasion or style starts a new request, and its weather with it)."""
        return Weather(*(now or (before and not new_request) for now, before in
                         zip(astuple(said), astuple(self))))

    @property
    def said(self) -> bool:
        """Whether any weather was said at all."""
        return any(astuple(self))

    @property
    def booted(self) -> bool:
        """Whether the looks walk in boots under their heaviest layer (snow underfoot, or hard cold)."""
        return self.snow or self.bitter

    @property
    def heat_kinds(self) -> tuple[str, ...]:
        """The kinds real heat leaves out of its looks, unless asked for by name: denim jeans, leggings, boots,
        sweaters and sweatshirts."""
        return HEAT_KINDS if self.hot else ()

    @property
    def bare_leg_kinds(self) -> tuple[str, ...]:
        """The kinds hard cold leaves out of a day spent outside, unless asked for by name: a dress or a skirt
        shows bare legs (the catalogue has no tights), shorts and sandals more so."""
        return BARE_LEG_KINDS if self.bitter else ()

    def fits(self, item: Item) -> bool:
        """Whether the piece goes out in this weather."""
        return (not self.rain or rain_ready(item)) and (not self.cold or cold_ready(item)) \
            and (not self.booted or snow_ready(item))
