"""Round six of ordinary phrasings: sizes said as people say them ("5'6 and like 140", "158에 48이요", "pretty
skinny", "평소에 44 입는데 S면 크려나"), heat said of the day ahead, a layer traded for one the catalogue lacks,
"what goes with my olive cargo pants" before whose clothes is known, shops and prices asked, a video call,
a saree, and whose clothes said in passing ("여대생", "my gf wants me to dress better")."""

from __future__ import annotations

import pytest

from chains.extract import extract


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


@pytest.mark.parametrize(("text", "height", "weight"), [
    ("5'6 and like 140", 168, 64), ("5'10, 165", 178, 75), ("158에 48이요", 158, 48), ("170에 65키로", 170, 65),
    ("im 6ft 28 years old", 183, None), ("6 ft 2", 188, None),
])
def test_a_height_and_weight_are_read_as_people_say_them(text, height, weight):
    heard = extract(text)
    assert (heard.height_cm, heard.weight_kg) == (height, weight)


@pytest.mark.parametrize(("text", "build"), [("oh guy, 6ft, pretty skinny", "slim"), ("키 170에 좀 통통해요", "full"),
                                             ("hide my belly please", None)])
def test_a_build_said_without_a_weight_is_kept(text, build):
    assert extract(text).build == build


def test_a_size_recommended_is_a_size_question_not_looks():
    heard = extract("원피스 사이즈 추천해줄수있어?")
    assert "size" in heard.intents and "outfit" not in heard.intents


def test_a_size_asked_against_the_one_worn_is_read():
    heard = extract("평소에 44 입는데 S면 크려나")
    assert "size" in heard.intents and (heard.size_said, heard.size_usual) == ("S", "44")


def test_what_is_worn_now_is_no_wish_for_it():
    heard = extract("im 28, work in IT, mostly wear tshirts and jeans")
    assert heard.kinds == () and heard.preferences.occasion == "work"


@pytest.mark.parametrize(("text", "gender"), [("what shoes go with a black saree for a night party", "women"),
                                              ("캠퍼스룩 추천 여대생", "women"),
                                              ("my gf wants me to dress better, where do i even start", "men")])
def test_whose_clothes_said_in_passing(text, gender):
    assert extract(text).preferences.gender == gender


@pytest.mark.parametrize(("text", "asked"), [("1번 어디서 살수있어요? 가격도 알려주세요", True), ("link to the jacket?", True),
                                             ("how much is look 2", True), ("open link bracelet with look 1", False),
                                             ("wedding guest looks under 2000 rupees", False)])
def test_a_shop_or_a_price_asked_is_read(text, asked):
    assert extract(text).asks_where_to_buy is asked


def test_a_layer_traded_for_a_named_one_is_a_swap():
    heard = extract("패딩 말고 코트로")
    assert "swap" in heard.followups and heard.kinds == ("coat",) and "outerwear" in heard.slots


def test_the_piece_swapped_in_a_named_look_is_the_one_said_first():
    heard = extract("swap the jeans in the first look for shorts")
    assert heard.kinds == ("shorts",) and heard.avoid_kinds == ("jeans",) and heard.target_look == 1


def test_heat_said_of_the_day_ahead_cools_the_looks_or_sets_the_season():
    assert "cooler" in extract("itll be super hot").followups
    assert extract("날씨 더울거래 출근룩").preferences.season == "summer"


def test_pounds_after_feet_and_a_part_asked_next_are_answered(services):
    say(services, "what size dress should i get", user="lbs")
    reply = say(services, "5'6 and like 140", user="lbs")
    assert "64 kg" in reply["reply"] and "weight" not in reply["reply"].lower()
    jeans = say(services, "and for jeans?", user="lbs")
    assert "bottoms" in jeans["reply"] and "tops" not in jeans["reply"]


def test_a_size_recommendation_asks_the_numbers_then_answers_them(services):
    first = say(services, "원피스 사이즈 추천해줄수있어?", user="size-ko")
    assert not first["outfits"] and "키" in first["reply"]
    reply = say(services, "158에 48이요", user="size-ko")
    assert "158" in reply["reply"] and "S" in reply["reply"]
    roomy = say(services, "평소에 44 입는데 S면 크려나", user="size-ko")
    assert "44" in roomy["reply"] and "오버핏" not in roomy["reply"]


def test_an_oversized_fit_from_the_usual_size_is_one_size_up(services):
    reply = say(services, "평소 95 입는데 오버핏으로 입으려면 맨투맨 사이즈 뭐로 해야돼", user="over")
    assert "100" in reply["reply"]


def test_a_slim_build_said_earlier_sizes_down(services):
    say(services, "my best friends mehendi is this sunday and i have literally nothing", user="slim")
    say(services, "oh guy, 6ft, pretty skinny", user="slim")
    reply = say(services, "what size shirt would i be", user="slim")
    assert "slim build" in reply["reply"] and "XL" not in reply["reply"]


def test_heat_ahead_takes_the_coats_off_winter_looks(services):
    say(services, "graduation ceremony next week, under the gown what should i wear? girl", user="hot")
    reply = say(services, "itll be super hot", user="hot")
    assert reply["preferences"]["season"] == "summer" and reply["outfits"]
    assert not [i["name"] for o in reply["outfits"] for i in o["items"] if i["kind"] == "coat"]


def test_a_layer_the_catalogue_lacks_keeps_the_looks_and_says_so(services):
    say(services, "소개팅 있는데 뭐입지 남자에요", user="coat")
    say(services, "엄청 추워요 영하 10도", user="coat")
    reply = say(services, "패딩 말고 코트로", user="coat")
    layered = [any(i["slot"] == "outerwear" for i in o["items"]) for o in reply["outfits"]]
    coats = [i for o in reply["outfits"] for i in o["items"] if i["kind"] == "coat"]
    assert all(layered) and (coats or "코트" in reply["reply"])


def test_what_goes_with_my_piece_asks_whose_then_dresses_it(services):
    first = say(services, "what goes with my olive cargo pants", user="cargo")
    assert first["type"] == "question" and first["asks"] == ["gender"]
    reply = say(services, "im a guy", user="cargo")
    assert reply["outfits"]
    assert all(any(i["slot"] == "bottom" and i["color_family"] == "olive" for i in o["items"]) for o in reply["outfits"])


def test_where_to_buy_is_answered_plainly_and_the_looks_stay(services):
    shown = say(services, "캠퍼스룩 추천 여대생", user="shop")
    assert shown["preferences"]["gender"] == "women" and shown["outfits"]
    reply = say(services, "1번 어디서 살수있어요? 가격도 알려주세요", user="shop")
    assert reply["type"] == "answer" and not reply["outfits"] and "브랜드" in reply["reply"]


def test_a_budget_figure_is_said_to_be_unchecked_before_the_question(services):
    reply = say(services, "whats the cheapest full outfit you can make for a wedding under 2000 rupees", user="rupees")
    assert "no prices" in reply["reply"]


def test_a_video_call_question_is_answered_about_the_top_and_the_stripes(services):
    reply = say(services, "zoom interview in an hour what top should i wear, no stripes right?", user="zoom")
    assert "stripes" in reply["reply"] and "camera" in reply["reply"]


def test_a_saree_is_her_clothes_and_its_shoes_are_answered(services):
    reply = say(services, "what shoes go with a black saree for a night party", user="saree")
    assert reply["preferences"]["gender"] == "women" and reply["type"] != "question"
    assert "saree" in reply["reply"]


def test_make_it_that_way_after_a_yes_brings_looks(services):
    say(services, "12월 결혼식 하객 남자 코디", user="knit")
    say(services, "정장은 없고 니트에 코트 입어도 돼?", user="knit")
    reply = say(services, "그렇게 짜줘", user="knit")
    assert reply["outfits"]
