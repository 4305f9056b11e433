"""Rule-based understanding of a user's message (EN + KO): the embedded default language backend."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chains import lexicon
from chains.state import Preferences
from retrieval.vocabulary import KIND_TO_SLOT

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_LATIN = re.compile(r"[A-Za-z]")
_EN_NEGATION = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in lexicon.NEGATION_BEFORE) + r")\b(?:\s+[\w-]+,?){0,2}\s*$"
)
_EN_BUDGET = re.compile(
    r"(?:under|below|less than|max|up to|within|budget(?: of| is)?)\s*(?:₩|\$|krw\s*)?\s*"
    r"(\d[\d,]*(?:\.\d+)?)\s*(k|thousand)?\s*(won|krw|dollars?|usd)?",
    re.IGNORECASE,
)
_KO_BUDGET = re.compile(r"(\d[\d,]*)\s*(만)?\s*원?\s*(?:이하|이내|까지|아래|미만|안쪽)")
_LIKE_LOOK = re.compile(r"(?:like|similar to|as)\s+(?:the\s+)?(?:look\s*|number\s*|no\.?\s*)?#?\s*(\d)\b|#\s*(\d)\b"
                        r"|(\d)\s*번\s*(?:룩|코디)?\s*(?:같은|비슷|처럼)", re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Understanding:
    """What one message says. `preferences` holds only what this message states."""

    language: str | None
    preferences: Preferences
    text: str = ""
    kinds: tuple[str, ...] = ()
    intents: frozenset[str] = field(default_factory=frozenset)
    followups: frozenset[str] = field(default_factory=frozenset)
    slots: tuple[str, ...] = ()  # slots named in the message ("the shoes", "상의")
    avoid_kinds: tuple[str, ...] = ()  # "no sneakers", "운동화 말고"
    like_look: int | None = None  # "another one like #2" -> 2
    question: str | None = None  # a style question: definition | pairing | howto


def detect_language(text: str) -> str | None:
    """"ko" when the text has Hangul, "en" when it has Latin letters, None otherwise (emoji, digits)."""
    if _HANGUL.search(text):
        return "ko"
    return "en" if _LATIN.search(text) else None


def _term_pattern(term: str) -> re.Pattern[str]:
    if _HANGUL.search(term):  # "1월" is not the end of "11월"
        return re.compile(("(?<!\\d)" if term[0].isdigit() else "") + re.escape(term))
    return re.compile(r"(?<![\w-])" + re.escape(term) + r"(?:s|es)?(?![\w-])", re.IGNORECASE)


_PATTERNS: dict[int, list[tuple[str, re.Pattern[str]]]] = {}


def _compiled(table: dict[str, tuple[str, ...]]) -> list[tuple[str, re.Pattern[str]]]:
    """Longest terms first, so "navy blue" wins over "blue" and "반바지" over "바지"."""
    key = id(table)
    if key not in _PATTERNS:
        pairs = [(value, term) for value, terms in table.items() for term in terms]
        pairs.sort(key=lambda pair: -len(pair[1]))
        _PATTERNS[key] = [(value, _term_pattern(term)) for value, term in pairs]
    return _PATTERNS[key]


def find_terms(text: str, table: dict[str, tuple[str, ...]]) -> tuple[list[Match], str]:
    """Matches in text order, and the text with matched spans blanked (so no word counts twice)."""
    matches: list[Match] = []
    for value, pattern in _compiled(table):
        for hit in pattern.finditer(text):
            matches.append(Match(value, hit.start(), hit.end()))
            text = text[: hit.start()] + " " * (hit.end() - hit.start()) + text[hit.end():]
    return sorted(matches, key=lambda m: m.start), text


def _is_negated(original: str, match: Match, next_start: int) -> bool:
    if _EN_NEGATION.search(original[max(0, match.start - 30): match.start]):
        return True
    after = original[match.end: min(next_start, match.end + 8)]
    return any(cue in after for cue in lexicon.NEGATION_AFTER_KO)


def _split_negated(original: str, matches: list[Match]) -> tuple[list[str], list[str]]:
    """Values said plainly, and values said with a negation ("no black", "검정 말고")."""
    plain: list[str] = []
    negated: list[str] = []
    for index, match in enumerate(matches):
        next_start = matches[index + 1].start if index + 1 < len(matches) else len(original)
        target = negated if _is_negated(original, match, next_start) else plain
        if match.value not in target:
            target.append(match.value)
    return plain, negated


def _like_look(text: str) -> int | None:
    hit = _LIKE_LOOK.search(text)
    return int(next(g for g in hit.groups() if g)) if hit else None


def _colors(original: str, masked: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    matches, masked = find_terms(masked, lexicon.COLOR_TERMS)
    wanted, avoided = _split_negated(original, matches)
    return tuple(wanted), tuple(avoided), masked


def parse_budget(text: str) -> float | None:
    """"under 50k won" -> 50000, "5만원 이하" -> 50000, "below $80" -> 80."""
    if hit := _KO_BUDGET.search(text):
        amount = float(hit.group(1).replace(",", ""))
        return amount * 10_000 if hit.group(2) else amount
    if hit := _EN_BUDGET.search(text):
        amount = float(hit.group(1).replace(",", ""))
        return amount * 1_000 if hit.group(2) else amount
    return None


def without_budget(text: str) -> str:
    """The text with its budget phrase taken out: "navy chinos under 50k won" -> "navy chinos"."""
    return " ".join(_EN_BUDGET.sub(" ", _KO_BUDGET.sub(" ", text)).split())


def _first(matches: list[Match]) -> str | None:
    """The last mention wins: "casual, no wait, minimal" means minimal."""
    return matches[-1].value if matches else None


def extract(text: str) -> Understanding:
    """Read preferences, mentioned garment kinds and intents from one message."""
    original = text.strip()
    lowered = original.lower()
    followups, masked = find_terms(lowered, lexicon.FOLLOWUP_TERMS)
    styles, masked = find_terms(masked, lexicon.STYLE_TERMS)
    kinds, masked = find_terms(masked, lexicon.KIND_TERMS)  # before occasions: "운동화" is not "운동"
    occasions, masked = find_terms(masked, lexicon.OCCASION_TERMS)
    wanted, avoided, masked = _colors(lowered, masked)
    seasons, masked = find_terms(masked, lexicon.SEASON_TERMS)
    genders, masked = find_terms(masked, lexicon.GENDER_TERMS)
    slots, masked = find_terms(masked, lexicon.SLOT_TERMS)
    intents, _ = find_terms(lowered, lexicon.INTENT_TERMS)
    questions, _ = find_terms(lowered, lexicon.QUESTION_TERMS)
    wanted_kinds, avoided_kinds = _split_negated(lowered, kinds)
    kind_values = tuple(wanted_kinds)
    preferences = Preferences(
        gender=_first(genders),
        occasion=_first(occasions),
        style=_first(styles),
        season=_first(seasons),
        colors=wanted,
        avoid_colors=avoided,
        budget_max=parse_budget(lowered),
        kinds=kind_values,
    )
    return Understanding(
        language=detect_language(original),
        text=original,
        preferences=preferences,
        kinds=kind_values,
        intents=frozenset(m.value for m in intents),
        followups=frozenset(m.value for m in followups),
        slots=tuple(dict.fromkeys([m.value for m in slots] + [KIND_TO_SLOT[k] for k in kind_values + tuple(avoided_kinds)])),
        avoid_kinds=tuple(avoided_kinds),
        like_look=_like_look(lowered),
        question=questions[0].value if questions else None,
    )
