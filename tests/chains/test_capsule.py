"""A capsule to pack: a few pieces from the looks on screen that all go together, worn several ways."""

from __future__ import annotations

import pytest

from chains.capsule import capsule_from
from chains.state import Outfit
from domain.items import Item


def piece(name: str, slot: str, kind: str, family: str, gender: str = "women") -> Item:
    return Item(id=name, name=name, kind=kind, slot=slot, color=family.title(), color_family=family, gender=gender)


LOOKS = (
    Outfit("casual", (piece("Roxy Women Grey Sweater", "top", "sweater", "grey"),
                      piece("Lee Women Black Jeans", "bottom", "jeans", "black"),
                      piece("Carlton London Women Grey Boots", "shoes", "boots", "grey"),
                      piece("Forever New Women Long Black Coat", "outerwear", "coat", "black")), ""),
    Outfit("minimal", (piece("Jealous 21 Women White Sweater", "top", "sweater", "white"),
                       piece("Flying Machine Women Navy Jeans", "bottom", "jeans", "navy"),
                       piece("Carlton London Women Tan Boots", "shoes", "boots", "brown"),
                       piece("Lotto Women Pink Jacket", "outerwear", "jacket", "pink")), ""),
    Outfit("casual", (piece("Puma Women Red Sweatshirt", "top", "sweatshirt", "red"),
                      piece("Kraus Women Pink Trousers", "bottom", "trousers", "pink"),
                      piece("Catwalk Women Pink Shoes", "shoes", "sneakers", "pink")), ""),
)


def test_a_capsule_mixes_every_top_with_neutral_bottoms_under_one_neutral_layer():
    packed = capsule_from(LOOKS)
    assert packed is not None
    bottoms = [i for i in packed.pieces if i.slot == "bottom"]
    assert {b.color_family for b in bottoms} == {"black", "navy"}  # the neutral ones, not the pink
    assert [i.color_family for i in packed.pieces if i.slot == "outerwear"] == ["black"]
    assert len(packed.looks) == 6 and all(len({i.id for i in items}) == len(items) for _s, items in packed.looks)
    assert {i.id for _s, items in packed.looks for i in items} == {i.id for i in packed.pieces}


def test_looks_with_too_few_pieces_make_no_capsule():
    assert capsule_from(LOOKS[:1]) is None


@pytest.mark.parametrize(("opening", "ask", "said"), [
    ("winter trip to busan, woman", "짐 줄이고 싶어서 옷 몇 개로 돌려 입고 싶어", "돌려 입을 수 있어요"),
    ("winter city break, guy", "what should i pack, carry on only", "Pack these"),
])
def test_a_packing_question_gets_a_capsule_of_the_looks(app_settings, opening, ask, said):
    from app.wiring import build_services

    stylist = build_services(app_settings).stylist
    first = stylist.turn("capsule", opening).to_json()
    assert first["outfits"]
    reply = stylist.turn("capsule", ask).to_json()
    assert said in reply["reply"] and len(reply["outfits"]) >= 2, reply["reply"]
    worn = {i["id"] for o in first["outfits"] for i in o["items"]}
    assert {i["id"] for o in reply["outfits"] for i in o["items"]} <= worn  # packed from the looks shown
