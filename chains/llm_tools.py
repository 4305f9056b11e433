"""The tools a configured chat model may call to answer free questions: the catalogue and the
store's style notes. Each returns short text the model can quote; nothing else is reachable."""

from __future__ import annotations

from typing import Any

from chains.services import AgentServices
from domain.vocabulary import COLOR_FAMILIES, GENDERS, KINDS
from domain.filters import SearchFilters

MAX_ITEMS = 5


def stylist_tools(services: AgentServices, lang: str) -> list[Any]:
    from langchain_core.tools import tool

    @tool
    def search_catalog(query: str, gender: str | None = None, kind: str | None = None, color: str | None = None) -> str:
        """Find real items in the store's catalogue. query: words describing the item; gender: men or
        women; kind: a garment kind such as shirt, trousers, dress, sneakers; color: a colour family."""
        filters = SearchFilters(
            kinds=(kind,) if kind in KINDS else (),
            genders=(gender, "unisex") if gender in GENDERS else (),
            color_families=(color,) if color in COLOR_FAMILIES else (),
        )
        items = services.catalog.search(query, filters, k=MAX_ITEMS)
        return "\n".join(f"{i.name} ({i.color}, {i.kind})" for i in items) or "nothing found"

    @tool
    def style_notes(topic: str) -> str:
        """The store's own style advice nearest to a topic (a style, an occasion, a colour, a garment)."""
        if services.knowledge is None:
            return "no notes"
        note = services.knowledge.nearest(topic, lang) or services.knowledge.nearest(topic, "en")
        return f"{note['title']}: {note['text']}" if note else "no notes"

    return [search_catalog, style_notes]
