"""Round seventeen: what round sixteen left weak. Their own suit is worn whole (its jacket and its trousers in every
look); a question about the piece a look wears ("is the jacket in look 4 warm enough?", "does it come in a bigger
size?", "what color shirt goes with the coat in look 2?") is answered, never made into a swap; knee-length skirts
stay skirts; a subtropical place said before the month ("going to Taipei", then "it's in May") is summer."""

from __future__ import annotations

from chains.extract import extract
from tests.chains.talk import ids, kinds, say


def test_their_own_suit_is_worn_whole_and_the_rest_is_picked(services):
    say(services, "wedding guest outfit for a man please", "suit-1")
    reply = say(services, "i have a navy suit, just pick the rest", "suit-1")
    assert reply["reply"].startswith("Here's how I'd wear your navy suit"), reply["reply"]
    assert reply["outfits"] and reply["preferences"]["colors"] == []  # (navy is their suit's, no wish for navy)
    for look in reply["outfits"]:
        theirs = [i for i in look["items"] if i["source"] != "catalog"]
        assert {(i["kind"], i["color_family"]) for i in theirs} == {("blazer", "navy"), ("trousers", "navy")}, look
        assert "shirt" in kinds(look) and "shoes" in kinds(look), look
    more = say(services, "show me more", "suit-1")
    assert all(("trousers", "navy") in {(i["kind"], i["color_family"]) for i in o["items"]} for o in more["outfits"])


def test_a_korean_suit_of_theirs_is_worn_in_its_own_colour(services):
    say(services, "결혼식 하객룩 추천해주세요 남자에요", "suit-2")
    reply = say(services, "제 차콜 수트 있는데 그거 입고 나머지만 골라주세요", "suit-2")
    assert "차콜 수트" in reply["reply"], reply["reply"]
    for look in reply["outfits"]:
        assert sum(i["source"] != "catalog" for i in look["items"]) == 2, look
        assert sum(i["slot"] == "bottom" for i in look["items"]) == 1, look


def test_a_suit_named_without_owning_it_is_no_suit_of_theirs():
    assert not extract("should I buy a navy suit for the wedding?").owns_suit
    assert extract("I'll wear my grey suit to the wedding, what shirt and tie?").owns_suit


def test_a_question_about_the_piece_a_look_wears_changes_nothing(services):
    before = say(services, "office looks for a man please", "piece-1")
    jacketed = next(n for n, o in enumerate(before["outfits"], 1) if "jacket" in kinds(o) or "blazer" in kinds(o))
    layer = "jacket" if "jacket" in kinds(before["outfits"][jacketed - 1]) else "blazer"
    reply = say(services, f"is the {layer} in look {jacketed} warm enough for december?", "piece-1")
    said = reply["reply"].lower()
    assert f"look {jacketed}" in said and ("warm" in said or "too light" in said), reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in before["outfits"]])
    sized = say(services, f"does the {layer} in look {jacketed} come in a bigger size?", "piece-1")
    assert "stocked" in sized["reply"], sized["reply"]
    assert [ids(o) for o in sized["outfits"]] in ([], [ids(o) for o in before["outfits"]])


def test_a_shirt_colour_asked_beside_a_looks_layer_is_answered(services):
    before = say(services, "office looks for a man please", "piece-2")
    number = next(n for n, o in enumerate(before["outfits"], 1) if "blazer" in kinds(o))
    # (a "coat" said of a look that wears a blazer: that blazer)
    reply = say(services, f"what color shirt goes with the coat in look {number}", "piece-2")
    assert f"With look {number}'s" in reply["reply"] and "blazer" in reply["reply"], reply["reply"]
    assert "white" in reply["reply"] and "red" not in reply["reply"], reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in before["outfits"]])
    korean = say(services, f"{number}번 자켓에 어울리는 셔츠 색은?", "piece-2")
    assert "화이트" in korean["reply"] and "셔츠" in korean["reply"], korean["reply"]


def test_knee_length_skirts_stay_skirts_and_the_length_is_said_unknown(services):
    before = say(services, "여자 출근룩 추천해줘", "knee-1")
    skirted = [n for n, o in enumerate(before["outfits"], 1) if "skirt" in kinds(o)]
    reply = say(services, "치마는 짧은거 말고 무릎 정도로", "knee-1")
    assert "기장" in reply["reply"], reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in before["outfits"]])
    if skirted:
        assert f"{skirted[0]}" in reply["reply"]
    heard = extract("no mini skirts, knee length please")
    assert heard.knee_length and "skirt" not in heard.avoid_kinds
    assert "skirt" in extract("longer skirt pls").avoid_kinds  # (more length: trousers, which promise it)


def test_a_subtropical_place_then_a_summer_month_dresses_for_summer(services):
    say(services, "going to Taipei next trip, what should I pack? I'm a woman", "taipei-1")
    reply = say(services, "it's in May", "taipei-1")
    worn = {i["kind"] for o in reply["outfits"] for i in o["items"]}
    assert not {"sweatshirt", "sweater", "jacket", "coat"} & worn, worn
    assert extract("대만 7월에 여행가요").preferences.season == "summer"
    assert extract("Taipei in January, outfits for a guy").preferences.season == "winter"


def test_who_they_are_said_after_looks_chosen_for_the_other_wardrobe_switches_them(services):
    say(services, "이사날 입을 옷 ㅋㅋ 이런것도 추천해줘요?", "mover-1")
    before = say(services, "짐 나르고 먼지 엄청날듯.. 근데 끝나고 새 동네에서 밥도 먹을거라 너무 후줄근하면 좀", "mover-1")
    assert before["outfits"]
    reply = say(services, "허리 32 남자고 츄리닝은 빼구요", "mover-1")
    clothes = [i for o in reply["outfits"] for i in o["items"] if i["slot"] in ("top", "bottom", "onepiece")]
    assert clothes and all(i["gender"] in ("men", "unisex") for i in clothes), reply["reply"]
    assert not any("track" in i["name"].lower() for i in clothes)


def test_a_parent_whose_child_has_the_day_is_dressed_themselves():
    heard = extract("my daughter graduates from nursing school in may, outdoor ceremony. need something for me")
    assert heard.preferences.gender is None  # (her day, their clothes: whose, asked)
    dad = extract("I'm her dad, 62, not very stylish I'll admit. my wife usually picks my stuff")
    assert dad.preferences.gender == "men" and dad.own_gender == "men"
    # ("i'm meeting his dad": the one met, not who they are)
    met = extract("It's the first time I'm meeting his dad properly. I'm 26 f")
    assert met.preferences.gender == "women"


def test_moving_day_is_hands_on_and_a_bolder_look_is_a_change():
    assert extract("이사날 입을 옷 ㅋㅋ 이런것도 추천해줘요?").preferences.occasion == "hands_on"
    assert extract("help a friend move this weekend, what do i wear").preferences.occasion == "hands_on"
    bolder = extract("3번 괜찮은데 제가 맨날 입는거랑 똑같아요 ㅋㅋ 조금만 더 과감한거?")
    assert bolder.followups == {"swap"} and bolder.target_look == 3
    assert "track" in extract("츄리닝은 빼구요").avoid_kinds


def test_what_a_piece_is_made_of_is_asked_not_swapped():
    for text in ("look 1 looks fine. what's the jacket made of", "2번 자켓 소재 뭐에요?"):
        heard = extract(text)
        assert heard.asks_property == "fabric" and "swap" not in heard.followups, text


def test_no_loose_long_sleeves_wishes_for_no_long_sleeves():
    heard = extract("nothing white please, and no loose long sleeves that'll drag through the wet clay")
    assert not heard.feel.sleeved and not heard.feel.relaxed and heard.feel.sleek
    assert extract("long sleeves only pls").feel.sleeved
    assert extract("nothing too clingy please").feel.relaxed  # (a complaint's "no" is no turn)


def test_what_they_only_wear_is_their_taste():
    heard = extract("저 남자고 평소엔 그냥 무채색만 입어요. 색 들어간건 부담스러움")
    assert set(heard.preferences.colors) == {"black", "grey", "white"} and heard.preferences.gender == "men"
    assert not extract("평소엔 그냥 청바지에 니트 입어요").kinds  # (what they wear now, not a wish)


def test_a_loud_shade_turned_down_keeps_the_colour_loved():
    heard = extract("she loves purple but not bright purple, more like plum or lavender")
    assert heard.preferences.colors == ("purple",) and not heard.preferences.avoid_colors
    assert extract("no bright red").preferences.avoid_colors == ("red",)
    assert extract("i like blue, not navy").preferences.avoid_colors == ("navy",)


def test_can_she_walk_in_those_shoes_is_answered_of_that_looks_shoes(services):
    before = say(services, "my mom turns 80 next week, we're taking her to a nice restaurant. what should she wear?", "cane-1")
    reply = say(services, "the dress in 3 looks lovely but can she walk in those shoes? she uses a cane sometimes", "cane-1")
    assert reply["reply"].startswith("Look 3 wears"), reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in before["outfits"]])


def test_a_jacket_that_looks_hot_is_a_question_of_heat():
    assert extract("2번 자켓 좀 더워보이는데 5월이면 괜찮나요?").asks_property == "heat"


def test_their_long_padding_named_after_the_kind_is_theirs():
    heard = extract("패딩은 있어요 검정 롱패딩. 그거 입는다 치고 맞춰주세요")
    assert heard.owns_named and heard.piece_colour == "black" and heard.kinds == ("coat",)


def test_a_sign_off_and_a_workout_are_heard():
    assert extract("ㅇㅋ 이거면 될듯").intents == {"ack"}
    assert extract("something I can work out in and then throw something over").preferences.occasion == "workout"
    ski = extract("친구들이랑 하이원 스키 가는데 스키복은 렌탈할거고 그외에 입을거 필요해요")
    assert ski.snow and ski.preferences.occasion == "travel"


def test_another_colour_of_shoes_none_of_the_looks_wears_is_said(services):
    before = say(services, "black tie gala next month, women's", "white-1")
    worn = {(i["kind"], i["color_family"]) for o in before["outfits"] for i in o["items"]}
    assert ("sneakers", "white") not in worn  # (a gala wears none)
    reply = say(services, "흰 운동화 말고 다른 색은 없어?", "white-1")
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in before["outfits"]])
    assert "없어서" in reply["reply"] or "none" in reply["reply"].lower(), reply["reply"]


def test_pieces_of_theirs_said_with_a_pair_or_a_wash():
    jeans = extract("I've got a good pair of dark jeans, build around those")
    assert jeans.owns_named and jeans.piece_colour == "navy" and jeans.kinds == ("jeans",)


def test_shoes_that_show_the_toes_and_a_colour_to_stay_away_from_are_ruled_out():
    assert "sandals" in extract("definitely no open toed shoes, got trampled last year").avoid_kinds
    red_hair = extract("I have red hair so maybe stay away from orange?")
    assert red_hair.preferences.avoid_colors == ("orange",) and not red_hair.preferences.colors


def test_pieces_moved_between_looks_go_the_way_said():
    boots = extract("신발 2번에 있는 부츠로 바꿔서 1번으로 할게요")
    assert (boots.from_look, boots.target_look) == (2, 1)
    assert (extract("1번에 2번 신발로 바꿔줘").from_look, extract("1번에 2번 신발로 바꿔줘").target_look) == (2, 1)
    jacket = extract("1 with the jacket from 3 for after?")
    assert (jacket.from_look, jacket.target_look) == (3, 1) and "swap" in jacket.followups


def test_another_like_it_in_black_is_one_more_like_that_look():
    heard = extract("love look 2! can I see another like it but in black")
    assert heard.like_look == 2 and heard.preferences.colors == ("black",)


def test_both_on_one_look_a_layer_on_top_and_coal_volunteering():
    assert extract("2번으로 둘다 할게요~").intents == {"ack"}
    assert "layer" in extract("10월 아침이면 추울까요? 위에 하나 더").followups
    assert extract("회사에서 단체로 연탄 봉사 가요 사진도 찍을듯").preferences.occasion == "hands_on"
    shirt = extract("the shirt in 3 is perfect, is it short sleeved? I sweat a lot under lights")
    assert "swap" not in shirt.followups and not shirt.puts_piece_on_look


def test_a_partner_doing_something_for_them_is_not_whom_the_looks_dress():
    assert extract("My boyfriend is cooking dinner for me at his place for the first time!").preferences.gender == "women"
    assert extract("my boyfriend is turning 30, what should he wear?").preferences.gender == "men"
    assert extract("my son graduates in june, what should I wear").preferences.gender is None
    both = extract("i need outfits for me and my mum for my cousin's wedding, i'm 28 and she's 55")
    # (her word says whose her looks are; the person's own wardrobe is asked)
    assert both.both_dressed and both.partner == "women" and both.preferences.gender is None


def test_a_pick_with_their_own_jeans_wears_them_on_that_look(services):
    say(services, "My boyfriend is cooking dinner for me at his place for the first time!", "jeans-1")
    before = say(services, "I'm 5'2\", curvy. And I'll probably be helping cook so nothing white lol", "jeans-1")
    reply = say(services, "ok I'll do 1 but with my own jeans instead", "jeans-1")
    first = reply["outfits"][0]
    theirs = [i for i in first["items"] if i["source"] != "catalog"]
    assert [(i["kind"], i["color_family"]) for i in theirs] == [("jeans", "blue")], first
    assert sum(i["slot"] in ("bottom", "onepiece") for i in first["items"]) == 1, first
    assert [ids(o) for o in reply["outfits"][1:]] == [ids(o) for o in before["outfits"][1:]]


def test_their_suit_said_as_the_one_to_build_around():
    assert extract("Can you build around the navy suit then? Shirt, tie, shoes").owns_suit
    assert extract("ok I'll do 1 but with my own jeans instead").target_look == 1


def test_occasions_named_in_passing_are_heard():
    assert extract("hosting friendsgiving at my apartment for the first time, 12 people").preferences.occasion == "house_party"
    assert extract("doing my first ever open mic stand-up set next week. 5 minutes lol").preferences.occasion == "gig"
    assert extract("my friend is taking a few of us out on his sailboat for the day").preferences.occasion == "daily"
    concert = extract("너무 꾸민티는 싫은데 사진은 잘나오고 싶음.. 응원봉 들고 다녀야돼서 가방은 크로스로")
    assert "tshirt" not in concert.avoid_kinds and not concert.topics  # ("꾸민 티": a look, no tee; a lightstick held)
    assert "concert:lightstick" in extract("응원봉 색이 연두색인데 옷도 맞추면 좀 오바인가요?").topics


def test_a_fabric_asked_of_a_piece_the_look_wears_otherwise_names_what_it_wears(services):
    say(services, "my best friend's engagement party is next saturday, it's in her parents' garden", "fabric-1")
    before = say(services, "oh I should say I'm a guy, 32, kind of broad shoulders. and nothing too formal, no tie please",
                 "fabric-1")
    number = next(n for n, o in enumerate(before["outfits"], 1) if "shirt" not in kinds(o) and "sweater" in kinds(o))
    reply = say(services, f"what's the shirt in look {number} made of? if it's polyester I'll sweat right through it",
                "fabric-1")
    assert reply["reply"].startswith(f"Look {number} wears a") and "not a shirt" in reply["reply"], reply["reply"]


def test_who_they_say_they_are_wins_over_the_people_named():
    heard = extract("예비신부 쪽 부모님 만나는거고 저는 남자요 장소는 호텔 한식당")
    assert heard.preferences.gender == "men" and heard.own_gender == "men"
    assert extract("I'm 24, male, 5'9, slim. Look 1 seems too corporate for a boutique place no?").preferences.gender == "men"


def test_a_man_said_after_looks_with_his_suit_on_womenswear_gets_his(services):
    say(services, "I've got an interview for a front desk role at a boutique hotel next week", "hotel-1")
    say(services, "They said smart dress. I have a navy suit but it's a bit shiny, not sure it's right", "hotel-1")
    reply = say(services, "I'm 24, male, 5'9, slim. Look 1 seems too corporate for a boutique place no?", "hotel-1")
    clothes = [i for o in reply["outfits"] for i in o["items"] if i["slot"] in ("top", "bottom", "onepiece")]
    assert clothes and all(i["gender"] in ("men", "unisex") for i in clothes), reply["reply"]


def test_warmth_asked_in_more_ways():
    for text in ("the jacket in look 3, is it warm? the bar has a terrace and it's like 12 degrees at night",
                 "will the jacket in look 2 be enough for October? the uni's up north"):
        heard = extract(text)
        assert heard.asks_warm and "swap" not in heard.followups, text


def test_words_that_only_look_like_pieces_or_looks():
    hair = extract("okay look 1 with those shoes. maybe something to tie my hair back")
    assert "tie" not in hair.kinds  # (tying hair back is no necktie)
    assert extract("beginner salsa class, first one is Wednesday. What do people even wear").target_look is None
    assert extract("the first one in navy").target_look == 1
    assert "heels" in extract("사진 예쁘게 나오는거! 근데 많이 걸을거라 힐 x").avoid_kinds
    assert extract("XL 사이즈 있어요?").size_said == "XL"


def test_too_much_of_a_tone_and_a_second_day_like_the_first():
    assert extract("pastels feel like a lot, and I'm not pregnant so I don't want to look like I'm competing").feel.tone is None
    assert extract("pastel colours please").feel.tone == "pastel"
    day_two = extract("look 1 for day one, what would you do for day two that's similar but in different colours")
    assert day_two.like_look == 1 and "swap" not in day_two.followups  # (one more like it, look 1 kept)


def test_a_note_is_not_told_again_word_for_word(services):
    first = say(services, "I have a video interview for a remote marketing job tomorrow morning", "camera-1")
    second = say(services, "only the top half matters right? lol. still want to look sharp on camera", "camera-1")
    assert first["reply"][:60] not in second["reply"], second["reply"]
