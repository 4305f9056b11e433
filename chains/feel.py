"""How the person wants the clothes to feel, and the fabrics they will not wear ("nothing too tight",
"less bulky pls", "애기 안고 있어야 돼서 편한 게 좋아요", "1번 신발 안 미끄러운 걸로", "no cotton", "darker colours pls"): pieces
that go against it stay out of the looks (pure).

The catalogue records no cut or fabric, so both are read from the product's name and its kind: a name
that says skinny or slim is tight, leggings always are; tees, sweatshirts and jeans are cotton."""

from __future__ import annotations

import math

import re
from dataclasses import dataclass, replace

from domain.colors import DARK_SHADE, colour_named_in, family_of, shade_of
from domain.items import Item
from chains.weather import rain_ready
from domain.traits import is_sleeveless, traits_of

# Cuts that hold the body in, and stretch that clings (comfortable to some, never "nothing tight").
RESTRICTING = re.compile(r"\b(?:skinny|slim|super[- ]?slim|bodycon|pencil|fitted|tight|bandage|drainpipe|sheath|mermaid)\b",
                         re.IGNORECASE)
CLINGING = re.compile(r"\b(?:jeggings?|leggings?|tights|spandex|lycra|stretch)\b", re.IGNORECASE)
BULKY = re.compile(r"\b(?:puffer|puffa|padded|quilted|oversized?|baggy|chunky|bulky|parka|duffle|fur|sherpa)\b",
                   re.IGNORECASE)
GRIPPING_NAME = re.compile(r"\b(?:grip|anti[- ]?slip|non[- ]?slip|slip[- ]resistant|trek\w*|trail|hiking|outdoor)\b",
                           re.IGNORECASE)
# The fabrics a name may say, and the kinds that are made of one nearly always.
FABRICS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "cotton": (re.compile(r"\b(?:cotton|denim|chambray|jersey|terry)\b", re.IGNORECASE),
               ("tshirt", "sweatshirt", "jeans", "polo")),
    "wool": (re.compile(r"\b(?:wool|woollen|woolen|merino|cashmere|tweed|angora|mohair)\b", re.IGNORECASE), ()),
    "leather": (re.compile(r"\b(?:leather|suede|nubuck|fur|shearling)\b", re.IGNORECASE), ()),
    "suede": (re.compile(r"\b(?:suede|nubuck)\b", re.IGNORECASE), ()),
    "synthetic": (re.compile(r"\b(?:polyester|nylon|acrylic|fleece|spandex|lycra|viscose)\b", re.IGNORECASE), ()),
    "velvet": (re.compile(r"\b(?:velvet|velour|velveteen)\b", re.IGNORECASE), ()),
    "satin": (re.compile(r"\b(?:satin|silk|silky|sateen|charmeuse)\b", re.IGNORECASE), ()),
    "linen": (re.compile(r"\blinen\b", re.IGNORECASE), ()),
    # "nothing see-through": the fabrics and cuts that show skin through them
    "sheer": (re.compile(r"\b(?:sheer|see[- ]?through|chiffon|georgette|organza|tulle|lace(?![- ]?ups?\b)|mesh|crochet)\b",
                         re.IGNORECASE), ()),
}
FEELINGS = ("relaxed", "sleek", "comfort", "grip", "covered", "dry", "long", "soft_shoulder", "bump", "plain", "flat",
            "sleeved", "modest")
# What a temple, a mosque or a palace turns away at the gate besides bare arms: bare knees and short or revealing cuts
MODEST_OUT_KINDS = frozenset({"shorts", "tank"})
REVEALING = re.compile(r"\b(?:mini|short (?:skirt|dress)|crop(?:ped)? tops?|tube|backless|strapless|halter|off[- ]shoulder"
                       r"|bodycon|sheer|see[- ]?through|hot ?pants|spaghetti)\b", re.IGNORECASE)
# Tops with short sleeves or none, by kind or by name ("Half Sleeve Shirt"), for "long sleeves only"
SHORT_SLEEVED_KINDS = frozenset({"tshirt", "polo", "tank"})
SHORT_SLEEVES = re.compile(r"\b(?:short|half|cap)[- ]?sleeves?\b|반팔", re.IGNORECASE)
# Details that widen the shoulder line ("broad shoulders, everything looks boxy on me").
SHOULDER_DETAIL = re.compile(r"\b(?:puff(?:ed)?[- ]sleeves?|cap[- ]sleeves?|boat[- ]?neck|off[- ]shoulder|bardot|"
                             r"cold[- ]shoulder|epaulet(?:te)?s?|shoulder[- ]pads?|padded shoulders?)\b", re.IGNORECASE)
# Cuts that stop the leg short or the body low ("키 160인데 다리 길어보이게"): cropped and cuffed trousers, long tunics.
SHORTENING = re.compile(r"\b(?:capris?|cropped|crop|3/4(?:th)?|three[- ]fourths?|joggers?|cuffed|bermudas?|culottes?|"
                        r"tunics?|longline)\b", re.IGNORECASE)
TONES = ("dark", "light", "earthy", "pastel", "quiet", "colourful")
# The colour families a tone keeps out of the clothes (accessories and shoes keep theirs).
OFF_TONE = {"dark": frozenset({"white", "beige", "pink", "yellow", "orange"}),
            "light": frozenset({"black", "navy", "brown", "olive"}),
            # browns, olives, beiges and greys: nothing bright or shiny ("i like earthy tones")
            "earthy": frozenset({"purple", "pink", "red", "yellow", "orange", "white", "metallic", "multi"}),
            "pastel": frozenset({"black", "navy", "brown", "olive", "multi"}),
            # nothing that stands out ("너무 튀는 건 싫어요"): neutrals and muted shades, shoes and bags too
            "quiet": frozenset({"red", "pink", "yellow", "orange", "purple", "multi"}),
            # "more colourful", "bright colours": a top or a dress in a colour, the neutrals around it
            "colourful": frozenset({"black", "white", "grey", "navy", "beige", "brown", "olive", "metallic"})}
# The slots a tone holds: the clothes; a quiet look's shoes and bag as well (teal heels stand out); a colourful
# look's top or dress
TONE_SLOTS = {"quiet": ("top", "bottom", "onepiece", "outerwear", "shoes", "accessory"),
              # (colour on the top or the dress carries a look; colour head to toe would be a costume)
              "colourful": ("top", "onepiece")}
QUIET_CHROMA, QUIET_PALE = 35.0, 60.0  # a pale blue shirt is quiet, a teal or a kelly green is not
# Pastels by the colour's own shade (CIELAB): light (pink, lavender, mint, cream) and soft (no yellow, lime or
# orange at full strength); mid grey, rose, red and magenta fall outside, which no colour family can say.
PASTEL_LIGHTNESS, PASTEL_CHROMA = 68.0, 45.0
MULTICOLOURED = re.compile(r"\bmulti[- ]?colou?r(?:ed)?\b", re.IGNORECASE)
TONED_SLOTS = ("top", "bottom", "onepiece", "outerwear")
TIGHT_KINDS = ("leggings",)
SHEER_SLOTS = ("top", "onepiece", "outerwear")
LEATHERS = ("black", "brown")
HIGH_SHOE_KINDS = ("heels",)
HEELED_NAME = re.compile(r"\b(?:heels?|heeled|stilettos?|pumps?|wedges?|platforms?|peep toes?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Feel:
    """What the person said about how the looks should feel (each defaults to "not said")."""
    relaxed: bool = False  # nothing tight: "nothing too tight", "안 끼는 걸로"
    sleek: bool = False  # nothing bulky: "less bulky", "덜 부해 보이게"
    comfort: bool = False  # easy to move and stand in: no restricting cut, flat shoes ("carrying a baby", "편한 게")
    grip: bool = False  # shoes that do not slip on ice: boots and treaded soles ("안 미끄러운 신발")
    covered: bool = False  # no bare arms: "dont want arms showing", "민소매 싫어요"
    dry: bool = False  # shoes that keep the wet out: "1번에서 신발만 방수되는걸로"
    long: bool = False  # a longer line for the short: no cropped, cuffed or tunic cuts, no leggings ("look taller")
    soft_shoulder: bool = False  # nothing that widens the shoulder: no puff sleeves or epaulettes ("broad shoulders")
    bump: bool = False  # dressing a pregnancy: a dress where the occasion takes one ("7 months pregnant", "임산부")
    plain: bool = False  # no prints, checks or stripes on the clothes: "no patterns please", "무늬 없는 걸로"
    flat: bool = False  # low or no heels, the clothes untouched: "굽 낮은 신발로", "low heels please"
    sleeved: bool = False  # long sleeves only, no short ones either: "long sleeves only pls", "반팔 말고 긴팔로"
    modest: bool = False  # shoulders and knees covered, as at a temple or a mosque: no shorts, tanks or short cuts
    fabrics_out: tuple[str, ...] = ()  # fabrics of FABRICS ruled out: "no cotton", "울은 따가워요"
    tone: str | None = None  # one of TONES: "darker colours pls", "좀 밝은 색으로"
    palette: tuple[str, ...] = ()  # a colour dress code: "black and white dress code", "올블랙", "드레스코드 블랙앤화이트"
    beside: str | None = None  # the colour the palette goes with, worn by someone beside them ("my date is wearing green")

    def __bool__(self) -> bool:
        return self != Feel()

    @property
    def said(self) -> tuple[str, ...]:
        """The feelings said, in FEELINGS order, then each fabric ruled out as "no:<fabric>"."""
        return tuple(f for f in FEELINGS if getattr(self, f)) + tuple(f"no:{f}" for f in self.fabrics_out) \
            + ((f"tone:{self.tone}",) if self.tone else ()) + tuple(f"palette:{c}" for c in self.palette) \
            + ((f"beside:{self.beside}",) if self.beside else ())

    @classmethod
    def of(cls, said: tuple[str, ...] | list[str]) -> "Feel":
        """The inverse of `said` (how a conversation stores it); unknown words are dropped, and the
        last tone said wins."""
        words = set(said)
        tones = [w.removeprefix("tone:") for w in said if w.removeprefix("tone:") in TONES and w.startswith("tone:")]
        palette = tuple(dict.fromkeys(w.removeprefix("palette:") for w in said if w.startswith("palette:")))
        beside = [w.removeprefix("beside:") for w in said if w.startswith("beside:")]
        return cls(*(f in words for f in FEELINGS), fabrics_out=tuple(f for f in FABRICS if f"no:{f}" in words),
                   tone=tones[-1] if tones else None, palette=palette, beside=beside[-1] if beside else None)

    def then(self, now: "Feel", new_request: bool) -> "Feel":
        """This conversation's feel after a message: what it says, with what the request said before
        (a new occasion or style starts afresh, but a fabric ruled out stays ruled out)."""
        before = self if not new_request else Feel(fabrics_out=self.fabrics_out)
        if now.palette or now.tone == "colourful":  # a new colour dress code (or colour itself) replaces the last one
            before = replace(before, palette=(), beside=None)
        return Feel.of(before.said + now.said)

    @property
    def leather_allowed(self) -> bool:
        """Whether plain black or brown shoes go with the palette: two colours or more, none of them a neutral
        the shoes could take instead ("navy and grey" yes; "black and white", "all white" no)."""
        return len(self.palette) > 1 and not set(self.palette) & {"black", "brown", "white", "beige"}

    def kinds_out(self) -> tuple[str, ...]:
        """Kinds that never fit it: leggings are tight, heels no comfort, tees cotton."""
        kinds = (TIGHT_KINDS if self.relaxed or self.long else ()) + (HIGH_SHOE_KINDS if self.comfort or self.flat else ())
        return kinds + tuple(k for f in self.fabrics_out for k in FABRICS[f][1])

    def fits(self, item: Item, cold: bool = False) -> bool:
        """Whether the piece suits it (the person's own pieces always do: they chose them). In real
        `cold` the warm layer stays, bulky or not: "less bulky" takes the bulk from under it."""
        if not self or item.source != "catalog":
            return True
        kind = traits_of(item).kind
        if kind in self.kinds_out():
            return False
        if (self.comfort or self.flat) and item.slot == "shoes" and HEELED_NAME.search(item.name):
            return False  # ("I'll take look 1 with lower heels" of pumps the catalogue files as flats: heels all the same)
        if item.slot in ("top", "bottom", "onepiece") and (
                (self.relaxed and (RESTRICTING.search(item.name) or CLINGING.search(item.name)))
                or (self.comfort and RESTRICTING.search(item.name))):
            return False
        if self.sleek and item.slot != "accessory" and not (cold and item.slot == "outerwear") \
                and (BULKY.search(item.name) or puffed(item)):
            return False
        if self.grip and item.slot == "shoes" and not gripping(item):
            return False
        if self.long and item.slot in ("top", "bottom", "onepiece") and SHORTENING.search(item.name):
            return False
        if self.soft_shoulder and item.slot in ("top", "onepiece", "outerwear") and SHOULDER_DETAIL.search(item.name):
            return False
        if self.covered and item.slot in ("top", "onepiece") and is_sleeveless(item):
            return False
        if self.modest and item.slot in ("top", "bottom", "onepiece") \
                and (kind in MODEST_OUT_KINDS or is_sleeveless(item) or REVEALING.search(item.name)):
            return False
        if self.sleeved and item.slot == "top" and (kind in SHORT_SLEEVED_KINDS or is_sleeveless(item)
                                                    or SHORT_SLEEVES.search(item.name)):
            return False
        if self.plain and item.slot in TONED_SLOTS and traits_of(item).pattern == "printed":
            return False
        if self.dry and item.slot == "shoes" and not (rain_ready(item) and traits_of(item).kind != "flats"):
            return False
        if self.tone and item.slot in TONE_SLOTS.get(self.tone, TONED_SLOTS) and not in_tone(item, self.tone):
            return False
        if self.palette and item.slot in (*TONED_SLOTS, "shoes") and item.color_family not in self.palette \
                and not (item.slot == "shoes" and self.leather_allowed and item.color_family in LEATHERS) \
                and not (cold and item.slot == "outerwear"):  # (in real cold a warm coat of any colour, off indoors)
            # a colour dress code holds for every piece of clothing and the shoes ("navy and grey" may walk in
            # black or brown leather; "all white" or "mostly grey black white" may not)
            return False
        # (sheer is the clothes': a lace-up shoe or a mesh trainer shows no skin)
        return not any(FABRICS[f][0].search(item.name) for f in self.fabrics_out
                       if f != "sheer" or item.slot in SHEER_SLOTS)


def in_tone(item: Item, tone: str) -> bool:
    """Whether a piece's colour is of the tone: not of a family it keeps out, and for lighter colours not
    a charcoal "grey"; pastels by lightness and softness."""
    if tone == "pastel" and item.slot == "outerwear":  # few jackets come in pastels: a light one will do
        tone = "light"
    if tone == "quiet" and traits_of(item).kind == "jeans":
        return True  # blue denim stands out nowhere
    # ("Multi Coloured Playsuit" filed as pink: the name says more)
    named = "Multi" if MULTICOLOURED.search(item.name) else colour_named_in(item.name)
    if any(not _colour_in_tone(colour, family_of(colour), tone) for colour in {item.color, named} - {None}):
        return False
    return item.color_family not in OFF_TONE[tone]


def _colour_in_tone(colour: str, family: str, tone: str) -> bool:
    if family in OFF_TONE[tone]:
        return False
    lightness, a, b = shade_of(colour, family)
    if tone == "pastel":
        return lightness >= PASTEL_LIGHTNESS and math.hypot(a, b) <= PASTEL_CHROMA
    if tone == "quiet":  # (navy, a bottle green and a pale blue are quiet; teal and cobalt are not)
        return family not in ("blue", "green") or lightness < DARK_SHADE \
            or lightness >= QUIET_PALE and math.hypot(a, b) <= QUIET_CHROMA
    return tone != "light" or lightness >= DARK_SHADE


def puffed(item: Item) -> bool:
    """A jacket at the heaviest warmth is a padded one (a puffer, a parka) whatever its name says; a
    heavy coat is wool, and sleek enough."""
    traits = traits_of(item)
    return item.slot == "outerwear" and traits.kind == "jacket" and traits.warmth == "heavy"


def gripping(shoe: Item) -> bool:
    """Boots, or closed shoes made for the outdoors (a trail or trekking sole): what holds on ice."""
    traits = traits_of(shoe)
    if traits.kind == "boots":
        return True
    closed = traits.kind not in ("sandals", "heels", "flats")
    return closed and (traits.function == "outdoor" or bool(GRIPPING_NAME.search(shoe.name)))
