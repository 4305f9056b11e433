"""Query understanding for catalogue search, shared with the agent's extractor."""

from __future__ import annotations

from chains.extract import extract
from retrieval.filters import SearchFilters


def understand_query(query: str) -> tuple[str, SearchFilters]:
    """"navy chinos for men" -> text for the embedder + typed filters (kind, colours, gender)."""
    heard = extract(query).preferences
    filters = SearchFilters(
        kinds=heard.kinds,
        genders=(heard.gender, "unisex") if heard.gender else (),
        seasons=(heard.season,) if heard.season else (),
        color_families=heard.colors,
        exclude_color_families=heard.avoid_colors,
        styles=(heard.style,) if heard.style else (),
        price_max=heard.budget_max,
    )
    return query, filters
