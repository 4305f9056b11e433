"""What a month is like at a place (chains/climate.py over data/climate/places.csv): the season its clothes are for
there, the place a message goes to, the month it names, and the sentence that answers "is it cold there?"."""

from __future__ import annotations

import pytest

from chains.climate import (climate_note, load_places, month_meant, month_named, place_by_key, place_named,
                            season_named, season_to_dress_for)


@pytest.mark.parametrize("key, month, season", [("sydney", 1, "summer"), ("madurai", 1, "summer"),
                                                ("seoul", 1, "winter"), ("jeju", 10, "fall"),
                                                ("melbourne", 4, "fall"), ("tokyo", 3, "winter"), ("delhi", 1, "winter"),
                                                ("chennai", 5, "summer")])
def test_a_month_dresses_for_the_season_there(key, month, season):
    assert place_by_key(key).season(month) == season


def test_a_mild_winter_is_called_winter_but_packed_in_layers():
    sydney = place_by_key("sydney")  # (8-17 °C in July: a coat over knits, no heavy padding)
    assert sydney.named_season(7) == "winter" and sydney.band(7) == "cool"
    assert place_by_key("madurai").named_season(1) == "summer"  # (30 °C days: the heat's name, not the calendar's)
    assert place_by_key("bengaluru").season(12) in ("spring", "fall")  # (26 °C days: no winter coat in December)
    assert place_by_key("pune").season(12) == "spring"  # (30 °C days, 11 °C dawns: light clothes and a layer)


def test_a_northern_place_a_little_colder_than_its_calendar_keeps_the_calendar():
    assert season_to_dress_for(place_by_key("seoul"), 11) == "fall"  # ("11월 말, 여의도": the fall people dress for)
    assert season_to_dress_for(place_by_key("sydney"), 7) == "winter"


def test_real_heat_and_real_cold_are_read_from_the_days():
    assert place_by_key("chennai").hot(5) and place_by_key("chennai").band(5) == "hot"
    assert place_by_key("harbin").band(1) == "freezing" and not place_by_key("harbin").hot(7)
    assert place_by_key("sydney").band(7) == "cool"


@pytest.mark.parametrize("text, key", [
    ("going to visit my son in sydney for three weeks", "sydney"),
    ("7월에 시드니 어학연수 가요", "sydney"),
    ("제주도에 10월에 가요", "jeju"),
    ("moving from chennai to toronto in january", "toronto"),  # (the place left behind is no climate)
    ("I live in Melbourne, going to Seoul in January", "seoul"),  # (where they go, before where they live)
    ("I live in Chennai, what do I wear to the office", "chennai"),  # (where they live, when they go nowhere)
    ("what's the weather like in NYC in March?", "new_york"),
])
def test_the_place_a_message_goes_to(text, key):
    assert place_named(text).key == key


@pytest.mark.parametrize("text", ["퍼스널 컬러 쿨톤이에요", "비즈니스 캐주얼로 출근해요", "a nice dinner in town",
                                  "I'm from a small town, first big city job",
                                  # (the review's: a word that begins with a place's name, a thing named after one)
                                  "주말에 방콕할 거라 편한 옷", "퍼스트 데이트 룩", "나하고 남친 커플룩", "말레이시아 여행",
                                  "보스턴백 어울리는 코디", "하와이안 셔츠", "대구탕 먹으러", "need wellington boots",
                                  "what goes with jodhpur boots?", "a mysore silk saree", "Florence's wedding",
                                  "my sister lives in Sydney and is flying in"])
def test_words_that_only_look_like_places_are_none(text):
    assert place_named(text) is None


def test_next_month_is_the_one_after_this():
    assert month_meant("다음달 제주도 여행 가요", 12) == 1 and month_meant("trip next month", 3) == 4
    assert month_meant("in July", 3) == 7 and month_meant("this weekend", 3) is None


@pytest.mark.parametrize("text, month", [("I leave mid july", 7), ("1월 중순에 가요", 1), ("in may", 5),
                                         ("early Oct", 10), ("it may rain", None), ("next week", None)])
def test_the_month_a_message_names(text, month):
    assert month_named(text) == month


def test_every_place_has_twelve_months_of_days_warmer_than_nights():
    for place in set(load_places().values()):
        assert len(place.high) == len(place.low) == 12 and all(h >= lo for h, lo in zip(place.high, place.low))


def test_the_note_says_the_month_there_and_answers_a_coat_asked():
    sydney = place_by_key("sydney")
    note = climate_note("en", sydney, 7)
    assert "Sydney in July" in note and "17 °C" in note and "winter there" in note
    coat = climate_note("ko", sydney, 7, "패딩 필요해요? 캐리어 하나라 부피 큰거 싫은데")
    assert "두꺼운 패딩은 필요 없어요" in coat and "시드니" in coat
    assert climate_note("ko", sydney, 7, "여름옷 위주로 챙기면 되겠죠?", season_named("여름옷")).startswith("아니요")
    assert climate_note("en", place_by_key("seoul"), 1, "do I need a coat?").count("Yes") == 1
    assert "rainy season" in climate_note("en", place_by_key("mumbai"), 7)
