"""SDXLRenderer on a tiny random SDXL saved to disk: the loader, LoRAs, fusing, seeds, progress."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from diffusion.prompting import build_prompt
from diffusion.sdxl import LORA_WEIGHT_NAME, SDXLLoadError, SDXLRenderer, missing_weights, resolve_lora
from diffusion.sdxl_options import SDXLOptions
from domain.items import Item
from domain.rendering import Renderer, RenderRequest


def _draw(renderer, items, title: str, subtitle: str = "", **hints) -> Path:
    """The picture's path, from the one renderer protocol."""
    return renderer.render(RenderRequest.of(items, title, subtitle, **hints)).path


ITEMS = [
    Item(id="1", name="Oxford shirt", kind="shirt", slot="top", color="Navy Blue", color_family="navy", gender="men", styles=("classic",)),
    Item(id="2", name="Chinos", kind="trousers", slot="bottom", color="Beige", color_family="beige", gender="men", styles=("classic",)),
    Item(id="3", name="Loafers", kind="shoes", slot="shoes", color="Brown", color_family="brown", gender="men"),
]
LOOK = build_prompt(ITEMS, style="classic", occasion="date")


def _picture(options: SDXLOptions, seed: int = 0) -> np.ndarray:
    return SDXLRenderer(Path("/nonexistent"), options).generate(LOOK, seed=seed, output_type="np")


def test_the_real_loader_assembles_the_saved_pipeline_and_renders_a_png(tiny_options, tmp_path: Path) -> None:
    from diffusers import StableDiffusionXLPipeline

    renderer = SDXLRenderer(tmp_path, tiny_options)
    assert isinstance(renderer, Renderer) and not renderer.loaded  # lazy: nothing loads until asked
    steps: list[tuple[int, int]] = []
    path = _draw(renderer, ITEMS, title="Look 1", style="classic", occasion="date", progress=lambda d, t: steps.append((d, t)))
    assert isinstance(renderer.pipeline(), StableDiffusionXLPipeline)
    assert steps == [(1, 2), (2, 2)]
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size == tiny_options.size
    assert _draw(renderer, ITEMS, title="Look 1", style="classic", occasion="date") == path  # same look, same file
    assert _draw(renderer, ITEMS, title="Look 1", style="street", occasion="date") != path


def test_the_same_seed_gives_the_same_picture_and_another_seed_another(tiny_options) -> None:
    first, again, other = _picture(tiny_options, 7), _picture(tiny_options, 7), _picture(tiny_options, 8)
    assert np.array_equal(first, again)
    assert not np.allclose(first, other, atol=1e-3)


def test_a_trained_lora_changes_the_picture_and_scale_zero_gives_the_base(tiny_options, trained_lora: Path) -> None:
    base = _picture(tiny_options)
    adapted = _picture(replace(tiny_options, loras=(str(trained_lora),), lora_scale=1.0))
    assert np.abs(adapted - base).max() > 1e-3
    off = _picture(replace(tiny_options, loras=(str(trained_lora),), lora_scale=0.0))
    np.testing.assert_allclose(off, base, atol=1e-5)


def test_fused_and_unfused_loras_agree(tiny_options, trained_lora: Path) -> None:
    with_lora = replace(tiny_options, loras=(str(trained_lora.parent),), lora_scale=0.6)  # a folder works too
    fused = _picture(replace(with_lora, fuse_lora=True))
    live = _picture(replace(with_lora, fuse_lora=False, fuse_qkv=False, channels_last=False))
    np.testing.assert_allclose(fused, live, atol=1e-4)


def test_two_loras_load_as_two_adapters(tiny_options, trained_lora: Path, tmp_path: Path) -> None:
    copy = tmp_path / "second.safetensors"
    copy.write_bytes(trained_lora.read_bytes())
    renderer = SDXLRenderer(tmp_path, replace(tiny_options, loras=(str(trained_lora), str(copy)), fuse_lora=False))
    assert set(renderer.pipeline().get_active_adapters()) == {"lora0", "lora1"}


def test_missing_model_folder_is_a_load_error_with_a_reason(tiny_options, tmp_path: Path) -> None:
    options = replace(tiny_options, model=str(tmp_path / "no-such-model"))
    assert "not found" in (missing_weights(options) or "")
    with pytest.raises(SDXLLoadError, match="no-such-model"):
        _draw(SDXLRenderer(tmp_path, options), ITEMS, title="Look")


def test_an_uncached_hub_id_is_a_load_error_not_a_download(tiny_options) -> None:
    reason = missing_weights(replace(tiny_options, loras=("someone/not-a-cached-lora",)))
    assert reason and "not in the local Hugging Face cache" in reason and "hf download" in reason


def test_lora_specs_resolve_to_folder_and_file(trained_lora: Path) -> None:
    assert resolve_lora(str(trained_lora)) == (trained_lora.parent, LORA_WEIGHT_NAME)
    assert resolve_lora(str(trained_lora.parent)) == (trained_lora.parent, None)
