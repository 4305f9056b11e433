"""What people say in ordinary words (session of the thirteenth blind round, R23): the piece asked for is the
one answered, a change touches only what it names, and a short follow-up keeps the topic it follows."""

from __future__ import annotations

import pytest

from chains.compose import LookPlan, _accessories_of_slot
from chains.exclusions import is_of_kind
from chains.extract import extract
from chains.look_score import leather_clash, tie_lost_on_its_shirt
from chains.revise import MORE_FORMAL
from domain.items import Item


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


def piece(name, kind, slot, family, gender="women", brand=None):
    """A catalogue piece, as a test needs one (its name is its id)."""
    return Item(id=name, name=name, kind=kind, slot=slot, color=family.title(), color_family=family,
                gender=gender, usage="casual", styles=(), score=0.5, brand=brand)


@pytest.mark.parametrize("text, start", [("what shoes go with a brown belt?", "Go for brown shoes"),
                                         ("what belt do i wear with brown shoes", "Go for a brown belt"),
                                         ("갈색 벨트에는 무슨 구두가 어울려요?", "갈색 구두가 좋아요")])
def test_shoes_for_a_belt_are_in_the_belts_leather(services, text, start):
    reply = say(services, text, "leather")["reply"]
    assert reply.startswith(start), reply


def test_a_part_asked_after_sizes_gets_that_parts_size(services):
    first = say(services, "I'm a man, 175cm 70kg. should I get S or M?", "sizes")
    assert first["type"] == "answer" and "tops" in first["reply"] and "bottoms" in first["reply"]
    trousers = say(services, "그럼 바지는요?", "sizes")
    assert trousers["type"] == "answer" and "하의" in trousers["reply"] and "상의" not in trousers["reply"], trousers
    assert not trousers["outfits"] and not trousers["preferences"]["kinds"]  # no wish for trousers kept
    shoes = say(services, "and shoes?", "sizes")
    assert shoes["type"] == "answer" and "length of the foot" in shoes["reply"]


def test_a_garment_named_for_a_size_answers_that_part_for_both_wardrobes(services):
    asked = say(services, "what size should i get, im 178cm and 72kg", "tee size")
    assert asked["type"] == "question" and asked["asks"] == ["gender"]
    answer = say(services, "for a t-shirt", "tee size")
    assert answer["type"] == "answer" and "menswear tops" in answer["reply"] and "womenswear tops" in answer["reply"]
    assert "bottoms" not in answer["reply"] and not answer["outfits"]


def test_a_question_about_a_suit_leaves_no_suit_in_the_next_request(services):
    say(services, "what shoes go with a navy suit", "suit then wedding")
    reply = say(services, "ok wedding guest looks then, man", "suit then wedding")
    assert reply["type"] == "outfits" and "your navy blazer" not in reply["reply"]
    assert all(i["source"] == "catalog" for look in reply["outfits"] for i in look["items"])


@pytest.mark.parametrize("text", ["grey blazer interview outfit for men", "charcoal blazer, interview at a law firm, men"])
def test_a_grey_blazer_at_an_interview_gets_looks(services, text):
    reply = say(services, text, "grey blazer")
    assert reply["type"] == "outfits", reply["reply"]
    assert all(any(i["kind"] == "blazer" and i["color_family"] == "grey" for i in look["items"])
               for look in reply["outfits"])


@pytest.mark.parametrize("text, number", [("change the shoes in 3 to something not sneakers", 3),
                                          ("swap the shoes on 2", 2), ("jacket on 4 is ugly", 4),
                                          ("i need shoes in 2 days", None), ("shoes for 3 people", None)])
def test_a_piece_of_a_look_by_its_bare_number(text, number):
    assert extract(text).target_look == number


def test_not_so_formal_is_less_formal():
    assert "less_formal" in extract("change the shoes in 2 to something not so formal").followups


@pytest.mark.parametrize("text, occasion", [("first day at uni tomorrow, wanna look put together. female", "daily"),
                                            ("first day of college outfit", "daily"),
                                            ("first day at google next week", "work"),
                                            ("first day at my internship", "work")])
def test_a_first_day_at_school_is_no_first_day_at_work(text, occasion):
    assert extract(text).preferences.occasion == occasion


def test_a_look_made_all_black_changes_that_look_only(services):
    before = say(services, "casual weekend looks for a woman", "all black")["outfits"]
    after = say(services, "make #1 all black", "all black")
    assert after["type"] == "outfits" and after["outfits"][1:] == before[1:]
    black = lambda look: sum(i["color_family"] == "black" for i in look["items"] if i["slot"] != "accessory")
    assert black(after["outfits"][0]) > black(before[0]), after["reply"]
    whole = all(i["color_family"] == "black" for i in after["outfits"][0]["items"] if i["slot"] != "accessory")
    assert ("from top to toe" in after["reply"]) == whole, after["reply"]


def test_a_brand_or_another_kinds_word_in_a_name_is_no_kind():
    trousers = piece("Kraus Jeans Women Black Trousers", "trousers", "bottom", "black", brand="Kraus Jeans")
    assert not is_of_kind(trousers, ("jeans",))
    assert not is_of_kind(piece("Bulchee Men Plain Jeans Black Belt", "belt", "accessory", "black", "men"), ("jeans",))
    assert not is_of_kind(piece("Catwalk Women Grey Pumps", "flats", "shoes", "grey"), ("heels",))
    assert is_of_kind(piece("Carlton London Women Black Pumps", "heels", "shoes", "black"), ("heels",))
    assert is_of_kind(piece("Roadster Women Blue Jeans", "jeans", "bottom", "blue"), ("jeans",))


@pytest.mark.parametrize("text, pins", [("black trousers and brown shoes outfit for men", ("trousers:black", "shoes:brown")),
                                        ("흰 셔츠에 검정 슬랙스 코디", ("shirt:white", "trousers:black")),
                                        ("white sneakers", ()), ("red or blue dress", ())])
def test_each_named_piece_keeps_its_own_colour(text, pins):
    assert extract(text).preferences.piece_colours == pins


def test_pieces_named_in_colours_are_worn_in_them(services):
    reply = say(services, "black trousers and brown shoes outfit for men", "pinned")
    assert reply["type"] == "outfits" and reply["preferences"]["kinds"] == ["trousers"]
    assert "piece_colours" not in reply["preferences"]  # (not part of the chat contract)
    for look in reply["outfits"]:
        slots = {i["slot"]: i for i in look["items"]}
        assert slots["bottom"]["color_family"] == "black" and slots["shoes"]["color_family"] == "brown", look["items"]


def test_a_white_shirt_with_black_trousers_is_no_black_shirt(services):
    reply = say(services, "흰 셔츠에 검정 슬랙스 코디 남자", "white shirt")
    assert reply["type"] == "outfits"
    for look in reply["outfits"]:
        tops = [i for i in look["items"] if i["slot"] == "top"]
        assert tops and tops[0]["color_family"] == "white", look["items"]


def test_brown_shoes_with_black_pants_shows_black_trousers_and_brown_shoes(services):
    answer = say(services, "can I wear brown shoes with black pants?", "brown black")
    assert answer["quick_replies"][0].startswith("Black trousers")
    reply = say(services, "ok show me a few looks like that, I'm a man", "brown black")
    assert reply["type"] == "outfits"
    assert all(any(i["slot"] == "shoes" and i["color_family"] == "brown" for i in look["items"])
               for look in reply["outfits"])


def test_a_black_tie_is_not_worn_on_a_black_shirt():
    shirt = piece("Men Black Shirt", "shirt", "top", "black", "men")
    tie = piece("Men Black Tie", "tie", "accessory", "black", "men")
    assert tie_lost_on_its_shirt([shirt, tie])
    assert not tie_lost_on_its_shirt([piece("Men White Shirt", "shirt", "top", "white", "men"), tie])


@pytest.mark.parametrize("text, start", [("what trousers go with a navy blazer?", "With navy, go for trousers in"),
                                         ("네이비 블레이저엔 무슨 바지가 어울려요?", "네이비에는")])
def test_trousers_for_a_blazer_come_in_trouser_colours(services, text, start):
    reply = say(services, text, "blazer trousers")["reply"]
    first = reply.split(". ")[0]
    assert reply.startswith(start) and "red" not in first and "레드" not in first, reply


def test_that_one_with_several_looks_asks_which_and_rules_nothing_out(services):
    looks = say(services, "casual weekend look for a woman", "that one")["outfits"]
    asked = say(services, "that one but without the jacket", "that one")
    assert asked["type"] == "question" and not asked["outfits"]
    assert asked["quick_replies"][:2] == ["#1 but without the jacket", "#2 but without the jacket"]
    assert len(asked["quick_replies"]) == len(looks)
    picked = say(services, asked["quick_replies"][1], "that one")
    assert picked["outfits"][0] == looks[0] and not any(i["kind"] == "jacket" for i in picked["outfits"][1]["items"])
    assert "look 2 without" not in picked["reply"]  # ("Look 2 changed: without the jacket")


def test_anything_but_a_dress_changes_the_dresses_only(services):
    before = say(services, "date outfit for women, spring", "no dress")["outfits"]
    after = say(services, "anything but a dress", "no dress")["outfits"]
    assert len(after) == len(before)
    for old, new in zip(before, after):
        assert not any(i["kind"] == "dress" for i in new["items"])
        if any(i["kind"] == "dress" for i in old["items"]):  # the dress's look, rebuilt around what it kept
            kept = [i for i in old["items"] if i["slot"] == "accessory"]
            assert new["style"] == old["style"] and all(i in new["items"] for i in kept), (old, new)
        else:
            assert new == old


def test_a_named_garment_asked_with_looks_gets_a_line_of_colours_then_whose(services):
    reply = say(services, "베이지 트렌치 코트에 어울리는 코디 추천해줘", "trench")
    assert reply["type"] == "question" and reply["asks"] == ["gender"]
    assert len(reply["reply"]) < 140 and "코트 코디:" not in reply["reply"], reply["reply"]


def test_a_man_carries_no_handbag():
    plan = LookPlan("casual", "men", ("top", "bottom", "shoes", "accessory"))
    handbag = piece("Fastrack Unisex Polyester Black HandBag", "bag", "accessory", "black", "unisex")
    backpack = piece("Wildcraft Unisex Black Backpack", "bag", "accessory", "black", "unisex")
    assert _accessories_of_slot([handbag, backpack], "accessory", plan, frozenset({"bag"})) == [backpack]
    hers = LookPlan("casual", "women", ("top", "bottom", "shoes", "accessory"))
    assert _accessories_of_slot([handbag, backpack], "accessory", hers, frozenset({"bag"})) == [handbag, backpack]


def test_like_a_look_but_dressier_where_it_is_as_dressy_as_it_goes_keeps_it_and_adds_more(services):
    looks = say(services, "wedding guest outfit, im a girl. anything but a dress", "dressier")["outfits"]
    number = next((n for n, look in enumerate(looks, 1) if MORE_FORMAL[look["style"]] == look["style"]), None)
    if number is None:
        pytest.skip("no look at the top of its formality in this catalogue sample")
    reply = say(services, f"something like #{number} but dressier", "dressier")
    assert reply["reply"].startswith(f"Look {number} is already as dressy")
    assert reply["outfits"][:len(looks)] == looks and len(reply["outfits"]) > len(looks)


@pytest.mark.parametrize("text", ["long sleeves only pls", "반팔 말고 긴팔로"])
def test_long_sleeves_only_is_a_feel_for_every_top(text):
    heard = extract(text)
    assert heard.looks_feel.sleeved and "longsleeve" not in heard.kinds
    feel = heard.looks_feel
    assert not feel.fits(piece("Puma Men Navy T-shirt", "tshirt", "top", "navy", "men"))
    assert not feel.fits(piece("Arrow Men Half Sleeve Blue Shirt", "shirt", "top", "blue", "men"))
    assert feel.fits(piece("Nike Men Grey Sweatshirt", "sweatshirt", "top", "grey", "men"))


def test_long_sleeves_at_the_gym_swap_the_tees_for_long_sleeved_tops(services):
    say(services, "gym outfits for a guy", "sleeves")
    reply = say(services, "long sleeves only pls", "sleeves")
    short = [n for n, look in enumerate(reply["outfits"], 1)
             if any(i["slot"] == "top" and i["kind"] in ("tshirt", "polo", "tank") for i in look["items"])]
    assert len(short) < len(reply["outfits"]), reply["reply"]  # the catalogue's long-sleeved tops came in
    if short:  # (a small catalogue runs out: the looks left as they were are named)
        assert ("as they were" in reply["reply"] or "as it was" in reply["reply"]) \
            and all(f"{n} stay" in reply["reply"] or f"{n}, " in reply["reply"] for n in short), reply["reply"]


@pytest.mark.parametrize("text, kind", [("장화 말고요", "boots"), ("no rain boots", "boots")])
def test_rain_boots_are_boots(text, kind):
    assert extract(text).avoid_kinds == (kind,)


def test_joggers_are_trousers_in_their_colour():
    heard = extract("grey hoodie and black joggers, what shoes n jacket?")
    assert "trousers" in heard.kinds and "trousers:black" in heard.preferences.piece_colours


def test_a_belt_asked_about_leaves_no_belt_in_the_next_request(services):
    say(services, "what colour belt with grey trousers and black shoes", "belt then beach")
    reply = say(services, "beach wedding guest outfit then, man, no suit its on sand", "belt then beach")
    assert reply["type"] == "outfits" and "your black belt" not in reply["reply"]
    assert all(i["source"] == "catalog" for look in reply["outfits"] for i in look["items"])


def test_leather_shoes_take_a_belt_of_their_leather():
    shoes = piece("Red Tape Men Brown Formal Shoes", "shoes", "shoes", "brown", "men")
    assert leather_clash([shoes, piece("Puma Men White Belt", "belt", "accessory", "white", "men")])
    assert not leather_clash([shoes, piece("Men Brown Leather Belt", "belt", "accessory", "brown", "men")])
    sneakers = piece("Nike Men Brown Sneakers", "sneakers", "shoes", "brown", "men")
    assert not leather_clash([sneakers, piece("Puma Men White Belt", "belt", "accessory", "white", "men")])


def test_a_shade_said_names_the_example_looks_and_reads_back(services):
    reply = say(services, "camel coat and white sneakers, what else should i wear with them", "camel")
    assert reply["quick_replies"][0] == "Camel coat: menswear looks"
    heard = extract(reply["quick_replies"][0])
    assert heard.preferences.colors == ("brown",) and heard.kinds == ("coat",) and heard.preferences.gender == "men"


def test_shoes_for_a_top_and_trousers_each_in_a_colour_answer_the_trousers(services):
    reply = say(services, "회색 후드티에 검정 조거팬츠 입을건데 신발 뭐 신어?", "joggers shoes")["reply"]
    assert reply.startswith("검정") and "조합이에요" not in reply, reply  # (the shoes for black trousers, not a yes)


def test_garments_named_to_wear_instead_trade_the_pieces_not_the_looks(services):
    before = say(services, "office looks for a guy", "into kinds")["outfits"]
    after = say(services, "셔츠에 슬랙스로 해줘", "into kinds")
    assert after["type"] == "outfits" and len(after["outfits"]) == len(before)
    for old, new in zip(before, after["outfits"]):
        kinds = {i["kind"] for i in new["items"]}
        worn = [i for i in old["items"] if i["slot"] in ("shoes", "outerwear")]
        if "shirt" in kinds:  # (traded, or a shirt already): the shoes and the layer stay
            assert all(i in new["items"] for i in worn), (old, new)
        if {"shirt", "trousers"} <= {i["kind"] for i in old["items"]}:
            assert new == old  # a look already in a shirt and trousers stays as it was
