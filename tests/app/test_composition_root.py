"""app/ builds what the commands measure and train with from the one Settings: the benchmark's picture
vectors and the LoRA trainer's base model are the ones the settings name, not copies of defaults."""

from __future__ import annotations

import argparse
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from app.settings import Settings


class Stop(Exception):
    """Raised by a stand-in once it has seen what it was given: the rest of the run is not under test."""


def test_the_ingest_benchmark_uses_the_catalogues_picture_vectors(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    from app.bench import bench_retrieval
    from retrieval import benchmark

    seen: dict[str, Any] = {}

    def ingest_sample(parquet: Path, embedder: Any, image_embedder: Any, n: int = 0) -> dict:
        seen["image_embedder"] = image_embedder
        return {"ingest_items": 1}

    monkeypatch.setattr(benchmark, "bench_search", lambda catalog, queries, repeats: {"catalog_items": 1})
    monkeypatch.setattr(benchmark, "bench_ingest_sample", ingest_sample)
    built = object()  # what build_catalog made from STYLIST_IMAGE_EMBEDDER
    result = bench_retrieval(Settings(data_dir=tmp_path), SimpleNamespace(image_embedder=built))
    assert seen["image_embedder"] is built and result == {"catalog_items": 1, "ingest_items": 1}


def test_train_lora_starts_from_the_sdxl_model_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import diffusion.train_lora
    from app.commands_diffusion import cmd_train_lora

    (tmp_path / "a.png").write_bytes(b"")  # folder_examples only pairs names; nothing is decoded here
    (tmp_path / "a.txt").write_text("a white shirt", encoding="utf-8")
    monkeypatch.setenv("STYLIST_SDXL_MODEL", str(tmp_path / "my-sdxl"))
    monkeypatch.setenv("STYLIST_DATA_DIR", str(tmp_path / "data"))

    def train(config, examples):
        raise Stop(config.model)

    monkeypatch.setattr(diffusion.train_lora, "train_lora", train)
    args = argparse.Namespace(images=str(tmp_path), limit=None, model=None, out=None, steps=1, rank=4, lr=1e-4,
                              batch_size=1, resolution=64, checkpoint_every=1, resume=False, seed=0,
                              mixed_precision="no", gradient_checkpointing=False, device="cpu", json=True)
    with pytest.raises(Stop) as stopped:
        cmd_train_lora(args)
    assert stopped.value.args == (str(tmp_path / "my-sdxl"),)
