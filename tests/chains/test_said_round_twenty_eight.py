"""Round twenty-eight: festivals and rites by their own names (Holi, a nikah, Pongal beside Diwali), questions of
custom answered ("do I need to cover my head?", "can I wear a guayabera?"), facts told after the looks (his build,
dust), May said inside a sentence, and a colour one is bored of left out."""

from __future__ import annotations

import pytest

from chains.climate import month_named
from chains.extract import extract
from chains.look_score import kurta_over_western_skirt
from domain.items import Item
from tests.chains.talk import say


def worn(reply: dict) -> list[dict]:
    return [i for o in reply["outfits"] for i in o["items"]]


@pytest.mark.parametrize(("text", "month"), [("office outfits for May in Nagpur, I'm a man", 5),
                                             ("going there for may", 5), ("wedding on 5 May", 5),
                                             ("May I ask what to wear?", None), ("It may rain. May I bring a coat?", None)])
def test_may_inside_a_sentence_is_the_month_and_may_i_is_not(text, month):
    assert month_named(text) == month


def test_may_in_a_hot_city_dresses_for_its_summer():
    heard = extract("office outfits for May in Nagpur, I'm a man, formals only")
    assert heard.preferences.season == "summer" and heard.preferences.occasion == "work"


@pytest.mark.parametrize(("text", "out"), [("red and white is the usual but I'm bored of it", {"red", "white"}),
                                           ("black, i'm so tired of it", {"black"})])
def test_a_colour_one_is_bored_of_is_left_out(text, out):
    heard = extract(text)
    assert set(heard.preferences.avoid_colors) == out and not heard.preferences.colors


def test_holi_is_old_light_cotton_and_closed_trainers(services):
    reply = say(services, "i'm a woman, show me outfits for holi", "holi-w")
    assert "Holi" in reply["reply"] and reply["outfits"], reply["reply"]
    pieces = worn(reply)
    assert not {i["kind"] for i in pieces} & {"shorts", "heels", "sandals", "jewellery", "skirt", "dress"}, pieces
    assert all(i["kind"] in ("sneakers", "flats") for i in pieces if i["slot"] == "shoes")


def test_a_nikah_is_dressed_and_the_head_question_is_answered_yes(services):
    user = "nikah"
    first = say(services, "what should I wear to a nikah? I'm a woman", user)
    assert first["outfits"] and first["type"] != "question", first["reply"]
    assert not {i["kind"] for i in worn(first)} & {"skirt", "blazer"}, worn(first)  # (ankle-length, no office jacket)
    reply = say(services, "do I need to cover my head?", user)
    assert reply["reply"].split(": ", 1)[-1].startswith("Yes"), reply["reply"]
    assert "outside what my style notes" not in reply["reply"]


def test_covering_the_head_is_answered_by_place_at_a_temple(services):
    user = "temple-head"
    say(services, "I'm a woman, visiting a temple in Chennai next week", user)
    reply = say(services, "do I need to cover my head?", user)
    assert "Hindu or Buddhist temple" in reply["reply"], reply["reply"]


def test_can_i_wear_a_guayabera_is_answered_and_the_looks_stay(services):
    user = "guayabera"
    first = say(services, "men's outfit for a summer wedding in Havana", user)
    reply = say(services, "can I wear a guayabera?", user)
    assert reply["type"] == "answer" and "guayabera" in reply["reply"].lower(), reply["reply"]
    assert not reply["outfits"] and first["outfits"]  # (answered; the looks on screen stay as they were)


def test_his_build_told_after_the_looks_dresses_him_for_it(services):
    user = "dad-build"
    say(services, "outfit for my dad for my wedding, he's 60", user)
    reply = say(services, "he's quite heavy, around 95 kg, short", user)
    assert "Thanks, noted" not in reply["reply"] and "fuller build" in reply["reply"], reply["reply"]
    assert not [i for i in worn(reply) if "slim" in i["name"].lower()]


def test_dust_told_after_the_looks_is_advice_not_thanks(services):
    user = "dust"
    first = say(services, "outfit for a site visit at a cement plant, I'm a man", user)
    assert first["type"] != "question" and first["preferences"]["occasion"] == "work", first["reply"]
    reply = say(services, "it's very dusty there", user)
    assert "Dust shows" in reply["reply"], reply["reply"]


def test_each_festival_is_named_and_another_asked_after_gets_its_own_looks(services):
    user = "diwali-pongal"
    first = say(services, "what to wear for a diwali party at a friend's, I'm a woman", user)
    assert "Diwali" in first["reply"] and "Indian festival" not in first["reply"], first["reply"]
    reply = say(services, "and for pongal lunch at my aunt's?", user)
    assert "Pongal" in reply["reply"] and reply["outfits"], reply["reply"]


@pytest.mark.parametrize(("text", "occasion"), [("onam sadya at my in-laws", "onam"),
                                                ("navratri garba night, what do I wear", "navratri"),
                                                ("my first karwa chauth", "karwa_chauth"),
                                                ("griha pravesh at my cousin's new flat", "indian_festival"),
                                                ("we're going to a walima next week", "nikah")])
def test_festivals_and_rites_keep_their_names(text, occasion):
    assert extract(text).preferences.occasion == occasion


def _piece(name: str, kind: str, slot: str, usage: str) -> Item:
    return Item(id=name, name=name, kind=kind, slot=slot, color="Grey", color_family="grey", gender="women", usage=usage)


def test_a_kurta_over_an_office_skirt_is_marked_and_over_trousers_is_not():
    kurta = _piece("Diva Women Mustard Kurta", "blouse", "top", "ethnic")
    assert kurta_over_western_skirt(kurta, _piece("Forever New Women Formal Cream Skirt", "skirt", "bottom", "formal"))
    assert not kurta_over_western_skirt(kurta, _piece("Wills Lifestyle Women Trousers", "trousers", "bottom", "casual"))
    assert not kurta_over_western_skirt(kurta, _piece("Fabindia Women Ghera Skirt", "skirt", "bottom", "ethnic"))


@pytest.mark.parametrize(("text", "out"), [
    ("음 근데 어머님이 제삿날엔 빨간색 분홍색 절대 안된다고 하셨어요", {"red", "pink"}),
    ("흰색은 장례식 색이라 설에는 입지 말래요", {"white"})])
def test_a_colour_a_family_rule_forbids_is_left_out(text, out):
    heard = extract(text)
    assert set(heard.preferences.avoid_colors) == out and not heard.preferences.colors
    assert heard.event is None  # ("장례식 색": a colour's meaning, not a funeral to dress for)


@pytest.mark.parametrize("text", ["no way im wearing the white pants from look 2 to site",
                                  "1 looks good but those white pants are gonna be destroyed. gulal + rain"])
def test_white_trousers_refused_are_out_and_white_is_no_wish(text):
    heard = extract(text)
    assert "trousers:white" in heard.avoid_kinds and "white" not in heard.preferences.colors


@pytest.mark.parametrize(("text", "own", "partner", "age"), [
    ("둘 다 봐주세요 남편 38 저 36", "women", "men", 38),
    ("남편도 봐주세요 55세고 맨날 등산 점퍼만 입어요", "women", "men", 55),
    ("남편도 같이 봐 주세요. 남편은 50이에요", "women", "men", 50)])
def test_the_partner_asked_for_too_is_dressed_beside(text, own, partner, age):
    heard = extract(text)
    assert heard.both_dressed and heard.partner == partner and heard.partner_age == age
    assert heard.preferences.gender == own and heard.preferences.occasion is None  # (his habit is no hike)


@pytest.mark.parametrize(("text", "theirs"), [
    ("남자친구 석사 졸업식 가요 꽃다발 들고 가려고요", "men"),
    ("my wife is graduating from nursing school in perth. i'm 34, want to look decent for her big day", "women"),
    ("first pongal at my husband's village near madurai", "men")])
def test_the_partners_day_or_place_does_not_dress_the_partner(text, theirs):
    assert extract(text).preferences.gender != theirs  # (the person's own clothes, asked where unsaid)


def test_a_temple_keeps_shoulders_and_knees_covered_and_shorts_are_a_no(services):
    user = "palace"
    first = say(services, "10월 방콕 왕궁이랑 왓포 가족여행 가요 여자 40", user)
    assert first["outfits"] and not {i["kind"] for i in worn(first)} & {"shorts", "tank"}, worn(first)
    reply = say(services, "왕궁 반바지 안되죠?", user)
    assert reply["type"] == "answer" and reply["reply"].startswith("안 돼요"), reply["reply"]


@pytest.mark.parametrize(("text", "topic"), [("im drenched by the time i walk from the metro", "fabric:hot-humid"),
                                             ("오른팔 깁스했어요 팔꿈치까지", "injury:arm-cast"),
                                             ("it's very dusty there", "weather:dust")])
def test_a_fact_told_after_the_looks_has_its_note(text, topic):
    assert topic in extract(text).topics


def test_a_hat_against_the_sun_is_no_question_of_covering_the_head():
    assert "ceremony:head-cover" not in extract("I need a hat to cover my head from the sun in spain").topics


@pytest.mark.parametrize("text", ["절도 여러 번 하고 오래 무릎 꿇고 있어야 돼요", "we will be kneeling for the puja"])
def test_kneeling_and_bowing_are_floor_seating(text):
    assert extract(text).floor_seating


@pytest.mark.parametrize(("text", "occasion", "season"), [
    ("woman, watching Thaipusam at Batu Caves end of january", "indian_festival", "summer"),
    ("한식날 할아버지 산소 가요 남자 40", "family_holiday", None)])
def test_festivals_and_family_rites_by_place(text, occasion, season):
    heard = extract(text)
    assert heard.preferences.occasion == occasion
    assert season is None or heard.preferences.season == season


@pytest.mark.parametrize(("text", "topic"), [("is linen ok for a bank? my branch manager is kind of old school",
                                              "fabric:linen-office"),
                                             ("are wellies ok with a dress or is that a cliche", "shoes:wellies-dress"),
                                             ("can i wear crocs or is that embarrassing", "shoes:crocs"),
                                             ("아오자이 입어야 되나요?", "garment:ao-dai"),
                                             ("do I need to wear an abaya?", "garment:abaya"),
                                             ("what goes warm over a saree?", "garment:saree-layer")])
def test_questions_of_custom_and_fabric_find_their_note(text, topic):
    assert extract(text).topics[:1] == (topic,)


def test_a_visarjan_procession_is_dressed_for_rain_and_gulal(services):
    reply = say(services, "ganpati visarjan procession in girgaon, male 26, dancing in the rain", "visarjan")
    assert reply["outfits"] and "visarjan" in reply["reply"], reply["reply"]
    assert not {i["kind"] for i in worn(reply)} & {"blazer", "tie", "coat", "sweater", "shorts"}, worn(reply)


def test_an_apology_visit_is_a_dark_quiet_suit(services):
    reply = say(services, "거래처에 사과하러 가요 45살 남자 팀장이에요", "apology")
    assert "사과 방문" in reply["reply"] and reply["outfits"], reply["reply"]
    tops = [i for i in worn(reply) if i["slot"] == "top"]
    assert tops and all(i["color_family"] in ("white", "blue", "grey") for i in tops), tops


def test_riyadh_keeps_shoulders_and_knees_covered():
    assert extract("ministry meetings in Riyadh during Ramadan, woman consultant 40").feel.modest


def test_an_ankle_cast_is_no_arm_cast_and_wants_wide_legs():
    heard = extract("축제인데 발목 깁스함 ㅋㅋ ㅠㅠ 반깁스고 목발 짚어요 22살")
    assert heard.topics == ("injury:leg-cast",) and heard.feel.relaxed and heard.feel.comfort


def test_a_weight_limit_is_no_backpack_refused():
    assert not extract("배낭이 7kg 넘으면 안 된대요. 옷을 최소로 해야 돼요").avoid_kinds


def test_heat_in_degrees_beside_a_month_is_summer():
    assert extract("반바지는 안 되죠? 4월이라 40도래요 ㅠㅠ").preferences.season == "summer"


def test_the_temple_said_before_answers_a_later_shorts_question(services):
    user = "ordination"
    say(services, "태국 친구가 출가한다고 초대했어요 방콕이에요 수계식이래요. 23살 남자고 처음 가봐요", user)
    reply = say(services, "반바지는 안 되죠? 4월이라 40도래요 ㅠㅠ", user)
    assert reply["reply"].startswith("안 돼요"), reply["reply"]


def test_modest_said_of_a_look_is_no_question_about_shorts():
    heard = extract("is look 2 modest enough? are my elbows covered?")
    assert heard.feel.modest and "shorts" not in heard.kinds


def test_a_garment_one_will_wear_anyway_is_no_question_about_it():
    assert not extract("for the dip I will wear dhoti. but before and after, sitting in the boat, it is very cold no?").topics


def test_a_refused_backpack_is_named_in_both_languages():
    import prompts
    assert prompts.label("ko", "kind", "backpack") == "백팩"
    assert prompts.label_variant("en", "kind", "plural", "backpack") == "backpacks"


def test_a_yukata_the_ryokan_provides_is_no_question_about_kimonos():
    assert not extract("료칸에서는 유카타 주니까 오가는 옷만 있으면 돼요").topics
    assert not extract("the ryokan gives you a yukata so just travel clothes").topics


def test_looks_come_on_defaults_after_whose_clothes_went_unanswered_and_a_note(services):
    user = "gion"
    say(services, "going to kyoto for gion matsuri in mid july, the yoiyama nights and then the big parade", user)
    say(services, "should I rent a yukata? or is that cringe for a tourist", user)
    reply = say(services, "ok maybe yukata for one night only. what for the parade morning, everyone says its brutally hot",
                user)
    assert reply["outfits"], reply["reply"]


def test_the_weather_of_a_place_the_table_lacks_is_said_so_not_refused(services):
    user = "kohima"
    say(services, "hornbill festival in kohima in december, woman 28", user)
    reply = say(services, "what's the weather like in kohima in december?", user)
    assert "don't have that place's weather" in reply["reply"] and "outside what my style notes" not in reply["reply"]


def test_anything_sporty_refused_is_no_sporty_wish():
    heard = extract("outfits for my dad for my sister's engagement lunch, he's 62, he will refuse anything sporty")
    assert heard.preferences.style != "sporty"


def test_crocs_refused_is_no_question_about_crocs():
    assert "shoes:crocs" not in extract("no crocs please").topics


@pytest.mark.parametrize(("text", "occasion"), [("I'm a woman, visiting a temple in Chennai next week", "temple_visit"),
                                                ("부처님오신날 엄마따라 절에 가요 뭐입죠", "temple_visit"),
                                                ("trip to bangkok, want to visit the temple too", "travel")])
def test_a_temple_visit_is_its_own_occasion_and_a_trip_stays_a_trip(text, occasion):
    heard = extract(text)
    assert heard.preferences.occasion == occasion and heard.feel.modest


@pytest.mark.parametrize(("text", "topic"), [("is a half saree too young for me?", "garment:half-saree"),
                                             ("should I wear a gamosa?", "garment:gamosa"),
                                             ("should I wear a kebaya to the wedding?", "garment:kebaya"),
                                             ("사해도 간다는데 거기 옷은 따로 있어야 하나요?", "travel:dead-sea")])
def test_more_questions_of_dress_find_their_note(text, topic):
    assert extract(text).topics[:1] == (topic,)


@pytest.mark.parametrize("text", ["네 감사해요", "네 감사합니다 조사해 볼게요"])
def test_thanks_is_no_dead_sea(text):
    assert not extract(text).topics


@pytest.mark.parametrize("text", ["이스라엘 성지순례 3월 58세 남자", "남편이랑 5월에 산티아고 순례길 가요"])
def test_a_pilgrimage_is_a_trip(text):
    assert extract(text).preferences.occasion == "travel"
