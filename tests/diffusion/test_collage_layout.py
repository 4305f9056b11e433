"""plan_layout: pure geometry of the board."""

from __future__ import annotations

import itertools

import pytest

from diffusion.layout import plan_layout
from domain.items import Item

AREA = (28, 120, 740, 996)


def _items(*slots: str) -> list[Item]:
    return [Item(id=f"{n}", name=s, kind="", slot=s, color="", color_family="", gender="") for n, s in enumerate(slots)]


def _box(placements, slot: str):
    return next(p.box for p in placements if p.item.slot == slot)


@pytest.mark.parametrize(
    "slots",
    [
        ("top", "bottom", "shoes"),
        ("outerwear", "top", "bottom", "shoes", "accessory", "accessory"),
        ("onepiece", "shoes"),
        ("outerwear", "onepiece", "shoes", "accessory"),
        ("top", "top", "bottom", "bottom", "shoes"),
        ("accessory",),
        ("", "top"),  # an upload of unknown kind
        ("top", "bottom", "onepiece", "shoes"),
    ],
)
def test_every_item_gets_a_box_inside_the_area_and_boxes_do_not_overlap(slots) -> None:
    placements = plan_layout(_items(*slots), AREA)
    assert sorted(p.item.id for p in placements) == sorted(str(n) for n in range(len(slots)))
    for p in placements:
        left, top, right, bottom = p.box
        assert AREA[0] <= left < right <= AREA[2] and AREA[1] <= top < bottom <= AREA[3]
    for a, b in itertools.combinations([p.box for p in placements], 2):
        assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_worn_order_top_to_bottom_and_accessories_aside() -> None:
    placements = plan_layout(_items("shoes", "accessory", "bottom", "outerwear", "top"), AREA)
    top, bottom, shoes = _box(placements, "top"), _box(placements, "bottom"), _box(placements, "shoes")
    assert top[3] <= bottom[1] and bottom[3] <= shoes[1]
    assert _box(placements, "outerwear")[2] <= top[0]  # outerwear beside the top, on its left
    assert _box(placements, "accessory")[0] >= max(top[2], bottom[2], shoes[2])


def test_onepiece_spans_two_rows() -> None:
    placements = plan_layout(_items("onepiece", "shoes"), AREA)
    dress, shoes = _box(placements, "onepiece"), _box(placements, "shoes")
    assert dress[3] - dress[1] > 2 * (shoes[3] - shoes[1])
