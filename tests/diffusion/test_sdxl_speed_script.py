"""benchmarks/sdxl_speed.py runs on GPUs only; here: its CLI, its CPU skip, and its model code on TINY."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "benchmarks" / "sdxl_speed.py"


def _module():
    spec = importlib.util.spec_from_file_location("sdxl_speed", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_help_and_the_no_cuda_skip() -> None:
    help_text = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, check=True).stdout
    assert "--compile" in help_text and "--steps" in help_text
    if not torch.cuda.is_available():
        run = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, cwd=REPO)
        assert run.returncode == 0 and run.stdout.strip() == "skipped: no CUDA"


def test_the_benchmarks_plain_and_optimised_paths_draw_the_same_picture() -> None:
    from diffusion.random_sdxl import TINY

    bench = _module()
    args = bench.parse_args(["--dtype", "fp32", "--no-compile", "--lora-rank", "4"])
    pipe = bench.build(args, configs=TINY, device="cpu")
    assert pipe.get_active_adapters() == ["bench"]

    def picture() -> np.ndarray:
        return pipe(prompt=bench.PROMPT, width=64, height=64, num_inference_steps=2, output_type="np",
                    generator=torch.Generator("cpu").manual_seed(0)).images[0]

    plain = picture()
    pipe.unet.disable_lora()
    without_lora = picture()
    pipe.unet.enable_lora()
    assert np.abs(plain - without_lora).max() > 1e-4  # the random LoRA really acts
    bench.optimise(pipe, args)
    assert not pipe.get_list_adapters()  # fused and unloaded: no peft layers left on the hot path
    np.testing.assert_allclose(picture(), plain, atol=1e-4)
