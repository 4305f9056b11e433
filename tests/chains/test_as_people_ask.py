"""Round five of ordinary phrasings: "coachella-ish" is Coachella, "tight budget" is a budget, "몇개만" and
"just a few" are a short answer, "M or L?" with the numbers is answered for both wardrobes, "what to wear
with olive cargo pants" asks whose looks, "what outerwear is trending" speaks of outerwear, a beach walks in
sandals, and "가방도 좀 작은걸로" right after one look changed gives that look a smaller bag."""

from __future__ import annotations

import pytest

from chains.bag_size import bag_bulk, size_wish
from chains.extract import extract


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


@pytest.mark.parametrize("text", ["coachella-ish festival outfit ideas", "boho-inspired festival looks at coachella"])
def test_a_word_softened_by_a_suffix_is_still_read(text):
    assert extract(text).preferences.season == "summer"


def test_a_hyphenated_compound_is_not_its_first_word():
    assert extract("black-and-white stripes").preferences.colors != ("black",)


@pytest.mark.parametrize(("text", "count"), [("출근룩 남자 비캐로 넥타이 없이 몇개만", 3), ("just a few date outfits, woman", 3),
                                             ("a couple of casual looks", 2), ("몇 가지만 보여줘", 3)])
def test_a_few_looks_is_a_short_answer(text, count):
    assert extract(text).count == count


def test_a_couple_going_out_is_no_count():
    assert extract("outfits for a couple going to a wedding").count is None


@pytest.mark.parametrize("text", ["need cheap casual fits for uni, guy, tight budget", "가성비 좋은 여자 출근룩"])
def test_a_budget_without_a_figure_is_said_to_be_unchecked(services, text):
    reply = say(services, text, user=f"budget-{len(text)}")
    assert reply["outfits"]
    assert "no prices" in reply["reply"] or "가격 정보가 없어서" in reply["reply"]


def test_not_wanting_to_look_cheap_is_no_budget():
    heard = extract("date night looks for a woman, i don't want to look cheap")
    assert "cheaper" not in heard.followups


def test_m_or_l_with_the_numbers_and_no_wardrobe_gets_both_sizes(services):
    reply = say(services, "im 5'9 150lbs what size tshirt should i get, M or L?", user="m-or-l")
    assert reply["type"] == "answer" and not reply["asks"]
    assert "menswear tops M" in reply["reply"] and "womenswear" in reply["reply"]


def test_what_to_wear_with_a_garment_for_a_man_builds_looks_with_it(services):
    reply = say(services, "what should i wear with my olive cargo pants? i'm a guy", user="cargo-man")
    assert reply["outfits"]
    assert all(any(i["color_family"] == "olive" and i["slot"] == "bottom" for i in o["items"])
               for o in reply["outfits"])


def test_a_trend_asked_of_a_part_speaks_of_that_part(services):
    reply = say(services, "what outerwear is trending this winter?", user="trend-outer")
    first = reply["reply"].split(". ")[0].lower()
    assert "coats and jackets" in first


@pytest.mark.parametrize("text", ["what jackets are in this fall", "which colours are in right now"])
def test_what_is_in_this_season_asks_the_trend(text):
    assert "trend" in extract(text).intents


@pytest.mark.parametrize("text", ["beach day outfits for a woman", "beach vacation looks for men"])
def test_a_beach_walks_in_sandals_not_trainers(services, text):
    reply = say(services, text, user=f"beach-{len(text)}")
    shoes = [i for o in reply["outfits"] for i in o["items"] if i["slot"] == "shoes"]
    assert shoes and all(i["kind"] in ("sandals", "flats") for i in shoes)


@pytest.mark.parametrize(("text", "wish"), [("가방도 좀 작은걸로", -1), ("the bag too, something smaller", -1),
                                            ("2번 가방 좀 더 큰걸로", 1), ("a bigger bag for look 1", 1), ("swap the bag", 0)])
def test_a_smaller_or_bigger_one_is_heard(text, wish):
    assert size_wish(text) == wish


def _as_item(piece):
    from domain.items import Item

    return Item(id=piece["id"], name=piece["name"], kind=piece["kind"], slot=piece["slot"], color=piece.get("color", ""),
                color_family=piece.get("color_family", ""), gender="women")


def test_a_bags_bulk_is_read_from_its_name():
    bags = ["Baggit Women Gold Clutch", "Fastrack Women Sling Bag", "Lino Perros Women Handbag",
            "American Tourister Laptop Backpack"]
    bulks = [bag_bulk(_as_item({"id": n, "name": n, "kind": "bag", "slot": "accessory"})) for n in bags]
    assert bulks == sorted(bulks) and len(set(bulks)) == 4


def _bag(look):
    return next((i for i in look["items"] if i["kind"] == "bag"), None)


@pytest.mark.parametrize(("first", "change", "more", "wish"), [
    ("office outfits for a woman", "swap the shoes in look 2", "the bag too, something bigger", 1),
    ("여자 결혼식 하객룩", "2번 신발 플랫으로 바꿔줘", "가방도 좀 작은걸로", -1)])
def test_the_bag_too_right_after_one_look_changed_is_that_looks_bag(services, first, change, more, wish):
    user = f"bag-too-{wish}"
    shown = say(services, first, user=user)["outfits"]
    changed = say(services, change, user=user)["outfits"]
    after = say(services, more, user=user)
    assert [o for n, o in enumerate(after["outfits"]) if n != 1] == [o for n, o in enumerate(changed) if n != 1]
    before, now = _bag(changed[1]), _bag(after["outfits"][1])
    assert before is not None and now is not None
    if now["id"] == before["id"]:  # nothing smaller (bigger) to trade for: said so
        assert "bags go" in after["reply"] or "가방은 없어서" in after["reply"] or "큰 가방이라" in after["reply"]
    else:
        assert wish * (bag_bulk(_as_item(now)) - bag_bulk(_as_item(before))) > 0
    assert len(shown) == len(after["outfits"])


@pytest.mark.parametrize("text", ["lol ok", "ㅋㅋㅇㅋ", "haha nice 👍"])
def test_a_nod_with_a_laugh_is_a_nod(text):
    assert "ack" in extract(text).intents


@pytest.mark.parametrize("text", ["lol", "lol ok show me more"])
def test_a_laugh_alone_or_with_a_request_is_no_nod(text):
    assert "ack" not in extract(text).intents


@pytest.mark.parametrize(("text", "count"), [("3 more", 3), ("show me 2 more", 2), ("ok show me one in navy then", 1)])
def test_a_number_before_more_or_after_show_me_is_a_count(text, count):
    assert extract(text).count == count


def test_three_more_adds_three_looks_beside_the_others(services):
    user = "three-more"
    before = say(services, "casual looks for men", user=user)["outfits"]
    after = say(services, "3 more", user=user)["outfits"]
    assert len(after) == len(before) + 3 and after[:len(before)] == before


def test_just_one_of_the_looks_on_screen_shows_the_first_alone(services):
    user = "just-one"
    first = say(services, "date looks for a woman", user=user)["outfits"]
    picked = say(services, "just one", user=user)
    assert picked["outfits"] == first[:1] and "just one" in picked["reply"]


def test_whats_cute_asks_for_looks_not_a_definition(services):
    reply = say(services, "sis in laws baby shower sunday afternoon at her house, whats cute but not too much 🍼 (f)",
                user="shower")
    assert reply["outfits"] and reply["preferences"]["gender"] == "women"


def test_a_gender_letter_after_an_emoji():
    heard = extract("first day at my new job tmrw!! marketing agency, idk what to wear 😭 f")
    assert heard.preferences.gender == "women" and heard.preferences.occasion == "work"


@pytest.mark.parametrize(("text", "occasion"), [("교생실습 첫날인데 뭐 입고가야돼요?? 여자", "work"),
                                                ("벚꽃 보러가는데 코디 추천 여자", "daily")])
def test_an_outing_said_in_its_own_words_is_its_occasion(text, occasion):
    assert extract(text).preferences.occasion == occasion


def test_which_of_two_shoe_colours_with_vs_is_answered(services):
    reply = say(services, "회색 슬랙스에 갈색 구두vs검정 구두 뭐가 나아?", user="vs")
    assert reply["type"] == "answer" and not reply["asks"]
    assert reply["reply"].startswith("회색에는")


def test_chat_shorthand_is_read_as_words(services):
    heard = extract("can u wear white sneakers w a suit or is that cringe")
    assert heard.question == "yesno" and heard.kinds == ("sneakers",)
    reply = say(services, "can u wear white sneakers w a suit or is that cringe", user="cringe")
    assert reply["type"] == "answer" and reply["reply"].startswith("Yes, for smart-casual")


def test_a_cut_said_of_one_looks_part_trades_that_part(services):
    heard = extract("2번 하의 와이드 말고 일자로")
    assert "swap" in heard.followups and heard.slots == ("bottom",) and heard.target_look == 2
    user = "cut-swap"
    before = say(services, "여자 출근룩", user=user)["outfits"]
    after = say(services, "2번 하의 와이드 말고 일자로", user=user)["outfits"]
    bottom = [[i["id"] for i in o["items"] if i["slot"] == "bottom"] for o in (before[1], after[1])]
    assert bottom[0] != bottom[1] and after[0] == before[0]


@pytest.mark.parametrize(("looks", "question"), [("wedding guest looks for a woman", "can i walk in look 1's shoes all day?"),
                                                 ("여자 데일리룩", "1번 신발 굽 높아? 많이 걸을건데")])
def test_how_a_looks_shoes_walk_is_answered_from_them(services, looks, question):
    user = f"walk-{len(question)}"
    shown = say(services, looks, user=user)["outfits"]
    reply = say(services, question, user=user)
    shoes = next(i for i in shown[0]["items"] if i["slot"] == "shoes")
    heeled = shoes["kind"] == "heels"
    assert reply["outfits"] == shown or not reply["outfits"]
    if heeled:
        assert "tiring" in reply["reply"] or "피곤할 수" in reply["reply"]
    else:
        assert "on your feet" in reply["reply"] or "오래 걸어도 편해요" in reply["reply"]


def test_besides_a_piece_rules_it_out():
    heard = extract("what to wear with my grey suit besides a white shirt")
    assert "shirt:white" in heard.avoid_kinds and "white" not in heard.preferences.colors


@pytest.mark.parametrize(("text", "start"), [("what color tie w a charcoal suit and light blue shirt",
                                              "With a charcoal suit and a light blue shirt: a tie in navy"),
                                             ("차콜 정장에 하늘색 셔츠면 넥타이 무슨 색?", "차콜 수트에 하늘색 셔츠라면 넥타이는 네이비")])
def test_the_tie_for_a_suit_and_a_shirt_said_is_named(services, text, start):
    reply = say(services, text, user=f"tie-{len(text)}")
    assert reply["reply"].startswith(start), reply["reply"]


def test_their_own_white_dress_at_a_wedding_is_a_no(services):
    user = "white-dress"
    say(services, "화이트 원피스 있는데 코디 어떻게해", user=user)
    reply = say(services, "이거 결혼식에 입고 가도 돼?", user=user)
    assert reply["reply"].startswith("아니요") or "피하" in reply["reply"].split(".")[0], reply["reply"]


def test_a_korean_size_said_with_two_letters_is_a_size_question(services):
    heard = extract("이 니트 55면 S야 M이야?")
    assert "size" in heard.intents and heard.size_said == "55"
    reply = say(services, "이 니트 55면 S야 M이야?", user="kr-55")
    assert reply["type"] == "answer" and "S" in reply["reply"] and not reply["outfits"]


@pytest.mark.parametrize(("text", "colour"), [("연청 와이드 데님 있는데 뭐랑 입어요?? 여자에요", "blue"),
                                              ("light wash jeans outfit for a woman", "blue"), ("진청 청바지 코디", "navy")])
def test_a_denims_wash_is_its_colour(text, colour):
    heard = extract(text)
    assert heard.preferences.colors == (colour,) and heard.kinds == ("jeans",)


def test_their_own_piece_in_a_colour_then_ruled_out_gives_new_looks_without_it(services):
    user = "white-dress-out"
    say(services, "화이트 원피스 있는데 코디 어떻게해", user=user)
    say(services, "이거 결혼식에 입고 가도 돼?", user=user)
    reply = say(services, "그럼 흰색 빼고 하객룩 보여줘", user=user)
    pieces = [i for look in reply["outfits"] for i in look["items"]]
    assert pieces and all(i["source"] == "catalog" and i["color_family"] != "white" for i in pieces)


def test_a_suits_shirts_besides_white_are_named_without_white(services):
    reply = say(services, "what to wear with my grey suit besides a white shirt", user="no-white-shirt")
    shirts = reply["reply"].split(";")[0]
    assert shirts.startswith("With a grey suit:") and "white" not in shirts and "pale blue" in shirts


@pytest.mark.parametrize(("text", "pick"), [("which is better for a wedding, loafers or oxfords?", "The oxfords"),
                                            ("로퍼 vs 옥스퍼드 결혼식에 뭐가 나아?", "옥스퍼드화 쪽이 나아요"),
                                            ("loafers or oxfords for a casual brunch?", "The loafers")])
def test_two_cuts_of_shoe_asked_between_get_one_picked(services, text, pick):
    reply = say(services, text, user=f"cuts-{len(text)}")
    assert reply["type"] == "answer" and reply["reply"].startswith(pick), reply["reply"]


def test_a_nod_after_a_size_answer_keeps_the_looks(services):
    user = "size-nod"
    shown = say(services, "여자 데일리룩", user=user)["outfits"]
    say(services, "이 니트 55면 S야 M이야?", user=user)
    nod = say(services, "ㅇㅋ", user=user)
    assert nod["type"] == "answer" and nod["outfits"] in ([], shown)


def test_their_hoodie_keeps_its_name(services):
    reply = say(services, "회색 후드티 있는데 이거 활용한 코디 좀 남자", user="hoodie")
    assert "후드티" in reply["reply"] and "맨투맨" not in reply["reply"]
    own = [i for look in reply["outfits"] for i in look["items"] if i["source"] != "catalog"]
    assert own and all(i["name"] == "회색 후드티" for i in own)


def test_their_cargo_pants_are_named_as_cargos(services):
    reply = say(services, "what should i wear with my olive cargo pants? i'm a guy", user="cargo-name")
    own = [i for look in reply["outfits"] for i in look["items"] if i["slot"] == "bottom" and i["source"] != "catalog"]
    assert own and all(i["name"].lower() == "olive cargo trousers" for i in own)


@pytest.mark.parametrize(("brief", "question", "lang"), [("date looks for a man", "which is better, look 1 or look 3?", "en"),
                                                         ("남자 데이트룩", "1번이랑 3번 중에 뭐가 나아", "ko")])
def test_which_of_two_looks_names_their_pieces(services, brief, question, lang):
    import prompts

    user = f"compare-{lang}"
    looks = say(services, brief, user=user)["outfits"]
    reply = say(services, question, user=user)["reply"]
    words = [prompts.label(lang, "color_family", i["color_family"]) for n in (1, 3) for i in looks[n - 1]["items"]
             if i["slot"] in ("top", "onepiece")]
    assert any(word in reply for word in words), reply  # the looks said by their pieces, not by number alone
