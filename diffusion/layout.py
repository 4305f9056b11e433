"""Where each item of an outfit goes on a flat-lay board (pure geometry, no drawing).

Clothes are laid out as they are worn, top to bottom: outerwear beside the top, then the bottom, then
shoes; a dress or jumpsuit spans the top and bottom rows; accessories line a side column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from domain.items import Item
from domain.vocabulary import SLOTS

Box = tuple[int, int, int, int]  # left, top, right, bottom

GAP = 16
SIDE_COLUMN_SHARE = 0.27
MAX_SIDE_CELL = 230  # one bag should not stretch to the height of a whole outfit
# Relative row heights: shoes are small things and get less room than garments.
ROW_WEIGHTS = {"upper": 0.39, "middle": 0.37, "lower": 0.24}
# Widest card for its height: a lone garment in a wide row stays a portrait card, not a banner.
GARMENT_ASPECT, SHOES_ASPECT = 0.9, 1.6


@dataclass(frozen=True)
class Placement:
    item: Item
    box: Box


def plan_layout(items: Sequence[Item], area: Box) -> list[Placement]:
    """A box inside `area` for every item, by slot; unknown slots join the middle row."""
    by_slot = _group(items)
    side = by_slot.pop("accessory", [])
    if not any(by_slot.values()):  # accessories alone take the whole board
        by_slot["other"], side = side, []
    main_area, side_area = _split_side_column(area, bool(side))
    placements = _rows(_main_rows(by_slot), main_area)
    if side:
        placements += _column(side, side_area)
    return placements


def _group(items: Sequence[Item]) -> dict[str, list[Item]]:
    groups: dict[str, list[Item]] = {slot: [] for slot in (*SLOTS, "other")}
    for item in items:
        groups[item.slot if item.slot in SLOTS else "other"].append(item)
    return groups


Row = tuple[float, float, list[Item]]  # relative height, widest card aspect, items


def _main_rows(by_slot: dict[str, list[Item]]) -> list[Row]:
    """The rows of garments, top to bottom, without empty rows."""
    onepiece, other = by_slot["onepiece"], by_slot["other"]
    if onepiece and not by_slot["top"] and not by_slot["bottom"]:
        rows = [
            (ROW_WEIGHTS["upper"] + ROW_WEIGHTS["middle"], GARMENT_ASPECT, by_slot["outerwear"] + onepiece),
            (ROW_WEIGHTS["middle"], GARMENT_ASPECT, other),
        ]
    else:
        rows = [
            (ROW_WEIGHTS["upper"], GARMENT_ASPECT, by_slot["outerwear"] + by_slot["top"]),
            (ROW_WEIGHTS["middle"], GARMENT_ASPECT, by_slot["bottom"] + onepiece + other),
        ]
    rows.append((ROW_WEIGHTS["lower"], SHOES_ASPECT, by_slot["shoes"]))
    return [row for row in rows if row[2]]


def _split_side_column(area: Box, has_side: bool) -> tuple[Box, Box]:
    left, top, right, bottom = area
    if not has_side:
        return area, (right, top, right, bottom)
    side_width = int((right - left) * SIDE_COLUMN_SHARE)
    return (left, top, right - side_width - GAP, bottom), (right - side_width, top, right, bottom)


def _rows(rows: list[Row], area: Box) -> list[Placement]:
    left, top, right, bottom = area
    total = sum(weight for weight, _, _ in rows)
    usable = bottom - top - GAP * (len(rows) - 1)
    placements, y = [], top
    for weight, aspect, row in rows:
        height = int(usable * weight / total)
        placements += _row(row, (left, y, right, y + height), aspect)
        y += height + GAP
    return placements


def _row(items: list[Item], box: Box, max_aspect: float) -> list[Placement]:
    """Equal cards side by side, as wide as fits up to `max_aspect`, centred in the row."""
    left, top, right, bottom = box
    count = len(items)
    width = min((right - left - GAP * (count - 1)) // count, int((bottom - top) * max_aspect))
    start = left + (right - left - (width * count + GAP * (count - 1))) // 2
    return [Placement(item, (start + i * (width + GAP), top, start + i * (width + GAP) + width, bottom)) for i, item in enumerate(items)]


def _column(items: list[Item], box: Box) -> list[Placement]:
    left, top, right, bottom = box
    height = min(MAX_SIDE_CELL, (bottom - top - GAP * (len(items) - 1)) // len(items))
    return [Placement(item, (left, top + i * (height + GAP), right, top + i * (height + GAP) + height)) for i, item in enumerate(items)]
