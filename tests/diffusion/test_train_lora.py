"""LoRA training on the tiny SDXL: the loss goes down, the file is what load_lora_weights loads, resume."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from diffusion.train_lora import LoraTrainer, TrainConfig, catalog_examples, folder_examples, train_lora
from domain.items import Item

SIZE = 64


def _config(model: Path, out: Path, **changes) -> TrainConfig:
    values = dict(model=str(model), output_dir=out, steps=4, resolution=SIZE, learning_rate=1e-2,
                  checkpoint_every=0, device="cpu", progress=False)
    return TrainConfig(**{**values, **changes})


def test_a_few_steps_reduce_the_loss_on_a_fixed_batch(tiny_sdxl_dir: Path, tmp_path: Path, colour_pictures) -> None:
    colour_pictures(tmp_path / "pictures")
    trainer = LoraTrainer(_config(tiny_sdxl_dir, tmp_path / "out"))
    data = trainer.encode(folder_examples(tmp_path / "pictures"))
    with torch.no_grad():
        before = float(trainer.loss(data, step=0))
    for _ in range(8):
        trainer.step(data, step=0)  # step 0 every time: the same batch, noise and timesteps
    with torch.no_grad():
        after = float(trainer.loss(data, step=0))
    assert after < 0.97 * before, (before, after)


def test_the_saved_file_has_the_keys_the_pipeline_loader_reads(trained_lora: Path) -> None:
    keys = list(load_file(trained_lora))
    assert trained_lora.name == "pytorch_lora_weights.safetensors"
    assert keys and all(k.startswith("unet.") and ".lora_" in k for k in keys)


def test_checkpoints_and_resume_continue_the_same_run(tiny_sdxl_dir: Path, tmp_path: Path, colour_pictures) -> None:
    colour_pictures(tmp_path / "pictures")
    examples = folder_examples(tmp_path / "pictures")
    straight = train_lora(_config(tiny_sdxl_dir, tmp_path / "straight"), examples)
    first = train_lora(_config(tiny_sdxl_dir, tmp_path / "split", steps=3, checkpoint_every=1, keep_checkpoints=1), examples)
    assert [p.name for p in (tmp_path / "split").glob("checkpoint-*")] == ["checkpoint-000002"]  # older ones pruned
    assert first.resumed_from == 0
    # As if the first run died after its last checkpoint: the resumed run redoes step 3 and goes on to 4.
    resumed = train_lora(_config(tiny_sdxl_dir, tmp_path / "split", resume=True), examples)
    assert resumed.resumed_from == 2 and resumed.steps == 4
    a, b = load_file(straight.lora), load_file(resumed.lora)
    assert a.keys() == b.keys()
    for key in a:
        torch.testing.assert_close(a[key], b[key], atol=1e-5, rtol=1e-4)


def test_resume_without_a_checkpoint_starts_at_zero(tiny_sdxl_dir: Path, tmp_path: Path, colour_pictures) -> None:
    colour_pictures(tmp_path / "pictures")
    result = train_lora(_config(tiny_sdxl_dir, tmp_path / "out", steps=1, resume=True), folder_examples(tmp_path / "pictures"))
    assert result.resumed_from == 0 and result.lora.is_file()


def test_folder_examples_need_captions(tmp_path: Path, colour_pictures) -> None:
    pictures = colour_pictures(tmp_path)
    pictures[0].with_suffix(".txt").unlink()
    examples = folder_examples(tmp_path)
    assert [e.image for e in examples] == pictures[1:]
    assert examples[0].caption == "fashion photo, garment in colour 1"
    for path in pictures[1:]:
        path.with_suffix(".txt").unlink()
    with pytest.raises(ValueError, match="no captioned pictures"):
        folder_examples(tmp_path)


def test_catalog_examples_are_captioned_from_attributes(tmp_path: Path, colour_pictures) -> None:
    picture = colour_pictures(tmp_path)[0]
    items = [Item(id="7", name="Slim Oxford Shirt", kind="shirt", slot="top", color="Navy Blue", color_family="navy",
                  gender="men", styles=("classic",), image=str(picture)),
             Item(id="8", name="No picture", kind="jeans", slot="bottom", color="Blue", color_family="blue", gender="men")]
    [example] = catalog_examples(items)
    assert example.image == picture
    assert "navy blue shirt" in example.caption and "Slim Oxford Shirt" in example.caption and "classic" in example.caption
