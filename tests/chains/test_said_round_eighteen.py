"""Round eighteen: what blind set 24 found. Their own suit at a funeral or a black-tie evening is worn (after whose
clothes are known); their own piece said with looks on screen ("베이지 코트 있는데 그거랑 3번 같이 입어도 돼요?", "I have
black trousers already, what else do I need?") is put on the looks; a question of a look's piece ("2번 자켓으로
충분할까요?", "무릎 아래 길이 맞아요?", "is brown shoes ok with navy trousers?") is answered, never made a swap; two looks'
pieces mix as asked; "more colour" brings a colour."""

from __future__ import annotations

import pytest

from chains.dress_code import dress_code
from chains.extract import extract
from chains.verdicts import suit_colour
from domain.items import Item
from domain.vocabulary import NEUTRAL_FAMILIES
from tests.chains.talk import ids, kinds, say


def theirs(look):
    return [i for i in look["items"] if i["source"] != "catalog"]


def test_their_suit_at_black_tie_waits_for_whose_then_is_worn_with_a_plain_white_shirt(services):
    first = say(services, "black tie gala next month, I'll wear my own black suit", "bt-1")
    assert first["outfits"] == [] and first["quick_replies"] == ["Menswear", "Womenswear"], first
    reply = say(services, "I'm a man", "bt-1")
    assert reply["reply"].startswith("Here's how I'd wear your black suit"), reply["reply"]
    for look in reply["outfits"]:
        assert {(i["kind"], i["color_family"]) for i in theirs(look)} == {("blazer", "black"), ("trousers", "black")}
        shirts = [i for i in look["items"] if i["slot"] == "top"]
        assert shirts and all("strip" not in i["name"].lower() for i in shirts), look
        assert "tie" in kinds(look), look


def test_a_white_dress_shirt_and_a_black_tie_may_come_back_in_each_black_tie_or_funeral_look():
    shirt = Item(id="s1", name="Men Solid White Formal Shirt", kind="shirt", slot="top", color="White",
                 color_family="white", gender="men")
    striped = Item(id="s2", name="Men White Striped Shirt", kind="shirt", slot="top", color="White",
                   color_family="white", gender="men", pattern="printed")
    tie = Item(id="t1", name="Men Black Silk Tie", kind="tie", slot="accessory", color="Black", color_family="black",
               gender="men")
    for occasion in ("black_tie", "funeral"):
        assert dress_code(occasion, "winter").worn_on_every_look(shirt)
        assert dress_code(occasion, "winter").worn_on_every_look(tie)
        assert not dress_code(occasion, "winter").worn_on_every_look(striped)
    assert not dress_code("wedding", "winter").worn_on_every_look(shirt)


def test_the_suit_they_have_is_the_colour_of_theirs_not_of_the_one_they_lack():
    assert suit_colour(extract("장례식 가야하는데 검정 정장은 없고 네이비 정장은 있어요")) == "navy"
    assert suit_colour(extract("I don't have a black suit, but I have a navy suit")) == "navy"
    assert suit_colour(extract("brown shoes with a black suit?")) == "black"


def test_their_black_suit_at_a_funeral_is_worn_and_what_they_lack_is_found(services):
    said = extract("검정 정장은 있는데 셔츠랑 신발이 없어요")
    assert said.owns_suit and said.avoid_kinds == ()
    say(services, "남편 장례식 갈 옷 좀 봐주세요 내일 저녁이에요", "fun-1")
    reply = say(services, "검정 정장은 있는데 셔츠랑 신발이 없어요", "fun-1")
    assert reply["outfits"], reply["reply"]
    for look in reply["outfits"]:
        assert {(i["kind"], i["color_family"]) for i in theirs(look)} == {("blazer", "black"), ("trousers", "black")}
        assert {"shirt", "shoes"} <= {i["slot"] if i["slot"] == "shoes" else i["kind"] for i in look["items"]}, look


def test_their_trousers_said_at_a_funeral_are_worn_with_the_rest_found(services):
    say(services, "what should I wear to a funeral on saturday? I'm a man", "fun-2")
    reply = say(services, "I have black trousers already, what else do I need?", "fun-2")
    assert reply["outfits"], reply["reply"]
    for look in reply["outfits"]:
        assert [(i["kind"], i["color_family"]) for i in theirs(look)] == [("trousers", "black")], look


def test_a_korean_question_of_a_looks_jacket_is_answered_not_swapped(services):
    said = extract("바람 많이 분다던데 2번 자켓으로 충분할까요?")
    assert said.asks_warm and "swap" not in said.followups and not said.puts_piece_on_look
    assert "swap" in extract("2번 코트로 바꿔줘").followups
    before = say(services, "4월 초에 제주 여행 가요 여자고 많이 걸어요", "jeju-1")
    jacketed = next((n for n, o in enumerate(before["outfits"], 1) if any(i["slot"] == "outerwear" for i in o["items"])), None)
    if jacketed is None:
        pytest.skip("no look with a layer in the sample catalogue")
    reply = say(services, f"바람 많이 분다던데 {jacketed}번 자켓으로 충분할까요?", "jeju-1")
    assert f"{jacketed}번" in reply["reply"], reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in before["outfits"]])


def test_the_length_of_a_looks_dress_asked_is_said_unknown_and_the_dress_stays(services):
    said = extract("2번 원피스 좋은데 무릎 아래 길이 맞아요?")
    assert said.knee_length and said.avoid_kinds == () and not said.followups and said.target_look == 2
    assert extract("is the dress in look 1 below the knee?").kinds == ()
    before = say(services, "여름 결혼식 하객룩 추천해주세요 여자에요", "len-1")
    dressed = next((n for n, o in enumerate(before["outfits"], 1) if "dress" in kinds(o)), None)
    if dressed is None:
        pytest.skip("no dress look in the sample catalogue")
    reply = say(services, f"{dressed}번 원피스 좋은데 무릎 아래 길이 맞아요?", "len-1")
    assert "기장 정보가 없어서" in reply["reply"] and f"{dressed}번 원피스" in reply["reply"], reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in before["outfits"]])


def test_two_looks_pieces_mix_into_the_first_look_named(services):
    said = extract("2번 자켓이랑 3번 바지 섞어서 하나 만들어줄수있어요?")
    assert (said.target_look, said.from_look, said.kinds) == (2, 3, ("trousers",))
    english = extract("can you combine the jacket from 2 with the trousers from 3?")
    assert (english.target_look, english.from_look) == (2, 3)
    before = say(services, "주말 데일리룩 여자 캐주얼로", "mix-1")
    if len(before["outfits"]) < 3:
        pytest.skip("fewer than three looks")
    reply = say(services, "2번 자켓이랑 3번 바지 섞어서 하나 만들어줄수있어요?", "mix-1")
    given = next(i["id"] for i in before["outfits"][2]["items"] if i["slot"] == "bottom")
    assert given in ids(reply["outfits"][1]), reply["reply"]
    assert ids(reply["outfits"][0]) == ids(before["outfits"][0])


def test_more_colour_for_one_look_brings_a_colour_to_its_main_piece(services):
    before = say(services, "weekend outfits for a man, minimal, neutrals", "colour-1")
    plain = next((n for n, o in enumerate(before["outfits"], 1)
                  if any(i["slot"] == "top" and i["color_family"] in NEUTRAL_FAMILIES for i in o["items"])), None)
    if plain is None:
        pytest.skip("no neutral top")
    reply = say(services, f"look {plain} feels a bit boring, can you add more colour?", "colour-1")
    top = next(i for i in reply["outfits"][plain - 1]["items"] if i["slot"] == "top")
    assert top["color_family"] not in NEUTRAL_FAMILIES, reply["reply"]


def test_their_own_piece_asked_beside_looks_on_screen_is_put_on_them():
    for text, kind in (("베이지 코트 있는데 그거랑 3번 같이 입어도 돼요?", "coat"), ("신발은 갈색 로퍼 있는데 그거 신어도 돼요?", "shoes"),
                       ("청바지 있는데 그거랑 2번 가디건 조합 어때요?", "jeans"), ("I'm a woman, I already have hiking boots", "boots")):
        said = extract(text)
        assert said.owns_named and said.kinds[0] == kind, text
    assert extract("베이지 코트 있는데 그거랑 3번 같이 입어도 돼요?").target_look == 3
    assert extract("I'm a woman, I already have hiking boots").piece_colour == "brown"
    assert not extract("갈색 코듀로이 바지 있는데 뭐랑 입어요?").owns_named  # (a question about such a piece)


def test_their_coat_asked_with_a_look_is_worn_on_that_look(services):
    before = say(services, "12월에 오사카 여행가요 여자요", "own-1")
    if len(before["outfits"]) < 3:
        pytest.skip("fewer than three looks")
    reply = say(services, "베이지 코트 있는데 그거랑 3번 같이 입어도 돼요?", "own-1")
    assert reply["reply"].startswith("네, 갖고 계신 베이지 코트"), reply["reply"]
    assert [(i["kind"], i["color_family"]) for i in theirs(reply["outfits"][2])] == [("coat", "beige")]
    assert ids(reply["outfits"][0]) == ids(before["outfits"][0])


def test_a_look_liked_is_kept(services):
    before = say(services, "dinner party at a friend's flat, man, relaxed", "liked-1")
    reply = say(services, "look 1 is nice", "liked-1")
    assert "Look 1 it is" in reply["reply"], reply["reply"]
    assert reply["outfits"] == [] or [ids(o) for o in reply["outfits"]] == [ids(o) for o in before["outfits"]]


def test_a_colour_pairing_asked_of_a_look_is_answered(services):
    before = say(services, "family dinner outfits for a man", "pair-1")
    reply = say(services, "look 2 is good but is brown shoes ok with navy trousers?", "pair-1")
    assert reply["reply"].startswith("Yes: brown and navy"), reply["reply"]
    assert reply["outfits"] == [] or [ids(o) for o in reply["outfits"]] == [ids(o) for o in before["outfits"]]


@pytest.mark.parametrize("text", ["why did you pick a knit polo instead of a shirt?", "왜 셔츠 말고 니트를 골랐어요?"])
def test_why_a_piece_was_picked_rules_nothing_out(text):
    said = extract(text)
    assert said.asks_why and said.avoid_kinds == () and "swap" not in said.followups


def test_a_size_of_a_piece_pointed_at_and_its_grip_are_questions():
    sized = extract("look 2 is great, what size should I get in that sweater?")
    assert "size" in sized.intents and not sized.followups and not sized.puts_piece_on_look
    assert extract("and are those boots ok on icy sidewalks?").asks_property == "grip"


def test_a_new_season_said_of_looks_on_screen_makes_new_looks_for_it(services):
    say(services, "need help dressing my dad for my daughter's graduation", "season-1")
    reply = say(services, "he's 70, hates ties, outdoor ceremony on a football field in June", "season-1")
    assert reply["outfits"], reply["reply"]
    assert all("tie" not in kinds(o) and "sweater" not in kinds(o) for o in reply["outfits"]), reply["outfits"]


def test_dinner_with_a_spouses_parents_is_a_family_dinner():
    assert extract("dinner with my wife's parents at a fancy steakhouse next week").preferences.occasion == "family_dinner"
    assert extract("we're having christmas with the in-laws").preferences.occasion == "family_holiday"


def test_a_colour_version_asked_right_after_one_look_changed_is_that_looks(services):
    before = say(services, "beach wedding in August, I'm a woman, no heels", "ver-1")
    if len(before["outfits"]) < 2:
        pytest.skip("fewer than two looks")
    changed = say(services, "look 1 looks too casual for a wedding, can you make it a bit more formal?", "ver-1")
    reply = say(services, "love it now, would a green version exist?", "ver-1")
    assert ids(reply["outfits"][1]) == ids(changed["outfits"][1]), reply["reply"]
    assert any(i["color_family"] == "green" for i in reply["outfits"][0]["items"]), reply["reply"]


def test_a_rain_jacket_asked_if_waterproof_is_answered_as_rain_wear(services):
    before = say(services, "hiking in the Scottish Highlands in May, woman, it rains a lot", "rain-1")
    rain = next((n for n, o in enumerate(before["outfits"], 1)
                 if any(i["slot"] == "outerwear" and "rain" in i["name"].lower() for i in o["items"])), None)
    if rain is None:
        pytest.skip("no rain jacket in the sample catalogue")
    reply = say(services, f"is the jacket in look {rain} actually waterproof or just water resistant?", "rain-1")
    assert "rain wear" in reply["reply"], reply["reply"]


def test_their_suits_trousers_go_into_every_look_not_the_first_alone(services):
    say(services, "winter wedding in January, evening reception at a hotel", "many-1")
    reply = say(services, "I'm a man and I have a charcoal suit already", "many-1")
    assert len(reply["outfits"]) > 1, reply["reply"]
    assert all(("trousers", "grey") in {(i["kind"], i["color_family"]) for i in theirs(o)} for o in reply["outfits"])


def test_a_dull_piece_of_a_look_is_traded_not_taken_off():
    said = extract("look 3 tie is a bit dull, something in burgundy?")
    assert said.kinds == ("tie",) and said.avoid_kinds == () and "swap" in said.followups
    assert extract("this hat is so dull i hate it").avoid_kinds == ("hat",)  # (no look named: none of it)


def test_a_suit_in_another_colour_is_no_suit_refused():
    said = extract("검정 정장 말고 다른 색으로요")
    assert not said.no_suit and "less_formal" not in said.followups and "blazer:black" in said.avoid_kinds
    assert extract("정장 말고 편하게 입고 싶어요").no_suit


@pytest.mark.parametrize(("text", "colour"), [("여자고 트렌치코트 있어요", "beige"), ("코트는 카멜 있어요 그거 입어도 괜찮을까요?", "brown"),
                                              ("I have a trench coat, build around it", "beige")])
def test_their_piece_said_without_a_colour_before_it_takes_its_colour(text, colour):
    said = extract(text)
    assert said.owns_named and said.piece_colour == colour


def test_a_layer_asked_in_a_colour_for_a_layered_look_trades_its_layer(services):
    before = say(services, "wedding guest in October, woman, outdoor", "layer-1")
    layered = next((n for n, o in enumerate(before["outfits"], 1) if any(i["slot"] == "outerwear" for i in o["items"])), None)
    if layered is None:
        pytest.skip("no layered look")
    reply = say(services, f"ok add a layer to look {layered} then, maybe something in burgundy or rust", "layer-1")
    assert "already has a layer" not in reply["reply"], reply["reply"]


@pytest.mark.parametrize("text", ["Look 1 is great. Is the coat warm enough if it rains?",
                                  "Look 1 is nice but is the trench warm enough in March?"])
def test_warmth_asked_of_a_looks_layer_after_it_was_named_is_no_swap(text):
    said = extract(text)
    assert said.asks_warm and said.target_look == 1 and not said.followups and not said.puts_piece_on_look


def test_whether_a_look_is_enough_for_snow_is_asked_not_a_wish_for_warmer():
    said = extract("is look 2 enough if it snows?")
    assert said.asks_warm and said.target_look == 2 and "warmer" not in said.followups
    assert "warmer" in extract("make look 2 warmer, it snows").followups


def test_whether_a_look_is_enough_for_snow_is_answered_and_the_looks_kept(services):
    before = say(services, "ski trip in February, woman, lodge and village evenings", "snow-1")
    if len(before["outfits"]) < 2:
        pytest.skip("fewer than two looks")
    reply = say(services, "is look 2 enough if it snows?", "snow-1")
    assert "look 2" in reply["reply"].lower(), reply["reply"]
    assert reply["outfits"] == [] or [ids(o) for o in reply["outfits"]] == [ids(o) for o in before["outfits"]]


@pytest.mark.parametrize("text", ["2번 코트 너무 길어요 좀 짧은걸로요", "look 2 coat is too long, something shorter?"])
def test_a_coat_too_long_is_traded_for_a_shorter_layer_not_taken_off(text):
    said = extract(text)
    assert said.kinds == ("jacket",) and "swap" in said.followups and "coat" in said.avoid_kinds
    assert extract("no coat in look 2").kinds == ()


def test_a_skirt_that_might_be_annoying_is_ruled_out_of_that_look(services):
    said = extract("look 1 is nice but the skirt might be annoying sitting on tiny chairs")
    assert said.avoid_kinds == ("skirt",) and said.target_look == 1
    before = say(services, "first day as a teacher in September, woman, comfortable shoes, skirts are fine", "skirt-1")
    skirted = next((n for n, o in enumerate(before["outfits"], 1) if "skirt" in kinds(o)), None)
    if skirted is None:
        pytest.skip("no skirt look in the sample catalogue")
    reply = say(services, f"look {skirted} is nice but the skirt might be annoying sitting on tiny chairs", "skirt-1")
    after = reply["outfits"][skirted - 1] if reply["outfits"] else before["outfits"][skirted - 1]
    # (the sample catalogue may have no trousers that suit the look: then the reply says it stayed, never a change)
    assert "skirt" not in kinds(after) or "stays as it was" in reply["reply"], reply["reply"]
    assert [ids(o) for n, o in enumerate(reply["outfits"], 1) if n != skirted] in (
        [], [ids(o) for n, o in enumerate(before["outfits"], 1) if n != skirted])
