"""The training pieces on a handful of generated images: data prep, augmentation, a 2-step run."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from retrieval.vision.dataset import ImageSet, _garment_alpha, is_catalogue_holdout
from retrieval.vision.labels import CATALOGUE_KIND_TO_LABEL, LABEL_TO_PHOTO_CLASS, LABELS, PHOTO_CLASS_TO_LABEL
from retrieval.vocabulary import KINDS


def test_every_label_is_a_vocabulary_kind_and_maps_back_to_a_photo_class() -> None:
    assert set(LABELS) <= set(KINDS)
    assert set(CATALOGUE_KIND_TO_LABEL) <= set(KINDS)
    assert sorted(PHOTO_CLASS_TO_LABEL.values()) == sorted(LABELS)
    assert all(PHOTO_CLASS_TO_LABEL[LABEL_TO_PHOTO_CLASS[label]] == label for label in LABELS)


def test_holdout_is_stable_and_about_fifteen_percent() -> None:
    ids = [str(i) for i in range(2000)]
    share = np.mean([is_catalogue_holdout(i) for i in ids])
    assert 0.12 < share < 0.18
    assert [is_catalogue_holdout(i) for i in ids[:50]] == [is_catalogue_holdout(i) for i in ids[:50]]


def test_cutout_keeps_a_white_garment_on_a_white_background() -> None:
    """The flood fill stops at the seams, so the white inside of a white shirt stays garment."""
    img = Image.new("RGB", (80, 80), (255, 255, 255))
    ImageDraw.Draw(img).polygon([(25, 10), (55, 10), (70, 30), (58, 38), (58, 72), (22, 72), (22, 38), (10, 30)],
                                fill=(250, 250, 250), outline=(60, 60, 60))
    alpha = _garment_alpha(np.asarray(img))
    assert alpha[40, 40] == 255  # the middle of the shirt
    assert alpha[2, 2] == 0 and alpha[-3, -3] == 0  # the studio background


def _images(n: int, side: int, channels: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, size=(n, side, side, channels), dtype=np.uint8)


@pytest.fixture()
def tiny_sets() -> tuple[ImageSet, ImageSet, ImageSet]:
    labels = np.arange(8) % len(LABELS)
    photos = ImageSet(_images(8, 112, 3, 1), labels, [f"p{i}" for i in range(8)])
    catalogue = ImageSet(_images(12, 80, 4, 2), np.array([0, 1, 2, 3, 4, -1] * 2), [f"c{i}" for i in range(12)],
                         ["black", "red", "navy", "white", "multi", "blue"] * 2)
    validation = ImageSet(_images(4, 112, 3, 3), labels[:4], [f"v{i}" for i in range(4)])
    return photos, catalogue, validation


def test_augmented_batches_have_the_model_input_shape(tiny_sets) -> None:
    import torch

    from retrieval.vision.augment import catalogue_batch, photo_batch, to_float
    from retrieval.vision.model import INPUT_SIDE

    photos, catalogue, _ = tiny_sets
    gen = torch.Generator().manual_seed(0)
    x = photo_batch(torch.from_numpy(photos.images), gen)
    y = catalogue_batch(torch.from_numpy(catalogue.images), to_float(torch.from_numpy(photos.images)), gen)
    assert x.shape == (8, 3, INPUT_SIDE, INPUT_SIDE) and y.shape == (12, 3, INPUT_SIDE, INPUT_SIDE)
    assert torch.isfinite(x).all() and torch.isfinite(y).all()
    again = photo_batch(torch.from_numpy(photos.images), torch.Generator().manual_seed(0))
    assert torch.equal(x, again)  # one seed, one augmentation


def test_two_step_training_run(tiny_sets, tmp_path) -> None:
    from retrieval.vision.train import TrainConfig, predict_probabilities, train

    photos, catalogue, validation = tiny_sets
    config = TrainConfig(epochs=1, photo_batch=4, threads=1)
    result = train(photos, catalogue, validation, config)
    assert result.best_epoch == 1 and len(result.history) == 1
    assert np.isfinite(result.history[0]["loss"])
    from retrieval.vision.labels import COLOUR_LABELS
    from retrieval.vision.model import GarmentNet

    model = GarmentNet(len(LABELS), n_colours=len(COLOUR_LABELS))
    model.load_state_dict(result.state)
    probabilities = predict_probabilities(model, validation.images)
    assert probabilities.shape == (4, len(LABELS))
    assert np.allclose(probabilities.sum(axis=1), 1.0, atol=1e-5)


def test_image_set_round_trip(tiny_sets, tmp_path) -> None:
    _, catalogue, _ = tiny_sets
    catalogue.save(tmp_path / "c.npz")
    loaded = ImageSet.load(tmp_path / "c.npz")
    assert np.array_equal(loaded.images, catalogue.images) and loaded.color_families == catalogue.color_families
