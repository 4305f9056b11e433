"""Round twenty-two: what round twenty-one left weak and blind set 36 found. A pick that lets the weather decide
takes both looks; a yes to "is it weird?" is said as the no it means; a piece asked in any colour but one is
traded; flats needed put flats in every look; a pair called by its make keeps its name; an awkward length trades
the layer; a new occasion asked instead lets go of the piece the looks were built around, and "the hoodie" after
"I have a grey hoodie" is theirs."""

from __future__ import annotations

import pytest

from chains.extract import extract
from chains.polarity import answered_as_asked, asks_if_wrong
from tests.chains.talk import ids, say


def test_a_pick_that_lets_the_weather_decide_takes_both_looks():
    for text, looks in (("I'll take look 1 if it doesn't rain, otherwise look 2", (1, 2)),
                        ("if it rains I'll wear look 3, otherwise #1", (3, 1)),
                        ("비 오면 2번, 아니면 1번 입을게요", (2, 1)),
                        ("날씨 좋으면 1번 비오면 3번", (1, 3))):
        heard = extract(text)
        assert heard.intents == {"ack"} and heard.looks_named == looks and not heard.rain, text
    # (a change asked with a condition is a change)
    assert extract("swap look 1 if it rains otherwise look 2").intents != {"ack"}


def test_a_weather_pick_keeps_the_looks_and_changes_nothing(services):
    first = say(services, "garden party outfit in June, I'm a 30 year old woman", "weather-pick")
    reply = say(services, "I'll take look 1 if it doesn't rain, otherwise look 2", "weather-pick")
    assert "couldn't find" not in reply["reply"] and "1 and 2" in reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]])


def test_a_yes_to_is_it_weird_is_said_as_a_no():
    assert answered_as_asked("ko", "1번에 3번 코트 걸치면 이상한가", "네, 코트도 데이트에 괜찮아요.") \
        == "아니요, 이상하지 않아요. 코트도 데이트에 괜찮아요."
    assert answered_as_asked("en", "is it weird to wear a blazer over look 2?", "Yes, look 2 works for a date.") \
        == "Not at all: look 2 works for a date."
    # (a question of whether it is fine keeps its yes; a no stays a no)
    assert answered_as_asked("en", "can I wear a blazer over look 2?", "Yes, look 2 works.") == "Yes, look 2 works."
    assert answered_as_asked("en", "is it weird?", "Better not: jeans are casual.") == "Better not: jeans are casual."
    for text in ("does this look odd?", "촌스러워요?", "좀 에바인가", "어색할까요"):
        assert asks_if_wrong(text), text
    for text in ("is it warm enough?", "weird flex but I love look 2", "이상형이에요",
                 "would my old timberlands work or is that weird on a trail"):  # (the yes answers "work")
        assert not asks_if_wrong(text), text


def test_a_mixed_look_asked_if_it_is_weird_answers_no_in_korean(services):
    say(services, "30대 여자 11월 주말 데이트룩 추천해줘", "weird-ko")
    reply = say(services, "1번에 3번 코트 걸치면 이상한가", "weird-ko")
    assert not reply["reply"].startswith("네"), reply["reply"]


def test_a_piece_asked_in_any_colour_but_one_is_traded_for_another_colour():
    for text, colour in (("can the dress in look 2 be a colour that isn't white, I don't want to upstage the bride", "white"),
                         ("can the dress in look 3 be any colour but teal", "blue"),
                         ("2번 원피스 다른 색으로, 흰색 빼고", "white")):
        heard = extract(text)
        assert "swap" in heard.followups and colour in heard.preferences.avoid_colors, text
        assert colour not in heard.preferences.colors and not heard.asks_which, text


def test_flats_needed_put_flats_in_every_look_and_keep_the_rest(services):
    first = say(services, "wedding guest outfit for a summer wedding, I'm a woman in my 20s", "need-flats")
    reply = say(services, "the shoes please, I need flats", "need-flats")
    assert len(reply["outfits"]) == len(first["outfits"]), reply["reply"]
    changed = 0
    for before, after in zip(first["outfits"], reply["outfits"]):
        kept = lambda look: [i["id"] for i in look["items"] if i["slot"] != "shoes"]  # noqa: E731
        assert kept(before) == kept(after)
        if ids(before) != ids(after):
            changed += 1
            assert not any(i["kind"] == "heels" for i in after["items"]), after
    assert changed, reply["reply"]
    heard = extract("발목이 안좋아서 플랫만 신을 수 있어요")
    assert heard.followups == {"swap"} and heard.question is None and heard.slots == ("shoes",)
    assert extract("I need flats for a summer wedding").followups == frozenset()  # (a request of its own)


def test_their_pair_called_by_its_make_keeps_its_name(services):
    say(services, "I'm a guy, 28, what should I wear for a casual friday at the office", "converse")
    reply = say(services, "I have black Converse, use those", "converse")
    own = [i for o in reply["outfits"] for i in o["items"] if i["source"] != "catalog"]
    assert own and all(i["name"] == "Black Converse" for i in own), own
    assert "Converse" in reply["reply"]


def test_a_layer_whose_length_is_awkward_on_them_gives_way_to_a_shorter_one():
    for text in ("1번 코트 길이 저한테는 어중간하게 올거같은데",
                 "the length of the coat in look 2 would be awkward on me, I'm 5'1"):
        heard = extract(text)
        assert "long_layer" in heard.avoid_kinds and "swap" in heard.followups and "coat" not in heard.kinds, text
    assert "long_layer" not in extract("is the coat length in look 2 awkward?").avoid_kinds  # (asked)


def test_another_occasion_asked_instead_lets_go_of_the_piece_and_the_hoodie_is_still_theirs(services):
    say(services, "I have a grey hoodie I love. can you build a weekend look around it? I'm a guy", "hoodie")
    dinner = say(services, "actually show me something for a dinner date instead", "hoodie")
    assert dinner["outfits"] and not any(i["source"] != "catalog" for o in dinner["outfits"] for i in o["items"])
    reply = say(services, "look 1 with the hoodie!!", "hoodie")
    own = [i for i in reply["outfits"][0]["items"] if i["source"] != "catalog"]
    assert [i["color"] for i in own] == ["Grey"] and "hoodie" in own[0]["name"].lower(), reply["outfits"][0]
    assert [ids(o) for o in reply["outfits"][1:]] == [ids(o) for o in dinner["outfits"][1:]]


def test_who_is_dressed_is_read_from_a_profile_said_in_passing():
    for text, gender in (("아침 7시 수영 끝나고 바로 출근해요 31여 탈의실 좁고", "women"),
                         ("만나는 사람 딸이랑 처음 만나요 놀이공원에서 보기로 했어요 저는 39남", "men"),
                         ("세부 가족여행 4박5일 가요 애들 7살 10살이고 저는 38남 와이프 36", "men"),
                         ("my wife passed two years ago and my daughter has set me up on a date. I'm 75.", "men"),
                         ("my best friend's 40th is a sit-down dinner. I'm 4 months postpartum and breastfeeding", "women")):
        assert extract(text).preferences.gender == gender, text
    for text in ("30여 군데 돌아다녀야해요", "20여 명이 모이는 자리", "10여 년 만에 동창회"):  # (some thirty, no woman)
        assert extract(text).preferences.gender is None, text
    assert extract("me 28 and my boyfriend 30, shopping for both of us").couple


def test_an_occasion_said_by_what_happens_there_is_read():
    for text, occasion in (("I'm getting an award at our company's annual dinner", "cocktail"),
                           ("아들 논산훈련소 수료식 가요 엄마고 53이에요", "graduation"),
                           ("대학병원 약제부 신입 약사에요 26남", "work"),
                           ("getting my US citizenship!! ceremony is at the federal courthouse in june", "ceremony"),
                           ("I've been subpoenaed to testify as a witness. my one suit is from high school graduation", "court"),
                           ("가정법원 이혼 조정 기일이 있어요 44여", "court"),
                           ("going to oktoberfest in munich with college friends. 26M", "pub"),
                           ("드디어 제 꽃집 오픈해요 36여", "hands_on"),
                           ("팬클럽 색이 하늘색이에요 콘서트 가요", "concert"),
                           ("I'm pitching our software to a hospital procurement committee", "work")):
        assert extract(text).preferences.occasion == occasion, text
    assert extract("가정법원 이혼 조정 기일이 있어요").event is None  # (a court's day, no memorial)
    assert extract("아버지 기일이라 제사 지내요").event == "funeral"


def test_picks_said_plainly_are_taken():
    for text, looks in (("look 3", 3), ("I'll try look 2", 2), ("2번으로 입어볼게요", 2), ("2번 사고 나머진 천천히 바꿀게요", 2),
                        ("buying look 2", 2)):
        heard = extract(text)
        assert heard.intents == {"ack"} and heard.target_look == looks, text
    assert extract("전 2번 남편은 3번").looks_named == (2, 3)
    budget = extract("look 1 is cute but it's like half my budget")
    assert "cheaper" in budget.followups


def test_what_they_wore_or_refuse_is_no_wish():
    assert extract("I'm 31 and I have worn leggings for 4 years straight").preferences.kinds == ()
    pitch = extract("Last pitch I sweated through a blue blouse in 10 minutes")
    assert pitch.preferences.kinds == () and pitch.preferences.colors == ()
    grey = extract("no grey please, I sweat through grey under projector lights")
    assert grey.preferences.avoid_colors == ("grey",) and not grey.hot
    assert extract("do people actually wear pastels to these? I'd rather die").feel.tone is None
    assert extract("pastels please").feel.tone == "pastel"
    assert extract("I wear a lab coat over everything on lab days").kinds == ()
    assert extract("머리 덜 말라서 어깨가 항상 젖어요").build is None


def test_questions_of_a_looks_piece_are_answered_not_carried_out():
    for text, asked in (("does the jacket bunch up at the back when you sit?", "fabric"),
                        ("1번 셔츠 다림질 필요해요?", "fabric"),
                        ("1번 원피스 허리 라인 들어가는거 맞죠?", "waist"),
                        ("look 2 trousers look perfect, are they true black or that faded washed black", "fabric"),
                        ("1번 노란 니트 털 많이 빠지나요?", "fabric"),
                        ("면 100%인지 꼭 알려주세요", "fabric"),
                        ("are the shoes in look 2 ok in puddles?", "rain")):
        heard = extract(text)
        assert heard.asks_property == asked and "swap" not in heard.followups, text


def test_a_work_trip_in_the_monsoon_with_site_visits_gets_looks(services):
    reply = say(services, "I have to go to mumbai for 6 days in july for work, client site visits plus office days. "
                          "it's monsoon. 44M, I'm from minneapolis and have zero idea what I'm in for", "monsoon")
    assert reply["outfits"], reply["reply"]  # (it said only a note on rain, then "couldn't put a look together")
    assert all(i["gender"] in ("men", "unisex") for o in reply["outfits"] for i in o["items"])
    flood = say(services, "are the shoes in look 1 ok in puddles? people keep telling me the streets flood", "monsoon")
    assert "Street" not in flood["reply"] and "standing water" in flood["reply"], flood["reply"]


def test_how_a_jacket_sits_is_answered_and_the_look_kept(services):
    first = say(services, "award dinner at a hotel ballroom, I'm a woman, 38, I use a wheelchair", "seated")
    number = next((n for n, o in enumerate(first["outfits"], 1) if any(i["slot"] == "outerwear" for i in o["items"])), 1)
    reply = say(services, f"does the jacket in look {number} bunch up at the back when you sit?", "seated")
    assert "sits flat" in reply["reply"] and "couldn't" not in reply["reply"], reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]])


def test_questions_of_care_and_what_the_catalogue_carries_get_their_notes(services):
    say(services, "세부 가족여행 4박5일 가요 애들 7살 10살이고 저는 38남 와이프 36", "kids")
    kids = say(services, "아 애들껀 없는거죠? 그럼 어른꺼만요", "kids")
    assert "성인 옷만" in kids["reply"], kids["reply"]
    assert extract("가죽 관리는 어떻게 해요? 비 맞으면 큰일나요?").topics == ("care:leather",)


def test_a_piece_more_dressed_than_the_occasion_is_said_so_not_called_casual():
    from chains.verdicts import verdict
    said = verdict("en", extract("is a tie too much for lunch"), "winter", None, "date", "minimal")
    assert said.startswith("A little, yes") and "casual" not in said, said
    assert verdict("en", extract("are sneakers too casual for a wedding?"), "winter", None, "wedding").startswith("Better not")


def test_sweat_and_the_snow_are_answered_as_a_stylist_would():
    from chains.choice import choice_answer
    ski = choice_answer("en", extract("ski trip: do I actually need ski pants or can I get away with jeans under something"),
                        "winter", "travel")
    assert ski.startswith("Ski trousers, yes"), ski
    heard = extract("white or black hides sweat better? I genuinely never know")
    assert heard.asks_property == "fabric" and heard.preferences.colors == () and not heard.compared_looks
    assert not extract("which of these fabrics will actually hide it? look 1's top looks silky").compared_looks


def test_a_fault_refused_keeps_the_piece_and_plain_talk_keeps_its_meaning():
    gaps = extract("I'm 5'11 and 260, I don't want a shirt that gaps at the buttons")
    assert "shirt" not in gaps.avoid_kinds and gaps.feel.relaxed
    assert extract("I don't want a shirt").avoid_kinds == ("shirt",)
    assert extract("월드컵경기장이라 밤엔 추울수도 있대요 5월이에요").question is None  # (경기장: no 기장 asked)
    assert extract("2번 패딩 길이가 어디까지 오나요 저 키 160이에요").asks_property == "length"
    assert extract("러닝화는 검정 있어요 그거 기준으로 맞춰주세요").owns_named
    assert extract("가족룩? 그런것도 되나요 너무 똑같은건 말고 톤만 맞게").couple
    assert extract("1번이랑 음악회용 2번 둘다 살게요").looks_named == (1, 2)
    assert extract("Look 1 looks like something my grandson would wear.").followups == {"more_formal"}
    assert extract("2번 흰 블라우스는 첫날부터 망가질듯ㅋㅋ").avoid_kinds == ("blouse:white",)


def test_a_tux_asked_of_a_look_is_explained_and_the_look_kept(services):
    first = say(services, "prom is may 17th. I'm 17, a guy, 5'4\" and like 120 lbs", "tux")
    reply = say(services, "is look 1 a tux or a suit? idk the difference tbh", "tux")
    assert "lapels" in reply["reply"], reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]])
    assert extract("steel toes are required on site, do any of these work with boots").topics == ("work:site-boots",)
    assert extract("is look 2 ok in a tent? beer will get spilled on me").asks_property == "stains"


def test_trousers_asked_long_enough_are_judged_at_the_shoe_not_the_knee():
    from chains.review import property_answer
    from chains.state import Outfit
    from domain.items import Item
    trousers = Item(id="t", name="Arrow Men Grey Trousers", kind="trousers", slot="bottom", color="Grey",
                    color_family="grey", gender="men")
    shirt = Item(id="s", name="Arrow Men White Shirt", kind="shirt", slot="top", color="White", color_family="white",
                 gender="men")
    said, _ = property_answer("en", [Outfit("classic", (shirt, trousers), "")],
                              extract("do the trousers in look 1 come in long? they're always short on me"))
    assert "shoe" in said and "knee" not in said, said


def test_what_set_thirty_eight_found_after_the_round_is_read_as_meant(services):
    say(services, "회사 연말 시상식에서 상받아요ㅋㅋ 단상에 올라가야돼요 30여", "stairs")
    stairs = say(services, "1번 스커트 계단 올라갈때 불편할거같아요", "stairs")
    assert "이미 스커트가 없어서" not in stairs["reply"], stairs["reply"]  # (the dress is what changes)
    assert not any(i["slot"] == "onepiece" for i in stairs["outfits"][0]["items"])
    assert extract("look 2, but the sweater looks itchy. something softer?").followups == {"swap"}
    assert extract("털 엄청 빠지는 애라 털 안붙는 소재로요").asks_property == "fabric"
    assert extract("무대 조명 받으니까 색이 좀 있는게 나을까요").asks_property == "photo"
    assert extract("do japanese business people still wear full suits in june? cool biz?").topics == ("work:cool-biz",)
    mixed = extract("그럼 3번에 1번 상의")
    assert (mixed.target_look, mixed.from_look, mixed.slots) == (3, 1, ("top",))
    assert extract("쪼리는 있어요 그거 말고 신발 한켤레만 더").avoid_kinds == ("sandals",)
    assert extract("2번 색만 진한걸로 바꿔서 갈게요").feel.tone == "dark"
    assert extract("회사 창립 30주년 갈라디너 드레스코드가 세미포멀이래요 29여").preferences.occasion == "cocktail"


def test_a_sweater_asked_about_is_no_question_of_sweat():
    from chains.review import _FABRIC_ASPECTS
    assert not _FABRIC_ASPECTS["sweat"].search("the sweater looks itchy")
    assert _FABRIC_ASPECTS["sweat"].search("I sweat a lot, which fabric?")


@pytest.mark.parametrize("text, reading, expected", [
    ("하객 50여 분들이 오시는 스몰웨딩 하객룩", lambda h: h.preferences.gender, None),  # (some fifty guests)
    ("예산은 30여 만원", lambda h: h.age, None),
    ("27여 대학생이에요", lambda h: h.preferences.gender, "women"),
    ("my boyfriend is paying for both of us, what should I wear to dinner", lambda h: h.couple, False),
    ("darker colours please, hard pass on anything shiny", lambda h: h.feel.tone, "dark"),
    ("I sweat through every shirt, need breathable linen shirts please", lambda h: h.preferences.kinds, ("shirt",)),
    ("I want a white coat for winter", lambda h: h.preferences.kinds, ("coat",)),
    ("I've shed 20 pounds, what should I wear to the reunion?", lambda h: h.asks_property, None),
    ("밖에서 오래 기다려야 하는데 추울까요?", lambda h: h.asks_property, None),
    ("키 175면 100 사이즈 맞을까요?", lambda h: h.asks_property, None),
    ("하객룩 알려주세요 앉았을 때 편한 걸로요", lambda h: h.asks_property, None),
    ("can I get something cinched at the waist?", lambda h: h.asks_property, None),
    ("getting married at the courthouse in may, outfit ideas for the bride?", lambda h: h.preferences.occasion, "wedding"),
    ("친구 개업식 가는데 뭐 입지 30대 여자", lambda h: h.preferences.occasion, None),
    ("저 미국 시민권자인데 한국 친구 결혼식 가요", lambda h: h.preferences.occasion, "wedding"),
    ("주말에 예약사이트에서 찾은 펜션 놀러가요 뭐 입지", lambda h: h.preferences.occasion, "daily"),
    ("키 180에 말라서 뭘 입어도 안 어울려요", lambda h: h.build, "slim"),
    ("I saw a dress on the site I liked, can you find something similar", lambda h: h.feel.grip, False),
    ("I want heels, something with a strap around the ankle", lambda h: h.cut, None),
    ("빨간색은 좀 부담돼요", lambda h: "cheaper" in h.followups, False),
    ("가방이랑 톤만 맞게 해주세요", lambda h: h.couple, False),
    ("I want something my son would wear too, we're going to a concert together", lambda h: h.followups, frozenset()),
    ("look 2 if it's sunny otherwise look 1 but with a jacket", lambda h: h.intents == {"ack"}, False),
    ("2번 사고 싶은데 사이즈 뭘로 사야 돼요", lambda h: h.intents == {"ack"}, False),
    ("the coat length in look 2 is perfect but the colour looks weird on me", lambda h: h.avoid_kinds, ()),
    ("can the dress be any colour but I'd love green", lambda h: h.preferences.avoid_colors, ()),
    ("wedding on saturday and the forecast says rain, do I need an umbrella", lambda h: h.question, "rain"),
    ("I like the street one", lambda h: h.preferences.style, "street"),
    ("it's flooding here, what should I wear to work tomorrow?", lambda h: h.asks_property, None),
])
def test_readings_the_round_must_not_take_from_ordinary_messages(text, reading, expected):
    assert reading(extract(text)) == expected


def test_a_yes_is_flipped_only_where_the_question_asks_if_it_is_wrong():
    for text in ("sorry if this is a weird question, but is navy ok for a wedding?",
                 "I don't want to look out of place, can I wear flats?", "the shoes in look 2 look weird, can you swap them?",
                 "does this look right or is it wrong?", "1번 별로인가요? 2번이 더 나아요?"):
        assert not asks_if_wrong(text), text
    assert not extract("i don't like that one").intents == {"ack"}


def test_rubber_beach_shoes_filed_as_flats_are_sandals_and_stay_off_a_dinner():
    from chains.dress_code import dress_code
    from domain.items import Item
    from domain.traits import traits_of
    thong = Item(id="x", name="iPanema Women Ritmos Navy Blue Flats", kind="flats", slot="shoes", color="Navy Blue",
                 color_family="navy", gender="women")
    assert traits_of(thong).kind == "sandals" and not dress_code("cocktail", "spring").allows(thong)
    ballet = Item(id="y", name="Catwalk Women Buckel Pink Flats", kind="flats", slot="shoes",
                  color="Pink", color_family="pink", gender="women")
    assert traits_of(ballet).kind == "flats"


def test_a_full_bust_turns_shirts_down_and_a_baby_shower_is_a_party_by_day():
    brief = extract("가슴이 커서 셔츠 단추 사이 벌어지는게 너무 스트레스에요 27여 회계법인 출근룩이요")
    assert brief.preferences.gender == "women" and "shirt" in brief.avoid_kinds and "shirt" not in brief.kinds
    assert extract("1번 블라우스 랩스타일이면 안벌어지죠?").topics == ("body:bust",)
    shower = extract("first baby shower I've ever been to, it's my best friend's and they made it coed. backyard party in may. 33M")
    assert shower.preferences.occasion == "day_party"


def test_snorkelling_and_island_hopping_are_days_at_the_beach():
    for text in ("호핑투어랑 스노클링 할거에요 래쉬가드는 있어요", "we're going snorkelling and island hopping"):
        assert extract(text).preferences.occasion == "beach", text
