"""Query understanding for catalogue search, shared with the agent's extractor."""

from __future__ import annotations

import re

from chains.extract import Understanding, extract, without_budget
from domain.filters import SearchFilters
from domain.vocabulary import KIND_SYNONYMS

_LATIN_WORD = re.compile(r"[A-Za-z][\w-]*")
# "something warm" / "something cooler": the seasons such clothes are made for, unless one is named,
# and for "warm" the kinds that keep a person warm, unless one is named (a catalogue's season tags
# alone would let winter sunglasses in).
_WARMTH_SEASONS = {"warmer": ("fall", "winter"), "cooler": ("spring", "summer")}
WARM_KINDS = ("jacket", "coat", "sweater", "sweatshirt", "cardigan", "boots", "scarf")


def understand_query(query: str) -> tuple[str, SearchFilters]:
    """"navy chinos for men under 50k won" -> text for the search + typed filters (kind, colours, gender...)."""
    heard = extract(query)
    wanted = heard.preferences
    warmth = next((f for f in sorted(heard.followups) if f in _WARMTH_SEASONS), None)
    seasons = (wanted.season,) if wanted.season else _WARMTH_SEASONS.get(warmth, ())
    filters = SearchFilters(
        kinds=heard.kinds or (WARM_KINDS if warmth == "warmer" else ()),
        genders=(wanted.gender, "unisex") if wanted.gender else (),
        seasons=seasons,
        color_families=wanted.colors,
        exclude_color_families=wanted.avoid_colors,
        styles=(wanted.style,) if wanted.style else (),
        occasions=(wanted.occasion,) if wanted.occasion else (),
        price_max=wanted.budget_max,
    )
    return search_text(heard), filters


def search_text(heard: Understanding) -> str:
    """What the embedder and the full-text index get: the query without its budget phrase, and for
    Korean the recognised colours and kinds in English (the catalogue, the embedder and the
    full-text index all speak English) plus any Latin words, such as a brand, the query holds."""
    text = without_budget(heard.text)
    if heard.language != "ko":
        return text or heard.text
    kinds = [KIND_SYNONYMS.get(kind, kind).split()[0] for kind in heard.kinds]
    words = [*heard.preferences.colors, *kinds, *_LATIN_WORD.findall(text)]
    return " ".join(words) or text or heard.text
