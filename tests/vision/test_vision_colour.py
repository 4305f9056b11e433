"""dominant_colour and analyze_photo on synthetic garment photos."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from retrieval.vision.analyze import analyze_photo
from retrieval.vision.colour import dominant_colour

NAVY, RED, BLACK = (31, 42, 72), (190, 25, 35), (20, 20, 20)
WHITE, LIGHT_GREY, DARK = (255, 255, 255), (215, 215, 215), (35, 33, 30)


@pytest.mark.parametrize(
    ("garment", "background", "family"),
    [
        (NAVY, WHITE, "navy"),
        (NAVY, LIGHT_GREY, "navy"),
        (RED, DARK, "red"),
        (RED, WHITE, "red"),
        (BLACK, WHITE, "black"),
        ((240, 240, 238), (60, 90, 140), "white"),  # a white shirt on a blue bed cover
        ((46, 125, 50), (200, 190, 170), "green"),  # on a beige sheet
        ((120, 120, 120), WHITE, "grey"),  # grey on white is not mistaken for its own shadow
    ],
)
def test_flat_backgrounds(draw_shirt, garment, background, family: str) -> None:
    name, got, share = dominant_colour(draw_shirt(garment, background))
    assert got == family, name
    assert 0.5 < share <= 1.0


@pytest.mark.parametrize(("garment", "family"), [(NAVY, "navy"), (RED, "red"), ((200, 160, 30), "yellow")])
def test_studio_grey_with_shadow_gradient(draw_studio_shirt, garment, family: str) -> None:
    name, got, _ = dominant_colour(draw_studio_shirt(garment))
    assert got == family, name


def test_garment_filling_the_frame(draw_shirt) -> None:
    close_up = draw_shirt(NAVY, WHITE).crop((110, 150, 190, 300))  # only shirt body, touching every edge
    assert dominant_colour(close_up)[1] == "navy"


def test_trousers_touching_top_and_bottom(tmp_path: Path) -> None:
    img = Image.new("RGB", (300, 400), (205, 170, 120))  # a wooden floor
    img.paste((31, 42, 72), (100, 0, 200, 400))
    assert dominant_colour(img)[1] == "navy"


def test_analyze_photo_on_each_file_kind(draw_shirt, write_photo) -> None:
    shirt = draw_shirt(RED, WHITE)
    rgba = shirt.convert("RGBA")
    rgba.putalpha(Image.eval(shirt.convert("L"), lambda v: 0 if v > 250 else 255))
    rotated = shirt.rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 8  # "rotate 90 ccw to view": stored turned, shown upright
    paths = [
        write_photo(shirt, "shirt.jpg", quality=90),
        write_photo(rgba, "cutout.png"),
        write_photo(shirt.convert("CMYK"), "print.jpg"),
        write_photo(rotated, "phone.jpg", exif=exif),
        write_photo(shirt.convert("P", palette=Image.Palette.ADAPTIVE), "web.gif"),
        write_photo(shirt, "shirt.webp"),
    ]
    for path in paths:
        analysis = analyze_photo(path)
        assert analysis.color_family == "red", path.name
        assert analysis.kind is not None and analysis.slot is not None and 0 < analysis.confidence <= 1
        assert len(analysis.alternatives) == 2
        assert analysis.path == str(path)


def test_grayscale_photo(draw_shirt, write_photo) -> None:
    path = write_photo(draw_shirt(BLACK, WHITE).convert("L"), "bw.png")
    assert analyze_photo(path).color_family == "black"


def test_is_deterministic(draw_studio_shirt) -> None:
    img = draw_studio_shirt(NAVY)
    assert dominant_colour(img) == dominant_colour(img)


@pytest.mark.parametrize("size", [(1, 1), (2, 90), (90, 2), (5, 5)])
def test_tiny_images(size) -> None:
    assert dominant_colour(Image.new("RGB", size, RED))[:2] == ("Red", "red")


def test_blank_white_photo_is_white() -> None:
    assert dominant_colour(Image.new("RGB", (60, 80), WHITE))[1] == "white"
