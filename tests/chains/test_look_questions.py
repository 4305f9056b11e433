"""Questions about one look on screen ("is #2 ok for a 50 year old?", "would #1 work for a funeral?")
get an answer about that look and leave the looks as they are; "#2's shoes are too casual" changes
that piece to a dressier one; "warmer" on looks already warmly layered says so."""

from __future__ import annotations

from collections import Counter

import pytest

from chains.extract import extract
from chains.review import review_look
from chains.state import Outfit
from domain.items import Item
from domain.traits import dressiness, formality_rank_of


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


def piece(id_: str, name: str, kind: str, slot: str, colour: str, usage: str = "casual") -> Item:
    return Item(id=id_, name=name, kind=kind, slot=slot, color=colour, color_family=colour.lower(),
                gender="women", usage=usage)


TEEN_LOOK = Outfit("casual", (
    piece("1", "Roxy Women Grey Printed Sweatshirt", "sweatshirt", "top", "Grey"),
    piece("2", "Hanes Women Navy Cotton Stretch Leggings", "leggings", "bottom", "Navy"),
    piece("3", "Catwalk Women Black Casual Shoes", "sneakers", "shoes", "Black"),
), "")
OFFICE_LOOK = Outfit("classic", (
    piece("4", "Scullers For Her Women Solid Black Sweater", "sweater", "top", "Black", "formal"),
    piece("5", "Arrow Woman Navy Blue Trousers", "trousers", "bottom", "Navy", "formal"),
    piece("6", "Carlton London Women Black Pumps", "heels", "shoes", "Black", "formal"),
), "")


@pytest.mark.parametrize(("text", "look", "starts", "names"), [
    ("is #1 ok for a 55 year old?", TEEN_LOOK, "Not quite at 55", ("sweatshirt", "leggings")),
    ("is #1 ok for a 55 year old?", OFFICE_LOOK, "Yes, look 1 works", ()),
    ("would #1 work for a funeral?", TEEN_LOOK, "Not for a funeral", ()),
    ("is look 1 ok for work?", OFFICE_LOOK, "Yes, look 1 works for work", ()),
    ("1번 50대한테 어때?", TEEN_LOOK, "1번 코디는 50대에도 조금 아쉬워요", ("맨투맨",)),
])
def test_a_look_is_judged_for_the_age_or_occasion_asked(text, look, starts, names):
    heard = extract(text)
    said, _misfits = review_look(heard.language, 1, look, heard, "daily", "winter", "women")
    assert said.startswith(starts), said
    assert all(name in said for name in names), said


def test_the_question_is_read_as_one_about_a_look():
    assert extract("would #1 work for a funeral?").preferences.occasion is None  # "work" is the verb here
    assert extract("I need something to wear to work for a meeting").preferences.occasion == "work"
    assert extract("is the second one ok for my mom, she's 60").age == 60
    assert extract("3번은 50대한테 어때?").age == 50
    assert extract("2번 스커트 바꿔줘").target_look == 2
    assert extract("1번 괜찮아?").target_look == 1


def test_a_question_about_a_look_answers_and_keeps_the_looks(services):
    first = say(services, "casual weekend outfits for a woman", "asker")
    asked = say(services, "would #1 work for a funeral?", "asker")
    assert asked["type"] == "answer" and not asked["outfits"]
    assert asked["reply"].startswith("Not for a funeral"), asked["reply"]
    assert "Looks for a funeral" in asked["quick_replies"]
    assert asked["preferences"]["occasion"] == first["preferences"]["occasion"]  # asking is no new brief
    swapped = say(services, "swap the shoes on #2", "asker")  # the looks asked about are still there
    kept = [[i["id"] for i in o["items"]] for n, o in enumerate(swapped["outfits"]) if n != 1]
    assert kept == [[i["id"] for i in o["items"]] for n, o in enumerate(first["outfits"]) if n != 1]


def test_shoes_said_to_be_too_casual_become_dressier_in_that_look_only(services):
    first = say(services, "winter office looks for a woman, classic", "dressier")
    reply = say(services, "aren't the shoes on #1 too casual?", "dressier")
    assert reply["type"] == "outfits"
    before = [Item.from_json(i) for i in first["outfits"][0]["items"]]
    after = [Item.from_json(i) for i in reply["outfits"][0]["items"]]
    old_shoes = next(i for i in before if i.slot == "shoes")
    new_shoes = next(i for i in after if i.slot == "shoes")
    if reply["reply"].startswith("I couldn't") or "stays as it was" in reply["reply"]:  # (and why)
        assert new_shoes == old_shoes
    else:
        assert dressiness(new_shoes) > dressiness(old_shoes)
        assert [i for i in after if i.slot != "shoes"] == [i for i in before if i.slot != "shoes"]
    assert reply["outfits"][1:] == first["outfits"][1:]


@pytest.mark.parametrize(("text", "kind", "family"), [
    ("show me outfits with a purple cardigan, I'm a woman", "cardigan", "purple"),
    ("베이지 니트에 어울리는 코디 추천해줘 (여자)", "sweater", "beige"),
])
def test_a_named_garment_is_in_every_look_even_when_the_catalogue_has_none(services, text, kind, family):
    reply = say(services, text, f"named-{kind}")
    assert reply["outfits"], reply["reply"]
    for outfit in reply["outfits"]:
        assert any(i["kind"] == kind and i["color_family"] == family for i in outfit["items"]), outfit["items"]
    stand_ins = [i for o in reply["outfits"] for i in o["items"] if i["source"] == "upload"]
    if stand_ins:  # built around one "as if it were yours", and the reply says so
        assert "as if it were yours" in reply["reply"] or "갖고 계신 옷이라 생각하고" in reply["reply"]
        assert say(services, "save it to my wardrobe", f"named-{kind}")["reply"]  # nothing to save, no error


@pytest.mark.parametrize(("text", "said", "colour"), [
    ("what goes with my mustard cardigan? women", "mustard", "Mustard"),
    ("머스타드 가디건에 어울리는 코디 추천해줘 여자", "머스타드", "Yellow"),
])
def test_a_named_garment_keeps_the_shade_the_person_said(services, text, said, colour):
    reply = say(services, text, f"shade-{colour}")
    cardigans = [i for o in reply["outfits"] for i in o["items"] if i["kind"] == "cardigan"]
    assert cardigans, reply["reply"]
    assert said in reply["reply"].lower() and "yellow cardigan" not in reply["reply"].lower()
    for piece_ in (i for i in cardigans if i["source"] == "upload"):  # the stand-in's name and swatch
        assert piece_["name"].lower().startswith(said) and piece_["color"] == colour


def _median_formality(outfits) -> int:
    ranks = sorted(formality_rank_of(Item.from_json(i)) for o in outfits for i in o["items"]
                   if i["source"] == "catalog" and i["slot"] not in ("accessory",))
    return ranks[len(ranks) // 2]


def test_more_formal_looks_are_never_less_formal_than_the_looks_they_replace(services):
    first = say(services, "outfit for the office christmas party, smart casual, I'm female", "dressier-all")
    reply = say(services, "more formal", "dressier-all")
    assert reply["outfits"], reply["reply"]
    floor = _median_formality(first["outfits"])
    for outfit in reply["outfits"]:
        worn = [Item.from_json(i) for i in outfit["items"] if i["slot"] in ("top", "bottom", "onepiece", "shoes")]
        assert all(formality_rank_of(i) >= floor for i in worn), [i.name for i in worn]


def test_in_another_colour_leaves_out_the_colours_on_screen(services):
    first = say(services, "winter office looks for a man", "recolour-all")
    reply = say(services, "in a different colour", "recolour-all")
    assert reply["outfits"], reply["reply"]
    worn = Counter(i["color_family"] for o in first["outfits"] for i in o["items"]
                   if i["slot"] in ("top", "bottom", "onepiece", "outerwear"))
    main = {family for family, _ in worn.most_common(3)}
    again = [i["name"] for o in reply["outfits"] for i in o["items"]
             if i["slot"] in ("top", "bottom", "onepiece", "outerwear") and i["color_family"] in main]
    assert not again and "leave out" in reply["reply"], reply["reply"]


def test_one_look_said_to_be_too_dressy_is_restyled_alone_and_a_question_about_it_is_answered_no(services):
    first = say(services, "what do i wear to my son's college graduation? im his mom", "too-dressy")
    asked = say(services, "is look 2 too dressy for it?", "too-dressy")
    assert asked["type"] == "answer" and not asked["outfits"]
    assert asked["reply"].startswith(("No, look 2 isn't too dressy", "Not quite", "Not for")), asked["reply"]
    relaxed = say(services, "#3 is too dressy, something more relaxed", "too-dressy")
    others = [o for n, o in enumerate(relaxed["outfits"]) if n != 2]
    assert others == [o for n, o in enumerate(first["outfits"]) if n != 2]
    assert relaxed["outfits"][2] != first["outfits"][2] and relaxed["outfits"][2]["style"] != "classic"


def test_a_jacket_taken_off_one_look_in_winter_comes_off_with_a_word_about_the_cold(services):
    first = say(services, "회사 송년회 파티룩 남자", "no-jacket")
    layered = next(n for n, o in enumerate(first["outfits"]) if any(i["slot"] == "outerwear" for i in o["items"]))
    reply = say(services, f"{layered + 1}번에서 자켓 빼도 돼요?", "no-jacket")
    assert reply["reply"].startswith("네, 실내에서는 괜찮아요"), reply["reply"]
    assert not [i for i in reply["outfits"][layered]["items"] if i["slot"] == "outerwear"]


def test_one_look_in_another_colour_changes_that_look_only(services):
    first = say(services, "graduation ceremony this month, im the grad, female", "one-recolour")
    reply = say(services, "can you do look 2 in another colour?", "one-recolour")
    assert reply["reply"].startswith(("Here is look 2", "Look 2 changed")), reply["reply"]
    garments = lambda look: [i for i in look["items"] if i["slot"] in ("top", "bottom", "onepiece")]
    before, after = garments(first["outfits"][1]), garments(reply["outfits"][1])
    assert {i["color_family"] for i in after} != {i["color_family"] for i in before}
    assert reply["outfits"][0] == first["outfits"][0]
    if reply["reply"].startswith("Look 2 changed"):  # what changed is said, the new colour first
        recoloured = next(i for i in after if i not in before)
        assert recoloured["color"].lower() in reply["reply"], reply["reply"]


def test_an_age_said_once_answers_does_it_suit_my_age_later(services):
    say(services, "church on sunday with my in-laws, male, 60 yrs old", "my-age")
    reply = say(services, "does look 1 suit someone my age?", "my-age")
    assert reply["reply"].startswith(("Yes, look 1 works in your 60s", "Not quite in your 60s")), reply["reply"]


def test_a_kind_ruled_out_once_the_occasion_is_known_brings_looks_without_it(services):
    say(services, "친구 결혼식 초대받았어요", "no-dress")
    say(services, "여자예요", "no-dress")
    reply = say(services, "드레스는 안 입어요", "no-dress")
    assert reply["outfits"] and not [i for o in reply["outfits"] for i in o["items"] if i["kind"] == "dress"]


def test_ones_own_garment_is_never_styled_in_menswear_and_womenswear_at_once(
        services, tmp_path):
    from garment_photos import draw_garment

    photo = draw_garment(tmp_path / "pink.jpg", (236, 150, 180))
    services.stylist.turn("pink-own", "what goes with these trousers?", str(photo))
    reply = say(services, "whatever", "pink-own")
    assert reply["outfits"], reply["reply"]
    wearers = {i["gender"] for o in reply["outfits"] for i in o["items"] if i["source"] == "catalog"} - {"unisex"}
    assert len(wearers) == 1, wearers  # one wardrobe, said, with how to switch
    assert "to switch" in reply["reply"], reply["reply"]


@pytest.mark.parametrize(("text", "start"), [
    ("are puffer jackets still in this winter?", "The catalogue's own winter listings"),
    ("청바지 아직 입어도 돼? 유행 지났어?", "카탈로그의 겨울 상품에서는"),
])
def test_whether_a_piece_is_still_in_is_answered_about_that_piece(services, text, start):
    reply = say(services, text, f"still-in-{len(text)}")
    assert reply["type"] == "answer" and reply["reply"].startswith(("Yes:", "네,", start)), reply["reply"]


def test_a_usual_size_is_answered_as_a_size_question_and_numbers_keep_the_conversations_language(services):
    say(services, "회사 송년회 파티룩 남자", "usual-size")
    asked = say(services, "사이즈는 보통 L 입는데 이 셔츠도 L 사면 돼요?", "usual-size")
    assert asked["type"] == "answer" and asked["reply"].startswith("다른 옷도 L 사이즈가"), asked["reply"]
    sized = say(services, "180cm 75kg", "usual-size")
    assert "상의" in sized["reply"], sized["reply"]  # still in Korean
