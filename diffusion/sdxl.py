"""The configured lookbook renderer: SDXL base + fashion LoRA(s) through diffusers and peft.

Weights never download here: a hub id is looked up in the local Hugging Face cache only, or the
model is a local folder (`save_pretrained` layout). torch and diffusers load on first use, and the
pipeline loads once per renderer, on the first picture (or `pipeline()`), behind a lock.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diffusion.files import save_image
from diffusion.prompting import LookPrompt, build_prompt
from diffusion.sdxl_options import SDXLOptions
from domain.items import Item
from domain.rendering import Progress, RenderError, RenderOutcome, RenderRequest

if TYPE_CHECKING:
    import torch
    from diffusers import StableDiffusionXLPipeline

log = logging.getLogger(__name__)

LORA_WEIGHT_NAME = "pytorch_lora_weights.safetensors"  # the name diffusers writes and looks for
RENDER_VERSION = 1  # part of every file name: a change in how pictures are made must not reuse old ones


class SDXLLoadError(RenderError):
    """The SDXL pipeline or one of its LoRAs cannot be loaded (missing weights, bad folder...)."""


# --- finding weights (no torch) --------------------------------------------------------------------


def resolve_model(spec: str) -> Path:
    """The local folder of an SDXL pipeline: `spec` itself, or its snapshot in the HF cache."""
    folder = _local_or_cached(spec, what="SDXL model")
    if not (folder / "model_index.json").is_file():
        raise SDXLLoadError(f"{folder} is not a diffusers pipeline folder (no model_index.json).")
    return folder


def resolve_lora(spec: str) -> tuple[Path, str | None]:
    """(folder, weight file name or None to let diffusers pick) of a LoRA given as id, folder or file."""
    path = Path(spec).expanduser()
    if path.is_file():
        return path.parent, path.name
    if path.is_dir():
        return path, None
    repo, _, inner = _split_hub_file(spec)
    folder = _local_or_cached(repo, what="LoRA")
    if inner:
        return (folder / inner).parent, Path(inner).name
    return folder, None


def missing_weights(options: SDXLOptions) -> str | None:
    """Why the configured weights cannot be loaded here (one line), or None when they are all present."""
    try:
        resolve_model(options.model)
        for lora in options.loras:
            resolve_lora(lora)
    except SDXLLoadError as error:
        return error.message
    return None


def _split_hub_file(spec: str) -> tuple[str, str, str]:
    """'owner/repo/dir/file.safetensors' -> ('owner/repo', '/', 'dir/file.safetensors')."""
    parts = spec.split("/")
    if len(parts) > 2 and spec.endswith(".safetensors"):
        return "/".join(parts[:2]), "/", "/".join(parts[2:])
    return spec, "", ""


def _local_or_cached(spec: str, *, what: str) -> Path:
    path = Path(spec).expanduser()
    if path.exists():
        return path
    if spec.startswith((".", "/", "~")) or spec.count("/") != 1:
        raise SDXLLoadError(f"the {what} {spec!r} was not found: no such folder or file.")
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(repo_id=spec, local_files_only=True))
    except Exception as error:  # noqa: BLE001 - not cached, bad id, broken cache: all mean "not here"
        log.debug("sdxl: %s %s not cached: %r", what, spec, error)
        raise SDXLLoadError(
            f"the {what} {spec!r} is not in the local Hugging Face cache: run `hf download {spec}` once, "
            "or set a local folder."
        ) from error


# --- building the pipeline -------------------------------------------------------------------------


def pick_device(options: SDXLOptions) -> tuple[str, "torch.dtype"]:
    """The device and weight precision: half precision on CUDA, fp32 on CPU (CPU fp16 is slow)."""
    import torch

    device = options.device or ("cuda" if torch.cuda.is_available() else "cpu")
    wanted = {"fp16": torch.float16, "bf16": torch.bfloat16, "fp32": torch.float32}.get(options.dtype)
    if device.startswith("cpu"):
        return device, torch.float32
    return device, wanted or torch.float16


def load_base(folder: Path, dtype: "torch.dtype") -> "StableDiffusionXLPipeline":
    """The pipeline in `folder`, preferring its fp16 weight files when half precision is wanted."""
    import torch
    from diffusers import StableDiffusionXLPipeline

    fp16_files = (folder / "unet" / "diffusion_pytorch_model.fp16.safetensors").is_file()
    variant = "fp16" if fp16_files and dtype != torch.float32 else None
    try:
        return StableDiffusionXLPipeline.from_pretrained(folder, dtype=dtype, variant=variant, local_files_only=True)
    except Exception as error:  # noqa: BLE001 - a broken or incomplete folder
        raise SDXLLoadError(f"the SDXL model in {folder} could not be loaded: {_first_line(error)}") from error


def attach_loras(pipe: "StableDiffusionXLPipeline", specs: Sequence[str]) -> list[str]:
    """Load each LoRA as its own peft adapter; returns the adapter names."""
    names = []
    for number, spec in enumerate(specs):
        folder, weight_name = resolve_lora(spec)
        name = f"lora{number}"
        try:
            pipe.load_lora_weights(str(folder), weight_name=weight_name, adapter_name=name, local_files_only=True)
        except Exception as error:  # noqa: BLE001 - wrong format, not an SDXL LoRA...
            raise SDXLLoadError(f"the LoRA {spec!r} could not be loaded: {_first_line(error)}") from error
        names.append(name)
    return names


def optimise_pipeline(pipe: "StableDiffusionXLPipeline", adapters: Sequence[str], options: SDXLOptions) -> None:
    """Speed-ups that keep the picture the same (up to rounding); shared with benchmarks/sdxl_speed.py."""
    from diffusers.models.attention_processor import AttnProcessor2_0

    if adapters:
        pipe.set_adapters(list(adapters), adapter_weights=[options.lora_scale] * len(adapters))
        if options.fuse_lora:
            pipe.fuse_lora(components=["unet", "text_encoder", "text_encoder_2"], adapter_names=list(adapters), lora_scale=1.0)
            pipe.unload_lora_weights()  # the merged weights stay; the peft wrappers and their cost go
    pipe.unet.set_attn_processor(AttnProcessor2_0())  # PyTorch SDPA (flash / memory-efficient kernels)
    if options.fuse_qkv and not (adapters and not options.fuse_lora):  # live LoRA layers cannot be fused
        pipe.unet.fuse_qkv_projections()
        pipe.vae.fuse_qkv_projections()
    if options.channels_last:
        import torch

        pipe.unet.to(memory_format=torch.channels_last)
        pipe.vae.to(memory_format=torch.channels_last)


def compile_unet(pipe: "StableDiffusionXLPipeline") -> None:
    """torch.compile the UNet in place, with the inductor settings diffusers recommends for SDXL."""
    import torch

    config = torch._inductor.config
    config.conv_1x1_as_mm = True
    config.coordinate_descent_tuning = True
    config.epilogue_fusion = False
    config.coordinate_descent_check_all_directions = True
    pipe.unet.compile(mode="max-autotune", fullgraph=True)


def load_pipeline(options: SDXLOptions) -> "StableDiffusionXLPipeline":
    """Base + LoRAs, optimised and placed on the device: the one loader of real and test weights."""
    device, dtype = pick_device(options)
    folder = resolve_model(options.model)
    log.info("sdxl: loading %s (%s, %s) with LoRAs %s", folder, device, dtype, list(options.loras))
    pipe = load_base(folder, dtype)
    adapters = attach_loras(pipe, options.loras)
    if not options.cpu_offload:
        pipe.to(device)  # before fusing: merging on the GPU is much faster than on the CPU
    optimise_pipeline(pipe, adapters, options)
    if options.cpu_offload and device.startswith("cuda"):
        pipe.enable_model_cpu_offload(device=device)
    elif options.compile:
        compile_unet(pipe)
    pipe.set_progress_bar_config(disable=True)  # progress goes through the caller's callback
    return pipe


def run_pipeline(pipe: "StableDiffusionXLPipeline", look: LookPrompt, options: SDXLOptions, *, seed: int,
                 progress: Progress | None = None, output_type: str = "pil") -> Any:
    """One picture for `look` (a PIL image, or a float array with output_type="np")."""
    import torch

    # A CPU generator gives the same starting noise on every device and with CPU offload.
    generator = torch.Generator("cpu").manual_seed(seed)
    width, height = options.size
    result = pipe(prompt=look.prompt, negative_prompt=look.negative, width=width, height=height,
                  num_inference_steps=options.steps, guidance_scale=options.guidance, generator=generator,
                  output_type=output_type, callback_on_step_end=_step_callback(progress, options.steps))
    return result.images[0]


def _step_callback(progress: Progress | None, total: int) -> Callable[..., dict] | None:
    if progress is None:
        return None

    def on_step_end(pipe: Any, step: int, timestep: Any, callback_kwargs: dict) -> dict:
        progress(step + 1, total)
        return callback_kwargs

    return on_step_end


# --- the renderer --------------------------------------------------------------------------------


class SDXLRenderer:
    """Lookbook photos of outfits made with SDXL + LoRA into `out_dir` (a Renderer)."""

    name = "sdxl"
    parallel_renders = 1  # one picture at a time on the device

    def __init__(self, out_dir: Path, options: SDXLOptions = SDXLOptions()) -> None:
        self._out_dir = Path(out_dir)
        self.options = options
        self._pipe: StableDiffusionXLPipeline | None = None
        self._lock = threading.Lock()  # one load, and one picture at a time on the device

    def render(self, request: RenderRequest) -> RenderOutcome:
        """The PNG of a photo of someone wearing the items; the same outfit gives the same file. The
        picture has no title (SDXL draws letters badly): the page and the PDF caption it."""
        items = request.items
        if not items:
            raise RenderError("There is nothing to draw: the outfit has no items.")
        look = build_prompt(items, style=request.style, occasion=request.occasion)
        seed = self._seed(items, look, request.seed)
        path = self._out_dir / f"sdxl-{self._fingerprint(look, seed)}.png"
        if not path.exists():
            save_image(self.generate(look, seed=seed, progress=request.progress), path)
        return RenderOutcome(path, self.name)

    def generate(self, look: LookPrompt, *, seed: int, progress: Progress | None = None, output_type: str = "pil") -> Any:
        with self._lock:
            return run_pipeline(self._load_locked(), look, self.options, seed=seed, progress=progress, output_type=output_type)

    def pipeline(self) -> "StableDiffusionXLPipeline":
        """The loaded pipeline (loads it now if needed: call it off the UI thread to warm up)."""
        with self._lock:
            return self._load_locked()

    @property
    def loaded(self) -> bool:
        return self._pipe is not None

    def _load_locked(self) -> "StableDiffusionXLPipeline":
        if self._pipe is None:
            try:
                self._pipe = load_pipeline(self.options)
            except SDXLLoadError:
                raise
            except Exception as error:  # noqa: BLE001 - e.g. out of memory moving to the GPU: a load failure too
                raise SDXLLoadError(_load_failure(error)) from error
        return self._pipe

    def _seed(self, items: Sequence[Item], look: LookPrompt, seed: int | None) -> int:
        if seed is not None:
            return seed
        if self.options.seed is not None:
            return self.options.seed
        digest = hashlib.sha256(json.dumps([[i.id for i in items], look.prompt]).encode()).hexdigest()
        return int(digest[:8], 16)

    def _fingerprint(self, look: LookPrompt, seed: int) -> str:
        # A LoRA file retrained in place must give new pictures: its stamp is part of the name.
        stamps = [_file_stamp(spec) for spec in (self.options.model, *self.options.loras)]
        parts = [RENDER_VERSION, self.options.key(), stamps, look.prompt, look.negative, seed]
        return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:20]


def _load_failure(error: BaseException) -> str:
    if type(error).__name__ == "OutOfMemoryError" or "out of memory" in str(error).lower():
        return "the GPU has too little free memory for SDXL: set STYLIST_SDXL_CPU_OFFLOAD=true."
    return f"loading SDXL failed ({type(error).__name__}: {_first_line(error)})."


def _file_stamp(spec: str) -> list[int] | None:
    path = Path(spec).expanduser()
    if path.is_dir():
        path = path / LORA_WEIGHT_NAME
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_mtime_ns, stat.st_size]


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:300]
