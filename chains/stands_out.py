"""Whether a look's piece stands out too much ("가방 색이 너무 튀지 않나요?", "is the bag in look 2 too loud?",
"4번 신발 색 너무 튀어요?"): by its colour beside the rest of the look. A neutral never shouts; a colour the look
repeats ties in; a colour nothing else wears is the look's accent, which draws the eye by design, and a quick
reply trades it for a quiet one. The looks stay as they are."""
from __future__ import annotations

import re
from collections.abc import Sequence

import prompts
from chains.extract import Understanding
from chains.review import piece_in_words
from chains.state import Outfit
from domain.items import Item
from domain.vocabulary import KIND_TO_SLOT, QUIET_FAMILIES

# "튀지 않나요", "너무 튀어요?", "too loud", "too flashy": whether it stands out, asked
_LOUD_ASKED = re.compile(r"튀(?!어\s*나)(?:지|나|어|는|니|냐|진)|튈까|튈\s*거|요란|화려하지|화려한가|화려해\s*보이|눈에\s*띄|"
                         r"너무\s*밝(?:나|은가|지\s*않|아\s*보이)|"
                         r"\btoo\s+(?:loud|bright|flashy|bold|colou?rful|much colou?r)\b|\bstands?\s+out\s+too\b"
                         r"|\b(?:too\s+)?eye-?catching\b")
# (asked, not said: "the bag is too loud" is a complaint, which changes it)
_QUESTION = re.compile(r"\?|나요|까요|을까|ㄹ까|않나|아닌가|[인한는은던]가요|니\s*$|냐\s*$"
                       r"|^\s*(?:is|are|does|do|will|would|isn'?t|aren'?t)\b")
# "튀게 바꿔줘", "make it less loud": a change asked, not a question
_CHANGE = re.compile(r"바꿔|바꾸|해\s*줘|해\s*주세요|주세요|\b(?:change|swap|switch|replace|make)\b")


def loud_piece_asked(looks: Sequence[Outfit], heard: Understanding) -> bool:
    """Whether the message asks if a piece of the looks on screen (or a whole look: "1번 너무 튀는거 아닌가요")
    stands out too much."""
    lowered = heard.text.lower()
    return bool(looks and (heard.kinds or heard.slots or heard.target_look) and _LOUD_ASKED.search(lowered)
                and _QUESTION.search(lowered) and not _CHANGE.search(lowered) and (heard.target_look or 0) <= len(looks))


def _look_loud(lang: str, number: int, look: Outfit) -> tuple[str, tuple[str, ...]]:
    """A whole look asked: its colours nothing else in it repeats, or that it keeps to neutrals."""
    seen = [i for i in look.items if i.slot != "accessory" or i.kind == "bag"]
    coloured = [i for i in seen if not _quiet(i)]
    accents = [i for i in coloured if not any(j is not i and j.color_family == i.color_family for j in seen)]
    if not coloured:
        return prompts.render(lang, "stands_out_look_quiet", number=number,
                              pieces=prompts.listed(lang, [piece_in_words(lang, i) for i in seen[:3]])), ()
    if not accents:  # (one colour carried through: a gold dress and gold heels)
        return prompts.render(lang, "stands_out_look_tonal", number=number,
                              pieces=prompts.listed(lang, [piece_in_words(lang, i) for i in coloured])), \
            (prompts.render(lang, "stands_out_look_trade", number=number),)
    return prompts.render(lang, "stands_out_look_accent", number=number,
                          pieces=prompts.listed(lang, [piece_in_words(lang, i) for i in accents])), \
        (prompts.render(lang, "stands_out_look_trade", number=number),)


def _quiet(item: Item) -> bool:
    """A neutral; steel or gold only on an accessory (a gold dress or gold heels shine)."""
    return item.color_family in QUIET_FAMILIES and (item.color_family != "metallic" or item.slot == "accessory")


def _asked_piece(look: Outfit, heard: Understanding) -> Item | None:
    slots = {KIND_TO_SLOT.get(k) for k in heard.kinds} | set(heard.slots)
    return next((i for i in look.items if i.kind in heard.kinds), None) \
        or next((i for i in look.items if i.slot in slots and (i.slot != "accessory" or not heard.kinds)), None)


def _quiet_colour(look: Outfit, piece: Item) -> str:
    """The neutral to trade a loud piece for: the one the look's shoes (or bag) already wear, else black."""
    return next((i.color_family for i in look.items if i is not piece and i.slot in ("shoes", "accessory")
                 and i.color_family in QUIET_FAMILIES and i.color_family != "metallic"), "black")


def loud_answer(lang: str, looks: Sequence[Outfit], heard: Understanding) -> tuple[str, tuple[str, ...]]:
    """Look by look, whether the asked piece stands out and why; a quick reply trading the first loud one."""
    if heard.target_look and not (heard.kinds or heard.slots):
        return _look_loud(lang, heard.target_look, looks[heard.target_look - 1])
    numbers = [heard.target_look] if heard.target_look else range(1, len(looks) + 1)
    parts, trades, quiet = [], [], []
    for number in numbers:
        look = looks[number - 1]
        piece = _asked_piece(look, heard)
        if piece is None:
            continue
        family = piece.color_family or ""
        echoed = [i for i in look.items if i is not piece and i.color_family == family]
        verdict = "quiet" if _quiet(piece) else "echo" if echoed else "accent"
        if verdict == "quiet" and not heard.target_look:
            quiet.append((number, piece))  # (said together: "looks 1, 3 and 4 ...")
            continue
        parts.append(prompts.render(lang, f"stands_out_{verdict}", number=number, piece=piece_in_words(lang, piece),
                                    other=piece_in_words(lang, echoed[0]) if echoed else ""))
        if verdict == "accent":
            trades.append(prompts.render(lang, "stands_out_trade", number=number,
                                         colour=prompts.label(lang, "color_family", _quiet_colour(look, piece)),
                                         kind=prompts.label(lang, "kind", piece.kind)))
    if len(quiet) > 1:
        parts.insert(0, prompts.render(lang, "stands_out_quiet_many", numbers=prompts.listed(lang, [str(n) for n, _ in quiet]),
                                       pieces=prompts.listed(lang, [piece_in_words(lang, i) for _, i in quiet])))
    elif quiet:
        parts.insert(0, prompts.render(lang, "stands_out_quiet", number=quiet[0][0], piece=piece_in_words(lang, quiet[0][1])))
    if not parts:
        return prompts.render(lang, "stands_out_none"), ()
    return " ".join(parts), tuple(trades[:1])
