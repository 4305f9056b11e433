"""SDXL pipelines with random weights, built from configs with no download.

Tests use the tiny architecture (seconds on a CPU) through the same loader as real weights, by saving
it with `save_pretrained`; benchmarks/sdxl_speed.py uses the real SDXL 1.0 architecture, whose speed
does not depend on the weights' values. The tokenizer knows single bytes only (the real CLIP
vocabulary is a download): prompts still become 77 tokens, which is all that timing needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch
    from diffusers import StableDiffusionXLPipeline
    from transformers import CLIPTokenizer

BOS, EOS = "<|startoftext|>", "<|endoftext|>"

# stabilityai/stable-diffusion-xl-base-1.0 unet/config.json (the fields that differ from defaults).
REAL_UNET: dict[str, Any] = {
    "sample_size": 128, "in_channels": 4, "out_channels": 4, "layers_per_block": 2,
    "block_out_channels": (320, 640, 1280), "attention_head_dim": (5, 10, 20),
    "down_block_types": ("DownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D"),
    "up_block_types": ("CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "UpBlock2D"),
    "transformer_layers_per_block": (1, 2, 10), "cross_attention_dim": 2048, "use_linear_projection": True,
    "addition_embed_type": "text_time", "addition_time_embed_dim": 256,
    "projection_class_embeddings_input_dim": 2816,  # 6 size/crop numbers x 256 + the pooled 1280
    "norm_num_groups": 32,
}
# CLIP ViT-L/14 and OpenCLIP ViT-bigG/14 text towers, as in the SDXL repo's text_encoder(_2) configs.
REAL_TEXT_1: dict[str, Any] = {"vocab_size": 49408, "hidden_size": 768, "intermediate_size": 3072, "num_hidden_layers": 12,
                               "num_attention_heads": 12, "projection_dim": 768, "hidden_act": "quick_gelu"}
REAL_TEXT_2: dict[str, Any] = {"vocab_size": 49408, "hidden_size": 1280, "intermediate_size": 5120, "num_hidden_layers": 32,
                               "num_attention_heads": 20, "projection_dim": 1280, "hidden_act": "gelu"}
REAL_VAE: dict[str, Any] = {
    "block_out_channels": (128, 256, 512, 512), "layers_per_block": 2, "latent_channels": 4,
    "down_block_types": ("DownEncoderBlock2D",) * 4, "up_block_types": ("UpDecoderBlock2D",) * 4,
    "sample_size": 1024, "scaling_factor": 0.13025, "force_upcast": True,
}
# The scheduler of the SDXL repo (Euler, "leading" spacing).
SCHEDULER: dict[str, Any] = {"beta_start": 0.00085, "beta_end": 0.012, "beta_schedule": "scaled_linear",
                             "num_train_timesteps": 1000, "steps_offset": 1, "timestep_spacing": "leading",
                             "prediction_type": "epsilon"}

TINY_UNET: dict[str, Any] = {
    "sample_size": 32, "in_channels": 4, "out_channels": 4, "layers_per_block": 1,
    "block_out_channels": (32, 64), "attention_head_dim": (2, 4),
    "down_block_types": ("DownBlock2D", "CrossAttnDownBlock2D"), "up_block_types": ("CrossAttnUpBlock2D", "UpBlock2D"),
    "transformer_layers_per_block": 1, "cross_attention_dim": 64, "use_linear_projection": True,
    "addition_embed_type": "text_time", "addition_time_embed_dim": 8,
    "projection_class_embeddings_input_dim": 80,  # 6 x 8 + the pooled 32
    "norm_num_groups": 32,
}
TINY_TEXT: dict[str, Any] = {"hidden_size": 32, "intermediate_size": 37, "num_hidden_layers": 2,
                             "num_attention_heads": 4, "projection_dim": 32, "hidden_act": "gelu"}
TINY_VAE: dict[str, Any] = {
    "block_out_channels": (32, 64), "layers_per_block": 1, "latent_channels": 4, "norm_num_groups": 32,
    "down_block_types": ("DownEncoderBlock2D",) * 2, "up_block_types": ("UpDecoderBlock2D",) * 2, "sample_size": 64,
}


@dataclass(frozen=True)
class SDXLConfigs:
    unet: dict[str, Any]
    text_1: dict[str, Any]
    text_2: dict[str, Any]
    vae: dict[str, Any]
    scheduler: dict[str, Any] = field(default_factory=lambda: dict(SCHEDULER))


REAL = SDXLConfigs(REAL_UNET, REAL_TEXT_1, REAL_TEXT_2, REAL_VAE)
TINY = SDXLConfigs(TINY_UNET, TINY_TEXT, TINY_TEXT, TINY_VAE)


def byte_tokenizer(max_length: int = 77) -> "CLIPTokenizer":
    """A CLIP tokenizer whose vocabulary is the 256 byte symbols (with and without end-of-word)."""
    from tokenizers import pre_tokenizers
    from transformers import CLIPTokenizer

    alphabet = sorted(pre_tokenizers.ByteLevel.alphabet())
    symbols = [BOS, EOS, *alphabet, *(a + "</w>" for a in alphabet)]
    return CLIPTokenizer(vocab={s: n for n, s in enumerate(symbols)}, merges=[], model_max_length=max_length)


def text_config(values: dict[str, Any], tokenizer: "CLIPTokenizer") -> Any:
    from transformers import CLIPTextConfig

    ids = dict(bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    # The real vocabulary size keeps the real embedding tables; byte ids are all inside it.
    return CLIPTextConfig(**{"vocab_size": len(tokenizer), "max_position_embeddings": tokenizer.model_max_length, **ids, **values})


def random_pipeline(configs: SDXLConfigs = TINY, *, seed: int = 0, device: "str | torch.device" = "cpu",
                    dtype: "torch.dtype | None" = None) -> "StableDiffusionXLPipeline":
    """An SDXL pipeline of this architecture with seeded random weights, built on `device`."""
    import torch
    from diffusers import AutoencoderKL, EulerDiscreteScheduler, StableDiffusionXLPipeline, UNet2DConditionModel
    from transformers import CLIPTextModel, CLIPTextModelWithProjection

    tokenizer = byte_tokenizer()
    torch.manual_seed(seed)
    with torch.device(device):  # built in place: the real UNet takes minutes to initialise on a CPU
        parts = dict(
            unet=UNet2DConditionModel.from_config(configs.unet),
            vae=AutoencoderKL.from_config(configs.vae),
            text_encoder=CLIPTextModel(text_config(configs.text_1, tokenizer)),
            text_encoder_2=CLIPTextModelWithProjection(text_config(configs.text_2, tokenizer)),
        )
    pipe = StableDiffusionXLPipeline(tokenizer=tokenizer, tokenizer_2=byte_tokenizer(),
                                     scheduler=EulerDiscreteScheduler.from_config(configs.scheduler), **parts)
    if dtype is not None:
        pipe.to(dtype=dtype)
    pipe.set_progress_bar_config(disable=True)
    return pipe


def random_lora(unet: Any, *, rank: int = 8, seed: int = 0, std: float = 0.02,
                targets: tuple[str, ...] = ("to_q", "to_k", "to_v", "to_out.0")) -> dict[str, "torch.Tensor"]:
    """A LoRA state dict for `unet` with random A and B, in the format `pipe.load_lora_weights` takes.

    Both matrices are non-zero (a fresh trainable LoRA has B = 0 and changes nothing), so loading it
    really costs and changes what a real one does.
    """
    import torch

    generator = torch.Generator("cpu").manual_seed(seed)
    state = {}
    for name, module in unet.named_modules():
        if isinstance(module, torch.nn.Linear) and name.endswith(targets):
            shapes = {"lora_A": (rank, module.in_features), "lora_B": (module.out_features, rank)}
            for part, shape in shapes.items():
                state[f"unet.{name}.{part}.weight"] = torch.randn(shape, generator=generator) * std
    return state
