"""Which colours to wear, said plainly ("색은 뭐가 좋을까요?", "what colours should I wear?"): the occasion's own
colours where its dress code keeps to some, else the colours of the looks on screen, with what the occasion
asks to avoid and what the season suggests (pure)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import prompts
from chains.dress_code import dress_code
from chains.state import Outfit
from domain.vocabulary import GARMENT_SLOTS, NEUTRAL_FAMILIES

# The clothes' colours where neither the occasion nor the looks say any: the neutrals that carry anything
DEFAULT_COLOURS = ("navy", "grey", "white", "beige")
CELEBRATION_COLOURS = ("navy", "blue", "pink", "green")  # a celebration by day wants some colour
WEDDINGS = frozenset({"wedding", "beach_wedding"})
# What the season adds, said after the colours
SEASON_KEYS = {"summer": "colours_summer", "winter": "colours_winter", "spring": "colours_spring", "fall": "colours_fall"}


def colour_advice(lang: str, occasion: str, season: str, looks: Sequence[Outfit]) -> str:
    """The colours to wear to the occasion in the season, in words, safest first."""
    code = dress_code(occasion, season)
    colours = _occasion_colours(occasion, season) or _worn_colours(looks) \
        or (CELEBRATION_COLOURS if code.no_head_to_toe_black else DEFAULT_COLOURS)
    # (no white said at a wedding, nor as the colour of a funeral: a white shirt is the sober note's)
    kept = [c for c in colours if c not in code.dress_colours_to_avoid and not (code.strict_colours and c == "white")]
    named = prompts.listed(lang, [prompts.label(lang, "color_family", c) for c in kept[:4]])
    key = "colours_for_sober" if code.strict_colours else "colours_for"
    parts = [prompts.render(lang, key, occasion=prompts.label(lang, "occasion", occasion), colours=named)]
    # (said only where it is so, and right after the colours it means: not after the season's pastels)
    if looks and set(_worn_colours(looks)) <= set(kept) | NEUTRAL_FAMILIES:
        parts.append(prompts.render(lang, "colours_looks_kept"))
    if not (code.strict_colours or code.stays_formal):  # (black tie keeps to its own black and navy)
        parts.append(prompts.render(lang, SEASON_KEYS[season]))
    if "white" in code.dress_colours_to_avoid and occasion in WEDDINGS:
        parts.append(prompts.render(lang, "colours_no_white"))
    if code.no_head_to_toe_black:
        parts.append(prompts.render(lang, "colours_no_black"))
    return " ".join(parts)


def _occasion_colours(occasion: str, season: str) -> tuple[str, ...]:
    """The colours the occasion's code lists for the clothes (a top, then a dress), safest first."""
    code = dress_code(occasion, season)
    for kind in ("top", "onepiece", "blazer", "trousers"):
        if listed := code.palette_list(kind):
            return listed
    return ()


def _worn_colours(looks: Sequence[Outfit]) -> tuple[str, ...]:
    """The clothes' colours of the looks on screen, most worn first (multicoloured prints apart)."""
    worn = Counter(i.color_family for o in looks for i in o.items if i.slot in GARMENT_SLOTS and i.color_family != "multi")
    return tuple(colour for colour, _ in worn.most_common())
