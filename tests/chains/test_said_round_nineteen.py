"""Round nineteen: what blind set 27 found, and what round eighteen left weak. A piece of theirs said earlier
is theirs when named again without its colour ("내 코트"); two colours weighed for one part of a look ("black
or dark brown shoes better for look 2?") are answered, the looks kept; "look 2 shoes are a bit boring" brings
shoes in a colour."""

from __future__ import annotations

import pytest

from chains.colour_choice import colour_choice, weighs_colours
from chains.extract import extract
from chains.owned_pieces import remembered_piece, said_owned
from chains.state import Outfit
from domain.items import Item
from domain.vocabulary import NEUTRAL_FAMILIES
from tests.chains.talk import ids, say


def piece(kind: str, slot: str, colour: str) -> Item:
    return Item(id=f"{kind}-{colour}", name=f"Women {colour.title()} {kind.title()}", kind=kind, slot=slot,
                color=colour.title(), color_family=colour, gender="women")


def test_a_coat_said_to_be_theirs_is_theirs_when_named_again_without_its_colour():
    owned = said_owned(extract("내가 가진 검정 코트랑 회색 니트 있는데 3번에 같이 입어도 돼?"))
    assert set(owned) == {"coat:black:검정", "sweater:grey:회색"}
    again = remembered_piece(extract("그럼 3번에 내 코트 입을게"), owned)
    assert again.owns_named and again.piece_colour == "black"
    assert remembered_piece(extract("I'll wear my knit with look 1"), owned).piece_colour == "grey"
    # (a coat they never said they have stays unknown; "a coat" that is not theirs is no piece of theirs)
    assert not remembered_piece(extract("그럼 3번에 내 코트 입을게"), ("sweater:grey:",)).owns_named
    assert not remembered_piece(extract("put a coat on look 3"), owned).owns_named


def test_their_coat_named_again_is_worn_on_the_look_as_theirs(services):
    say(services, "주말에 친구들이랑 브런치 코디 추천해줘, 여자야", "own-coat")
    say(services, "내가 가진 검정 코트랑 회색 니트 있는데 3번에 같이 입어도 돼?", "own-coat")
    reply = say(services, "그럼 3번에 내 코트 입을게", "own-coat")
    worn = [i for i in reply["outfits"][2]["items"] if i["source"] != "catalog"]
    assert [(i["kind"], i["color_family"]) for i in worn] == [("coat", "black")], reply["outfits"][2]


def test_two_colours_weighed_for_a_look_s_shoes_pick_the_one_that_goes_with_it():
    look = Outfit("casual", (piece("tshirt", "top", "white"), piece("jeans", "bottom", "black"),
                             piece("sneakers", "shoes", "grey"), piece("jacket", "outerwear", "navy")), "")
    heard = extract("black or dark brown shoes better for look 1?")
    assert weighs_colours((look,), heard)
    text, put = colour_choice("en", look, heard)
    assert text.startswith("For look 1, black shoes.") and "black jeans" in text, text
    assert put == ("black shoes on look 1",)
    jeans = Outfit("casual", (piece("sweater", "top", "grey"), piece("jeans", "bottom", "blue"),
                              piece("sneakers", "shoes", "brown")), "")
    text, put = colour_choice("ko", jeans, extract("1번 신발 검정이 나아 갈색이 나아?"))
    assert text.startswith("1번 코디에는 갈색") and put == (), text  # (it wears brown already: nothing to put on)
    # a change asked is a change, not a question
    assert not weighs_colours((look,), extract("change look 1 shoes to black or brown"))
    assert not weighs_colours((look,), extract("black shoes on look 1"))


def test_a_colour_question_of_a_look_keeps_the_looks(services):
    first = say(services, "casual outfit for a weekend in the city, I'm a woman", "weigh-1")
    reply = say(services, "black or dark brown shoes better for look 2?", "weigh-1")
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]])
    assert reply["reply"].startswith("For look 2, "), reply["reply"]


def test_boring_shoes_on_a_look_are_traded_for_a_pair_in_a_colour(services):
    first = say(services, "relaxed weekend outfit for a man", "boring-1")
    reply = say(services, "look 2 shoes are a bit boring", "boring-1")
    before = next(i for i in first["outfits"][1]["items"] if i["slot"] == "shoes")
    after = next(i for i in reply["outfits"][1]["items"] if i["slot"] == "shoes")
    assert after["id"] != before["id"] and after["color_family"] not in NEUTRAL_FAMILIES, (before, after)
    assert ids(reply["outfits"][0]) == ids(first["outfits"][0])


def test_a_look_picked_in_chat_shorthand_or_as_it_is_is_taken():
    for text, number in (("그럼 1번 ㄱ", 1), ("아 그럼 그냥 2번 그대로 할게요", 2), ("3번 ㄱㄱ", 3)):
        heard = extract(text)
        assert heard.intents == {"ack"} and heard.target_look == number, text
    for text in ("yeah that's it", "cool, going with that", "perfect, I'll do that"):
        assert extract(text).intents == {"ack"}, text
    # "man" said to the stylist names no wearer; said of themselves it does
    assert extract("great, thanks man").preferences.gender is None
    assert extract("thanks, I'm a man btw").preferences.gender == "men"
    assert "ack" not in extract("1번 고민되네").intents


def test_a_colour_said_to_be_the_trouble_is_left_out_not_wished_for():
    for text, colour in (("근데 흰색 들어간건 빼야되지? 신부랑 겹치면 안되니까", "white"),
                         ("2번 신발 넘 흰색이라 금방 더러워질듯.. 다른걸로", "white"),
                         ("look 2 shoes are too white, they'll get dirty", "white"),
                         ("can u do it in green insted of red?", "red")):
        p = extract(text).preferences
        assert colour in p.avoid_colors and colour not in p.colors, text
    assert extract("can u do it in green insted of red?").preferences.colors == ("green",)
    # (too much of something else beside a colour wished for is no colour ruled out)
    assert extract("I don't want anything too flashy and navy would be nice").preferences.avoid_colors == ()


def test_a_look_said_to_be_too_much_is_toned_down_and_asked_it_is_answered():
    said = extract("look 1 is too much, more casual")
    assert "less_formal" in said.followups and not said.asks_about_look
    assert "less_formal" in extract("look 2 is too much").followups
    assert extract("is look 2 too much for a bbq?").asks_about_look
    assert extract("do you think look 1 is too much").asks_about_look


def test_leaving_white_out_at_a_wedding_is_agreed_with_and_done(services):
    say(services, "5월 친구 결혼식 하객룩 추천해줘 여자야", "white-out")
    reply = say(services, "근데 흰색 들어간건 빼야되지? 신부랑 겹치면 안되니까", "white-out")
    assert reply["reply"].startswith("네, 결혼식"), reply["reply"]
    assert all(i["color_family"] != "white" for o in reply["outfits"] for i in o["items"]), reply["outfits"]


def test_a_question_about_a_look_s_heels_for_a_long_day_is_answered_not_changed(services):
    first = say(services, "job interview at a bank next week, I'm a woman", "long-day")
    reply = say(services, "in look 1, are those heels ok for a long day? there are like 4 rounds of interviews",
                "long-day")
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]]), reply["reply"]
    assert reply["reply"].startswith("Look 1 wears"), reply["reply"]


def test_pumps_are_heels_to_a_wish_for_lower_heels_or_comfort():
    from chains.feel import Feel

    pumps = Item(id="p", name="Catwalk Women Grey Pumps", kind="flats", slot="shoes", color="Grey",
                 color_family="grey", gender="women")
    ballerinas = Item(id="b", name="Catwalk Women Grey Ballerinas", kind="flats", slot="shoes", color="Grey",
                      color_family="grey", gender="women")
    assert not Feel(flat=True).fits(pumps) and not Feel(comfort=True).fits(pumps)
    assert Feel(flat=True).fits(ballerinas)


def test_a_baseball_cap_never_stands_in_for_a_hat_at_a_dressed_occasion():
    from chains.dress_code import dress_code

    cap = Item(id="c", name="Nike Women Stay Cool Purple Cap", kind="hat", slot="accessory", color="Purple",
               color_family="purple", gender="women")
    hiking = Item(id="h", name="Wildcraft Unisex Beige Hat", kind="hat", slot="accessory", color="Beige",
                  color_family="beige", gender="unisex", brand="Wildcraft")
    hat = Item(id="f", name="Women Beige Brimmed Hat", kind="hat", slot="accessory", color="Beige",
               color_family="beige", gender="women")
    church = dress_code("church", "spring")
    assert not church.allows(cap, named=True) and not church.allows(hiking, named=True)
    assert church.allows(hat, named=True)
    assert dress_code("daily", "summer").allows(cap, named=True)


def test_a_colour_asked_of_a_look_gets_a_verdict():
    from chains.colour_choice import asks_colour_on_look, colour_verdict

    look = Outfit("classic", (piece("shirt", "top", "white"), piece("skirt", "bottom", "grey"),
                              piece("shoes", "shoes", "black")), "")
    heard = extract("look 1 is lovely, does a lavender hat go with it?")
    assert asks_colour_on_look((look,), heard)
    text, clashes = colour_verdict("en", look, heard)
    assert text.startswith("Yes: lavender") and not clashes, text
    pink = Outfit("classic", (piece("top", "top", "pink"), piece("skirt", "bottom", "grey")), "")
    text, clashes = colour_verdict("en", pink, extract("would a red belt go with look 1?"))
    assert clashes and "pink" in text, text


def test_two_looks_pieces_mix_whichever_way_it_is_said():
    for text, taker, giver in (("look 1 is cute but the top in look 2 is nicer. can I mix them?", 1, 2),
                               ("look 1 but with the top from look 3", 1, 3),
                               ("what about the coat from look 2 over the dress from look 1?", 1, 2)):
        heard = extract(text)
        assert (heard.target_look, heard.from_look) == (taker, giver) and heard.slots, text


def test_a_dress_from_another_look_takes_the_place_of_the_top_and_the_bottom():
    from chains.followups import _with_piece

    separates = Outfit("classic", (piece("sweater", "top", "navy"), piece("trousers", "bottom", "brown"),
                                   piece("blazer", "outerwear", "grey")), "")
    dress = piece("dress", "onepiece", "grey")
    assert {i.slot for i in _with_piece(separates, dress).items} == {"onepiece", "outerwear"}
    dressed = Outfit("classic", (dress, piece("heels", "shoes", "black")), "")
    mixed = _with_piece(dressed, separates.items[0], separates)  # (a top into a dress look brings its bottom)
    assert {i.slot for i in mixed.items} == {"top", "bottom", "shoes"}


def test_where_an_occasion_happens_keeps_the_occasion(services):
    say(services, "이번주 토요일 소개팅 코디 추천해줘 남자야", "venue-1")
    reply = say(services, "장소는 성수동 카페 갔다가 저녁은 파스타집", "venue-1")
    assert "소개팅" in reply["reply"] or "데이트" in reply["reply"], reply["reply"]
    assert "데일리" not in reply["reply"], reply["reply"]


def test_evenings_at_the_lodge_and_a_trip_to_haeundae_are_occasions():
    assert extract("what do I wear around the lodge? lodge wear, nothing fancy").preferences.occasion == "daily"
    assert extract("스키복 말고 숙소에서 입을거").preferences.occasion == "daily"
    assert extract("다음달 부산 해운대 놀러가").preferences.occasion == "beach"


def test_a_budget_asked_of_a_look_is_answered_with_what_the_catalogue_lacks(services):
    first = say(services, "grandma's 90th birthday lunch, I'm a guy, 19", "budget-1")
    reply = say(services, "is look 2 under budget?", "budget-1")
    assert "prices" in reply["reply"] and not reply["reply"].startswith("Yes"), reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]])


def test_too_much_of_a_colour_is_fewer_of_it_not_a_step_down_in_dress():
    heard = extract("the second one is good but no black please, I wear way too much black already")
    assert heard.preferences.avoid_colors == ("black",) and "less_formal" not in heard.followups
    assert "less_formal" in extract("way too much, tone it down").followups


def test_earrings_asked_for_are_earrings():
    from chains.jewellery import jewellery_named

    names = jewellery_named("가방이랑 귀걸이 둘 다 추천해줄수있어?")
    assert names is not None and names.search("Royal Diadem Purple Earrings")
    assert not names.search("Estelle Silver Plated Pendant With Chain")
    assert jewellery_named("what jewellery would go with it?") is None


def test_a_developer_interview_is_a_casual_one_and_its_jacket_is_never_a_sports_label():
    from chains.dress_code import dress_code

    assert extract("IT회사 개발자 면접이라 정장까진 아닌거같은데").preferences.occasion == "casual_interview"
    assert extract("job interview at a bank next week").preferences.occasion == "interview"
    sports = Item(id="j", name="Lotto Women Cathy Pink Jacket", kind="jacket", slot="outerwear", color="Pink",
                  color_family="pink", gender="women", brand="Lotto")
    assert not dress_code("interview", "fall").allows(sports, named=True)


def test_a_size_or_a_fit_asked_of_a_worn_piece_is_a_size_question():
    for text in ("2번 니트 M이면 맞을까?", "3번 코트는 나한테 너무 크지 않을까", "won't the coat in look 3 be too big on me?"):
        assert "size" in extract(text).intents, text
    assert "size" not in extract("3번 코트 너무 커요 다른걸로").intents


def test_whether_their_piece_will_do_is_asked_not_a_look_taken():
    heard = extract("검정 니트 있는데 그걸로 되나?")
    assert heard.owns_named and heard.question == "yesno" and "ack" not in heard.intents
    assert extract("좋아요 그걸로 할게요").intents == {"ack"}


def test_the_looks_asked_to_cover_another_occasion_too_are_weighed_for_it(services):
    first = say(services, "회사 송년회 옷 추천해줘 남자 30대 중반", "cover-1")
    reply = say(services, "아 근데 끝나고 2차로 클럽 간다는데 그것도 커버되나", "cover-1")
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]]), reply["reply"]
    assert reply["reply"] and "코디 3가지" not in reply["reply"], reply["reply"]


def test_going_without_a_piece_is_said_in_plain_english():
    from chains.verdicts import going_without

    assert going_without("en", "heels", "graduation", "summer") == "Yes, a graduation doesn't need heels."


def test_a_look_in_another_colour_but_not_one_said_is_recoloured(services):
    first = say(services, "my son's high school graduation is in June, what should I wear? I'm his mom", "recolour-1")
    reply = say(services, "look 2 but in a different colour, no red", "recolour-1")
    before, after = first["outfits"][1], reply["outfits"][1]
    main = [i for i in after["items"] if i["slot"] in ("onepiece", "top")]
    assert ids(after) != ids(before) or "couldn't" in reply["reply"], reply["reply"]
    assert all(i["color_family"] != "red" for i in main), main
    assert [ids(o) for n, o in enumerate(reply["outfits"]) if n != 1] == \
        [ids(o) for n, o in enumerate(first["outfits"]) if n != 1]


def test_their_piece_asked_of_a_look_already_built_on_it_is_kept_as_it_is(services):
    say(services, "애 학교 상담 가는데 뭐 입을까요 30대 후반 엄마예요", "cardigan-1")
    first = say(services, "남색 가디건 있어요", "cardigan-1")
    assert any(i["source"] != "catalog" for i in first["outfits"][0]["items"]), first["outfits"][0]
    reply = say(services, "그 가디건이랑 1번 바지 어울려요?", "cardigan-1")
    assert reply["reply"].startswith("네"), reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]]), reply["reply"]


def test_a_partner_s_day_or_family_dresses_the_one_who_asks_not_the_partner():
    assert extract("남친 생일파티 홈파티로 하는데 뭐 입지").preferences.gender is None  # (whose clothes: asked)
    assert extract("남친 생일인데 남친 옷 뭐 입히지").preferences.gender == "men"
    assert extract("예비신랑쪽 부모님 만나는거고 한정식집이에요").preferences.gender == "women"
    assert extract("예비신부 쪽 부모님 만나는거고 저는 남자요").preferences.gender == "men"
    assert extract("예비신랑인데 상견례 옷").preferences.gender == "men"


def test_at_minus_ten_only_a_padded_or_heavy_coat_is_warm_enough():
    from chains.review import warm_enough

    jacket = Item(id="j", name="United Colors of Benetton Women Solid Black Jacket", kind="jacket", slot="outerwear",
                  color="Black", color_family="black", gender="women", warmth="warm")
    puffer = Item(id="p", name="Puma Women Padded Black Jacket", kind="jacket", slot="outerwear", color="Black",
                  color_family="black", gender="women", warmth="heavy")
    base = (piece("sweatshirt", "top", "grey"), piece("trousers", "bottom", "black"))
    cold = "is look 1 warm enough to walk between the hotel and restaurants at night? it gets to like -10"
    assert warm_enough("en", 1, Outfit("casual", (*base, jacket), ""), cold).startswith("Not on its own")
    assert warm_enough("en", 1, Outfit("casual", (*base, puffer), ""), cold).startswith("Yes, at -10°C")


def test_their_coat_named_again_keeps_the_word_it_was_said_with():
    from chains.owned_pieces import remembered_piece, said_owned

    owned = said_owned(extract("I already have a camel coat, does it go with look 1?"))
    again = remembered_piece(extract("and would my coat work with look 2 as well?"), owned)
    assert again.piece_colour == "brown" and again.said_colour("brown") == "camel"


def test_a_museum_said_of_a_black_tie_gala_is_where_it_is_not_another_occasion(services):
    say(services, "I'm going to a charity gala, black tie optional. female, 42", "gala-1")
    first = say(services, "show me womenswear looks", "gala-1")
    reply = say(services, "does look 2 need a wrap? it's in a museum, might be cold", "gala-1")
    assert "exhibition" not in reply["reply"].lower(), reply["reply"]
    if first["outfits"] and reply["outfits"]:
        # (look 2 keeps its pieces; a wrap asked to be needed is one put over it, as "3번 모자도 챙겨야 할까요?" is)
        assert set(ids(first["outfits"][1])) <= set(ids(reply["outfits"][1])), reply["reply"]
        assert [ids(o) for n, o in enumerate(reply["outfits"]) if n != 1] == \
            [ids(o) for n, o in enumerate(first["outfits"]) if n != 1]


def test_hot_days_and_cold_nights_keep_bare_arms_by_day_and_a_layer_for_the_night():
    heard = extract("it's gonna be super hot during the day but cold at night apparently")
    assert not heard.feel.covered and heard.evening
    assert extract("5월인데 밤에는 쌀쌀하대요").feel.covered


def test_one_pair_of_shoes_for_two_looks_is_that_pair_on_both():
    for text in ("1번이랑 2번 신발 하나로 통일할 수 있어? 짐 줄이고 싶어서", "can I use the same shoes for looks 1 and 2?"):
        heard = extract(text)
        assert (heard.target_look, heard.from_look, heard.slots) == (2, 1, ("shoes",)), text
        assert "capsule" not in heard.intents, text


def test_a_dress_asked_of_a_look_in_a_skirt_is_answered_of_the_skirt(services):
    say(services, "다음달 강릉 바다 놀러가 여자 키 170", "skirt-wind")
    looks = say(services, "치마 있는 코디로 보여줘", "skirt-wind")["outfits"]
    number = next((n for n, o in enumerate(looks, 1) if any(i["kind"] == "skirt" for i in o["items"])
                   and not any(i["slot"] == "onepiece" for i in o["items"])), None)
    if number is None:
        pytest.skip("the sample catalogue dressed no look in a skirt")
    reply = say(services, f"{number}번 원피스 바람불면 날리지 않아?", "skirt-wind")
    assert "걱정하지 않으셔도" not in reply["reply"] and "스커트" in reply["reply"], reply["reply"]


def test_a_startup_said_of_a_casual_interview_is_where_the_interview_is(services):
    say(services, "다음주에 IT 회사 면접 있는데 뭐 입어야 될지 모르겠어요. 남자고 28살이에요", "startup-1")
    reply = say(services, "정장까지 입어야 돼요? 스타트업이라 넘 딱딱하면 좀 그럴 것 같은데", "startup-1")
    assert "면접" in reply["reply"] and "출근" not in reply["reply"], reply["reply"]


def test_too_dressed_up_asked_of_a_look_is_answered_no_or_what_to_soften():
    from chains.review import _TOO_MUCH_ASKED

    assert _TOO_MUCH_ASKED.search("1번 넘 꾸민 느낌 아닌가? 첫만남인데 부담스러워 보일까봐")
    assert not _TOO_MUCH_ASKED.search("1번 좋아요")


def test_too_close_to_white_at_a_wedding_leaves_white_out(services):
    assert extract("is it too close to white? don't want to upset the bride").preferences.avoid_colors == ("white",)
    assert extract("I want something close to white").preferences.colors == ("white",)
    say(services, "cousin's wedding in late September, outdoor, at a vineyard. I'm a woman, 34", "close-white")
    reply = say(services, "look 2 is pretty but is it too close to white? don't want to upset the bride lol",
                "close-white")
    assert reply["reply"].startswith("Yes: white is best left out") and "Yes. Yes" not in reply["reply"]
    assert not any(i["color_family"] == "white" for i in reply["outfits"][1]["items"]), reply["outfits"][1]


def test_a_look_in_one_colour_or_another_takes_the_first_it_can(services):
    first = say(services, "wedding guest in September, I'm a woman", "either-colour")
    reply = say(services, "ok can you do look 1 in dusty blue or sage instead", "either-colour")
    main = next(i for i in reply["outfits"][0]["items"] if i["slot"] in ("onepiece", "top"))
    assert main["color_family"] in ("blue", "green") or ids(reply["outfits"][0]) == ids(first["outfits"][0]), main
    assert "flats in place" not in reply["reply"], reply["reply"]


def test_a_letter_size_asked_of_a_look_s_knit_is_answered_and_the_looks_kept(services):
    say(services, "가을 데이트룩 추천해줘 남자임", "size-m")
    first = say(services, "키 168에 60키로 마른편", "size-m")
    reply = say(services, "2번 니트 M이면 맞을까?", "size-m")
    assert "사이즈" in reply["reply"], reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]])


def test_two_colours_asked_as_a_change_are_not_weighed():
    look = Outfit("casual", (piece("tshirt", "top", "white"), piece("jeans", "bottom", "black"),
                             piece("sneakers", "shoes", "grey")), "")
    for text in ("look 1 shoes in black or brown please", "can you make look 1's shoes black or brown?",
                 "1번 신발 검정 아니면 갈색으로 부탁해"):
        assert not weighs_colours((look,), extract(text)), text
    # (a part the look has no piece in, named by its part only, is not weighed: no "a top" to name)
    dress = Outfit("classic", (piece("dress", "onepiece", "navy"), piece("heels", "shoes", "black")), "")
    assert not weighs_colours((dress,), extract("black or white top for look 1?"))


def test_only_the_piece_they_have_is_remembered_and_a_look_s_own_piece_stays_the_look_s():
    from chains.owned_pieces import remembered_piece, said_owned

    assert said_owned(extract("I have a black coat, should I get brown or tan boots for look 1?")) == \
        ("coat:black:black",)
    owned = said_owned(extract("I already have a camel coat"))
    jacket = Outfit("classic", (piece("sweater", "top", "grey"), piece("jacket", "outerwear", "black")), "")
    pointed = remembered_piece(extract("is that jacket in look 1 warm enough?"), owned, (jacket,))
    assert not pointed.owns_named
    mine = remembered_piece(extract("my jacket with look 1?"), owned, (jacket,))
    assert mine.owns_named and mine.kinds[0] == "coat" and mine.said_colour("brown") == "camel"


def test_the_colour_picked_after_two_were_weighed_goes_on_that_look(services):
    from chains.colour_choice import picks_the_colour

    assert picks_the_colour(extract("perfect. brown it is"), "shoes")
    assert picks_the_colour(extract("갈색으로 할게"), "shoes")
    assert not picks_the_colour(extract("perfect. brown it is"), None)
    assert not picks_the_colour(extract("thanks!"), "shoes")
    first = say(services, "남자 출근룩 추천해줘", "picked-colour")
    asked = say(services, "1번 신발 검정이 나아 갈색이 나아?", "picked-colour")
    assert asked["reply"].startswith("1번 코디에는"), asked["reply"]
    reply = say(services, "갈색으로 할게", "picked-colour")
    shoes = [i for i in reply["outfits"][0]["items"] if i["slot"] == "shoes"]
    assert [i["color_family"] for i in shoes] == ["brown"] or "없" in reply["reply"], reply["reply"]
    assert [ids(o) for o in reply["outfits"][1:]] == [ids(o) for o in first["outfits"][1:]]


def test_a_hat_asked_where_the_catalogue_has_none_that_suit_is_said_to_be_left_off(services):
    say(services, "Easter service this Sunday, I want something spring-y", "hat-none")
    reply = say(services, "I'm 61, woman, and I like to wear a hat", "hat-none")
    assert "in their place" not in reply["reply"] and "instead" not in reply["reply"], reply["reply"]
    assert not any(i["kind"] == "hat" and "cap" in i["name"].lower() for o in reply["outfits"] for i in o["items"])
