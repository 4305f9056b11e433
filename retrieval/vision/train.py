"""Fine-tuning the kind net (ImageNet-pretrained EfficientNet-Lite0) on real photos plus augmented
catalogue thumbnails (CPU).

Each step sees a batch of real training photos and a smaller, class-balanced batch of catalogue
thumbnails in one forward pass, so batch-norm statistics describe the mix the model will meet. Some
steps cut a patch of one image into another (CutMix, labels mixed by area). AdamW with a one-cycle
schedule; the new classifier learns faster than the pretrained layers. The checkpoint kept is the
epoch with the best validation accuracy (validation is used for nothing else).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
import torch
import torch.nn.functional as F
from torch.optim.swa_utils import AveragedModel

from retrieval.vision.augment import catalogue_batch, model_input, photo_batch, texture_source
from retrieval.vision.dataset import ImageSet
from retrieval.vision.kind_net import KindNet
from retrieval.vision.labels import LABELS
from retrieval.vision.model import KIND_SIDE, MirroredNet


@dataclass
class TrainConfig:
    epochs: int = 7
    photo_batch: int = 64
    catalogue_share: float = 0.5  # catalogue images per real photo in each step
    max_lr: float = 1e-3  # the pretrained layers'; the new classifier gets head_lr_factor times it
    head_lr_factor: float = 3.0
    weight_decay: float = 0.02
    label_smoothing: float = 0.1
    cutmix_share: float = 0.3  # share of steps whose batch is mixed by CutMix
    side: int = KIND_SIDE
    seed: int = 0
    threads: int = 2


@dataclass
class TrainResult:
    state: dict[str, torch.Tensor]
    best_epoch: int
    history: list[dict[str, float]] = field(default_factory=list)


def train(photos: ImageSet, catalogue: ImageSet, validation: ImageSet, config: TrainConfig,
          pretrained: Path | None = None, on_epoch: Callable[[dict[str, float]], None] | None = None) -> TrainResult:
    """Fine-tune from `pretrained` (ImageNet weights; None starts from random weights, for tests);
    the state returned is that of the best validation epoch. `validation` images are at config.side."""
    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    gen = torch.Generator().manual_seed(config.seed)
    model = KindNet(len(LABELS), pretrained).to(memory_format=torch.channels_last)
    steps = max(1, len(photos.labels) // config.photo_batch)
    head = {id(p) for p in model.head_parameters()}
    groups = [{"params": [p for p in model.parameters() if id(p) not in head], "lr": config.max_lr},
              {"params": model.head_parameters(), "lr": config.max_lr * config.head_lr_factor}]
    optimiser = torch.optim.AdamW(groups, weight_decay=config.weight_decay)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, [g["lr"] for g in groups],
                                                   total_steps=config.epochs * steps, pct_start=0.15)
    data = _Tensors(photos, catalogue)
    best, best_accuracy = TrainResult(state={}, best_epoch=-1), -1.0
    for epoch in range(config.epochs):
        started = time.time()
        loss = _epoch(model, optimiser, schedule, data, steps, config, gen)
        accuracy = accuracy_of(model, validation, config.side)
        record = {"epoch": epoch + 1, "loss": loss, "val_accuracy": accuracy, "seconds": time.time() - started}
        best.history.append(record)
        if on_epoch:
            on_epoch(record)
        if accuracy >= best_accuracy:  # ties go to the later, longer-trained epoch
            best_accuracy = accuracy
            best.state = {k: v.detach().clone().contiguous() for k, v in model.state_dict().items()}
            best.best_epoch = epoch + 1
    return best


class _Tensors:
    """The training arrays as tensors (catalogue rows of kinds without a label left out), plus the
    photo textures that catalogue backgrounds borrow."""

    def __init__(self, photos: ImageSet, catalogue: ImageSet) -> None:
        labelled = np.flatnonzero(catalogue.labels >= 0)
        self.photos, self.photo_labels = torch.from_numpy(photos.images), torch.from_numpy(photos.labels)
        self.catalogue = torch.from_numpy(catalogue.images[labelled])
        self.catalogue_label_array = catalogue.labels[labelled]
        self.catalogue_labels = torch.from_numpy(self.catalogue_label_array)
        self.textures = texture_source(photos.images)


def _epoch(model: KindNet, optimiser, schedule, data: _Tensors, steps: int, config: TrainConfig,
           gen: torch.Generator) -> float:
    """One pass over the photos, each step with a balanced catalogue batch; the mean loss."""
    model.train()
    order = torch.randperm(len(data.photo_labels), generator=gen)
    catalogue_rows = _balanced_sample(data.catalogue_label_array, steps, config, gen)
    total = 0.0
    for step in range(steps):
        rows, cat_rows = order[step * config.photo_batch : (step + 1) * config.photo_batch], catalogue_rows[step]
        x = torch.cat([photo_batch(data.photos[rows], gen, config.side),
                       catalogue_batch(data.catalogue[cat_rows], data.textures, gen, side=config.side)])
        y = torch.cat([data.photo_labels[rows], data.catalogue_labels[cat_rows]])
        x, y_other, share = _cutmix(x, y, config.cutmix_share, gen)
        logits = model(x.contiguous(memory_format=torch.channels_last))
        loss = share * F.cross_entropy(logits, y, label_smoothing=config.label_smoothing)
        if share < 1:
            loss = loss + (1 - share) * F.cross_entropy(logits, y_other, label_smoothing=config.label_smoothing)
        total += optimisation_step(loss, model, optimiser, schedule)
    return total / steps


def optimisation_step(loss: torch.Tensor, model: torch.nn.Module, optimiser, schedule,
                      average: AveragedModel | None = None) -> float:
    """Back-propagate `loss`, step the optimiser and the learning-rate schedule, update the weight
    average if one is kept; the loss as a number."""
    optimiser.zero_grad(set_to_none=True)
    loss.backward()
    optimiser.step()
    schedule.step()
    if average is not None:
        average.update_parameters(model)
    return loss.item()


def _cutmix(x: torch.Tensor, y: torch.Tensor, probability: float, gen: torch.Generator
            ) -> tuple[torch.Tensor, torch.Tensor, float]:
    """(images, labels of the pasted images, share of the frame still showing the first label).

    With `probability`, one box (its area drawn uniformly) from a shuffled copy of the batch is
    pasted into every image; otherwise the batch is returned as is with share 1.
    """
    if torch.rand(1, generator=gen).item() >= probability:
        return x, y, 1.0
    n, _, h, w = x.shape
    area = torch.rand(1, generator=gen).item()
    box_h, box_w = int(h * area ** 0.5), int(w * area ** 0.5)
    top = int(torch.randint(0, h - box_h + 1, (1,), generator=gen))
    left = int(torch.randint(0, w - box_w + 1, (1,), generator=gen))
    other = torch.randperm(n, generator=gen)
    mixed = x.clone()
    mixed[:, :, top : top + box_h, left : left + box_w] = x[other, :, top : top + box_h, left : left + box_w]
    return mixed, y[other], 1.0 - box_h * box_w / (h * w)


def _balanced_sample(labels: np.ndarray, steps: int, config: TrainConfig, gen: torch.Generator) -> list[torch.Tensor]:
    """Per step, catalogue rows drawn evenly over the kind labels (the catalogue has 3,000 shoes and
    60 skirts)."""
    per_step = max(1, round(config.photo_batch * config.catalogue_share))
    pools = [torch.from_numpy(np.flatnonzero(labels == k)) for k in range(len(LABELS))]
    weights = torch.tensor([1.0 if len(p) else 0.0 for p in pools])
    if not weights.sum():
        return [torch.zeros(0, dtype=torch.long) for _ in range(steps)]
    which = torch.multinomial(weights, steps * per_step, replacement=True, generator=gen).view(steps, per_step)
    draws = torch.rand(steps, per_step, generator=gen)
    return [torch.stack([pools[int(w)][int(d * len(pools[int(w)]))] for w, d in zip(ws, ds)])
            for ws, ds in zip(which, draws)]


def predict_probabilities(model: MirroredNet, images: np.ndarray, side: int = KIND_SIDE, batch: int = 128) -> np.ndarray:
    """Class probabilities (N, n_labels) of uint8 square RGB(A) images seen at `side` px, averaged over
    each image and its mirror."""
    out = []
    for start in range(0, len(images), batch):
        x = model_input(torch.from_numpy(np.ascontiguousarray(images[start : start + batch, :, :, :3])), side)
        out.append(model.mirrored_probabilities(x).numpy())
    return np.concatenate(out) if out else np.zeros((0, 0), dtype=np.float32)


def accuracy_of(model: MirroredNet, images: ImageSet, side: int = KIND_SIDE) -> float:
    if len(images.labels) == 0:
        return 0.0
    predicted = predict_probabilities(model, images.images, side).argmax(axis=1)
    return float((predicted == images.labels).mean())
