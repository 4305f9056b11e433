"""A garment asked for on its own ("loafers instead", "and block heels please, the ceremony is on grass", "flats pls",
"신발은 로퍼로"): with looks on screen, a trade of that part of the looks, not a new brief built around it."""
from __future__ import annotations

import re

from chains import lexicon
from chains.extract import find_terms

# A reason said beside the request ("..., the ceremony is on grass", "비 온대서") is a clause of its own
_CLAUSES = re.compile(r"[,.;!\n~]|\b(?:because|since|cause|cuz|coz)\b")
# The words a bare request is made of, beside the garment and its colour
_ASKING_WORDS = frozenset({
    "and", "also", "then", "ok", "okay", "so", "maybe", "actually", "but", "please", "pls", "plz", "instead", "rather",
    "now", "just", "a", "an", "some", "the", "pair", "of", "with", "go", "let's", "lets", "prefer", "would", "be",
    "better", "for", "all", "them",
    "그럼", "그리고", "아니면", "그냥", "걍", "로", "으로", "로요", "으로요", "은", "는", "이", "가", "을", "를", "좀",
    "해줘", "해주세요", "해", "줘", "주세요", "할게", "할게요", "할래", "가자", "갈게", "부탁해요", "부탁해", "부탁",
    "요", "ㄱㄱ", "ㄱ", "신을래", "신을게", "신을게요"})
# ("i'd like loafers instead"; not "I like the loafers", said of the looks)
_WISHED = re.compile(r"\bi'?d (?:like|prefer)\b|\bi would (?:like|prefer)\b|\bi want\b|\bi prefer\b")
_NAMING = (lexicon.NAMED_CUT_TERMS, lexicon.KIND_TERMS)  # (a part alone, "shoes please", names nothing to trade in)
_MATERIALS = {made: tuple(w for w, m in lexicon.MATERIAL_WORDS.items() if m == made)
              for made in dict.fromkeys(lexicon.MATERIAL_WORDS.values())}  # ("a denim jacket", "가죽 자켓")
_DESCRIBING = (lexicon.SLOT_TERMS, lexicon.COLOR_TERMS, _MATERIALS)
# A piece offered for the looks ("what about loafers?", "how about a denim jacket instead", "add a cardigan to them",
# "로퍼는 어때요?"): the frame says nothing beside the piece
_OFFERED = re.compile(r"\b(?:what|how)\s+about(?:\s+(?:with|adding|trying|wearing))?\b"
                      r"|\b(?:can|could|would)\s+you\s+(?:add|try|put|throw\s+in)\b|^\W*(?:add|try|throw\s+in|put\s+on)\b"
                      r"|\bto\s+(?:them|the\s+looks?|each(?:\s+one)?|all(?:\s+of\s+them)?|it)\b|\bon\s+top\b"
                      r"|(?:어때요|어때|어떨까요|어떨까|어떤가요|어떠세요)(?=\W|$)")


def asks_for_the_piece_alone(text: str) -> bool:
    """Whether a clause of the message is a garment (with its colour, if said) and words of asking, nothing more."""
    for clause in _CLAUSES.split(text.lower()):
        named, rest = False, _OFFERED.sub(" ", _WISHED.sub(" ", clause))
        for table in _NAMING:
            matches, rest = find_terms(rest, table)
            named = named or bool(matches)
        for table in _DESCRIBING:
            rest = find_terms(rest, table)[1]
        if named and set(re.findall(r"[\w'’]+", rest)) <= _ASKING_WORDS:
            return True
    return False
