"""What a person says once holds: who they are (pregnant, the maid of honour, going to 시댁), the month said
beside a question, a rule on a metal or a shoe, a change to one accessory, and a dinner out dressed a step up."""

from __future__ import annotations

import pytest

from chains.extract import extract
from domain.items import Item
from domain.traits import traits_of
from tests.garment_photos import draw_garment


@pytest.fixture
def pink_dress_photo(tmp_path):
    return draw_garment(tmp_path / "pink-dress.jpg", (200, 60, 140))


@pytest.fixture
def red_skirt_photo(tmp_path):
    return draw_garment(tmp_path / "red-skirt.jpg", (190, 30, 40))


def say(services, text, image=None, user="ana"):
    return services.stylist.turn(user, text, str(image) if image else None).to_json()


def worn(reply, slot=None):
    return [Item.from_json(i) for o in reply["outfits"] for i in o["items"] if slot is None or i["slot"] == slot]


def test_a_pregnancy_says_whose_clothes_and_keeps_to_flat_shoes_and_easy_cuts(services):
    reply = say(services, "임산부인데 주말에 편하게 입을 옷 추천 좀요", user="bump")
    assert reply["preferences"]["gender"] == "women" and reply["outfits"], reply["reply"]
    assert "임신" in reply["reply"]  # the note on dressing a bump, not "menswear or womenswear?"
    assert not [i.name for i in worn(reply) if i.kind == "heels" or "skinny" in i.name.lower()]


def test_the_maid_of_honour_in_pastels_is_dressed_without_a_question_and_without_dark_clothes(services):
    reply = say(services, "maid of honour at a beach wedding in july, bride said pastels only", user="moh")
    assert reply["type"] == "outfits" and reply["preferences"]["gender"] == "women", reply["reply"]
    clothes = [i for i in worn(reply) if i.slot in ("top", "bottom", "onepiece")]
    assert clothes and not [i.name for i in clothes if i.color_family in ("black", "navy", "brown", "olive")]


def test_a_visit_to_her_future_in_laws_is_dressed_by_day(services):
    reply = say(services, "예비 시댁에 첫인사 가요 뭐 입을까요", user="siddaek")
    assert reply["preferences"]["gender"] == "women" and reply["outfits"], reply["reply"]
    assert not [i.name for i in worn(reply, "accessory") if "clutch" in i.name.lower()]


def test_the_month_said_beside_a_body_question_is_kept_for_the_looks(services):
    reply = say(services, "친구 결혼식 하객룩 뭐가 좋을까요? 10월이고 남자, 키 170에 좀 통통해요", user="oct-guest")
    assert reply["preferences"]["season"] == "fall"
    assert "체격이 있는 남성" in reply["reply"]  # the men's note on a fuller build, not the A-line skirt advice


def test_no_gold_keeps_silver_and_takes_every_gold_piece_away(services, pink_dress_photo):
    say(services, "wearing this dress to a garden wedding in april. what shoes and bag would go?", pink_dress_photo,
        user="silver")
    reply = say(services, "no gold jewellery please, I only wear silver", user="silver")
    assert reply["outfits"] and not [i.name for i in worn(reply) if "gold" in i.name.lower()]


def test_a_smaller_bag_swaps_the_bags_and_keeps_the_jewellery(services):
    first = say(services, "rooftop cocktail party in july, woman, flats only", user="small-bag")
    reply = say(services, "can u swap the bag for something smaller", user="small-bag")
    for before, after in zip(first["outfits"], reply["outfits"]):
        kinds = [traits_of(Item.from_json(i)).kind for i in before["items"]]
        if "bag" in kinds:  # another bag, not none (and never a bangle in its place)
            assert "bag" in [traits_of(Item.from_json(i)).kind for i in after["items"]]
        kept = [i["id"] for i in before["items"] if i["slot"] != "accessory" or "bag" not in i["name"].lower()
                and traits_of(Item.from_json(i)).kind == "jewellery"]
        assert set(kept) <= {i["id"] for i in after["items"]}


def test_a_coat_asked_for_keeps_the_changes_already_made(services, red_skirt_photo):
    say(services, "이 빨간 스커트로 연말 회식룩 가능?? 우리 회사 좀 보수적임", red_skirt_photo, user="coat-too")
    changed = say(services, "상의를 좀 더 포멀하게 바꿔줘", user="coat-too")
    reply = say(services, "12월이라 아우터도 같이 골라줘", user="coat-too")
    tops = lambda r: [i["id"] for o in r["outfits"] for i in o["items"] if i["slot"] == "top"]  # noqa: E731
    assert tops(reply) == tops(changed)  # the formal tops stay: a layer was asked for, not new looks
    assert all(any(i["slot"] == "outerwear" for i in o["items"]) for o in reply["outfits"])


def test_a_nice_dinner_on_a_trip_is_dressed_a_step_up(services):
    say(services, "going to goa for a week in may, what do i pack? male", user="goa-dinner")
    reply = say(services, "need something for a nice dinner one evening too", user="goa-dinner")
    assert reply["outfits"], reply["reply"]
    assert not [i.name for i in worn(reply) if i.kind in ("shorts", "tshirt", "sneakers", "tank")]


def test_knee_length_without_trousers_keeps_skirts_and_dresses():
    heard = extract("my grandad's funeral is on saturday. im a uk 18, need something modest, knee length or longer, "
                    "and I really don't wear trousers")
    # not skirts and dresses too (length unknown): nothing would be left; "modest" rules out shorts
    assert heard.avoid_kinds == ("trousers", "shorts")


def test_black_tie_for_a_man_says_the_catalogue_has_no_dinner_suit(services):
    reply = say(services, "black tie gala in december, what do i wear? guy", user="black-tie-man")
    assert reply["outfits"] and "dinner suit" in reply["reply"], reply["reply"]


def test_lower_heels_for_the_mother_of_the_bride_change_only_the_shoes(services):
    first = say(services, "딸 결혼식에 혼주로 서는데 한복 말고 양장 입으려고 해요. 10월 예식이에요", user="honju")
    graver = say(services, "너무 젊어 보여요 좀 더 점잖은 걸로요", user="honju")
    assert graver["type"] == "outfits" and graver["outfits"], graver["reply"]  # not the help text
    reply = say(services, "구두는 굽 낮은 걸로 해주세요", user="honju")
    assert reply["outfits"] and not [i.name for i in worn(reply, "shoes") if i.kind == "heels"], reply["reply"]
    clothes = lambda r: [[i["id"] for i in o["items"] if i["slot"] != "shoes"] for o in r["outfits"]]  # noqa: E731
    assert clothes(reply) == clothes(graver)
    assert first["preferences"]["gender"] == "women"


def test_meeting_his_girlfriends_parents_is_dressed_in_menswear():
    assert extract("meeting my gfs parents for the first time, what do i wear").preferences.gender == "men"
    assert extract("여친 부모님 첫인사 뭐 입지").preferences.gender == "men"
    assert extract("my gf's friends are throwing a party").preferences.gender is None


def test_brown_shoes_instead_of_black_change_the_shoes_or_say_why_not(services):
    say(services, "final round interview at a law firm next tuesday, guy", user="brown-shoes")
    reply = say(services, "#1 but brown shoes instead of black, keep everything else", user="brown-shoes")
    assert "black" not in reply["preferences"]["avoid_colors"]  # the black shoes go, not every black piece
    shoes = [i for i in reply["outfits"][0]["items"] if i["slot"] == "shoes"]
    assert shoes[0]["color_family"] == "brown" or "takes black shoes" in reply["reply"], reply["reply"]
    assert "has no brown" not in reply["reply"]


def test_a_trend_asked_for_men_names_menswear_and_the_looks_around_it_wear_it(services):
    trend = say(services, "what's trending this spring for guys?", user="trend-guy")
    assert "flats" not in trend["reply"] and "feminine" not in trend["reply"], trend["reply"]
    looks = say(services, "ok build me a look around that for weekend brunch", user="trend-guy")
    assert looks["outfits"] and "rising" in looks["reply"], looks["reply"]


def test_a_cold_run_to_the_gym_gets_no_scarf(services):
    say(services, "헬스장 처음 가는데 뭐 입고 가야됨? 남자임", user="gym-run")
    reply = say(services, "가을 아침에 뛰어서 가는데 좀 추워", user="gym-run")
    assert reply["outfits"] and not [i.name for i in worn(reply) if i.kind == "scarf"]


def test_other_shoes_change_the_shoes_and_nothing_else(services):
    first = say(services, "친구 결혼식 하객룩 뭐가 좋을까요? 10월이고 남자", user="other-shoes")
    reply = say(services, "신발 다른거 보여줘", user="other-shoes")
    assert len(reply["outfits"]) == len(first["outfits"])  # the same looks, not new ones
    pairs = list(zip(first["outfits"], reply["outfits"]))
    rest = lambda o: [i["id"] for i in o["items"] if i["slot"] != "shoes"]  # noqa: E731
    shoes = lambda o: [i["id"] for i in o["items"] if i["slot"] == "shoes"]  # noqa: E731
    assert all(rest(a) == rest(b) for a, b in pairs)
    assert sum(shoes(a) != shoes(b) for a, b in pairs) > len(pairs) // 2


def test_socks_or_no_socks_is_a_question_answered_not_socks_ruled_out():
    heard = extract("socks or no socks with these? and what colour")
    assert heard.avoid_kinds == () and "shoes:socks" in heard.topics


def test_a_top_asked_for_beside_trousers_one_owns_asks_whose_clothes_in_one_short_question(services):
    reply = say(services, "I have olive cargo pants, what top should I wear with them? going to a bbq saturday",
                user="olive-cargo")
    assert reply["type"] == "question" and reply["asks"] == ["gender"], reply["reply"]
    assert reply["reply"].startswith("Olive trousers go best with") and len(reply["reply"]) < 200


def test_the_weather_said_next_keeps_the_relaxed_direction_and_drops_the_tie(services):
    say(services, "meeting my gf's parents for the first time at dinner. don't want to look like i'm trying too hard",
        user="humid-parents")
    reply = say(services, "guy lol. it's summer and super humid", user="humid-parents")
    assert reply["outfits"] and {o["style"] for o in reply["outfits"]} == {"minimal"}, reply["reply"]
    assert not [i.name for i in worn(reply) if i.kind == "tie"]


def test_a_usual_korean_top_size_is_heard_as_a_size_not_as_everyday():
    heard = extract("사이즈는 어떻게 골라야돼요? 평소 상의 105 입어요")
    assert heard.size_said == "105" and heard.preferences.occasion is None


@pytest.mark.parametrize("text", ["will the jacket in #1 go with different tops?", "#1 재킷이랑 다른 상의도 어울려?",
                                  "can I wear #2's skirt with a different top?"])
def test_other_pieces_asked_beside_one_to_keep_swap_only_those(text):
    heard = extract(text)
    assert "swap" in heard.followups and heard.slots == ("top",)


def test_different_tops_under_the_jacket_of_look_one_keep_the_jacket(services):
    first = say(services, "casual looks for fall, women", user="other-tops")
    jacket = [i.id for i in worn({"outfits": first["outfits"][:1]}, "outerwear")]
    reply = say(services, "will the jacket in #1 go with different tops?", user="other-tops")
    look = {"outfits": reply["outfits"][:1]}
    assert jacket and [i.id for i in worn(look, "outerwear")] == jacket, reply["reply"]
    assert [i.id for i in worn(look, "top")] != [i.id for i in worn({"outfits": first["outfits"][:1]}, "top")]


def test_a_jacket_too_adds_a_layer_and_keeps_the_season(services):
    say(services, "casual looks for fall, women", user="jacket-too")
    reply = say(services, "a jacket too please", user="jacket-too")
    assert reply["preferences"]["season"] == "fall", reply["reply"]  # a layer asked for, not winter
    assert all(any(i["slot"] == "outerwear" for i in o["items"]) for o in reply["outfits"])
