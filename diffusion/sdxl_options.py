"""The SDXL renderer's options and their checks: light to import (the settings read their defaults
from here; the pipeline itself is in diffusion/sdxl.py)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

DEFAULT_MODEL = "stabilityai/stable-diffusion-xl-base-1.0"
# musinsaigo 2.0: an SDXL LoRA trained on Musinsa street snaps (Korean fashion); its card loads it
# with `pipe.load_lora_weights("youngmki/musinsaigo-2.0")` on top of SDXL base 1.0.
DEFAULT_LORA = "youngmki/musinsaigo-2.0"

DTYPES = ("auto", "fp16", "bf16", "fp32")


def _size_error(shown: object) -> ValueError:
    return ValueError(f"size must be width,height: two multiples of 8 from 64 to 4096, such as 768,1024 (a "
                      f"lookbook page) or 768x1024, not {shown}")


def check_size(size: Sequence[int]) -> tuple[int, int]:
    """A picture size SDXL can draw: two multiples of 8 (its VAE halves the side three times)."""
    values = tuple(size)
    # bool is an int to Python, but `true,false` is no size.
    if len(values) != 2 or not all(isinstance(n, int) and not isinstance(n, bool) and 64 <= n <= 4096 and n % 8 == 0
                                   for n in values):
        raise _size_error(values)
    return values  # type: ignore[return-value]


def size_from(value: object) -> tuple[int, int]:
    """A checked size from what a person writes (`768,1024`, `768x1024`, JSON `[768,1024]`) or a pair."""
    try:
        return check_size(_size_parts(value))
    except (ValueError, TypeError):  # unreadable or out of range: one message, with what was written
        raise _size_error(repr(value) if isinstance(value, str) else value) from None


def _size_parts(value: object) -> tuple:
    if not isinstance(value, str):
        return tuple(value)  # type: ignore[arg-type]  # TypeError when it is no pair at all
    text = value.strip()
    parts = json.loads(text) if text.startswith("[") else text.lower().replace("x", ",").split(",")
    return tuple(int(part) if isinstance(part, str) else part for part in parts)


def loras_from(value: object) -> tuple[str, ...]:
    """LoRAs from what a person writes: comma-separated (`a/b, c.safetensors`), a JSON list (for a
    path with a comma in it), or a list; empty text means none."""
    try:
        names = _lora_names(value)
    except ValueError:  # text that starts like JSON but is not
        names = None
    if not isinstance(names, (list, tuple)) or not all(isinstance(name, str) for name in names):
        raise ValueError("loras must be hub ids, folders or .safetensors files separated by commas (such as "
                         f"youngmki/musinsaigo-2.0), or empty for none, not {value!r}")
    return tuple(name.strip() for name in names if name.strip())


def _lora_names(value: object) -> object:
    if not isinstance(value, str):
        return value
    text = value.strip()
    return json.loads(text) if text.startswith("[") else text.split(",")


def check_steps(steps: int) -> int:
    if not 1 <= steps <= 200:
        raise ValueError(f"steps must be from 1 to 200 (30 is SDXL's usual), not {steps}")
    return steps


def check_lora_scale(scale: float) -> float:
    if not 0.0 <= scale <= 2.0:
        raise ValueError(f"lora scale must be from 0 (no LoRA) to 2, not {scale}")
    return scale


def _check_options(options: "SDXLOptions") -> None:
    check_size(options.size)
    check_steps(options.steps)
    check_lora_scale(options.lora_scale)
    if not 0.0 < options.guidance <= 30.0:
        raise ValueError(f"guidance must be above 0 and at most 30 (7 is usual), not {options.guidance}")
    if options.dtype not in DTYPES:
        raise ValueError(f"dtype must be one of {', '.join(DTYPES)}, not {options.dtype!r}")
    if options.device is not None and options.device.split(":")[0] not in ("cuda", "cpu", "mps"):
        raise ValueError(f"device must be cuda, cuda:N, cpu or mps, not {options.device!r}")


@dataclass(frozen=True)
class SDXLOptions:
    model: str = DEFAULT_MODEL  # hub id (local cache only) or a local folder
    loras: tuple[str, ...] = (DEFAULT_LORA,)  # hub ids, folders or .safetensors files
    lora_scale: float = 0.6
    steps: int = 30
    size: tuple[int, int] = (768, 1024)  # width, height: a portrait, like a lookbook page
    guidance: float = 7.0  # the musinsaigo card's value; SDXL's own default is 5.0
    fuse_lora: bool = True  # merge the LoRAs into the weights: no per-layer LoRA cost at each step
    compile: bool = False  # torch.compile the UNet: minutes to warm up, then faster steps
    cpu_offload: bool = False  # keep only the running model on the GPU (fits ~8 GB cards, slower)
    channels_last: bool = True
    fuse_qkv: bool = True  # one matmul for q, k and v instead of three
    device: str | None = None  # None: cuda when available, else cpu
    dtype: str = "auto"  # auto (fp16 on CUDA, fp32 on CPU) | fp16 | bf16 | fp32
    seed: int | None = None  # None: a seed made from the outfit, so the same look gives the same picture

    def __post_init__(self) -> None:  # a bad option fails here, once, not on every look as a render error
        _check_options(self)

    def key(self) -> str:
        """What the picture depends on (not how fast it is made), for file names."""
        data = asdict(self)
        for speed_only in ("compile", "cpu_offload", "channels_last", "fuse_qkv", "fuse_lora"):
            data.pop(speed_only)
        return json.dumps(data, sort_keys=True, default=str)
