"""Training the colour net: a product's colour family (the catalogue's baseColour, folded into the
vocabulary's families) from its thumbnail.

The catalogue labels every product, accessories included, so all training thumbnails teach colour.
Most keep their studio background (held-out thumbnails and shop photos look like that); the rest are
laid on photo textures and gradients, as a phone photo of a garment on a bed or floor looks, with
mild light and white-balance changes only: stronger ones would change the very colour being taught.
No epoch is picked by a score (the held-out part is the check, not a tuning set): the run keeps its
exponential moving average of the weights at the end.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

import numpy as np
import torch
import torch.nn.functional as F
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

from retrieval.vision.augment import catalogue_batch
from retrieval.vision.dataset import ImageSet
from retrieval.vision.labels import COLOUR_LABELS, LABELS
from retrieval.vision.model import COLOUR_SIDE, COLOUR_WIDTHS, GarmentNet
from retrieval.vision.train import optimisation_step


@dataclass
class ColourTrainConfig:
    epochs: int = 21
    batch: int = 128
    max_lr: float = 3e-3
    weight_decay: float = 0.05
    label_smoothing: float = 0.1
    strength: float = 0.3  # colour-change strength of the augmentation (the kind net uses 0.5 and 1)
    studio_share: float = 0.5
    ema_decay: float = 0.995
    widths: tuple[int, ...] = COLOUR_WIDTHS
    side: int = COLOUR_SIDE
    seed: int = 0
    threads: int = 2


def colour_targets(catalogue: ImageSet) -> torch.Tensor:
    """Index into COLOUR_LABELS of every catalogue image's family."""
    if not catalogue.color_families:
        raise ValueError("the catalogue images carry no colour families")
    return torch.tensor([COLOUR_LABELS.index(f) for f in catalogue.color_families], dtype=torch.long)


def train_colour(catalogue: ImageSet, textures: torch.Tensor, config: ColourTrainConfig,
                 on_epoch: Callable[[dict[str, float]], None] | None = None) -> dict[str, torch.Tensor]:
    """The averaged weights of a colour net trained from scratch on RGBA catalogue thumbnails;
    `textures` (N, 3, H, W floats) are photos whose borders serve as backgrounds."""
    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    gen = torch.Generator().manual_seed(config.seed)
    model = GarmentNet(len(COLOUR_LABELS), widths=config.widths).to(memory_format=torch.channels_last)
    average = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(config.ema_decay), use_buffers=True)
    images, targets = torch.from_numpy(catalogue.images), colour_targets(catalogue)
    steps = max(1, len(targets) // config.batch)
    optimiser = torch.optim.AdamW(model.parameters(), lr=config.max_lr, weight_decay=config.weight_decay)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, config.max_lr, total_steps=config.epochs * steps,
                                                   pct_start=0.2)
    for epoch in range(config.epochs):
        started, total = time.time(), 0.0
        model.train()
        order = torch.randperm(len(targets), generator=gen)
        for step in range(steps):
            rows = order[step * config.batch : (step + 1) * config.batch]
            x = catalogue_batch(images[rows], textures, gen, side=config.side, scale=(0.85, 1.2),
                                strength=config.strength, studio_share=config.studio_share)
            loss = F.cross_entropy(model(x.contiguous(memory_format=torch.channels_last)), targets[rows],
                                   label_smoothing=config.label_smoothing)
            total += optimisation_step(loss, model, optimiser, schedule, average)
        if on_epoch:
            on_epoch({"epoch": epoch + 1, "loss": total / steps, "seconds": time.time() - started})
    return {k: v.detach().clone().contiguous() for k, v in average.module.state_dict().items()}


def family_priors(catalogue: ImageSet) -> dict[str, list[float]]:
    """How often each colour family occurs overall ("all") and among the products of each kind label
    (add-one smoothed shares), from the training thumbnails: the colour net learnt the overall
    shares, and a photo whose kind is known should be read with that kind's (see classifier)."""
    families = colour_targets(catalogue).numpy()
    counts = {"all": np.bincount(families, minlength=len(COLOUR_LABELS)) + 1.0}
    for index, label in enumerate(LABELS):
        counts[label] = np.bincount(families[catalogue.labels == index], minlength=len(COLOUR_LABELS)) + 1.0
    return {name: [round(float(v), 5) for v in c / c.sum()] for name, c in counts.items()}
