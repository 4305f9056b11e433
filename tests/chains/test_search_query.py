"""`stylist search` query understanding: the words people type become filters plus a search text."""

from __future__ import annotations

import pytest

from chains.extract import extract
from chains.search_query import WARM_KINDS, understand_query


def test_a_budget_becomes_a_price_filter_and_leaves_the_search_text() -> None:
    text, filters = understand_query("navy chinos under 50000 won")
    assert text == "navy chinos"
    assert filters.price_max == 50000 and filters.kinds == ("trousers",) and filters.color_families == ("navy",)
    text, filters = understand_query("5만원 이하 니트")
    assert filters.price_max == 50000 and filters.kinds == ("sweater",) and "만원" not in text


def test_korean_queries_search_in_english_words() -> None:
    text, filters = understand_query("검정 슬랙스")
    assert text == "black trousers"
    assert filters.kinds == ("trousers",) and filters.color_families == ("black",)
    assert understand_query("나이키 운동화 Air Max")[0] == "sneakers Air Max"  # Latin words (a model name) stay


@pytest.mark.parametrize(("query", "season"), [
    ("something warm for december", "winter"), ("a wedding in june", "summer"), ("12월 데이트룩", "winter"),
    ("11월 출근룩", "fall"), ("1월 여행", "winter"), ("may I ask what goes with navy", None),
])
def test_months_name_their_season(query: str, season: str | None) -> None:
    assert extract(query).preferences.season == season


def test_something_warm_means_warm_clothes_for_the_cold_seasons() -> None:
    _, filters = understand_query("something warm")
    assert set(filters.seasons) == {"fall", "winter"} and filters.kinds == WARM_KINDS
    _, filters = understand_query("something warm for december")
    assert filters.seasons == ("winter",)
    _, filters = understand_query("a warm coat")
    assert filters.kinds == ("coat",)  # a named kind is kept


def test_an_occasion_becomes_an_occasion_filter() -> None:
    assert understand_query("party heels")[1].occasions == ("party",)
