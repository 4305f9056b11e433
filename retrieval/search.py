"""Pure search logic: typed filters -> `lancedb.expr` expressions, and reciprocal-rank fusion.

Filter values arrive from users (chat text, CLI flags), so they only ever become `lit(...)` values
of an expression tree, never text spliced into SQL.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from functools import reduce
from typing import TYPE_CHECKING

from domain.vocabulary import OCCASION_USAGES, STYLES
from retrieval.documents import style_column
from domain.filters import SearchFilters

if TYPE_CHECKING:  # lancedb takes a second to import; the functions below import it on first use
    from lancedb.expr import Expr

# Share of the hybrid score that comes from full-text (BM25) relevance. Full-text hits must contain
# every query word, so they are precise, but BM25 on short templated product texts is noisy (doc
# length, repeated words); the semantic cosine stays the main signal.
TEXT_WEIGHT = 0.3


def _literals(values: Iterable[object]) -> list[Expr]:
    from lancedb.expr import lit

    return [lit(str(v)) for v in values]


def _any_of(column: str, values: Sequence[object]) -> Expr:
    from lancedb.expr import col

    return col(column).isin(_literals(values))


def _styles_expr(styles: Sequence[str]) -> Expr:
    """Item carries any of the styles; unknown style words match no item."""
    from lancedb.expr import col, lit

    known = [s for s in dict.fromkeys(styles) if s in STYLES]
    if not known:
        return lit(False)
    return reduce(lambda a, b: a | b, [col(style_column(s)) == lit(True) for s in known])


def _finite(name: str, value: float) -> float:
    if not math.isfinite(float(value)):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return float(value)


def _price_expr(price_min: float | None, price_max: float | None) -> Expr | None:
    """Items with no price pass a maximum ("unknown" is not "too dear": the demo catalogue has
    none) but never a minimum (nothing says they cost that much)."""
    from lancedb.expr import col, lit

    parts: list[Expr] = []
    if price_min is not None:
        parts.append((col("has_price") == lit(True)) & (col("price") >= lit(_finite("price_min", price_min))))
    if price_max is not None:
        parts.append((col("has_price") == lit(False)) | (col("price") <= lit(_finite("price_max", price_max))))
    return reduce(lambda a, b: a & b, parts) if parts else None


def _occasion_expr(occasions: Sequence[str]) -> Expr:
    """Items whose usage suits any of the occasions; unknown occasion words match no item."""
    usages = [u for o in occasions for u in OCCASION_USAGES.get(o, ())]
    if not usages:
        from lancedb.expr import lit

        return lit(False)
    return _any_of("usage", list(dict.fromkeys(usages)))


def build_where(filters: SearchFilters) -> Expr | None:
    """The filter expression for a search, or None when nothing is filtered."""
    from lancedb.expr import col, lit

    parts: list[Expr] = []
    for column, values in (
        ("slot", filters.slots), ("kind", filters.kinds), ("gender", filters.genders),
        ("season", filters.seasons), ("usage", filters.usages), ("color_family", filters.color_families),
        ("formality", filters.formalities), ("warmth", filters.warmths),
    ):
        if values:
            parts.append(_any_of(column, values))
    if filters.exclude_color_families:
        parts.append(~_any_of("color_family", filters.exclude_color_families))
    if filters.exclude_ids:
        parts.append(~_any_of("id", filters.exclude_ids))
    if filters.exclude_functions:  # a null function (a row not re-ingested since the column came) never passes
        parts.append(~_any_of("function", filters.exclude_functions))
    if filters.styles:
        parts.append(_styles_expr(filters.styles))
    if filters.occasions:
        parts.append(_occasion_expr(filters.occasions))
    if (price := _price_expr(filters.price_min, filters.price_max)) is not None:
        parts.append(price)
    if filters.outfit_only:
        parts.append(col("outfit_ok") == lit(True))
    return reduce(lambda a, b: a & b, parts) if parts else None


def blend_scores(
    cosines: Mapping[str, float], lexical: Mapping[str, float], text_weight: float = TEXT_WEIGHT
) -> list[tuple[str, float]]:
    """Hybrid score per id, best first: (1 - w) * cosine similarity + w * BM25 / best BM25, in 0-1.

    Every id needs a cosine; ids without a BM25 score (no full-text hit) get no lexical share.
    """
    best = max(lexical.values(), default=0.0)
    scored = []
    for item_id, cosine in cosines.items():
        lexical_share = lexical.get(item_id, 0.0) / best if best > 0 else 0.0
        score = (1 - text_weight) * min(max(cosine, 0.0), 1.0) + text_weight * lexical_share
        scored.append((item_id, score))
    # Ties break by id so that equal inputs always give the same order.
    return sorted(scored, key=lambda p: (-p[1], p[0]))
