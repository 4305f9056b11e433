"""Deterministic rules that turn a raw product row (Fashion Product Images layout) into vocabulary words.

Pure functions, no I/O: `scripts/build_demo_catalog.py` uses them for the demo catalogue and an
ingest of another CSV in the same layout can reuse them. data/README.md documents the tables below.
"""

from __future__ import annotations

import re

from domain.colors import family_of
from domain.vocabulary import KIND_TO_SLOT, STYLES
from domain.traits import NAME_KIND_RULES, SPORT_RE, corrected_kind  # noqa: F401 (re-exported)

# articleType -> kind. Types not listed are left out of the catalogue on purpose: innerwear,
# nightwear and loungewear, swimwear, personal care, sets (tracksuits, kurta sets), and ethnic pieces
# that only work inside a full ethnic outfit the composer cannot build (sarees, dupattas, salwars,
# churidars, patialas, lehengas, and Nehru jackets: sleeveless waistcoats, neither a blazer nor a
# layer for the cold). Kurtas, kurtis and tunics stay as tops: they are worn over jeans and leggings
# every day; their `usage` stays "ethnic" so a caller can filter them out.
ARTICLE_TYPE_KIND: dict[str, str] = {
    "Tshirts": "tshirt", "Shirts": "shirt", "Tops": "blouse", "Tunics": "blouse", "Kurtis": "blouse",
    "Kurtas": "shirt", "Sweaters": "sweater", "Sweatshirts": "sweatshirt",
    "Jackets": "jacket", "Rain Jacket": "jacket", "Blazers": "blazer",
    "Shrug": "cardigan",
    "Jeans": "jeans", "Trousers": "trousers", "Track Pants": "trousers", "Capris": "trousers",
    "Shorts": "shorts", "Skirts": "skirt", "Leggings": "leggings", "Jeggings": "leggings", "Tights": "leggings",
    "Dresses": "dress", "Jumpsuit": "jumpsuit",
    "Casual Shoes": "sneakers", "Sports Shoes": "sneakers", "Formal Shoes": "shoes",
    "Sandals": "sandals", "Sports Sandals": "sandals", "Flip Flops": "sandals", "Heels": "heels", "Flats": "flats",
    "Caps": "hat", "Hat": "hat",
    "Handbags": "bag", "Backpacks": "bag", "Clutches": "bag", "Duffel Bag": "bag", "Laptop Bag": "bag",
    "Messenger Bag": "bag", "Rucksacks": "bag", "Waist Pouch": "bag",
    "Belts": "belt", "Watches": "watch", "Sunglasses": "sunglasses",
    "Scarves": "scarf", "Stoles": "scarf", "Mufflers": "scarf", "Ties": "tie", "Socks": "socks",
    "Bangle": "jewellery", "Bracelet": "jewellery", "Earrings": "jewellery", "Jewellery Set": "jewellery",
    "Necklace and Chains": "jewellery", "Pendant": "jewellery", "Ring": "jewellery", "Cufflinks": "jewellery",
}
# (gender, articleType) -> kind, where the same label means different garments.
GENDERED_KIND: dict[tuple[str, str], str] = {
    ("men", "Tops"): "tshirt", ("men", "Kurtis"): "shirt", ("women", "Kurtas"): "blouse",
}

# Name-based kind corrections ("Heels" rows named "... Flats") live with the other readings of a
# product name in domain/traits.py: NAME_KIND_RULES, applied by `corrected_kind`.

# Fashion Product Images articleTypes that are kept in the full catalogue but never put in an outfit
# (`outfit_ok` false, kind ""): innerwear, nightwear and loungewear, swimwear, ethnic pieces the
# composer cannot build around, sets, small leather goods, personal care, gifts, sports equipment.
# A type in neither this set nor ARTICLE_TYPE_KIND is an unknown category: that row is skipped.
NON_OUTFIT_TYPES: frozenset[str] = frozenset({
    "Bra", "Briefs", "Trunk", "Boxers", "Innerwear Vests", "Camisoles", "Shapewear", "Stockings",
    "Nightdress", "Night suits", "Lounge Pants", "Lounge Shorts", "Lounge Tshirts", "Baby Dolls",
    "Bath Robe", "Robe", "Swimwear", "Rompers", "Booties", "Sarees", "Dupatta", "Salwar", "Churidar",
    "Patiala", "Salwar and Dupatta", "Lehenga Choli", "Kurta Sets", "Tracksuits", "Clothing Set", "Suits",
    "Waistcoat", "Suspenders", "Rain Trousers", "Wallets", "Mobile Pouch", "Accessory Gift Set",
    "Ties and Cufflinks", "Gloves", "Headband", "Hair Accessory", "Wristbands", "Shoe Accessories",
    "Shoe Laces", "Umbrellas", "Key chain", "Travel Accessory", "Trolley Bag", "Tablet Sleeve",
    "Water Bottle", "Free Gifts", "Ipad", "Basketballs", "Footballs", "Cushion Covers",
    "Perfume and Body Mist", "Deodorant", "Fragrance Gift Set", "Nail Polish", "Nail Essentials", "Lipstick",
    "Lip Gloss", "Lip Liner", "Lip Care", "Lip Plumper", "Kajal and Eyeliner", "Eyeshadow", "Mascara",
    "Foundation and Primer", "Highlighter and Blush", "Compact", "Concealer", "Makeup Remover",
    "Beauty Accessory", "Face Moisturisers", "Face Wash and Cleanser", "Face Scrub and Exfoliator",
    "Face Serum and Gel", "Mask and Peel", "Eye Cream", "Toner", "Sunscreen", "Body Lotion",
    "Body Wash and Scrub", "Hair Colour", "Mens Grooming Kit",
})
# Boys' and girls' products keep their kind but stay out of outfits: kids' sizes do not suit adults.
KIDS_GENDERS = {"Boys": "men", "Girls": "women"}

# Category words another shop may use (lower case, singular), for CSVs that are not in the Fashion
# Product Images layout. Checked after the vocabulary's own kind names.
CATEGORY_WORDS: dict[str, str] = {
    "t-shirt": "tshirt", "t shirt": "tshirt", "tee": "tshirt", "short sleeve": "tshirt",
    "long sleeve": "longsleeve", "long-sleeve": "longsleeve", "button-down": "shirt", "oxford shirt": "shirt",
    "polo shirt": "polo", "top": "blouse", "tunic": "blouse", "knit": "sweater", "knitwear": "sweater",
    "jumper": "sweater", "pullover": "sweater", "hoodie": "sweatshirt", "hoody": "sweatshirt",
    "crewneck": "sweatshirt", "tank top": "tank", "camisole top": "tank", "vest top": "tank",
    "bomber": "jacket", "parka": "coat", "overcoat": "coat", "trench coat": "coat", "puffer": "coat",
    "suit jacket": "blazer", "sport coat": "blazer", "denim": "jeans", "pant": "trousers",
    "pants": "trousers", "chino": "trousers", "chinos": "trousers", "slack": "trousers",
    "slacks": "trousers", "jogger": "trousers", "track pant": "trousers", "capri": "trousers",
    "legging": "leggings", "jegging": "leggings", "tight": "leggings", "tights": "leggings",
    "gown": "dress", "playsuit": "jumpsuit", "overalls": "jumpsuit", "sneaker": "sneakers",
    "trainer": "sneakers", "trainers": "sneakers", "casual shoe": "sneakers", "sports shoe": "sneakers",
    "loafer": "shoes", "oxford": "shoes", "derby": "shoes", "brogue": "shoes", "formal shoe": "shoes",
    "dress shoe": "shoes", "boot": "boots", "sandal": "sandals", "slide": "sandals", "flip flop": "sandals",
    "heel": "heels", "pump": "heels", "flat": "flats", "ballet flat": "flats", "cap": "hat", "beanie": "hat",
    "handbag": "bag", "backpack": "bag", "tote": "bag", "clutch": "bag", "necktie": "tie", "sock": "socks",
    "stole": "scarf", "muffler": "scarf", "jewelry": "jewellery", "necklace": "jewellery",
    "earring": "jewellery", "bracelet": "jewellery", "ring": "jewellery", "shade": "sunglasses",
}
# Category words of things that are sold by a fashion shop but are not outfit pieces.
NON_OUTFIT_WORDS = frozenset({
    "underwear", "lingerie", "bra", "brief", "boxer", "nightwear", "pajama", "pyjama", "sleepwear",
    "loungewear", "swimwear", "swimsuit", "bikini", "wallet", "perfume", "fragrance", "cosmetic",
    "makeup", "beauty", "skincare", "personal care", "gift card", "gift set", "glove", "umbrella",
})

GENDERS = {"Men": "men", "Women": "women", "Unisex": "unisex"}
KIDS_RE = re.compile(
    r"\b(kids?|kid's|kidswear|boys?|boy's|girls?|girl's|infants?|baby|babies|junior|toddlers?)\b", re.I
)
GENDER_WORD_RE = re.compile(r"\s\b(men|women|man|woman|unisex|mens|womens|men's|women's|for her|for him)\b", re.I)
USAGES = frozenset({"casual", "formal", "sports", "ethnic", "smart casual", "party", "travel"})
SEASONS = frozenset({"spring", "summer", "fall", "winter"})


def _clean(value: object) -> str:
    """Text of a CSV cell; pandas gives NaN (a float) for empty cells."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def gender_of(raw: object) -> str | None:
    """Adult gender word of the vocabulary; None for Boys/Girls (kids' sizes do not suit adults)."""
    return GENDERS.get(_clean(raw))


def is_kids_product(name: object) -> bool:
    """Some kids' products are labelled Men/Women/Unisex; their names give them away."""
    return bool(KIDS_RE.search(_clean(name)))


# A listing whose name is a file name or a size chart ("Ayaanay_Women_New_2013_Tunics_Size_Chart.jpg"), or
# that has no name at all ("NA": nothing to show a person): no garment.
_ARTIFACT_RE = re.compile(r"\.(?:jpe?g|png|gif|webp)\b|\bsize[ _]chart\b|^(?:na)?$", re.IGNORECASE)


def is_listing_artifact(name: object) -> bool:
    """The listing is not a garment but an image file or a size chart put up as one."""
    return bool(_ARTIFACT_RE.search(_clean(name)))


def kind_of(article_type: object, name: object, gender: str) -> str | None:
    """The vocabulary kind of a product, or None when it is not something to wear in an outfit."""
    label = _clean(article_type)
    kind = GENDERED_KIND.get((gender, label)) or ARTICLE_TYPE_KIND.get(label)
    if kind is None:
        return None
    return corrected_kind(kind, _clean(name))


def season_of(raw: object) -> str | None:
    season = _clean(raw).lower()
    season = "fall" if season == "autumn" else season  # other shops write British English
    return season if season in SEASONS else None


def usage_of(raw: object) -> str | None:
    usage = _clean(raw).lower()
    return usage if usage in USAGES else None


def brand_of(name: object) -> str | None:
    """Best effort: the words before the gender word ("Puma Men Black T-shirt" -> "Puma"), else the first word."""
    text = _clean(name)
    match = GENDER_WORD_RE.search(text)
    brand = text[: match.start()].strip() if match else text.split(" ")[0]
    return brand or None


# --- style tags -------------------------------------------------------------------------------------

PATTERNED_RE = re.compile(
    r"\b(graphic|printed|prints?|logo|typography|text|slogan|floral|polka|stripes?|striped|stripers?|"
    r"checks?|checked|plaid|tartan|camo|camouflage|colourblock(ed)?|colorblock(ed)?|embroidered|"
    r"multi|multicolou?red|self[- ]design)\b",
    re.I,
)
STREET_RE = re.compile(
    r"\b(graphic|printed|print|logo|typography|slogan|hood|hooded|hoodie|hoody|cargo|bomber|jogger|"
    r"ripped|distressed|skull|graffiti|camo|camouflage|high[- ]?tops?)\b",
    re.I,
)
AMEKAJI_RE = re.compile(
    r"\b(denim|chambray|checks?|checked|plaid|flannel|chinos?|cargo|corduroy|varsity|washed)\b", re.I
)
SLIM_RE = re.compile(r"\b(slim|tailored|skinny)\b", re.I)
FEMININE_RE = re.compile(
    r"\b(floral|lace|ruffled?|frill(ed|y)?|pleated|bow|polka|embellished|sequin(ned)?|peplum|flared)\b", re.I
)

MINIMAL_FAMILIES = frozenset({"black", "white", "grey", "navy", "beige"})
EARTHY_FAMILIES = frozenset({"olive", "brown", "beige"})
CHIC_FAMILIES = frozenset({"black", "white", "grey", "navy", "beige", "metallic"})
WEAR_SLOTS = frozenset({"top", "outerwear", "bottom", "onepiece"})


def _base_tags(kind: str, usage: str | None, name: str) -> set[str]:
    """Tags that follow from how the product is meant to be used."""
    tags: set[str] = set()
    if usage == "sports" or SPORT_RE.search(name):
        tags.add("sporty")
    if usage in {"casual", "travel"}:
        tags.add("casual")
    # Traditional dress is timeless rather than trend-led, so it reads as classic.
    if usage in {"formal", "smart casual", "ethnic"} or kind in {"blazer", "coat", "tie"}:
        tags.add("classic")
    return tags


def _look_tags(kind: str, usage: str | None, family: str, name: str) -> set[str]:
    """Tags that follow from the look: colour, pattern and cut words in the name."""
    tags: set[str] = set()
    slot = KIND_TO_SLOT.get(kind, "")
    casual = usage in {None, "casual", "travel"}
    if family in MINIMAL_FAMILIES and not PATTERNED_RE.search(name) and usage != "sports":
        tags.add("minimal")
    if usage not in {"formal", "ethnic"} and (
        (slot in WEAR_SLOTS and STREET_RE.search(name)) or kind == "sweatshirt" or (kind == "hat" and casual)
    ):
        tags.add("street")
    if casual and (
        kind in {"jeans", "boots"}
        or (slot in WEAR_SLOTS and AMEKAJI_RE.search(name))
        or (family in EARTHY_FAMILIES and kind in {"jacket", "trousers", "shirt", "shorts"})
    ):
        tags.add("amekaji")
    return tags


def _gendered_tags(kind: str, usage: str | None, family: str, gender: str, name: str) -> set[str]:
    """Dandy reads as menswear and chic/feminine as womenswear; unisex items get neither."""
    tags: set[str] = set()
    dressy = usage in {"formal", "smart casual", "party"}
    if gender == "men" and (
        dressy or kind in {"blazer", "tie", "shoes"} or (SLIM_RE.search(name) and kind in {"shirt", "trousers"})
    ):
        tags.add("dandy")
    if gender == "women":
        if dressy or kind in {"heels", "jumpsuit", "blazer", "coat"} or (
            family in CHIC_FAMILIES and kind in {"dress", "skirt", "blouse", "trousers", "bag"}
        ):
            tags.add("chic")
        if kind in {"dress", "skirt", "blouse", "heels", "flats", "jewellery"} or FEMININE_RE.search(name) or (
            family in {"pink", "purple"}
        ):
            tags.add("feminine")
    return tags


def styles_of(kind: str, usage: str | None, color: object, gender: str, name: object) -> tuple[str, ...]:
    """The style tags of a product in vocabulary order; never empty (falls back to "casual")."""
    text, family = _clean(name), family_of(_clean(color))
    tags = _base_tags(kind, usage, text) | _look_tags(kind, usage, family, text)
    tags |= _gendered_tags(kind, usage, family, gender, text)
    return tuple(s for s in STYLES if s in tags) or ("casual",)


# --- categories of any CSV ---------------------------------------------------------------------------


def _singular(word: str) -> str:
    for suffix in ("es", "s"):
        if word.endswith(suffix) and word[: -len(suffix)] in CATEGORY_WORDS | KIND_TO_SLOT:
            return word[: -len(suffix)]
    return word


def _kind_word(category: str) -> str | None:
    """A vocabulary kind for a shop's own category word ("T-Shirts" -> tshirt), or None."""
    word = category.lower()
    for candidate in (word, _singular(word), word.rstrip("s")):
        if candidate in KIND_TO_SLOT:
            return candidate
        if candidate in CATEGORY_WORDS:
            return CATEGORY_WORDS[candidate]
    return None


def category_of(category: object, name: object, gender: str) -> tuple[str, bool] | None:
    """(kind, outfit_ok) of a product category, or None when the category is unknown.

    Fashion Product Images articleTypes come first (with the name rules of `kind_of`), then the
    vocabulary's kind names, then other shops' words. Non-outfit categories give kind "".
    """
    label = _clean(category)
    if not label:
        return None
    kind = kind_of(label, name, gender) or _kind_word(label)
    if kind is not None:
        return kind, True
    lowered = label.lower()
    if label in NON_OUTFIT_TYPES or lowered in NON_OUTFIT_WORDS or _singular(lowered) in NON_OUTFIT_WORDS \
            or lowered.rstrip("s") in NON_OUTFIT_WORDS:
        return "", False
    return None
