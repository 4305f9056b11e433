"""What a garment photo shows, as the `stylist analyze` contract. For now: only its colour.

The kind classifier (a compact CNN) comes later; until then `kind` is None with confidence 0.0, which
the agent reads as "ask the user what it is".
"""

from __future__ import annotations

from pathlib import Path

from retrieval.items import GarmentAnalysis
from retrieval.vision.colour import dominant_colour
from retrieval.vision.photo import load_photo


def analyze_photo(path: str | Path) -> GarmentAnalysis:
    """The analysis of the garment photo at `path`; raises PhotoError when it cannot be read."""
    image = load_photo(path)
    color, family, _share = dominant_colour(image)
    return GarmentAnalysis(path=str(path), color=color, color_family=family)
