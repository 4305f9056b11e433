"""Filter building and score blending: pure functions, checked as tables."""

from __future__ import annotations

from dataclasses import replace

import pytest

from domain.filters import SearchFilters, supported_filters
from retrieval.search import blend_scores, build_where


ANY = SearchFilters(outfit_only=False)  # the rows below check one field at a time


@pytest.mark.parametrize(
    ("filters", "sql"),
    [
        (ANY, None),
        (SearchFilters(), "(outfit_ok = true)"),  # kids' wear, innerwear, personal care stay out by default
        (replace(ANY, genders=("men", "unisex")), "gender IN ('men', 'unisex')"),
        (replace(ANY, slots=("top",), kinds=("shirt",)), "(slot IN ('top') AND kind IN ('shirt'))"),
        (replace(ANY, exclude_color_families=("black",)), "color_family NOT IN ('black')"),
        (replace(ANY, styles=("minimal", "nonsense", "minimal")), "(style_minimal = true)"),
        (replace(ANY, styles=("minimal", "chic")), "((style_minimal = true) OR (style_chic = true))"),
        (replace(ANY, styles=("nonsense",)), "false"),
        (replace(ANY, price_max=30), "((has_price = false) OR (price <= 30.0))"),
        (replace(ANY, price_min=10), "((has_price = true) AND (price >= 10.0))"),
        (replace(ANY, occasions=("work",)), "`usage` IN ('formal', 'smart casual')"),
        (replace(ANY, occasions=("' OR 1=1 --",)), "false"),
        (SearchFilters(kinds=("jeans",)), "(kind IN ('jeans') AND (outfit_ok = true))"),
        # A quote inside a value stays inside the literal: doubled, never closing it.
        (replace(ANY, genders=("' OR 1=1 --",)), "gender IN (''' OR 1=1 --')"),
        # A stylist's reading of the items (domain/traits.py).
        (replace(ANY, formalities=("smart", "formal")), "formality IN ('smart', 'formal')"),
        (replace(ANY, warmths=("light",)), "warmth IN ('light')"),
        (replace(ANY, exclude_functions=("sport", "")), "`function` NOT IN ('sport', '')"),
        (replace(ANY, formalities=("' OR 1=1 --",)), "formality IN (''' OR 1=1 --')"),
    ],
)
def test_build_where(filters: SearchFilters, sql: str | None) -> None:
    where = build_where(filters)
    assert (None if where is None else where.to_sql()) == sql


@pytest.mark.parametrize(
    ("has_outfit_flag", "traits", "kept"),
    [
        (True, ("formality", "function", "warmth"), ("outfit_only", "formalities", "exclude_functions", "warmths")),
        (True, (), ("outfit_only",)),  # a table from before the traits: their filters are dropped
        (False, ("formality",), ("formalities",)),  # ...and one from before `outfit_ok` holds outfit pieces only
    ],
)
def test_supported_filters_drop_what_the_table_cannot_apply(has_outfit_flag: bool, traits: tuple,
                                                            kept: tuple) -> None:
    wanted = SearchFilters(kinds=("shirt",), formalities=("smart",), exclude_functions=("sport",), warmths=("light",))
    got = supported_filters(wanted, has_outfit_flag, traits)
    assert got.kinds == ("shirt",)
    filtering = {"outfit_only": got.outfit_only, "formalities": got.formalities,
                 "exclude_functions": got.exclude_functions, "warmths": got.warmths}
    assert {field for field, value in filtering.items() if value} == set(kept)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
@pytest.mark.parametrize("field", ["price_max", "price_min"])
def test_price_must_be_finite(bad: float, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        build_where(replace(SearchFilters(), **{field: bad}))


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
