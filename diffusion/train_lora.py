"""LoRA fine-tuning of SDXL's UNet on captioned pictures (`stylist train-lora`).

The output is a diffusers LoRA file (`pytorch_lora_weights.safetensors`, keys prefixed `unet.`) that
`pipe.load_lora_weights()` and so `STYLIST_SDXL_LORAS` load. Captions and pictures are encoded once
up front (text encoders and VAE are frozen), so each step runs the UNet only. Each step's batch,
noise and timesteps come from (seed, step): a resumed run takes exactly the steps it would have taken.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diffusion.prompting import item_caption
from diffusion.sdxl import LORA_WEIGHT_NAME, load_base, resolve_model
from domain.items import Item

if TYPE_CHECKING:
    import torch

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
TARGET_MODULES = ["to_k", "to_q", "to_v", "to_out.0"]  # the attention projections, as diffusers' own script
STATE_FILE = "trainer_state.pt"
ENCODE_BATCH = 8


@dataclass(frozen=True)
class TrainConfig:
    model: str  # hub id (local cache only) or a local pipeline folder, as for the renderer
    output_dir: Path
    steps: int = 1000
    rank: int = 8
    learning_rate: float = 1e-4
    batch_size: int = 1
    resolution: int = 1024  # square crops; SDXL was trained at 1024
    checkpoint_every: int = 250
    keep_checkpoints: int = 2
    resume: bool = False
    seed: int = 0
    mixed_precision: str = "auto"  # auto (bf16/fp16 on CUDA, no on CPU) | no | fp16 | bf16
    gradient_checkpointing: bool = False  # less memory for ~20% more time (24 GB cards)
    device: str | None = None  # None: cuda when available
    progress: bool = True  # a tqdm bar on stderr


@dataclass(frozen=True)
class Example:
    image: Path
    caption: str


@dataclass(frozen=True)
class TrainResult:
    lora: Path
    steps: int
    resumed_from: int
    loss: float | None
    examples: int


@dataclass
class Encoded:
    """The training set as model inputs, on the CPU: latents, both text embeddings and size ids."""

    latents: "torch.Tensor"
    prompt_embeds: "torch.Tensor"
    pooled: "torch.Tensor"
    time_ids: "torch.Tensor"

    def __len__(self) -> int:
        return len(self.latents)


# --- training sets ---------------------------------------------------------------------------------


def folder_examples(folder: Path) -> list[Example]:
    """image.png + image.txt pairs in `folder` (pictures without a caption file are skipped)."""
    pictures = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
    examples = [Example(p, p.with_suffix(".txt").read_text(encoding="utf-8").strip())
                for p in pictures if p.with_suffix(".txt").is_file()]
    if len(examples) < len(pictures):
        log.warning("train-lora: %d pictures in %s have no caption file and are skipped", len(pictures) - len(examples), folder)
    if not examples:
        raise ValueError(f"{folder} has no captioned pictures: put image.png next to image.txt (its caption).")
    return examples


def catalog_examples(items: Iterable[Item]) -> list[Example]:
    """Catalogue pictures, captioned from each item's colour, kind, name and style."""
    examples = [Example(Path(item.image), item_caption(item)) for item in items if item.image and Path(item.image).is_file()]
    if not examples:
        raise ValueError("No catalogue item has a picture on disk: run `stylist ingest` first.")
    return examples


# --- the trainer -----------------------------------------------------------------------------------


class LoraTrainer:
    """A frozen SDXL with a trainable LoRA on its UNet; `step()` is one optimiser step."""

    def __init__(self, config: TrainConfig) -> None:
        import torch
        from accelerate import Accelerator
        from diffusers import DDPMScheduler

        _check(config)
        self.config = config
        device, mixed = _device_and_precision(config)
        self.accelerator = Accelerator(mixed_precision=mixed, cpu=device == "cpu")
        self.weight_dtype = {"fp16": torch.float16, "bf16": torch.bfloat16}.get(mixed, torch.float32)
        self.pipe = load_base(resolve_model(config.model), self.weight_dtype)  # the renderer's loader
        self.noise_scheduler = DDPMScheduler.from_config(self.pipe.scheduler.config)
        self.unet = self._lora_unet(config)
        params = [p for p in self.unet.parameters() if p.requires_grad]
        optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=1e-2)
        self.unet, self.optimizer = self.accelerator.prepare(self.unet, optimizer)

    def _lora_unet(self, config: TrainConfig) -> Any:
        import torch
        from diffusers.training_utils import cast_training_params
        from peft import LoraConfig

        unet = self.pipe.unet
        unet.requires_grad_(False)
        unet.to(self.accelerator.device)  # already in weight_dtype from the loader
        # Gaussian A and zero B: the untrained adapter changes nothing, training moves it away from base.
        unet.add_adapter(LoraConfig(r=config.rank, lora_alpha=config.rank, init_lora_weights="gaussian",
                                    target_modules=TARGET_MODULES))
        cast_training_params(unet, dtype=torch.float32)  # half-precision weights, fp32 LoRA parameters
        if config.gradient_checkpointing:
            unet.enable_gradient_checkpointing()
        return unet

    # encoding ---------------------------------------------------------------------------------

    def encode(self, examples: Sequence[Example]) -> Encoded:
        """Latents and text embeddings of every example; frees the VAE and text encoders afterwards."""
        import torch

        if self.pipe.vae is None:
            raise RuntimeError("encode() frees the VAE and text encoders: call it once per trainer")
        device = self.accelerator.device
        self.pipe.vae.to(device)
        if self.pipe.vae.dtype != torch.float32:
            self.pipe.vae.to(dtype=torch.float32)  # SDXL's VAE overflows in fp16
        self.pipe.text_encoder.to(device)
        self.pipe.text_encoder_2.to(device)
        parts = [self._encode_batch(examples[i : i + ENCODE_BATCH], start=i) for i in range(0, len(examples), ENCODE_BATCH)]
        self.pipe.vae, self.pipe.text_encoder, self.pipe.text_encoder_2 = None, None, None  # not needed to train
        _empty_cache()
        return Encoded(*(torch.cat([p[n] for p in parts]) for n in range(4)))

    @staticmethod
    def _seeded(seed: int) -> "torch.Generator":
        import torch

        return torch.Generator("cpu").manual_seed(seed)

    def _encode_batch(self, batch: Sequence[Example], start: int) -> tuple["torch.Tensor", ...]:
        import torch

        pixels, time_ids = zip(*(_square_pixels(e.image, self.config.resolution) for e in batch))
        device = self.accelerator.device
        with torch.no_grad():
            embeds, _, pooled, _ = self.pipe.encode_prompt([e.caption for e in batch], device=device,
                                                           do_classifier_free_guidance=False)
            dist = self.pipe.vae.encode(torch.stack(pixels).to(device, torch.float32)).latent_dist
            noise = torch.randn(dist.mean.shape, generator=self._seeded(self.config.seed + start)).to(device)
            latents = (dist.mean + dist.std * noise) * self.pipe.vae.config.scaling_factor
        cpu = dict(device="cpu", dtype=self.weight_dtype)
        return latents.to(**cpu), embeds.to(**cpu), pooled.to(**cpu), torch.stack(time_ids).to(**cpu)

    # training ---------------------------------------------------------------------------------

    def loss(self, data: Encoded, step: int) -> "torch.Tensor":
        """The denoising loss of step `step`'s batch, noise and timesteps (all fixed by seed and step)."""
        import torch
        import torch.nn.functional as F

        generator = self._seeded(self.config.seed * 1_000_003 + step)
        index = torch.randint(len(data), (self.config.batch_size,), generator=generator)
        device, dtype = self.accelerator.device, self.weight_dtype
        latents = data.latents[index].to(device, dtype)
        noise = torch.randn(latents.shape, generator=generator).to(device, dtype)
        timesteps = torch.randint(self.noise_scheduler.config.num_train_timesteps, (len(index),), generator=generator).to(device)
        noisy = self.noise_scheduler.add_noise(latents, noise, timesteps)
        target = noise if self.noise_scheduler.config.prediction_type == "epsilon" else \
            self.noise_scheduler.get_velocity(latents, noise, timesteps)
        conditions = {"text_embeds": data.pooled[index].to(device, dtype), "time_ids": data.time_ids[index].to(device, dtype)}
        with self.accelerator.autocast():
            predicted = self.unet(noisy, timesteps, data.prompt_embeds[index].to(device, dtype),
                                  added_cond_kwargs=conditions).sample
        return F.mse_loss(predicted.float(), target.float())

    def step(self, data: Encoded, step: int) -> float:
        self.unet.train()
        loss = self.loss(data, step)
        self.accelerator.backward(loss)
        if self.accelerator.sync_gradients:
            self.accelerator.clip_grad_norm_([p for p in self.unet.parameters() if p.requires_grad], 1.0)
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=True)
        return float(loss.detach())

    def fit(self, data: Encoded, start: int = 0) -> list[float]:
        """Steps start..config.steps, with checkpoints every `checkpoint_every` steps."""
        from tqdm import tqdm

        losses: list[float] = []
        bar = tqdm(total=self.config.steps, initial=start, desc="train-lora", unit="step", file=sys.stderr,
                   disable=not (self.config.progress and self.accelerator.is_local_main_process))
        for step in range(start, self.config.steps):
            losses.append(self.step(data, step))
            bar.update(1)
            bar.set_postfix(loss=f"{losses[-1]:.4f}")
            if self.config.checkpoint_every and (step + 1) % self.config.checkpoint_every == 0 and step + 1 < self.config.steps:
                self.save_checkpoint(step + 1)
        bar.close()
        return losses

    # saving and resuming ----------------------------------------------------------------------

    def save(self, folder: Path) -> Path:
        """The LoRA in diffusers' format (keys `unet.…`), loadable with `pipe.load_lora_weights(folder)`."""
        return save_unet_lora(self.accelerator.unwrap_model(self.unet), folder)

    def save_checkpoint(self, step: int) -> Path:
        import torch

        folder = self.config.output_dir / f"checkpoint-{step:06d}"
        self.save(folder)  # every checkpoint is a usable LoRA too
        torch.save({"step": step, "optimizer": self.optimizer.state_dict()}, folder / STATE_FILE)
        if self.config.keep_checkpoints > 0:  # 0 keeps them all
            for old in _checkpoints(self.config.output_dir)[: -self.config.keep_checkpoints]:
                _remove_checkpoint(old)
        return folder

    def resume(self) -> int:
        """Load the latest checkpoint of output_dir; returns the step to continue from (0: none)."""
        import torch
        from peft import set_peft_model_state_dict
        from safetensors.torch import load_file

        found = _checkpoints(self.config.output_dir)
        if not found:
            log.info("train-lora: no checkpoint in %s; starting from step 0", self.config.output_dir)
            return 0
        latest = found[-1]
        weights = load_file(latest / LORA_WEIGHT_NAME)
        unet = self.accelerator.unwrap_model(self.unet)
        set_peft_model_state_dict(unet, {k.removeprefix("unet."): v for k, v in weights.items()}, adapter_name="default")
        state = torch.load(latest / STATE_FILE, map_location="cpu", weights_only=True)
        self.optimizer.load_state_dict(state["optimizer"])
        log.info("train-lora: resuming from %s (step %d)", latest, state["step"])
        return int(state["step"])


def save_unet_lora(unet: Any, folder: Path) -> Path:
    """Write the UNet's LoRA where `load_lora_weights` finds it.

    Not `unet.save_lora_adapter()`: its keys lack the `unet.` prefix, and the pipeline loader then
    silently loads nothing.
    """
    from diffusers import StableDiffusionXLPipeline
    from peft.utils import get_peft_model_state_dict

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    layers = {k: v.detach().to("cpu").contiguous() for k, v in get_peft_model_state_dict(unet).items()}
    StableDiffusionXLPipeline.save_lora_weights(folder, unet_lora_layers=layers, weight_name=LORA_WEIGHT_NAME,
                                                safe_serialization=True)
    return folder / LORA_WEIGHT_NAME


def train_lora(config: TrainConfig, examples: Sequence[Example]) -> TrainResult:
    """Train (or resume) a LoRA on `examples` and write it to config.output_dir."""
    import torch

    torch.manual_seed(config.seed)
    trainer = LoraTrainer(config)
    data = trainer.encode(examples)
    start = min(trainer.resume(), config.steps) if config.resume else 0
    losses = trainer.fit(data, start)
    path = trainer.save(config.output_dir)
    return TrainResult(path, config.steps, start, losses[-1] if losses else None, len(examples))


# --- helpers --------------------------------------------------------------------------------------


def _check(config: TrainConfig) -> None:
    if config.steps < 1 or config.batch_size < 1 or config.rank < 1:
        raise ValueError("steps, batch size and rank must be at least 1")
    if config.resolution < 64 or config.resolution % 8:
        raise ValueError(f"resolution must be a multiple of 8 and at least 64, not {config.resolution}")


def _device_and_precision(config: TrainConfig) -> tuple[str, str]:
    import torch

    device = config.device or ("cuda" if torch.cuda.is_available() else "cpu")
    if device == "cpu":
        return device, "no"  # CPU autocast in half precision is slow and not what anyone trains in
    if config.mixed_precision != "auto":
        return device, config.mixed_precision
    return device, "bf16" if torch.cuda.is_bf16_supported() else "fp16"


def _square_pixels(path: Path, resolution: int) -> tuple["torch.Tensor", "torch.Tensor"]:
    """The picture as a [-1, 1] tensor, centre-cropped to a square, and SDXL's size/crop ids for it."""
    import numpy as np
    import torch
    from PIL import Image

    from domain.photos import load_photo

    picture = load_photo(path, max_side=max(4 * resolution, 4096))
    width, height = picture.size
    scale = resolution / min(width, height)
    resized = picture.resize((max(resolution, round(width * scale)), max(resolution, round(height * scale))), Image.Resampling.LANCZOS)
    left, top = (resized.width - resolution) // 2, (resized.height - resolution) // 2
    square = resized.crop((left, top, left + resolution, top + resolution))
    pixels = torch.from_numpy(np.asarray(square, dtype=np.float32) / 127.5 - 1.0).permute(2, 0, 1)
    # SDXL's micro-conditioning: original size, crop corner, target size (a small photo says so).
    return pixels, torch.tensor([height, width, top, left, resolution, resolution], dtype=torch.float32)


def _checkpoints(folder: Path) -> list[Path]:
    found = [p for p in Path(folder).glob("checkpoint-*") if (p / STATE_FILE).is_file()]
    return sorted(found, key=lambda p: int(p.name.split("-")[-1]))


def _remove_checkpoint(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def _empty_cache() -> None:
    import gc

    import torch

    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
