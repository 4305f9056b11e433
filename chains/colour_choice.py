"""Two colours weighed for one part of a look on screen ("black or dark brown shoes better for look 2?",
"2번 신발 검정이 나아 갈색이 나아?"): the one that sits better with the rest of that look, and why; the
looks stay as they are (pure, rules only)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import prompts
from chains.extract import CHANGE_SAID, Understanding
from chains.harmony import CLASHING_PAIRS, CLASSIC_PAIRS, harmony
from chains.review import piece_in_words
from chains.state import Outfit
from domain.items import Item
from domain.vocabulary import KIND_TO_SLOT, NEUTRAL_FAMILIES, WORN_SLOTS
from domain.traits import traits_of

# "black or brown", "black vs brown", "검정이 나아 갈색이 나아", "검정이랑 갈색 중에", "검정 아니면 갈색"
_EITHER_OR = re.compile(r"\bor\b|\bvs\.?(?=\s|$)|\bversus\b|아니면|중에|중\s*(?:뭐|어떤|어느)|(?:이|가)?\s*나아.*(?:이|가)?\s*나아",
                        re.IGNORECASE)
# "which is better", "나아", "뭐가": a choice asked; "please", "make", "부탁": a change asked
_WHICH_BETTER = re.compile(r"\b(?:better|best|which|prefer|rather|should)\b|나아|나을|나은|뭐가|어떤\s*게|어느|좋을까")
_REQUEST = re.compile(r"\b(?:please|pls|plz|make|put|give)\b|부탁|해\s*줘|해주세요|해\s*줄래|으로\s*해|로\s*해")
ECHO = 0.15  # a colour the look already wears elsewhere ties it together: worth a little over a fresh one
ECHO_NEAREST = 0.35  # shoes that pick up the trousers' colour: more than a classic pairing elsewhere (0.3)
# The parts a part is matched to, nearest first: shoes to the trousers, a top to what it is worn with
_NEAREST = {"shoes": ("bottom", "onepiece", "outerwear", "top"), "top": ("bottom", "outerwear", "shoes"),
            "bottom": ("top", "outerwear", "shoes"), "outerwear": ("top", "bottom", "onepiece", "shoes"),
            "onepiece": ("outerwear", "shoes"), "accessory": ("shoes", "outerwear", "bottom", "top", "onepiece")}


@dataclass(frozen=True)
class Weighed:
    colour: str
    score: float
    echoed: Item | None  # the piece of the same colour it picks up
    partner: Item | None  # the piece it makes a classic pairing with
    clashes: Item | None  # the piece it clashes with


def weighs_colours(looks: tuple[Outfit, ...], heard: Understanding) -> bool:
    """Two colours said for one part of one look on screen, as a question between them, with no change asked
    ("look 2 shoes in black or brown please" asks for a change; a part the look has no piece in is not weighed
    unless its kind is said)."""
    number = heard.target_look or 0
    text = heard.text.lower()
    if not (looks and 0 < number <= len(looks) and len(heard.preferences.colors) == 2 and (part := _part(heard))):
        return False
    asked = bool(_WHICH_BETTER.search(text)) or "?" in text and not _REQUEST.search(text)
    named = bool(heard.kinds) or any(i.slot == part for i in looks[number - 1].items)
    return asked and named and bool(_EITHER_OR.search(text)) and not CHANGE_SAID.search(text) \
        and not heard.avoid_kinds and not heard.preferences.avoid_colors


def colour_choice(lang: str, look: Outfit, heard: Understanding) -> tuple[str, tuple[str, ...]]:
    """The answer, and the quick reply that puts the better colour on the look where it wears the other."""
    number, part = heard.target_look or 1, _part(heard) or "shoes"
    rest = [i for i in look.items if i.slot != part]
    first, second = (_weigh(c, rest, part) for c in heard.preferences.colors[:2])
    best, other = (second, first) if second.score > first.score else (first, second)
    now = next((i for i in look.items if i.slot == part), None)
    # (shoes said as shoes: the catalogue files some flats as boots, and "brown shoes" is what was asked)
    kind = heard.kinds[0] if heard.kinds else traits_of(now).kind if now is not None and part != "shoes" else "shoes"
    kind_word = prompts.label(lang, "kind", kind)
    words = {w.colour: heard.said_colour(w.colour) or prompts.label(lang, "color_family", w.colour) for w in (best, other)}
    sentences = (prompts.render(lang, "colour_choice", number=number, best=words[best.colour], kind=kind_word),
                 _why(lang, best, words[best.colour]), _other(lang, other, words[other.colour]))
    text = " ".join(s[:1].upper() + s[1:] for s in sentences)  # ("Black works too": a colour opens the sentence)
    if now is not None and now.color_family == best.colour:
        return f"{text} " + prompts.render(lang, "colour_choice_worn"), ()
    return text, (prompts.render(lang, "colour_choice_put", number=number, best=words[best.colour], kind=kind_word),)


def part_weighed(heard: Understanding) -> str | None:
    """The part of the look two colours are weighed for (shoes, a top), or None where the message names none."""
    return _part(heard)


_PICKED = re.compile(r"\bit is\b|\bthen\b|\bgo(?:ing)? with\b|\blet'?s do\b|\bplease\b|\bpls\b"
                     r"|(?:으로|로)\s*(?:할게|갈게|해\s*줘|해주세요|바꿔|ㄱ)|(?:으로|로)\s*$")


def picks_the_colour(heard: Understanding, part: str | None) -> bool:
    """"Brown it is", "ok brown then", "갈색으로 할게" right after two colours were weighed for a part: one of them
    picked, to put on that look."""
    return bool(part and len(heard.preferences.colors) == 1 and not (heard.kinds or heard.slots or heard.target_look)
                and _PICKED.search(heard.text.lower()))


def _part(heard: Understanding) -> str | None:
    parts = {KIND_TO_SLOT.get(k) for k in heard.kinds} | set(heard.slots)
    parts.discard(None)
    return next(iter(parts)) if len(parts) == 1 else None


def _weigh(colour: str, rest: list[Item], part: str) -> Weighed:
    near = _NEAREST.get(part, WORN_SLOTS)  # (shoes first pick up the trousers: black jeans, black shoes)
    worn = sorted((i for i in rest if i.slot in near), key=lambda i: near.index(i.slot))
    echoed = next((i for i in worn if i.color_family == colour), None)
    partner = next((i for i in worn if frozenset((colour, i.color_family)) in CLASSIC_PAIRS), None)
    clashes = next((i for i in rest if frozenset((colour, i.color_family)) in CLASHING_PAIRS), None)
    echo = 0.0 if echoed is None else ECHO_NEAREST if echoed.slot == near[0] else ECHO
    score = harmony([colour, *(i.color_family for i in rest)]).score + echo
    if partner is not None:  # (a pairing with the trousers beats one with the shoes, all else equal)
        score += 0.01 * (len(near) - near.index(partner.slot))
    if colour not in NEUTRAL_FAMILIES and any(i.color_family not in NEUTRAL_FAMILIES and i.color_family != colour
                                              for i in worn):
        score -= ECHO  # (a second colour beside one already there: busier, short of a clash)
    return Weighed(colour, score, echoed, partner, clashes)


def _why(lang: str, best: Weighed, word: str) -> str:
    if best.echoed is not None:
        return prompts.render(lang, "colour_choice_echo", best=word, piece=piece_in_words(lang, best.echoed))
    if best.partner is not None:
        return prompts.render(lang, "colour_choice_classic", best=word, piece=piece_in_words(lang, best.partner))
    return prompts.render(lang, "colour_choice_quiet", best=word)


def _other(lang: str, other: Weighed, word: str) -> str:
    if other.clashes is not None:
        return prompts.render(lang, "colour_choice_other_clash", other=word, piece=piece_in_words(lang, other.clashes))
    return prompts.render(lang, "colour_choice_other_fine", other=word)



def asks_colour_on_look(looks: tuple[Outfit, ...], heard: Understanding) -> bool:
    """"Does a lavender hat go with it?", "2번에 갈색 벨트 어울려요?": one piece in one colour asked of a look on screen
    (not one of theirs: that answer is the stand-in note's)."""
    number = heard.target_look or 0
    return bool(looks and 0 < number <= len(looks) and len(heard.preferences.colors) == 1 and len(heard.kinds) == 1
                and heard.question in ("pairing", "yesno") and heard.puts_piece_on_look and not heard.owns_named
                and not CHANGE_SAID.search(heard.text.lower()))


def colour_verdict(lang: str, look: Outfit, heard: Understanding) -> tuple[str, bool]:
    """Whether the colour asked goes with the look, and why; and whether it clashes (then it is not put on)."""
    colour, kind = heard.preferences.colors[0], heard.kinds[0]
    part = KIND_TO_SLOT.get(kind) or "accessory"
    weighed = _weigh(colour, [i for i in look.items if i.slot != part or i.kind != kind], part)
    word = heard.said_colour(colour) or prompts.label(lang, "color_family", colour)
    if weighed.clashes is not None:
        return prompts.render(lang, "colour_verdict_look_clash", colour=word,
                              piece=piece_in_words(lang, weighed.clashes)), True
    beside = weighed.echoed or weighed.partner
    if beside is not None:
        return prompts.render(lang, "colour_verdict_look_yes", colour=word, piece=piece_in_words(lang, beside)), False
    return prompts.render(lang, "colour_verdict_look_quiet", colour=word), False
