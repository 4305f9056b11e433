"""Training GarmentNet's kind head on real photos plus augmented catalogue thumbnails (CPU).

Each step sees a batch of real training photos and a smaller, class-balanced batch of catalogue
thumbnails in one forward pass, so batch-norm statistics describe the mix the model will meet.
Half the steps cut a patch of one image into another (CutMix, labels mixed by area): with 3,000
photos a from-scratch network memorises them otherwise. An exponential moving average of the
weights is kept beside the trained ones; the checkpoint kept is whichever of the two, at whichever
epoch, has the best validation accuracy (validation is used for nothing else).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import torch
import torch.nn.functional as F
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

from retrieval.vision.augment import catalogue_batch, model_input, photo_batch, to_float
from retrieval.vision.dataset import ImageSet
from retrieval.vision.labels import LABELS
from retrieval.vision.model import INPUT_SIDE, GarmentNet


@dataclass
class TrainConfig:
    epochs: int = 75
    photo_batch: int = 64
    catalogue_share: float = 0.5  # catalogue images per real photo in each step
    max_lr: float = 0.08
    weight_decay: float = 5e-4
    label_smoothing: float = 0.1
    cutmix_share: float = 0.5  # share of steps whose batch is mixed by CutMix
    ema_decay: float = 0.998  # per step: the average spans the last ~500 steps (~10 epochs)
    seed: int = 0
    threads: int = 2


@dataclass
class TrainResult:
    state: dict[str, torch.Tensor]
    best_epoch: int
    history: list[dict[str, float]] = field(default_factory=list)


def train(photos: ImageSet, catalogue: ImageSet, validation: ImageSet, config: TrainConfig,
          on_epoch: Callable[[dict[str, float]], None] | None = None) -> TrainResult:
    """Train from scratch; the state returned is that of the best validation epoch (trained or averaged)."""
    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    gen = torch.Generator().manual_seed(config.seed)
    model = GarmentNet(len(LABELS)).to(memory_format=torch.channels_last)
    average = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(config.ema_decay), use_buffers=True)
    steps = max(1, len(photos.labels) // config.photo_batch)
    optimiser = torch.optim.SGD(model.parameters(), lr=config.max_lr, momentum=0.9, nesterov=True,
                                weight_decay=config.weight_decay)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, config.max_lr, total_steps=config.epochs * steps,
                                                   pct_start=0.15)
    data = _Tensors(photos, catalogue)
    best, best_accuracy = TrainResult(state={}, best_epoch=-1), -1.0
    for epoch in range(config.epochs):
        started = time.time()
        loss = _epoch(model, average, optimiser, schedule, data, steps, config, gen)
        accuracies = {"trained": accuracy_of(model, validation), "average": accuracy_of(average.module, validation)}
        which = max(accuracies, key=accuracies.get)
        record = {"epoch": epoch + 1, "loss": loss, "val_accuracy": accuracies["trained"],
                  "val_accuracy_average": accuracies["average"], "seconds": time.time() - started}
        best.history.append(record)
        if on_epoch:
            on_epoch(record)
        if accuracies[which] >= best_accuracy:  # ties go to the later, longer-trained epoch
            best_accuracy = accuracies[which]
            source = model if which == "trained" else average.module
            best.state = {k: v.detach().clone().contiguous() for k, v in source.state_dict().items()}
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
        self.textures = to_float(self.photos)


def _epoch(model: GarmentNet, average: AveragedModel, optimiser, schedule, data: _Tensors, steps: int,
           config: TrainConfig, gen: torch.Generator) -> float:
    """One pass over the photos, each step with a balanced catalogue batch; the mean loss."""
    model.train()
    order = torch.randperm(len(data.photo_labels), generator=gen)
    catalogue_rows = _balanced_sample(data.catalogue_label_array, steps, config, gen)
    total = 0.0
    for step in range(steps):
        rows, cat_rows = order[step * config.photo_batch : (step + 1) * config.photo_batch], catalogue_rows[step]
        x = torch.cat([photo_batch(data.photos[rows], gen), catalogue_batch(data.catalogue[cat_rows], data.textures, gen)])
        y = torch.cat([data.photo_labels[rows], data.catalogue_labels[cat_rows]])
        x, y_other, share = _cutmix(x, y, config.cutmix_share, gen)
        logits = model(x.contiguous(memory_format=torch.channels_last))
        loss = share * F.cross_entropy(logits, y, label_smoothing=config.label_smoothing)
        if share < 1:
            loss = loss + (1 - share) * F.cross_entropy(logits, y_other, label_smoothing=config.label_smoothing)
        total += optimisation_step(loss, model, average, optimiser, schedule)
    return total / steps


def optimisation_step(loss: torch.Tensor, model: torch.nn.Module, average: AveragedModel, optimiser, schedule) -> float:
    """Back-propagate `loss`, step the optimiser and the learning-rate schedule, update the weight
    average; the loss as a number."""
    optimiser.zero_grad(set_to_none=True)
    loss.backward()
    optimiser.step()
    schedule.step()
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


def predict_probabilities(model: GarmentNet, images: np.ndarray, side: int = INPUT_SIDE, batch: int = 128) -> np.ndarray:
    """Class probabilities (N, n_labels) of uint8 square RGB(A) images seen at `side` px, averaged over
    each image and its mirror."""
    out = [np.zeros((0, model.head.out_features), dtype=np.float32)]
    for start in range(0, len(images), batch):
        x = model_input(torch.from_numpy(np.ascontiguousarray(images[start : start + batch, :, :, :3])), side)
        out.append(model.mirrored_probabilities(x).numpy())
    return np.concatenate(out)


def accuracy_of(model: GarmentNet, images: ImageSet) -> float:
    if len(images.labels) == 0:
        return 0.0
    predicted = predict_probabilities(model, images.images).argmax(axis=1)
    return float((predicted == images.labels).mean())
