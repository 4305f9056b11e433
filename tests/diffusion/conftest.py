"""Tiny real SDXL fixtures: a random pipeline built from configs, saved like a real model folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

SIZE = (64, 64)
STEPS = 2


@pytest.fixture(autouse=True, scope="module")
def _one_torch_thread():
    """Tiny models are all threading overhead: on 2 shared cores one thread is ~5x faster and steadier."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="session")
def tiny_sdxl_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny SDXL pipeline folder (save_pretrained layout), loaded by the same code as real weights."""
    from diffusion.random_sdxl import TINY, random_pipeline

    folder = tmp_path_factory.mktemp("tiny-sdxl")
    random_pipeline(TINY, seed=0).save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def tiny_options(tiny_sdxl_dir: Path):
    from diffusion.sdxl_options import SDXLOptions

    return SDXLOptions(model=str(tiny_sdxl_dir), loras=(), size=SIZE, steps=STEPS, device="cpu", guidance=5.0)


@pytest.fixture(scope="session")
def colour_pictures():
    return _colour_pictures


def _colour_pictures(folder: Path, colours=((210, 40, 40), (40, 60, 200), (30, 150, 60))) -> list[Path]:
    """Small flat pictures with captions beside them (the train-lora folder layout)."""
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, rgb in enumerate(colours):
        path = folder / f"look{number}.png"
        image = Image.new("RGB", (80, 96), (245, 245, 245))
        ImageDraw.Draw(image).rectangle((16, 16, 64, 80), fill=rgb)
        image.save(path)
        path.with_suffix(".txt").write_text(f"fashion photo, garment in colour {number}", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="session")
def trained_lora(tiny_sdxl_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A LoRA file written by train-lora's trainer after a few steps on the tiny model."""
    from diffusion.train_lora import TrainConfig, folder_examples, train_lora

    root = tmp_path_factory.mktemp("lora")
    config = TrainConfig(model=str(tiny_sdxl_dir), output_dir=root / "out", steps=6, resolution=SIZE[0],
                         learning_rate=5e-2, checkpoint_every=0, device="cpu", progress=False)
    _colour_pictures(root / "pictures")
    return train_lora(config, folder_examples(root / "pictures")).lora
