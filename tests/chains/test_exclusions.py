"""What a person rules out is read as they meant it, whatever the catalogue's labels say."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chains.exclusions import is_of_kind, shows_colour
from domain.items import Item


def item(name: str, kind: str, family: str, slot: str = "outerwear") -> Item:
    return Item(id=name, name=name, kind=kind, slot=slot, color=family.title(), color_family=family, gender="men",
                season="winter", usage="casual", styles=(), price=None, image="")


def test_no_green_rules_out_olive_too_and_a_colour_named_in_the_name():
    assert shows_colour(item("Roadster Men Olive Jacket", "jacket", "olive"), ["green"])
    assert shows_colour(item("Titan Men Black Dial Watch", "watch", "metallic", "accessory"), ["black"])
    assert not shows_colour(item("Arrow Men Navy Blazer", "blazer", "navy"), ["green"])


def test_a_kind_ruled_out_takes_its_narrower_kinds_and_the_names_that_say_it():
    assert is_of_kind(item("Reid & Taylor Men Black Blazer", "blazer", "black"), ["jacket"])  # "재킷 없이"
    assert is_of_kind(item("Puma Men Foundation Padded Blue Jacket", "jacket", "blue"), ["coat"])  # "패딩 없이"
    assert is_of_kind(item("Forever New Women Long Blue Jacket", "coat", "blue"), ["jacket"])
    assert not is_of_kind(item("Wrangler Men Blue Denim Shirt", "shirt", "blue", "top"), ["jeans"])


def test_no_puffer_rules_out_padded_jackets_but_not_wool_coats_and_no_sparkle_the_glitter():
    heavy = replace(item("United Colors of Benetton Women Solid Navy Blue Jacket", "jacket", "navy"), warmth="heavy")
    assert is_of_kind(heavy, ["puffer"])  # the catalogue's heaviest jackets are its quilted ones
    assert is_of_kind(item("Puma Men Foundation Padded Blue Jacket", "jacket", "blue"), ["puffer"])
    assert not is_of_kind(replace(item("Forever New Women Long Black Jacket", "jacket", "black"), warmth="heavy"),
                          ["puffer"])
    assert not is_of_kind(item("Arrow Men Navy Blazer", "blazer", "navy"), ["puffer"])
    sparkly = item("Guess Women Sparkle Box Set Watch With Interchangeable Straps", "watch", "metallic", "accessory")
    assert is_of_kind(sparkly, ["sparkle"])
    assert not is_of_kind(item("Titan Women Steel Watch", "watch", "metallic", "accessory"), ["sparkle"])
    assert is_of_kind(item("Lino Perros Women Gems Black Clutch", "bag", "black", "accessory"), ["sparkle"])


@pytest.mark.parametrize(("text", "colors", "avoid_colors", "avoid_kinds"), [
    ("anything but black shoes", (), (), ("shoes:black",)),
    ("검정 구두는 빼줘", (), (), ("shoes:black",)),
    ("no black or brown shoes", (), (), ("shoes:black", "shoes:brown")),
    ("red dress but no red shoes", ("red",), (), ("shoes:red",)),
    ("검정 바지에 운동화는 안 신어", ("black",), (), ("sneakers",)),  # the black is the trousers'
    ("no red, blue jeans please", ("blue",), ("red",), ()),
])
def test_a_colour_said_of_a_garment_rules_out_that_piece_only(text, colors, avoid_colors, avoid_kinds):
    from chains.extract import extract

    heard = extract(text)
    assert heard.preferences.colors == colors and heard.preferences.avoid_colors == avoid_colors
    assert heard.avoid_kinds == avoid_kinds


def test_a_ruled_out_piece_takes_that_colour_of_any_footwear_and_nothing_else():
    black_heels = Item(id="1", name="Catwalk Women Black Heels", kind="heels", slot="shoes", color="Black",
                       color_family="black", gender="women")
    blue_heels = replace(black_heels, id="2", name="Catwalk Women Blue Heels", color="Blue", color_family="blue")
    black_dress = Item(id="3", name="Vero Moda Women Black Dress", kind="dress", slot="onepiece", color="Black",
                       color_family="black", gender="women")
    assert is_of_kind(black_heels, ["shoes:black"])
    assert not is_of_kind(blue_heels, ["shoes:black"]) and not is_of_kind(black_dress, ["shoes:black"])


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_feature_that_can_be_ruled_out_has_a_word_in_both_languages(lang):
    import prompts
    from chains.lexicon import FEATURE_TERMS

    for feature in FEATURE_TERMS:  # "no gold" with nothing gold on screen says what it left out, in words
        assert prompts.label(lang, "kind", feature) and prompts.label_variant(lang, "kind", "plural", feature)
