"""Lookbook export: PNG copies and one PDF with a page per look, Korean included."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFont, PdfParser

from diffusion.export import PAGE, draw_page, export_pdf, export_png, look_text
from domain.items import Item

REPO = Path(__file__).resolve().parents[2]
FONT = REPO / "data" / "fonts" / "StylistHangul-Regular.ttf"


def _outfits() -> list[dict]:
    shirt = Item(id="1", name="Navy Oxford Shirt", kind="shirt", slot="top", color="Navy Blue", color_family="navy",
                 gender="men", price=39000.0)
    chinos = Item(id="2", name="베이지 치노 팬츠", kind="trousers", slot="bottom", color="Beige", color_family="beige", gender="men")
    return [
        {"style": "classic", "items": [shirt.to_json(), chinos.to_json()], "why": "Classic for a date: navy with beige."},
        {"style": "minimal", "items": [chinos.to_json()], "why": "미니멀: 베이지 톤으로 깔끔하게 " * 12},
        {"style": "street", "items": [shirt.to_json()], "why": ""},
    ]


@pytest.fixture()
def look_pictures(tmp_path: Path) -> list[Path]:
    paths = []
    for number, rgb in enumerate([(200, 40, 40), (40, 40, 200)]):
        path = tmp_path / f"render{number}.jpg"
        Image.new("RGB", (768, 1024), rgb).save(path)
        paths.append(path)
    return paths


def test_the_pdf_has_one_page_per_look_with_the_items(look_pictures: list[Path], tmp_path: Path) -> None:
    path = export_pdf(_outfits(), look_pictures, tmp_path / "book" / "lookbook.pdf", font_path=FONT)
    parser = PdfParser.PdfParser(str(path))
    try:
        assert len(parser.pages) == 3  # the third look has no picture and still gets its page
        subject = PdfParser.decode_text(parser.info[b"Subject"])
    finally:
        parser.close()
    assert "Navy Oxford Shirt" in subject and "베이지 치노 팬츠" in subject


def test_page_text_lists_names_colours_prices_and_why() -> None:
    text = look_text(_outfits()[0], 1, "en")
    assert text.heading == "Look 1: Classic"
    assert text.items == (("Navy Oxford Shirt", "shirt · Navy Blue · 39,000"), ("베이지 치노 팬츠", "trousers · Beige"))
    assert text.why == "Classic for a date: navy with beige."
    korean = look_text(_outfits()[0], 2, "ko")
    assert korean.heading == "룩 2: 클래식"
    assert korean.items[0][1] == "셔츠 · 네이비 · 39,000"


def test_the_page_shows_the_picture_and_draws_the_text(look_pictures: list[Path]) -> None:
    page = np.asarray(draw_page(look_text(_outfits()[0], 1), look_pictures[0], FONT))
    assert page.shape == (PAGE[1], PAGE[0], 3)
    red = (np.abs(page.astype(int) - (200, 40, 40)).max(axis=-1) < 10)
    assert red[: PAGE[1] // 2].mean() > 0.2  # the picture fills the upper half
    ink = page[int(PAGE[1] * 0.85):].min(axis=-1) < 128
    assert ink.mean() > 0.003  # the item lines and the reason are drawn at the bottom


def test_korean_text_draws_real_glyphs_with_the_shipped_font() -> None:
    font = ImageFont.truetype(str(FONT), 26)
    masks = [np.asarray(font.getmask(ch)) for ch in "베이지"]
    assert all(m.size and m.any() for m in masks)
    assert not np.array_equal(masks[0], masks[1])  # missing glyphs would all be the same box


def test_long_korean_reasons_wrap_inside_the_page(look_pictures: list[Path]) -> None:
    page = np.asarray(draw_page(look_text(_outfits()[1], 2, "ko"), look_pictures[1], FONT))
    margin = page[:, -60:]  # the right margin stays empty: the reason wrapped
    assert margin.min() > 200


def test_png_export_copies_each_look(look_pictures: list[Path], tmp_path: Path) -> None:
    written = export_png(look_pictures, tmp_path / "export")
    assert [p.name for p in written] == ["look-01.png", "look-02.png"]
    for path in written:
        with Image.open(path) as image:
            assert image.format == "PNG" and image.size == (768, 1024)


def test_more_pictures_than_looks_is_an_error(look_pictures: list[Path], tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export_pdf(_outfits()[:1], look_pictures, tmp_path / "x.pdf")
