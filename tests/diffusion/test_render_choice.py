"""make_renderer and FallbackRenderer: a failed picture is a collage with a reason, never an error."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from diffusion.choice import FallbackRenderer, fallback_reason, make_renderer
from diffusion.collage import CollageRenderer
from diffusion.sdxl import SDXLRenderer
from domain.items import Item
from domain.rendering import Renderer, RenderError, RenderRequest

REPO = Path(__file__).resolve().parents[2]
ITEMS = [Item(id="1", name="Tee", kind="tshirt", slot="top", color="White", color_family="white", gender="unisex"),
         Item(id="2", name="Jeans", kind="jeans", slot="bottom", color="Blue", color_family="blue", gender="unisex")]


class BrokenRenderer:
    """A renderer whose drawing fails the way a GPU does, counting its attempts."""

    name, parallel_renders = "sdxl", 1

    def __init__(self, error: Exception) -> None:
        self.error, self.calls = error, 0

    def render(self, request: RenderRequest):
        self.calls += 1
        raise self.error


class OutOfMemoryError(RuntimeError):
    """Named like torch.cuda.OutOfMemoryError, which the wrapper recognises by name."""


def test_a_missing_model_folder_falls_back_to_the_collage_with_a_reason(tiny_options, tmp_path: Path) -> None:
    options = replace(tiny_options, model=str(tmp_path / "missing-model"))
    renderer = make_renderer("sdxl", out_dir=tmp_path, sdxl_options=options)
    assert isinstance(renderer, Renderer) and isinstance(renderer.primary, SDXLRenderer)
    outcome = renderer.render(RenderRequest.of(ITEMS, "Look 1", style="casual"))
    assert outcome.path.is_file() and outcome.path.name.startswith("look-")  # the collage's file
    assert outcome.renderer == "collage"
    reason = outcome.fallback
    assert reason and "missing-model" in reason and reason.endswith("showing a collage instead.") and "\n" not in reason


def test_a_load_failure_is_not_retried_but_a_drawing_failure_is(tmp_path: Path) -> None:
    from diffusion.sdxl import SDXLLoadError

    collage = CollageRenderer(tmp_path)
    broken_load = BrokenRenderer(SDXLLoadError("no weights here."))
    renderer = FallbackRenderer(broken_load, collage)
    first = renderer.render(RenderRequest.of(ITEMS, "A"))
    second = renderer.render(RenderRequest.of(ITEMS, "B"))
    assert broken_load.calls == 1 and first.fallback == second.fallback and second.renderer == "collage"

    out_of_memory = BrokenRenderer(OutOfMemoryError("CUDA out of memory. Tried to allocate 2 GiB"))
    renderer = FallbackRenderer(out_of_memory, collage)
    renderer.render(RenderRequest.of(ITEMS, "A"))
    reason = renderer.render(RenderRequest.of(ITEMS, "B")).fallback
    assert out_of_memory.calls == 2
    assert "ran out of memory" in reason and "STYLIST_SDXL_CPU_OFFLOAD" in reason


def test_any_other_error_is_one_line_too() -> None:
    reason = fallback_reason(ValueError("first line\nsecond line " + "x" * 500))
    assert reason.startswith("SDXL failed (ValueError: first line") and "\n" not in reason and len(reason) < 300


def test_the_collage_kind_draws_collages_and_ignores_sdxl_hints(tmp_path: Path) -> None:
    renderer = make_renderer("collage", out_dir=tmp_path)
    outcome = renderer.render(RenderRequest.of(ITEMS, "Look", style="minimal", seed=3, progress=lambda d, t: None))
    assert outcome.renderer == "collage" and outcome.fallback is None and outcome.path.is_file()


def test_an_empty_outfit_is_still_a_render_error(tiny_options, tmp_path: Path) -> None:
    renderer = make_renderer("sdxl", out_dir=tmp_path, sdxl_options=replace(tiny_options, model=str(tmp_path / "none")))
    with pytest.raises(RenderError):
        renderer.render(RenderRequest.of([], "Nothing"))


def test_auto_picks_the_collage_without_weights_or_gpu(tiny_options, tmp_path: Path) -> None:
    no_weights = make_renderer("auto", out_dir=tmp_path, sdxl_options=replace(tiny_options, model=str(tmp_path / "none")))
    assert no_weights.name == "collage" and "not found" in no_weights.note
    no_gpu = make_renderer("auto", out_dir=tmp_path, sdxl_options=tiny_options)  # weights there, device cpu
    assert no_gpu.name == "collage" and "CUDA" in no_gpu.note


def test_sdxl_renders_through_the_wrapper_when_it_works(tiny_options, tmp_path: Path) -> None:
    renderer = make_renderer("sdxl", out_dir=tmp_path, sdxl_options=tiny_options)
    steps = []
    outcome = renderer.render(RenderRequest.of(ITEMS, "Look", style="casual", progress=lambda d, t: steps.append(d)))
    assert outcome.renderer == "sdxl" and outcome.fallback is None and outcome.path.name.startswith("sdxl-")
    assert steps == [1, 2]


def test_unknown_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="collage, sdxl, auto"):
        make_renderer("dalle", out_dir=tmp_path)


def test_importing_the_choice_module_loads_no_torch() -> None:
    code = "import sys, diffusion.choice, diffusion.sdxl, diffusion.export; print('torch' in sys.modules, 'diffusers' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]
