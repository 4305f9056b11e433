"""Typed search filters: what a search may return. The catalogue turns them into LanceDB expressions
(`retrieval/search.py`, with `lancedb.expr`), never SQL strings."""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class SearchFilters:
    """Every field narrows the search; an empty tuple / None means "any"."""

    slots: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    genders: tuple[str, ...] = ()
    seasons: tuple[str, ...] = ()
    usages: tuple[str, ...] = ()  # the catalogue's own usage words ("casual", "formal", "sports"...)
    color_families: tuple[str, ...] = ()
    exclude_color_families: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()  # item matches if it carries any of them
    price_max: float | None = None
    exclude_ids: tuple[str, ...] = ()
    price_min: float | None = None  # items without a price never pass a minimum
    occasions: tuple[str, ...] = ()  # vocabulary occasions, met through usages (vocabulary.OCCASION_USAGES)
    outfit_only: bool = True  # False also finds kids' wear, innerwear, personal care... (outfit_ok false)
    # A stylist's reading of the item (domain/traits.py); ignored on a table built before it existed.
    formalities: tuple[str, ...] = ()  # item's formality is one of these
    exclude_functions: tuple[str, ...] = ()  # item's function is none of these ("" is a function too)
    warmths: tuple[str, ...] = ()  # item's warmth is one of these

    def __post_init__(self) -> None:
        for name in ("price_min", "price_max"):  # NaN would silently match nothing (or everything)
            value = getattr(self, name)
            if value is not None and not math.isfinite(float(value)):
                raise ValueError(f"{name} must be a finite number, got {value!r}")


# Trait column -> the filter field that reads it.
TRAIT_FILTERS: dict[str, str] = {"formality": "formalities", "function": "exclude_functions", "warmth": "warmths"}


def supported_filters(filters: SearchFilters, has_outfit_flag: bool, trait_columns: Collection[str]) -> SearchFilters:
    """The filters a table can apply: both search paths (LanceDB and the in-memory mirror) use it.

    A table built before `outfit_ok` existed holds outfit pieces only: nothing to filter. One built
    before a trait column cannot filter on it, so that filter is dropped (its items' traits are
    derived from kind, usage and name when read, see `traits.traits_of`).
    """
    changes: dict[str, object] = {}
    if filters.outfit_only and not has_outfit_flag:
        changes["outfit_only"] = False
    for column, field in TRAIT_FILTERS.items():
        if column not in trait_columns and getattr(filters, field):
            changes[field] = ()
    return replace(filters, **changes) if changes else filters
