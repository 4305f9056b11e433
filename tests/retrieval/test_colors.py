"""Colour names, families and CIELAB maths."""

from __future__ import annotations

import numpy as np
import pytest

from domain.colors import CATALOG_COLORS, canonical_name, family_of, hex_of, nearest_colour, rgb_to_lab
from domain.vocabulary import COLOR_FAMILIES

CATALOG_BASE_COLOURS = (
    "Black White Blue Brown Grey Red Green Pink Purple Silver Yellow Beige Gold Maroon Orange Olive Multi "
    "Cream Steel Charcoal Peach Skin Lavender Khaki Magenta Teal Tan Mustard Bronze Copper Rust Burgundy "
    "Metallic Mauve Rose Nude Taupe"
).split() + [
    "Navy Blue", "Off White", "Grey Melange", "Turquoise Blue", "Coffee Brown", "Sea Green",
    "Mushroom Brown", "Lime Green", "Fluorescent Green",
]


def test_table_covers_every_catalogue_colour() -> None:
    assert set(CATALOG_BASE_COLOURS) == set(CATALOG_COLORS)
    assert {fam for _, fam in CATALOG_COLORS.values()} == set(COLOR_FAMILIES)


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Navy Blue", "navy"), ("navy blue", "navy"), ("  NAVY   BLUE ", "navy"), ("Off White", "white"),
        ("Charcoal", "grey"), ("Grey Melange", "grey"), ("Maroon", "red"), ("Burgundy", "red"),
        ("Khaki", "beige"), ("Olive", "olive"), ("Teal", "blue"), ("Mustard", "yellow"), ("Rust", "orange"),
        ("Gold", "metallic"), ("Silver", "metallic"), ("Multi", "multi"), ("Magenta", "pink"),
        ("Coffee Brown", "brown"), ("Lavender", "purple"),
        ("Chartreuse-ish", "multi"), ("", "multi"), (None, "multi"), ("' OR 1=1 --", "multi"), ("남색", "multi"),
    ],
)
def test_family_of(name: str | None, family: str) -> None:
    assert family_of(name) == family


@pytest.mark.parametrize(
    ("name", "hex_"), [("Black", "#141414"), ("navy blue", "#1f2a48"), ("White", "#f8f8f6"), ("nope", "#888888")]
)
def test_hex_of(name: str, hex_: str) -> None:
    assert hex_of(name) == hex_


def test_canonical_name() -> None:
    assert canonical_name("off white") == "Off White"
    assert canonical_name("mauvish") is None


@pytest.mark.parametrize(
    ("rgb", "lab"),
    [
        ((0, 0, 0), (0.0, 0.0, 0.0)),
        ((255, 255, 255), (100.0, 0.0, 0.0)),
        ((255, 0, 0), (53.24, 80.09, 67.20)),
        ((0, 0, 255), (32.30, 79.19, -107.86)),
        ((128, 128, 128), (53.59, 0.0, 0.0)),
    ],
)
def test_rgb_to_lab_reference_values(rgb: tuple[int, int, int], lab: tuple[float, float, float]) -> None:
    assert np.allclose(rgb_to_lab(np.array(rgb)), lab, atol=0.05)


def test_rgb_to_lab_is_vectorised() -> None:
    image = np.random.default_rng(0).integers(0, 256, size=(8, 6, 3), dtype=np.uint8)
    lab = rgb_to_lab(image)
    assert lab.shape == (8, 6, 3)
    assert np.allclose(lab[3, 2], rgb_to_lab(image[3, 2]))


@pytest.mark.parametrize(
    ("rgb", "name", "family"),
    [
        ((5, 5, 5), "Black", "black"),
        ((252, 252, 252), "White", "white"),
        ((30, 40, 70), "Navy Blue", "navy"),
        ((40, 90, 170), "Blue", "blue"),
        ((200, 20, 45), "Red", "red"),
        ((140, 140, 140), "Grey", "grey"),
        ((60, 62, 65), "Charcoal", "grey"),
        ((95, 97, 48), "Olive", "olive"),
        ((245, 125, 0), "Orange", "orange"),
        ((245, 208, 0), "Yellow", "yellow"),
        ((107, 66, 38), "Brown", "brown"),
        ((192, 192, 196), "Grey Melange", "grey"),  # silver paint reads as light grey, never "Silver"
    ],
)
def test_nearest_colour(rgb: tuple[int, int, int], name: str, family: str) -> None:
    assert nearest_colour(rgb) == (name, family)


def test_nearest_colour_never_answers_unmeasurable_names() -> None:
    rng = np.random.default_rng(1)
    answers = {nearest_colour(tuple(int(v) for v in c))[1] for c in rng.integers(0, 256, size=(300, 3))}
    assert not answers & {"multi", "metallic"}
