"""Two looks' pieces asked about together ("2번 바지 + 3번 니트 조합 ㄱㅊ?", "2번 블라우스 3번 바지랑 입어도 어울림?",
"does the top from look 2 go with the pants in look 3?"): whether they go together, by their colours, with a quick
reply that mixes them; the looks stay as they are."""
from __future__ import annotations

import re
from collections.abc import Sequence

import prompts
from chains.extract import find_terms
from chains.harmony import pair_verdict
from chains.lexicon import KIND_TERMS, SLOT_TERMS
from chains.review import piece_in_words
from chains.state import Outfit
from chains.verdicts import pair_sentence
from domain.items import Item
from domain.vocabulary import KIND_TO_SLOT

_KO = re.compile(r"(?<!\d)(?P<a>\d)\s*번\s*(?:코디\s*)?(?:의\s*)?(?P<first>[^\s+]+?)\s*(?:\+|이랑|랑|하고|와|과|에|,)?\s*"
                 r"(?P<b>\d)\s*번\s*(?:코디\s*)?(?:의\s*)?(?P<second>[^\s+]+?)(?:이랑|랑|하고|을|를|이|가|은|는)?\s*"
                 r"(?:조합|같이|입어도|입으면|신어도|어울|매치|괜찮|ㄱㅊ)")
_EN = re.compile(r"\b(?:the\s+)?(?P<first>[a-z]+)\s+(?:from|in|of)\s+(?:look\s*#?|#)(?P<a>\d)\s+(?:go|goes|work|works|"
                 r"look good|looks good|pair)\s+with\s+(?:the\s+)?(?P<second>[a-z]+)\s+(?:from|in|of)\s+(?:look\s*#?|#)?(?P<b>\d)")
# A question, not a mix asked for ("2번 자켓이랑 3번 바지 섞어서 하나": the mix is made)
_ASKED = re.compile(r"\?|ㄱㅊ|어울림|어울리나|어울릴까|괜찮(?:나|을까|은가)|될까|되나|나요|까요")
_MADE = re.compile(r"섞어|섞|합쳐|만들어|해줘|해 줘|\bmix\b|\bcombine\b|\bput\b|\bmake\b")


def _piece(look: Outfit, word: str) -> Item | None:
    """The piece of a look a word names: of its kind, else of its part ("블라우스" of a tee is the look's top)."""
    kinds = [m.value for m in find_terms(word, KIND_TERMS)[0]]
    slots = [KIND_TO_SLOT.get(k) for k in kinds] or [m.value for m in find_terms(word, SLOT_TERMS)[0]]
    return next((i for i in look.items if i.kind in kinds), None) \
        or next((i for i in look.items if i.slot in slots), None)


def pieces_paired(looks: Sequence[Outfit], text: str) -> tuple[tuple[int, Item], tuple[int, Item]] | None:
    """The two looks' pieces a question asks about together, if it asks that of looks on screen."""
    lowered = text.lower()
    said = _KO.search(lowered) or _EN.search(lowered)
    if said is None or not _ASKED.search(lowered) or _MADE.search(lowered):
        return None
    a, b = int(said.group("a")), int(said.group("b"))
    if a == b or max(a, b) > len(looks):
        return None
    first, second = _piece(looks[a - 1], said.group("first")), _piece(looks[b - 1], said.group("second"))
    return ((a, first), (b, second)) if first is not None and second is not None and first.slot != second.slot else None


def paired_answer(lang: str, pair: tuple[tuple[int, Item], tuple[int, Item]]) -> tuple[str, str]:
    """Whether the two pieces go together, and the quick reply that puts the second on the first one's look."""
    (a, first), (b, second) = pair
    words = (piece_in_words(lang, first), piece_in_words(lang, second))
    verdict = pair_sentence(lang, pair_verdict(first.color_family or "", second.color_family or ""),
                            (first.color_family or "", words[0]), (second.color_family or "", words[1]))
    lead = prompts.render(lang, "pieces_paired_lead", a=a, b=b, first=words[0], second=words[1])
    mix = prompts.render(lang, "pieces_paired_mix", a=a, b=b, first=prompts.label(lang, "kind", first.kind),
                         second=prompts.label(lang, "kind", second.kind))
    return f"{lead} {verdict[:1].upper()}{verdict[1:]}", mix
