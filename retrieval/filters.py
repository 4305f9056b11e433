"""Typed search filters. They become LanceDB expressions (`lancedb.expr`), never SQL strings."""

from __future__ import annotations

import math
from dataclasses import dataclass


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

    def __post_init__(self) -> None:
        for name in ("price_min", "price_max"):  # NaN would silently match nothing (or everything)
            value = getattr(self, name)
            if value is not None and not math.isfinite(float(value)):
                raise ValueError(f"{name} must be a finite number, got {value!r}")
