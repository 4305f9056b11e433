"""What a person ruled out, read as they meant it: "no green" is no olive either, "재킷 없이" no blazer,
a "Long Blue Jacket" the catalogue files as a coat is still a jacket by its name, and "anything but
black shoes" rules out one piece, written "shoes:black" among the ruled-out kinds (pure)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from domain.items import Item
from domain.vocabulary import KIND_TO_SLOT
from domain.traits import traits_of

# Families a person who rules one out rules out too.
NEIGHBOUR_FAMILIES = {"green": ("olive",)}
# Kinds a wider kind takes with it.
NARROWER_KINDS = {"jacket": ("blazer",)}
# Words in a product's name that make it that kind whatever its label (the labels are noisy).
KIND_NAME_WORDS = {
    "jacket": ("jacket", "blazer"), "blazer": ("blazer",), "cardigan": ("cardigan", "shrug"),
    "coat": ("coat", "padded", "puffer", "parka", "quilted"), "jeans": ("jeans",), "shorts": ("shorts",),
    "leggings": ("leggings", "jegging", "jeggings", "tights"),
    # "힐 없이 샌들로": a heeled sandal is a heel ("Leather Heels" filed as sandals)
    "heels": ("heels", "heel", "stiletto", "stilettos", "pumps", "wedge", "wedges", "platform"),
}


# What a person may rule out that is no kind of the vocabulary, each with the slot it lives in and how a
# piece shows it: a puffer is a padded jacket (the catalogue's heaviest jackets, or named so), sparkle a
# glittering watch or jewel.
_PUFFER_NAME = re.compile(r"\b(?:padded|puffer|down|quilted)\b", re.I)
_CARGO_NAME = re.compile(r"\bcargos?\b", re.I)
_TRACK_NAME = re.compile(r"\btrack\s?pants?\b|\btrackpants?\b|\bjoggers?\b|\bsweatpants?\b", re.I)
_LOAFER_NAME = re.compile(r"\b(?:loafers?|moccasins?|penny|slip[- ]?ons?|mojaris?|juttis?)\b", re.I)
_BOW_NAME = re.compile(r"\b(?:bow ?ties?|bows?)\b", re.I)
_LONG_NAME = re.compile(r"\b(?:long|coat|parka|maxi)\b", re.I)
_TURTLENECK_NAME = re.compile(r"\b(?:turtle ?necks?|roll ?necks?|polo necks?|high necks?|high-neck|mock neck)\b", re.I)
_LONG_LAYER_NAME = re.compile(r"\b(?:long|longline|maxi|trench|overcoat|duster)\b", re.I)
_COAT_NAME = re.compile(r"\b(?:coat|long|trench|wool|woollen|overcoat)\b", re.I)  # a long wool jacket is a coat
_DENIM_NAME = re.compile(r"\b(?:denim|jean|jeans|chambray)\b", re.I)
_KNIT_NAME = re.compile(r"\b(?:knit|knitted|sweater|jumper|wool|woollen)\b", re.I)
_SPARKLE_NAME = re.compile(r"\b(?:sparkle|sparkling|glitter|sequins?|sequined|crystals?|diamonds?|bling|stardust|"
                           r"prism|zircons?|rhinestones?|studded|beads?|beaded|shimmer|gems?|jewelled|jeweled|party clutch)\b", re.I)
_METALLIC_NAME = re.compile(r"\b(?:metal|metallic|gun ?metal|silver|gold|golden|bronze|copper|patent|glossy|satin)\b", re.I)
_TEAM_KIT_NAME = re.compile(r"\b(?:jersey|fan ?gear|fangear|supporters?|fc|united|team|club|kkr|royals|"
                            r"super kings|daredevils|chargers|indians)\b", re.I)
_HOOD_NAME = re.compile(r"\b(?:hood|hoods|hoodie|hoodies|hoody|hooded)\b", re.I)
_CROP_NAME = re.compile(r"\b(?:crop|cropped|midriff|bralette|bandeau)\b", re.I)
_FRINGE_NAME = re.compile(r"\b(?:fringe|fringed|tassels?|tasselled)\b", re.I)
_FLORAL_NAME = re.compile(r"\b(?:floral|flower|flowers|flowery|blossom|botanical)\b", re.I)
_BACKPACK_NAME = re.compile(r"\b(?:back ?packs?|rucksacks?|daypacks?)\b", re.I)
_CHINO_NAME = re.compile(r"\b(?:chinos?|khakis?)\b", re.I)
_MINI_NAME = re.compile(r"\b(?:mini|short)\b", re.I)
_CHARACTER_NAME = re.compile(r"\b(?:batman|superman|spider-?man|marvel|avengers|disney|mickey|minnie|star wars|"
                             r"looney|tom (?:and|&) jerry|simpsons|manchester united|barcelona|real madrid)\b", re.I)
_VEST_NAME = re.compile(r"\b(?:vests?|waistcoats?|gilets?|sleeveless sweaters?)\b", re.I)
_GOLD_NAME = re.compile(r"\b(?:gold|golden|gold[- ]toned?|gold[- ]plated)\b", re.I)
# "no logos": what names say carries a logo or a graphic, and the sportswear makes that print theirs large
_LOGO_NAME = re.compile(r"\b(?:logo|logos|graphic|graphics|typography|slogan|text|printed|print|nike|adidas|puma|reebok|"
                        r"fila|lotto|kappa|converse|u\.?s\.? polo|superdry|jordan|air force)\b", re.I)
FEATURES = {
    # "ugh no florals": any garment its name says has flowers on it
    "floral": ("top", lambda i: i.slot in ("top", "bottom", "onepiece", "outerwear") and bool(_FLORAL_NAME.search(i.name))),
    # "no fringe please": any piece its name says has fringe or tassels
    "fringe": ("top", lambda i: bool(_FRINGE_NAME.search(i.name))),
    # "no crop tops pls": a top its name says is cropped
    "crop": ("top", lambda i: i.slot == "top" and bool(_CROP_NAME.search(i.name))),
    # "no team jerseys", "유니폼은 안 입어": a club's or a team's shirt
    "team_kit": ("top", lambda i: i.slot == "top" and bool(_TEAM_KIT_NAME.search(i.name))),
    "puffer": ("outerwear", lambda i: i.slot == "outerwear" and (bool(_PUFFER_NAME.search(i.name)) or (
        traits_of(i).kind == "jacket" and traits_of(i).warmth == "heavy" and not _COAT_NAME.search(i.name)))),
    # "롱패딩 제외": a padded coat its name says is long (a short padded jacket or a wool coat stays)
    "long_puffer": ("outerwear", lambda i: i.slot == "outerwear" and bool(_PUFFER_NAME.search(i.name))
                    and bool(_LONG_NAME.search(i.name))),
    # "no long jackets, they get caught in the wheels": a layer its name says is long, or a coat (a short jacket,
    # a blazer or a cardigan stays)
    "long_layer": ("outerwear", lambda i: i.slot == "outerwear" and (traits_of(i).kind == "coat"
                                                                    or bool(_LONG_LAYER_NAME.search(i.name)))),
    # "no turtlenecks": a top its name says has a high neck (crewneck and v-neck knits stay)
    "turtleneck": ("top", lambda i: i.slot in ("top", "onepiece") and bool(_TURTLENECK_NAME.search(i.name))),
    # "로퍼 말고": shoes their names say are loafers or moccasins (derbies and trainers stay)
    "loafer": ("shoes", lambda i: i.slot == "shoes" and bool(_LOAFER_NAME.search(i.name))),
    # "no cargo pants", "카고바지 말고": trousers or shorts their names say are cargos (plain trousers stay)
    "cargo": ("bottom", lambda i: i.slot == "bottom" and bool(_CARGO_NAME.search(i.name))),
    # "anything except khakis": trousers their names say are chinos or khaki (jeans and dress trousers stay)
    "chino": ("bottom", lambda i: i.slot == "bottom" and traits_of(i).kind == "trousers" and bool(_CHINO_NAME.search(i.name))),
    # "skip the mini skirt": a skirt or a dress its name says is short (a midi or a maxi stays)
    "mini": ("bottom", lambda i: i.slot in ("bottom", "onepiece") and traits_of(i).kind in ("skirt", "dress")
             and bool(_MINI_NAME.search(i.name))),
    # "no track pants", "츄리닝 말고": trousers their names say are track pants or joggers (plain trousers stay)
    "track": ("bottom", lambda i: i.slot == "bottom" and bool(_TRACK_NAME.search(i.name))),
    # "skip the bow tie": a tie its name says is a bow (a long tie stays)
    "bow_tie": ("accessory", lambda i: traits_of(i).kind == "tie" and bool(_BOW_NAME.search(i.name))),
    # "no hoodies pls": a top or a jacket its name says has a hood
    "hoodie": ("top", lambda i: i.slot in ("top", "outerwear") and bool(_HOOD_NAME.search(i.name))),
    # a silver clutch or a gold necklace shines too; a steel watch is only a watch
    # "nothing with a collar": shirts and polos, and any top its name says has one
    "collar": ("top", lambda i: i.slot == "top" and (traits_of(i).kind in ("shirt", "polo") or "collar" in i.name.lower())),
    "knit_dress": ("onepiece", lambda i: i.slot == "onepiece" and bool(_KNIT_NAME.search(i.name))),
    # "not a denim jacket": only the jackets their names say are denim; the others stay
    "denim_jacket": ("outerwear", lambda i: i.slot == "outerwear" and bool(_DENIM_NAME.search(i.name))),
    # "no graphic tees": tops whose names say a print, a logo or a character (a plain tee stays)
    "graphic_tee": ("top", lambda i: i.slot == "top" and traits_of(i).kind in ("tshirt", "sweatshirt", "tank")
                    and bool(_LOGO_NAME.search(i.name) or _CHARACTER_NAME.search(i.name))),
    # "니트조끼 없이": a knit or a layer its name says has no sleeves (the sweaters with sleeves stay)
    "vest": ("top", lambda i: i.slot in ("top", "outerwear") and bool(_VEST_NAME.search(i.name))),
    # "no backpacks": only the bags their names say are backpacks; a handbag or a crossbody takes their place
    "backpack": ("accessory", lambda i: traits_of(i).kind == "bag" and bool(_BACKPACK_NAME.search(i.name))),
    # "로고 있는 건 제외", "no logos": clothes, shoes and bags whose names say a logo or a graphic, or a sports maker
    "logo": ("top", lambda i: (i.slot != "accessory" or traits_of(i).kind == "bag")
             and bool(_LOGO_NAME.search(i.name))),
    # "no gold jewellery, I only wear silver": any piece its name says is gold (silver and steel stay)
    "gold": ("accessory", lambda i: bool(_GOLD_NAME.search(i.name))),
    # ("i cant stand anything shiny": silver flats and gun-metal ballerinas shine as much as a clutch)
    "sparkle": ("accessory", lambda i: bool(_SPARKLE_NAME.search(i.name)) or _shines(i)),
}


def _shines(item: Item) -> bool:
    """Metal jewellery, and shoes or a bag of metal by colour or by name (a silver clutch, gun-metal flats)."""
    metallic, kind = item.color_family == "metallic", traits_of(item).kind
    if kind == "jewellery":
        return metallic
    return (item.slot == "shoes" or kind == "bag") and (metallic or bool(_METALLIC_NAME.search(item.name)))


def slot_of_excluded(entry: str) -> str:
    """The slot a ruled-out kind, piece or feature lives in."""
    kind = excluded_kind(entry)  # (a part of the look stands for its kinds: "top:white")
    return FEATURES[kind][0] if kind in FEATURES else KIND_TO_SLOT.get(kind, kind)


def ruled_out_colours(families: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for family in families for f in (family, *NEIGHBOUR_FAMILIES.get(family, ()))))


def ruled_out_piece(kind: str, colour: str) -> str:
    """A kind ruled out in one colour only ("no black shoes")."""
    return f"{kind}:{colour}"


def excluded_kind(entry: str) -> str:
    """The kind of a ruled-out kind or piece ("shoes:black" -> "shoes")."""
    return entry.partition(":")[0]


def excluded_colour(entry: str) -> str | None:
    """The colour of a ruled-out piece; None for a whole kind."""
    return entry.partition(":")[2] or None


# What else goes when a kind is ruled out: "원피스 빼고", "no dresses" wants separates, not a romper instead.
GOES_WITH = {"dress": ("jumpsuit",)}


def ruled_out_kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    """With the narrower kinds each takes with it ("jacket:black" takes "blazer:black"), and what goes
    with it (a dress takes the jumpsuit)."""
    wide = []
    for entry in kinds:
        kind, colour = excluded_kind(entry), excluded_colour(entry)
        wide += [k if colour is None else ruled_out_piece(k, colour)
                 for k in (kind, *NARROWER_KINDS.get(kind, ()), *GOES_WITH.get(kind, ()))]
    return tuple(dict.fromkeys(wide))


@lru_cache(maxsize=256)
def _words(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, terms)) + r")\b", re.I) if terms else None


def shows_colour(item: Item, families: Sequence[str]) -> bool:
    """Of a ruled-out colour by its family or its name ("no black": no "Black Dial Watch" filed as steel)."""
    wide = ruled_out_colours(families)
    pattern = _words(wide)
    return item.color_family in wide or bool(pattern and pattern.search(item.name))


# Kinds a person may well call by another's name ("셔츠" of a polo or a tee, "shoes" of trainers, "jacket" of a blazer)
NEAR_KINDS = {"shirt": ("polo", "tshirt", "blouse", "longsleeve"), "tshirt": ("polo", "shirt", "longsleeve", "tank"),
              "blouse": ("shirt", "tshirt", "top"), "top": ("blouse", "tshirt", "shirt", "tank"),
              "shoes": ("sneakers", "flats", "heels", "boots", "sandals"), "sneakers": ("shoes",),
              "jacket": ("blazer", "coat", "cardigan"), "coat": ("jacket", "cardigan", "blazer"), "blazer": ("jacket", "coat"), "cardigan": ("jacket", "sweater"),
              "trousers": ("jeans", "track", "chino"), "jeans": ("trousers",), "sweater": ("sweatshirt", "cardigan"),
              "sweatshirt": ("sweater",), "flats": ("shoes", "sneakers")}


def is_named_kind(item: Item, kinds: Sequence[str]) -> bool:
    """Of a kind named, or of one a person may well call by that name ("the jacket" of a coat or a blazer)."""
    return is_of_kind(item, kinds) or any(traits_of(item).kind in NEAR_KINDS.get(k, ()) for k in kinds)


def is_of_kind(item: Item, kinds: Sequence[str]) -> bool:
    """Of a ruled-out kind by its label or, for the kinds names say reliably, its name; or a ruled-out
    piece: of its kind and showing its colour."""
    wide = ruled_out_kinds(kinds)
    whole = tuple(k for k in wide if excluded_colour(k) is None)
    pieces = [k for k in wide if excluded_colour(k) is not None]
    return _of_kinds(item, whole) or any(  # "black shoes": any footwear, the slot's name
        (_of_kinds(item, (excluded_kind(p),)) or item.slot == excluded_kind(p))
        and shows_colour(item, (excluded_colour(p),)) for p in pieces)


def _of_kinds(item: Item, kinds: tuple[str, ...]) -> bool:
    if any(FEATURES[k][1](item) for k in kinds if k in FEATURES):
        return True
    if item.kind in kinds:
        return True
    # (by the words of its own slot, past its maker's name: "Kraus Jeans" trousers and a "Jeans Black Belt" are
    # no jeans, and slip-on "Pumps" read as flats no heels)
    said = tuple(w for k in kinds if KIND_TO_SLOT.get(k) == item.slot and not (k == "heels" and item.kind == "flats")
                 for w in KIND_NAME_WORDS.get(k, ()))
    name = item.name[len(item.brand):] if item.brand and item.name.startswith(item.brand) else item.name
    pattern = _words(said)
    return bool(pattern and pattern.search(name))
