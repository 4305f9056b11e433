"""Synthetic garment photos drawn with PIL: a shirt shape on various backgrounds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter

NAVY = (31, 42, 72)
RED = (190, 25, 35)


def shirt_polygon(width: int, height: int) -> list[tuple[float, float]]:
    """A T-shirt outline (body and two sleeves) in the middle of a width x height frame."""
    w, h = width, height
    return [
        (0.35 * w, 0.15 * h), (0.65 * w, 0.15 * h), (0.85 * w, 0.3 * h), (0.75 * w, 0.42 * h),
        (0.68 * w, 0.36 * h), (0.68 * w, 0.85 * h), (0.32 * w, 0.85 * h), (0.32 * w, 0.36 * h),
        (0.25 * w, 0.42 * h), (0.15 * w, 0.3 * h),
    ]


def shirt_photo(colour: tuple[int, int, int], background: tuple[int, int, int], size=(300, 400)) -> Image.Image:
    img = Image.new("RGB", size, background)
    ImageDraw.Draw(img).polygon(shirt_polygon(*size), fill=colour)
    return img


def studio_photo(colour: tuple[int, int, int], size=(300, 400)) -> Image.Image:
    """Light grey sweep darkening towards the bottom, with a soft shadow cast by the garment."""
    width, height = size
    gradient = Image.linear_gradient("L").resize(size).point(lambda v: 228 - v * 55 // 255)
    img = Image.merge("RGB", (gradient, gradient, gradient))
    shadow = Image.new("L", size, 0)
    ImageDraw.Draw(shadow).polygon([(x + 12, y + 12) for x, y in shirt_polygon(*size)], fill=70)
    img.paste((0, 0, 0), mask=shadow.filter(ImageFilter.GaussianBlur(10)))
    ImageDraw.Draw(img).polygon(shirt_polygon(*size), fill=colour)
    # A little sensor noise-like texture so the garment is not one flat colour.
    return img.filter(ImageFilter.SMOOTH)


@pytest.fixture()
def write_photo(tmp_path: Path):
    """Save an image under tmp_path and return its path."""

    def write(img: Image.Image, name: str, **save_args) -> Path:
        path = tmp_path / name
        img.save(path, **save_args)
        return path

    return write


@pytest.fixture()
def draw_shirt():
    return shirt_photo


@pytest.fixture()
def draw_studio_shirt():
    return studio_photo
