"""Round twenty-seven: the weather of the place the looks go to (a month said after the place dresses for the
season there; "is it cold there?" is answered in degrees), two wearers picked by number ("2 for me, 1 for her"),
another event's look added ("then there's a reception two days later"), a Korean pairing question, the south's
festivals, and no knit in the heat."""

from __future__ import annotations

import pytest

from chains.extract import extract
from tests.chains.talk import say

KNITS = {"sweater", "sweatshirt"}


def test_a_month_said_after_the_place_dresses_for_the_season_there(services):
    user = "sydney-son"
    say(services, "going to visit my son in sydney for three weeks", user)
    say(services, "I'm a woman, 63. I don't know what to pack", user)
    reply = say(services, "we will do the blue mountains for a day and some nice dinners. I leave mid july", user)
    assert reply["preferences"]["season"] != "summer", reply["preferences"]  # (July there: 8-17 °C)
    worn = {i["kind"] for o in reply["outfits"] for i in o["items"]}
    assert not worn & {"shorts", "sandals", "tank"}, worn


def test_is_it_cold_there_is_answered_in_degrees_and_the_looks_stay(services):
    user = "sydney-cold"
    first = say(services, "7월에 시드니 어학연수 3개월 가요 여자 20살", user)
    reply = say(services, "여름옷 위주로 챙기면 되겠죠?", user)
    assert reply["type"] == "answer" and reply["reply"].startswith("아니요"), reply["reply"]
    assert "겨울" in reply["reply"] and "°C" in reply["reply"]
    asked = say(services, "패딩 필요해요? 캐리어 하나라 부피 큰거 싫은데", user)
    assert "두꺼운 패딩은 필요 없어요" in asked["reply"], asked["reply"]
    assert first["outfits"] and not asked["outfits"]  # (an answer: the looks on screen stay, none is redone)


def test_a_warm_place_in_its_cool_month_is_said_so(services):
    user = "madurai"
    say(services, "its for pongal at my grandparents place in madurai, mid january. i'm a guy", user)
    reply = say(services, "is it warm there in january or should we carry something", user)
    assert "Madurai in January" in reply["reply"] and "no coat" in reply["reply"], reply["reply"]


def test_the_weather_asked_with_no_place_is_no_climate_answer(services):
    say(services, "date night outfit for a woman", "no-place")
    reply = say(services, "is it cold outside?", "no-place")
    assert "°C" not in reply["reply"], reply["reply"]


def test_the_souths_festivals_are_festive_indian_dress_in_the_heat(services):
    reply = say(services, "its for pongal at my grandparents place in madurai, mid january. i'm a guy", "pongal")
    assert "Pongal" in reply["reply"], reply["reply"]  # (the festival said, by its name)
    worn = {i["kind"] for o in reply["outfits"] for i in o["items"]}
    assert reply["outfits"] and not worn & {"coat", *KNITS}, worn


@pytest.mark.parametrize(("text", "festival"), [("griha pravesh at my cousin's new flat", "indian_festival"),
                                              ("my first karwa chauth", "karwa_chauth"),
                                              ("onam lunch at my aunt's", "onam"),
                                              ("ganpati visarjan procession", "visarjan")])
def test_indian_rites_and_festivals_read_as_festive(text, festival):
    assert extract(text).preferences.occasion == festival, text


def test_two_wearers_picked_by_number(services):
    user = "me-and-my-wife"
    first = say(services, "anniversary dinner next week, dress me and my wife", user)
    genders = [{i["gender"] for i in o["items"]} - {"unisex"} for o in first["outfits"]]
    assert genders[0] == {"men"} and genders[-1] == {"women"}, genders  # (his looks first, hers beside them)
    hers = next(n for n, g in enumerate(genders, 1) if g == {"women"})
    reply = say(services, "2 for me, 1 for her", user)
    assert f"Looks 2 and {hers}" in reply["reply"], reply["reply"]


def test_another_event_told_after_the_looks_adds_its_looks(services):
    user = "reception"
    first = say(services, "my cousin's wedding ceremony is in the morning at a temple, im a guy", user)
    reply = say(services, "then there's a reception two days later in the evening", user)
    assert len(reply["outfits"]) > len(first["outfits"]), reply["reply"]
    assert reply["outfits"][0]["items"][0]["id"] == first["outfits"][0]["items"][0]["id"]


def test_one_more_look_nothing_fancy_is_added_casual(services):
    user = "dinner-after"
    first = say(services, "3월에 홍콩 여행 가요 여자 30", user)
    reply = say(services, "and one thing for dinner one evening after, nothing fancy", user)
    assert len(reply["outfits"]) == len(first["outfits"]) + 1, reply["reply"]
    assert reply["outfits"][-1]["style"] == "casual"


def test_a_korean_pairing_question_is_answered():
    heard = extract("네이비 정장에 어떤 구두 신어요?")
    assert heard.question == "pairing" and "shoes" in heard.kinds
    assert extract("검정 정장에 어떤 넥타이 매요?").question == "pairing"


def test_cooler_in_a_humid_july_brings_no_knit(services):
    user = "kochi"
    first = say(services, "going to Kochi in july, humid and lots of mosquitoes, im a woman 30", user)
    reply = say(services, "something cooler", user)
    for look in (first, reply):
        worn = {i["kind"] for o in look["outfits"] for i in o["items"]}
        assert look["outfits"] and not worn & KNITS, worn


def test_a_tall_heavy_frame_with_no_gender_said_is_dressed_in_menswear(services):
    user = "tall-heavy"
    say(services, "what size kurta should i get, im 5'9 and about 82 kg, bit of a belly", user)
    reply = say(services, "its for pongal at my grandparents place in madurai, mid january", user)
    assert "menswear" in reply["reply"], reply["reply"]


@pytest.mark.parametrize("text", ["What should I wear for cold weather in Seoul?",
                                  "Do I need a jacket and tie for a wedding in London?"])
def test_looks_or_a_dress_code_asked_with_the_weather_are_no_weather_report(services, text):
    # (the review's: the place's weather is no answer to a request for looks, nor to a question of dress code)
    reply = say(services, text, f"no-report-{text[:5]}")
    assert "°C" not in reply["reply"], reply["reply"]


def test_one_more_thing_for_the_record_adds_no_look(services):
    first = say(services, "wedding guest outfit, woman, may", "for-the-record")
    reply = say(services, "Oh and one more thing for the record, no heels please", "for-the-record")
    assert len(reply["outfits"]) <= len(first["outfits"]) and "later part" not in reply["reply"], reply["reply"]
    assert not any(i["kind"] == "heels" for o in reply["outfits"] for i in o["items"])


@pytest.mark.parametrize("text, occasion", [("gallery opening reception on thursday evening", "wedding"),
                                            ("Work awards reception next week, menswear", "wedding")])
def test_a_reception_of_its_own_is_no_wedding(text, occasion):
    assert extract(text).preferences.occasion != occasion


def test_a_festival_abroad_dresses_for_the_place(services):
    reply = say(services, "Pongal lunch at a friend's place in Toronto in January, what should I wear? man", "toronto")
    assert reply["preferences"]["season"] == "winter", reply["preferences"]


def test_a_look_picked_for_an_occasion_is_the_persons_own():
    heard = extract("look 1 for my interview and look 3 for my first day, thanks")
    assert heard.intents == {"ack"} and not heard.picked_for_them


@pytest.mark.parametrize("text, gender", [("형이랑 아버지 산소 벌초 가요", "men"), ("언니랑 제주도 여행 가요", "women")])
def test_an_elder_siblings_word_says_who_writes(text, gender):
    assert extract(text).preferences.gender == gender  # (and the father remembered at his grave is no wearer)


def test_a_days_plan_naming_a_dinner_is_no_dinner_request():
    assert extract("유니버셜 하루 가든스바이더베이 하루 마리나베이 디너 하루").preferences.occasion is None


@pytest.mark.parametrize("text", ["i walk badly in heels so flats", "i can't walk in heels so flats please"])
def test_heels_refused_so_flats_wants_the_flats(text):
    heard = extract(text)
    assert heard.avoid_kinds == ("heels",) and "flats" in heard.kinds


@pytest.mark.parametrize("text", ["she says it is winter there, how cold is it really",
                                  "it's going to be cold at 4am near the river right", "1월 델리 춥다면서요? 몇 도 정도예요?"])
def test_how_cold_it_is_is_asked(text):
    assert extract(text).climate_asked


@pytest.mark.parametrize("text", ["poila baisakh lunch at my mashi's house", "chhath at my in-laws in patna"])
def test_new_years_and_chhath_are_festive_dress(text):
    assert extract(text).preferences.occasion == "indian_festival"


@pytest.mark.parametrize("text", ["둘 다 무릎이 안 좋아서 많이 걷는 건 힘들어요", "i have bad knees",
                                  "walk about 1 km from the station so nothing that kills my feet"])
def test_knees_and_feet_told_ask_for_comfort(text):
    assert extract(text).feel.comfort, text


def test_bad_knees_told_after_the_looks_make_them_easy(services):
    say(services, "1월 중순에 남편이랑 인도 델리 아그라 패키지 가요 여자 68", "knees")
    reply = say(services, "저 68 남편 70이에요 둘 다 무릎이 안 좋아서 많이 걷는 건 힘들어요", "knees")
    assert "고마워요" not in reply["reply"], reply["reply"]  # (no "thanks for telling me": the looks are made easy)
    assert not any(i["kind"] == "heels" for o in reply["outfits"] for i in o["items"])


def test_quiet_shoes_asked_trade_the_heels_for_flats(services):
    assert extract("소리나는 신발 안되고 향수도 안된대요").feel.flat
    assert extract("shoes that don't make noise please").feel.flat
    say(services, "봄 출근룩 추천해줘 여자 30대", "quiet-shoes")
    reply = say(services, "소리나는 신발 안되고 향수도 안된대요", "quiet-shoes")
    assert reply["outfits"] and not any(i["kind"] == "heels" for o in reply["outfits"] for i in o["items"])
    assert "고마워요" not in reply["reply"], reply["reply"]
