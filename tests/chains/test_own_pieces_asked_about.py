"""A piece the person owns and asks about is the piece the looks are built around: a suit they will wear
("what shirt and tie with my navy suit?"), a coat they just bought ("안에 뭐 입어?"), a suit that no longer fits
(none to wear, so separates); and one piece of a look traded for another kind ("1번 바지 청바지로")."""

from __future__ import annotations

import pytest

from chains.extract import extract
from domain.colors import catalogue_colour, hex_of
from domain.vocabulary import KIND_TO_SLOT


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


def worn(look, slot):
    return [i for i in look["items"] if KIND_TO_SLOT[i["kind"]] == slot]


@pytest.mark.parametrize("text", ["I'm wearing my navy suit to a winter wedding, what shirt and tie should I wear?",
                                  "I have a charcoal suit, what shirt and shoes should I wear for an interview?",
                                  "네이비 정장에 어울리는 셔츠랑 넥타이 추천해줘"])
def test_which_pieces_go_with_a_suit_is_a_question_about_the_suit(text):
    heard = extract(text)
    assert heard.question == "pairing", heard.question


def test_a_shirt_and_tie_for_my_navy_suit_are_answered_and_worn_with_a_navy_suit(services):
    reply = say(services, "I'm wearing my navy suit to a winter wedding, what shirt and tie should I wear? I'm a man",
                "navy suit")
    text = reply["reply"].lower()
    assert "white or pale blue shirt" in text and "tie in burgundy" in text, reply["reply"]
    assert "yes, you can" not in text  # (no leave given for a navy shirt: the suit is theirs, the shirt asked)
    assert reply["outfits"], reply["reply"]
    for look in reply["outfits"]:
        assert [i["color_family"] for i in worn(look, "outerwear")] == ["navy"], look
        assert {i["color_family"] for i in worn(look, "top")} <= {"white", "blue", "pink", "beige"}, look  # (pale)
    # (the suit's trousers where the catalogue has navy ones to spare)
    assert any(i["color_family"] == "navy" for look in reply["outfits"] for i in worn(look, "bottom"))


def test_a_black_coat_bought_yesterday_is_worn_in_every_look_and_stays(services):
    reply = say(services, "어제 검정 롱코트 샀는데 안에 뭐 입어? 남자야", "new coat")
    assert reply["outfits"], reply["reply"]
    assert "검정 코트" in reply["reply"] or "블랙" in reply["reply"], reply["reply"]  # (the question answered in words)
    for look in reply["outfits"]:
        coats = worn(look, "outerwear")
        assert [(c["kind"], c["color_family"], c["source"]) for c in coats] == [("coat", "black", "upload")], look
    again = say(services, "좀 더 캐주얼하게", "new coat")
    assert again["outfits"] and all(
        [c["source"] for c in worn(look, "outerwear")] == ["upload"] for look in again["outfits"])


def test_a_suit_that_no_longer_fits_is_no_suit_at_a_funeral(services):
    assert extract("my black suit doesnt fit anymore, what should I wear to a funeral?").no_suit
    assert extract("정장이 안 맞아서 장례식에 뭐 입지?").no_suit
    reply = say(services, "my black suit doesnt fit anymore, what should I wear to a funeral? I'm a man", "no suit")
    text = reply["reply"].lower()
    assert "separates" in text and "suit is exactly right" not in text and "suit first" not in text, reply["reply"]


@pytest.mark.parametrize("text, wanted, ruled_out", [("1번 바지 청바지로", "jeans", "trousers"),
                                                     ("change the trousers in look 1 to jeans", "jeans", "trousers"),
                                                     ("swap look 2's sneakers for boots", "boots", "sneakers"),
                                                     ("2번 셔츠 니트로", "sweater", "shirt")])
def test_one_kind_traded_for_another_on_a_look(text, wanted, ruled_out):
    heard = extract(text)
    assert heard.preferences.kinds == (wanted,) and ruled_out in heard.avoid_kinds, (heard.kinds, heard.avoid_kinds)
    assert "swap" in heard.followups and heard.target_look


def test_jeans_asked_for_on_look_one_go_on_look_one_only(services):
    first = say(services, "데이트룩 추천해줘 여자", "to jeans")
    assert first["outfits"]
    reply = say(services, "1번 바지 청바지로", "to jeans")
    assert [i["kind"] for i in worn(reply["outfits"][0], "bottom")] == ["jeans"], reply["outfits"][0]
    assert reply["outfits"][1:] == first["outfits"][1:]


def test_a_camel_piece_stands_in_in_camel_not_in_dark_brown(services):
    assert catalogue_colour("camel", "brown") == "Tan" and catalogue_colour("크림", "beige") == "Cream"
    # (a navy stand-in's swatch is navy: the catalogue calls it "Navy Blue", and an unknown name is grey)
    assert catalogue_colour(None, "navy") == "Navy Blue" and hex_of("Navy Blue") != hex_of("no such colour")
    reply = say(services, "I just bought a camel coat, what should I wear with it? I'm a woman", "camel coat")
    coats = [i for look in reply["outfits"] for i in worn(look, "outerwear")]
    assert coats and {(c["name"], c["color"]) for c in coats} == {("Camel coat", "Tan")}, coats
    assert all("camel coat" in look["why"] and "brown coat" not in look["why"] for look in reply["outfits"])


@pytest.mark.parametrize("text, avoided", [("no cargo pants please", "cargo"), ("카고바지 말고", "cargo")])
def test_cargo_pants_ruled_out_are_that_cut_only(text, avoided):
    heard = extract(text)
    assert heard.avoid_kinds == (avoided,) and heard.cut is None


def test_cargo_pants_asked_for_are_worn_or_their_absence_said(services):
    reply = say(services, "cargo pants outfit for women", "cargo women")
    bottoms = [i["name"].lower() for look in reply["outfits"] for i in worn(look, "bottom")]
    assert bottoms, reply["reply"]
    if not all("cargo" in name for name in bottoms):  # (the catalogue's cargos are menswear)
        assert "no cargo trousers" in reply["reply"], reply["reply"]
    men = say(services, "카고바지 코디 추천 남자", "cargo men")
    names = [i["name"].lower() for look in men["outfits"] for i in worn(look, "bottom")]
    assert names and all("cargo" in name for name in names) or "카고 바지가 없어서" in men["reply"], men["reply"]
