"""What people say in ordinary words (session of the eleventh blind round, R21): an interview at a startup or a
cafe is still an interview, dressed a step above the team's everyday rather than in a suit."""

from __future__ import annotations

import pytest

from chains.dress_code import dress_code
from chains.extract import extract
from domain.items import Item
from domain.vocabulary import CONTRACT_OCCASION


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


def piece(name, kind, slot, family, gender="women", usage="casual"):
    """A catalogue piece, as a test needs one (its name is its id)."""
    return Item(id=name, name=name, kind=kind, slot=slot, color=family.title(), color_family=family,
                gender=gender, usage=usage, styles=(), score=0.5)


@pytest.mark.parametrize("text", ["I have an interview at a startup next week, I'm a guy",
                                  "스타트업 면접 가는데 뭐 입지? 여자야", "barista interview tomorrow, female"])
def test_an_interview_at_a_relaxed_workplace_is_still_an_interview(text):
    occasion = extract(text).preferences.occasion
    assert occasion == "casual_interview" and CONTRACT_OCCASION[occasion] == "interview"
    assert extract("job interview at a bank, man").preferences.occasion == "interview"


def test_a_relaxed_interview_wears_no_tie_and_no_trainers():
    code = dress_code("casual_interview", "spring")
    assert not code.allows(piece("Men Navy Tie", "tie", "accessory", "navy", "men", "formal"))
    assert not code.allows(piece("Unisex White Casual Shoes", "sneakers", "shoes", "white", "unisex"))
    assert code.allows(piece("Men Navy Chinos", "trousers", "bottom", "navy", "men", "casual"))
    assert code.allows(piece("Men Navy Blue Slim Jeans", "jeans", "bottom", "navy", "men", "casual"))
    assert not code.allows(piece("Men Ripped Distressed Blue Jeans", "jeans", "bottom", "navy", "men", "casual"))
    assert not dress_code("interview", "spring").allows(piece("Men Navy Blue Slim Jeans", "jeans", "bottom", "navy",
                                                              "men", "casual"))


def test_a_startup_interview_answers_with_looks_for_an_interview(services):
    reply = say(services, "I have an interview at a startup next week, I'm a guy", "startup")
    assert reply["type"] == "outfits" and reply["preferences"]["occasion"] == "interview"
    for look in reply["outfits"]:
        kinds = {i["kind"] for i in look["items"]}
        assert not kinds & {"tie", "sneakers", "shorts", "tshirt"}, look["items"]


@pytest.mark.parametrize("text", ["검정 수트 제외하고 결혼식 하객룩 남자", "no black suit please, wedding guest, man"])
def test_no_black_suit_rules_out_the_suit_not_every_black_piece(text):
    heard = extract(text)
    assert set(heard.avoid_kinds) == {"blazer:black", "trousers:black"} and not heard.preferences.avoid_colors
    assert extract("no black, wedding guest man").preferences.avoid_colors == ("black",)
    for lacked in ("I don't have a black suit", "검은 정장이 없어요"):  # a suit they lack is none ruled out
        assert not extract(lacked).avoid_kinds and not extract(lacked).preferences.avoid_colors


def test_a_wedding_without_a_black_suit_still_wears_black_shoes(services):
    reply = say(services, "no black suit please, wedding guest, man", "no-black-suit")
    assert reply["outfits"]
    for look in reply["outfits"]:
        assert not [i for i in look["items"] if i["kind"] in ("blazer", "trousers") and i["color_family"] == "black"]


@pytest.mark.parametrize(("text", "season"), [("too wintery for May?", "spring"), ("너무 겨울 같아요", None),
                                               ("those look too heavy for june", "summer")])
def test_too_wintery_asks_for_lighter_looks(text, season):
    heard = extract(text)
    assert "cooler" in heard.followups and heard.preferences.season == season


def test_lighter_looks_say_which_kinds_changed(services):
    say(services, "office looks for a woman in winter", "wintery")
    reply = say(services, "too wintery for May?", "wintery")
    assert reply["outfits"] and "changed:" in reply["reply"] and " in place of the " in reply["reply"], reply["reply"]
