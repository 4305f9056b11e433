"""SDXL prompts from outfits: pure, table-driven."""

from __future__ import annotations

import pytest

from diffusion.prompting import build_prompt, item_caption, join_pieces, outfit_gender, outfit_style
from domain.items import Item
from prompts.sdxl import sdxl_text, sdxl_word


def _item(slot: str, kind: str, color: str = "Black", gender: str = "unisex", styles: tuple[str, ...] = ()) -> Item:
    return Item(id=f"{slot}-{kind}", name=f"A {kind}", kind=kind, slot=slot, color=color, color_family="",
                gender=gender, styles=styles)


def test_the_prompt_names_every_piece_in_worn_order_with_style_and_setting() -> None:
    items = [_item("shoes", "sneakers", "White"), _item("bottom", "jeans", "Blue"),
             _item("top", "tshirt", "Navy Blue"), _item("outerwear", "jacket", "Olive")]
    look = build_prompt(items, style="street", occasion="date")
    assert "olive jacket, navy blue t-shirt, blue jeans and white sneakers" in look.prompt
    assert "streetwear" in look.prompt and "golden hour" in look.prompt and "a young model" in look.prompt
    assert look.prompt.startswith("RAW photo") and "{" not in look.prompt
    assert "watermark" in look.negative and "text" in look.negative


@pytest.mark.parametrize(("genders", "expected"), [
    (("men", "men"), "men"), (("women", "unisex"), "women"), (("men", "women"), "unisex"), (("unisex",), "unisex"),
])
def test_the_person_follows_the_items_and_never_guesses(genders, expected) -> None:
    items = [_item("top", "shirt", gender=g) for g in genders]
    assert outfit_gender(items) == expected
    assert sdxl_word("person", expected) in build_prompt(items).prompt


@pytest.mark.parametrize(("styles", "expected"), [
    ([("minimal",), ("minimal", "casual"), ("casual",)], "minimal"), ([(), ()], "casual"), ([("dandy",)], "dandy"),
])
def test_the_style_defaults_to_what_the_items_are_tagged_with(styles, expected) -> None:
    items = [_item("top", "shirt", styles=s) for s in styles]
    assert outfit_style(items) == expected
    assert sdxl_word("style", expected) in build_prompt(items).prompt


def test_unknown_occasion_style_and_kind_fall_back_to_plain_words() -> None:
    look = build_prompt([_item("", "", color="")], style="gothic", occasion="funeral")
    assert "gothic" in look.prompt and sdxl_word("setting", "default") in look.prompt and "garment" in look.prompt


def test_pieces_join_like_a_sentence() -> None:
    assert join_pieces([]) == "" and join_pieces(["a"]) == "a" and join_pieces(["a", "b", "c"]) == "a, b and c"


def test_templates_are_strict() -> None:
    with pytest.raises(KeyError):
        sdxl_text("look", style="x")
    with pytest.raises(KeyError):
        sdxl_text("no-such-template")


def test_caption_of_a_catalogue_item() -> None:
    item = Item(id="1", name="Slim Fit Chinos", kind="trousers", slot="bottom", color="Khaki", color_family="beige",
                gender="men", styles=("classic",))
    assert item_caption(item) == "product photo, khaki trousers, Slim Fit Chinos, classic style, plain background"
