"""More ordinary phrasings: "회색 셔츠 금지" rules grey shirts out, "thank youuu" takes the looks, "바꿔줄래?" is a
change, "why so much brown?" is answered and wishes for nothing, "just clothes and shoes" drops the accessories,
"these look kinda cold" warms the looks on screen, "gym fit" is an outfit and "does a blazer fit right in the
shoulders?" a question of fit, "개학룩" a school day, joggers are track pants, a piece they own is not said to be
missing from the catalogue."""

from __future__ import annotations

import re

import pytest

from chains.extract import extract
from domain.vocabulary import KIND_TO_SLOT


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


def worn(reply, slot=None):
    return [i for look in reply["outfits"] for i in look["items"] if slot is None or KIND_TO_SLOT[i["kind"]] == slot]


@pytest.mark.parametrize(("text", "ruled_out"), [("출근룩 추천 부탁드려요 회색 셔츠 금지", "shirt:grey"),
                                                 ("장화는 좀 그런데 다른 신발 없어?", "boots")])
def test_forbidden_and_not_keen_rule_the_piece_out(text, ruled_out):
    heard = extract(text)
    assert ruled_out in heard.avoid_kinds and not heard.preferences.colors, (heard.avoid_kinds, heard.preferences)


def test_grey_shirts_forbidden_are_in_no_look(services):
    reply = say(services, "여름에 땀 많이 나는 남자 직장인 출근룩 추천 부탁드려요 ㅠㅠ 회색 셔츠 금지", "no grey shirts")
    assert reply["outfits"], reply["reply"]
    assert not [i for i in worn(reply) if i["kind"] == "shirt" and "grey" in i["name"].lower()], worn(reply, "top")


@pytest.mark.parametrize("text", ["thank youuu", "thanksss!!", "tyyy"])
def test_a_thank_you_held_long_is_still_a_thank_you(text):
    assert "ack" in extract(text).intents


def test_a_held_too_is_too():
    assert "less_formal" in extract("tooo formal").followups


def test_change_asked_with_julrae_changes_that_look(services):
    first = say(services, "여자 출근룩 3개만 추천해줘", "bag change")
    assert len(first["outfits"]) == 3, first["reply"]
    again = say(services, "3번 가방 다른걸로 바꿔줄래?", "bag change")
    assert again["type"] == "outfits", again["reply"]
    old_bag = [i["id"] for i in first["outfits"][2]["items"] if i["kind"] == "bag"]
    new_bag = [i["id"] for i in again["outfits"][2]["items"] if i["kind"] == "bag"]
    assert old_bag != new_bag and again["outfits"][:2] == first["outfits"][:2], again["reply"]


def _reasons(look):
    return look["why"].partition(". ")[2][:25]


@pytest.mark.parametrize("text", ["왜 이 조합이 어울리는지도 알려줘요", "why do these work together?",
                                  "why the red bag tho? not sure about it"])
def test_a_why_about_the_looks_is_answered_and_wishes_for_nothing(services, text):
    user = f"why {text}"
    first = say(services, "date outfits for a woman", user)
    assert first["outfits"], first["reply"]
    again = say(services, text, user)
    assert again["type"] == "answer" and not again["outfits"], again["reply"]
    assert again["preferences"] == first["preferences"], again["preferences"]  # no wish for red bags
    assert all(f"Look {n}:" in again["reply"] or f"{n}번:" in again["reply"] for n in range(1, 4)), again["reply"]
    after = say(services, "thanks", user)
    assert after["type"] == "answer" and after["preferences"] == first["preferences"], after


def _wears(look, colour):
    return any(i["color_family"] == colour or re.search(rf"\b{colour}\b", i["name"].lower()) for i in look["items"])


def test_a_why_about_a_colour_gives_the_reasons_of_the_looks_that_wear_it(services):
    first = say(services, "date outfits for a woman", "why colour")
    colour = first["outfits"][0]["items"][0]["color_family"]
    again = say(services, f"why so much {colour}?", "why colour")
    assert again["type"] == "answer", again["reply"]
    named = [n for n in range(1, len(first["outfits"]) + 1) if f"Look {n}:" in again["reply"]
             or f"look {n} " in again["reply"]]
    assert 1 in named and all(_wears(first["outfits"][n - 1], colour) for n in named), (named, again["reply"])
    assert len(named) < len(first["outfits"]) or all(_wears(look, colour) for look in first["outfits"])


def test_just_clothes_and_shoes_takes_every_accessory_away(services):
    first = say(services, "gym outfits for a guy", "clothes only")
    assert worn(first, "accessory"), first["outfits"]
    again = say(services, "lose the hats and stuff, just clothes and shoes", "clothes only")
    assert again["outfits"] and not worn(again, "accessory"), worn(again, "accessory")


def test_no_accessories_keeps_the_bag():
    heard = extract("no accessories please")
    assert "watch" in heard.avoid_kinds and "bag" not in heard.avoid_kinds


def test_no_big_bags_but_a_small_crossbody_is_a_sling_bag_not_no_bag():
    heard = extract("and no big bags, small crossbody at most")
    assert heard.cut == "sling" and "bag" not in heard.avoid_kinds


@pytest.mark.parametrize("text", ["these look kinda cold, it's like 5°C here", "이거 너무 추워 보여요"])
def test_looks_said_to_look_cold_are_made_warmer(text):
    assert "warmer" in extract(text).followups


def test_looks_hot_is_praise_not_heat():
    assert "cooler" not in extract("that looks hot! love it").followups


def test_lighter_for_the_heat_takes_the_layers_off(services):
    first = say(services, "festival outfits, street style, female", "heat")
    assert first["outfits"], first["reply"]
    again = say(services, "it's gonna be like 95°F, lighter pls", "heat")
    assert again["outfits"] and not worn(again, "outerwear"), worn(again, "outerwear")


@pytest.mark.parametrize("text", ["gym fit that doesn't look like gym fit? guy", "date night fits for a guy"])
def test_fit_as_slang_is_an_outfit_not_a_fit_question(text):
    assert extract(text).question != "fit"


def test_whether_a_blazer_fits_in_the_shoulders_is_answered_without_asking_whose(services):
    reply = say(services, "how do i know if a blazer fits right in the shoulders?", "blazer fit")
    assert reply["type"] == "answer" and "shoulder" in reply["reply"].lower(), reply["reply"]


def test_whether_a_piece_is_still_in_is_a_trend_answer(services):
    reply = say(services, "are long puffers still in this winter or is that over", "puffer trend")
    assert reply["type"] == "answer" and "catalogue" in reply["reply"], reply["reply"]


@pytest.mark.parametrize("text", ["a bit too trendy for me, more classic please", "유행 안 타는 코트 추천해줘 여자"])
def test_away_from_the_trend_is_no_trend_report(text):
    heard = extract(text)
    assert "trend" not in heard.intents and heard.preferences.style == "classic"


@pytest.mark.parametrize("text", ["고딩 남자인데 개학룩 추천좀", "back to school outfits for my son", "새학기 코디 여자"])
def test_back_to_school_is_an_everyday_school_day(text):
    assert extract(text).preferences.occasion == "daily"


def test_work_those_in_is_no_office():
    assert extract("I have pearl earrings I love, work those in?").preferences.occasion is None
    assert extract("can you work my white sneakers in").preferences.occasion is None


def test_joggers_asked_for_are_track_pants(services):
    heard = extract("1번 바지를 기모 조거팬츠로 바꿀 수 있어요?")
    assert heard.cut == "track" and heard.target_look == 1
    assert extract("no track pants please").avoid_kinds == ("track",)
    first = say(services, "gym outfits for a woman", "joggers")
    again = say(services, "can look 1 have joggers instead", "joggers")
    bottoms = [i["name"].lower() for i in again["outfits"][0]["items"] if KIND_TO_SLOT[i["kind"]] == "bottom"]
    assert first["outfits"] and bottoms and "track" in bottoms[0], (bottoms, again["reply"])


def test_day_two_of_a_trip_is_look_two():
    assert extract("day 2 im presenting, can that look be more formal").target_look == 2
    assert extract("3 day work conference, what do i bring").target_look is None


def test_a_piece_they_own_is_not_said_to_be_missing_from_the_catalogue(services):
    reply = say(services, "I have a navy blazer and white sneakers, can u make me 3 casual friday looks? guy", "own blazer")
    assert reply["outfits"], reply["reply"]
    assert "as if it were yours" not in reply["reply"] and "navy blazer" in reply["reply"].lower(), reply["reply"]


@pytest.mark.parametrize("text", ["halloween party outfit ideas not a full costume, guy", "할로윈 파티 코스튬 말고 분위기만 여자"])
def test_a_halloween_party_without_a_costume_dresses_dark_with_one_accent(services, text):
    heard = extract(text)
    assert heard.preferences.occasion == "halloween" and heard.preferences.season == "fall"
    reply = say(services, text, f"halloween {text[:4]}")
    assert reply["outfits"] and reply["preferences"]["occasion"] == "party", reply["reply"]
    assert all(i["color_family"] in ("black", "grey") for i in worn(reply, "bottom")), worn(reply, "bottom")
    assert not [i for i in worn(reply) if i["kind"] in ("tie", "blazer")], worn(reply)
