"""Filter building and score blending: pure functions, checked as tables."""

from __future__ import annotations

import pytest

from retrieval.filters import SearchFilters
from retrieval.search import blend_scores, build_where


@pytest.mark.parametrize(
    ("filters", "sql"),
    [
        (SearchFilters(), None),
        (SearchFilters(genders=("men", "unisex")), "gender IN ('men', 'unisex')"),
        (SearchFilters(slots=("top",), kinds=("shirt",)), "(slot IN ('top') AND kind IN ('shirt'))"),
        (SearchFilters(exclude_color_families=("black",)), "color_family NOT IN ('black')"),
        (SearchFilters(styles=("minimal", "nonsense", "minimal")), "(style_minimal = true)"),
        (SearchFilters(styles=("minimal", "chic")), "((style_minimal = true) OR (style_chic = true))"),
        (SearchFilters(styles=("nonsense",)), "false"),
        (SearchFilters(price_max=30), "((has_price = false) OR (price <= 30.0))"),
        # A quote inside a value stays inside the literal: doubled, never closing it.
        (SearchFilters(genders=("' OR 1=1 --",)), "gender IN (''' OR 1=1 --')"),
    ],
)
def test_build_where(filters: SearchFilters, sql: str | None) -> None:
    where = build_where(filters)
    assert (None if where is None else where.to_sql()) == sql


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_price_must_be_finite(bad: float) -> None:
    with pytest.raises(ValueError):
        build_where(SearchFilters(price_max=bad))


@pytest.mark.parametrize(
    ("cosines", "lexical", "expected"),
    [
        ({}, {}, []),
        ({"a": 0.5, "b": 0.7}, {}, [("b", 0.49), ("a", 0.35)]),
        ({"a": 0.5, "b": 0.6}, {"a": 8.0}, [("a", 0.65), ("b", 0.42)]),
        ({"a": 0.5, "b": 0.5}, {"a": 2.0, "b": 4.0}, [("b", 0.65), ("a", 0.5)]),
        ({"b": 0.5, "a": 0.5}, {}, [("a", 0.35), ("b", 0.35)]),  # ties: by id
        ({"a": -0.2, "b": 1.3}, {}, [("b", 0.7), ("a", 0.0)]),  # clipped into 0-1
    ],
)
def test_blend_scores(cosines: dict, lexical: dict, expected: list) -> None:
    got = blend_scores(cosines, lexical)
    assert [i for i, _ in got] == [i for i, _ in expected]
    assert [s for _, s in got] == pytest.approx([s for _, s in expected])
