"""What a person rules out is read as they meant it, whatever the catalogue's labels say."""

from __future__ import annotations

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
