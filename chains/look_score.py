"""How good a look is as a whole, the way a stylist weighs it (pure).

Each piece earns a score of its own (relevance, style, how near its formality is to what the look
aims at, own clothes first), and the look earns or loses on what only the whole shows: colour
(a neutral base, at most two accents, classic pairings, no clashes), formality coherence across the
pieces, a wanted colour where it makes sense and not on every piece, and variety across the answer.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from chains.dress_code import BAND_ACCESSORIES, DressCode
from chains.harmony import colour_partners, harmony
from chains.state import Preferences
from domain.colors import DARK_SHADE, shade_colours, shade_of
from domain.items import Item
from domain.vocabulary import GARMENT_SLOTS, KIND_TO_SLOT, NEUTRAL_FAMILIES, QUIET_FAMILIES, WORKOUT_OCCASIONS, WORN_SLOTS
from domain.traits import formality_rank, formality_rank_of, is_printed, traits_of

CASUAL_RANK = formality_rank("casual")
SMART_RANK = formality_rank("smart")
BRAND_TIE_BREAK = 0.02  # below every other step: brand taste only breaks near-ties
# Each conversation's own order among pieces a stylist would rate alike: two people asking for the same
# brief see different (equally right) coats and knits, not the one the search ranks first for everyone.
# Far below a style match (0.35) or a formality level (0.4); it may reorder the occasion's nearly tied
# preferences (the shoe kinds' 0.05 steps, brand taste) but never a rule (measured in docs/OUTFITS.md).
VARIETY = 0.05
STYLE_MATCH = 0.35
# A feminine or chic look walks in flats, sandals or heels wherever the occasion lets it (not a run)
SOFT_STYLES = frozenset({"feminine", "chic"})
TRAINERS_IN_A_SOFT_STYLE = 0.4
HEAD_TO_TOE_BLACK = 0.3
BLACK_FRIENDLY_OCCASIONS = frozenset({"gig", "black_tie", "cocktail", "party"})  # an evening in black is chic
ON_FOOT_OCCASIONS = frozenset({*WORKOUT_OCCASIONS, "hiking", "festival", "gig", "flight", "travel", "golf"})  # trainers stay
FORMALITY_STEP = 0.4  # per level a piece sits away from the look's aim
SPREAD_PENALTY = 0.7  # per level beyond one between the most and least formal worn pieces
NO_NEUTRAL_BASE = 0.6
WANTED_MISSING = 1.2
WANTED_EVERYWHERE = 0.8  # per piece in the wanted colour beyond two (or beyond the named garment)
OFF_SHADE = 0.6  # "a burgundy outfit": bright red trainers are the family, not the shade asked for
TRAIL_SHOES = 0.35  # a trail sole over a sports shoe on a hike
REPEATED_COLOUR = 0.25  # the same colour in the same slot as another look of the answer, per earlier look
# ...but only up to this many looks for shoes and accessories: black shoes under half the looks is a base,
# while a fourth navy dress in six looks is an answer with one idea
REPEATS_COUNTED_BELOW = {"shoes": 1, "accessory": 1}
REPEAT_WEIGHT = {"onepiece": 2.0}  # a dress is the whole look: three navy dresses read as one dress three times
PLAIN_STYLES = frozenset({"minimal", "classic", "chic", "dandy"})  # plain pieces, no prints or logos
PATTERN_IN_PLAIN_STYLE = 0.35
SHORT_OF_PLAIN = 2.0  # a pattern or a second colour where the dress code wears one plain colour
TWO_PATTERNS = 0.5  # two loud pieces fight each other
OWN_BAG_FUNCTION = 0.2  # the occasion's first-choice bag: a clutch at a wedding, a backpack for travel
DRESS_WITH_SNEAKERS = 1.0  # a dress with trainers only for everyday and travel
SNEAKER_DRESS_OCCASIONS = frozenset({"daily", "travel"})
SNEAKER_DRESS_ON_A_DATE = 0.4  # a date may, but heels or flats usually suit the dress better
SNEAKER_DRESS_EVERYDAY = 0.2  # every day, trainers are one way with a dress, not the first: flats and sandals too
RUNNERS_UNDER_A_DRESS = 0.35  # a plain white sneaker, yes; running shoes with a sports logo, not with a dress
LEGGINGS_AS_TROUSERS = 0.5  # leggings are for under a tunic or a workout, not for a shirt or a sweatshirt
LEGGINGS_IN_PLAIN_STYLE = 0.5  # a minimal or classic look stands on tailored trousers, jeans or a skirt
LIGHT_BOTTOM_IN_WINTER = 0.3  # cream trousers or a cream dress in winter read as summer
LIGHT_FAMILIES = frozenset({"white", "beige"})
WINTER_KNIT = 0.15  # in winter a sweater or sweatshirt before a tee under the coat
INTERVIEW_BLAZER = 0.3  # the interview standard, before a coat over a blouse
CASUAL_WINTER_LAYER = {"heavy": 0.35, "warm": 0.1}  # a winter day out: the puffer before a thick knit jacket
LIGHT_CASUAL_WINTER_LAYER = 0.3  # a denim or knit jacket as the only layer in the cold
WINTER_SKIRT = 0.4  # a skirt on a casual winter day shows bare legs (the catalogue has no tights)
KURTA_OVER_WESTERN_SKIRT = 0.8  # a kurta goes over churidars, palazzos or trousers, not an office pencil skirt
WINTER_FLATS = 0.25  # ballet flats leave the instep bare in the cold
DRESSY_EVENTS = frozenset({"wedding", "party"})  # a blazer or a cardigan over a dress there reads as office wear
OFFICE_LAYERS = frozenset({"blazer", "cardigan"})
STRAY_ACCENT = 0.4  # a purple belt or a green cap that nothing else in the look answers
LEATHER_CLASH = 0.5  # brown shoes under a black belt (or the reverse)
BROWN_SHOES_WITH_BLACK = 0.6  # tan shoes under a black blazer or black trousers read unmatched in dressy looks
MATCHED_SUIT = 1.0  # a blazer and trousers (or a skirt) of one shade read as a suit at an interview or a wedding
SAME_SHADE = 10.0  # delta E within which two catalogue colours are one shade
SUIT_BOTTOMS = frozenset({"trousers", "skirt"})
SUITING_FAMILIES = frozenset({"black", "grey", "navy"})  # colours two makers' halves can share
FLAT_TONAL = 0.2  # a top and a bottom of one mid colour
BLACK_BESIDE_NAVY = 0.3  # black and navy in the body of one look (unless one was asked for)
BODY_SLOTS = frozenset({"top", "bottom", "onepiece", "outerwear"})
TONAL_TIE = 0.3  # a purple tie on a purple shirt
BLACK_SHIRT_UNDER_MOURNING = 0.5  # a funeral's suit is worn over a white shirt and a black tie
BLACK_SHOES_UNDER_BROWN = 0.3  # a brown blazer over black shoes, dressed up
CRISP_TONAL = frozenset({"black", "white"})
FORMAL_RANK = formality_rank("formal")
OWN_PIECE = 1.0  # the user's own clothes first: no needless buying
PARTNER_COLOUR = 0.25  # around "a green blouse", the trousers in a colour said to go with it (beige, navy...)
CUFFLINKS_OUT_OF_PLACE = 1.0  # cufflinks need a wedding and the long double cuff of a dress shirt
CUFFLINK_OCCASIONS = frozenset({"wedding"})
CUFFLINKS_RE = re.compile(r"cuff\s?-?links?|button\s?covers?", re.I)
DOUBLE_CUFF_RE = re.compile(r"\b(?:french|double)\s?-?cuffs?\b", re.I)
SHORT_SLEEVE_RE = re.compile(r"\b(?:short|half|cap)\s?-?sleeves?\b", re.I)


@dataclass
class LookContext:
    """Everything a look is judged against: the dress code, the look's style, the user's wishes."""

    code: DressCode
    style: str
    prefs: Preferences
    brand_affinity: Mapping[str, float] = field(default_factory=dict)
    used_families: Mapping[tuple[str, str], int] = field(default_factory=dict)  # (slot, colour) -> earlier looks
    colour_slot: str | None = None  # the named garment's slot carries the wanted colour ("navy chinos")
    seed: int = 0  # the conversation's own order among near-equal pieces (0: the search's order)
    chosen: frozenset[str] = frozenset()  # kinds asked onto the look by name (LookPlan.chosen)
    _piece_scores: dict[str, float] = field(default_factory=dict)

    @cached_property  # asked for every candidate look: the dress code and the style do not change
    def aim(self) -> float:
        return self.code.aim(self.style)

    def piece_score(self, item: Item) -> float:
        cached = self._piece_scores.get(item.id)
        if cached is None:
            cached = self._piece_scores[item.id] = _piece_score(item, self)
        return cached


def _piece_score(item: Item, ctx: LookContext) -> float:
    traits = traits_of(item)
    score = 0.5 * max(min(item.score, 1.5), -1.0)
    score += STYLE_MATCH if ctx.style in item.styles else 0.0
    if item.slot in WORN_SLOTS:
        score -= FORMALITY_STEP * abs(formality_rank(traits.formality) - ctx.aim)
    elif traits.kind in BAND_ACCESSORIES:  # a field watch under a blazer; a dress watch at the gym is no matter
        score -= FORMALITY_STEP * max(0.0, ctx.aim - formality_rank(traits.formality))
    if ctx.code.occasion in WORKOUT_OCCASIONS and traits.function in ("sport", "gym"):
        score += 0.3
    if item.slot == "shoes" and ctx.code.winter_shoes and traits.function == "outdoor":
        score += TRAIL_SHOES  # a hike walks in trekking shoes and boots before tennis or running shoes
    if ctx.code.occasion == "interview" and traits.kind == "blazer":
        score += INTERVIEW_BLAZER
    if item.slot == "accessory" and traits.kind in ctx.code.accessories:
        score += 0.15 * (1 - ctx.code.accessories.index(traits.kind) / len(ctx.code.accessories))
    if item.slot == "shoes" and traits.kind in ctx.code.shoes:  # heels before flats at a wedding
        score += 0.15 * (1 - ctx.code.shoes.index(traits.kind) / len(ctx.code.shoes))
    if ctx.style in SOFT_STYLES and traits.kind == "sneakers" and ctx.code.occasion not in ON_FOOT_OCCASIONS:
        score -= TRAINERS_IN_A_SOFT_STYLE  # "make it more romantic": flats or sandals, not trainers
    if traits.kind == "bag" and ctx.code.bag_functions and traits.function == ctx.code.bag_functions[0]:
        score += OWN_BAG_FUNCTION
    if ctx.style in PLAIN_STYLES and is_printed(item):  # a striped tote spoils a classic look too
        score -= PATTERN_IN_PLAIN_STYLE
    if ctx.code.short_of_plain(item):  # a striped shirt at black tie: only where no plain white one is left
        score -= SHORT_OF_PLAIN
    if traits.kind == "leggings" and ctx.code.occasion not in WORKOUT_OCCASIONS:
        score -= LEGGINGS_AS_TROUSERS + (LEGGINGS_IN_PLAIN_STYLE if ctx.style in PLAIN_STYLES else 0)
    if item.slot in ("bottom", "onepiece") and ctx.code.season in ("fall", "winter") \
            and item.color_family in LIGHT_FAMILIES:
        score -= LIGHT_BOTTOM_IN_WINTER
    if ctx.code.season == "winter":
        score += _winter_fit(item, traits.kind, traits.warmth, ctx.code.target)
    if item.color_family in ctx.prefs.colors:
        # On the named garment ("navy chinos") the colour is the point; elsewhere it is navy head to toe.
        score += 0.3 if ctx.colour_slot in (None, item.slot) else -0.4
        score -= OFF_SHADE if _off_shade(item, ctx.prefs) else 0.0
    elif _partners_named_garment(item, ctx):
        score += PARTNER_COLOUR
    score += OWN_PIECE if item.source == "wardrobe" else 0.0
    return score + BRAND_TIE_BREAK * ctx.brand_affinity.get(item.brand or "", 0.0) + variety_nudge(ctx.seed, item.id)


def variety_nudge(seed: int, item_id: str) -> float:
    """A fixed amount in [-VARIETY, VARIETY] for this conversation and piece (none without a seed)."""
    if not seed:
        return 0.0
    digest = hashlib.blake2b(f"{seed}:{item_id}".encode(), digest_size=4).digest()
    return VARIETY * (2 * int.from_bytes(digest, "big") / 0xFFFFFFFF - 1)


def _off_shade(item: Item, prefs: Preferences) -> bool:
    """A piece of the wanted family in another shade than the one said ("burgundy": maroon, not bright red)."""
    shades = shade_colours(prefs.shade_of(item.color_family) or "")
    return bool(shades) and item.color not in shades


def _partners_named_garment(item: Item, ctx: LookContext) -> bool:
    """The other half of a look built around one named coloured garment ("my emerald blouse", "navy
    chinos") in one of the colours the answer names as its partners."""
    if not ctx.colour_slot or len(ctx.prefs.colors) != 1 or item.slot not in ("top", "bottom"):
        return False
    return item.slot != ctx.colour_slot and item.color_family in colour_partners(ctx.prefs.named_colour())


@lru_cache(maxsize=4096)
def _harmony_score(families: tuple[str, ...]) -> float:
    return harmony(list(families)).score


def _worn_family(item: Item) -> str:
    """The colour family a piece shows in a look; blue denim reads as a neutral, as navy does."""
    return "navy" if item.kind == "jeans" and item.color_family == "blue" else item.color_family


def colour_score(items: Sequence[Item]) -> float:
    """Colour as a stylist reads it on the worn pieces: harmony, plus a neutral base."""
    # The beam asks about the same few colour sets thousands of times a turn. A tie is worn at the
    # centre of the look: its colour counts (the one accent of a suit), the other accessories' do not.
    score = _harmony_score(tuple(sorted(_worn_family(i) for i in items if i.slot in WORN_SLOTS or is_tie(i))))
    base = [i.color_family for i in items if i.slot in ("top", "bottom", "onepiece", "outerwear")]
    if base and not any(f in NEUTRAL_FAMILIES for f in base):
        score -= NO_NEUTRAL_BASE
    return score


# Kinds whose formality a photo cannot tell (a navy blazer and a navy work jacket read alike); a hoodie or
# trainers are casual whatever the photo
FORMALITY_UNSEEN = frozenset({"jacket", "coat", "blazer", "shirt", "blouse", "top", "trousers", "skirt", "dress",
                              "shoes", "flats", "heels", "boots", "sweater", "cardigan"})


def formality_spread(items: Sequence[Item]) -> int:
    """How many formality levels apart the worn pieces are (a person's own garment, photographed, counts
    only where its kind tells its formality)."""
    ranks = [formality_rank_of(i) for i in items if i.slot in WORN_SLOTS
             and not (i.source != "catalog" and traits_of(i).kind in FORMALITY_UNSEEN)]
    return max(ranks) - min(ranks) if ranks else 0


def colour_carriers(items: Sequence[Item], ctx: LookContext) -> int:
    """Pieces showing a wanted colour. "Something red" may be a red bag; a named garment's colour
    belongs on the garment; shoes in a neutral colour do not carry it; a suit's trousers are its jacket's
    ("a charcoal blazer" at an interview takes the trousers of its shade, as one suit)."""
    carrying = [i for i in items if i.color_family in ctx.prefs.colors and (i.slot != "accessory" or not ctx.colour_slot)
                and not plain_shoes(i) and not (is_tie(i) and i.color_family in NEUTRAL_FAMILIES)
                and not _off_shade(i, ctx.prefs)]
    # (pieces each named in their colour, "navy chinos and a grey sweater", are the one wish said)
    carriers = len(carrying) - max(0, sum(map(ctx.prefs.wears_pinned, carrying)) - 1)
    suited = ctx.colour_slot == "outerwear" and suit_line(items) == 1 and any(
        i.slot == "bottom" and i.color_family in ctx.prefs.colors for i in items)
    return carriers - suited


def plain_shoes(item: Item) -> bool:
    """Black, brown or navy shoes are the base of a look, not a second carrier of a wanted colour
    ("a black blazer" takes black shoes without going head to toe); so is a black or navy tie."""
    return item.slot == "shoes" and item.color_family in NEUTRAL_FAMILIES


def too_much_colour(items: Sequence[Item], ctx: LookContext) -> bool:
    """A wanted colour on more than two pieces (more than the named garment) is head to toe."""
    return bool(ctx.prefs.colors) and colour_carriers(items, ctx) > (1 if ctx.colour_slot else 2)


def wanted_colour_score(items: Sequence[Item], ctx: LookContext, complete: bool) -> float:
    if not ctx.prefs.colors:
        return 0.0
    carriers = colour_carriers(items, ctx)
    return (-WANTED_MISSING if complete and not carriers else 0.0) \
        - WANTED_EVERYWHERE * max(0, carriers - (1 if ctx.colour_slot else 2))


def balance_score(items: Sequence[Item], ctx: LookContext) -> float:
    """What only the pieces together show: one loud piece at most, accessories that answer the
    look's colours, no trainers under a dress at a dressy event, and how the pieces pair up."""
    worn = [i for i in items if i.slot in WORN_SLOTS]
    score = -TWO_PATTERNS if sum(is_printed(i) for i in worn + [i for i in items if is_tie(i)]) > 1 else 0.0
    answered = QUIET_FAMILIES | {i.color_family for i in worn} | set(ctx.prefs.colors)
    score -= STRAY_ACCENT * sum(i.slot == "accessory" and not is_tie(i) and i.color_family not in answered
                                for i in items)
    slots = {i.slot: i for i in worn}
    shoes = slots.get("shoes")
    # (A layer over short sleeves is no matter of score: the composer never builds one, see compose._fits.)
    if cufflinks_out_of_place(items, ctx.code.occasion):
        score -= CUFFLINKS_OUT_OF_PLACE
    if "onepiece" in slots and shoes is not None and traits_of(shoes).kind == "sneakers":
        score -= SNEAKER_DRESS_EVERYDAY if ctx.code.occasion in SNEAKER_DRESS_OCCASIONS \
            else SNEAKER_DRESS_ON_A_DATE if ctx.code.occasion == "date" else DRESS_WITH_SNEAKERS
    if "onepiece" in slots and shoes is not None and traits_of(shoes).formality == "athletic" \
            and ctx.code.occasion not in WORKOUT_OCCASIONS:
        score -= RUNNERS_UNDER_A_DRESS
    if sombre_black(items) and "black" not in ctx.prefs.colors and not ctx.code.strict_colours \
            and ctx.code.occasion not in BLACK_FRIENDLY_OCCASIONS:
        score -= HEAD_TO_TOE_BLACK  # a black knit, black trousers and a black jacket: heavy and dull by day
    return score + _pairing_score(items, slots, ctx)


def _pairing_score(items: Sequence[Item], slots: Mapping[str, Item], ctx: LookContext) -> float:
    """Pairs a stylist looks at: the leathers, shoes under a dark suit, a top on its bottom, a suit."""
    score = -LEATHER_CLASH if leather_clash(items) else 0.0
    if ctx.aim >= SMART_RANK:
        score -= BROWN_SHOES_WITH_BLACK * brown_shoes_under_black(items)
    top, bottom = slots.get("top"), slots.get("bottom")
    if top and bottom and top.color_family == bottom.color_family and top.color_family not in CRISP_TONAL:
        score -= FLAT_TONAL  # a grey shirt on grey trousers reads flat; black on black or white on white is a choice
    if top and bottom and kurta_over_western_skirt(top, bottom):
        score -= KURTA_OVER_WESTERN_SKIRT
    if black_beside_navy(slots.values()) and not {"black", "navy"} & set(ctx.prefs.colors):
        score -= BLACK_BESIDE_NAVY
    score -= TONAL_TIE * tonal_tie(items, top)
    if ctx.code.stays_formal and top and top.color_family == "black" and slots.get("outerwear"):
        score -= BLACK_SHIRT_UNDER_MOURNING  # under the jacket, the white shirt that takes the black tie
    if ctx.aim >= SMART_RANK and black_shoes_under_brown(slots):
        score -= BLACK_SHOES_UNDER_BROWN
    if ctx.code.target >= FORMAL_RANK and suit_line(items) > 0:  # (a suit_line of -1 never passes compose._fits)
        score += MATCHED_SUIT
    return score


_KURTA_WORDS = re.compile(r"\bkurt[ai]s?\b|\banarkali\b", re.IGNORECASE)


def kurta_over_western_skirt(top: Item, bottom: Item) -> bool:
    """A kurta over a skirt that is no ethnic one (the catalogue's kurtas meet its office skirts at a festival)."""
    ethnic_top = top.usage == "ethnic" or bool(_KURTA_WORDS.search(top.name))
    return ethnic_top and traits_of(bottom).kind == "skirt" and bottom.usage != "ethnic"


def black_beside_navy(worn: Iterable[Item]) -> bool:
    """Black and navy in the body of one look: two near-blacks side by side read as a mistake, not a
    contrast."""
    return {"black", "navy"} <= {i.color_family for i in worn if i.slot in BODY_SLOTS}


def black_shoes_under_brown(slots: Mapping[str, Item]) -> bool:
    """Black shoes under a brown blazer: a brown jacket asks for brown shoes."""
    jacket, shoes = slots.get("outerwear"), slots.get("shoes")
    return bool(jacket and shoes and traits_of(jacket).kind == "blazer" and jacket.color_family == "brown"
                and shoes.color_family == "black")


def tonal_tie(items: Sequence[Item], shirt: Item | None) -> bool:
    """A tie of the shirt's own colour: it disappears into the shirt and reads dated."""
    return shirt is not None and any(is_tie(i) and i.color_family == shirt.color_family for i in items)


def tie_without_collar(items: Sequence[Item]) -> bool:
    """A tie over a knit or a tee, with no shirt collar to knot it under: no stylist's look."""
    top = next((i for i in items if i.slot == "top"), None)
    return top is not None and any(is_tie(i) for i in items) and traits_of(top).kind != "shirt"


def shorts_with_dress_shoes(items: Sequence[Item]) -> bool:
    """Shorts over leather dress shoes ("cargo shorts with semi-formal shoes" for a dinner out): one or the other
    is wrong for the evening, and together they are no look (loafers, trainers or sandals go under shorts)."""
    return any(traits_of(i).kind == "shorts" for i in items) and any(traits_of(i).kind == "shoes" for i in items)


def tie_lost_on_its_shirt(items: Sequence[Item]) -> bool:
    """A black tie on a black shirt: the tie disappears into it (a dark tie is worn on a pale shirt)."""
    top = next((i for i in items if i.slot == "top"), None)
    return top is not None and top.color_family == "black" and any(
        is_tie(i) and i.color_family == "black" for i in items)


def is_tie(item: Item) -> bool:
    return item.slot == "accessory" and item.kind == "tie"


def suit_line(items: Sequence[Item]) -> int:
    """1 when the blazer and the trousers (or skirt) are one shade of a suiting colour: a suit; -1
    when they are two different dark shades, which reads as a suit's jacket over another suit's
    trousers, or one colour outside the suiting ones (two browns or two olives from two makers never
    quite match); 0 otherwise (no blazer, or a clear contrast: a grey blazer over navy trousers)."""
    jacket = next((i for i in items if i.slot == "outerwear" and traits_of(i).kind == "blazer"), None)
    bottom = next((i for i in items if i.slot == "bottom" and traits_of(i).kind in SUIT_BOTTOMS), None)
    if jacket is None or bottom is None:
        return 0
    if jacket.color_family == bottom.color_family and jacket.color_family not in SUITING_FAMILIES \
            and jacket.brand and bottom.brand and jacket.brand != bottom.brand:
        return -1
    a, b = shade_of(jacket.color, jacket.color_family), shade_of(bottom.color, bottom.color_family)
    if math.dist(a, b) < SAME_SHADE:
        return 1
    return -1 if a[0] < DARK_SHADE and b[0] < DARK_SHADE else 0


def brown_shoes_under_black(items: Sequence[Item]) -> int:
    """How many of the trousers and the jacket are black or charcoal above brown or tan shoes (0 with
    other shoes): a dark city suit takes black shoes."""
    slots = {i.slot: i for i in items}
    if "shoes" not in slots or slots["shoes"].color_family != "brown":
        return 0
    return sum(_black_or_charcoal(slots[s]) for s in ("bottom", "outerwear") if s in slots)


def brown_shoes_under_black_blazer(items: Sequence[Item]) -> bool:
    """Brown shoes under a black blazer, whatever the occasion: black tailoring takes black shoes."""
    shoes = [i for i in items if i.slot == "shoes"]
    return bool(shoes) and shoes[0].color_family == "brown" and any(
        i.slot == "outerwear" and i.color_family == "black" and traits_of(i).kind == "blazer" for i in items)


def _black_or_charcoal(item: Item) -> bool:
    return item.color_family == "black" or (
        item.color_family == "grey" and shade_of(item.color, item.color_family)[0] < DARK_SHADE)


SOMBRE_BLACK_GARMENTS = 3  # a black shirt under a black suit: mourning clothes, not a guest's


def sombre_black(items: Sequence[Item]) -> bool:
    """Three or more black garments (shoes apart): head to toe black, which reads as mourning by day
    at a wedding or a christening (a black suit over a white shirt does not)."""
    return sum(i.color_family == "black" for i in items if i.slot in GARMENT_SLOTS) >= SOMBRE_BLACK_GARMENTS


def bridal_white(items: Sequence[Item]) -> bool:
    """White from the shoulders down: a white dress, or a white top over white trousers or a skirt (a
    white blouse under navy trousers does not). A wedding guest never wears the bride's colour."""
    clothes = [i for i in items if i.slot in ("top", "bottom", "onepiece")]
    return bool(clothes) and all(i.color_family == "white" for i in clothes)


def leather_clash(items: Sequence[Item]) -> bool:
    """Black and brown leather together: shoes in one, the belt in the other."""
    belts = {i.color_family for i in items if i.slot == "accessory" and traits_of(i).kind == "belt"}
    if not belts:  # (asked thousands of times a turn, mostly of looks without one)
        return False
    shoes = {i.color_family for i in items if i.slot == "shoes"}
    # (black or brown leather shoes take a belt of their leather: a white or a charcoal belt above brown
    # derbies reads as no choice)
    leather = {i.color_family for i in items if i.slot == "shoes" and i.color_family in ("black", "brown")
               and traits_of(i).kind in ("shoes", "boots")}
    return (shoes | belts) >= {"black", "brown"} and bool(shoes) and bool(belts) and shoes != belts \
        or bool(leather) and belts != leather


def cufflinks_out_of_place(items: Sequence[Item], occasion: str) -> bool:
    """Cufflinks (or button covers) away from a wedding, or with no shirt known to have the double
    cuff they need: the catalogue's photos show many of its "formal" shirts with short sleeves, so
    only a shirt whose name says French or double cuffs will do."""
    if not any(i.slot == "accessory" and CUFFLINKS_RE.search(i.name) for i in items):
        return False
    return occasion not in CUFFLINK_OCCASIONS or not any(
        traits_of(i).kind == "shirt" and DOUBLE_CUFF_RE.search(i.name) and not SHORT_SLEEVE_RE.search(i.name)
        for i in items)


def _winter_fit(item: Item, kind: str, warmth: str, target: int) -> float:
    """What winter makes of a piece: a warm coat, a knit under it, no bare legs on a casual day."""
    warm = warmth in ("warm", "heavy")
    if item.slot == "outerwear":
        if target <= CASUAL_RANK:  # a puffer or a coat on a winter day out, not a knit jacket
            return CASUAL_WINTER_LAYER.get(warmth, -LIGHT_CASUAL_WINTER_LAYER)
        return 0.2 if warm else -0.2  # (dressed up, the blazer stays: a coat goes over it at the door)
    if item.slot == "top" and warm:
        return WINTER_KNIT
    if kind == "flats":
        return -WINTER_FLATS  # bare insteps in the cold: boots, pumps or trainers first
    if kind == "skirt" and target <= CASUAL_RANK:
        return -WINTER_SKIRT
    return 0.0


def office_layer_over_dress(items: Sequence[Item], occasion: str) -> bool:
    """A blazer or a cardigan over a dress at a wedding or a party: the office's layer on an evening
    look (a coat, or nothing)."""
    return occasion in DRESSY_EVENTS and any(i.slot == "onepiece" for i in items) \
        and any(i.slot == "outerwear" and traits_of(i).kind in OFFICE_LAYERS for i in items)


def layer_over_short_sleeves(items: Sequence[Item]) -> bool:
    """A blazer or jacket over a short-sleeved shirt or blouse."""
    return any(i.slot == "outerwear" and traits_of(i).kind in ("blazer", "jacket") for i in items) and any(
        traits_of(i).kind in ("shirt", "blouse") and traits_of(i).warmth == "light" for i in items if i.slot == "top")


def layer_over_knit(items: Sequence[Item], season: str) -> bool:
    """A jacket over a sweatshirt or sweater in spring or summer: one warm piece too many; and a
    cardigan over a sweater or sweatshirt in any season: two knits, bulky."""
    layers = [traits_of(i).kind for i in items if i.slot == "outerwear"]
    tops = [traits_of(i) for i in items if i.slot == "top"]
    return bool(layers) and any(
        (season in ("spring", "summer") and t.warmth in ("warm", "heavy"))
        or ("cardigan" in layers and t.kind in ("sweater", "sweatshirt")) for t in tops)


def look_score(items: Sequence[Item], ctx: LookContext, *, complete: bool = False) -> float:
    """The score of a (partial) look; `complete` also charges what a finished look must have."""
    score = sum(ctx.piece_score(i) for i in items if i.source == "catalog" or i.source == "wardrobe")
    score += colour_score(items) + balance_score(items, ctx)
    score -= SPREAD_PENALTY * max(0, formality_spread(items) - 1)
    score += wanted_colour_score(items, ctx, complete)
    return score - REPEATED_COLOUR * repeats(items, ctx)


def repeats(items: Sequence[Item], ctx: LookContext) -> float:
    """How many earlier looks of the answer wore these catalogue pieces' colours in their slots (capped for
    shoes and accessories, twice for a dress; a colour asked for is no repeat: "a navy look" wants navy in
    every look). Called for every candidate look, so the common case (no repeat) returns at once."""
    used, total = ctx.used_families, 0.0
    if not used:
        return total
    for item in items:
        count = used.get((item.slot, item.color_family))
        if count and item.source == "catalog" and item.color_family not in ctx.prefs.colors:
            total += min(count, REPEATS_COUNTED_BELOW.get(item.slot, count)) * REPEAT_WEIGHT.get(item.slot, 1.0)
    return total


def colour_slot_for(prefs: Preferences) -> str | None:
    """The slot of a garment the user named with a colour ("navy chinos"): only it carries the colour."""
    if not prefs.colors:
        return None
    named = [KIND_TO_SLOT[k] for k in prefs.kinds if k in KIND_TO_SLOT]
    return named[0] if named else None

