"""The shared vocabulary: the words the UI, the CLI JSON and the catalogue use (docs/ARCHITECTURE.md)."""

from __future__ import annotations

KINDS_BY_SLOT: dict[str, tuple[str, ...]] = {
    "top": ("tshirt", "longsleeve", "shirt", "polo", "blouse", "sweater", "sweatshirt", "tank"),
    "outerwear": ("jacket", "coat", "blazer", "cardigan"),
    "bottom": ("jeans", "trousers", "shorts", "skirt", "leggings"),
    "onepiece": ("dress", "jumpsuit"),
    "shoes": ("sneakers", "shoes", "boots", "sandals", "heels", "flats"),
    "accessory": ("hat", "bag", "belt", "watch", "sunglasses", "scarf", "tie", "socks", "jewellery"),
}
SLOTS: tuple[str, ...] = tuple(KINDS_BY_SLOT)
GARMENT_SLOTS: tuple[str, ...] = ("top", "bottom", "onepiece", "outerwear")
WORN_SLOTS: tuple[str, ...] = (*GARMENT_SLOTS, "shoes")  # what a look is dressed in, accessories apart
# Kinds only womenswear has: naming one says whose clothes without saying "woman".
WOMENSWEAR_KINDS = frozenset({"dress", "skirt", "heels", "blouse"})
# Kinds only one wardrobe wears: said, ruled out or photographed, they say whose clothes ("not a skirt person")
WEARER_OF_KIND: dict[str, str] = {**{k: "women" for k in WOMENSWEAR_KINDS}, "flats": "women", "leggings": "women",
                                   "tie": "men"}
KIND_TO_SLOT: dict[str, str] = {k: s for s, kinds in KINDS_BY_SLOT.items() for k in kinds}
KINDS: tuple[str, ...] = tuple(KIND_TO_SLOT)

STYLES = ("minimal", "casual", "classic", "street", "dandy", "sporty", "amekaji", "chic", "feminine")
OCCASIONS = ("daily", "work", "date", "interview", "wedding", "party", "travel", "workout")
SEASONS = ("spring", "summer", "fall", "winter")
GENDERS = ("men", "women", "unisex")
COLOR_FAMILIES = (
    "black", "white", "grey", "navy", "blue", "brown", "beige", "green", "olive",
    "red", "pink", "purple", "yellow", "orange", "metallic", "multi",
)
# The catalogue's usages that suit each occasion (a usage filter for `SearchFilters.occasions`).
OCCASION_USAGES: dict[str, tuple[str, ...]] = {
    "daily": ("casual", "smart casual", "travel"), "work": ("formal", "smart casual"),
    "date": ("casual", "smart casual", "party"), "interview": ("formal",),
    "casual_interview": ("smart casual", "casual", "formal"), "club": ("casual", "party", "smart casual"),
    "house_party": ("casual", "smart casual", "party"), "halloween": ("casual", "party"),
    "pub": ("casual", "smart casual"),
    "concert": ("casual", "smart casual"), "water_festival": ("casual", "travel", "sports"),
    "smart_casual": ("smart casual", "casual", "formal"), "day_party": ("casual", "smart casual", "party"),
    "wedding": ("formal", "ethnic", "party"), "party": ("party", "smart casual"),
    "travel": ("travel", "casual", "sports"), "flight": ("travel", "casual"), "workout": ("sports",), "gym": ("sports",),
    "funeral": ("formal",),  # an event's example looks only (chains/lexicon.py EVENT_BRIEFS), no vocabulary word
    "funeral_white": ("formal", "ethnic", "casual"),  # a Hindu funeral in white: a plain kurta or salwar set too
    "hiking": ("sports", "casual", "travel"),  # read from "hiking", "등산": no vocabulary word either
    "golf": ("sports", "casual", "smart casual"),
    "formal_office": ("formal",),  # a law firm, a bank: suits every day
    "apology": ("formal",),  # a client's office, to say sorry: the suit
    "court": ("formal",),  # a court hearing: dressed as for an interview  # a round of golf, "골프 라운딩": no vocabulary word either
    "ceremony": ("formal", "ethnic", "party"), "church": ("smart casual", "casual", "formal"), "culture": ("casual", "smart casual", "party"),
    "family_dinner": ("casual", "smart casual"), "family_holiday": ("casual", "smart casual", "formal"),
    "festival": ("casual", "sports", "travel"), "theme_park": ("casual", "sports", "travel"), "work_dinner": ("smart casual", "formal", "casual"),
    "dinner": ("casual", "smart casual", "party"), "beach": ("casual", "travel", "smart casual"), "school_meeting": ("casual", "smart casual", "formal"),
    "gig": ("casual", "party"),
    "graduation": ("party", "smart casual", "formal"), "cocktail": ("party", "formal"),
    "black_tie": ("party", "formal"), "beach_wedding": ("party", "formal", "casual"),
    "holi": ("casual", "ethnic", "sports"), "visarjan": ("casual", "ethnic", "sports"),  # old cotton the powder may keep: a tee, a plain kurta, trainers
}
# India's festivals, each named as said; all dress as the family's festive day ("diwali" in prompts/dress_codes.toml)
INDIAN_FESTIVALS = ("diwali", "durga_puja", "pongal", "onam", "navratri", "ganesh_chaturthi", "karwa_chauth",
                    "indian_festival")
# Occasions the stylist dresses for that the chat contract has no word for: the word it reports instead.
CONTRACT_OCCASION: dict[str, str | None] = {"funeral": None, "funeral_white": None, "hiking": "travel", "ceremony": "wedding",
                                            "church": "wedding", "flight": "travel", "work_dinner": "work", "school_meeting": "daily", "gig": "daily", "beach": "travel", "gym": "workout",
                                            "family_holiday": "wedding", "festival": "daily", "theme_park": "daily",
                                            "culture": "date", "family_dinner": "date", "dinner": "date", "graduation": "party", "cocktail": "party",
                                            "black_tie": "party", "golf": "workout",
                                            "court": "interview", "beach_wedding": "wedding", "formal_office": "work",
                                            "indian_wedding": "wedding", "hands_on": "work", "sports_day": "workout",
                                            **dict.fromkeys(INDIAN_FESTIVALS, "party"), "eid": "party", "entrance_ceremony": "party", "temple_stay": "travel", "temple_visit": "daily",
                                            "wine_tasting": "date", "casual_interview": "interview", "club": "party",
                                            "concert": "daily", "water_festival": "daily",
                                            "house_party": "party", "halloween": "party", "smart_casual": "daily", "pub": "daily",
                                            "day_party": "party", "races": "party", "holi": "party", "visarjan": "party", "apology": "work",
                                            "nikah": "wedding"}
# A workout's occasions: one outdoors in the weather (a run, tennis), one in a heated gym (weights, yoga)
WORKOUT_OCCASIONS = frozenset({"workout", "gym"})
# Families that pair with anything: the backbone of colour harmony.
NEUTRAL_FAMILIES = frozenset({"black", "white", "grey", "navy", "beige", "brown"})
QUIET_FAMILIES = NEUTRAL_FAMILIES | {"metallic"}  # the neutrals, and steel or gold on accessories


def slot_of(kind: str | None) -> str | None:
    """The slot a kind belongs to, or None for an unknown kind."""
    return KIND_TO_SLOT.get(kind or "")


def season_for_month(month: int) -> str:
    """Northern-hemisphere meteorological season of a month (1-12)."""
    return ("winter", "spring", "summer", "fall")[(month % 12) // 3]


# Words shoppers use for each kind. They go into the catalogue's embedded and indexed text (so that
# "chinos" finds trousers and "trainers" finds sneakers), and a search names a kind by its first word.
KIND_SYNONYMS: dict[str, str] = {
    "tshirt": "t-shirt tee short sleeve", "longsleeve": "long sleeve t-shirt tee",
    "shirt": "shirt button-down", "polo": "polo shirt", "blouse": "blouse top",
    "sweater": "sweater knit jumper pullover", "sweatshirt": "sweatshirt hoodie crewneck",
    "tank": "tank top sleeveless", "jacket": "jacket", "coat": "coat overcoat",
    "blazer": "blazer suit jacket", "cardigan": "cardigan knit",
    "jeans": "jeans denim", "trousers": "trousers pants chinos slacks", "shorts": "shorts",
    "skirt": "skirt", "leggings": "leggings tights", "dress": "dress", "jumpsuit": "jumpsuit playsuit",
    "sneakers": "sneakers trainers casual shoes", "shoes": "shoes dress shoes loafers oxfords",
    "boots": "boots", "sandals": "sandals slides flip flops", "heels": "heels pumps",
    "flats": "flats ballet flats", "hat": "hat cap", "bag": "bag handbag backpack", "belt": "belt",
    "watch": "watch", "sunglasses": "sunglasses shades", "scarf": "scarf stole muffler",
    "tie": "tie necktie", "socks": "socks", "jewellery": "jewellery jewelry",
}
