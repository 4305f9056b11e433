"""Photos that are not one garment are told apart from garment photos (data/vision/garment_gate.npz)."""

import io
import sys
from pathlib import Path

import pandas as pd
from PIL import Image, ImageDraw

from retrieval.vision.garment_gate import looks_like_one_garment

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from garment_photos import draw_garment  # noqa: E402

CATALOG = Path(__file__).resolve().parents[2] / "data" / "catalog" / "demo_catalog.parquet"


def _chart() -> Image.Image:
    image = Image.new("RGB", (640, 420), "white")
    draw = ImageDraw.Draw(image)
    for i, (height, colour) in enumerate([(120, "#3366cc"), (300, "#dc3912"), (210, "#ff9900"), (80, "#109618")]):
        draw.rectangle((60 + i * 120, 400 - height, 140 + i * 120, 400), fill=colour)
    draw.line((40, 400, 620, 400), fill="black", width=2)
    return image


def _screenshot() -> Image.Image:
    image = Image.new("RGB", (800, 600), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 800, 40), fill="#2b579a")
    for line in range(18):
        draw.text((20, 60 + line * 28), "Order #1234 shipped - tracking details and invoice " * 2, fill="black")
    return image


def test_a_chart_and_a_screenshot_are_not_one_garment():
    assert not looks_like_one_garment(_chart())
    assert not looks_like_one_garment(_screenshot())


def test_garment_photos_and_catalogue_pieces_are(tmp_path):
    for colour in ((28, 38, 70), (190, 30, 40)):
        assert looks_like_one_garment(Image.open(draw_garment(tmp_path / "g.jpg", colour)).convert("RGB"))
    frame = pd.read_parquet(CATALOG, columns=["slot", "image"])
    pieces = frame[frame.slot.isin(["top", "bottom", "onepiece", "shoes"])].sample(n=30, random_state=1)
    kept = [looks_like_one_garment(Image.open(io.BytesIO(b)).convert("RGB").resize((300, 400))) for b in pieces.image]
    assert sum(kept) >= 29


def test_a_picture_too_plain_to_tell_is_let_through():
    assert looks_like_one_garment(Image.new("RGB", (300, 400), (250, 250, 250)))


def test_several_garments_in_one_picture_are_not_one_garment(tmp_path):
    """Four catalogue pieces side by side (a shop's grid, a screenshot of a product list) are told
    apart from each of them alone."""
    frame = pd.read_parquet(CATALOG, columns=["slot", "image"])
    pieces = [Image.open(io.BytesIO(b)).convert("RGB") for b in frame[frame.slot != "accessory"].image.iloc[40:56]]
    for first in range(0, 16, 4):
        sheet = Image.new("RGB", (412, 520), "white")
        for k, piece in enumerate(pieces[first:first + 4]):
            sheet.paste(piece.resize((200, 250)), (4 + (k % 2) * 204, 4 + (k // 2) * 254))
        assert not looks_like_one_garment(sheet)
    assert all(looks_like_one_garment(piece.resize((300, 400))) for piece in pieces[:4])
