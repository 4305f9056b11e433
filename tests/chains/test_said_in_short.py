"""Short replies to looks a blind round found answered with the help text ("2번 별로", "너무 화려해",
"just not all black", "less layers"), and occasions it filed under another ("parent teacher meeting",
"rock concert", "business trip", a cocktail party dressed in trousers)."""

from __future__ import annotations

import pytest

from chains.extract import extract
from domain.items import Item


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


def worn(reply, slot=None):
    return [Item.from_json(i) for o in reply["outfits"] for i in o["items"] if slot is None or i["slot"] == slot]


@pytest.mark.parametrize(("text", "followups"), [
    ("something less plain", {"swap"}),
    ("너무 평범해", {"swap"}),
    ("너무 화려해", {"plainer", "less_formal"}),
    ("it's too flashy", {"plainer", "less_formal"}),
    ("너무 젊어보여요 ㅋㅋ", {"more_formal"}),
    ("not that sporty pls", {"more_formal"}),
    ("2번 별로", {"swap"}),
    ("not a fan of #3", {"swap"}),
])
def test_a_short_reply_to_looks_is_a_change(text, followups):
    assert extract(text).followups == followups


@pytest.mark.parametrize("text", ["just not all black", "검정이 너무 많아", "too much black, tone it down"])
def test_too_much_black_rules_black_out(text):
    heard = extract(text)
    assert heard.preferences.avoid_colors == ("black",) and not heard.preferences.colors


@pytest.mark.parametrize(("text", "occasion"), [
    ("parent teacher meeting, I'm a mom", "school_meeting"),
    ("학부모 상담 가는데 뭐 입지? 남자", "school_meeting"),
    ("what should i wear to a rock concert tonight? guy, 19", "gig"),
    ("business trip to seoul in january, women, -5 degrees", "work"),
    ("need a flattering dinner outfit for a friends bday", "dinner"),
])
def test_everyday_occasions_are_read_as_said(text, occasion):
    assert extract(text).preferences.occasion == occasion


def test_a_needed_cardigan_said_plainly_is_a_wish_not_a_question():
    said = extract("여름 출근룩 여자 에어컨 빵빵한 사무실이라 가디건 필요해요")
    asked = extract("가디건 필요해요?")
    assert not said.asks_need and said.kinds == ("cardigan",)
    assert asked.asks_need


def test_a_disliked_look_is_replaced_and_the_others_stay(services):
    first = say(services, "summer date look, woman", "dislike")
    reply = say(services, "2번 별로", "dislike")
    assert reply["type"] == "outfits" and len(reply["outfits"]) == len(first["outfits"])
    assert reply["outfits"][1] != first["outfits"][1]
    assert [o for n, o in enumerate(reply["outfits"]) if n != 1] == \
        [o for n, o in enumerate(first["outfits"]) if n != 1]
    assert reply["outfits"][1]["style"] == first["outfits"][1]["style"]


def test_not_all_black_after_looks_takes_the_black_out(services):
    say(services, "office party in december, woman", "not-all-black")
    reply = say(services, "just not all black", "not-all-black")
    assert reply["type"] == "outfits", reply["reply"]
    assert not any(i.color_family == "black" for i in worn(reply) if i.slot not in ("accessory", "bag"))


def test_less_layers_in_the_cold_keeps_the_one_coat_and_says_why(services):
    first = say(services, "business trip to seoul in january, women, -5 degrees", "layers-cold")
    reply = say(services, "less layers", "layers-cold")
    assert reply["outfits"] == first["outfits"]
    assert "cold" in reply["reply"] and "no coat" in reply["reply"]


def test_less_layers_in_spring_takes_the_layer_off(services):
    first = say(services, "spring office outfit, man", "layers-spring")
    assert any(i.slot == "outerwear" for i in worn(first)), "the brief should have shown a layer"
    reply = say(services, "less layers", "layers-spring")
    assert reply["type"] == "outfits" and not worn(reply, "outerwear")


def test_a_cocktail_party_dresses_her_mostly_in_dresses(services):
    reply = say(services, "cocktail party next week, I'm a woman", "cocktail")
    dresses = [o for o in reply["outfits"] if any(i["slot"] == "onepiece" for i in o["items"])]
    assert len(dresses) >= len(reply["outfits"]) // 2 + 1, [o["items"][0]["name"] for o in reply["outfits"]]


def test_a_parent_teacher_meeting_is_neat_without_office_kit_or_sportswear(services):
    reply = say(services, "parent teacher meeting, I'm a mom", "school")
    assert reply["type"] == "outfits" and "school event" in reply["reply"]
    names = [i.name.lower() for i in worn(reply)]
    assert not any(w in n for n in names for w in ("laptop", "sweatshirt", "legging", "clutch")), names


@pytest.mark.parametrize("text", [
    "summer office, woman, the AC is freezing so I need a cardigan",
    "여름 출근룩 여자 에어컨 빵빵한 사무실이라 가디건 필요해요",
])
def test_a_cold_office_in_summer_is_still_summer(text):
    heard = extract(text)
    assert heard.preferences.season == "summer" and not heard.cold


def test_a_cardigan_asked_for_in_summer_comes_for_the_air_conditioning(services):
    reply = say(services, "summer office, woman, the AC is freezing so I need a cardigan", "ac-cardigan")
    layers = worn(reply, "outerwear")
    assert reply["type"] == "outfits" and layers and all(i.kind == "cardigan" for i in layers), reply["reply"]


def test_korean_trousers_said_as_the_topic_are_wished_not_ruled_out():
    heard = extract("바지는 청바지 말고")
    assert heard.avoid_kinds == ("jeans",) and heard.kinds == ("trousers",)


@pytest.mark.parametrize(("text", "said"), [
    ("what colour shoes go with navy trousers?", "With navy trousers: brown, tan or burgundy"),
    ("네이비 슬랙스엔 무슨 색 신발이 어울려?", "네이비 슬랙스에는 낮에는 브라운"),
])
def test_the_shoes_for_trousers_of_a_colour_are_named(services, text, said):
    reply = say(services, text, f"trouser-shoes-{said[:4]}")
    assert reply["reply"].startswith(said), reply["reply"]


def test_a_funeral_tie_names_no_second_colour():
    from chains.dress_code import dress_code

    code = dress_code("funeral", "winter")
    tie = dict(kind="tie", slot="accessory", color="Black", color_family="black", gender="men")
    assert not code.in_palette(Item(id="1", name="Parx Men Black and Purple Tie", **tie), "tie")
    assert code.in_palette(Item(id="2", name="Provogue Men Black Tie", **tie), "tie")


def test_more_like_a_look_keeps_its_dress_or_its_separates(services):
    say(services, "소개팅 룩 추천 여자", "like-shape")
    first = say(services, "좀 더 캐주얼하게", "like-shape")
    reply = say(services, "3번이랑 비슷한거 더", "like-shape")
    model_dress = any(i["slot"] == "onepiece" for i in first["outfits"][2]["items"])
    added = reply["outfits"][len(first["outfits"]):]
    assert added, reply["reply"]
    assert all(any(i["slot"] == "onepiece" for i in o["items"]) == model_dress for o in added)


def test_the_colour_of_a_piece_asked_after_interview_looks_is_the_codes_safest_first(services):
    say(services, "대기업 면접 복장 추천해주세요 남자입니다", "interview-colour")
    reply = say(services, "구두는 무슨색이 좋아요?", "interview-colour")
    assert reply["reply"].startswith("면접에는 블랙"), reply["reply"]
    assert "가장 무난한 건 블랙이에요" in reply["reply"]


@pytest.mark.parametrize(("text", "field", "value"), [
    ("12월에 태국 여행가요 남자 반바지 위주로", "season", "summer"),
    ("parent teacher night, dont want to look like im going to a board meeting. woman", "occasion", "school_meeting"),
    ("동창회 가는데 40대 여자 꾸안꾸로", "occasion", "dinner"),
    ("집들이 가는데 뭐 입지 남자", "occasion", "house_party"),  # (a house party: relaxed, a little put together)
])
def test_places_and_gatherings_a_blind_round_named(text, field, value):
    assert getattr(extract(text).preferences, field) == value


def test_a_cut_ruled_out_leaves_the_trousers_wished():
    heard = extract("와이드팬츠로요 스키니 말고")
    assert heard.kinds == ("trousers",) and not heard.avoid_kinds


def test_no_hoodies_rules_out_hooded_pieces_not_every_sweatshirt():
    from chains.exclusions import FEATURES

    hooded = FEATURES["hoodie"][1]
    sweat = dict(kind="sweatshirt", slot="top", color="Grey", color_family="grey", gender="men")
    assert extract("no hoodies pls").avoid_kinds == ("hoodie",)
    assert hooded(Item(id="1", name="Puma Men Ess Hooded Black Sweatshirt", **sweat))
    assert not hooded(Item(id="2", name="Nike Men Casual Grey Sweatshirt", **sweat))


@pytest.mark.parametrize("text", ["what colour belt with navy chinos and brown shoes?",
                                  "네이비 치노에 갈색 구두 신으면 벨트는 무슨 색?"])
def test_the_belt_follows_the_shoes_leather_whatever_else_is_named(services, text):
    reply = say(services, text, f"belt-{text[:5]}")
    assert reply["reply"].startswith(("Go for a brown belt", "갈색 벨트")), reply["reply"]
