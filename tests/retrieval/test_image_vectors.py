"""The model-free image descriptor and the image-embedder factory."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
from PIL import Image, ImageDraw

from retrieval.image_vectors import (
    ColourTextureEmbedder,
    ImageEmbedder,
    build_image_embedder,
    load_image,
)

DEMO_PARQUET = Path(__file__).resolve().parents[2] / "data" / "catalog" / "demo_catalog.parquet"


def garment(colour: tuple[int, int, int], *, size: tuple[int, int] = (60, 80), stripes: bool = False,
            trousers: bool = False, background: tuple[int, int, int] = (250, 250, 250)) -> Image.Image:
    """A flat garment on a plain background, like a catalogue thumbnail."""
    w, h = size
    picture = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(picture)
    if trousers:
        draw.rectangle([w * 0.3, h * 0.1, w * 0.48, h * 0.95], fill=colour)
        draw.rectangle([w * 0.52, h * 0.1, w * 0.7, h * 0.95], fill=colour)
        draw.rectangle([w * 0.3, h * 0.1, w * 0.7, h * 0.3], fill=colour)
    else:
        draw.rectangle([w * 0.25, h * 0.2, w * 0.75, h * 0.85], fill=colour)
        draw.polygon([(w * 0.25, h * 0.2), (w * 0.05, h * 0.45), (w * 0.25, h * 0.5)], fill=colour)
        draw.polygon([(w * 0.75, h * 0.2), (w * 0.95, h * 0.45), (w * 0.75, h * 0.5)], fill=colour)
    if stripes:
        for y in range(int(h * 0.2), int(h * 0.85), 6):
            draw.line([w * 0.25, y, w * 0.75, y], fill=(255, 255, 255), width=2)
    return picture


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b))


@pytest.fixture(scope="module")
def descriptor() -> ColourTextureEmbedder:
    return ColourTextureEmbedder()


def test_vectors_are_unit_float32_of_the_declared_width(descriptor: ColourTextureEmbedder) -> None:
    assert isinstance(descriptor, ImageEmbedder)
    vectors = descriptor.embed([garment((20, 30, 70)), garment((200, 20, 30), size=(300, 200))])
    assert vectors.shape == (2, descriptor.dim) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert descriptor.embed([]).shape == (0, descriptor.dim)


def test_same_picture_same_vector(descriptor: ColourTextureEmbedder) -> None:
    picture = garment((20, 30, 70))
    assert np.array_equal(descriptor.embed([picture]), descriptor.embed([picture.copy()]))


def test_colour_texture_and_outline_all_count(descriptor: ColourTextureEmbedder) -> None:
    navy, red = descriptor.embed([garment((25, 35, 75))])[0], descriptor.embed([garment((200, 20, 30))])[0]
    navy_again = descriptor.embed([garment((30, 40, 80))])[0]  # a slightly different navy
    striped = descriptor.embed([garment((25, 35, 75), stripes=True)])[0]
    trousers = descriptor.embed([garment((25, 35, 75), trousers=True)])[0]
    assert cosine(navy, navy_again) > 0.95
    assert cosine(navy, red) < cosine(navy, striped) < cosine(navy, navy_again)
    assert cosine(navy, trousers) < cosine(navy, navy_again)


def test_background_and_size_matter_little(descriptor: ColourTextureEmbedder) -> None:
    small = descriptor.embed([garment((25, 35, 75))])[0]
    big_grey = descriptor.embed([garment((25, 35, 75), size=(240, 320), background=(220, 220, 220))])[0]
    red = descriptor.embed([garment((200, 20, 30))])[0]
    assert cosine(small, big_grey) > cosine(small, red)


def test_a_garment_as_pale_as_its_background_still_gets_a_vector(descriptor: ColourTextureEmbedder) -> None:
    vector = descriptor.embed([garment((248, 248, 248))])[0]
    assert np.isfinite(vector).all() and np.isclose(np.linalg.norm(vector), 1.0, atol=1e-5)


def test_load_image_takes_paths_bytes_and_pictures(tmp_path: Path) -> None:
    jpeg = pq.read_table(DEMO_PARQUET, columns=["image"]).slice(0, 1).to_pylist()[0]["image"]
    (tmp_path / "a.jpg").write_bytes(jpeg)
    for source in (tmp_path / "a.jpg", str(tmp_path / "a.jpg"), jpeg, Image.open(io.BytesIO(jpeg))):
        assert load_image(source).mode == "RGB"
    with pytest.raises(OSError):
        load_image(b"not a picture")


def test_factory(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert isinstance(build_image_embedder("colour"), ColourTextureEmbedder)
    with pytest.raises(ValueError, match="unknown image embedder"):
        build_image_embedder("sift")
    import retrieval.vision.classifier as classifier

    missing = classifier.CnnKindClassifier(tmp_path / "none.safetensors", tmp_path / "none.json")
    monkeypatch.setattr(classifier, "default_classifier", lambda: missing)
    with caplog.at_level(logging.WARNING):
        assert isinstance(build_image_embedder("cnn"), ColourTextureEmbedder)  # no weights: the default
    assert "using the colour/texture descriptor" in caplog.text
