"""Looks for a rainy day keep out what a stylist would not send into the rain."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chains.weather import rain_ready, snow_ready
from domain.items import Item


def piece(name: str, slot: str, kind: str, family: str) -> Item:
    return Item(id=name, name=name, kind=kind, slot=slot, color=family.title(), color_family=family, gender="women")


@pytest.mark.parametrize(("weather", "item", "ready"), [
    (rain_ready, piece("Arrow Women Solid Black Skirt", "bottom", "skirt", "black"), True),
    (rain_ready, piece("Vero Moda Women White Trousers", "bottom", "trousers", "white"), False),
    (rain_ready, piece("Carlton London Women Black Pumps", "shoes", "heels", "black"), True),
    (rain_ready, piece("Catwalk Women Beige Ballerinas", "shoes", "flats", "beige"), False),
    (rain_ready, piece("Converse Unisex Navy Canvas Shoes", "shoes", "sneakers", "navy"), False),
    (rain_ready, piece("Clarks Men Brown Suede Loafers", "shoes", "shoes", "brown"), False),
    (rain_ready, piece("Catwalk Women Black Sandals", "shoes", "sandals", "black"), False),
    (rain_ready, piece("Cobblerz Women Black Peep Toes", "shoes", "heels", "black"), False),
    (rain_ready, piece("Rocia Women Black Slingback Flats", "shoes", "flats", "black"), False),
    (rain_ready, piece("Forever New Women Long Black Jacket", "outerwear", "jacket", "black"), True),
    (snow_ready, piece("Timberland Women Femmes Brown Boot", "shoes", "boots", "brown"), True),
    (snow_ready, piece("Catwalk Women Black Casual Shoes", "shoes", "sneakers", "black"), False),
    (snow_ready, piece("Carlton London Women Black Pumps", "shoes", "heels", "black"), False),
    (snow_ready, piece("Roxy Women Grey Sweater", "top", "sweater", "grey"), True),
    (snow_ready, replace(piece("Forever New Women Stone Trench Coat", "outerwear", "coat", "beige"), warmth="warm"), False),
    (snow_ready, replace(piece("Puma Men Foundation Padded Blue Jacket", "outerwear", "jacket", "blue"), warmth="heavy"),
     True),
])
def test_what_goes_out_in_the_rain_or_through_snow(weather, item, ready):
    assert weather(item) is ready


def test_real_cold_wants_a_warm_layer_and_no_summer_weight_piece():
    from chains.weather import cold_ready

    coat = replace(piece("Forever New Women Long Black Coat", "outerwear", "coat", "black"), warmth="heavy")
    blazer = replace(piece("Scullers For Her Black Blazer", "outerwear", "blazer", "black"), warmth="medium")
    tee = replace(piece("Roxy Women White Tee", "top", "tshirt", "white"), warmth="light")
    assert cold_ready(coat) and not cold_ready(blazer) and not cold_ready(tee)


@pytest.mark.parametrize(("text", "cold"), [
    ("it's freezing, weekend outfit", True), ("졸업식 코디 엄청 추워요", True), ("영하 5도래요", True),
    ("-3°C tomorrow, what to wear", True), ("winter date outfit", False), ("10도 정도", False),
])
def test_real_cold_is_heard(text, cold):
    from chains.extract import extract

    assert extract(text).cold is cold


@pytest.mark.parametrize(("text", "snow"), [
    ("snow trip to hokkaido next week, what should i pack", True), ("남자 스키장 갈 때 입을 옷", True),
    ("눈 오는 날 출근룩", True), ("it's freezing, weekend outfit", False), ("눈이 작아 보이는 안경", False),
])
def test_snow_is_heard_and_is_cold(text, snow):
    from chains.extract import extract

    heard = extract(text)
    assert heard.snow is snow and (heard.cold or not snow)


@pytest.mark.parametrize(("text", "celsius"), [
    ("영하 10도래요 출근룩", -10.0), ("마이너스 5도", -5.0), ("it's minus 10 degrees out", -10.0),
    ("minus 5 celsius", -5.0), ("10도 정도", 10.0), ("-3C tomorrow", -3.0),
])
def test_below_zero_said_in_words_is_below_zero(text, celsius):
    from chains.extract import celsius_said

    assert celsius_said(text.lower()) == celsius


@pytest.mark.parametrize(("text", "bitter"), [
    ("packers game at lambeau sunday, 8F, im a guy", True), ("영하 10도래요 출근룩", True),
    ("going to a hockey tournament, freezing rinks all day", True), ("it's freezing, weekend outfit", False),
    ("-3°C tomorrow, what to wear", False), ("camping in june with my kids", False),
])
def test_hard_cold_or_a_cold_day_outside_is_heard(text, bitter):
    from chains.extract import extract

    assert extract(text).bitter is bitter


@pytest.mark.parametrize(("text", "season"), [
    ("다낭 12월 여행 여자", "summer"), ("bali in january, what to pack", "summer"), ("hokkaido in december", "winter"),
    ("running clothes for 35F, 10k, female", "winter"),
])
def test_a_place_hot_all_year_is_summer_whatever_the_month_and_35f_beside_female_is_the_weather(text, season):
    from chains.extract import extract

    assert extract(text).preferences.season == season


@pytest.mark.parametrize(("text", "rain"), [
    ("제주도 여행 가는데 비 온대", True), ("내일 비 소식 있는데 출근룩", True), ("drizzly day in london, what to wear", True),
    ("장마 시작이래요 출근룩", True), ("baby shower outfit", False), ("비비드한 색 좋아해요", False),
])
def test_rain_is_heard_in_everyday_words(text, rain):
    from chains.extract import extract

    assert extract(text).rain is rain
