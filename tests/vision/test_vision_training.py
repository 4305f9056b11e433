"""The training pieces on a handful of generated images: data prep, augmentation, a 2-step run."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from domain.vocabulary import KINDS
from retrieval.vision.dataset import ImageSet, _garment_alpha, is_catalogue_holdout
from retrieval.vision.labels import CATALOGUE_KIND_TO_LABEL, LABEL_TO_PHOTO_CLASS, LABELS, PHOTO_CLASS_TO_LABEL


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
    from retrieval.vision.model import KIND_SIDE

    photos, catalogue, _ = tiny_sets
    gen = torch.Generator().manual_seed(0)
    x = photo_batch(torch.from_numpy(photos.images), gen)
    y = catalogue_batch(torch.from_numpy(catalogue.images), to_float(torch.from_numpy(photos.images)), gen)
    assert x.shape == (8, 3, KIND_SIDE, KIND_SIDE) and y.shape == (12, 3, KIND_SIDE, KIND_SIDE)
    assert torch.isfinite(x).all() and torch.isfinite(y).all()
    again = photo_batch(torch.from_numpy(photos.images), torch.Generator().manual_seed(0))
    assert torch.equal(x, again)  # one seed, one augmentation


def test_two_step_training_run(tiny_sets, tmp_path) -> None:
    """A one-epoch run of the kind net (random start: the ImageNet weights are a training-only
    install), saved as the training script saves it and read back by the classifier."""
    import json

    from safetensors.torch import save_file

    from retrieval.vision.classifier import CnnKindClassifier
    from retrieval.vision.kind_net import ARCHITECTURE, KindNet
    from retrieval.vision.train import TrainConfig, predict_probabilities, train

    photos, catalogue, validation = tiny_sets
    config = TrainConfig(epochs=1, photo_batch=4, threads=1, side=64)
    result = train(photos, catalogue, validation, config)
    assert result.best_epoch == 1 and len(result.history) == 1
    assert np.isfinite(result.history[0]["loss"])
    model = KindNet(len(LABELS))
    model.load_state_dict(result.state)
    probabilities = predict_probabilities(model, validation.images, 64)
    assert probabilities.shape == (4, len(LABELS))
    assert np.allclose(probabilities.sum(axis=1), 1.0, atol=1e-5)

    save_file({k: v.half() if v.is_floating_point() else v for k, v in result.state.items()}, str(tmp_path / "k.safetensors"))
    (tmp_path / "k.json").write_text(json.dumps({"labels": list(LABELS), "architecture": ARCHITECTURE, "input_side": 64}))
    classifier = CnnKindClassifier(tmp_path / "k.safetensors", tmp_path / "k.json", colour_weights=tmp_path / "none")
    image = Image.fromarray(validation.images[0]).resize((64, 64))
    read_back = {g.kind: g.confidence for g in classifier.classify(image)}
    expected = predict_probabilities(model, np.array(image)[None], 64)[0]
    assert [read_back[label] for label in LABELS] == pytest.approx(list(expected), abs=0.02)


def test_cutmix_pastes_one_box_and_reports_the_share_left() -> None:
    import torch

    from retrieval.vision.train import _cutmix

    x = torch.stack([torch.full((3, 20, 20), float(i)) for i in range(6)])
    y = torch.arange(6)
    for seed in range(20):
        mixed, other, share = _cutmix(x, y, 1.0, torch.Generator().manual_seed(seed))
        for i in range(6):
            kept = (mixed[i] == float(i)).float().mean().item()
            pasted = (mixed[i] == float(other[i])).float().mean().item()
            # every pixel is either the image's own or the partner's, in the share reported
            assert kept == pytest.approx(share) or other[i] == i
            assert other[i] == i or kept + pasted == pytest.approx(1.0)
    unmixed, same, share = _cutmix(x, y, 0.0, torch.Generator().manual_seed(0))
    assert share == 1.0 and torch.equal(unmixed, x) and torch.equal(same, y)


def test_colour_net_learns_flat_colours(tiny_sets) -> None:
    """A few epochs on thumbnails of one flat colour each are enough to tell red, navy and white."""
    import torch

    from retrieval.vision.augment import to_float
    from retrieval.vision.colour_train import ColourTrainConfig, train_colour
    from retrieval.vision.labels import COLOUR_LABELS
    from retrieval.vision.model import COLOUR_SIDE, COLOUR_WIDTHS, GarmentNet
    from retrieval.vision.train import predict_probabilities

    photos, _, _ = tiny_sets
    colours = {"red": (200, 20, 30), "navy": (25, 35, 80), "white": (250, 250, 250)}
    rgba, families = [], []
    for family, rgb in colours.items():
        for _ in range(16):
            image = np.zeros((80, 80, 4), dtype=np.uint8)
            image[:, :] = (*rgb, 0)
            image[15:65, 20:60, 3] = 255  # the garment; the rest is studio background (alpha 0)
            image[:, :, :3][image[:, :, 3] == 0] = 245
            rgba.append(image)
            families.append(family)
    catalogue = ImageSet(np.stack(rgba), np.full(len(rgba), -1), [str(i) for i in range(len(rgba))], families)
    config = ColourTrainConfig(epochs=8, batch=16, max_lr=0.01, ema_decay=0.5, threads=1)
    state = train_colour(catalogue, to_float(torch.from_numpy(photos.images)), config)
    model = GarmentNet(len(COLOUR_LABELS), widths=COLOUR_WIDTHS)
    model.load_state_dict(state)
    probabilities = predict_probabilities(model, catalogue.images[::16], COLOUR_SIDE)
    assert [COLOUR_LABELS[i] for i in probabilities.argmax(axis=1)] == list(colours)


def test_image_set_round_trip(tiny_sets, tmp_path) -> None:
    _, catalogue, _ = tiny_sets
    catalogue.save(tmp_path / "c.npz")
    loaded = ImageSet.load(tmp_path / "c.npz")
    assert np.array_equal(loaded.images, catalogue.images) and loaded.color_families == catalogue.color_families
