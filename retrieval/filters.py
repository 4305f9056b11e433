"""Typed search filters. They become LanceDB expressions (`lancedb.expr`), never SQL strings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SearchFilters:
    """Every field narrows the search; an empty tuple / None means "any"."""

    slots: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    genders: tuple[str, ...] = ()
    seasons: tuple[str, ...] = ()
    usages: tuple[str, ...] = ()
    color_families: tuple[str, ...] = ()
    exclude_color_families: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()  # item matches if it carries any of them
    price_max: float | None = None
    exclude_ids: tuple[str, ...] = ()
