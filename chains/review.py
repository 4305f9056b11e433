"""A question about one look on screen: "is #2 ok for a 50 year old?", "would #1 work for a funeral?",
"2번 회사에 입고 가도 돼?". Yes, or not quite and which pieces, read with the occasion's dress code and
the stylist's rubric (pure, rules only): the looks on screen stay as they are."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import prompts
from chains.bag_size import bag_bulk
from chains.dress_code import dress_code
from chains.exclusions import is_named_kind
from chains.extract import Understanding, celsius_said, find_terms
from chains.feel import gripping, puffed
from chains.harmony import colour_partners
from chains.on_camera import on_camera
from chains.lexicon import EVENT_BRIEFS, FOLLOWUP_TERMS
from chains.rubric import Brief as RubricBrief
from chains.rubric import look_violations
from chains.verdicts import with_article
from chains.state import Outfit
from chains.weather import rain_ready
from domain.items import Item
from domain.colors import reads_dark
from domain.vocabulary import KIND_TO_SLOT, KINDS_BY_SLOT, NEUTRAL_FAMILIES, WORN_SLOTS
from domain.traits import formality_rank_of, is_printed, is_sleeveless, traits_of

# From this age a stylist steers away from pieces that read teenage; the look itself needs no age.
GROWN_UP_AGE = 40
YOUTHFUL_KINDS = frozenset({"sweatshirt", "tank", "shorts", "leggings"})
YOUTHFUL_NAME = re.compile(r"\b(?:ripped|distressed|crop(?:ped)?|graphic|neon|cartoon|slogan|printed|super[- ]?skinny|racerback)\b", re.I)
# Rubric rules worth a sentence of their own when a look is asked about (the rest are pieces' faults).
SAID_RULES = ("head_to_toe_black_at_wedding", "no_warmth_in_winter", "out_of_season_light")
WHOLE_LOOK = 3  # this many pieces out of place: the look is wrong for the occasion, not one piece

_RAIN_NAMED = re.compile(r"\b(?:rain|waterproof|poncho|windcheater|shell)\b", re.IGNORECASE)  # a layer made for rain


def review_look(lang: str, number: int, look: Outfit, heard: Understanding, occasion: str, season: str,
                gender: str | None) -> tuple[str, tuple[Item, ...]]:
    """The answer, and the pieces it finds out of place (for a quick reply that swaps one). An age is
    judged alone; an occasion (asked, else the looks' own) by its dress code and the rubric."""
    asked = asked_occasion(heard) or occasion
    context = _context(lang, heard, asked)
    if heard.asks_warm:  # "바람 많이 분다던데 1번으로 충분해?": its layer, against the cold and the wind
        return warm_enough(lang, number, look, heard.text), ()
    if heard.weather.rain:  # "would look 1 work in the rain?": the pieces that would mark or soak, named
        return _rain_ready(lang, number, look)
    if heard.asks_walkable and (shoes := next((i for i in look.items if i.slot == "shoes"), None)) is not None:
        return _walkable(lang, number, shoes, cycling=bool(_CYCLING.search(heard.text.lower())))
    if heard.feel.covered:  # "shoulders covered?": its sleeves, or the layer over them
        return _covered(lang, number, look)
    if heard.age or _YOUNG_ASKED.search(heard.text.lower()):  # ("look 2 seems a little young for me, is it?")
        # (asked outright, "too young for me? I'm 32", the pieces are looked at whatever the age)
        asked = _YOUNG_ASKED.search(heard.text.lower())
        young = youthful(look) if asked or (heard.age or 0) >= GROWN_UP_AGE else ()
        if not young:  # ("is it too young?" is answered no, not "yes, it works")
            key = "review_not_young" if _YOUNG_ASKED.search(heard.text.lower()) else "review_yes_age"
            return prompts.render(lang, key, number=number, context=context), ()
        key = "review_young_one" if len(young) == 1 and not _plural(lang, young[0]) else "review_young_many"
        problem = prompts.render(lang, key, pieces=prompts.listed(lang, [piece_in_words(lang, i) for i in young]))
        return prompts.render(lang, "review_not_quite", number=number, context=context, problems=problem), young
    if TOO_PLAIN_ASKED.search(heard.text.lower()):  # "is look 2 too plain for meeting them?"
        return _plain_or_not(lang, number, look, context)
    if TOO_DARK_ASKED.search(heard.text.lower()):  # "2번 너무 어두운가요?", "is look 2 too dark?"
        return _dark_or_not(lang, number, look)
    if (said := heard.preferences.colors or heard.preferences.avoid_colors) and TOO_MUCH_COLOUR.search(heard.text.lower()):
        return _colour_amount(lang, number, look, said[0])  # "is look 1 too much green?"
    misfits = _misfits(look, asked, season)
    rules = [r for r in look_violations(look.items, RubricBrief(asked, season, gender)) if r in SAID_RULES]
    serious = [(item, fault) for item, fault in misfits if fault != "dressy"]
    if len(serious) >= WHOLE_LOOK:  # a sweatshirt, jeans and trainers at a funeral: the look, not a piece
        faults = [fault for _, fault in serious]
        fault = "casual" if "casual" in faults else max(set(faults), key=faults.count)
        return prompts.render(lang, f"review_whole_{fault}", number=number, context=context), ()
    # ("is look 2 too stuffy with my blazer?": the worry said beside a piece is no wish, but it is what is asked)
    steps = heard.followups | {m.value for m in find_terms(heard.text.lower(), FOLLOWUP_TERMS)[0]}
    if not (serious or rules):
        dressy = [item for item, _ in misfits]
        if "less_formal" in steps and (softer := _to_soften(look, dressy, asked, season)):
            # "is #1 too formal for an art crowd?" of a look on the dressy side: yes a little, and what to soften
            return prompts.render(lang, "review_a_bit_dressy", number=number, context=context,
                                  piece=piece_in_words(lang, softer)), (softer,)
        note = prompts.render(lang, "review_dressy_note", pieces=prompts.listed(lang, [piece_in_words(lang, i) for i in dressy])) \
            if dressy else ""
        # "is look 2 too dressy?", "is it too much?", "너무 화려한가요?" are answered "no", not "yes"
        key = "review_not_too_much" if _TOO_MUCH_ASKED.search(heard.text.lower()) else \
            "review_not_too_dressy" if "less_formal" in steps else \
            "review_not_too_casual" if "more_formal" in steps else "review_yes"
        pieces = prompts.listed(lang, [piece_in_words(lang, i) for i in _main_pieces(look) if i not in dressy])
        if not pieces:  # (every main piece on the dressy side: said by the note, not claimed right in the same breath)
            return prompts.render(lang, "review_yes_plain", number=number, context=context) + note, ()
        return prompts.render(lang, key, number=number, context=context, pieces=pieces) + note, ()
    problems = [prompts.render(lang, f"review_piece_{fault}", piece=piece_in_words(lang, item),
                               be="are" if _plural(lang, item) else "is") for item, fault in serious]
    problems += [prompts.render(lang, f"review_rule_{rule}") for rule in rules]
    text = prompts.render(lang, "review_not_quite", number=number, context=context, problems=prompts.listed(lang, problems))
    return text, tuple(item for item, _ in serious)


def compare_looks(lang: str, numbers: tuple[int, ...], looks: tuple[Outfit, ...], occasion: str, season: str,
                  gender: str | None) -> str:
    """"1번이랑 2번 중에 뭐가 나아?", "which one of these would be ok for lunch?": the look with fewer faults
    for the occasion, else the one whose formality sits nearer what the occasion aims at, and why (beside
    the runner-up)."""
    faults = {n: _faults(lang, looks[n - 1], occasion, season, gender) for n in numbers}
    pick, other = sorted(numbers, key=lambda n: (len(faults[n]), _off_target(looks[n - 1], occasion, season)))[:2]
    place = prompts.label(lang, "occasion", occasion)
    if len(faults[pick]) < len(faults[other]):
        return prompts.render(lang, "compare_pick_faults", pick=pick, other=other, occasion=place,
                              problems=prompts.listed(lang, faults[other][:2]), pick_pieces=_pieces_said(lang, looks[pick - 1]))
    # (each look named by its main pieces; the runner-up said to be the more relaxed or the more dressed one)
    lean = "relaxed" if _dressed(looks[other - 1]) < _dressed(looks[pick - 1]) else "dressed"
    key = "compare_pick_closer" if len(numbers) == 2 else "compare_pick_closest"
    return prompts.render(lang, key, pick=pick, other=other, occasion=place, lean=prompts.render(lang, f"compare_lean_{lean}"),
                          pick_pieces=_pieces_said(lang, looks[pick - 1]), other_pieces=_pieces_said(lang, looks[other - 1]))


def _pieces_said(lang: str, look: Outfit) -> str:
    return prompts.listed(lang, [piece_in_words(lang, i) for i in _main_pieces(look)])


def _dressed(look: Outfit) -> float:
    """How dressed the look's worn pieces read, on average."""
    ranks = [formality_rank_of(i) for i in look.items if i.slot in WORN_SLOTS]
    return sum(ranks) / len(ranks) if ranks else 0.0


def _faults(lang: str, look: Outfit, occasion: str, season: str, gender: str | None) -> list[str]:
    """What is out of place in the look for the occasion, each said as a phrase."""
    pieces = [prompts.render(lang, f"review_piece_{fault}", piece=piece_in_words(lang, item),
                             be="are" if _plural(lang, item) else "is")
              for item, fault in _misfits(look, occasion, season) if fault != "dressy"]
    rules = [prompts.render(lang, f"review_rule_{rule}")
             for rule in look_violations(look.items, RubricBrief(occasion, season, gender)) if rule in SAID_RULES]
    return pieces + rules


def _off_target(look: Outfit, occasion: str, season: str) -> float:
    """How far the look's worn pieces sit, on average, from the formality the occasion aims at."""
    worn = any(i.slot in WORN_SLOTS for i in look.items)
    return abs(_dressed(look) - dress_code(occasion, season).target) if worn else 0.0


def _covered(lang: str, number: int, look: Outfit) -> tuple[str, tuple[Item, ...]]:
    """A layer covers the shoulders; a sleeveless piece does not (offered a swap); else sleeves by its name, which
    the catalogue does not measure."""
    # (a coat comes off indoors: a blazer, a jacket or a cardigan is the layer kept on through a service)
    layer = next((i for i in look.items if i.slot == "outerwear" and traits_of(i).kind != "coat"), None)
    bare = tuple(i for i in look.items if i.slot in ("top", "onepiece") and is_sleeveless(i))
    if layer is not None:
        return prompts.render(lang, "review_covered_layer", number=number, piece=piece_in_words(lang, layer)), ()
    if bare:
        return prompts.render(lang, "review_covered_bare", number=number, piece=piece_in_words(lang, bare[0])), bare
    main = next((i for i in look.items if i.slot in ("onepiece", "top")), None)
    return prompts.render(lang, "review_covered_sleeves", number=number,
                          piece=piece_in_words(lang, main) if main else ""), ()


def piece_beside(look: Outfit, about: Sequence[str], asked: str) -> Item | None:
    """The piece of the look a colour is asked beside: the one named ("the blazer in look 2"), or for a shirt
    asked of the whole look ("what color shirt goes with look 3?") the layer or the bottom it goes under."""
    if about:
        piece = worn_piece_named(look, about[0])
    elif asked in SHIRT_KINDS:
        piece = next((i for slot in ("outerwear", "bottom") for i in look.items if i.slot == slot), None)
    else:
        return None
    return piece if piece is not None and piece.kind != asked else None


def worn_piece_named(look: Outfit, kind: str) -> Item | None:
    """The piece of the look a kind names: its own, or for a layer named otherwise ("the coat in look 2" of a
    look that wears a blazer) the layer it wears."""
    own = [i for i in look.items if i.kind == kind]
    if own or KIND_TO_SLOT.get(kind) != "outerwear":
        return own[0] if own else None
    return next((i for i in look.items if i.slot == "outerwear"), None)


# The shirt colours that go under any tailoring colour (a red or a brown shirt under a navy jacket does not)
SHIRT_STAPLES = ("white", "blue", "pink", "grey", "beige")
SHIRT_KINDS = frozenset({"shirt", "blouse"})


def _partners_beside(asked: str, piece: Item) -> tuple[str, ...]:
    if asked in SHIRT_KINDS and piece.slot in ("outerwear", "bottom"):
        return tuple(c for c in SHIRT_STAPLES if c != piece.color_family)[:4]
    return colour_partners(piece.color_family)


def colour_beside(lang: str, number: int, look: Outfit, asked: str, piece: Item) -> tuple[str, tuple[Item, ...]]:
    """"What color shirt goes with the blazer in look 2?": the colours for a shirt beside that blazer, and
    whether the shirt the look wears now is one of them (if not, it is the piece to swap)."""
    partners = _partners_beside(asked, piece)
    label = prompts.label(lang, "kind", asked)
    text = prompts.render(lang, "review_colour_beside", number=number, piece=piece_in_words(lang, piece), kind=label,
                          partners=prompts.listed(lang, [prompts.label(lang, "color_family", c) for c in partners],
                                                  "or_join"))
    part = KIND_TO_SLOT.get(asked)  # (the piece worn where the asked one would go: a sweater where a shirt is asked)
    now = next((i for i in look.items if i.kind == asked or (part != "accessory" and i.slot == part)), None)
    if now is None:
        return text, ()
    family = now.color_family
    if family in partners:
        key = "review_colour_now_fits"
    elif family in NEUTRAL_FAMILIES and family != piece.color_family:
        key = "review_colour_now_goes"
    else:
        key = "review_colour_now_other"
    return f"{text} " + prompts.render(lang, key, piece=piece_in_words(lang, now)), (now,) if key.endswith("other") else ()


# "안에 뭐 더 입을수 있나요", "what can I wear under it": a layer beneath the look, asked
_UNDER_ASKED = re.compile(r"안에\s*(?:뭐|뭘|무엇|어떤)|속에\s*(?:뭐|뭘)|(?<![가-힣])이너|\b(?:under(?:neath)?\s+(?:it|that|this|them)"
                          r"|wear under|layer under|underneath)\b", re.IGNORECASE)


def warm_enough(lang: str, number: int, look: Outfit, text: str = "") -> str:
    """Yes, with the warm layer named; or what to put over it; and what goes under it, where that is asked."""
    said = _warmth_said(lang, number, look, text)
    return f"{said} {prompts.render(lang, 'review_warm_under')}" if _UNDER_ASKED.search(text) else said


def _warmth_said(lang: str, number: int, look: Outfit, text: str) -> str:
    """A mild evening said in degrees ("drops to 55°F after sunset") asks only for a layer, which any coat or
    jacket is; a bitter cold only a padded or heavy coat keeps out."""
    degrees = celsius_said(text)
    if degrees is not None and degrees >= MILD_CELSIUS:
        layer = next((i for i in look.items if i.slot == "outerwear"), None)
        if layer is not None:
            return prompts.render(lang, "review_mild_yes", number=number, layer=piece_in_words(lang, layer))
        return prompts.render(lang, "review_mild_no", number=number)
    if degrees is not None and degrees <= BITTER_CELSIUS:
        # ("it gets to like -10": only a padded or heavy coat is warm enough, whatever else the look wears)
        coat = next((i for i in look.items if i.slot == "outerwear"), None)
        if coat is not None and (puffed(coat) or traits_of(coat).warmth == "heavy"):
            return prompts.render(lang, "review_bitter_yes", number=number, layer=piece_in_words(lang, coat),
                                  degrees=round(degrees))
        return prompts.render(lang, "review_bitter_no", number=number, degrees=round(degrees))
    if (layer := _warm_layer(look)) is not None:
        return prompts.render(lang, "review_warm_yes", number=number, layer=piece_in_words(lang, layer))
    return prompts.render(lang, "review_warm_no", number=number)


MILD_CELSIUS = 8.0  # from here up, a cool evening: a jacket or a cardigan does; below it, a warm coat
BITTER_CELSIUS = -5.0  # from here down, only a padded or heavy coat keeps the cold out


# "is look 1 ok for the synagogue part? shoulders covered?": whether it covers, asked (not "cover my arms")
COVER_ASKED = re.compile(r"\bshoulders covered\s*\?|\bcover(?:s|ed)? (?:the|my) shoulders\s*\?|어깨\S*\s*가려(?:지|질)?\S*\?")
# "is look 1 too much green?", "2번 초록색이 너무 많나요?": worried one colour takes over
TOO_MUCH_COLOUR = re.compile(r"\btoo much\s+[a-z]+\s*\??|\ba lot of\s+[a-z]+\s*\?|색이?\s*너무\s*많")
# "is look 2 too dark?", "2번 너무 어두운가요?": worried it is gloomy
TOO_DARK_ASKED = re.compile(r"\btoo\s+(?:dark|gloomy|somber|sombre)\b|너무\s*(?:어둡|어두운|어두워|칙칙|우중충)")
# "is look 2 too plain?", "too boring?", "너무 심심한가요?": worried it is dull
TOO_PLAIN_ASKED = re.compile(r"\btoo\s+(?:plain|boring|dull|basic|simple)\b|너무\s*(?:심심|밋밋|평범|수수)")
# "is look 2 too much?", "too flashy?", "너무 과한가요?", "너무 화려한가요?", "튀면 안 되는데": worried it is over the top
_TOO_MUCH_ASKED = re.compile(r"\btoo\s+(?:much|flashy|loud|over the top|bold|showy)\b|\bover the top\b|\boverkill\b"
                             r"|(?:너무|넘)\s*(?:과한|과하|화려|튀|오바|요란|꾸민|꾸며|차려\s*입)|튀면\s*안")


def _plain_or_not(lang: str, number: int, look: Outfit, context: str) -> tuple[str, tuple[Item, ...]]:
    """All neutrals and no print: a little plain, and the piece to trade for colour; else what carries it."""
    worn = [i for i in look.items if i.slot in WORN_SLOTS and i.source == "catalog"]
    lively = [i for i in worn if i.color_family not in NEUTRAL_FAMILIES or is_printed(i)]
    if lively:
        return prompts.render(lang, "review_not_plain", number=number, context=context,
                              pieces=prompts.listed(lang, [piece_in_words(lang, i) for i in lively[:2]])), ()
    top = next((i for i in worn if i.slot in ("top", "onepiece")), None)
    return prompts.render(lang, "review_a_bit_plain", number=number, context=context), (top,) if top else ()


def _colour_amount(lang: str, number: int, look: Outfit, colour: str) -> tuple[str, tuple[Item, ...]]:
    """How much of the look is in the colour: one piece is an accent; more, and the first is offered for a swap."""
    kin = {colour, *SEEN_AS.get(colour, ())}  # ("too much green?" of olive cargos: the olive is the green meant)
    worn = [i for i in look.items if i.slot in WORN_SLOTS and i.source == "catalog" and i.color_family in kin]
    named = prompts.label(lang, "color_family", colour)
    if not worn:
        return prompts.render(lang, "review_colour_none", number=number, colour=named), ()
    pieces = prompts.listed(lang, [piece_in_words(lang, i) for i in worn])
    if len(worn) == 1:
        return prompts.render(lang, "review_colour_accent", number=number, pieces=pieces), ()
    return prompts.render(lang, "review_colour_much", number=number, pieces=pieces, colour=named), (worn[0],)


SEEN_AS = {"green": ("olive", "teal"), "red": ("maroon",), "pink": ("peach",), "blue": ("navy", "teal"), "brown": ("tan",)}


def _dark_or_not(lang: str, number: int, look: Outfit) -> tuple[str, tuple[Item, ...]]:
    """Every piece of clothing dark: a little, and the top to lighten (for a swap); else the light pieces named."""
    worn = [i for i in look.items if i.slot in ("top", "bottom", "onepiece", "outerwear") and i.source == "catalog"]
    light = [i for i in worn if not reads_dark(i.color, i.color_family)]
    if light:
        return prompts.render(lang, "review_not_dark", number=number,
                              pieces=prompts.listed(lang, [piece_in_words(lang, i) for i in light[:2]])), ()
    top = next((i for i in worn if i.slot in ("top", "onepiece")), None)
    return prompts.render(lang, "review_a_bit_dark", number=number), (top,) if top else ()


def piece_darkness(lang: str, looks: Sequence[Outfit], kinds: Sequence[str],
                   number: int | None = None) -> tuple[str, tuple[Item, ...]] | None:
    """"자켓 색이 너무 어두운가요?", "is the jacket in look 2 too dark?": each look that wears that piece (or one a
    person calls by its name), whether it is dark and whether the rest of the look lightens it; None where no look
    on screen wears it. The pieces dark in an all-dark look are offered for a swap."""
    shown = [(n, o) for n, o in enumerate(looks, 1) if number is None or n == number]
    worn = [(n, o, i) for n, o in shown for i in o.items if i.source == "catalog" and is_named_kind(i, kinds)]
    if not worn:
        return None
    lines, heavy = [], []
    for n, look, piece in worn:
        light = [i for i in look.items if i.slot in ("top", "bottom", "onepiece", "outerwear")
                 and not reads_dark(i.color, i.color_family)]
        if not reads_dark(piece.color, piece.color_family):
            lines.append(prompts.render(lang, "piece_not_dark", number=n, piece=piece_in_words(lang, piece)))
        elif light:
            lines.append(prompts.render(lang, "piece_dark_lifted", number=n, piece=piece_in_words(lang, piece),
                                        light=piece_in_words(lang, light[0])))
        else:
            lines.append(prompts.render(lang, "piece_dark_heavy", number=n, piece=piece_in_words(lang, piece)))
            heavy.append(piece)
    return " ".join(lines), tuple(heavy)


def weather_of_looks(lang: str, looks: Sequence[Outfit], heard: Understanding) -> tuple[str, tuple[Item, ...]]:
    """"Will I be cold up there?", "are these ok in the rain?" of every look: which are ready and which are not,
    in one line each, and the pieces that fall short (for swaps)."""
    if heard.asks_warm and heard.preferences.season in ("spring", "summer"):
        # ("5월 말인데 밤에 춥나요?": a cool evening, not winter: any layer to put on will do, no coat asked for)
        ready = [n for n, o in enumerate(looks, 1) if any(i.slot == "outerwear" for i in o.items)]
        key = "review_mild"
    elif heard.asks_warm:
        ready = [n for n, o in enumerate(looks, 1) if _warm_layer(o) is not None]
        key = "review_warm"
    else:
        ready = [n for n, o in enumerate(looks, 1) if all(rain_ready(i) for i in o.items if i.source == "catalog")]
        key = "review_rain"
    short = [n for n in range(1, len(looks) + 1) if n not in ready]
    parts = [_numbered(lang, f"{key}_ready", ready)] if ready else []
    parts += [_numbered(lang, f"{key}_short", short)] if short else []
    wet = () if heard.asks_warm else tuple(i for n in short for i in looks[n - 1].items
                                           if i.source == "catalog" and not rain_ready(i))
    return " ".join(parts), wet


LAPTOP_BULK = 3  # (chains/bag_size.py: a bag that carries a laptop)

# Fabrics a piece's name may say, in the order they are looked for ("Stretch Denim Jeans": stretch denim)
MATERIALS = ("stretch", "linen", "cotton", "denim", "polyester", "wool", "viscose", "rayon", "knit", "leather",
             "satin", "chiffon", "silk", "jersey", "corduroy", "fleece", "nylon", "chambray")
_MATERIAL = re.compile(r"\b(" + "|".join(MATERIALS) + r")", re.IGNORECASE)


# Standing water, not only rain: "ok in puddles?", "the streets flood", "물웅덩이", "침수"
_STANDING_WATER = re.compile(r"\bpuddles?\b|\bflood\w*|물웅덩이|웅덩이|침수|물\s*고인|물에\s*잠")


def property_answer(lang: str, looks: Sequence[Outfit], heard: Understanding,
                    occasion: str | None = None) -> tuple[str, tuple[Item, ...]]:
    """"Are the boots in look 2 waterproof?", "will i sweat in look 3?", "is look 1 ok if it's freezing on the
    plane?", "1번 셔츠 구김 잘 가요?": what the pieces are can answer in part; what the catalogue does not list
    (a membrane, a weave) is said plainly. The looks stay as they are."""
    number = heard.target_look
    chosen = [(number, looks[number - 1])] if number else list(enumerate(looks, 1))
    asked = heard.asks_property
    if asked == "cold":
        warm = replace(heard, asks_warm=True)
        return (warm_enough(lang, number, looks[number - 1], heard.text), ()) if number \
            else weather_of_looks(lang, looks, warm)
    pointed = [i for _, look in chosen for i in look.items if i.source == "catalog"
               and (i.slot in heard.slots or traits_of(i).kind in heard.kinds)]
    if asked == "rain" and number and pointed:  # "are the boots in look 2 waterproof?": those boots
        piece = pointed[0]
        if piece.slot == "outerwear":  # "is the jacket in look 1 waterproof or just water resistant?"
            key = "property_rain_layer_named" if _RAIN_NAMED.search(piece.name) else "property_rain_layer"
            return prompts.render(lang, key, piece=piece_in_words(lang, piece)), ()
        key = "property_rain_piece_yes" if rain_ready(piece) else "property_rain_piece_no"
        if key.endswith("yes") and piece.slot == "shoes" and _STANDING_WATER.search(heard.text.lower()):
            key = "property_rain_piece_flood"  # (a shower is one thing, ankle-deep water another)
        return prompts.render(lang, key, piece=piece_in_words(lang, piece)), () if rain_ready(piece) else (piece,)
    if asked == "rain":
        lead = prompts.render(lang, "property_rain_unknown")
        text, wet = _rain_ready(lang, number, looks[number - 1]) if number \
            else weather_of_looks(lang, looks, replace(heard, asks_warm=False))
        return f"{lead} {text}", wet
    if asked == "heat" and (layers := _layers_asked(chosen, heard)):
        return _layer_heat(lang, layers, celsius_said(heard.text)), ()
    if asked == "heat":
        return _cool_enough(lang, chosen)
    if asked == "capacity":  # "그 가방 노트북 들어가요?": a tote or a backpack carries one; a clutch does not
        bags = [(n, i) for n, o in chosen for i in o.items if traits_of(i).kind == "bag"]
        if not bags:
            return prompts.render(lang, "property_no_bag"), ()
        small = tuple(i for _, i in bags if bag_bulk(i) < LAPTOP_BULK)
        keys = {LAPTOP_BULK: "property_laptop_yes", LAPTOP_BULK - 1: "property_laptop_maybe"}
        return " ".join(prompts.render(lang, keys.get(min(bag_bulk(i), LAPTOP_BULK), "property_laptop_no"),
                                       number=n, piece=piece_in_words(lang, i)) for n, i in bags), small
    if asked == "grip":  # "2번 신발 미끄럼 방지 되는거예요?": boots and outdoor soles hold; smooth soles do not
        shoes = [(n, i) for n, o in chosen for i in o.items if i.slot == "shoes" and i.source == "catalog"]
        slippery = tuple(i for _, i in shoes if not gripping(i))
        parts = [prompts.render(lang, "property_grip_yes" if gripping(i) else "property_grip_no", number=n,
                                piece=piece_in_words(lang, i)) for n, i in shoes]
        return " ".join([prompts.render(lang, "property_sole_unknown"), *parts]), slippery
    if asked == "pockets":
        return _pockets_said(lang, chosen), ()
    if asked == "photo":  # "will look 1 photograph well?": the piece near the face, as a camera sees it
        return on_camera(lang, chosen, heard.preferences.occasion or occasion, lambda item: piece_in_words(lang, item),
                         heard.text), ()
    if asked == "stains":  # "will red wine stains show?": light colours show a spill, dark ones and prints hide it
        return _stains_said(lang, chosen, heard)
    if asked == "leg":  # "2번 바지 밑단 넓어요?": what the names say of the leg
        return _leg_said(lang, chosen), ()
    if asked == "waist":  # "1번 원피스 허리 라인 들어가는거 맞죠?": not listed; what flatters the tummy instead
        return prompts.render(lang, "property_waist"), ()
    if asked == "length":  # "is the blazer long enough to cover my hips?", "3번 치마 너무 짧나?"
        return _length_answer(lang, looks, chosen, heard, pointed), ()
    lead = ""
    if number and heard.kinds and not any(traits_of(i).kind in heard.kinds for i in pointed):
        # ("what's the shirt in look 2 made of?" of a sweater: that sweater, and the look said as it is)
        slot = KIND_TO_SLOT.get(heard.kinds[0])
        pointed = [i for i in looks[number - 1].items if i.slot == slot and i.source == "catalog"]
        lead = prompts.render(lang, "property_piece_is", number=number,
                              worn=with_article(lang, pointed[0].kind, piece_in_words(lang, pointed[0])),
                              kind=with_article(lang, heard.kinds[0], prompts.label(lang, "kind", heard.kinds[0]))) \
            + " " if pointed else ""
    aspect = next((name for name, words in _FABRIC_ASPECTS.items() if words.search(heard.text)), None)
    if aspect == "flame":  # a knit near the flame: the rule, and how to ask for a shirt in its place (a plain
        # swap would bring another knit)
        knit = next(((n, i) for n, look in chosen for i in look.items if i.source == "catalog"
                     and traits_of(i).kind in _KNITS and (i in pointed or not pointed)), None)
        swap = [prompts.render(lang, "property_flame_swap", number=knit[0], kind=prompts.label(lang, "kind", knit[1].kind))] \
            if knit else []
        return " ".join([prompts.render(lang, "property_fabric_flame"), *swap]), ()
    # (how it sits, sheds or holds its black is said whole by the aspect, the catalogue's silence with it)
    said = lead.strip() if aspect in _ASPECTS_SAID_WHOLE else \
        lead + _fabric_said(lang, pointed or [i for _, look in chosen for i in look.items if i.slot in CLOTHES])
    return (f"{said} {prompts.render(lang, f'property_fabric_{aspect}')}".strip() if aspect else said), ()


# What a fabric question is about, where the catalogue cannot say: creasing, stretch, wear (a stylist's rule each)
_FABRIC_ASPECTS = {
    "metal": re.compile(r"metal detector|\bdetectors?\b|airport security|금속\s*탐지|탐지기", re.IGNORECASE),
    "flame": re.compile(r"bunsen|flames?\b|near (?:the |a )?fire|불\s*(?:가까이|근처)", re.IGNORECASE),
    "wet": re.compile(r"젖으면\s*(?:\S+\s*)?(?:비치|비쳐|속이)|see[- ]?through[^.?!]*wet|wet[^.?!]*see[- ]?through", re.IGNORECASE),
    "knees": re.compile(r"무릎\s*(?:이\s*)?(?:튀어\s*)?나오|\bbag(?:gy|s)? (?:out )?at the knees?|knees? bag", re.IGNORECASE),
    "seated": re.compile(r"bunch|rides? up|when (?:you|i) sit|앉으면|앉았을", re.IGNORECASE),
    "sweat": re.compile(r"\bsweat(?!er|shirt|pants)|hyperhidrosis|땀", re.IGNORECASE),
    "pet_hair": re.compile(r"(?:dog|cat|pet)\s+hair|\bfur\b|개털|강아지\s*털|고양이\s*털|털\s*(?:이\s*)?안\s*붙|털\s*(?:이\s*)?붙", re.IGNORECASE),
    "shedding": re.compile(r"\bshed|털\s*(?:이\s*)?(?:많이\s*)?빠|털빠", re.IGNORECASE),
    "dye": re.compile(r"true black|washed black|faded|물\s?빠|색\s?빠|이염", re.IGNORECASE),
    "creases": re.compile(r"wrinkl|crease|\biron(?:ing|ed)?\b|구김|주름|다림질|다리미|안 다려", re.IGNORECASE),
    "stretch": re.compile(r"stretch|스판|신축성|늘어나", re.IGNORECASE),
    "tough": re.compile(r"survive|hold up|stand up to|durable|snag|튼튼|해지|버티|뜯", re.IGNORECASE),
    "pilling": re.compile(r"\bpill(?:s|ing)?\b|bobbl|보풀", re.IGNORECASE),
    "washing": re.compile(r"\bwash|dry[- ]clean|세탁|빨래|드라이", re.IGNORECASE),
}


_KNITS = frozenset({"sweater", "cardigan", "sweatshirt"})  # what may be brushed or fluffy
_ASPECTS_SAID_WHOLE = frozenset({"metal", "wet", "knees", "seated", "shedding", "dye", "sweat", "pet_hair"})


# Kinds that nearly always have pockets (trousers, jackets, a hoodie's pouch) and those that mostly do not
POCKETED_KINDS = frozenset({"trousers", "jeans", "shorts", "jacket", "coat", "blazer", "sweatshirt"})


def _pockets_said(lang: str, chosen: Sequence[tuple[int, Outfit]]) -> str:
    """"Does look 3 have pockets?": the catalogue lists none, so by the kind of piece: trousers and jackets
    have them; a dress, a skirt or leggings mostly not, and then the look's bag carries the phone."""
    parts = [prompts.render(lang, "property_pockets_unknown")]
    for number, look in chosen:
        pocketed = [i for i in look.items if traits_of(i).kind in POCKETED_KINDS]
        parts.append(prompts.render(lang, "property_pockets_yes", number=number,
                                    pieces=prompts.listed(lang, [piece_in_words(lang, i) for i in pocketed])) if pocketed
                     else prompts.render(lang, "property_pockets_no", number=number))
    return " ".join(parts)


def _layers_asked(chosen: Sequence[tuple[int, Outfit]], heard: Understanding) -> list[tuple[int, Item]]:
    """The layers a heat question is about: the one it names ("is the blazer in look 2 gonna be hot?"), or their
    own coat worn in every look ("is it too warm for a 2 hour walk?" of the camel coat they built around)."""
    layers = [(n, i) for n, o in chosen for i in o.items if i.slot == "outerwear"]
    if "outerwear" in heard.slots or set(heard.kinds) & set(KINDS_BY_SLOT["outerwear"]):
        return layers
    own = {i.id for _, i in layers if i.source != "catalog"}
    return layers if len(own) == 1 and len(layers) == len(chosen) and all(i.id in own for _, i in layers) else []


COOL_DAY_C = 17  # at or below, a warm coat is what the day wants (it comes open on a long walk)


def _layer_heat(lang: str, layers: list[tuple[int, Item]], celsius: float | None) -> str:
    """The layer is what runs warm: worn open and taken off when they warm up (a light one hardly matters); at a
    cool temperature said ("if it's like 55 degrees"), a warm coat is right for it."""
    said, seen = [], set()
    for number, layer in layers:
        if layer.id in seen:
            continue  # (their own coat, in every look: said once)
        seen.add(layer.id)
        warm = traits_of(layer).warmth in ("warm", "heavy") or layer.kind in ("coat", "puffer") \
            or "wool" in layer.name.lower()
        key = "property_heat_layer_light" if not warm else "property_heat_layer_cool_day" \
            if celsius is not None and celsius <= COOL_DAY_C else "property_heat_layer"
        piece = prompts.render(lang, "own_named", name=layer.name.lower() if lang == "en" else layer.name) \
            if layer.source != "catalog" else prompts.render(lang, "the_piece", piece=piece_in_words(lang, layer))
        text = prompts.render(lang, key, piece=piece, number=number, degrees=round(celsius) if celsius is not None else "")
        said.append(text[:1].upper() + text[1:])
    return " ".join(said)


WARM_OWN_KINDS = frozenset({"sweater", "sweatshirt", "cardigan"})  # (their own pieces the catalogue has no warmth for)
SPILL_SHOWING = frozenset({"white", "beige", "cream", "yellow", "pink"})  # (the families a spill shows on)


# "관리 어케함", "how do I keep them clean?": how to look after light shoes, asked beside the stains
_CARE_ASKED = re.compile(r"관리|세척|닦|\bclean\b|\bcare\b|keep (?:them|it) (?:white|clean)", re.IGNORECASE)


def _stains_said(lang: str, chosen: Sequence[tuple[int, Outfit]], heard: Understanding) -> tuple[str, tuple[Item, ...]]:
    """The pieces in light colours, look by look, that would show a spill (the quick reply swaps one); the shoes
    where they are what is asked ("3번 신발 흰색이면 금방 더러워지나요"), and how to keep them clean where asked."""
    parts, light = [prompts.render(lang, "property_stains_rule")], []
    parts_asked = ("shoes",) if "shoes" in heard.slots else CLOTHES
    if "shoes" in heard.slots and _CARE_ASKED.search(heard.text):
        parts.append(prompts.render(lang, "property_stains_shoe_care"))
    for number, look in chosen:
        showing = [i for i in look.items if i.slot in parts_asked and i.color_family in SPILL_SHOWING]
        light += showing
        parts.append(prompts.render(lang, "property_stains_show", number=number,
                                    pieces=prompts.listed(lang, [piece_in_words(lang, i) for i in showing])) if showing
                     else prompts.render(lang, "property_stains_hide", number=number))
    return " ".join(parts), tuple(light)


_LEG_CUTS = (("wide", re.compile(r"\b(?:wide|palazzo|flare[ds]?|boot ?cut|relaxed|loose|baggy)\b", re.I)),
             ("slim", re.compile(r"\b(?:skinny|slim|tapered|jeggings?|leggings?|cigarette)\b", re.I)),
             ("straight", re.compile(r"\b(?:straight|regular)\b", re.I)))


def _leg_said(lang: str, chosen: Sequence[tuple[int, Outfit]]) -> str:
    """The leg of each look's trousers, as its name says it (the catalogue lists no cuts): wide, slim or straight."""
    parts = []
    for number, look in chosen:
        for item in (i for i in look.items if i.slot == "bottom"):
            cut = next((c for c, words in _LEG_CUTS if words.search(item.name)), None)
            key = "property_leg" if cut else "property_leg_unknown"
            parts.append(prompts.render(lang, key, number=number, piece=piece_in_words(lang, item),
                                        cut=prompts.label(lang, "leg_cut", cut) if cut else ""))
    return " ".join(parts) or prompts.render(lang, "property_leg_none")


# What a name says of a piece's length (the catalogue lists none): "Forever New Women Long Black Jacket" is long
_LONG_NAME = re.compile(r"\b(?:long|longline|maxi|midi|full length|ankle length)\b", re.IGNORECASE)
_SHORT_NAME = re.compile(r"\b(?:mini|short|cropped|crop)\b", re.IGNORECASE)
_LENGTH_PARTS = ("onepiece", "bottom", "outerwear")  # (where a length is asked of, when no piece is named)


def _length_answer(lang: str, looks: Sequence[Outfit], chosen: Sequence[tuple[int, Outfit]], heard: Understanding,
                   pointed: Sequence[Item]) -> str:
    """The length of the piece asked about; where the look wears no such piece ("3번 치마 너무 짧나?" of trousers,
    "2번 상의 크롭 기장이에요?" of a dress), what it wears there instead, and that one's length."""
    number = heard.target_look
    if not number or pointed or not (heard.kinds or heard.slots):
        return _length_said(lang, chosen, pointed)
    slot = KIND_TO_SLOT.get(heard.kinds[0]) if heard.kinds else heard.slots[0]
    look = looks[number - 1]
    worn = next((i for i in look.items if i.slot == slot), None) or (
        next((i for i in look.items if i.slot == "onepiece"), None) if slot in ("top", "bottom") else None)
    # ("top", "bottom" are kind words too; a coat or jacket asked as a part is said as a jacket; a part with no
    # length of its own, an accessory, is answered by the looks' lengths)
    word = heard.kinds[0] if heard.kinds else _PART_AS_KIND.get(slot)
    if word is None:
        return _length_said(lang, chosen, pointed)
    asked_word = prompts.label(lang, "kind", word)
    if worn is None:
        return prompts.render(lang, "property_length_none", number=number, kind=asked_word)
    lead = prompts.render(lang, "property_piece_is", number=number, worn=with_article(lang, worn.kind, piece_in_words(
        lang, worn)), kind=with_article(lang, word, asked_word))
    return f"{lead} {_length_said(lang, chosen, [worn])}"


_PART_AS_KIND = {"top": "top", "bottom": "bottom", "outerwear": "jacket", "onepiece": "dress", "shoes": "shoes"}
_LEGGED_KINDS = frozenset({"trousers", "jeans", "track", "leggings"})


def _length_said(lang: str, chosen: Sequence[tuple[int, Outfit]], pointed: Sequence[Item]) -> str:
    """How long each piece asked about is, as its name says it, and what length to look for where it says nothing
    (a layer that covers the hips ends below the hip bone; a skirt for a crowd or for sitting, at the knee)."""
    parts = [prompts.render(lang, "property_length_unknown")]
    for number, look in chosen:
        asked = [i for i in look.items if i in pointed] or [
            i for i in look.items if i.slot in _LENGTH_PARTS and i.source == "catalog" and traits_of(i).kind != "jeans"]
        for item in asked[:1]:
            # (trousers are long enough when they meet the shoe; a skirt's or a dress's hem is judged at the knee)
            leg = traits_of(item).kind in _LEGGED_KINDS
            part = "leg" if leg else {"outerwear": "layer", "top": "top"}.get(item.slot, "hem")
            said = "long" if _LONG_NAME.search(item.name) else "short" if _SHORT_NAME.search(item.name) else "plain"
            parts.append(prompts.render(lang, f"property_length_{part}_{said}", number=number,
                                        piece=piece_in_words(lang, item)))
    return " ".join(parts)


def _cool_enough(lang: str, chosen: Sequence[tuple[int, Outfit]]) -> tuple[str, tuple[Item, ...]]:
    """The pieces too warm for heat (a knit, a lined jacket, boots), look by look; or that the look is light."""
    parts, heavy = [], []
    for number, look in chosen:
        # (a layer comes off; their own knit counts as the knit it is)
        warm = [i for i in look.items if i.slot in CLOTHES and i.slot != "outerwear"
                and (traits_of(i).warmth in ("warm", "heavy") if i.source == "catalog" else i.kind in WARM_OWN_KINDS)]
        heavy += warm
        parts.append(prompts.render(lang, "property_heat_no", number=number,
                                    pieces=prompts.listed(lang, [piece_in_words(lang, i) for i in warm])) if warm
                     else prompts.render(lang, "property_heat_yes", number=number))
    return " ".join(parts), tuple(heavy)


# The parts of a look made of cloth, whose fabric a question may be about (not the shoes or the bag)
CLOTHES = ("top", "bottom", "onepiece", "outerwear")


def _fabric_said(lang: str, pieces: Sequence[Item]) -> str:
    """The catalogue lists no fabrics: what the names say of them, else that it cannot be told."""
    said = []
    for item in pieces:
        if item.source == "catalog" and (found := _MATERIAL.search(item.name)):
            said.append(prompts.render(lang, "property_material", piece=piece_in_words(lang, item),
                                       note=prompts.label(lang, "material_note", found.group(1).lower())))
    if not said:
        return prompts.render(lang, "property_fabric_unknown")
    return prompts.render(lang, "property_fabric_some", said=" ".join(said[:3]))


# "입소식 보고 헤어진다는데 사진도 찍을거같아서요", "there'll be a photographer": photos said, not asked
PHOTOS_SAID = re.compile(r"사진\s*(?:도|을|은)?\s*(?:많이\s*)?찍을\s*(?:거|것|예정)|사진도\s*찍(?!어서)"
                         r"|\b(?:photos?|pictures?|pics)\s+(?:will be\s+)?taken\b"
                         r"|\b(?:take|taking|be taking)\s+(?:lots of\s+|a lot of\s+)?(?:photos|pictures|pics)\b"
                         r"(?!\s+of\s+(?:my|our|the)\s+(?:clothes|closet|wardrobe|outfits?))"
                         r"|\bphotographer\b", re.IGNORECASE)


def photographed_looks(lang: str, looks: Sequence[Outfit], occasion: str | None) -> tuple[str, tuple[Item, ...]]:
    """Photos said of the day: how each look's piece near the face will photograph. The looks stay as they are."""
    said = on_camera(lang, list(enumerate(looks, 1)), occasion, lambda item: piece_in_words(lang, item))
    return f"{prompts.render(lang, 'photos_noted')} {said}", ()


def outdoors_of_looks(lang: str, looks: Sequence[Outfit]) -> tuple[str, tuple[Item, ...]]:
    """"It's outdoors at a garden restaurant": what changes in the open, look by look. Heels sink into grass
    and gravel; a look with no layer wants one for when the sun goes. The looks stay as they are."""
    heeled = [(n, i) for n, o in enumerate(looks, 1) for i in o.items
              if i.slot == "shoes" and (i.kind == "heels" or _HEELED.search(i.name))]
    bare = [n for n, o in enumerate(looks, 1) if not any(i.slot == "outerwear" for i in o.items)]
    parts = [prompts.render(lang, "outdoors_noted")]
    if heeled:
        parts.append(_numbered(lang, "outdoors_heels", [n for n, _ in heeled]))
    if bare:
        parts.append(_numbered(lang, "outdoors_layer", bare))
    if not (heeled or bare):
        parts.append(prompts.render(lang, "outdoors_fine"))
    return " ".join(parts), tuple(i for _, i in heeled)


def seated_on_the_floor(lang: str, looks: Sequence[Outfit], floor: bool, shoes_off: bool) -> tuple[str, tuple[Item, ...]]:
    """"좌식이라 바닥에 앉아야 해요", "shoes come off at the temple": what that changes, look by look. A dress or a
    skirt rides up on the floor (trousers or a long full skirt sit easily); lace-ups and boots are slow at the door
    (slip-ons are quick), and the socks show. The looks stay; the quick replies swap the pieces named."""
    parts, to_swap = [], []
    if floor:
        skirted = [(n, i) for n, o in enumerate(looks, 1) for i in o.items if i.slot == "onepiece" or i.kind == "skirt"]
        parts.append(_numbered(lang, "floor_skirts", [n for n, _ in skirted]) if skirted
                     else prompts.render(lang, "floor_fine"))
        to_swap += [i for _, i in skirted]
    if shoes_off:
        laced = [(n, i) for n, o in enumerate(looks, 1) for i in o.items
                 if i.slot == "shoes" and i.kind in ("shoes", "boots", "sneakers") and not SLIP_ON.search(i.name)]
        if laced:
            parts.append(_numbered(lang, "shoes_off_laced", [n for n, _ in laced]))
            to_swap += [i for _, i in laced]
        parts.append(prompts.render(lang, "shoes_off_socks"))
    return " ".join(parts), tuple(to_swap)


SLIP_ON = re.compile(r"loafer|slip[- ]?on|moccasin|slider|mule|ballerina|ballet", re.IGNORECASE)


def _numbered(lang: str, key: str, numbers: Sequence[int]) -> str:
    listed = prompts.listed(lang, [str(n) for n in numbers])
    return prompts.render(lang, key if len(numbers) > 1 else f"{key}_one", numbers=listed)


def _warm_layer(look: Outfit) -> Item | None:
    # (a coat comes off indoors: a blazer, a jacket or a cardigan is the layer kept on through a service)
    layer = next((i for i in look.items if i.slot == "outerwear" and traits_of(i).kind != "coat"), None)
    return layer if layer is not None and traits_of(layer).warmth in ("warm", "heavy") else None


def _rain_ready(lang: str, number: int, look: Outfit) -> tuple[str, tuple[Item, ...]]:
    """Yes where nothing marks or soaks; else the pieces that would, to swap."""
    wet = tuple(i for i in look.items if i.source == "catalog" and not rain_ready(i))
    if not wet:
        return prompts.render(lang, "review_rain_yes", number=number), ()
    return prompts.render(lang, "review_rain_no", number=number,
                          pieces=prompts.listed(lang, [piece_in_words(lang, i) for i in wet])), wet


_HEELED = re.compile(r"\b(?:heels?|heeled|stilettos?|pumps?|wedges?|platforms?|kitten)\b", re.IGNORECASE)


_CYCLING = re.compile(r"\b(?:bike|cycle|cycling|biking)\b|자전거")


def _walkable(lang: str, number: int, shoes: Item, cycling: bool = False) -> tuple[str, tuple[Item, ...]]:
    """"1번 신발 굽 높아? 많이 걸을건데", "can i bike in it?": heels are said to tire a long walk (and offered a
    swap); flat shoes to be fine for one, or for a ride."""
    if shoes.kind == "heels" or _HEELED.search(shoes.name):
        # (pumps the catalogue files as flats are heels all the same: said as such)
        piece = piece_in_words(lang, shoes) if shoes.kind == "heels" else prompts.render(
            lang, "item_phrase", color=prompts.label(lang, "color_family", shoes.color_family),
            kind=prompts.label(lang, "kind", "heels"))
        return prompts.render(lang, "review_walk_heels", number=number, piece=piece), (shoes,)
    key = "review_cycle_flat" if cycling else "review_walk_flat"
    return prompts.render(lang, key, number=number, piece=piece_in_words(lang, shoes)), ()


_AGE_WORDS = re.compile(r"\b(?:my|her|his|their) age\b|\bage\b|나이|연세|연령", re.IGNORECASE)


def asks_about_age(text: str) -> bool:
    """"Does look 1 suit someone my age?", "제 나이에 괜찮을까요?": the age said earlier is meant."""
    return bool(_AGE_WORDS.search(text))


def asked_occasion(heard: Understanding) -> str | None:
    """The occasion a question names ("for work", "to a funeral"), if any."""
    return str(EVENT_BRIEFS[heard.event]["occasion"]) if heard.event else heard.preferences.occasion


def _misfits(look: Outfit, occasion: str, season: str) -> list[tuple[Item, str]]:
    """Each worn piece of the look the occasion would not take, with why: too casual, too dressy, not
    worn there (its kind or what it is made for), or too bright (where the colours are strict)."""
    code = dress_code(occasion, season)
    found = []
    for item in look.items:
        if item.slot not in WORN_SLOTS or item.source != "catalog":
            continue
        traits, rank = traits_of(item), formality_rank_of(item)
        if traits.kind in code.exclude_kinds or traits.function in code.exclude_functions:
            found.append((item, "out_of_place"))
        elif rank < code.band[0] or rank > code.band[1]:
            found.append((item, "casual" if rank < code.band[0] else "dressy"))
        elif code.strict_colours and not code.in_palette(item, traits.kind):
            found.append((item, "bright"))
    return found


# "look 2 seems a little young for me, is it?", "1번 너무 어려보이나요?": whether it reads young, asked with no age
_YOUNG_ASKED = re.compile(r"\b(?:too|a (?:little|bit)|kinda|bit)\s+young\b|\byoung for me\b|\btoo youthful\b"
                          r"|어려\s*보이(?:나|ㄹ까|지|진)|어려\s*보일까|젊어\s*보이(?:나|지|진)|젊어\s*보일까")


def youthful(look: Outfit) -> tuple[Item, ...]:
    """Pieces that read young: a sweatshirt, shorts, leggings, a print or a rip."""
    return tuple(i for i in look.items if i.slot in WORN_SLOTS and (
        traits_of(i).kind in YOUTHFUL_KINDS or YOUTHFUL_NAME.search(i.name) or (i.slot == "top" and is_printed(i))))


def _context(lang: str, heard: Understanding, occasion: str) -> str:
    if heard.age:  # "50대": in her fifties ("someone my age": in your sixties)
        key = "review_context_decade" if heard.age % 10 == 0 else "review_context_age"
        key += "_own" if asks_about_age(heard.text) and key == "review_context_decade" else ""
        return prompts.render(lang, key, age=heard.age)
    return prompts.render(lang, "review_context_occasion", occasion=prompts.label(lang, "occasion", occasion))


def _main_pieces(look: Outfit) -> list[Item]:
    """What a look is seen by: its dress or its top and bottoms, and its shoes."""
    return [i for slot in ("onepiece", "top", "bottom", "shoes") for i in look.items if i.slot == slot][:3]


def _to_soften(look: Outfit, dressy: list[Item], occasion: str, season: str) -> Item | None:
    """The piece that makes a look dressier than the occasion aims at (one the dress code finds dressy first)."""
    worn = [i for i in look.items if i.slot in WORN_SLOTS]
    dressiest = dressy[0] if dressy else max(worn, key=formality_rank_of, default=None)
    if dressiest is None or formality_rank_of(dressiest) <= dress_code(occasion, season).target:
        return None
    return dressiest


def piece_in_words(lang: str, item: Item) -> str:
    """"grey sweater", "그레이 니트": a piece said by its colour family and kind."""
    return prompts.render(lang, "item_phrase", color=prompts.label(lang, "color_family", item.color_family),
                          kind=prompts.label(lang, "kind", traits_of(item).kind))


def _plural(lang: str, item: Item) -> bool:
    """"jeans", "leggings", "trousers": a word that is plural in English already."""
    kind = traits_of(item).kind
    return prompts.label_variant(lang, "kind", "plural", kind) == prompts.label(lang, "kind", kind)
