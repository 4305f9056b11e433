"""Ordinary requests a shop assistant would simply carry out: a swap into a piece the look lacks, one more
look like a changed one, a size when whose clothes was asked and not said, a fabric ruled out, a photo's
colour put right in the same breath as the occasion."""

from __future__ import annotations


import pytest

from domain.items import Item


def say(services, text, image=None, user="ana"):
    return services.stylist.turn(user, text, str(image) if image else None).to_json()


def test_boots_instead_of_sneakers_go_on_a_look_that_wore_other_shoes(services):
    first = say(services, "date night outfit, man, formal shoes please", user="boots-swap")
    number = next(n for n, o in enumerate(first["outfits"], 1)
                  if not any(i["kind"] in ("sneakers", "boots") for i in o["items"]))
    reply = say(services, f"#{number} but with boots instead of sneakers", user="boots-swap")
    shoes = [i for i in reply["outfits"][number - 1]["items"] if i["slot"] == "shoes"]
    assert shoes and shoes[0]["kind"] == "boots", reply["reply"]
    assert reply["outfits"][:number - 1] == first["outfits"][:number - 1]  # the other looks stay


def test_one_more_like_a_look_after_a_named_garment_adds_a_look(services, tmp_path):
    from tests.garment_photos import draw_garment

    knit = draw_garment(tmp_path / "knit.png", (240, 240, 235))
    say(services, "this is my white sweater, office looks for a man", image=knit, user="more-like")
    say(services, "청바지 말고 슬랙스로 해줘", user="more-like")
    shown = say(services, "2번이랑 비슷한 거 하나 더", user="more-like")
    assert "0가지" not in shown["reply"]
    assert shown["reply"].startswith("2번과 비슷한 코디 한 가지를") or "찾지 못해" in shown["reply"]


def test_a_size_asked_after_whose_clothes_went_unanswered_gives_both_wardrobes(services):
    say(services, "interview tomorrow, what do i wear?", user="size-both")  # asks whose clothes
    reply = say(services, "what size shirt for 6'1 and 185 lbs?", user="size-both")
    assert reply["type"] == "answer" and "in menswear" in reply["reply"] and "in womenswear" in reply["reply"]


def test_a_fabric_ruled_out_leaves_the_note_and_the_looks(services):
    reply = say(services, "black tie optional gala in december, what do i wear? guy. no velvet", user="velvet")
    assert "velvet" not in reply["reply"].lower().replace("no velvet", "")
    names = [i["name"].lower() for o in reply["outfits"] for i in o["items"]]
    assert not any("velvet" in n for n in names)


def test_what_shoes_go_with_a_navy_suit_is_answered_about_shoes_at_black_tie_too(services):
    say(services, "black tie optional gala in december, what do i wear? guy", user="suit-shoes")
    reply = say(services, "what shoes go with a navy suit?", user="suit-shoes")
    assert reply["reply"].startswith("Which shoes go with it"), reply["reply"]


def test_a_photo_colour_put_right_with_the_occasion_is_the_photo_not_a_wish(services, tmp_path):
    from tests.garment_photos import draw_garment

    slacks = draw_garment(tmp_path / "slacks.png", (200, 180, 150))
    say(services, "이 바지에 어울리는 상의 추천해줘. 이거 슬랙스야", image=slacks, user="recolour")
    reply = say(services, "베이지 아니고 연핑크 슬랙스야. 여자고 출근할 때 입을 거", user="recolour")
    assert reply["type"] == "outfits" and reply["preferences"]["occasion"] == "work"
    assert not reply["preferences"]["colors"] and not reply["preferences"]["avoid_colors"]
    own = [Item.from_json(i) for o in reply["outfits"] for i in o["items"] if i["source"] == "upload"]
    assert own and all(i.color_family == "pink" for i in own)
    assert reply["reply"].startswith("갖고 계신 핑크 슬랙스")


@pytest.mark.parametrize(("text", "kind", "not_it"), [
    ("what bottoms would go with this?", "dress", True), ("what bottoms would go with this?", "trousers", True),
    ("what bottoms would go with this?", "tshirt", False), ("이거에 어울리는 바지 추천해줘", "jeans", True),
    ("what top goes with this?", "skirt", False), ("what shoes go with this?", "dress", False),
    ("what shoes and bag would go?", "bag", True), ("내일 장례식장 가야되는데 이 신발 신어도 돼요?", "shoes", False),
])
def test_asking_for_the_photos_own_slot_says_the_photo_is_something_else(text, kind, not_it):
    from chains.actions import _asks_for_what_it_is
    from chains.extract import extract

    assert _asks_for_what_it_is(extract(text), kind) is not_it


def test_every_funeral_suit_in_winter_wears_a_plain_dark_tie(services):
    reply = say(services, "what should I wear to a funeral on thursday? I'm a man", user="funeral-ties")
    suited = [o for o in reply["outfits"] if any(i["kind"] == "blazer" for i in o["items"])]
    assert suited
    for outfit in suited:  # (ties carry no season: a silk tie filed under summer goes in December too)
        ties = [i for i in outfit["items"] if i["kind"] == "tie"]
        assert ties and ties[0]["color_family"] in ("black", "navy", "grey", "charcoal"), outfit["items"]


def test_no_tie_said_in_korean_puts_no_tie_on_any_look(services):
    reply = say(services, "상견례 가는데 뭐 입지? 남자 33살. 넥타이는 안 해요", user="no-tie-ko")
    assert reply["outfits"]
    assert not any(i["kind"] == "tie" for o in reply["outfits"] for i in o["items"])


def test_a_coat_asked_in_a_colour_the_catalogue_lacks_keeps_the_look_and_says_so(services):
    first = say(services, "graduation for my daughter, woman in her 50s, december", user="camel")
    coated = next((n for n, o in enumerate(first["outfits"], 1) if any(i["slot"] == "outerwear" for i in o["items"])), None)
    assert coated
    reply = say(services, f"only the coat on #{coated} in camel please", user="camel")
    coat = next(i for i in reply["outfits"][coated - 1]["items"] if i["slot"] == "outerwear")
    # camel (brown) where one suits, else the look as it was and the reply says so: never another colour
    assert coat["color_family"] == "brown" or (reply["outfits"] == first["outfits"] and "no brown" in reply["reply"])


def test_the_safest_colour_is_answered_in_both_languages(services):
    assert "neutrals" in say(services, "what's the safest colour for a winter coat?", user="safe-en")["reply"]
    assert "뉴트럴" in say(services, "코트 색은 뭐가 무난해요?", user="safe-ko")["reply"]


@pytest.mark.parametrize(("text", "statement"), [
    ("is a trench coat too much for work?", False), ("is a bolo tie too much for work?", True),
    ("is a wool coat too much for an interview?", False),
])
def test_a_classic_cut_is_no_statement_piece(text, statement):
    from chains.extract import extract
    from chains.verdicts import _statement

    assert _statement(extract(text)) is statement


@pytest.mark.parametrize(("name", "slot", "allowed"), [
    ("Quechua Wayta Jr Blue", "shoes", False), ("ADIDAS Men Red Pre L Boot Sports Shoes", "shoes", False),
    ("Nike Men Egoli FG Fluorescent Green Sports Shoes", "shoes", False),
    ("Quechua Forclaz 800 Trek Man", "shoes", True), ("Timberland Men Juniors Beige Casual Shoes", "shoes", False),
])
def test_kids_sizes_and_football_boots_never_go_on_a_hike(name, slot, allowed):
    from chains.dress_code import dress_code

    item = Item(id=name, name=name, kind="sneakers", slot=slot, color="Blue", color_family="blue", gender="men")
    assert dress_code("hiking", "winter").allows(item) is allowed


def test_swap_the_shoes_for_something_that_isnt_sneakers_swaps_them(services):
    first = say(services, "first day at a design agency, guy, smart casual", user="not-sneakers")
    before = next(i for i in first["outfits"][0]["items"] if i["slot"] == "shoes")
    reply = say(services, "swap the shoes on look 1 for something that isn't sneakers", user="not-sneakers")
    after = next(i for i in reply["outfits"][0]["items"] if i["slot"] == "shoes")
    assert not reply["reply"].startswith("Look 1 has no sneakers")  # the shoes are what was asked to change
    assert after["kind"] != "sneakers"
    assert after["id"] != before["id"] or reply["reply"].startswith("I couldn't find pieces that make that change")


def test_a_beach_wedding_dresses_for_the_sand_without_a_tie(services):
    reply = say(services, "beach formal wedding in cancun, im a guy", user="beach-wedding")
    assert reply["outfits"] and "beach wedding" in reply["reply"]
    assert reply["preferences"]["occasion"] == "wedding"  # the chat contract's word for it
    worn = [i for o in reply["outfits"] for i in o["items"]]
    assert not any(i["kind"] in ("tie", "coat", "boots", "sneakers") for i in worn), [i["name"] for i in worn]


def test_going_without_tights_in_winter_gets_the_tights_note(services):
    reply = say(services, "타이츠 없이는 무리겠죠?", user="tights")
    assert "데니어" in reply["reply"] or "타이츠" in reply["reply"], reply["reply"]


def test_no_heels_rules_out_a_heeled_sandal_by_its_name():
    from chains.exclusions import is_of_kind

    heeled = Item(id="h", name="Clarks Women Navy Blue Handcrafted Leather Heels", kind="sandals", slot="shoes",
                  color="Navy Blue", color_family="navy", gender="women")
    flat = Item(id="f", name="Cobblerz Women Brown Sandals", kind="sandals", slot="shoes", color="Brown",
                color_family="brown", gender="women")
    assert is_of_kind(heeled, ("heels",)) and not is_of_kind(flat, ("heels",))


def test_which_boots_for_the_snow_gets_the_warm_boots_note(services):
    reply = say(services, "what boots would work for walking around the village in snow?", user="snow-boots")
    assert reply["reply"].startswith("Boots warm enough"), reply["reply"]
