"""How a stylist reads a piece: its formality, what it is for, how warm it is, and what it really is.

Decided once at ingest and stored as catalogue columns (`formality`, `function`, `warmth`); wardrobe
items and uploaded photos, which only have a kind and a name, get the same answer at run time from
`traits_of`. Pure functions, no I/O; data/README.md documents the tables and their counts.

The source labels (Myntra's articleType and usage) are noisy: "formal" T-shirts, "Trousers" that are
shorts, sandals filed as "Formal Shoes". So every trait reads the product name first, then the
labels (usage, source category), and falls back to what the kind usually is. The per-kind bounds
keep a label from saying something absurd: a T-shirt is never formal, a blazer never athletic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from domain.items import Item

FORMALITY_LEVELS: tuple[str, ...] = ("athletic", "casual", "smart", "formal")  # "athletic" covers lounge wear
WARMTH_LEVELS: tuple[str, ...] = ("light", "medium", "warm", "heavy")
FUNCTIONS: tuple[str, ...] = ("", "sport", "rain", "outdoor", "office", "gym", "evening", "travel")
PATTERNS: tuple[str, ...] = ("plain", "printed")  # "printed": a print, a graphic, a check, a logo


@dataclass(frozen=True)
class Traits:
    formality: str  # one of FORMALITY_LEVELS
    function: str  # one of FUNCTIONS; "" when the piece is for nothing in particular
    warmth: str  # one of WARMTH_LEVELS
    kind: str  # the kind after name-based correction
    pattern: str = "plain"  # one of PATTERNS


def formality_rank(level: str) -> int:
    """Position of a formality level, low to high (ValueError for an unknown word)."""
    return FORMALITY_LEVELS.index(level)


def warmth_rank(level: str) -> int:
    """Position of a warmth level, light to heavy (ValueError for an unknown word)."""
    return WARMTH_LEVELS.index(level)


def _words(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern of whole words."""
    return re.compile(rf"\b(?:{pattern})\b", re.I)


# --- kind corrections ----------------------------------------------------------------------------

# Say "T-shirt" however the catalogue spells it: "T-shirt", "Tshirts", "T- Shirts", "Tee".
_T_SHIRT = r"t-?\s?shirts?|tees?"
# "Shirt" on its own: not the end of "T-shirt" / "T Shirt" (sweatshirt has no word break anyway).
_SHIRT = r"(?<!\bt-)(?<!\bt )(?<!\bt- )(?<!\bt)shirts?"

# The name is more precise than the label. Each rule: name pattern, kinds it may correct, new kind.
# Rules run in order and each sees the kind the earlier ones left, so what the garment is comes
# before its cut: "Tops" named "Polo Tshirts" -> tshirt -> polo. No rule corrects the kind it
# produces, and correcting an already corrected kind changes nothing (checked on every catalogue row).
_KNITTED_BLAZER_RE = _words(r"basics(?=.*\bblazer\s+jackets?\b)")  # Basics' knitted "Blazer Jackets"
NAME_KIND_RULES: tuple[tuple[re.Pattern[str], frozenset[str], str], ...] = (
    # "John Players Men Grey Shorts" filed under Trousers, "Denim Shorts" under Jeans and Capris.
    (_words(r"shorts?|bermudas?"), frozenset({"trousers", "jeans", "leggings"}), "shorts"),
    (_words(r"jeggings?"), frozenset({"jeans"}), "leggings"),
    # Women's "Tops" and a few "Shirts" that are T-shirts ("Spykar Women Grey T-shirt").
    (_words(_T_SHIRT), frozenset({"shirt", "blouse"}), "tshirt"),
    (_words(r"polo(?!\s+assn)"), frozenset({"tshirt"}), "polo"),  # not the brand U.S. Polo Assn.
    # "Tshirts" named "Check Brown Shirt" and "Tops" named "Solid White Shirts" are shirts.
    (_words(_SHIRT), frozenset({"tshirt", "blouse", "cardigan"}), "shirt"),  # "Check Pink Shirt" filed as Shrug
    (_words(r"tank|sleeveless|camisole|cami"), frozenset({"tshirt", "blouse"}), "tank"),
    (_words(r"(?:full|long)[ -]sleeves?"), frozenset({"tshirt"}), "longsleeve"),
    (_words(r"tops?(?!.*\bdress)"), frozenset({"dress"}), "blouse"),  # "OS Blue Tops" under Dresses
    (_words(r"shrug|cardigan"), frozenset({"sweater", "blouse"}), "cardigan"),
    (_words(r"jackets?"), frozenset({"sweatshirt", "sweater"}), "jacket"),  # "Nike Men Solid Black Jackets"
    # Basics' "Blazer Jackets" are knitted jackets in their photos, worn like a cardigan.
    (_KNITTED_BLAZER_RE, frozenset({"jacket", "blazer"}), "cardigan"),
    (_words(r"blazers?"), frozenset({"jacket"}), "blazer"),
    # Forever New's "Long Black Jacket" is a knee-length coat in its photo; a trench is a coat.
    (_words(r"long(?:\s+(?!(?:full|long|line)\b|sleeves?\b)[\w-]+){0,2}\s+jackets?|trench(?:\s?coats?)?|overcoats?"),
     frozenset({"jacket"}), "coat"),
    # Shoes filed as Casual/Formal/Sports Shoes that are sandals ("Franco Leone Men Casual Brown Sandals").
    (_words(r"sandals?|floaters?|slippers?|flip[- ]?flops?|slides"), frozenset({"sneakers", "shoes"}), "sandals"),
    (_words(r"flip[- ]?flops?|slippers?"), frozenset({"flats", "heels"}), "sandals"),
    # (iPanema and Crocs make rubber beach and pool shoes, whatever the catalogue files them as: "Ritmos Flats" are
    # thong sandals in their photos)
    (_words(r"ipanema|crocs"), frozenset({"flats", "heels"}), "sandals"),
    (_words(r"boots?"), frozenset({"sneakers", "shoes"}), "boots"),
    (_words(r"boots"), frozenset({"flats", "heels"}), "boots"),  # plural: "Cut Boot ... Flats" are flats
    (_words(r"ballerinas?|ballet flats?"), frozenset({"sneakers"}), "flats"),
    # Plural "oxfords"/"derbys" only: "Converse Oxford" and "ADIDAS Derby" are sneaker models.
    (_words(r"loafers?|moccasins?|brogues?|derbys|oxfords"), frozenset({"sneakers"}), "shoes"),
    # Catwalk's slip-on "Pumps" filed as sneakers: flat closed shoes
    (_words(r"pumps"), frozenset({"sneakers"}), "flats"),
    (_words(r"flats"), frozenset({"heels"}), "flats"),
    (_words(r"heels"), frozenset({"flats"}), "heels"),
)


def corrected_kind(kind: str, name: str | None) -> str:
    """The kind the product name says, where it clearly contradicts the label; else `kind`."""
    text = name or ""
    for pattern, fixes, new_kind in NAME_KIND_RULES:
        if kind in fixes and pattern.search(text):
            kind = new_kind
    return kind


# Tailoring is cut from suiting cloth whatever season the label gives it: the catalogue files wool
# blazers from Reid & Taylor under "summer", which would keep every formal blazer out of a winter
# interview. Linen or seersucker tailoring is the summer kind and keeps its label.
_TAILORING_KINDS = frozenset({"blazer"})
_SUMMER_CLOTH_RE = _words(r"linen|seersucker|cotton|summer")


# Pale tailoring is for spring and summer: a light blue or cream blazer reads "garden party" at a
# winter interview, whatever the label says.
_PALE_FAMILIES = frozenset({"white", "beige", "yellow", "pink", "blue", "orange"})
_WINTER_CLOTH_RE = _words(r"wool|woollen|woolen|tweed|flannel|corduroy|velvet")


def corrected_season(kind: str, season: str | None, name: str | None,
                     color_family: str | None = None) -> str | None:
    """The season a piece is worn in, where its kind and colour contradict the label; else `season`."""
    if kind in _TAILORING_KINDS and color_family in _PALE_FAMILIES and not _WINTER_CLOTH_RE.search(name or ""):
        return "summer"
    if kind in _TAILORING_KINDS and season == "summer" and not _SUMMER_CLOTH_RE.search(name or ""):
        return "fall"
    if kind == "coat" and season == "summer":  # a coat is worn from fall, whatever its label
        return "fall"
    return season


def is_summer_tailoring(kind: str, season: str | None) -> bool:
    """Linen, seersucker or pale tailoring (`corrected_season` stores it as summer): spring and summer
    only, though thin pools of fall and winter layers reach into summer's labels."""
    return kind in _TAILORING_KINDS and season == "summer"


# Outer layers without sleeves (gilets, puffer vests, waistcoats) are weekend layers: no winter coat,
# nothing to wear over a dress to a date, a party, the office or a wedding.
_SLEEVELESS_LAYER_RE = _words(r"sleeveless|gilet|vests?|waistcoats?")


def is_sleeveless_layer(slot: str, name: str) -> bool:
    return slot == "outerwear" and bool(_SLEEVELESS_LAYER_RE.search(name))


_SLEEVELESS_TOP_RE = _words(r"sleeveless|muscle|singlet")


_SLEEVELESS_RE = _words(r"sleeveless|strappy|spaghetti|halter|camisole|cami|tank|tube|bandeau|muscle|singlet")


def is_sleeveless(item: Item) -> bool:
    """A top that leaves the arms bare, by its name."""
    return bool(_SLEEVELESS_RE.search(item.name))


def is_bare_armed_menswear(item: Item) -> bool:
    """A man's sleeveless top (a sweater vest, a muscle tee): gym wear, or a layer over a shirt the
    look cannot show, so it goes to a workout only."""
    return item.gender == "men" and item.slot == "top" and bool(_SLEEVELESS_TOP_RE.search(item.name))


# --- formality -------------------------------------------------------------------------------------

# Sport words. Bare "sport" only outside the brand lines "Arrow Sport" and "Wills Sport" (their
# shirts and chinos are not gym wear); Domyos and Kalenji are Decathlon's fitness and running brands.
SPORT_RE = _words(
    r"track|tracks|trackpants?|running|run|training|trainng|workout|gym|sports|(?<!arrow )(?<!wills )sport|jerseys?|"
    r"dri[- ]?fit|climalite|yoga|football|soccer|cricket|crickt|basketball|tennis|badminton|"
    r"cycling|athletic|domyos|kalenji"
)
_LOUNGE_RE = _words(r"lounge|loungewear|pyjamas?|pajamas?|night|nightwear|sleepwear|crocs")  # clogs are house shoes

# Two kinds of words, each table first match wins (its order is its priority):
# * style words say how the piece is worn ("Training", "Formal", "Printed"): they beat the usage label;
# * garment words name a kind of garment whose formality is usual, not certain ("Capri", "Loafers",
#   "Handbag"): the usage label beats them (Nike's "Be Strong Grey Capri" filed under Sports is gym wear).
# The source category is a label like the usage: its style words ("Sports Shoes", "Formal Shoes") come
# after the usage, its garment words ("Flip Flops", "Clutches") after the name's. The order of reading:
# name style words, usage, category style words, name garment words, category garment words, and
# last the usual level of the kind.
STYLE_FORMALITY: tuple[tuple[re.Pattern[str], str], ...] = (
    (_KNITTED_BLAZER_RE, "casual"),  # a cardigan in all but name: not for a wedding or an interview
    (_LOUNGE_RE, "athletic"),
    (SPORT_RE, "athletic"),
    (_words(r"semi[- ]?formal|smart[- ]casual"), "smart"),
    (_words(r"tux"), "formal"),  # a "Tux Jacket" is cut like a dinner jacket
    # Women's loafers and moccasins in this catalogue are soft driving shoes: weekend, not evening.
    (re.compile(r"^(?!.*\b(?:formal|party)\b).*\bwomen\b.*\b(?:loafers?|moccasins?)\b", re.I), "casual"),
    # Evening wear, and what only goes with a suit or an evening dress.
    (_words(r"formal|tuxedo|evening|cocktail|gown|sequins?|sequinned|embellished|glitter|cufflinks?|"
            r"clutch(?:es)?|stilettos?"), "formal"),
    (_words(r"party|smart"), "smart"),
    # Prints, denim, worn-in finishes and the outdoors read casual whatever the label says.
    # Checks and animal prints too: a check shirt is a weekend shirt, a leopard dress no wedding dress.
    (_words(r"casual|printed|prints?|graphic|typography|slogan|logo|denim|chambray|camo|camouflage|"
            r"washed|distressed|ripped|beach|outdoor|hiking|trekking|checks?|checked|plaid|tartan|gingham|"
            r"animal|floral|flowers?"), "casual"),
    # Sports and youth watches: a diver's, a chronograph or a Fastrack is no watch for a suit.
    (_words(r"chrono|chronograph|scuba|divers?|expedition|attivo|ana-?digi|fastrack"), "casual"),
)
GARMENT_FORMALITY: tuple[tuple[re.Pattern[str], str], ...] = (
    # A "Blazer Jacket" filed under Jackets is an unstructured blazer-cut jacket worn with jeans: smart,
    # not the tailored blazer of an interview (the catalogue's real Blazers are all labelled Formal).
    (_words(r"blazer\s+jackets?"), "smart"),
    # Beach and pool footwear sits with sportswear and lounge wear at the bottom of the scale.
    (_words(r"flip[- ]?flops?|slippers?|slides|thongs?|floaters?|ipanema|crocs"), "athletic"),
    # Not "blazer": a blazer is formal unless a style word says otherwise.
    (_words(r"chinos?|loafers?|moccasins?|brogues?|oxfords|derbys|ballerinas?|handbags?|purses?|totes?|laptop|"
            r"messenger|briefcase"), "smart"),
    # Utility cuts and carry-alls.
    # A shrug is a cropped cover-up, not a cardigan for the office.
    (_words(r"cargos?|joggers?|harem|capris?|3/4|3/4th|hood|hooded|hoodie|hoody|canvas|digital|shrugs?|boleros?|"
            r"sandals?|wedges?|backpacks?|rucksacks?|duffel|duffle|pouch|sling"), "casual"),
)

# Sportswear brands: their jackets, shorts and pants are track and training wear unless the name
# says otherwise ("Nike Women Casual Blue Capri" is casual; a jacket stays sportswear whatever its
# name says, "ADIDAS Men Navy Blue Jacket" is a track top) or the piece is a padded winter jacket. Their shoes, tees and hoodies are left to the other rules:
# a Puma sneaker or hoodie is everyday wear.
SPORT_BRAND_RE = _words(r"nike|adidas|puma|reebok|asics|fila|umbro|kappa|proline|sptcas")
SPORT_BRAND_KINDS = frozenset({"jacket", "shorts", "trousers", "leggings"})

# The source's usage label: "casual" is the catalogue's default (34k of 44k rows) and "ethnic" and
# "travel" say nothing about formality, so they are not listed (the garment words decide).
USAGE_FORMALITY: dict[str, str] = {
    "sports": "athletic", "formal": "formal", "smart casual": "smart", "party": "smart",
}

# "Casual Shoes" is the catalogue's label for every everyday shoe, loafers included: like the usage
# "casual", it says nothing about formality.
_CASUAL_LABEL = _words("casual")

# kind -> (usual level, lowest, highest). The bounds overrule every word and label.
KIND_FORMALITY: dict[str, tuple[str, str, str]] = {
    "tshirt": ("casual", "athletic", "casual"), "longsleeve": ("casual", "athletic", "casual"),
    "tank": ("casual", "athletic", "casual"), "polo": ("casual", "athletic", "smart"),
    "shirt": ("smart", "casual", "formal"), "blouse": ("smart", "athletic", "formal"),
    "sweater": ("smart", "athletic", "smart"), "sweatshirt": ("casual", "athletic", "casual"),
    "jacket": ("casual", "athletic", "smart"), "coat": ("smart", "casual", "formal"),
    "blazer": ("formal", "smart", "formal"), "cardigan": ("smart", "casual", "smart"),
    "jeans": ("casual", "casual", "casual"), "trousers": ("smart", "athletic", "formal"),
    "shorts": ("casual", "athletic", "casual"), "skirt": ("casual", "athletic", "formal"),
    "leggings": ("casual", "athletic", "casual"), "dress": ("smart", "athletic", "formal"),
    "jumpsuit": ("casual", "casual", "smart"),
    "sneakers": ("casual", "athletic", "casual"), "shoes": ("smart", "casual", "formal"),
    "boots": ("smart", "casual", "formal"), "sandals": ("casual", "athletic", "casual"),
    "heels": ("smart", "casual", "formal"), "flats": ("smart", "athletic", "smart"),
    "hat": ("casual", "athletic", "smart"), "bag": ("casual", "athletic", "formal"),
    "belt": ("smart", "casual", "formal"), "watch": ("smart", "athletic", "formal"),
    "sunglasses": ("casual", "athletic", "smart"), "scarf": ("casual", "casual", "smart"),
    "tie": ("formal", "smart", "formal"), "socks": ("casual", "athletic", "formal"),
    "jewellery": ("casual", "casual", "formal"),
}
_ANY_FORMALITY = ("casual", "athletic", "formal")  # kinds outside the vocabulary (non-outfit things)


# --- function --------------------------------------------------------------------------------------

# Pieces that can dress for the evening. "Party"/"Evening" on a T-shirt or jeans is a slogan or a
# product line ("Party Animal", "Peter England Party Jeans"), and "Clutch" on a shoe is a model name.
_EVENING_KINDS = frozenset({
    "shirt", "blouse", "tank", "blazer", "trousers", "skirt", "dress", "jumpsuit", "shoes", "heels", "flats",
    "bag", "watch", "jewellery", "tie", "scarf",
})
_ANY_KIND: frozenset[str] = frozenset()  # no restriction

# Name (then category) words, the function they say, and the kinds it may apply to (empty: any);
# the first match that fits the kind wins. Rain before outdoor (a trekking rain jacket is for rain),
# office before travel (a laptop backpack goes to work), gym before travel (a duffel named "Travel
# Bag" is still the gym bag), sport last.
FUNCTION_WORDS: tuple[tuple[re.Pattern[str], str, frozenset[str]], ...] = (
    # Only rain wear: "Wrangler Men Rain Light Denim Blue Shirts" is a product line, not a raincoat.
    (_words(r"rain\s?(?:jackets?|coats?|cheaters?|wear|jkt|proof)|raincoats?|rainjkt|ponchos?|waterproof|"
            r"wind\s?cheaters?|windbreakers?"), "rain", _ANY_KIND),
    # Quechua is Decathlon's hiking brand; its names rarely say "hiking".
    (_words(r"hiking|hike|trekking|trek|outdoor|outdoors|trail|camping|mountain|quechua|adventure"), "outdoor",
     _ANY_KIND),
    # A fleece jacket is hiking kit, not town wear; so are the jackets of the outdoor brand Wildcraft.
    (_words(r"fleece|wildcraft"), "outdoor", frozenset({"jacket"})),
    # The outdoor brand's laptop bags are rucksacks and slings: travel kit, not the office's briefcase.
    (re.compile(r"^(?!.*\blunch\b).*\bwildcraft\b", re.I), "travel", frozenset({"bag"})),
    # A sportswear brand's or a football club's bag is a kit bag, a laptop bag too ("Nike Manchester
    # United Laptop Bag" is no briefcase); its backpacks stay travel bags.
    (re.compile(r"^(?!.*\b(?:backpacks?|rucksacks?)\b).*\b(?:nike|adidas|puma|reebok|asics|fila|umbro|kappa|"
                r"manchester united|chelsea|arsenal|barcelona|juventus|real madrid)\b", re.I), "gym", frozenset({"bag"})),
    # The office lines' plain skirts and trousers are suiting: a pencil skirt reads as the desk on a
    # date or a weekend.
    (re.compile(r"^(?!.*\b(?:printed|prints?|check|checked|capris?|denim|jeans|shorts)\b)"
                r"(?:allen solly|van heusen|arrow) wom[ae]n\b", re.I), "office", frozenset({"skirt", "trousers"})),
    # Not bare "work": slogan tees say it ("Hard Work Never Killed Anyone").
    # Belkin makes laptop bags and sleeves only ("Belkin Unisex Apple Move Toploader 15"); a lunch bag
    # goes to work, not on a date.
    (_words(r"laptop|netbook|messenger|messanger|briefcase|office|corporate|document|toploader|belkin|"
            r"lunch|tiffin"), "office", _ANY_KIND),
    (_words(r"clutch(?:es)?|evening|cocktail|party|gown|potli|sequins?|sequinned|shimmer|glitter|embellished"),
     "evening", _EVENING_KINDS),
    # Gold and silver shoes shine for a party, not for an interview.
    (_words(r"gold|golden|silver|sliver|metallic"), "evening", frozenset({"heels", "flats", "bag"})),
    (_words(r"gym|duffel|duffle|holdall|workout|domyos"), "gym", _ANY_KIND),
    (_words(r"travel|trolley|rucksacks?|backpacks?|waist\s(?:pouch|bag)|luggage|weekender|camera|"
            r"photographers"), "travel", _ANY_KIND),
    # A reusable shopping tote is a carry-all for the weekend, not a handbag for a date or the office.
    (_words(r"envirosax|reusable|shopping|shopper|grocery"), "travel", frozenset({"bag"})),

    (SPORT_RE, "sport", _ANY_KIND),
)
USAGE_FUNCTION: dict[str, str] = {"sports": "sport", "travel": "travel", "party": "evening"}


# --- warmth ----------------------------------------------------------------------------------------

# Name (then category) words and the warmth they say, first match wins: the heaviest word counts
# ("Fleece Sleeveless Jacket" is warm, "Padded Vest" heavy).
# "down" only as a filling ("Rime Down Vest"), not "button-down" or "Take Down Jersey".
_HEAVY_RE = _words(r"padded|puffer|quilted|down(?=\s(?:jacket|vest|coat|gilet|filled))|parka|overcoat|shearling")
_SPORTS_SHELL_RE = re.compile(r"^(?:nike|puma|adidas|reebok|proline|fila|lotto|kappa|asics|umbro|slazenger|"
                              r"converse|new balance)\b(?!.*\b(?:fleece|flc|thermal|sherpa|insulated|fur|wool|"
                              r"winter|hooded|hood)\b)", re.IGNORECASE)
# Words that say a kind's warmth before the table below, and against the kind's usual bounds.
KIND_WARMTH_WORDS: tuple[tuple[re.Pattern[str], str, frozenset[str]], ...] = (
    (_HEAVY_RE, "heavy", frozenset({"jacket"})),  # a padded denim jacket is still padded
    (_words(r"denim|washed|wash"), "medium", frozenset({"jacket"})),  # a spring layer, not a winter one
    # a sportswear label's plain jacket is a track top or a windcheater: no coat for a freezing hike
    (_SPORTS_SHELL_RE, "medium", frozenset({"jacket"})),
    # an unlined trench or mac keeps off wind and rain, not December's cold
    (_words(r"trench(?:\s?coats?)?|macs?|mackintosh|raincoats?|트렌치(?:코트)?"), "medium", frozenset({"coat"})),
    (_SLEEVELESS_TOP_RE, "light", frozenset({"sweater"})),  # a sweater vest: the wool, not the sleeves
)
WARMTH_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_HEAVY_RE, "heavy"),
    # "knit" alone is jersey fabric in this catalogue ("Knit Sport Shorts"); "knitted" is knitwear.
    # UCB's "Light Winter" tees and tops are thin knits: medium.
    (_words(r"wool|woollen|woolen|woolly|merino|cashmere|angora|fleece|flc|thermal|knitted|knitwear|"
            r"sweaters?|sweatshirts?|cardigans?|mufflers?|beanie|(?<!light )winter|corduroy|flannel|velvet|fur|"
            r"high[- ]neck|turtle[- ]?neck|boots?"), "warm"),
    # Shells and track tops keep the rain and wind off but hold little heat.
    (_words(r"rain\w*|ponchos?|wind\s?cheaters?|windbreakers?|windrunner|shell|track"), "medium"),
    (_words(r"sleeveless|tank|cami|camisole|spaghetti|strappy|halter|tube|shorts?|bermudas?|capris?|"
            r"3/4|3/4th|three[- ]fourths?|linen|chiffon|georgette|mesh|sandals?|flip[- ]?flops?|"
            r"slippers?|floaters?|thongs?|beach|mini|(?:short|half|cap)\s?sleeves?|crop|cropped|"
            r"summer|peep[- ]toes?|vest|waistcoat|gilet|shrugs?|boleros?|straps?|cut[- ]?outs?|gladiators?"), "light"),
)

# kind -> (usual warmth, lightest, warmest). Bags, belts, watches, sunglasses, ties and jewellery
# keep no heat: they are "medium" whatever their names say.
KIND_WARMTH: dict[str, tuple[str, str, str]] = {
    "tshirt": ("medium", "light", "medium"), "longsleeve": ("medium", "light", "warm"),
    "tank": ("light", "light", "medium"), "polo": ("medium", "light", "medium"),
    "shirt": ("medium", "light", "warm"), "blouse": ("medium", "light", "warm"),
    "sweater": ("warm", "medium", "heavy"),
    "sweatshirt": ("warm", "medium", "warm"),
    "jacket": ("warm", "medium", "heavy"), "coat": ("heavy", "warm", "heavy"),
    "blazer": ("medium", "medium", "warm"), "cardigan": ("warm", "light", "warm"),
    "jeans": ("medium", "medium", "warm"), "trousers": ("medium", "light", "warm"),
    "shorts": ("light", "light", "light"), "skirt": ("medium", "light", "warm"),
    "leggings": ("medium", "light", "warm"), "dress": ("medium", "light", "warm"),
    "jumpsuit": ("medium", "light", "medium"),
    "sneakers": ("medium", "medium", "warm"), "shoes": ("medium", "medium", "warm"),
    "boots": ("warm", "medium", "heavy"), "sandals": ("light", "light", "light"),
    "heels": ("medium", "light", "medium"), "flats": ("medium", "light", "medium"),
    "hat": ("medium", "light", "warm"), "scarf": ("medium", "light", "warm"), "socks": ("medium", "light", "warm"),
    **{k: ("medium", "medium", "medium") for k in ("bag", "belt", "watch", "sunglasses", "tie", "jewellery")},
}
_ANY_WARMTH = ("medium", "light", "heavy")


# Heels and flats whose names do not say whether they are open: the photo decides
# (retrieval/vision/open_shoes.py). Names that say closed ("Pumps", "Ballerinas") or open ("Sandals",
# "Peep Toes" through WARMTH_WORDS) need no photo.
PHOTO_READ_SHOE_KINDS = frozenset({"heels", "flats"})
CLOSED_SHOE_RE = _words(r"pumps?|shoes?|ballerinas?|bellies|boots?|booties|moccasins?|loafers?|brogues?|"
                        r"oxfords?|derbys?|court|mary[- ]janes?")


PLAIN_NAME_RE = _words(r"solid|plain|basic|basics")

# Houses that sell their tees by the graphic: past brand, wearer, colour and kind, every word of the
# name is the print's title ("Myntra Men Surf Face Off White T-shirt", "Tantra Men's Stop Train
# Violet T-shirt"); "Myntra Men Navy Blue T-shirt" has none and is plain.
GRAPHIC_TEE_HOUSES = frozenset({"tantra", "inkfruit", "myntra", "probase", "ed hardy", "angry birds",
                                "guerrilla", "do u speak green", "kook n keech", "hypernation", "free authority"})
_NAME_FRAME_RE = _words(r"men'?s?|women'?s?|unisex|boys|girls|t-?shirts?|tees?|tops?|round|v|neck|crew|"
                        r"half|full|long|short|sleeves?|slim|fit|regular|cotton|pack|of|and|&")


def titled_graphic_tee(kind: str, name: str | None, brand: str | None, colour: str | None) -> bool:
    """A tee of a graphic-tee house whose name carries a print's title (see GRAPHIC_TEE_HOUSES)."""
    if kind != "tshirt" or (brand or "").lower() not in GRAPHIC_TEE_HOUSES or PLAIN_NAME_RE.search(name or ""):
        return False
    rest = (name or "").lower().replace((brand or "").lower(), " ")
    for word in (colour or "").lower().split():
        rest = re.sub(rf"\b{re.escape(word)}\b", " ", rest)
    return bool(re.search(r"[a-z]{2,}", _NAME_FRAME_RE.sub(" ", rest)))
PHOTO_READ_PATTERN_SLOTS = frozenset({"top", "onepiece"})


SLEEVE_LENGTH_RE = _words(r"(?:short|half|cap|full|long)\s?-?sleeves?d?")
PHOTO_READ_SLEEVE_KINDS = frozenset({"shirt", "blouse"})


def sleeve_length_unknown(kind: str, name: str | None) -> bool:
    """Whether only the photo can tell if this shirt or blouse has short sleeves."""
    text = name or ""
    return kind in PHOTO_READ_SLEEVE_KINDS and not SLEEVE_LENGTH_RE.search(text) \
        and _first_word(WARMTH_WORDS, text) is None


def pattern_unknown(slot: str, name: str | None) -> bool:
    """Whether only the photo can tell if this top or dress is printed: its name says neither."""
    text = name or ""
    return slot in PHOTO_READ_PATTERN_SLOTS and not PATTERN_RE.search(text) and not PLAIN_NAME_RE.search(text)


def shoe_openness_unknown(kind: str, name: str | None) -> bool:
    """Whether only the photo can tell if this shoe is open (warm-weather) or closed."""
    text = name or ""
    return kind in PHOTO_READ_SHOE_KINDS and not CLOSED_SHOE_RE.search(text) \
        and _first_word(WARMTH_WORDS, text) is None


# --- pattern ---------------------------------------------------------------------------------------

# A print, a check or a logo is the loud piece of a look: minimal and classic looks keep to plain
# pieces, and no look wears two. Stripes and dots count too; "Solid" names are plain.
PATTERN_RE = _words(
    r"printed|prints?|graphic|typography|slogan|logo|checks?|checked|plaid|tartan|gingham|striped|stripes?|"
    r"pinstripes?|floral|flowers?|animal|leopard|zebra|camo|camouflage|dotted|dots|polka|abstract|geometric|"
    r"geoprint|colou?r[- ]?block(?:ed)?|panelled|paneled|embroidered|sequins?|tie[- ]?dye|aztec|paisley|"
    # fan wear carries the club's or the tournament's crest
    r"fifa|replica|fangear|tuskers|mumbai indians|chargers"
)


@lru_cache(maxsize=16384)
def patterned(name: str | None) -> bool:
    """Whether the product name says the piece is patterned rather than plain."""
    return bool(name and PATTERN_RE.search(name))


# (a watch "Box Set With Interchangeable Straps" is a gift box, not the watch on the wrist)
_MULTIPACK_RE = _words(r"pack\s+of\s+\d+|set\s+of\s+\d+|combo(?:\s+pack)?|\d+\s*-?\s*pack|box\s+set|gift\s+set"
                       r"|interchangeable\s+straps?")
# Children's sizes ("Quechua Wayta Jr", "Timberland Juniors") and studded pitch boots ("Nike Egoli FG",
# "ADIDAS Pre L Boot"): in the catalogue, but no piece of a grown-up's look, nor of a walk or a hike.
_CHILDRENS_RE = _words(r"jr|junior|juniors|kids?|boys|girls")
CHILDRENS_LABELS = ("ant ",)  # name prefixes of labels that sell only children's clothes
_PITCH_SHOES_RE = _words(r"football|soccer|fg|hg|ag|cleats?|studs|predator|adizero|pre\s+l|f50|t90|exacto|twenty2yds|22yds|spikes?|spiked")  # (cricket spikes too)


@lru_cache(maxsize=16384)
def is_childrens(name: str | None) -> bool:
    """Whether the name sells a child's size ("Jr", "Juniors") or comes from a children's label ("Ant Kids",
    whose "Ant Unisex Bebo" cartoon tee is a child's): not for a grown-up's look."""
    return bool(name and (_CHILDRENS_RE.search(name) or name.lower().startswith(CHILDRENS_LABELS)))


def is_pitch_shoe(item: Item) -> bool:
    """Football boots with studs: for the pitch only (a workout), never a walk, a hike or the snow."""
    return item.slot == "shoes" and bool(_PITCH_SHOES_RE.search(item.name or ""))


# Sports and outdoor labels: their jackets, tops and trousers read as sportswear (a padded Puma jacket,
# a Lotto track top) whatever the catalogue's usage says, so they stay out of smart looks.
SPORTSWEAR_BRANDS = frozenset({"nike", "adidas", "puma", "reebok", "lotto", "fila", "asics", "kappa", "umbro",
                               "proline", "urban yoga", "quechua", "wildcraft", "columbia", "speedo", "slazenger",
                               "c vox"})  # (C Vox: padded windcheaters, a neon-green one over a date's shoes)


def is_sportswear(item: Item) -> bool:
    """A garment (not shoes or an accessory) from a sports or outdoor label."""
    return item.slot in ("top", "bottom", "outerwear") and (item.brand or "").lower() in SPORTSWEAR_BRANDS


def is_sports_label_shoe(item: Item) -> bool:
    """Shoes from a sports label, whatever their cut (its ballerinas and loafers read sporty too)."""
    return item.slot == "shoes" and (item.brand or "").lower() in SPORTSWEAR_BRANDS


@lru_cache(maxsize=16384)
def is_multipack(name: str | None) -> bool:
    """Whether the name sells several pieces at once ("Pack of 3 T-shirts"): not one piece of a look."""
    return bool(name and _MULTIPACK_RE.search(name))


# --- deciding ----------------------------------------------------------------------------------------


def _first_word(table: tuple[tuple[re.Pattern[str], str], ...], *texts: str | None) -> str | None:
    """The value of the first rule matching the first text that any rule matches (name before category)."""
    for text in texts:
        if text:
            for pattern, value in table:
                if pattern.search(text):
                    return value
    return None


def _clamp(level: str, lowest: str, highest: str, levels: tuple[str, ...]) -> str:
    rank = min(max(levels.index(level), levels.index(lowest)), levels.index(highest))
    return levels[rank]


def _formality(kind: str, usage: str | None, name: str, category: str | None) -> str:
    usual, lowest, highest = KIND_FORMALITY.get(kind, _ANY_FORMALITY)
    label = _CASUAL_LABEL.sub("", category or "")
    sporty = kind in SPORT_BRAND_KINDS and SPORT_BRAND_RE.search(name) and not _HEAVY_RE.search(name)
    brand = "athletic" if sporty else None
    # A sportswear brand's jacket is a windrunner or an anorak even when named "Casual": its photos
    # read as gym kit over a party dress.
    first = brand if sporty and kind == "jacket" else _first_word(STYLE_FORMALITY, name)
    level = (first or brand or USAGE_FORMALITY.get(usage or "")
             or _first_word(STYLE_FORMALITY, label) or _first_word(GARMENT_FORMALITY, name, label) or usual)
    return _clamp(level, lowest, highest, FORMALITY_LEVELS)


def named_formality(name: str | None) -> str | None:
    """The formality the product name alone states ("Sling Bag": casual), None when it says none."""
    return _first_word(STYLE_FORMALITY, name) or _first_word(GARMENT_FORMALITY, name)


def _function_word(kind: str, *texts: str | None) -> str | None:
    """The function of the first rule that fits the kind, in the first text any such rule matches."""
    for text in texts:
        if text:
            for pattern, function, kinds in FUNCTION_WORDS:
                if (not kinds or kind in kinds) and pattern.search(text):
                    return function
    return None


def _function(kind: str, usage: str | None, name: str, category: str | None) -> str:
    found = _function_word(kind, name, category) or USAGE_FUNCTION.get(usage or "", "")
    if found == "evening" and kind not in _EVENING_KINDS:
        return ""
    return "gym" if found == "sport" and kind == "bag" else found  # a sports bag is a gym bag


def _warmth(kind: str, name: str, category: str | None) -> str:
    usual, lightest, warmest = KIND_WARMTH.get(kind, _ANY_WARMTH)
    for pattern, warmth, kinds in KIND_WARMTH_WORDS:  # the cut beats the kind's bounds
        if kind in kinds and pattern.search(name):
            return warmth
    return _clamp(_first_word(WARMTH_WORDS, name, category) or usual, lightest, warmest, WARMTH_LEVELS)


def traits_from(kind: str, usage: str | None, name: str, category: str | None = None) -> Traits:
    """A stylist's reading of a piece from its kind, usage label, product name and source category.

    `category` is the source's own label (the Fashion Product Images articleType, "Formal Shoes");
    None for wardrobe pieces and uploaded photos, which then rely on the kind and the name.
    """
    name = " ".join((name or "").split())
    kind = corrected_kind(kind or "", name)
    usage = (usage or "").lower() or None
    return Traits(
        formality=_formality(kind, usage, name, category),
        function=_function(kind, usage, name, category),
        warmth=_warmth(kind, name, category),
        kind=kind,
        pattern="printed" if patterned(name) else "plain",
    )


@lru_cache(maxsize=8192)
def _derived(kind: str, usage: str | None, name: str) -> Traits:
    return traits_from(kind, usage, name)


def traits_of(item: Item) -> Traits:
    """The item's stored traits where it has them (catalogue rows), else derived from kind, usage and name.

    The kind is not corrected again for stored rows: ingest already did it.
    """
    # The composer asks about the same few hundred pieces tens of thousands of times a turn: the answer
    # is kept on the (frozen) item itself, outside its fields, so equality and JSON never see it.
    cached = item.__dict__.get("_traits")
    if cached is None:
        cached = item.__dict__["_traits"] = _traits(item.kind, item.usage, item.name, item.formality,
                                                    item.function, item.warmth, item.pattern)
    return cached


def formality_rank_of(item: Item) -> int:
    """The piece's formality rank, kept on the item beside its traits (asked thousands of times a turn)."""
    rank = item.__dict__.get("_rank")
    if rank is None:
        rank = item.__dict__["_rank"] = formality_rank(traits_of(item).formality)
    return rank


# Within one formality level, how dressy each kind reads (higher is dressier): a boot and a pump may
# both be "smart", yet the pump is what "these boots are too casual" asks for.
KIND_DRESSINESS: dict[str, int] = {
    "sneakers": 0, "sandals": 0, "boots": 1, "flats": 2, "shoes": 2, "heels": 3,
    "tank": 0, "tshirt": 0, "sweatshirt": 0, "polo": 1, "longsleeve": 1, "sweater": 2, "shirt": 3, "blouse": 3,
    "shorts": 0, "leggings": 0, "jeans": 1, "skirt": 2, "trousers": 2,
    "jacket": 0, "cardigan": 1, "coat": 2, "blazer": 3,
}


def dressiness(item: Item) -> tuple[int, int]:
    """How dressy the piece reads: its formality level, then its kind."""
    return formality_rank_of(item), KIND_DRESSINESS.get(traits_of(item).kind, 1)


def is_printed(item: Item) -> bool:
    """Whether the piece is the loud one of a look: its name or (in the catalogue) its photo shows a print."""
    return traits_of(item).pattern == "printed"


@lru_cache(maxsize=16384)  # the composer asks about the same few hundred pieces thousands of times a turn
def _traits(kind: str, usage: str | None, name: str, formality: str | None, function: str | None,
            warmth: str | None, pattern: str | None) -> Traits:
    derived = _derived(kind, usage, name)
    if formality is None and function is None and warmth is None and pattern is None:
        return derived
    return Traits(
        formality=formality if formality is not None else derived.formality,
        function=function if function is not None else derived.function,
        warmth=warmth if warmth is not None else derived.warmth,
        kind=kind,
        pattern=pattern if pattern is not None else derived.pattern,
    )
