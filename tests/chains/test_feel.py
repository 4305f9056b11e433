"""How the looks should feel ("nothing too tight", "less bulky", "안 미끄러운 신발", "no cotton", "darker
colours pls"): heard in both languages, and kept out of the looks, new or changed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chains.extract import extract
from chains.feel import FEELINGS, Feel
from domain.items import Item


def piece(name: str, slot: str, kind: str, family: str = "black", **more) -> Item:
    return Item(id=name, name=name, kind=kind, slot=slot, color=family.title(), color_family=family, gender="women",
                **more)


@pytest.mark.parametrize(("text", "said"), [
    ("nothing too tight pls", ("relaxed",)),
    ("너무 붙는 건 싫어요", ("relaxed",)),
    ("less bulky pls", ("sleek",)),
    ("패딩이 너무 부해 보여요", ("sleek",)),
    ("애기 안고 있어야돼서 편한게 좋아요", ("comfort",)),
    ("1번 신발 안 미끄러운걸로", ("grip",)),
    ("no cotton", ("no:cotton",)),
    ("wool is itchy on me", ("no:wool",)),
    ("I'm vegan", ("no:leather",)),
    ("면 소재 말고", ("no:cotton",)),
    ("darker colours pls", ("tone:dark",)),
    ("좀 밝은 색으로 해줘", ("tone:light",)),
    ("연말 파티 드레스코드 블랙앤화이트래요", ("palette:black", "palette:white")),
    ("all black outfit for a gig", ("palette:black",)),
    ("a white cotton shirt outfit", ()),  # a fabric named is no fabric ruled out, a colour wished no dress code
    ("겨울 코디 추천해 주면 좋겠어요", ()),  # ("겨울" and "하면" hold no wool or cotton)
])
def test_how_the_looks_should_feel_is_heard(text, said):
    assert extract(text).feel.said == said


def test_lighter_colours_are_a_tone_not_cooler_clothes():
    heard = extract("lighter colours please")
    assert heard.feel.tone == "light" and "cooler" not in heard.followups
    assert "cooler" in extract("something lighter, it's hot").followups


@pytest.mark.parametrize(("feel", "item", "fits"), [
    (Feel(relaxed=True), piece("Vero Moda Women Black Skinny Jeans", "bottom", "jeans"), False),
    (Feel(relaxed=True), piece("Femella Women Charcoal Leggings", "bottom", "leggings", "grey"), False),
    (Feel(relaxed=True), piece("French Connection Women Black Trousers", "bottom", "trousers"), True),
    (Feel(comfort=True), piece("Femella Women Charcoal Leggings", "bottom", "leggings", "grey"), True),
    (Feel(comfort=True), piece("Carlton London Women Black Pumps", "shoes", "heels"), False),
    # a longer line for the short: no cropped or jogger trousers, no tunic, no leggings
    (Feel(long=True), piece("Flying Machine Women Viscose Black Capris", "bottom", "trousers"), False),
    (Feel(long=True), piece("Femella Women White Printed Tunic", "top", "top", "white"), False),
    (Feel(long=True), piece("Femella Women Charcoal Leggings", "bottom", "leggings", "grey"), False),
    (Feel(long=True), piece("French Connection Women Black Trousers", "bottom", "trousers"), True),
    # broad shoulders: nothing that widens them
    (Feel(soft_shoulder=True), piece("Forever New Women Puff Sleeve Tux Black Jacket", "outerwear", "blazer"), False),
    (Feel(soft_shoulder=True), piece("Vero Moda Women Boat Neck Grey Top", "top", "top", "grey"), False),
    (Feel(soft_shoulder=True), piece("Vero Moda Women V-Neck Grey Top", "top", "top", "grey"), True),
    (Feel(sleek=True), replace(piece("Benetton Women Solid Navy Jacket", "outerwear", "jacket", "navy"),
                               warmth="heavy"), False),
    (Feel(sleek=True), replace(piece("Forever New Women Long Black Coat", "outerwear", "coat"), warmth="heavy"), True),
    (Feel(grip=True), piece("Catwalk Women Black Casual Shoes", "shoes", "sneakers"), False),
    (Feel(grip=True), piece("Carlton London Women Grey Boots", "shoes", "boots", "grey"), True),
    (Feel(fabrics_out=("cotton",)), piece("Nike Men Grey Sweatshirt", "top", "sweatshirt", "grey"), False),
    (Feel(fabrics_out=("cotton",)), piece("Arrow Men Black Sweater", "top", "sweater"), True),
    (Feel(fabrics_out=("leather",)), piece("Lino Perros Women Leather Black Handbag", "accessory", "bag"), False),
    (Feel(tone="dark"), piece("Jealous 21 Women Solid White Sweater", "top", "sweater", "white"), False),
    (Feel(tone="dark"), piece("Newfeel Unisex White Shoes", "shoes", "sneakers", "white"), True),  # shoes keep theirs
    (Feel(tone="light"), piece("Arrow Men Black Sweater", "top", "sweater"), False),
])
def test_a_piece_fits_the_feel_by_its_kind_name_and_colour(feel, item, fits):
    assert feel.fits(item) is fits


def test_the_feel_holds_for_the_request_but_a_fabric_for_the_conversation():
    said = Feel(relaxed=True, fabrics_out=("wool",), tone="dark")
    assert Feel.of(list(said.said)) == said
    assert said.then(Feel(grip=True), new_request=False) == replace(said, grip=True)
    assert said.then(Feel(), new_request=True) == Feel(fabrics_out=("wool",))


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


def pieces(reply):
    return [Item.from_json(i) for o in reply["outfits"] for i in o["items"]]


@pytest.mark.parametrize(("opening", "follow_up", "feel", "said"), [
    ("casual weekend outfit for women", "nothing too tight pls", Feel(relaxed=True), "Nothing tight"),
    ("casual weekend outfit for a man", "no cotton", Feel(fabrics_out=("cotton",)), "fabric"),
    ("여자 데일리룩 추천해줘", "좀 어두운 색으로", Feel(tone="dark"), "어두운 색"),
])
def test_a_feel_said_after_the_looks_changes_what_goes_against_it(services, opening, follow_up, feel, said):
    user = f"feel-{len(opening)}-{len(follow_up)}"
    first = say(services, opening, user)
    assert first["outfits"], first["reply"]
    reply = say(services, follow_up, user)
    assert reply["type"] == "outfits" and said in reply["reply"], reply["reply"]
    assert reply["outfits"] and all(feel.fits(i) for i in pieces(reply)), [
        i.name for i in pieces(reply) if not feel.fits(i)]


def test_comfort_said_with_the_request_keeps_to_flat_shoes(services):
    reply = say(services, "애기 안고 있어야돼서 편한게 좋아요 주말 나들이 코디 여자", "comfy")
    shoes = [i for i in pieces(reply) if i.slot == "shoes"]
    assert shoes and not [i for i in shoes if i.kind == "heels"]
    assert "굽 없는 신발" in reply["reply"]


def test_a_colour_dress_code_holds_for_every_piece_of_clothing_and_the_shoes(services):
    reply = say(services, "올블랙으로 주말 코디해줘 여자", "palette")
    worn = [i for i in pieces(reply) if i.slot in ("top", "bottom", "onepiece", "outerwear", "shoes")]
    assert worn and {i.color_family for i in worn} == {"black"}, [(i.name, i.color_family) for i in worn]
    assert "말씀하신 대로 옷과 신발은 모두" in reply["reply"]


def test_earthy_tones_keep_bright_colours_off_the_clothes():
    heard = extract("no bright colours, i like earthy tones")
    assert heard.feel.tone == "earthy"
    purple = Item(id="p", name="Nike Women Purple Sweatshirt", kind="sweatshirt", slot="top", color="Purple",
                  color_family="purple", gender="women")
    olive = Item(id="o", name="Roadster Women Olive Jacket", kind="jacket", slot="outerwear", color="Olive",
                 color_family="olive", gender="women")
    assert not heard.feel.fits(purple, False) and heard.feel.fits(olive, False)
    assert Feel.of(heard.feel.said) == heard.feel  # stored on the conversation and read back the same


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("feeling", FEELINGS)
def test_every_feeling_the_looks_keep_to_is_said_in_both_languages(lang, feeling):
    from chains.looks import feel_notes
    from chains.state import Outfit

    look = Outfit("minimal", (Item(id="1", name="Navy Shirt", kind="shirt", slot="top", color="Navy", color_family="navy",
                                   gender="men"),), "")
    note = feel_notes(lang, Feel(**{feeling: True}), [look])
    assert note.strip() and "{" not in note  # one sentence on what the looks left out, in the page's language


def test_lighter_colours_keep_charcoal_out_but_not_a_mid_grey():
    charcoal = Item(id="c", name="Charcoal Lace Dress", kind="dress", slot="onepiece", color="Charcoal", color_family="grey",
                    gender="women")
    assert not Feel(tone="light").fits(charcoal)
    assert Feel(tone="light").fits(replace(charcoal, color="Grey Melange", name="Grey Melange Dress"))


@pytest.mark.parametrize(("name", "slot", "colour", "family", "fits"), [
    ("Pink Dress", "onepiece", "Pink", "pink", True),
    ("Lavender Top", "top", "Lavender", "purple", True),
    ("Cream Skirt", "bottom", "Cream", "beige", True),
    ("Magenta Dress", "onepiece", "Magenta", "pink", False),  # pink by family, far too strong for pastels
    ("Grey Trousers", "bottom", "Grey", "grey", False),  # a mid grey is no pastel
    ("Red Top", "top", "Red", "red", False),
    ("Yellow Top", "top", "Yellow", "yellow", False),  # light, but at full strength
    ("Multi Coloured Playsuit", "onepiece", "Pink", "pink", False),  # the name says more than the label
    ("Blue Jacket", "outerwear", "Blue", "blue", True),  # few jackets come in pastels: a light-enough one does
    ("Navy Jacket", "outerwear", "Navy Blue", "navy", False),
])
def test_pastels_are_light_and_soft_by_the_colours_shade(name, slot, colour, family, fits):
    item = Item(id=name, name=name, kind="dress", slot=slot, color=colour, color_family=family, gender="women")
    assert extract("bride said pastels only").feel.tone == "pastel"
    assert Feel(tone="pastel").fits(item) == fits
