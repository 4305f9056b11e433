"""Round twenty-six: facts told after the looks change them. A full build ("I'm 60 and a bit heavy", "60세 키 155
통통") re-cuts the looks on screen (nothing tight or clingy) with the note on cuts that skim, instead of "noted"; a
long seated dinner asks for comfort. (A day in two parts is tests/chains/test_day_parts.py.)"""

from __future__ import annotations

import pytest

from chains.extract import extract
from tests.chains.talk import ids, say

CLINGING = ("slim fit", "skinny", "bodycon", "legging")


@pytest.mark.parametrize("text", ["I'm 60 and a bit heavy, 155 cm", "60세 키 155 통통", "i'm on the heavier side",
                                  "I'm a size 18, what do you think"])
def test_a_full_build_said_in_words_is_dressed_relaxed(text):
    heard = extract(text)
    assert heard.build == "full" and heard.feel.relaxed and "body:belly" in heard.topics, text


@pytest.mark.parametrize("text", ["heavy rain tomorrow, what do I wear to work", "I need a heavy coat for Seoul",
                                  "is the bag too heavy for a wedding?", "size 8 shoes",
                                  # (the review's: heavy said of a garment, a habit, a suitcase; a denial; sizes)
                                  "the boots are a bit heavy, anything lighter?", "I'm heavy on black usually",
                                  "I'm not overweight, just short, 5'1", "I wear size 24 jeans",
                                  "my baby wears size 18 months", "my suitcase is overweight already"])
def test_heavy_things_are_no_build(text):
    assert extract(text).build is None, text


@pytest.mark.parametrize("fact, note", [("I'm 60 and a bit heavy, 155 cm", "Skimming the middle"),
                                        ("60세 키 155 통통", "배를 자연스럽게 가리려면")])
def test_a_full_build_told_after_the_looks_recuts_them_with_its_note(services, fact, note):
    user = f"build-after-{fact[:3]}"
    first = say(services, "I'm a woman, need an outfit for a wedding guest in May", user)
    reply = say(services, fact, user)
    assert reply["outfits"] and note in reply["reply"], reply["reply"]
    assert "noted" not in reply["reply"] and "고마워요" not in reply["reply"]
    names = [i["name"].lower() for o in reply["outfits"] for i in o["items"]]
    assert not any(word in name for name in names for word in CLINGING), names
    # (re-cut, not rebuilt: the looks' dresses and colours stay where nothing clung)
    assert [o["items"][0]["id"] for o in reply["outfits"]] == [o["items"][0]["id"] for o in first["outfits"]]


def test_a_full_build_told_of_his_looks_takes_the_slim_fit_shirts_out(services):
    first = say(services, "man, office in spring", "build-his")
    reply = say(services, "i'm on the heavier side tbh", "build-his")
    names = [i["name"].lower() for o in reply["outfits"] for i in o["items"]]
    assert reply["outfits"] and not any("slim" in n or "skinny" in n for n in names), names
    assert "fuller build" in reply["reply"].lower() or "skim" in reply["reply"].lower(), reply["reply"]
    assert len(reply["outfits"]) == len(first["outfits"]) and ids(reply["outfits"][0])


def test_a_long_seated_dinner_asks_for_comfort():
    assert extract("it's a long dinner, like 4 hours").feel.comfort
    assert extract("저녁 식사가 길어요 오래 앉아 있어야 돼요").feel.comfort


def test_a_full_build_told_with_a_redo_gets_new_looks_not_a_question(services):
    first = say(services, "여자 20 3월에 새내기 OT 가요 뭐 입지", "build-redo")
    reply = say(services, "아 저 키 155에 좀 통통해요 그거 고려해서 다시ㅠ", "build-redo")
    assert reply["type"] == "outfits" and "몇 번" not in reply["reply"], reply["reply"]
    assert [ids(o) for o in reply["outfits"]] != [ids(o) for o in first["outfits"]]


def test_the_seaside_in_the_cold_months_is_a_day_out_in_the_seasons_clothes(services):
    say(services, "10월에 부산국제영화제 가요 영화 3편 보고 해운대도 갈 거임", "seaside-october")
    reply = say(services, "남자 27", "seaside-october")
    assert len(reply["outfits"]) >= 3, reply["reply"]  # (not "조건에 맞는 완성 코디를 만들지 못했어요")
    worn = {i["kind"] for o in reply["outfits"] for i in o["items"]}
    assert not worn & {"shorts", "sandals", "tank"}, worn


def test_a_month_said_after_a_southern_place_is_its_season_there(services):
    say(services, "signed up for a speed dating night in Melbourne, it's at a wine bar in Fitzroy", "south-month")
    reply = say(services, "38, woman. August so it's cold and wet", "south-month")
    assert reply["preferences"]["season"] == "winter" and reply["preferences"]["occasion"] == "date"
    worn = {i["kind"] for o in reply["outfits"] for i in o["items"]}
    assert not worn & {"shorts", "sandals", "tank"} and worn & {"coat", "jacket", "sweater"}, worn
    # (a month said at home, no southern place named before, is its own season)
    assert extract("38, woman. August so it's cold and wet").preferences.season == "summer"


def test_a_southern_place_not_travelled_to_turns_no_month(services):
    say(services, "my sister lives in Sydney and is flying in for my birthday dinner, I'm a woman", "south-not")
    reply = say(services, "it's in July", "south-not")
    assert reply["preferences"]["season"] == "summer", reply["reply"]
    # (Kolkata in January, 26 °C days and 13 °C nights: no summer clothes for its evenings)
    assert extract("attending a wedding in Kolkata in January, I'm a woman").preferences.season != "summer"
    assert extract("camping this weekend, we'll be pitching a tent by the lake").preferences.occasion != "work"


def test_durga_puja_pandal_hopping_is_a_festive_night_on_foot():
    heard = extract("Durga Puja in Kolkata, we do pandal hopping on ashtami all night")
    assert heard.preferences.occasion == "durga_puja" and heard.preferences.season == "summer"
    assert extract("40, woman. walking like 15km through crowds").feel.comfort


@pytest.mark.parametrize("text, number", [("1", 1), ("2 please", 2), ("3번이요", 3), ("1번 ㄱ", 1)])
def test_a_bare_number_after_the_looks_is_that_look_picked(services, text, number):
    user = f"bare-{number}-{len(text)}"
    say(services, "man, office in spring", user)
    reply = say(services, text, user)
    assert reply["type"] == "answer" and (f"Look {number}" in reply["reply"] or f"{number}번" in reply["reply"]), reply
    assert "noted" not in reply["reply"] and "못 알아들었" not in reply["reply"]


def test_a_bare_number_answers_which_look_with_the_change_asked(services):
    first = say(services, "man, office in spring", "bare-which")
    asked = say(services, "that one but without the jacket", "bare-which")
    assert asked["type"] == "question"
    reply = say(services, "2", "bare-which")
    assert [ids(o) for o in reply["outfits"][::2]] == [ids(o) for o in first["outfits"][::2]]
    assert not {"blazer", "jacket", "coat"} & {i["kind"] for i in reply["outfits"][1]["items"]}, reply["reply"]
    eight = say(services, "8", "bare-which")  # (six looks on screen: no look 8 to pick)
    assert "Look 8" not in eight["reply"] and "Glad they work" not in eight["reply"], eight["reply"]
    fresh = say(services, "2", "bare-fresh")  # (nothing on screen: no look to pick)
    assert "2번으로 하시는군요" not in fresh["reply"] and "Look 2 it is" not in fresh["reply"], fresh["reply"]


def test_a_look_named_then_asked_of_in_korean_is_that_look(services):
    assert extract("1번이요 세배할 때도 이대로 괜찮나요?").target_look == 1
    assert extract("1번이요 세배할 때도 이대로 괜찮나요?").preferences.occasion == "family_holiday"
    say(services, "여자 결혼식 하객룩 5월", "photo-ko")
    reply = say(services, "2번인데 색이 좀 어두워서 사진에 괜찮을까요?", "photo-ko")
    assert reply["reply"].startswith("2번") and "사진" in reply["reply"], reply["reply"]


def test_a_style_switch_under_a_funeral_part_keeps_the_funeral_looks_formal(services):
    say(services, "남자 30 점심에 조문 가고 저녁에 데이트 있어요", "funeral-casual")
    reply = say(services, "캐주얼로", "funeral-casual")
    funeral = [o for o in reply["outfits"] if o.get("occasion") == "funeral"]
    assert funeral and all("tie" in {i["kind"] for i in o["items"]} for o in funeral), reply["reply"]
    assert any(o["style"] == "casual" for o in reply["outfits"] if o.get("occasion") == "date")


def test_dress_us_both_adds_her_looks_beside_his(services):
    first = say(services, "taking my wife on a houseboat in Alleppey for our anniversary, 2 nights in December", "us-both")
    assert first["preferences"]["season"] == "summer"  # (Kerala is hot in December)
    reply = say(services, "I'm 44, she's 41. dress us both please", "us-both")
    shown = len(first["outfits"])
    assert [ids(o) for o in reply["outfits"][:shown]] == [ids(o) for o in first["outfits"]]
    theirs = reply["outfits"][shown:]
    assert theirs and all(i["gender"] in ("women", "unisex") for o in theirs for i in o["items"]), reply["reply"]
    heard = extract("I'm 44, she's 41. dress us both please")
    assert "dress" not in heard.kinds and heard.partner == "women" and heard.partner_age == 41
    assert extract("a dress for me please").kinds == ("dress",)  # (the garment, where it is one)
