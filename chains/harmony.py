"""Colour harmony rules for an outfit (pure).

The rules, in the order a stylist applies them:
1. Neutrals (black, white, grey, navy, beige, brown; metallic for accessories) go with anything.
2. One accent is the rule; a second that is no classic partner of the first (teal heels under a peach
   coat) already looks busy, and a third always does.
3. Some pairings are classics (navy + beige, black + white, olive + beige, denim blue + white ...).
4. Some accents clash (red + green, orange + pink, purple + yellow ...).
5. Repeating one accent (tonal dressing) is fine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from domain.vocabulary import NEUTRAL_FAMILIES

CLASSIC_PAIRS = frozenset(
    frozenset(pair)
    for pair in [
        ("navy", "beige"), ("navy", "white"), ("black", "white"), ("grey", "navy"),
        ("olive", "beige"), ("blue", "white"), ("brown", "blue"), ("brown", "beige"),
        ("olive", "white"), ("black", "grey"), ("navy", "brown"), ("pink", "grey"),
        ("blue", "beige"), ("green", "beige"), ("red", "navy"),
    ]
)
CLASHING_PAIRS = frozenset(
    frozenset(pair)
    for pair in [
        ("red", "green"), ("orange", "pink"), ("purple", "yellow"), ("red", "orange"),
        ("red", "pink"), ("green", "purple"), ("orange", "purple"), ("yellow", "pink"),
    ]
)


SECOND_ACCENT = 0.35  # two accents that are no classic pair: busier than one, short of a clash


@dataclass(frozen=True)
class Harmony:
    score: float
    reason: str  # a template key in prompts: harmony_<reason>
    values: dict[str, str] = field(default_factory=dict)


def accents(families: list[str]) -> list[str]:
    return [f for f in families if f not in NEUTRAL_FAMILIES and f != "metallic"]


@lru_cache(maxsize=4096)  # the composer asks about the same few colour sets thousands of times a turn
def clashing_pairs(families: frozenset[str], *, allowed: tuple[str, ...] = ()) -> frozenset[frozenset[str]]:
    """The clashing pairs among the families, but for a pair whose colours were both asked for."""
    pairs = {frozenset((a, b)) for a in families for b in families if a != b} & CLASHING_PAIRS
    return frozenset(p for p in pairs if not p <= set(allowed))


def harmony(families: list[str]) -> Harmony:
    """Score a set of colour families (higher is better) and say why, for the outfit's reason."""
    distinct = sorted(set(families))
    accent_set = sorted(set(accents(families)))
    pairs = {frozenset((a, b)) for a in distinct for b in distinct if a < b}
    clashes = clashing_pairs(frozenset(distinct))
    classics = sorted(tuple(sorted(p)) for p in pairs & CLASSIC_PAIRS)
    score = 0.3 * len(classics) - 0.6 * len(clashes) - (1.0 if len(accent_set) > 2 else 0.0) \
        - (SECOND_ACCENT if len(accent_set) == 2 and frozenset(accent_set) not in CLASSIC_PAIRS else 0.0)
    if classics:  # the pair of the pieces that carry the look (families come most prominent first)
        first = list(dict.fromkeys(families))
        a, b = min(classics, key=lambda pair: first.index(pair[0]) + first.index(pair[1]))
        return Harmony(score, "pairing", {"a": a, "b": b})
    if not accent_set:
        return Harmony(score + 0.2, "neutral")
    if len(accent_set) == 1:
        repeated = accents(families).count(accent_set[0]) > 1
        return Harmony(score + (0.1 if repeated else 0.15), "tonal" if repeated else "accent", {"accent": accent_set[0]})
    return Harmony(score, "mixed")


def pair_verdict(a: str, b: str) -> str:
    """Whether two colour families go together, as the key of the answer to "is black with navy ok?":
    clash, classic, neutrals, accent (one neutral) or accents (two accents that do not clash)."""
    pair = frozenset((a, b))
    if pair in CLASHING_PAIRS:
        return "clash"
    if pair in CLASSIC_PAIRS:
        return "classic"
    neutral = [f for f in (a, b) if f in NEUTRAL_FAMILIES]
    return {2: "neutrals", 1: "accent"}.get(len(neutral), "accents")


# The neutrals in the order a stylist reaches for them beside a colour.
PARTNER_NEUTRALS = ("navy", "white", "grey", "beige", "black", "brown")


def colour_partners(family: str, count: int = 4) -> tuple[str, ...]:
    """The colours that go best with one family ("a mustard cardigan": navy, white, grey, beige): its
    classic pairings first, then the neutrals."""
    classic = sorted(next(iter(pair - {family})) for pair in CLASSIC_PAIRS if family in pair)
    return tuple(dict.fromkeys(f for f in (*classic, *PARTNER_NEUTRALS) if f != family))[:count]
