"""Plain requests a blind round of first-time users found mishandled: a warm city in December, a
wedding without black, "like #2 but warmer", the belt for brown shoes, "anything shiny", a man at a
beach wedding, a trench said in Korean."""

from __future__ import annotations

import pytest

from chains.exclusions import FEATURES
from chains.extract import extract
from domain.items import Item
from domain.traits import traits_of


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


def worn(reply, slot=None):
    return [Item.from_json(i) for o in reply["outfits"] for i in o["items"] if slot is None or i["slot"] == slot]


@pytest.mark.parametrize("text", [
    "monsoon in mumbai, I take the local train to office every day and get drenched. woman, business casual",
    "what to wear to a music festival in bangalore in february, guy",
    "두바이 12월 여행 코디 추천해줘 여자",
])
def test_a_warm_city_or_the_monsoon_is_dressed_for_summer_whatever_the_month(text):
    assert extract(text).preferences.season == "summer"


def test_a_fall_wedding_without_black_still_gets_looks(services):
    reply = say(services, "fall wedding guest outfit for men, no black", "noblack")
    assert reply["type"] == "outfits" and len(reply["outfits"]) >= 2, reply["reply"]
    assert not any(i.color_family == "black" for i in worn(reply) if i.source == "catalog")


def test_like_a_look_but_warmer_adds_looks_a_season_warmer(services):
    first = say(services, "outfits for a fall wedding, women", "warmer-like")
    reply = say(services, "like #2 but warmer, the venue is outdoors", "warmer-like")
    assert reply["outfits"][:len(first["outfits"])] == first["outfits"]  # the looks on screen stay
    added = reply["outfits"][len(first["outfits"]):]
    assert added and "warmer" in reply["reply"], reply["reply"]
    pieces = [Item.from_json(i) for o in added for i in o["items"] if i["slot"] != "accessory"]
    assert not any(traits_of(i).warmth == "light" for i in pieces), [i.name for i in pieces]


@pytest.mark.parametrize(("text", "said"), [
    ("what colour belt with brown shoes?", "brown belt"),
    ("갈색 구두에 무슨 색 벨트?", "갈색 벨트"),
])
def test_a_belt_for_brown_shoes_is_brown(services, text, said):
    reply = say(services, text, f"belt-{said}")
    assert said in reply["reply"] and "navy" not in reply["reply"].split(".")[0], reply["reply"]


def test_anything_shiny_rules_out_metallic_shoes_and_bags():
    shiny = FEATURES["sparkle"][1]
    silver_flats = Item(id="1", name="Clarks Women Silver Shoes", kind="flats", slot="shoes", color="Silver",
                        color_family="metallic", gender="women")
    metal_purse = Item(id="2", name="Yelloe Antique Metal Box Purse", kind="bag", slot="accessory", color="Gold",
                       color_family="yellow", gender="women")
    tan_flats = Item(id="3", name="Catwalk Women Tan Flats", kind="flats", slot="shoes", color="Tan",
                     color_family="brown", gender="women")
    assert shiny(silver_flats) and shiny(metal_purse) and not shiny(tan_flats)
    assert "sparkle" in extract("beach wedding, i cant stand sequins or anything shiny").avoid_kinds


def test_a_man_at_a_beach_wedding_wears_no_black_shoes_or_charcoal(services):
    reply = say(services, "what should a guy wear to a beach wedding in july?", "beach-man")
    assert reply["outfits"], reply["reply"]
    assert not any(i.color_family == "black" for i in worn(reply, "shoes"))
    assert not any(i.color_family in ("black", "brown") for i in worn(reply, "bottom"))


def test_a_trench_said_in_korean_is_the_coat_the_looks_are_built_around():
    heard = extract("베이지 트렌치 있는데 뭐랑 입어? 여자고 출근할때")
    assert heard.kinds == ("coat",) and heard.preferences.colors == ("beige",)


@pytest.mark.parametrize(("text", "said"), [
    ("what shoes go with a navy suit?", "brown or tan"),
    ("네이비 수트엔 무슨 구두?", "브라운이나 탄"),
    ("for a guy what shoes with a grey suit", "black oxfords"),
    ("brown shoes with a black suit?", "black tailoring takes black shoes"),
    ("white sneakers with a navy suit?", "Yes, for smart-casual"),
])
def test_shoes_for_a_suit_are_answered_first(services, text, said):
    reply = say(services, text, f"suit-{len(text)}")
    assert reply["reply"].startswith(("With a", "네이비 수트에는", "Not with", "Yes")) and said in reply["reply"], \
        reply["reply"]
    assert "네이비 구두에는" not in reply["reply"] and "Navy shoes go" not in reply["reply"]  # the suit is navy


def test_whatever_works_after_the_looks_picks_a_direction(services):
    say(services, "help me dress for a first date friday, woman", "shrug-after")
    reply = say(services, "whatever works honestly", "shrug-after")
    assert reply["type"] == "outfits" and len({o["style"] for o in reply["outfits"]}) == 1, reply["reply"]


@pytest.mark.parametrize(("text", "field", "value"), [
    ("임신 7개월인데 결혼식 하객룩 추천해줘", "gender", "women"),
    ("my wife is pregnant, what should I wear to her baby shower? im a guy", "gender", "men"),
    ("what to wear to a music fest in may, girl", "occasion", "festival"),
])
def test_plain_words_are_read(text, field, value):
    assert getattr(extract(text).preferences, field) == value


def test_whats_in_this_fall_is_the_trend_question(services):
    reply = say(services, "whats in this fall for women?", "trend-en")
    assert "fall 20" in reply["reply"] and "colours gaining" in reply["reply"], reply["reply"]


def test_cricket_spikes_are_no_shoe_for_a_walk():
    from domain.traits import is_pitch_shoe
    spikes = Item(id="1", name="ADIDAS Men Twenty2yds Mid IV", kind="sneakers", slot="shoes", color="White",
                  color_family="white", gender="men")
    assert is_pitch_shoe(spikes)


def test_a_pregnant_guest_gets_dresses_flat_shoes_and_nothing_tight(services):
    reply = say(services, "im 7 months pregnant, cocktail party next saturday. what do i wear?", "bump")
    assert reply["outfits"], reply["reply"]
    assert any(i["slot"] == "onepiece" for o in reply["outfits"] for i in o["items"]), reply["outfits"]
    assert not any(i.kind == "heels" for i in worn(reply, "shoes"))
    assert not any(w in i.name.lower() for i in worn(reply) for w in ("skinny", "pencil", "bodycon"))
