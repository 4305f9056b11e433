"""What a ninth blind round (R19) found: a temperature ("35도예요") read as a pottery class and an executive's
presentation dressed for hands-on work; "more colourful" answered with white and cream; "ankle length" and "nothing
see-through" unread; a mountain path's shoes answered "keep the formal shoes"; "what's practical for a long flight?"
answered with winter hiking gear; a Derby party read as derby shoes; "재킷 안 입어도 될까요?" answered with the help
text; a bride-to-be asked whose clothes; "without a tux" answered with the tux; "what if it gets cold on the water?"
in August turned into winter; "스커트 제외" taking the dresses too; "work boots" read as an office."""

from __future__ import annotations

import pytest

from chains.dress_code import dress_code
from chains.extract import extract
from chains.feel import Feel, in_tone
from domain.items import Item


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


def piece(name, kind, slot, family, gender="women", usage="casual", id_=None):
    """A catalogue piece, as a test needs one (its name is its id unless one is given)."""
    return Item(id=id_ or name, name=name, kind=kind, slot=slot, color=family.title(), color_family=family,
                gender=gender, usage=usage, styles=(), score=0.5)


@pytest.mark.parametrize(("text", "occasion"), [
    ("8월 말에 임원 보고 PT 해요. 50대 부장이고 남자입니다. 밖은 35도예요", "work"),  # ("35도예요" is no 도예)
    ("도예 수업 들으러 가요", "hands_on"),
    ("what's comfortable for a 12 hour shift on my feet? nurse, woman", "hands_on"),
    ("Can I wear this dress to a Kentucky Derby party in early May? woman", "party"),
    ("11월에 제 청첩장 모임 해요. 회사 동기들이랑 파스타집에서 저녁이에요", "dinner"),
    ("7월에 애들 데리고 캐리비안베이 가요. 물놀이 할 때 뭐 입죠?", "beach"),
    ("My US naturalization ceremony is in April, man 50", "ceremony"),
    ("Wine tasting trip to Napa mid september, 3 wineries in one day", "wine_tasting"),
    ("My daughter's 6th bday party is at a trampoline park in july, I'll have to jump too", "sports_day"),
])
def test_the_day_is_read_as_said(text, occasion):
    assert extract(text).preferences.occasion == occasion


def test_a_derby_party_wants_no_derby_shoes():
    heard = extract("Can I wear this dress to a Kentucky Derby party? What hat and shoes?")
    assert heard.cut is None and "shoes" not in heard.kinds
    assert extract("can I wear brown derbies to the office?").cut == "derby"  # the shoes, named, still are


@pytest.mark.parametrize(("text", "gender"), [("예비신부 32살이고 키 163이에요", "women"), ("예비신랑인데 뭐 입죠", "men")])
def test_a_bride_or_groom_to_be_says_whose_clothes(text, gender):
    assert extract(text).preferences.gender == gender


@pytest.mark.parametrize("text", ["what shoes? I only have work boots and sneakers",
                                  "not jeans, we cant wear them at work anyway"])
def test_work_in_a_boot_or_a_reason_is_no_occasion(text):
    assert extract(text).preferences.occasion is None
    assert extract("not jeans, we cant wear them at work anyway").avoid_kinds == ("jeans",)
    heard = extract("I can't wear jeans to work, need smart trousers")  # the rule said of work, at work
    assert heard.preferences.occasion == "work" and heard.avoid_kinds == ("jeans",)


def test_more_colourful_asks_for_colour_not_lightness():
    assert extract("more colourful please, it's a celebration").feel.tone == "colourful"
    assert extract("색감 있게 해주세요").feel.tone == "colourful"
    assert extract("no bright colours please").feel.tone == "quiet"
    assert extract("밝은 색으로 바꿔줘").feel.tone == "light"  # 밝은 is light
    pink, white = piece("Women Pink Top", "top", "top", "pink"), piece("Women White Top", "top", "top", "white")
    assert in_tone(pink, "colourful") and not in_tone(white, "colourful")


def test_more_colourful_gives_each_look_a_top_in_colour(services):
    say(services, "work looks for a woman this spring", "colourful")
    reply = say(services, "more colourful please", "colourful")
    assert reply["outfits"]
    for look in reply["outfits"]:
        top = [i for i in look["items"] if i["slot"] in ("top", "onepiece")]
        assert top and top[0]["color_family"] not in ("black", "white", "grey", "navy", "beige", "brown"), look["items"]


def test_ankle_length_and_nothing_see_through_are_heard():
    heard = extract("I dress modestly: long sleeves, ankle length, nothing tight or see-through.")
    assert heard.longer and {"skirt", "dress", "shorts"} <= set(heard.avoid_kinds)
    assert "sheer" in heard.feel.fabrics_out and heard.feel.covered and heard.feel.relaxed
    chiffon = piece("Women Black Chiffon Top", "top", "top", "black")
    assert not Feel(fabrics_out=("sheer",)).fits(chiffon)
    assert extract("비치는 옷은 싫어요").feel.fabrics_out == ("sheer",)


def test_shoes_for_a_mountain_path_are_trainers_not_the_formal_pair(services):
    say(services, "추석에 큰집 갔다가 성묘 가요. 30대 남자", "seongmyo")
    reply = say(services, "성묘 갈 때 신발은 뭐 신어요?", "seongmyo")
    assert reply["type"] == "answer" and "산길" in reply["reply"] and "운동화로 갈아 신기" in reply["reply"], reply["reply"]
    assert "구두 그대로" not in reply["reply"]


def test_whats_practical_for_a_trip_is_looks_not_a_definition():
    heard = extract("What's practical for a long flight to Seoul? man, 30")
    assert heard.question is None and heard.preferences.occasion == "flight"


def test_can_i_go_without_a_piece_no_look_wears_is_answered(services):
    say(services, "8월 말에 임원 보고 PT 해요. 50대 부장이고 남자입니다", "no-jacket")
    reply = say(services, "재킷 안 입어도 될까요?", "no-jacket")
    assert reply["type"] == "answer" and reply["reply"].startswith("네, 출근에는 재킷이 없어도 괜찮아요"), reply["reply"]


def test_flat_shoes_asked_about_are_answered(services):
    say(services, "4월에 경복궁 야간개장 데이트 가요. 20대 후반 여자예요", "flats-ok")
    reply = say(services, "많이 걷는데 굽 없는 신발 괜찮아요?", "flats-ok")
    assert reply["type"] == "answer" and reply["reply"].startswith("네, 플랫슈즈도 데이트에 괜찮아요"), reply["reply"]


def test_without_a_tux_is_a_dark_suit_not_black_tie():
    heard = extract("without a tux, I'm not renting one")
    assert heard.event is None and heard.preferences.occasion is None
    assert "event:black_tie:optional" in heard.topics
    assert extract("black tie gala, I'll wear a tux").event == "black_tie"


def test_a_cold_spell_asked_about_keeps_the_season_and_adds_warmth():
    heard = extract("what if it gets windy and cold out on the water?")
    assert heard.preferences.season is None and "warmer" in heard.followups
    assert extract("it's cold in december, what coat?").preferences.season == "winter"


def test_a_piece_ruled_out_as_dated_is_no_trend_question():
    assert "trend" not in extract("no boat shoes, I think they look dated").intents
    assert "trend" in extract("are these dated?").intents


def test_no_skirts_of_the_looks_on_screen_leaves_their_dresses(services):
    assert extract("스커트 제외하고요").avoid_kinds == ("skirt",)
    assert "dress" in extract("I don't wear skirts").avoid_kinds  # a habit: no dress either
    assert "dress" in extract("work look for a woman, no skirts and no heels").avoid_kinds  # a brief: trousers
    first = say(services, "date night looks for a woman in spring", "skirt-only")
    dresses = sum(i["kind"] == "dress" for o in first["outfits"] for i in o["items"])
    assert dresses  # (date looks for a woman in spring wear some)
    reply = say(services, "스커트 제외하고요", "skirt-only")
    assert not [i for o in reply["outfits"] for i in o["items"] if i["kind"] == "skirt"]
    assert sum(i["kind"] == "dress" for o in reply["outfits"] for i in o["items"]) == dresses


def test_a_wine_tasting_day_walks_on_gravel_in_flat_shoes():
    code = dress_code("wine_tasting", "fall")
    assert "heels" in code.exclude_kinds and "backpack" in code.avoid_words
    assert extract("some of the vineyards have gravel paths").rough_ground


def test_shoulders_said_to_be_broad_soften_the_shoulder_line():
    assert extract("예비신부고 어깨가 좀 넓어요").feel.soft_shoulder


def test_a_wedding_guests_dress_or_top_is_in_colour_not_grey_or_black():
    code = dress_code("wedding", "spring")

    assert not code.allows(piece("Women Grey Dress", "dress", "onepiece", "grey"))
    assert not code.allows(piece("Women Grey Top", "top", "top", "grey"))
    assert code.allows(piece("Women Purple Dress", "dress", "onepiece", "purple"))
    assert dress_code("ceremony", "spring").allows(piece("Women White Shirt", "shirt", "top", "white"))  # a 상견례: neat


@pytest.mark.parametrize(("text", "occasion"), [("Defending my PhD in June!! Woman, 31", "work"),
                                                ("Working our company's booth at a trade show in Las Vegas", "work")])
def test_a_defence_or_a_trade_show_is_work(text, occasion):
    assert extract(text).preferences.occasion == occasion


def test_the_one_kept_company_is_not_the_one_dressed():
    assert extract("sitting with my dad in the ICU all day, december").preferences.gender is None
    assert extract("outfit for my dad, he is 60").preferences.gender == "men"


def test_skirts_traded_for_trousers_leave_the_jeans_on_screen(services):
    first = say(services, "casual looks for a woman this fall", "pants-trade")
    jeans = [n for n, o in enumerate(first["outfits"]) if any(i["kind"] == "jeans" for i in o["items"])]
    assert jeans  # (the looks on screen wear some)
    reply = say(services, "치마 없이 바지로요", "pants-trade")
    assert not [i for o in reply["outfits"] for i in o["items"] if i["kind"] == "skirt"]
    for n in jeans:
        assert reply["outfits"][n]["items"] == first["outfits"][n]["items"]


def test_two_pieces_changed_in_one_look_are_each_said_beside_the_one_they_replaced():
    from chains.followups import _swap_said

    went = {"accessory": piece("Women Grey Watch", "watch", "accessory", "grey"),
            "outerwear": piece("Women Black Cardigan", "cardigan", "outerwear", "black")}
    came = {"accessory": piece("Women Brown Watch", "watch", "accessory", "brown"),
            "outerwear": piece("Women Beige Cardigan", "cardigan", "outerwear", "beige")}
    assert _swap_said("ko", 1, went, came) == "1번은 그레이 시계 대신 브라운 시계, 블랙 가디건 대신 베이지 가디건"


def test_not_a_huge_one_asks_for_a_smaller_one_not_none():
    heard = extract("not a huge hat, something small")
    assert heard.kinds == ("hat",) and not heard.avoid_kinds
    assert extract("no long coats").avoid_kinds == ("long_layer",)  # a kind ruled out stays ruled out (every long layer)


def test_no_hanbok_said_is_answered_with_what_family_wears_instead(services):
    say(services, "남동생 결혼식에 가족으로 가요. 9월 호텔이고 30대 여자예요", "hanbok")
    reply = say(services, "한복 안 입어요 불편해서", "hanbok")
    assert reply["type"] == "answer" and "한복은 꼭 입지 않아도 돼요" in reply["reply"], reply["reply"]


def test_a_look_asked_for_in_a_kind_it_already_wears_is_said_to_wear_it():
    from chains.followups import _already_as_asked
    from chains.state import Outfit

    flats = piece("Carlton London Women Black Flat Shoes", "flats", "shoes", "black")
    look = Outfit("chic", (piece("Women Black Trousers", "trousers", "bottom", "black"), flats), "")
    assert _already_as_asked(look, extract("like look 2 but with flats instead, museum floors are huge")) == flats
    assert _already_as_asked(look, extract("look 2 with different flats")) is None  # other flats, asked


@pytest.mark.parametrize(("text", "occasion"), [
    ("is the derby ok with chinos?", None),  # a pair of derby shoes
    ("I run 5k races on weekends", "workout"),
    ("walking the dog then brunch with friends, woman, spring", "daily"),
    ("안경마다 어울리는 옷이 달라요?", None),
    ("a long shift dress for the office", "work"),
    ("다들 정장 입는 회사예요", "formal_office"),  # what everyone wears there says the dress code
])
def test_words_near_the_new_ones_keep_their_own_meaning(text, occasion):
    assert extract(text).preferences.occasion == occasion


def test_a_question_on_leaving_off_a_colour_or_a_part_is_no_going_without():
    from chains.verdicts import _goes_without_asked
    assert _goes_without_asked(extract("넥타이 없이 가도 돼요?"))
    assert not _goes_without_asked(extract("no black shoes, is that ok?"))
    assert not _goes_without_asked(extract("흰색 상의 말고도 괜찮을까요?"))


def test_small_words_keep_their_readings():
    assert extract("not big on hats, just a simple scarf").avoid_kinds == ("hat",)
    assert not extract("사진만보고 골라줘").feel.comfort
    assert extract("add some colour to the shoes").feel.tone is None
    assert "warmer" in extract("what if it's cold out on the boat in august?").followups
    assert extract("좀 덜 포멀하게요, 다들 후드티 입어요").kinds == ("sweatshirt",)  # dressed as the room, asked
    heard = extract("floor-length gown for a black tie gala, woman, december")
    assert heard.kinds == ("dress",) and not heard.avoid_kinds  # the length is the gown's


def test_nothing_see_through_keeps_lace_up_shoes_and_mesh_trainers():
    feel = Feel(fabrics_out=("sheer",))
    shoe = piece("Men Black Lace-Up Derby Shoes", "shoes", "shoes", "black", gender="men", usage="formal")
    trainer = piece("Women Mesh Running Shoes", "sneakers", "shoes", "grey")
    lace = piece("Women White Lace Top", "top", "top", "white")
    assert feel.fits(shoe) and feel.fits(trainer) and not feel.fits(lace)
    assert extract("no lace please").feel.fabrics_out == ("sheer",)


def test_a_polo_asked_for_at_work_is_built_around_not_refused(services):
    reply = say(services, "work outfit for a man in january with a polo", "polo-work")
    assert reply["outfits"], reply["reply"]
    assert all(any(i["kind"] == "polo" for i in o["items"]) for o in reply["outfits"])
    code = dress_code("work", "winter")
    track = piece("Puma Men Black Track Pants", "trousers", "bottom", "black", gender="men", usage="sports")
    assert not code.allows(track, named=True, stretched=True)  # two steps below the office: still out


def test_no_backpacks_rules_out_backpacks_only():
    from chains.exclusions import is_of_kind
    heard = extract("no backpacks")
    assert heard.avoid_kinds == ("backpack",) and extract("백팩 말고요").avoid_kinds == ("backpack",)

    assert is_of_kind(piece("Wildcraft Unisex Grey Backpack", "bag", "accessory", "black"), heard.avoid_kinds)
    assert not is_of_kind(piece("Baggit Women Grey Bag", "bag", "accessory", "black"), heard.avoid_kinds)
    assert extract("no bags").avoid_kinds == ("bag",)


def test_r20_readings():
    heard = extract("My boyfriend's dad got us tickets to a football match in December, outdoor stadium, evening "
                    "kickoff. It's the first time I'm meeting his dad properly. I'm 26 f")
    assert heard.preferences.gender == "women" and heard.preferences.occasion == "daily"  # no business meeting
    skinny = extract("I don't wear skinny jeans")
    assert not skinny.avoid_kinds and skinny.feel.relaxed  # the cut is out, not the jeans
    assert extract("what colours look nice with white hair?").preferences.colors == ()
    assert extract("without a fedora, I look ridiculous in hats").avoid_kinds == ("hat",)


def test_a_swap_of_a_piece_is_no_piece_already_worn():
    from chains.followups import _already_as_asked
    from chains.state import Outfit
    bag = piece("Baggit Women Grey Bag", "bag", "accessory", "grey")
    look = Outfit("minimal", (bag,), "")
    assert _already_as_asked(look, extract("2번에서 가방만 바꿔줘")) is None  # another bag, asked


def test_what_they_say_of_the_photo_names_it():
    shoes = extract("these are my only decent shoes, can you build my first week around them?")
    assert shoes.photo_slot == "shoes"
    half_zip = extract("이 네이비 반집업 입으려는데 괜찮을까요?")
    assert half_zip.photo_kind == "sweater" and half_zip.piece_colour == "navy"
    assert extract("이 연청 바지 입으려는데 위에 뭐 입을까요?").photo_kind == "jeans"
    tweed = extract("4월에 딸 웨딩드레스 투어 따라가요. 이 트위드 재킷 입으려는데 뭐랑 입으면 좋을까요?")
    assert tweed.photo_kind == "jacket"  # (the pointed piece is the photo's, though a dress is named first)


def test_six_looks_do_not_all_say_the_same_colour_sentence():
    from chains.explain import why

    reasons = {why("classic", "work", [piece("Women Navy Top", "top", "top", "navy", id_=f"{n}t"),
                                       piece("Women Beige Trousers", "trousers", "bottom", "beige", id_=f"{n}b"),
                                       piece("Women Brown Shoes", "shoes", "shoes", "brown", id_=f"{n}s")], "ko", "spring")
               for n in range(12)}
    assert len(reasons) > 1 and all("(" not in r for r in reasons)  # (the particles settled: 브라운을, 베이지와)


def test_a_bike_commute_wants_flat_shoes_and_a_muddy_site_a_grip():
    assert extract("I cycle to work, 5 miles, January").feel.comfort
    assert extract("자전거로 출근해요 3월").feel.comfort
    assert extract("client meeting then a muddy site visit in November").feel.grip
