"""Taste vectors, as the seed service BRAIND did: a user's vector from the style tags, colours and
kinds of items they liked, saved or own, compared by cosine similarity with each brand's vector
aggregated from its catalogue items. Pure: the brand profiles come in as plain data."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from domain.vocabulary import COLOR_FAMILIES, KINDS, STYLES

FEATURES = [f"style:{s}" for s in STYLES] + [f"color:{c}" for c in COLOR_FAMILIES] + [f"kind:{k}" for k in KINDS]
_INDEX = {name: i for i, name in enumerate(FEATURES)}
MIN_BRAND_ITEMS = 5  # fewer items say too little about a brand


@dataclass(frozen=True)
class BrandMatch:
    brand: str
    similarity: float
    shared: tuple[str, ...]  # the strongest features user and brand share, for the reason


def features(styles: Iterable[str], color_family: str | None, kind: str | None) -> list[str]:
    return [f"style:{s}" for s in styles] + ([f"color:{color_family}"] if color_family else []) \
        + ([f"kind:{kind}"] if kind else [])


def vector(feature_lists: Iterable[Sequence[str]]) -> np.ndarray:
    """Sum of one-hot features, L2-normalised (a zero vector stays zero)."""
    total = np.zeros(len(FEATURES), dtype=np.float32)
    for names in feature_lists:
        for name in names:
            if name in _INDEX:
                total[_INDEX[name]] += 1.0
    norm = float(np.linalg.norm(total))
    return total / norm if norm else total


def brand_vectors(rows: Iterable[Mapping]) -> dict[str, np.ndarray]:
    """rows: catalogue items with brand, styles, color_family, kind."""
    grouped: dict[str, list[list[str]]] = {}
    for row in rows:
        if row.get("brand"):
            grouped.setdefault(row["brand"], []).append(features(row.get("styles") or (), row.get("color_family"), row.get("kind")))
    return {brand: vector(lists) for brand, lists in grouped.items() if len(lists) >= MIN_BRAND_ITEMS}


def brand_affinity(taste: np.ndarray, brands: Mapping[str, np.ndarray]) -> dict[str, float]:
    """Cosine similarity of every brand with the taste; empty while nothing is known of the taste."""
    if not taste.any() or not brands:
        return {}
    names = list(brands)
    return dict(zip(names, (np.stack([brands[n] for n in names]) @ taste).tolist(), strict=True))


def best_brands(taste: np.ndarray, brands: Mapping[str, np.ndarray], top: int = 5) -> list[BrandMatch]:
    if not taste.any():
        return []
    names = sorted(brands)
    matrix = np.stack([brands[n] for n in names])
    scores = matrix @ taste
    order = np.argsort(-scores)[:top]
    return [BrandMatch(names[i], float(scores[i]), _shared(taste, matrix[i])) for i in order]


def _shared(taste: np.ndarray, brand: np.ndarray, count: int = 2) -> tuple[str, ...]:
    product = taste * brand
    return tuple(FEATURES[i] for i in np.argsort(-product)[:count] if product[i] > 0)
