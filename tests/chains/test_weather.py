"""Looks for a rainy day keep out what a stylist would not send into the rain."""

from __future__ import annotations

import pytest

from chains.weather import rain_ready
from domain.items import Item


def piece(name: str, slot: str, kind: str, family: str) -> Item:
    return Item(id=name, name=name, kind=kind, slot=slot, color=family.title(), color_family=family, gender="women")


@pytest.mark.parametrize(("item", "ready"), [
    (piece("Arrow Women Solid Black Skirt", "bottom", "skirt", "black"), True),
    (piece("Vero Moda Women White Trousers", "bottom", "trousers", "white"), False),
    (piece("Carlton London Women Black Pumps", "shoes", "heels", "black"), True),
    (piece("Catwalk Women Beige Ballerinas", "shoes", "flats", "beige"), False),
    (piece("Converse Unisex Navy Canvas Shoes", "shoes", "sneakers", "navy"), False),
    (piece("Clarks Men Brown Suede Loafers", "shoes", "shoes", "brown"), False),
    (piece("Catwalk Women Black Sandals", "shoes", "sandals", "black"), False),
    (piece("Forever New Women Long Black Jacket", "outerwear", "jacket", "black"), True),
])
def test_what_goes_out_in_the_rain(item, ready):
    assert rain_ready(item) is ready
