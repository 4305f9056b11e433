"""The CLIP zero-shot backend, on a tiny CLIP built from configs (random weights, no download)."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from domain.vocabulary import KINDS, slot_of
from retrieval.vision.analyze import analyze_photo
from retrieval.vision.backends import build_kind_classifier
from retrieval.vision.classifier import CnnKindClassifier
from retrieval.vision.labels import LABELS


def _byte_level_alphabet() -> list[str]:
    # GPT-2/CLIP byte-level BPE: every byte has a printable stand-in character.
    visible = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    codes, extra = visible[:], 0
    for byte in range(256):
        if byte not in visible:
            codes.append(256 + extra)
            extra += 1
    return [chr(c) for c in codes]


@pytest.fixture(scope="module")
def tiny_clip_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A saved tiny CLIP (32-d, 2 layers, 32 px images) and a character-level CLIP tokenizer."""
    import torch
    from transformers import CLIPConfig, CLIPModel, CLIPTokenizer

    torch.manual_seed(0)
    specials = ["<|startoftext|>", "<|endoftext|>"]
    chars = _byte_level_alphabet()
    vocab = {token: index for index, token in enumerate(specials + chars + [c + "</w>" for c in chars])}
    tokenizer = CLIPTokenizer(vocab=vocab, merges=[])
    config = CLIPConfig(
        text_config={"vocab_size": len(vocab), "hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 2,
                     "num_attention_heads": 2, "max_position_embeddings": 77,
                     "bos_token_id": vocab["<|startoftext|>"], "eos_token_id": vocab["<|endoftext|>"],
                     "pad_token_id": vocab["<|endoftext|>"]},
        vision_config={"hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 2, "num_attention_heads": 2,
                       "image_size": 32, "patch_size": 8},
        projection_dim=16,
    )
    folder = tmp_path_factory.mktemp("tiny-clip")
    CLIPModel(config).eval().save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def test_zero_shot_over_the_whole_vocabulary(tiny_clip_dir: Path, draw_shirt) -> None:
    classifier = build_kind_classifier("clip", str(tiny_clip_dir))
    guesses = classifier.classify(draw_shirt((190, 25, 35), (255, 255, 255)))
    assert sorted(g.kind for g in guesses) == sorted(KINDS)
    confidences = [g.confidence for g in guesses]
    assert confidences == sorted(confidences, reverse=True)
    assert sum(confidences) == pytest.approx(1.0, abs=1e-5)


def test_clip_embedding_is_normalised(tiny_clip_dir: Path, draw_shirt) -> None:
    classifier = build_kind_classifier("clip", str(tiny_clip_dir))
    vectors = classifier.embed([draw_shirt((190, 25, 35), (255, 255, 255)), Image.new("RGB", (40, 90), "navy")])
    assert vectors.shape == (2, 16)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_analyze_with_clip_backend(tiny_clip_dir: Path, draw_shirt, write_photo) -> None:
    path = write_photo(draw_shirt((190, 25, 35), (255, 255, 255)), "shirt.png")
    analysis = analyze_photo(path, build_kind_classifier("clip", str(tiny_clip_dir)))
    assert analysis.kind in KINDS and analysis.slot == slot_of(analysis.kind)
    assert len(analysis.alternatives) == 2 and analysis.color_family == "red"


def test_settings_choose_the_clip_backend(tiny_clip_dir: Path, draw_shirt, write_photo) -> None:
    """STYLIST_VISION_BACKEND=clip with STYLIST_CLIP_MODEL: photos are read by that CLIP model."""
    from app.settings import Settings
    from app.wiring import photo_reader

    path = str(write_photo(draw_shirt((190, 25, 35), (255, 255, 255)), "shirt.png"))
    clip = photo_reader(Settings(vision_backend="clip", clip_model=str(tiny_clip_dir)))(path)
    expected = analyze_photo(path, build_kind_classifier("clip", str(tiny_clip_dir)))
    assert (clip.kind, clip.confidence, clip.alternatives) == (expected.kind, expected.confidence, expected.alternatives)
    cnn = photo_reader(Settings())(path)
    assert cnn.kind in LABELS and (cnn.kind, cnn.confidence) != (clip.kind, clip.confidence)


@pytest.mark.parametrize("model", [None, "/nonexistent/fashion-clip", "no-such-org/no-such-model"])
def test_unloadable_clip_falls_back_to_the_cnn(model, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        classifier = build_kind_classifier("clip", model)
    assert isinstance(classifier, CnnKindClassifier)
    assert "CLIP vision backend unavailable" in caplog.text


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown vision backend"):
        build_kind_classifier("resnet")
