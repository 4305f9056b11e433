"""SDXL speed: plain diffusers defaults against this project's optimised path, in one run (GPU only).

Both run the real SDXL 1.0 architecture (UNet, both text encoders, VAE built from their configs with
random weights: speed does not depend on the values, and nothing downloads) with the same random
LoRA attached, 30 steps at 1024x1024, batch 1:

- plain: fp16, the LoRA live through peft (not fused), diffusers' default attention, no compile;
- optimised: `diffusion.sdxl.optimise_pipeline` (the renderer's own code): LoRA fused and unloaded,
  SDPA, fused QKV projections, channels-last, and torch.compile unless --no-compile.

Prints one JSON object with both times and their ratio (target: optimised <= 0.6x plain). On a
machine without CUDA it prints "skipped: no CUDA" and exits 0.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing it

TARGET_RATIO = 0.6
PROMPT = "RAW photo, minimal fashion lookbook photo, full body, a young model wearing a navy blue coat and white sneakers"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=30, help="denoising steps per picture")
    parser.add_argument("--size", type=int, default=1024, help="square picture side, pixels")
    parser.add_argument("--repeats", type=int, default=3, help="timed pictures per path (the median is reported)")
    parser.add_argument("--lora-rank", type=int, default=32)
    parser.add_argument("--lora-scale", type=float, default=0.6)
    parser.add_argument("--compile", action=argparse.BooleanOptionalAction, default=True,
                        help="torch.compile the optimised UNet (warm-up takes minutes)")
    parser.add_argument("--dtype", choices=("fp16", "bf16", "fp32"), default="fp16")
    return parser.parse_args(argv)


def build(args: argparse.Namespace, configs=None, device: str = "cuda"):
    """The real-size SDXL (or `configs`) with a random LoRA loaded the way a real one is."""
    import torch

    from diffusion.random_sdxl import REAL, random_lora, random_pipeline

    dtype = {"fp16": torch.float16, "bf16": torch.bfloat16, "fp32": torch.float32}[args.dtype]
    pipe = random_pipeline(configs or REAL, device=device, dtype=dtype)
    pipe.load_lora_weights(random_lora(pipe.unet, rank=args.lora_rank), adapter_name="bench")
    pipe.set_adapters(["bench"], adapter_weights=[args.lora_scale])
    return pipe


def time_pictures(pipe, args: argparse.Namespace, runs: int) -> list[float]:
    """Seconds per picture for `runs` pictures; the first ones include warm-up (autotuning, compilation)."""
    import torch

    timings = []
    for _ in range(runs):
        torch.cuda.synchronize()
        start = time.perf_counter()
        pipe(prompt=PROMPT, negative_prompt="blurry, text", width=args.size, height=args.size,
             num_inference_steps=args.steps, generator=torch.Generator("cpu").manual_seed(0), output_type="pil")
        torch.cuda.synchronize()
        timings.append(time.perf_counter() - start)
    return timings


def optimise(pipe, args: argparse.Namespace) -> None:
    from diffusion.sdxl import compile_unet, optimise_pipeline
    from diffusion.sdxl_options import SDXLOptions

    options = SDXLOptions(lora_scale=args.lora_scale, fuse_lora=True, compile=args.compile)
    optimise_pipeline(pipe, ["bench"], options)
    if args.compile:
        compile_unet(pipe)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    import torch

    if not torch.cuda.is_available():
        print("skipped: no CUDA")
        return 0
    pipe = build(args)
    warmups = 2 if args.compile else 1
    plain = time_pictures(pipe, args, 1 + args.repeats)[1:]
    start = time.perf_counter()
    optimise(pipe, args)  # in place: the same weights, the same LoRA
    optimise_s = time.perf_counter() - start
    runs = time_pictures(pipe, args, warmups + args.repeats)
    optimised, warmup_s = runs[warmups:], sum(runs[:warmups])
    plain_s, optimised_s = statistics.median(plain), statistics.median(optimised)
    print(json.dumps({
        "device": torch.cuda.get_device_name(), "dtype": args.dtype, "steps": args.steps, "size": args.size,
        "lora_rank": args.lora_rank, "compile": args.compile,
        "plain_s": round(plain_s, 3), "optimised_s": round(optimised_s, 3),
        "ratio": round(optimised_s / plain_s, 3), "target_ratio": TARGET_RATIO,
        "meets_target": optimised_s / plain_s <= TARGET_RATIO,
        "plain_runs_s": [round(t, 3) for t in plain], "optimised_runs_s": [round(t, 3) for t in optimised],
        "optimise_s": round(optimise_s, 2), "optimised_warmup_s": round(warmup_s, 2),
        "peak_gpu_gb": round(torch.cuda.max_memory_allocated() / 2**30, 2),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
