"""The finishing touches a look wants ("and what socks?", "what colour belt?", "넥타이는 무슨 색?"), said by
the rules a stylist dresses by, for every look on screen."""

from __future__ import annotations

import pytest

from chains.finishing import finishing
from chains.state import Outfit
from domain.items import Item


def piece(name: str, slot: str, kind: str, family: str, gender: str = "men") -> Item:
    return Item(id=name, name=name, kind=kind, slot=slot, color=family.title(), color_family=family, gender=gender)


SUIT = Outfit("classic", (
    piece("Arrow Men White Formal Shirt", "top", "shirt", "white"),
    piece("Peter England Men Charcoal Trousers", "bottom", "trousers", "grey"),
    piece("Red Chief Men Brown Formal Shoes", "shoes", "shoes", "brown"),
    piece("Reid & Taylor Men Navy Blazer", "outerwear", "blazer", "navy"),
), "")
DRESS = Outfit("minimal", (
    piece("AND Women Navy Dress", "onepiece", "dress", "navy", "women"),
    piece("Carlton London Women Black Boots", "shoes", "boots", "black", "women"),
), "")
TRAINERS = Outfit("casual", (
    piece("Nike Men Grey Sweatshirt", "top", "sweatshirt", "grey"),
    piece("Levis Men Blue Jeans", "bottom", "jeans", "blue"),
    piece("Newfeel Unisex White Shoes", "shoes", "sneakers", "white"),
), "")


@pytest.mark.parametrize(("kind", "look", "occasion", "season", "key", "family"), [
    ("socks", SUIT, "work", "winter", "finish_socks_match", "grey"),  # the trousers' colour
    ("socks", TRAINERS, "daily", "winter", "finish_socks_trainers", None),
    ("socks", DRESS, "date", "winter", "finish_socks_tights", "black"),
    ("socks", DRESS, "date", "summer", "finish_socks_bare", None),
    ("belt", SUIT, "work", "winter", "finish_belt_match", "brown"),  # the shoes' leather
    ("belt", DRESS, "date", "winter", "finish_belt_none", None),
    ("tie", SUIT, "wedding", "spring", "finish_tie", "red"),  # not navy on navy
    ("tie", SUIT, "funeral", "winter", "finish_tie", "black"),
    ("tie", DRESS, "date", "winter", "finish_tie_none", None),
])
def test_each_look_gets_the_touch_the_rules_give_it(kind, look, occasion, season, key, family):
    touch = finishing(kind, look, occasion, season)
    assert (touch.key, touch.family) == (key, family)


def test_a_look_that_wears_one_keeps_it():
    tied = Outfit("classic", SUIT.items + (piece("Turtle Men Navy Tie", "accessory", "tie", "navy"),), "")
    assert finishing("tie", tied, "work", "winter").key == "finish_has"


@pytest.mark.parametrize(("opening", "question", "said"), [
    ("interview outfit for a man", "and what socks", "For look 1, "),
    ("남자 면접 코디", "벨트는 무슨 색이 좋아요?", "1번은 "),
])
def test_the_finishing_touch_is_answered_for_the_looks_on_screen(services, opening, question, said):
    user = f"finish-{len(question)}"
    first = services.stylist.turn(user, opening).to_json()
    assert first["outfits"], first["reply"]
    reply = services.stylist.turn(user, question).to_json()
    assert reply["type"] == "answer" and said in reply["reply"], reply["reply"]
    assert reply["preferences"]["kinds"] == first["preferences"]["kinds"]  # a question, no wish for socks


def test_a_bag_follows_the_occasion_and_a_hike_wants_hiking_socks():
    assert finishing("bag", DRESS, "wedding", "winter").key == "finish_bag_clutch"
    assert finishing("bag", SUIT, "date", "winter").key == "finish_bag_none"
    assert finishing("socks", TRAINERS, "hiking", "winter").key == "finish_socks_hiking"


@pytest.mark.parametrize(("opening", "question", "intro", "said"), [
    ("office looks for a man", "신발은 뭐 신어야돼?", "광택 있는 가죽 구두", "1번은 지금의 "),
    ("office looks for a man", "and what shoes?", "Polished leather shoes", "For look 1, keep its "),
    ("wedding guest outfit, woman", "what shoes should I wear?", "Closed, polished shoes", "For look 1, keep its "),
])
def test_the_shoes_asked_about_are_what_the_occasion_wants_and_what_each_look_wears(services, opening, question,
                                                                                   intro, said):
    user = f"shoes-{len(question)}-{len(opening)}"
    assert services.stylist.turn(user, opening).to_json()["outfits"]
    reply = services.stylist.turn(user, question).to_json()
    assert reply["type"] == "answer" and reply["reply"].startswith(intro) and said in reply["reply"], reply["reply"]


def test_a_blazer_asked_about_in_winter_goes_under_a_coat_and_a_look_without_a_layer_gets_one():
    from chains.finishing import worn_in_slot

    assert worn_in_slot(SUIT, "outerwear", "winter").key == "finish_layer_under_coat"
    assert worn_in_slot(SUIT, "outerwear", "spring").key == "finish_has"
    assert worn_in_slot(DRESS, "outerwear", "winter").key == "finish_none_outerwear"


def test_a_first_request_that_asks_the_tie_colour_gets_looks_and_each_ones_tie(services):
    reply = services.stylist.turn("court", "court date next month, im a guy 44. what do i wear and what colour tie?").to_json()
    assert reply["outfits"] and "A tie a shade darker than the shirt" in reply["reply"], reply["reply"]
    assert "a court hearing" in reply["reply"]
