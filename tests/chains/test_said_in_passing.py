"""What people say in passing, the way they type it: chat shorthand for no ("검정 ㄴㄴ"), an English style word
with a Korean ending ("minimal하게"), "go back to the first ones", a pairing asked without a verb, a dress
code asked about, "no logos"."""

from __future__ import annotations

import pytest

from chains.exclusions import is_of_kind
from chains.extract import extract
from domain.items import Item


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


@pytest.mark.parametrize(("text", "avoided"), [
    ("검정 ㄴㄴ 요즘 검정만 입어서 질림", ("black",)),
    ("블랙 ㄴㄴ", ("black",)),
    ("빨강이 좀 부담스러운데", ("red",)),
])
def test_korean_shorthand_for_no_rules_the_colour_out(text, avoided):
    heard = extract(text)
    assert heard.preferences.avoid_colors == avoided and not heard.preferences.colors


@pytest.mark.parametrize(("text", "style", "followups"), [
    ("좀더 minimal하게 ㄱㄱ 장식 넘 많아", "minimal", frozenset()),
    ("less sporty", None, frozenset({"more_formal"})),
    ("can you add a jacket too", None, frozenset({"layer"})),
])
def test_ordinary_follow_up_phrasings_are_heard(text, style, followups):
    heard = extract(text)
    assert heard.preferences.style == style and heard.followups == followups


def test_she_does_not_wear_sleeveless_keeps_arms_covered():
    heard = extract("she doesnt wear sleeveless")
    assert heard.feel.covered and "tank" in heard.avoid_kinds and "tank" not in heard.preferences.kinds


@pytest.mark.parametrize(("text", "which"), [
    ("hmm go back to the first ones, #1 from the very first set was the best", "first"),
    ("처음에 보여주신 것 중 2번에 운동화 신어도 될까요?", "first"),
    ("아까 2번이 나았어", "previous"),
    ("show me the first one in navy", None),  # a look on screen, not an earlier set
])
def test_looks_shown_before_are_told_apart_from_those_on_screen(text, which):
    assert extract(text).earlier_set == which


def test_going_back_to_the_first_looks_shows_them_again_and_changes_the_one_asked(services):
    first = say(services, "work outfits for a bank, summer, women", "recall")
    say(services, "more relaxed pls", "recall")
    again = say(services, "go back to the first ones", "recall")
    assert [o["items"] for o in again["outfits"]] == [o["items"] for o in first["outfits"]], again["reply"]
    changed = say(services, "#1 but no black", "recall")  # the first look, not the relaxed one on screen before
    kept = {i["id"] for i in changed["outfits"][0]["items"]} & {i["id"] for i in first["outfits"][0]["items"]}
    assert kept and not [i for i in changed["outfits"][0]["items"] if i["color_family"] == "black"], changed["reply"]


@pytest.mark.parametrize(("text", "title"), [
    ("what is smart casual", "Smart casual"),
    ("invite also says cocktail attire, what does that even mean for men?", "Cocktail attire"),
    ("비즈니스 캐주얼이 뭐야?", "비즈니스 캐주얼"),
])
def test_a_dress_code_asked_about_is_explained(services, text, title):
    reply = say(services, text, f"code-{len(text)}")
    assert reply["type"] == "answer" and reply["reply"].startswith(title), reply["reply"]


def test_a_pairing_asked_without_a_verb_is_answered():
    assert extract("what shoes with a navy suit").question == "pairing"


@pytest.mark.parametrize(("name", "slot", "logo"), [
    ("Nike Men Air Force 1 White Shoes", "shoes", True),
    ("Status Quo Men Printed Blue Jackets", "outerwear", True),
    ("Myntra Men Solid Navy Blue Sweatshirt", "top", False),
    ("Titan Men Black Watch", "accessory", False),
])
def test_no_logos_leaves_out_what_names_say_carries_one(name, slot, logo):
    assert "logo" in extract("로고 있는 건 제외해줘").avoid_kinds
    item = Item(id=name, name=name, kind="jacket", slot=slot, color="Navy Blue", color_family="navy", gender="men")
    assert is_of_kind(item, ("logo",)) == logo


@pytest.mark.parametrize(("text", "gender"), [("outfit for me (M) for a winter hike", "men"), ("(f) work looks", "women")])
def test_a_gender_letter_in_brackets_says_whose_clothes(text, gender):
    assert extract(text).preferences.gender == gender


def test_grass_and_heels_a_disaster_rules_the_heels_out():
    heard = extract("hmm can I see them with flats? grass + heels = disaster")
    assert heard.avoid_kinds == ("heels",) and heard.preferences.kinds == ("flats",)


def test_brown_asked_after_the_funeral_was_said_is_a_no(services):
    say(services, "장례식 가는데 뭐 입어요? 남자", "funeral-brown")
    reply = say(services, "브라운도 괜찮아?", "funeral-brown")
    assert reply["reply"].startswith("추천하지 않아요"), reply["reply"]


def test_help_me_dress_better_asks_what_it_needs_rather_than_the_help_text(services):
    reply = say(services, "help me dress better lol", "dress-better")
    assert reply["type"] == "question" and "occasion" in reply["asks"], reply["reply"]


def test_back_to_mine_dresses_the_person_again_after_looks_for_her_boyfriend(services):
    say(services, "weekend trip to the mountains in october, im a girl", "mine")
    say(services, "can you do one for my boyfriend too", "mine")
    reply = say(services, "ok back to mine pls, i want a skirt option", "mine")
    assert reply["preferences"]["gender"] == "women" and reply["outfits"], reply["reply"]


@pytest.mark.parametrize(("text", "own"), [("남친 생일선물로 옷 사주려는데 뭐가 좋을까?", "women"),
                                           ("looks for my boyfriend, im a guy too", "men"),
                                           ("dinner with my girlfriend tonight", "men")])
def test_who_the_person_is_is_told_apart_from_whom_they_dress(text, own):
    assert extract(text).own_gender == own


def test_a_colour_put_right_with_an_occasion_recolours_the_photographed_garment():
    heard = extract("청록색 아니고 네이비 깅엄 체크인데.. 출근할 때 입을 거야")
    assert heard.corrects_colour and heard.preferences.colors == ("navy",)


def test_the_summer_looks_asked_back_are_the_earlier_summer_set(services):
    first = say(services, "제주도 여행룩 7월 여자", "summer-back")
    say(services, "11월로 미뤄짐 그럼 다시", "summer-back")
    again = say(services, "아까 여름꺼 다시 보여줘", "summer-back")
    assert [o["items"] for o in again["outfits"]] == [o["items"] for o in first["outfits"]], again["reply"]


@pytest.mark.parametrize("text", ["what to wear for a wedding", "which one for the wedding?",
                                  "what size shirt for a 42 inch chest"])
def test_what_for_an_occasion_or_a_size_is_no_pairing_question(text):
    assert extract(text).question != "pairing"


def test_heels_ruled_out_say_whose_clothes_before_the_photo_does(services, tmp_path):
    from tests.garment_photos import draw_garment

    photo = draw_garment(tmp_path / "jacket.jpg", (40, 60, 150))
    reply = services.stylist.turn("no-heels", "this jacket, 하이힐은 별로, 주말 코디 추천", str(photo)).to_json()
    worn = {i["gender"] for o in reply["outfits"] for i in o["items"] if i["source"] == "catalog"} - {"unisex"}
    assert reply["outfits"] and worn == {"women"}, reply["reply"]


def test_a_look_without_the_photographed_skirt_is_built_without_it(services, tmp_path):
    from tests.garment_photos import draw_garment

    photo = draw_garment(tmp_path / "skirt.jpg", (190, 30, 40))
    first = services.stylist.turn("no-skirt", "this skirt, 2 looks with it? im a woman", str(photo)).to_json()
    reply = say(services, "ok and one look for a nice dinner, without the skirt", "no-skirt")
    # (one look more, for the dinner, beside the two with the skirt)
    assert reply["outfits"][:-1] == first["outfits"]
    assert not [i for i in reply["outfits"][-1]["items"] if i["source"] == "upload"]


def test_must_i_wear_a_tie_at_the_funeral_is_answered_yes(services):
    say(services, "장례식 가는데 뭐 입어요? 남자", "funeral-tie")
    reply = say(services, "넥타이는 꼭 해야돼?", "funeral-tie")
    assert reply["reply"].startswith("네, 장례식에는 넥타이가"), reply["reply"]


@pytest.mark.parametrize(("text", "title"), [("what colours suit older women?", "Colours with age"),
                                             ("60대에 어울리는 색 뭐야?", "나이와 색")])
def test_colours_with_age_are_answered_in_words(services, text, title):
    reply = say(services, text, f"age-{len(text)}")
    assert reply["type"] == "answer" and reply["reply"].startswith(title), reply["reply"]


@pytest.mark.parametrize(("text", "slim"), [("아 그리고 걔 키 185에 좀 마른편", True), ("skinny jeans for a date", False)])
def test_a_slim_build_is_heard_but_skinny_jeans_are_no_body(text, slim):
    assert ("body:slim" in extract(text).topics) == slim


@pytest.mark.parametrize("text", ["치마 한개 넣어줘", "one look with a skirt please"])
def test_one_look_with_a_piece_puts_it_on_one_look(text):
    heard = extract(text)
    assert heard.puts_piece_on_look and heard.target_look == 1 and heard.preferences.kinds == ("skirt",)


def test_a_parents_milestone_birthday_is_a_family_celebration():
    assert extract("its for my mom's 60th birthday brunch, the outfit is for her").preferences.occasion == "ceremony"


def test_sparklier_brings_jewellery_and_bags_that_catch_the_light(services):
    from chains.exclusions import is_of_kind as sparkly_if
    from domain.items import Item as Piece

    say(services, "nye party, im a girl", "sparkle")
    reply = say(services, "sparklier!! its nye", "sparkle")
    assert "sparkle" in extract("sparklier!! its nye").followups
    shine = [Piece.from_json(i) for o in reply["outfits"] for i in o["items"] if i["slot"] == "accessory"]
    assert shine and any(sparkly_if(i, ("sparkle",)) for i in shine), reply["reply"]
