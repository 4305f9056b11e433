"""Training GarmentNet on real photos plus augmented catalogue thumbnails (CPU, a few epochs).

Each step sees a batch of real training photos and a smaller, class-balanced batch of catalogue
thumbnails in one forward pass, so batch-norm statistics describe the mix the model will meet. The
checkpoint kept is the epoch with the best validation accuracy (validation is used for nothing else).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import torch
import torch.nn.functional as F

from retrieval.vision.augment import catalogue_batch, model_input, photo_batch, to_float
from retrieval.vision.dataset import ImageSet
from retrieval.vision.labels import COLOUR_LABELS, LABELS
from retrieval.vision.model import GarmentNet

log = logging.getLogger(__name__)


@dataclass
class TrainConfig:
    epochs: int = 30
    photo_batch: int = 64
    catalogue_share: float = 0.5  # catalogue images per real photo in each step
    max_lr: float = 0.08
    weight_decay: float = 5e-4
    label_smoothing: float = 0.1
    colour_weight: float = 1.0  # weight of the catalogue colour-family loss beside the kind loss
    unlabelled_weight: float = 3.0  # how many kind-shares of each catalogue batch go to other kinds (bags, ...)
    seed: int = 0
    threads: int = 2


@dataclass
class TrainResult:
    state: dict[str, torch.Tensor]
    best_epoch: int
    history: list[dict[str, float]] = field(default_factory=list)


def train(photos: ImageSet, catalogue: ImageSet, validation: ImageSet, config: TrainConfig,
          on_epoch: Callable[[dict[str, float]], None] | None = None) -> TrainResult:
    """Train from scratch; the state returned is that of the best validation epoch."""
    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    gen = torch.Generator().manual_seed(config.seed)
    model = GarmentNet(len(LABELS), n_colours=len(COLOUR_LABELS))
    steps = max(1, len(photos.labels) // config.photo_batch)
    optimiser = torch.optim.SGD(model.parameters(), lr=config.max_lr, momentum=0.9, nesterov=True,
                                weight_decay=config.weight_decay)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, config.max_lr, total_steps=config.epochs * steps,
                                                   pct_start=0.15)
    data = _Tensors(photos, catalogue)
    best, best_accuracy = TrainResult(state={}, best_epoch=-1), -1.0
    for epoch in range(config.epochs):
        started = time.time()
        loss = _epoch(model, optimiser, schedule, data, steps, config, gen)
        accuracy = accuracy_of(model, validation)
        record = {"epoch": epoch + 1, "loss": loss, "val_accuracy": accuracy, "seconds": time.time() - started}
        best.history.append(record)
        if on_epoch:
            on_epoch(record)
        if accuracy >= best_accuracy:  # ties go to the later, longer-trained epoch
            best_accuracy = accuracy
            best.state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            best.best_epoch = epoch + 1
    return best


class _Tensors:
    """The training arrays as tensors, plus the photo textures that catalogue backgrounds borrow."""

    def __init__(self, photos: ImageSet, catalogue: ImageSet) -> None:
        self.photos, self.photo_labels = torch.from_numpy(photos.images), torch.from_numpy(photos.labels)
        self.catalogue, self.catalogue_labels = torch.from_numpy(catalogue.images), torch.from_numpy(catalogue.labels)
        families = catalogue.color_families or ["multi"] * len(catalogue.labels)
        self.catalogue_colours = torch.tensor([COLOUR_LABELS.index(f) for f in families], dtype=torch.long)
        self.catalogue_label_array = catalogue.labels
        self.textures = to_float(self.photos)


def _epoch(model: GarmentNet, optimiser, schedule, data: _Tensors, steps: int, config: TrainConfig,
           gen: torch.Generator) -> float:
    """One pass over the photos, each step with a balanced catalogue batch; the mean loss."""
    model.train()
    order = torch.randperm(len(data.photo_labels), generator=gen)
    catalogue_rows = _balanced_sample(data.catalogue_label_array, steps, config, gen)
    total = 0.0
    for step in range(steps):
        rows, cat_rows = order[step * config.photo_batch : (step + 1) * config.photo_batch], catalogue_rows[step]
        x = torch.cat([photo_batch(data.photos[rows], gen), catalogue_batch(data.catalogue[cat_rows], data.textures, gen)])
        kind_logits, colour_logits = model.both(x)
        y = torch.cat([data.photo_labels[rows], data.catalogue_labels[cat_rows]])
        loss = F.cross_entropy(kind_logits, y, ignore_index=-1, label_smoothing=config.label_smoothing)
        if len(cat_rows):  # photos have no colour label: only the catalogue part teaches colour
            colour = F.cross_entropy(colour_logits[len(rows):], data.catalogue_colours[cat_rows],
                                     label_smoothing=config.label_smoothing)
            loss = loss + config.colour_weight * colour
        optimiser.zero_grad(set_to_none=True)
        loss.backward()
        optimiser.step()
        schedule.step()
        total += loss.item()
    return total / steps


def _balanced_sample(labels: np.ndarray, steps: int, config: TrainConfig, gen: torch.Generator) -> list[torch.Tensor]:
    """Per step, catalogue rows drawn evenly over the kind labels (the catalogue has 3,000 shoes and
    60 skirts), plus a share of unlabelled kinds (-1: bags, watches, ...) that only teach colour."""
    per_step = max(1, round(config.photo_batch * config.catalogue_share))
    pools = [torch.from_numpy(np.flatnonzero(labels == k)) for k in range(len(LABELS))]
    weights = [1.0 if len(p) else 0.0 for p in pools]
    pools.append(torch.from_numpy(np.flatnonzero(labels < 0)))
    weights.append(config.unlabelled_weight if len(pools[-1]) else 0.0)
    if not sum(weights):
        return [torch.zeros(0, dtype=torch.long) for _ in range(steps)]
    which = torch.multinomial(torch.tensor(weights), steps * per_step, replacement=True, generator=gen).view(steps, per_step)
    draws = torch.rand(steps, per_step, generator=gen)
    return [torch.stack([pools[int(w)][int(d * len(pools[int(w)]))] for w, d in zip(ws, ds)])
            for ws, ds in zip(which, draws)]


@torch.inference_mode()
def predict_probabilities(model: GarmentNet, images: np.ndarray, batch: int = 128) -> np.ndarray:
    """Class probabilities (N, n_labels) of uint8 square images, averaged over the image and its mirror."""
    model.eval()
    out = []
    for start in range(0, len(images), batch):
        x = model_input(torch.from_numpy(images[start : start + batch, :, :, :3]))
        probabilities = (F.softmax(model(x), dim=1) + F.softmax(model(torch.flip(x, dims=[3])), dim=1)) / 2
        out.append(probabilities.numpy())
    return np.concatenate(out) if out else np.zeros((0, len(LABELS)), dtype=np.float32)


def accuracy_of(model: GarmentNet, images: ImageSet) -> float:
    if len(images.labels) == 0:
        return 0.0
    predicted = predict_probabilities(model, images.images).argmax(axis=1)
    return float((predicted == images.labels).mean())
